'use strict';
// StringDecoder over inputs cut at every split point (and every 3-way split for short ones),
// for every encoding, with invalid UTF-8, surrogate pairs split across chunks, odd UTF-16.
const { StringDecoder } = require('string_decoder');
const encs = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];
const inputs = [
  Buffer.from('héllo €uro 😀 end'),
  Buffer.from([0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x41]),
  Buffer.from([0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x42, 0xc3]),
  Buffer.from([0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80]),
  Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0xe2]),
  Buffer.from('ab😀c😀', 'utf16le'),
  Buffer.from([0x3d, 0xd8, 0x00, 0xde, 0x61]),
  Buffer.from([0x00, 0xdc, 0x3d, 0xd8]),
  Buffer.from('abcdefghij'),
];
function show(s) { return JSON.stringify(s); }
for (const enc of encs) {
  for (let k = 0; k < inputs.length; k++) {
    const input = inputs[k];
    const outs = [];
    for (let i = 0; i <= input.length; i++) {
      const d = new StringDecoder(enc);
      const a = d.write(input.subarray(0, i));
      const state = `${d.lastNeed}/${d.lastTotal}`;
      const b = d.write(input.subarray(i));
      outs.push(show(a) + show(b) + show(d.end()) + state);
    }
    console.log(enc, k, outs.join(' '));
    if (input.length <= 8) {
      const triples = [];
      for (let i = 0; i <= input.length; i++) {
        for (let j = i; j <= input.length; j++) {
          const d = new StringDecoder(enc);
          triples.push(d.write(input.subarray(0, i)) + '|' + d.write(input.subarray(i, j)) + '|' +
            d.write(input.subarray(j)) + '|' + d.end());
        }
      }
      console.log(' 3way', show(triples.join(',')));
    }
    // Byte at a time.
    const d = new StringDecoder(enc);
    let s = '';
    for (let i = 0; i < input.length; i++) s += d.write(input.subarray(i, i + 1)) + '.';
    console.log(' bytes', show(s + d.end()), d.lastChar.toString('hex'));
  }
}
const d = new StringDecoder();
console.log(d.encoding, d.write('str'), d.end(Buffer.from([0xe2])), d.text(Buffer.from('xyz'), 1));
console.log(new StringDecoder('UTF-16LE').encoding, new StringDecoder('binary').encoding, new StringDecoder(null).encoding);
for (const bad of ['nope', 5, {}]) {
  try { new StringDecoder(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { new StringDecoder().write(null); } catch (e) { console.log(e.name, e.code, e.message); }
const d2 = new StringDecoder('utf8');
console.log(show(d2.write(new Uint16Array([0xa2c3, 0x82e2]))), d2.lastNeed, show(d2.end(new DataView(new Uint8Array([0xac]).buffer))));
console.log(require('util').inspect(d2));

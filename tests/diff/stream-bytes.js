'use strict';
// Byte-mode streams with real Buffers: read(n) across chunks, setEncoding with split
// multi-byte characters, decodeStrings/defaultEncoding, unshift with an encoding, TypedArray
// chunks, Readable.from(Buffer), highWaterMark accounting in bytes.
const { Readable, Writable, PassThrough } = require('stream');

const r = new Readable({ read() {} });
r.push(Buffer.from('hello '));
r.push('wörld', 'utf8');
r.push(new Uint16Array([0x4241]));
r.push(null);
r.once('readable', () => {
  console.log(r.read(3), r.read(5), r.readableLength);
  console.log(r.read(), r.read());
});

const e = new Readable({ read() {} });
e.setEncoding('utf8');
const euro = Buffer.from('€uro');
e.push(euro.subarray(0, 1));
e.push(euro.subarray(1, 2));
e.push(euro.subarray(2));
e.push(null);
e.on('data', (d) => console.log('utf8 data', JSON.stringify(d), e.readableEncoding));

const h = new Readable({ encoding: 'hex', read() {} });
h.push(Buffer.from([1, 255]));
h.unshift('00', 'hex');
h.push(null);
h.on('data', (d) => console.log('hex', d));

const w = new Writable({
  defaultEncoding: 'latin1',
  write(c, enc, cb) { console.log('write', c, enc); cb(); },
});
w.write('é');
w.write('é', 'utf8');
w.write(new Uint8Array([7, 8]));
w.end(Buffer.from('z'));

const nd = new Writable({ decodeStrings: false, write(c, enc, cb) { console.log('raw', typeof c, c, enc); cb(); } });
nd.write('abc', 'base64');
nd.end();

const p = new PassThrough({ highWaterMark: 4 });
console.log('write ret', p.write('abc'), p.write('de'), p.writableLength, p.readableLength);
p.on('data', (d) => console.log('pt', d.toString()));
p.end();

Readable.from(Buffer.from('buf')).on('data', (d) => console.log('from buffer', d));
Readable.from('str').on('data', (d) => console.log('from string', d));

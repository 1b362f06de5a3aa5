'use strict';
// Every encoding, both ways, on seeded random data of many sizes (valid and invalid UTF-8,
// lone surrogates, junk in base64/hex), compared with Node byte for byte.
let seed = 12345;
function rand(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
function randBytes(n, kind) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    if (kind === 0) b[i] = rand(256);
    else if (kind === 1) b[i] = 0x20 + rand(95);
    else b[i] = [0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0xff, 0xc0, 0x80][rand(16)];
  }
  return b;
}
function randString(n) {
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rand(10);
    if (r < 4) s += String.fromCharCode(0x20 + rand(95));
    else if (r < 6) s += String.fromCharCode(0x80 + rand(0x780));
    else if (r < 7) s += String.fromCharCode(0x800 + rand(0xd000));
    else if (r < 8) s += '\u{1F600}';
    else if (r < 9) s += String.fromCharCode(0xd800 + rand(0x800));  // lone surrogate
    else s += String.fromCharCode(rand(256));
  }
  return s;
}
function hash(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return `${s.length}:${h}`;
}
const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const sizes = [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 63, 64, 65, 100, 255, 1000, 4097, 70000];
for (const n of sizes) {
  for (let kind = 0; kind < 3; kind++) {
    const b = randBytes(n, kind);
    const parts = [];
    for (const e of encs) {
      const s = b.toString(e);
      const back = Buffer.from(s, e);
      parts.push(`${e}=${hash(s)}/${back.length}/${hash(back.toString('latin1'))}`);
    }
    console.log(n, kind, parts.join(' '));
  }
  const s = randString(n);
  const parts = [];
  for (const e of encs) {
    const b = Buffer.from(s, e);
    parts.push(`${e}=${b.length}/${Buffer.byteLength(s, e)}/${hash(b.toString('latin1'))}`);
  }
  console.log('str', n, parts.join(' '));
}
// Small cases printed in full.
const samples = ['', 'a', 'ab', 'abc', 'héllo', '€', '😀', '\ud800', '\udc00', 'a\ud800b', '\ud83d\ude00\ud83d',
  'QQ==', 'QQ', 'Q', 'QUJD', 'QU JD', 'Q-_Q', 'QQ==QQ==', '=QQ', 'Q===', 'Q\nU\tJ\rD', '!!!!', 'YWJj*ZGVm',
  'abzz12', 'abc', 'ABCDEF', 'a', '0g', 'fF', '\u00e9\u00ff\u0100'];
for (const s of samples) {
  console.log(JSON.stringify(s), encs.map((e) => Buffer.from(s, e).toString('hex')).join(' '),
    encs.map((e) => Buffer.byteLength(s, e)).join(','));
}
const invalid = [[0xff], [0xc0, 0x80], [0xe2, 0x82], [0xe2, 0x82, 0x41], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc2], [0x80, 0x80], [0xef, 0xbf, 0xbd], [0xf0, 0x80, 0x80, 0x80]];
for (const a of invalid) {
  const b = Buffer.from(a);
  console.log(a.join(','), JSON.stringify(b.toString()), escape(b.toString()), require('buffer').isUtf8(b), require('buffer').isAscii(b));
}
// write() with limits never splits a character.
for (const s of ['héllo', '€€€', '😀😀', 'abc']) {
  for (let len = 0; len <= 8; len++) {
    const b = Buffer.alloc(8, 0x2e);
    const n = b.write(s, 0, len);
    const u = Buffer.alloc(8, 0x2e);
    const m = u.write(s, 1, len > 7 ? 7 : len, 'utf16le');
    console.log(JSON.stringify(s), len, n, b.toString('hex'), m, u.toString('hex'));
  }
}
console.log(Buffer.from('abcdef').toString('hex', 1, 4), Buffer.from('abcdef').toString(undefined, -1, 100),
  Buffer.from('abcdef').toString('utf8', 3, 2), Buffer.from('abcdef').toString('latin1', 1.5, 3.9));

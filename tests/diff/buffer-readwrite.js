'use strict';
// Every read/write number method (and aliases) on seeded data, at every offset, with values
// at and beyond their ranges and bad offsets/byteLengths; errors printed in full.
let seed = 99;
function rand(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
function err(e) { return `${e.name} ${e.code} ${e.message}`; }
function attempt(f) { try { return String(f()); } catch (e) { return err(e); } }

const src = Buffer.alloc(16);
for (let i = 0; i < 16; i++) src[i] = rand(256);
const proto = Buffer.prototype;
const readers = Object.getOwnPropertyNames(proto).filter((n) => /^read/.test(n)).sort();
const writers = Object.getOwnPropertyNames(proto).filter((n) => /^write[A-Z]/.test(n)).sort();
console.log(readers.join(' '));
console.log(writers.join(' '));
for (const name of readers) {
  const variable = /Int(LE|BE)$/.test(name);
  const out = [];
  for (let off = -1; off <= 16; off++) {
    if (variable) {
      for (const bl of [1, 2, 3, 4, 5, 6]) out.push(attempt(() => src[name](off, bl)));
    } else {
      out.push(attempt(() => src[name](off)));
    }
  }
  console.log(name, out.join(' | '));
  const bad = [undefined, '1', 1.5, NaN, Infinity, -0, null, {}, 2 ** 53];
  console.log(' bad', bad.map((o) => attempt(() => (variable ? src[name](o, 2) : src[name](o)))).join(' | '));
  if (variable) {
    console.log(' badlen', [0, 7, 1.5, '2', undefined, -1].map((bl) => attempt(() => src[name](0, bl))).join(' | '));
  }
}
const values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
  2 ** 23, 2 ** 24, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 39, 2 ** 40,
  2 ** 47, 2 ** 48, -(2 ** 47), 1.5, -1.5, 0.1, NaN, Infinity, -Infinity, '12', '0x10', true, null, undefined,
  3.4028234663852886e38, 1e-45, 5e-324, -0];
for (const name of writers) {
  const big = /Big/.test(name);
  const variable = /Int(LE|BE)$/.test(name);
  const vals = big ? [0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n, 5, '1'] : values;
  const lines = [];
  for (const v of vals) {
    if (variable) {
      for (const bl of [1, 2, 3, 4, 5, 6]) {
        const b = Buffer.alloc(8, 0xaa);
        const r = attempt(() => b[name](v, 1, bl));
        lines.push(`${r}:${b.toString('hex')}`);
      }
    } else {
      const b = Buffer.alloc(10, 0xaa);
      const r = attempt(() => b[name](v, 1));
      lines.push(`${r}:${b.toString('hex')}`);
    }
  }
  console.log(name, lines.join(' | '));
  const offs = [undefined, -1, 0, 1.5, '1', 7, 8, 9, NaN, null];
  console.log(' offs', offs.map((o) => {
    const b = Buffer.alloc(9);
    return `${attempt(() => (variable ? b[name](1, o, 2) : b[name](big ? 1n : 1, o)))}:${b.toString('hex')}`;
  }).join(' | '));
  if (variable) {
    console.log(' badlen', [0, 7, 1.5, '2', undefined].map((bl) => attempt(() => Buffer.alloc(8)[name](1, 0, bl))).join(' | '));
  }
}
// Round trips on random values.
for (let i = 0; i < 200; i++) {
  const b = Buffer.alloc(8);
  const v = rand(0x7fffffff) - 0x3fffffff;
  b.writeInt32BE(v, 2);
  b.writeDoubleLE(v / 7, 0);
  const d = b.readDoubleLE(0);
  b.writeFloatBE(v / 3, 4);
  if (i % 20 === 0) console.log(v, d, b.readFloatBE(4), b.toString('hex'), b.readBigInt64LE(0), b.readBigUInt64BE(0));
}
// Methods on a plain Uint8Array and on a subarray with an offset.
const u = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(proto.readUInt32LE.call(u, 1), proto.readInt16BE.call(u, 6), attempt(() => proto.readUInt8.call(u, 8)));
const sub = Buffer.from([9, 9, 1, 2, 3, 4]).subarray(2);
console.log(sub.readUInt32BE(0), sub.writeUInt16LE(0xbeef, 2), sub, attempt(() => sub.readUInt32BE(1)));
console.log(attempt(() => proto.readUInt8.call(new Uint16Array([0x1234, 5]), 1)), attempt(() => proto.writeUInt16LE.call(new Uint16Array(2), 0x1234, 0)));

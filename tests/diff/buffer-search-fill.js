'use strict';
// indexOf/lastIndexOf/includes over a matrix of needles (numbers, strings in every encoding,
// buffers, empty ones) and byteOffsets; fill with every kind of value; compare and copy ranges.
function err(e) { return `${e.name} ${e.code} ${e.message}`; }
function attempt(f) { try { const r = f(); return Buffer.isBuffer(r) ? r.toString('hex') : String(r); } catch (e) { return err(e); } }

const hay = Buffer.from('abcabc€ab\u0000\u00ffxyzab', 'utf8');
const hay16 = Buffer.from('abcab€cab', 'utf16le');
const needles = [97, 98, 0, 255, 256 + 97, -159, 1.9, 'a', 'ab', 'abc', 'c€', '€', '', 'zz', 'YWI=', '6162', 'YWJj',
  Buffer.from('ab'), Buffer.from(''), new Uint8Array([0xe2, 0x82]), Buffer.from('x'), Buffer.from('ab', 'utf16le')];
const offsets = [undefined, 0, 1, 2, 3, -1, -2, -3, -100, 100, 7, 1.5, '1', null, NaN, [], {}, 2 ** 32, -(2 ** 32), true];
const encs = [undefined, 'utf8', 'latin1', 'ascii', 'ucs2', 'hex', 'base64', 'binary'];
for (const [label, h] of [['hay', hay], ['hay16', hay16], ['empty', Buffer.alloc(0)]]) {
  for (const n of needles) {
    const desc = typeof n === 'object' ? `buf:${Buffer.from(n).toString('hex')}` : JSON.stringify(n);
    for (const enc of encs) {
      const a = [];
      for (const o of offsets) {
        a.push(`${attempt(() => h.indexOf(n, o, enc))}/${attempt(() => h.lastIndexOf(n, o, enc))}`);
      }
      console.log(label, desc, enc, a.join(' '), attempt(() => h.includes(n, undefined, enc)));
    }
  }
}
console.log(attempt(() => hay.indexOf({})), attempt(() => hay.indexOf('a', 0, 'bogus')), attempt(() => hay.indexOf(Buffer.from('a'), 0, 'bogus')));
console.log(attempt(() => hay.indexOf('ab', 'latin1')), attempt(() => hay.lastIndexOf('ab', 'hex')));
console.log(attempt(() => Buffer.prototype.indexOf.call('str', 'a')));

// fill
const fills = [0, 1, 255, 256, -1, 1.5, NaN, 'a', 'ab', 'abc', '', '€', '\u00e9', '\u0222', 'YWJj', 'zz', '61', 'aGk',
  Buffer.from('xy'), Buffer.alloc(0), new Uint16Array([0x4142]), true, false, null, {}, [1]];
const fillEncs = [undefined, 'utf8', 'latin1', 'ascii', 'hex', 'base64', 'ucs2', 'bogus', 1];
for (const v of fills) {
  const desc = typeof v === 'object' && v !== null ? `obj:${Object.prototype.toString.call(v)}:${ArrayBuffer.isView(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex') : ''}` : JSON.stringify(v);
  const out = [];
  for (const enc of fillEncs) out.push(attempt(() => Buffer.alloc(7, 0x2e).fill(v, enc)));
  for (const [s, e] of [[0, 7], [1, 5], [2], [5, 3], [0, 8], [-1], [1.5], ['1'], [3, 3], [0, 7, 'hex']]) {
    out.push(attempt(() => Buffer.alloc(7, 0x2e).fill(v, ...[s, e].filter((x, i) => i === 0 || x !== undefined))));
  }
  console.log('fill', desc, out.join(' '));
}
console.log(attempt(() => Buffer.alloc(5, 'abc', 'hex')), attempt(() => Buffer.alloc(5, 'zz', 'hex')), attempt(() => Buffer.alloc(4, '', 'utf8')));
console.log(attempt(() => Buffer.alloc(4).fill('a', 1, 3, 'utf8')), attempt(() => Buffer.alloc(4).fill('a', 0, 4, 'nope')));
const big = Buffer.alloc(1000).fill('pattern!');
console.log(big.toString('latin1', 990), big.subarray(5).fill(big.subarray(0, 7)).toString('latin1', 0, 30));

// compare
const x = Buffer.from('abcdef');
const y = Buffer.from('abcxyz');
for (const args of [[], [0], [0, 3], [0, 3, 0, 3], [3, 6, 3, 6], [0, 6, 0, 6], [6], [0, 0], [0, 0, 0, 0], [1, 1, 2, 2],
  [-1], [0, 7], [0, 6, 0, 7], [10], [10, 6], [0, 6, 10], ['1'], [1.5], [0, 2, 3, 5], [undefined, undefined, 2]]) {
  console.log('compare', JSON.stringify(args), attempt(() => x.compare(y, ...args)), attempt(() => y.compare(x, ...args)));
}
console.log(attempt(() => Buffer.compare(x, y)), attempt(() => Buffer.compare(y, x)), attempt(() => Buffer.compare(x, x)),
  attempt(() => Buffer.compare(Buffer.from('ab'), Buffer.from('abc'))), attempt(() => Buffer.compare('a', x)), attempt(() => Buffer.compare(x, [])),
  attempt(() => x.compare('abc')));
console.log(x.equals(Buffer.from('abcdef')), x.equals(y), x.equals(new Uint8Array([97, 98, 99, 100, 101, 102])), attempt(() => x.equals({})));

// copy
for (const args of [[], [0], [2], [2, 1], [2, 1, 3], [0, 0, 100], [10], [-1], [0, -1], [0, 0, -1], [0, 7], [0, 6, 2], ['2', '1'],
  [1.7, 0.5, 4.2], [NaN, NaN, NaN], [undefined, 2], [3, 0, 6]]) {
  const t = Buffer.alloc(5, 0x2e);
  console.log('copy', JSON.stringify(args), attempt(() => x.copy(t, ...args)), t.toString('latin1'));
}
const self = Buffer.from('0123456789');
self.copy(self, 2, 0, 6);
console.log(self.toString(), attempt(() => x.copy('str')), attempt(() => Buffer.prototype.copy.call([], x)));
// UCS-2 searches on odd and even lengths at every offset.
for (const L of [18, 19, 20]) {
  const h = Buffer.alloc(L);
  const r = [];
  for (let o = -3; o <= L + 1; o++) {
    r.push([Buffer.from([0, 0]), Buffer.alloc(0), '\u0000', ''].map((n) => `${h.indexOf(n, o, 'ucs2')},${h.lastIndexOf(n, o, 'ucs2')}`).join(';'));
  }
  console.log('ucs2', L, r.join(' '));
}
const abcd = Buffer.from('aabbccdd');
const r = [];
for (let o = 0; o <= 8; o++) r.push(`${abcd.indexOf(Buffer.from('bc'), o, 'ucs2')}/${abcd.indexOf(Buffer.from('bb'), o, 'ucs2')}/${abcd.lastIndexOf(Buffer.from('bb'), o, 'ucs2')}`);
console.log(r.join(' '));

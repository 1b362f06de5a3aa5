'use strict';
// The rest of node:buffer's surface: Buffer.from's argument forms and errors, alloc*, concat,
// byteLength, toJSON, slice/subarray, swaps, inspect, transcode, atob/btoa, isUtf8/isAscii,
// constants, Blob and File.
const buffer = require('buffer');
const { Buffer } = buffer;
const util = require('util');
function err(e) { return `${e.name} ${e.code} ${e.message}`; }
function show(v) { return Buffer.isBuffer(v) ? `${v.constructor.name}:${v.toString('hex')}` : util.inspect(v); }
function attempt(f) { try { return show(f()); } catch (e) { return err(e); } }

console.log(Object.keys(buffer).sort().join(' '));
console.log(buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants, buffer.INSPECT_MAX_BYTES, Buffer.poolSize);
console.log(Object.getOwnPropertyNames(Buffer).sort().join(' '));
console.log(Object.getOwnPropertyNames(Buffer.prototype).sort().join(' '));
console.log(typeof atob, typeof btoa, typeof Blob, typeof File, globalThis.Buffer === Buffer, atob === buffer.atob);

// Buffer.from forms
const ab = new ArrayBuffer(10);
new Uint8Array(ab).set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
for (const args of [['abc'], ['abc', 'hex'], ['abc', 'bogus'], ['616263', 'hex'], ['', 'bogus'], ['abc', ''], ['abc', null], ['abc', 5],
  [[1, 2, 3]], [[1.9, -1, 256, '7', 'x', null]], [ab], [ab, 2], [ab, 2, 3], [ab, '2', '3'], [ab, 11], [ab, 10], [ab, 2, 9], [ab, -1],
  [ab, NaN, NaN], [ab, 2, -5], [ab, 1.5, 2.5], [new Uint16Array([1, 0x1234])], [new Float64Array([1.5, 300])], [Buffer.from('xy')],
  [new String('str')], [new Number(5)], [{ valueOf() { return 'vo'; } }], [{ valueOf() { return [7, 8]; } }],
  [{ [Symbol.toPrimitive]() { return 'tp'; } }], [{ [Symbol.toPrimitive]() { return 5; } }], [{ length: 3, 0: 1, 2: 9 }],
  [{ length: '3' }], [{ length: -1 }], [{ type: 'Buffer', data: [5, 6] }], [{ type: 'Buffer', data: 'x' }], [{ buffer: ab }],
  [{}], [5], [null], [undefined], [true], [Symbol('s')], [() => {}], [new DataView(ab, 1, 2)], [new SharedArrayBuffer(3)]]) {
  console.log('from', args.map((a) => (typeof a === 'symbol' ? 'sym' : util.inspect(a, { breakLength: Infinity }))).join(', '), '->', attempt(() => Buffer.from(...args)));
}
const shared = Buffer.from(ab, 3, 2);
shared[0] = 99;
console.log(new Uint8Array(ab)[3], shared.buffer === ab, shared.byteOffset);

// alloc family
for (const size of [0, 1, 5, -1, 1.5, NaN, '5', null, undefined, Infinity, 2 ** 53, 2 ** 53 - 1 + 2]) {
  console.log('alloc', String(size), attempt(() => Buffer.alloc(size)), attempt(() => Buffer.allocUnsafe(size).length),
    attempt(() => Buffer.allocUnsafeSlow(size).length), attempt(() => buffer.SlowBuffer(size).length));
}
for (const args of [[3, 'ab'], [3, 'ab', 'hex'], [3, 'ffee', 'hex'], [3, 0], [3, 1], [3, 257], [3, ''], [3, Buffer.from('xy')], [3, 'x', 'bogus'],
  [0, 'x'], [3, true], [3, 'YQ', 'base64'], [4, '\u00e9', 'latin1'], [4, '\u00e9'], [5, 'aé', 'ascii'], [5, 'é', 'ucs2']]) {
  console.log('alloc', JSON.stringify(args), attempt(() => Buffer.alloc(...args)));
}
console.log(attempt(() => Buffer.of(1, 2, 300)), attempt(() => Buffer.of()));
console.log(attempt(() => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1)), attempt(() => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]))),
  attempt(() => Buffer.copyBytesFrom([1])), attempt(() => Buffer.copyBytesFrom(new Uint8Array(3), 5)), attempt(() => Buffer.copyBytesFrom(new Uint8Array(3), -1)));

// Deprecated call forms
process.noDeprecation = true;
console.log(attempt(() => Buffer(3)), attempt(() => new Buffer('ab')), attempt(() => Buffer('6162', 'hex')), attempt(() => Buffer(2, 'utf8')),
  attempt(() => new Buffer([1, 2])), Buffer(1) instanceof Buffer);

// concat / byteLength / isEncoding / isBuffer
for (const args of [[[]], [[Buffer.from('a'), Buffer.from('bc')]], [[Buffer.from('a'), new Uint8Array([98])], 5], [[Buffer.from('abc')], 1],
  [[Buffer.from('abc')], 0], [[Buffer.from('abc')], -1], [[Buffer.from('abc')], 1.5], [[Buffer.from('abc')], '2'], ['abc'], [[1]],
  [[Buffer.from('a'), 'b']], [[{ length: 1 }]], [null]]) {
  console.log('concat', attempt(() => Buffer.concat(...args)));
}
for (const args of [['abc'], ['€'], ['\ud800'], ['😀'], ['abc', 'hex'], ['abcd', 'hex'], ['QQ==', 'base64'], ['QQ', 'base64'], ['Q=Q=', 'base64'],
  ['abc', 'ucs2'], ['é', 'latin1'], ['é', 'bogus'], ['é', 5], [Buffer.from('abc')], [new ArrayBuffer(4)], [new DataView(new ArrayBuffer(3))],
  [new Uint16Array(3)], [5], [null], [{}], ['', 'bogus']]) {
  console.log('byteLength', attempt(() => Buffer.byteLength(...args)));
}
console.log(['utf8', 'UTF8', 'utf-8', 'Utf-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'BINARY', 'base64', 'Base64url',
  'hex', 'HEX', 'ascii', 'ASCII', '', 'utf16', 'bogus', 5, null, undefined, {}].map((e) => Buffer.isEncoding(e)).join(' '));
console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('a'), Buffer.isBuffer(null),
  Buffer.isBuffer(Buffer.alloc(1).subarray(0)), Buffer.isBuffer(Buffer.alloc(3).slice(1)));

// toString / write argument handling
const t = Buffer.from('hello world');
for (const args of [[], ['hex'], ['utf8', 2], ['utf8', 2, 5], ['utf8', -3], ['utf8', 3, -1], ['utf8', 20], ['utf8', 3, 100], ['utf8', '2', '4'],
  ['utf8', NaN, NaN], ['utf8', 1.9, 3.9], [undefined, 1], [null], ['bogus'], [''], ['UCS2'], ['base64', 1, 4], ['latin1', null, null]]) {
  console.log('toString', JSON.stringify(args), attempt(() => t.toString(...args)));
}
for (const args of [['xy'], ['xy', 3], ['xy', 3, 1], ['xy', 'hex'], ['abcd', 'hex'], ['abcd', 1, 'hex'], ['abcd', 1, 1, 'hex'], ['xy', 10], ['xy', 11],
  ['xy', 12], ['xy', -1], ['xy', 1.5], ['xy', '1'], ['xy', 0, 20], ['xy', 0, -1], ['xy', 0, 1.5], ['xy', 0, 2, 'bogus'], [5], [null],
  ['€€', 9], ['YWJj', 'base64'], ['YWJj', 2, 'base64url'], ['ab', 0, 3, 'ucs2'], ['é', 'ascii'], ['é', 'latin1'], ['xy', undefined, 'hex'],
  ['xy', 0, undefined, 'hex'], ['xy', null]]) {
  const b = Buffer.alloc(11, 0x2e);
  console.log('write', JSON.stringify(args), attempt(() => b.write(...args)), b.toString('latin1'));
}
console.log(JSON.stringify(Buffer.from('ab')), JSON.stringify(Buffer.alloc(0)), JSON.stringify({ b: Buffer.from([1]) }));
console.log(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))).toString());

// slice / subarray
const s = Buffer.from('0123456789');
for (const args of [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [20], [-20], [1.7, 4.2], ['2', '4'], [NaN, NaN], [undefined, 3], [null, 3], [2, null], [0, Infinity]]) {
  console.log('slice', JSON.stringify(args), s.slice(...args).toString(), s.subarray(...args).toString(), s.slice(...args).byteOffset - s.byteOffset);
}

// swaps
for (const n of [0, 2, 4, 8, 16, 3, 6, 200, 256]) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = i;
  console.log('swap', n, attempt(() => Buffer.from(b).swap16()), attempt(() => Buffer.from(b).swap32()), attempt(() => Buffer.from(b).swap64()));
}

// inspect
const big = Buffer.alloc(60, 1);
console.log(util.inspect(Buffer.alloc(0)), util.inspect(Buffer.from('hi')), util.inspect(big), util.inspect(Buffer.alloc(51)));
const withProps = Buffer.from('ab');
withProps.foo = 'bar';
withProps[Symbol('s')] = 1;
console.log(util.inspect(withProps), util.inspect(withProps, { showHidden: true }));
const emptyWithProps = Buffer.alloc(0);
emptyWithProps.x = 1;
console.log(util.inspect(emptyWithProps), util.inspect({ nested: { deep: Buffer.from('x') } }), util.inspect([Buffer.from('a')]));
buffer.INSPECT_MAX_BYTES = 2;
console.log(util.inspect(Buffer.from('abcd')), util.inspect(Buffer.from('abc')), util.inspect(Buffer.from('ab')));
console.log(attempt(() => { buffer.INSPECT_MAX_BYTES = -1; }), attempt(() => { buffer.INSPECT_MAX_BYTES = '3'; }), buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 50;
class MyBuf extends Buffer {}
console.log(util.inspect(Buffer.prototype.slice.call(Buffer.from('ab'))), util.format('%o|%j', Buffer.from('b'), Buffer.from('c')));
console.log(String(Buffer.from('str')), `${Buffer.from('tpl')}`, Buffer.from('a') + Buffer.from('b'), Buffer.from('xyz').toLocaleString());
console.log(Buffer.from('abc').parent === Buffer.from('abc').buffer, typeof Buffer.from('abc').offset, Buffer.prototype.parent, Buffer.prototype.offset);
console.log([...Buffer.from('ab').entries()], Array.from(Buffer.from('ab').keys()), Buffer.from('abc').map((x) => x + 1).toString(),
  Buffer.from('abc').filter((x) => x > 97), Buffer.from('cab').sort(), Buffer.from('abc').reverse(), Buffer.from('abc').at(-1));

// transcode
for (const [s2, from, to] of [['héllo €', 'utf8', 'latin1'], ['héllo €', 'utf8', 'ascii'], ['héllo €😀', 'utf8', 'ucs2'], ['abc', 'utf8', 'utf8'],
  ['h\u00e9', 'latin1', 'utf8'], ['hé😀', 'ucs2', 'utf8'], ['ab', 'utf8', 'hex'], ['ab', 'binary', 'utf16le'], ['ab', 'ascii', 'utf8'], ['', 'utf8', 'latin1']]) {
  console.log('transcode', JSON.stringify([s2, from, to]), attempt(() => buffer.transcode(Buffer.from(s2, from === 'hex' ? 'utf8' : from), from, to)));
}
console.log(attempt(() => buffer.transcode('abc', 'utf8', 'latin1')), attempt(() => buffer.transcode(Buffer.from([0xff, 0x41]), 'utf8', 'latin1')));

// atob / btoa
for (const v of ['', 'YQ==', 'YQ', 'YWI', 'Y', 'YQ=', 'Y===', 'YQ==YQ==', ' Y W I = ', 'YW\nI\t=', 'YW*', 'YQ==\n', '=YQ', 'YWJj', '////', '-_-_', 'YQ= =',
  null, undefined, 12, 'aGVsbG8gd29ybGQ', 'aGVsbG8gd29ybGQ=']) {
  console.log('atob', JSON.stringify(v), attempt(() => atob(v)));
}
for (const v of ['', 'a', 'ab', 'abc', 'héllo', '\u00ff', '\u0100', '😀', null, undefined, 12, {}]) {
  console.log('btoa', JSON.stringify(v), attempt(() => btoa(v)));
}
console.log(attempt(() => atob()), attempt(() => btoa()));
try { atob('!'); } catch (e) { console.log(e instanceof DOMException, e.name, e.code, e.message); }

// isUtf8 / isAscii
for (const v of [Buffer.from('abc'), Buffer.from('héllo'), Buffer.from([0xff]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xef, 0xbf, 0xbd]),
  Buffer.from([0xf4, 0x8f, 0xbf, 0xbf]), Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.alloc(0), new Uint16Array([0x4141]), new ArrayBuffer(2),
  new DataView(new ArrayBuffer(2)), 'abc', null, [1]]) {
  console.log('valid', attempt(() => buffer.isUtf8(v)), attempt(() => buffer.isAscii(v)));
}
const detached = new ArrayBuffer(4);
structuredClone(detached, { transfer: [detached] });
console.log(attempt(() => buffer.isUtf8(detached)), attempt(() => buffer.isAscii(detached)));

// Blob and File
(async () => {
  const b = new Blob(['héllo ', Buffer.from('wörld'), new Uint16Array([0x4141]), new Blob(['!'])], { type: 'Text/PLAIN' });
  console.log(b, b.size, b.type, Object.prototype.toString.call(b), await b.text(), Buffer.from(await b.arrayBuffer()).toString('hex'),
    await b.bytes(), util.inspect(b.slice(1, 3)), await b.slice(-3).text(), await b.slice(2, 1).text(), b.slice(0, 2, 'é').type);
  for (const args of [[], [[]], ['str'], [null], [5], [[1, 2, {}]], [[], { type: 'A\u00e9' }], [[], { endings: 'native' }], [[], { endings: 'bad' }],
    [['a\r\nb\rc'], { endings: 'native' }], [['a\r\nb'], { endings: 'transparent' }], [[], 'opts'], [[], null]]) {
    try {
      const x = new Blob(...args);
      console.log('blob', util.inspect(args), x.size, x.type, JSON.stringify(await x.text()));
    } catch (e) { console.log('blob', util.inspect(args), err(e)); }
  }
  const f = new File(['abc'], 'name.txt', { type: 'text/plain', lastModified: 42 });
  console.log(f, f.name, f.lastModified, f.size, f.type, f instanceof Blob, Object.prototype.toString.call(f), await f.text());
  console.log(new File([], 5, { lastModified: '7' }).name, new File([], 'x', { lastModified: 'x' }).lastModified, attempt(() => new File(['a'])));
  console.log(attempt(() => Blob.prototype.size), await Blob.prototype.text.call({}).catch(err), buffer.resolveObjectURL('blob:nodedata:nope'),
    buffer.resolveObjectURL('http://x'));
})();

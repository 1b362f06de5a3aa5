'use strict';
// Buffer basics: construction, encodings, pool slices, concat, slice sharing memory, compare.
const { test } = require('node:test');
const assert = require('node:assert');
const buffer = require('node:buffer');
const { Buffer } = buffer;

test('Buffer is a Uint8Array subclass with Node prototype chain', () => {
  assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
  assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
  const b = Buffer.from('hi');
  assert.ok(b instanceof Uint8Array);
  assert.ok(Buffer.isBuffer(b));
  assert.ok(!Buffer.isBuffer(new Uint8Array(2)));
  assert.strictEqual(b.constructor, Buffer);
  assert.strictEqual(globalThis.Buffer, Buffer);
});

test('deprecated call forms', () => {
  process.noDeprecation = true;
  assert.deepStrictEqual([...Buffer(3)], [0, 0, 0]);
  assert.strictEqual(new Buffer('ab').toString(), 'ab');
  assert.throws(() => Buffer(3, 'utf8'), { code: 'ERR_INVALID_ARG_TYPE' });
  process.noDeprecation = false;
});

test('from strings in every encoding', () => {
  assert.deepStrictEqual([...Buffer.from('€')], [0xe2, 0x82, 0xac]);
  assert.deepStrictEqual([...Buffer.from('ab', 'utf16le')], [0x61, 0, 0x62, 0]);
  assert.deepStrictEqual([...Buffer.from('é', 'latin1')], [0xe9]);
  assert.deepStrictEqual([...Buffer.from('é', 'ascii')], [0xe9]);
  assert.deepStrictEqual([...Buffer.from('QUJD', 'base64')], [65, 66, 67]);
  assert.deepStrictEqual([...Buffer.from('Q-_Q', 'base64')], [0x43, 0xef, 0xd0]);
  assert.deepStrictEqual([...Buffer.from('Q U\nJ D', 'base64')], [65, 66, 67]);
  assert.deepStrictEqual([...Buffer.from('abzz12', 'hex')], [0xab]);
  assert.deepStrictEqual([...Buffer.from('\ud800')], [0xef, 0xbf, 0xbd]);
  assert.throws(() => Buffer.from('a', 'nope'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
});

test('toString', () => {
  const b = Buffer.from([0x68, 0xc3, 0xa9, 0xff]);
  assert.strictEqual(b.toString(), 'h\u00e9\ufffd');
  assert.strictEqual(b.toString('hex'), '68c3a9ff');
  assert.strictEqual(b.toString('base64'), 'aMOp/w==');
  assert.strictEqual(b.toString('base64url'), 'aMOp_w');
  assert.strictEqual(b.toString('latin1'), 'h\u00c3\u00a9\u00ff');
  assert.strictEqual(b.toString('ascii'), 'hC)\u007f');
  assert.strictEqual(b.toString('hex', 1, 3), 'c3a9');
  assert.strictEqual(Buffer.from('abcd').toString('utf16le'), '\u6261\u6463');
  assert.throws(() => b.toString('bad'), { code: 'ERR_UNKNOWN_ENCODING' });
});

test('from arrays, array buffers, buffers and objects', () => {
  assert.deepStrictEqual([...Buffer.from([1, 256, -1])], [1, 0, 255]);
  const ab = new ArrayBuffer(8);
  const view = Buffer.from(ab, 2, 3);
  view[0] = 9;
  assert.strictEqual(new Uint8Array(ab)[2], 9);
  assert.strictEqual(view.length, 3);
  assert.throws(() => Buffer.from(ab, 9), { code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"offset" is outside of buffer bounds' });
  assert.throws(() => Buffer.from(ab, 0, 9), { code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds' });
  const copy = Buffer.from(view);
  copy[0] = 1;
  assert.strictEqual(view[0], 9);
  assert.strictEqual(Buffer.from(new String('xy')).toString(), 'xy');
  assert.strictEqual(Buffer.from({ [Symbol.toPrimitive]() { return 'zz'; } }).toString(), 'zz');
  assert.deepStrictEqual([...Buffer.from({ type: 'Buffer', data: [1, 2] })], [1, 2]);
  assert.deepStrictEqual([...Buffer.from({ length: 2, 0: 5, 1: 6 })], [5, 6]);
  assert.throws(() => Buffer.from(5), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('alloc, allocUnsafe and the pool', () => {
  assert.deepStrictEqual([...Buffer.alloc(4, 'ab')], [0x61, 0x62, 0x61, 0x62]);
  assert.deepStrictEqual([...Buffer.alloc(3, 7)], [7, 7, 7]);
  assert.deepStrictEqual([...Buffer.alloc(2, 'ff', 'hex')], [255, 255]);
  const small = Buffer.allocUnsafe(10);
  assert.strictEqual(small.length, 10);
  assert.ok(small.buffer.byteLength > 10, 'small unsafe buffers are pool slices');
  assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
  assert.throws(() => Buffer.alloc(-1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "size" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
  });
  assert.throws(() => Buffer.allocUnsafe('1'), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('concat, byteLength, slice shares memory', () => {
  const c = Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63])]);
  assert.strictEqual(c.toString(), 'abc');
  assert.strictEqual(Buffer.concat([Buffer.from('abc')], 5).toString('hex'), '6162630000');
  assert.strictEqual(Buffer.concat([Buffer.from('abc')], 2).toString(), 'ab');
  assert.throws(() => Buffer.concat([1]), { code: 'ERR_INVALID_ARG_TYPE', message: /list\[0\]/ });
  assert.strictEqual(Buffer.byteLength('€'), 3);
  assert.strictEqual(Buffer.byteLength('aGk=', 'base64'), 2);
  assert.strictEqual(Buffer.byteLength(new ArrayBuffer(7)), 7);
  const b = Buffer.from('hello');
  const s = b.slice(1, -1);
  s[0] = 0x45;
  assert.strictEqual(b.toString(), 'hEllo');
  assert.strictEqual(b.subarray(-2).toString(), 'lo');
  assert.ok(Buffer.isEncoding('UTF-8'));
  assert.ok(!Buffer.isEncoding(''));
});

test('compare and equals', () => {
  const a = Buffer.from('abc');
  const b = Buffer.from('abd');
  assert.strictEqual(Buffer.compare(a, b), -1);
  assert.strictEqual(a.compare(b, 0, 2, 0, 2), 0);
  assert.ok(a.equals(Buffer.from('abc')));
  assert.throws(() => a.equals('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('inspect', () => {
  const util = require('node:util');
  assert.strictEqual(util.inspect(Buffer.from('hi')), '<Buffer 68 69>');
  assert.strictEqual(util.inspect(Buffer.alloc(51)), `<Buffer ${'00 '.repeat(50).trim()} ... 1 more byte>`);
  const b = Buffer.from('a');
  b.extra = 1;
  assert.strictEqual(util.inspect(b), '<Buffer 61, extra: 1>');
  assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
});

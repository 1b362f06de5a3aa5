'use strict';
// node:util public helpers (expectations from Node 24).
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const util = globalThis.libRequire ? libRequire('util') : require('node:util');

test('exports', () => {
  assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
  assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
  assert.strictEqual(util.format('%s=%d', 'a', 5), 'a=5');
  assert.strictEqual(util.isDeepStrictEqual({ a: [1] }, { a: [1] }), true);
  assert.strictEqual(util.isDeepStrictEqual([0], [-0]), false);
  assert.strictEqual(util.types.isDate(new Date()), true);
  assert.strictEqual(util.toUSVString('a\ud800b'), 'a\ufffdb');
  assert.strictEqual(util.stripVTControlCharacters('\u001b[31mx\u001b[39m'), 'x');
  for (const removed of ['isBoolean', 'isString', 'isFunction', 'isObject', 'log']) {
    assert.strictEqual(util[removed], undefined, removed);
  }
});

test('promisify', async () => {
  assert.strictEqual(await util.promisify((a, cb) => cb(null, a + 1))(1), 2);
  await assert.rejects(util.promisify((cb) => cb(new Error('boom')))(), { message: 'boom' });
  assert.strictEqual(await util.promisify((cb) => cb(null, 1, 2))(), 1);
  function F() {}
  F[util.promisify.custom] = () => 1;
  assert.strictEqual(util.promisify(F), F[util.promisify.custom]);
  function G() {}
  G[util.promisify.custom] = 1;
  assert.throws(() => util.promisify(G), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "util.promisify.custom" property must be of type function. Received type number (1)' });
  assert.throws(() => util.promisify(1), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "original" argument must be of type function. Received type number (1)' });
  const named = util.promisify(function f(a, cb) {});
  assert.strictEqual(named.name, 'f');
  assert.strictEqual(named.length, 2);
});

test('callbackify', async () => {
  const cbf = util.callbackify(async function named(x) { return x * 2; });
  assert.strictEqual(cbf.name, 'namedCallbackified');
  assert.strictEqual(cbf.length, 2);
  assert.deepStrictEqual(await new Promise((r) => cbf(21, (e, v) => r([e, v]))), [null, 42]);
  const err = await new Promise((r) => util.callbackify(async () => { throw null; })((e) => r(e)));
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
  assert.strictEqual(err.reason, null);
  assert.throws(() => util.callbackify(async () => {})(), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The last argument must be of type function. Received undefined' });
});

test('inherits', () => {
  function A() {}
  function B() {}
  util.inherits(A, B);
  assert.strictEqual(A.super_, B);
  assert.strictEqual(Object.getPrototypeOf(A.prototype), B.prototype);
  assert.throws(() => util.inherits(function() {}, null), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "superCtor" argument must be of type function. Received null' });
  assert.throws(() => util.inherits(function() {}, {}), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "superCtor.prototype" property must be of type object. Received undefined' });
});

test('deprecate warns once per code', async () => {
  const warnings = [];
  const onWarning = (w) => warnings.push([w.name, w.code, w.message]);
  process.on('warning', onWarning);
  const d = util.deprecate(function foo(a) { return a + 1; }, 'foo is old', 'DEPTEST1');
  assert.strictEqual(d.name, 'deprecated');
  assert.strictEqual(d.length, 1);
  assert.strictEqual(d(1) + d(2), 5);
  util.deprecate(() => {}, 'same code', 'DEPTEST1')();
  class K { constructor() { this.k = 1; } }
  const DK = util.deprecate(K, 'K old', 'DEPTEST2');
  assert.ok(new DK() instanceof K);
  assert.throws(() => util.deprecate(() => {}, 'm', 1), { code: 'ERR_INVALID_ARG_TYPE' });
  await new Promise((r) => setTimeout(r, 5));
  process.off('warning', onWarning);
  assert.deepStrictEqual(warnings, [
    ['DeprecationWarning', 'DEPTEST1', 'foo is old'],
    ['DeprecationWarning', 'DEPTEST2', 'K old'],
  ]);
});

test('styleText', () => {
  assert.strictEqual(util.styleText(['bold', 'red'], 'hi', { validateStream: false }), '\u001b[1m\u001b[31mhi\u001b[39m\u001b[22m');
  assert.strictEqual(util.styleText(['none', 'red'], 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');
  assert.strictEqual(util.styleText('red', 'x', { stream: { isTTY: false, write() {}, on() {} } }), 'x');
  assert.throws(() => util.styleText('nope', 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => util.styleText('red', 1), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "text" argument must be of type string. Received type number (1)' });
  assert.throws(() => util.styleText('red', 'x', { stream: 1 }), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. Received type number (1)' });
});

test('system errors', () => {
  assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
  assert.strictEqual(util.getSystemErrorMessage(-13), 'permission denied');
  assert.deepStrictEqual(util.getSystemErrorMap().get(-2), ['ENOENT', 'no such file or directory']);
  assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');
  assert.throws(() => util.getSystemErrorName(2), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "err" is out of range. It must be a negative integer. Received 2' });
  assert.throws(() => util.getSystemErrorName('x'), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('diff', () => {
  assert.deepStrictEqual(util.diff('abc', 'abd'), [[0, 'a'], [0, 'b'], [1, 'c'], [-1, 'd']]);
  assert.deepStrictEqual(util.diff(['a', 'b'], ['a', 'c', 'b']), [[0, 'a'], [-1, 'c'], [0, 'b']]);
  assert.throws(() => util.diff([1], []), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "actual[0]" argument must be of type string. Received type number (1)' });
});

test('aborted', async () => {
  const ac = new AbortController();
  const p = util.aborted(ac.signal, {});
  ac.abort();
  assert.strictEqual((await p).type, 'abort');
  const done = new AbortController();
  done.abort();
  assert.strictEqual(await util.aborted(done.signal, {}), undefined);
  await assert.rejects(util.aborted(1, {}), { code: 'ERR_INVALID_ARG_TYPE' });
});


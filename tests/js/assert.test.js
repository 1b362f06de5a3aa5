'use strict';
// node:assert behaviour and AssertionError messages (expectations from Node 24).
const test = require('node:test');
const assert = require('node:assert');
const a = globalThis.libRequire ? libRequire('assert') : require('node:assert');

function msgOf(fn) {
  try { fn(); } catch (e) { return e; }
  assert.fail('expected a throw');
}
const check = (fn, props) => {
  const e = msgOf(fn);
  for (const k of Object.keys(props)) assert.deepStrictEqual(e[k], props[k], k);
  return e;
};

test('AssertionError shape', () => {
  const e = check(() => a.strictEqual(1, 2), {
    name: 'AssertionError', code: 'ERR_ASSERTION', actual: 1, expected: 2,
    operator: 'strictEqual', generatedMessage: true,
    message: 'Expected values to be strictly equal:\n\n1 !== 2\n',
  });
  assert.ok(e instanceof a.AssertionError);
  assert.ok(e instanceof Error);
  assert.deepStrictEqual(Object.keys(e), ['generatedMessage', 'code', 'actual', 'expected', 'operator', 'diff']);
  assert.strictEqual(String(e), 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
  const custom = new a.AssertionError({ message: 'hi', actual: 1 });
  assert.strictEqual(custom.message, 'hi');
  assert.strictEqual(custom.generatedMessage, false);
  assert.throws(() => new a.AssertionError(), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.strictEqual(new a.AssertionError({ actual: 1, expected: 2, operator: 'fail' }).message, '1 fail 2');
});

test('strictEqual / deepStrictEqual messages', () => {
  const m = (fn) => msgOf(fn).message;
  assert.strictEqual(m(() => a.strictEqual('a', 'b')), "Expected values to be strictly equal:\n\n'a' !== 'b'\n");
  assert.strictEqual(m(() => a.strictEqual('hello world', 'hello there')),
                     "Expected values to be strictly equal:\n+ actual - expected\n\n+ 'hello world'\n- 'hello there'\n         ^\n");
  assert.strictEqual(m(() => a.strictEqual(null, undefined)),
                     'Expected values to be strictly equal:\n+ actual - expected\n\n+ null\n- undefined\n');
  assert.strictEqual(m(() => a.strictEqual(0, -0)),
                     'Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0\n');
  assert.strictEqual(m(() => a.strictEqual({ a: 1 }, { a: 1 })),
                     'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n');
  assert.strictEqual(m(() => a.strictEqual([1], [2])),
                     'Expected "actual" to be reference-equal to "expected":\n+ actual - expected\n\n  [\n+   1\n-   2\n  ]\n');
  assert.strictEqual(m(() => a.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 })),
                     'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n+   b: 2\n-   b: 3\n  }\n');
  assert.strictEqual(m(() => a.deepStrictEqual({ a: 1 }, { a: 1, b: 2 })),
                     'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n-   b: 2\n  }\n');
  assert.strictEqual(m(() => a.deepStrictEqual(1, '1')), "Expected values to be strictly deep-equal:\n\n1 !== '1'\n");
  assert.strictEqual(m(() => a.deepStrictEqual(new Set([1]), new Set([2]))),
                     'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Set(1) {\n+   1\n-   2\n  }\n');
  const big = Array.from({ length: 30 }, (_, i) => i + 1);
  const other = big.slice(); other[16] = 0;
  assert.strictEqual(m(() => a.deepStrictEqual(big, other)),
                     'Expected values to be strictly deep-equal:\n+ actual - expected\n... Skipped lines\n\n' +
                     '  [\n    1,\n    2,\n    3,\n    4,\n...\n    16,\n+   17,\n-   0,\n    18,\n    19,\n    20,\n    21,\n    22,\n');
  assert.strictEqual(m(() => a.strictEqual(1, 2, 'custom')), 'custom\n\n1 !== 2\n');
  const own = new TypeError('own');
  assert.strictEqual(msgOf(() => a.strictEqual(1, 2, own)), own);
});

test('loose and negated messages', () => {
  const m = (fn) => msgOf(fn).message;
  assert.strictEqual(m(() => a.equal(1, 2)), '1 == 2');
  assert.strictEqual(m(() => a.notEqual('a', 'a')), "'a' != 'a'");
  assert.strictEqual(m(() => a.deepEqual({ a: 1 }, { a: 2 })),
                     'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n  a: 2\n}');
  assert.strictEqual(m(() => a.notDeepEqual({ a: 1 }, { a: 1 })),
                     'Expected "actual" not to be loosely deep-equal to:\n\n{\n  a: 1\n}');
  assert.strictEqual(m(() => a.notStrictEqual(1, 1)), 'Expected "actual" to be strictly unequal to: 1');
  assert.strictEqual(m(() => a.notDeepStrictEqual({ a: 1 }, { a: 1 })),
                     'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n');
  assert.strictEqual(m(() => a.partialDeepStrictEqual({ a: 1 }, { a: 1, b: 1 })),
                     'Expected values to be partially and strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n-   b: 1\n  }\n');
  a.equal(NaN, NaN);
  a.equal(1, '1');
  a.notEqual(1, 2);
  a.deepEqual(new Set([1]), new Set(['1']));
  a.notDeepStrictEqual([1], ['1']);
  a.partialDeepStrictEqual({ a: [1, 2, 3], b: 1 }, { a: [2] });
});

test('ok / assert / fail', () => {
  check(() => a.ok(), { message: 'No value argument passed to `assert.ok()`', operator: '==', generatedMessage: true });
  const e = check(() => a.ok(false), { operator: '==', actual: false, expected: true, generatedMessage: true });
  assert.match(e.message, /^The expression evaluated to a falsy value:\n\n {2}a\.ok\(false\)\n$|^The expression evaluated to a falsy value:\n\n {2}assert\.ok\(false\)\n$/);
  check(() => a(0, 'msg'), { message: 'msg', generatedMessage: false });
  check(() => a.fail(), { message: 'Failed', operator: 'fail', generatedMessage: true });
  check(() => a.fail('boom'), { message: 'boom', generatedMessage: false });
  check(() => a.equal(1), { code: 'ERR_MISSING_ARGS', name: 'TypeError',
                            message: 'The "actual" and "expected" arguments must be specified' });
  a.ok(1);
  a(true);
});

test('match / doesNotMatch', () => {
  check(() => a.match('abc', /x/), {
    message: "The input did not match the regular expression /x/. Input:\n\n'abc'\n", operator: 'match' });
  check(() => a.doesNotMatch('abc', /b/), {
    message: "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n" });
  check(() => a.match(1, /x/), { message: 'The "string" argument must be of type string. Received type number (1)' });
  check(() => a.match('a', 'a'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  a.match('abc', /b/);
});

test('throws / doesNotThrow / ifError', () => {
  check(() => a.throws(() => {}), { message: 'Missing expected exception.', operator: 'throws' });
  check(() => a.throws(() => {}, TypeError, 'msg'), { message: 'Missing expected exception (TypeError): msg' });
  check(() => a.throws(() => { throw new Error('a'); }, 'a'), { code: 'ERR_AMBIGUOUS_ARGUMENT' });
  check(() => a.throws(() => { throw new Error('a'); }, {}), { code: 'ERR_INVALID_ARG_VALUE' });
  check(() => a.throws(1), { code: 'ERR_INVALID_ARG_TYPE',
                             message: 'The "fn" argument must be of type function. Received type number (1)' });
  check(() => a.throws(() => { throw new TypeError('a'); }, RangeError), {
    message: 'The error is expected to be an instance of "RangeError". Received "TypeError"\n\nError message:\n\na' });
  check(() => a.throws(() => { throw new Error('abc'); }, { message: /x/, name: 'Error' }), {
    message: "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'abc',\n-   message: /x/,\n    name: 'Error'\n  }\n" });
  check(() => a.throws(() => { throw new Error('abc'); }, function myVal() { return 1; }), {
    message: 'The "myVal" validation function is expected to return "true". Received 1\n\nCaught error:\n\nError: abc' });
  check(() => a.throws(() => { throw new Error('a'); }, /b/), {
    message: "The input did not match the regular expression /b/. Input:\n\n'Error: a'\n" });
  const thrown = a.throws(() => { throw new Error('x'); }, { message: 'x' });
  assert.strictEqual(thrown, undefined);
  a.throws(() => { throw new Error('abc'); }, { message: /b/ });
  a.throws(() => { throw new TypeError('t'); }, TypeError);
  a.throws(() => { throw new Error('t'); }, (e) => e.message === 't');
  check(() => a.doesNotThrow(() => { throw new Error('abc'); }, 'hello'), {
    message: 'Got unwanted exception: hello\nActual message: "abc"', operator: 'doesNotThrow' });
  check(() => a.doesNotThrow(() => { throw new Error('abc'); }, TypeError), { message: 'abc', name: 'Error' });
  check(() => a.ifError(new TypeError('')), { message: 'ifError got unwanted exception: TypeError', operator: 'ifError' });
  check(() => a.ifError('x'), { message: "ifError got unwanted exception: 'x'" });
  a.ifError(null);
  a.ifError(undefined);
  a.doesNotThrow(() => 1);
});

test('rejects / doesNotReject', async () => {
  await assert.rejects(a.rejects(Promise.resolve(1)), { message: 'Missing expected rejection.', operator: 'rejects' });
  await assert.rejects(a.rejects(() => 1), { code: 'ERR_INVALID_RETURN_VALUE' });
  await assert.rejects(a.rejects(1), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(a.doesNotReject(Promise.reject(new Error('q'))), {
    message: 'Got unwanted rejection.\nActual message: "q"' });
  await assert.rejects(a.rejects(() => { throw new Error('sync'); }), { message: 'sync' });
  await a.rejects(Promise.reject(new Error('x')), Error);
  await a.doesNotReject(Promise.resolve(3));
});

test('strict mode and Assert class', () => {
  assert.strictEqual(a.strict.strict, a.strict);
  assert.strictEqual(a.strict.equal, a.strictEqual);
  assert.strictEqual(a.strict.deepEqual, a.deepStrictEqual);
  check(() => a.strict.equal(1, '1'), { operator: 'strictEqual' });
  const inst = new a.Assert({ diff: 'full' });
  check(() => inst.strictEqual(1, 2), { diff: 'full' });
  check(() => new a.Assert({ strict: false }).deepEqual(1, 2), { operator: 'deepEqual' });
  new a.Assert({ strict: false }).deepEqual(1, '1');
  check(() => new a.Assert({ diff: 'x' }), { code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.diff' must be one of: 'simple', 'full'. Received 'x'" });
});

'use strict';
// util.format / util.formatWithOptions: expected strings were produced by Node.js 24.
const test = require('node:test');
const assert = require('node:assert');
const underShim = typeof globalThis.libRequire === 'function';
const { format, formatWithOptions } = underShim ?
  globalThis.libRequire('internal/util/inspect') : require('node:util');

// [source, make args, expected]
const cases = [
  ["['%s', 'a']", () => ['%s', 'a'], "a"],
  ["['%s', 1.5]", () => ['%s', 1.5], "1.5"],
  ["['%s', -0]", () => ['%s', -0], "-0"],
  ["['%s', 1n]", () => ['%s', 1n], "1n"],
  ["['%s', { a: { b: { c: 1 } } }]", () => ['%s', { a: { b: { c: 1 } } }], "{ a: [Object] }"],
  ["['%s', [1, [2, [3]]]]", () => ['%s', [1, [2, [3]]]], "[ 1, [Array] ]"],
  ["['%s', null, undefined]", () => ['%s', null, undefined], "null undefined"],
  ["['%s', Symbol('x')]", () => ['%s', Symbol('x')], "Symbol(x)"],
  ["['%s', new Date(0)]", () => ['%s', new Date(0)], "1970-01-01T00:00:00.000Z"],
  ["['%s', { toString() { return 'custom'; } }]", () => ['%s', { toString() { return 'custom'; } }], "custom"],
  ["['%s', new (class Q { toString() { return 'q'; } })()]", () => ['%s', new (class Q { toString() { return 'q'; } })()], "q"],
  ["['%s', new (class R {})()]", () => ['%s', new (class R {})()], "R {}"],
  ["['%s', Object.create(null)]", () => ['%s', Object.create(null)], "[Object: null prototype] {}"],
  ["['%s', new Map([[1, { a: 1 }]])]", () => ['%s', new Map([[1, { a: 1 }]])], "Map(1) { 1 => [Object] }"],
  ["['%s %s', 'only-one']", () => ['%s %s', 'only-one'], "only-one %s"],
  ["['%d', '42']", () => ['%d', '42'], "42"],
  ["['%d', 1n]", () => ['%d', 1n], "1n"],
  ["['%d', Symbol('s')]", () => ['%d', Symbol('s')], "NaN"],
  ["['%d', {}]", () => ['%d', {}], "NaN"],
  ["['%d', -0]", () => ['%d', -0], "-0"],
  ["['%d', '0x10']", () => ['%d', '0x10'], "16"],
  ["['%i', '42.9']", () => ['%i', '42.9'], "42"],
  ["['%i', 3n]", () => ['%i', 3n], "3n"],
  ["['%i', -0.5]", () => ['%i', -0.5], "-0"],
  ["['%f', '1.5abc']", () => ['%f', '1.5abc'], "1.5"],
  ["['%f', Symbol('s')]", () => ['%f', Symbol('s')], "NaN"],
  ["['%j', { a: [1, 'x'] }]", () => ['%j', { a: [1, 'x'] }], "{\"a\":[1,\"x\"]}"],
  ["['%j', (() => { const c = {}; c.c = c; return c; })()]", () => ['%j', (() => { const c = {}; c.c = c; return c; })()], "[Circular]"],
  ["['%j', undefined]", () => ['%j', undefined], "undefined"],
  ["['%j', { toJSON() { return 'J'; } }]", () => ['%j', { toJSON() { return 'J'; } }], "\"J\""],
  ["['%o', { a: [1, 2] }]", () => ['%o', { a: [1, 2] }], "{ a: [ 1, 2, [length]: 2 ] }"],
  ["['%o', [1, 2]]", () => ['%o', [1, 2]], "[ 1, 2, [length]: 2 ]"],
  ["['%O', { a: { b: { c: { d: 1 } } } }]", () => ['%O', { a: { b: { c: { d: 1 } } } }], "{ a: { b: { c: [Object] } } }"],
  ["['%O', 'str']", () => ['%O', 'str'], "'str'"],
  ["['%c%s', 'color: red', 'styled']", () => ['%c%s', 'color: red', 'styled'], "styled"],
  ["['%%']", () => ['%%'], "%%"],
  ["['%% %s', 'a']", () => ['%% %s', 'a'], "% a"],
  ["['100%', 1]", () => ['100%', 1], "100% 1"],
  ["['%x %y', 1]", () => ['%x %y', 1], "%x %y 1"],
  ["['a', 'b', 1, { c: 2 }]", () => ['a', 'b', 1, { c: 2 }], "a b 1 { c: 2 }"],
  ["[1, 2, '3']", () => [1, 2, '3'], "1 2 3"],
  ["['%s']", () => ['%s'], "%s"],
  ["['%', 'x']", () => ['%', 'x'], "% x"],
  ["['%s%', 'x']", () => ['%s%', 'x'], "x%"],
  ["['%s%%%s', 1, 2]", () => ['%s%%%s', 1, 2], "1%2"],
  ["[{ a: 1 }, 'str']", () => [{ a: 1 }, 'str'], "{ a: 1 } str"],
  ["['x %s y', 'z', 'extra', { e: 1 }]", () => ['x %s y', 'z', 'extra', { e: 1 }], "x z y extra { e: 1 }"],
  ["['%d%d', 1]", () => ['%d%d', 1], "1%d"],
  ["[]", () => [], ""],
  ["['']", () => [''], ""],
  ["[undefined]", () => [undefined], "undefined"],
  ["[null, 'a']", () => [null, 'a'], "null a"],
  ["['%s', 'multi\\nline']", () => ['%s', 'multi\nline'], "multi\nline"],
  ["['%s:%s', 'a']", () => ['%s:%s', 'a'], "a:%s"],
];

test('format matches Node 24 output', () => {
  for (const [source, make, expected] of cases) {
    assert.strictEqual(format(...make()), expected, `format(...${source})`);
  }
});

test('%s uses a user-defined Symbol.toPrimitive or toString', () => {
  class A { [Symbol.toPrimitive]() { return 'prim'; } }
  class D extends Date {}
  assert.strictEqual(format('%s', new A()), 'prim');
  assert.strictEqual(format('%s', new D(0)), 'D 1970-01-01T00:00:00.000Z');
  assert.strictEqual(format('%s', { a: 1, toString: 5 }), '{ a: 1, toString: 5 }');
  const e = new Error('x');
  e.stack = 'Error: x\n    at f (a.js:1:1)';
  assert.strictEqual(format('%s', e), 'Error: x\n    at f (a.js:1:1)');
});

test('formatWithOptions', () => {
  assert.strictEqual(formatWithOptions({ colors: true }, '%s %O', 1, { a: 1 }),
                     '1 { a: \u001b[33m1\u001b[39m }');
  assert.strictEqual(formatWithOptions({ colors: true }, 'x', 5, 'y'), 'x \u001b[33m5\u001b[39m y');
  assert.strictEqual(formatWithOptions({ depth: 0 }, { a: { b: 1 } }), '{ a: [Object] }');
  assert.strictEqual(formatWithOptions({ compact: false }, '%o', [1]),
                     '[\n  1,\n  [length]: 1\n]');
  assert.throws(() => formatWithOptions(null, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "inspectOptions" argument must be of type object. Received null',
  });
  assert.throws(() => formatWithOptions('x', 'y'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "inspectOptions" argument must be of type object. Received type string (\'x\')',
  });
});

test('%j rethrows errors other than circular structure', () => {
  const bad = { toJSON() { throw new RangeError('no json'); } };
  assert.throws(() => format('%j', bad), { name: 'RangeError', message: 'no json' });
  assert.throws(() => format('%j', 1n), { name: 'TypeError' });
  assert.strictEqual(format('%j', [1, { a: 1 }]), '[1,{"a":1}]');
});

'use strict';
// Deep equality rules (loose, strict, partial) — expectations taken from Node 24.
const test = require('node:test');
const assert = require('node:assert');
const impl = globalThis.libRequire ? libRequire('internal/util/comparisons') : null;
const nodeAssert = require('node:assert');
const util = require('node:util');
const attempt = (fn) => { try { fn(); return true; } catch { return false; } };
const strictEq = impl ? impl.isDeepStrictEqual : util.isDeepStrictEqual;
const looseEq = impl ? impl.isDeepEqual : (a, b) => attempt(() => nodeAssert.deepEqual(a, b));
const partialEq = impl ? impl.isPartialStrictEqual :
  (a, b) => attempt(() => nodeAssert.partialDeepStrictEqual(a, b));
const args = function() { return arguments; };
const cyc = (depth) => { const a = {}; a.a = depth ? { a } : a; return a; };

// [name, a, b, strict, loose]
const cases = [
  ['num vs Number', 1, new Number(1), false, false],
  ['Number vs Number', new Number(1), new Number(1), true, true],
  ['sparse vs undefined', [, 1], [undefined, 1], false, false], // eslint-disable-line no-sparse-arrays
  ['sparse vs sparse', [, 1], [, 1], true, true], // eslint-disable-line no-sparse-arrays
  ['undefined prop vs missing', { a: undefined }, {}, false, false],
  ['date vs object', new Date(0), {}, false, false],
  ['invalid dates', new Date(NaN), new Date(NaN), true, true],
  ['date with own prop', Object.assign(new Date(0), { x: 1 }), new Date(0), false, false],
  ['array vs object', [1], { 0: 1 }, false, false],
  ['array vs arguments', [1], args(1), false, false],
  ['0 vs -0', 0, -0, false, true],
  ['[0] vs [-0]', [0], [-0], false, true],
  ['NaN', NaN, NaN, true, true],
  ['Float32 -0', new Float32Array([0]), new Float32Array([-0]), false, true],
  ['Float32 NaN', new Float32Array([NaN]), new Float32Array([NaN]), true, false],
  ['Uint8 vs Int8', new Uint8Array([1]), new Int8Array([1]), false, false],
  ['ArrayBuffers', new ArrayBuffer(2), new ArrayBuffer(2), true, true],
  ['ArrayBuffer vs SharedArrayBuffer', new ArrayBuffer(2), new SharedArrayBuffer(2), false, false],
  ['DataView bytes differ', new DataView(new Uint8Array([1]).buffer),
    new DataView(new Uint8Array([2]).buffer), false, false],
  ['WeakMaps', new WeakMap(), new WeakMap(), false, false],
  ['Promises', Promise.resolve(1), Promise.resolve(1), false, false],
  ['functions', () => {}, () => {}, false, false],
  ['Set 1 vs "1"', new Set([1]), new Set(['1']), false, true],
  ['Map 1 vs "1" key', new Map([[1, 'a']]), new Map([['1', 'a']]), false, true],
  ['Map object keys', new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]]), true, true],
  ['Set objects unordered', new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }]), true, true],
  ['Set with own prop', Object.assign(new Set(), { x: 1 }), new Set(), false, false],
  ['errors same', new Error('a'), new Error('a'), true, true],
  ['errors message', new Error('a'), new Error('b'), false, false],
  ['errors name', new Error('a'), new TypeError('a'), false, false],
  ['error cause', new Error('a', { cause: 1 }), new Error('a'), false, false],
  ['error cause undefined', new Error('a', { cause: undefined }), new Error('a'), false, false],
  ['AggregateError errors', new AggregateError([1], 'a'), new AggregateError([2], 'a'), false, false],
  ['regexps', /a/g, /a/g, true, true],
  ['regexp flags', /a/g, /a/i, false, false],
  ['regexp lastIndex', Object.assign(/a/g, { lastIndex: 1 }), /a/g, false, false],
  ['null prototype', Object.create(null), {}, false, true],
  ['class instance vs object', new (class A {})(), {}, false, true],
  ['symbol keys', { [Symbol.for('x')]: 1 }, {}, false, true],
  ['non-enumerable symbol', Object.defineProperty({}, Symbol.for('x'), { value: 1 }), {}, true, true],
  ['null vs undefined', null, undefined, false, true],
  ['1 vs true', 1, true, false, true],
  ['1n vs 1', 1n, 1, false, true],
  ['boxed symbols', Object(Symbol.for('a')), Object(Symbol.for('a')), true, true],
  ['boxed string extra prop', Object.assign(new String('ab'), { x: 1 }), new String('ab'), false, false],
  ['array extra key', Object.assign([1], { x: 1 }), [1], false, false],
  ['Map NaN keys', new Map([[NaN, 1]]), new Map([[NaN, 1]]), true, true],
  ['getter value', { get a() { return 1; } }, { a: 1 }, true, true],
  ['error extra prop', Object.assign(new Error('a'), { code: 1 }), new Error('a'), false, false],
  ['Boolean objects', new Boolean(true), new Boolean(false), false, false],
  ['Date subclass', new (class D extends Date {})(0), new Date(0), false, true],
  ['Object.create({}) pairs', Object.create({}), Object.create({}), true, true],
  ['different classes', new (class A {})(), new (class B {})(), false, true],
  ['circular both', cyc(0), cyc(0), true, true],
  ['circular vs deeper circular', cyc(0), (() => { const b = {}; b.a = { a: b }; return b; })(), false, false],
  ['array holes count', new Array(3), [undefined, undefined, undefined], false, false],
];

test('isDeepStrictEqual / isDeepEqual follow Node 24', () => {
  for (const [name, a, b, strict, loose] of cases) {
    assert.strictEqual(strictEq(a, b), strict, `strict: ${name}`);
    assert.strictEqual(looseEq(a, b), loose, `loose: ${name}`);
  }
});

test('partial deep strict equality', () => {
  const partial = [
    [{ a: 1, b: 2 }, { a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 1 }, false],
    [[1, 2, 3], [1, 3], true],
    [[1, 2, 3], [3, 1], false],
    [[1, 2], [1, 1], false],
    [[1, 1, 2], [1, 1], true],
    [new Set([1, 2]), new Set([1]), true],
    [new Map([[1, 2], [3, 4]]), new Map([[1, 2]]), true],
    [{ a: { b: 1, c: 2 } }, { a: { b: 1 } }, true],
    [new Date(0), {}, false],
    [new (class A { constructor() { this.a = 1; } })(), { a: 1 }, true],
    [new Uint8Array([1, 2, 3]), new Uint8Array([1, 3]), true],
    [[{ a: 1, b: 1 }, { a: 2, b: 2 }], [{ a: 2 }], true],
    [new Set([{ a: 1, b: 2 }]), new Set([{ a: 1 }]), true],
    [new Error('a'), new Error('b'), false],
    [0, -0, false],
    [NaN, NaN, true],
    [{}, { a: undefined }, false],
    [[0], [-0], false],
  ];
  for (const [a, b, expected] of partial) {
    assert.strictEqual(partialEq(a, b), expected, util.inspect([a, b]));
  }
});

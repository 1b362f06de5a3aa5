'use strict';
// util.inspect: every expected string below was produced by Node.js 24.
const test = require('node:test');
const assert = require('node:assert');
const underShim = typeof globalThis.libRequire === 'function';
const { inspect, stripVTControlCharacters } = underShim ?
  globalThis.libRequire('internal/util/inspect') : require('node:util');

// [source, make value, options, expected]
const cases = [
  ["'abc'", () => ('abc'), undefined, "'abc'"],
  ["\"it's\"", () => ("it's"), undefined, "\"it's\""],
  ["\"it's \\\"q\\\"\"", () => ("it's \"q\""), undefined, "`it's \"q\"`"],
  ["\"it's \\\"q\\\" `b`\"", () => ("it's \"q\" `b`"), undefined, "'it\\'s \"q\" `b`'"],
  ["'a${b}\\'\"'", () => ('a${b}\'"'), undefined, "'a${b}\\'\"'"],
  ["'tab\\there\\nnl \\x00 \\x1b \\x7f \\\\ \\ud83d'", () => ('tab\there\nnl \x00 \x1b \x7f \\ \ud83d'), undefined, "'tab\\there\\nnl \\x00 \\x1B \\x7F \\\\ \\ud83d'"],
  ["'😀 ok'", () => ('😀 ok'), undefined, "'😀 ok'"],
  ["['a\\nb']", () => (['a\nb']), undefined, "[ 'a\\nb' ]"],
  ["'x'.repeat(100) + '\\n' + 'y'.repeat(10)", () => ('x'.repeat(100) + '\n' + 'y'.repeat(10)), undefined, "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n' +\n  'yyyyyyyyyy'"],
  ["{ s: 'line one\\nline two\\nline three is long enough to wrap the output ok' }", () => ({ s: 'line one\nline two\nline three is long enough to wrap the output ok' }), undefined, "{\n  s: 'line one\\nline two\\nline three is long enough to wrap the output ok'\n}"],
  ["-0", () => (-0), undefined, "-0"],
  ["[0, -0, 1.5, NaN, Infinity, -Infinity]", () => ([0, -0, 1.5, NaN, Infinity, -Infinity]), undefined, "[ 0, -0, 1.5, NaN, Infinity, -Infinity ]"],
  ["1234567.891", () => (1234567.891), { numericSeparator: true }, "1_234_567.891"],
  ["-123456789n", () => (-123456789n), { numericSeparator: true }, "-123_456_789n"],
  ["123n", () => (123n), undefined, "123n"],
  ["[true, false, undefined, null]", () => ([true, false, undefined, null]), undefined, "[ true, false, undefined, null ]"],
  ["Symbol('sym')", () => (Symbol('sym')), undefined, "Symbol(sym)"],
  ["Symbol()", () => (Symbol()), undefined, "Symbol()"],
  ["{ [Symbol('k')]: 1, [Symbol.iterator]: 2, regular: 3 }", () => ({ [Symbol('k')]: 1, [Symbol.iterator]: 2, regular: 3 }), undefined, "{ regular: 3, Symbol(k): 1, Symbol(Symbol.iterator): 2 }"],
  ["[]", () => ([]), undefined, "[]"],
  ["{}", () => ({}), undefined, "{}"],
  ["[1, 2, 3]", () => ([1, 2, 3]), undefined, "[ 1, 2, 3 ]"],
  ["[1, , 3]", () => ([1, , 3]), undefined, "[ 1, <1 empty item>, 3 ]"],
  ["[, , ]", () => ([, , ]), undefined, "[ <2 empty items> ]"],
  ["[1, , , , 5, , ]", () => ([1, , , , 5, , ]), undefined, "[ 1, <3 empty items>, 5, <1 empty item> ]"],
  ["new Array(5)", () => (new Array(5)), undefined, "[ <5 empty items> ]"],
  ["(() => { const a = []; a[200] = 1; return a; })()", () => ((() => { const a = []; a[200] = 1; return a; })()), undefined, "[ <200 empty items>, 1 ]"],
  ["(() => { const a = [1, 2, 3]; a[10] = 4; return a; })()", () => ((() => { const a = [1, 2, 3]; a[10] = 4; return a; })()), { maxArrayLength: 3 }, "[ 1, 2, 3, ... 8 more items ]"],
  ["Array.from({ length: 120 }, (_, i) => i)", () => (Array.from({ length: 120 }, (_, i) => i)), undefined, "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 20 more items\n]"],
  ["Array.from({ length: 101 }, (_, i) => i)", () => (Array.from({ length: 101 }, (_, i) => i)), undefined, "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 1 more item\n]"],
  ["[1, 2, 3]", () => ([1, 2, 3]), { maxArrayLength: 0 }, "[ ... 3 more items ]"],
  ["(() => { const a = [1, 2]; a.extra = 'x'; a[Symbol('s')] = 3; return a; })()", () => ((() => { const a = [1, 2]; a.extra = 'x'; a[Symbol('s')] = 3; return a; })()), undefined, "[ 1, 2, extra: 'x', Symbol(s): 3 ]"],
  ["[1, 2]", () => ([1, 2]), { showHidden: true }, "[ 1, 2, [length]: 2 ]"],
  ["{ a: 1, 'b-c': 2, 'd e': 3, 1: 4, _ok: 5, $no: 6, ['__proto__']: 7 }", () => ({ a: 1, 'b-c': 2, 'd e': 3, 1: 4, _ok: 5, $no: 6, ['__proto__']: 7 }), undefined, "{\n  '1': 4,\n  a: 1,\n  'b-c': 2,\n  'd e': 3,\n  _ok: 5,\n  '$no': 6,\n  ['__proto__']: 7\n}"],
  ["{ a: { b: { c: { d: 1 } } } }", () => ({ a: { b: { c: { d: 1 } } } }), undefined, "{ a: { b: { c: [Object] } } }"],
  ["{ a: { b: { c: { d: 1 } } } }", () => ({ a: { b: { c: { d: 1 } } } }), { depth: 0 }, "{ a: [Object] }"],
  ["{ a: { b: { c: { d: 1 } } } }", () => ({ a: { b: { c: { d: 1 } } } }), { depth: null }, "{\n  a: { b: { c: { d: 1 } } }\n}"],
  ["[[[[1]]]]", () => ([[[[1]]]]), undefined, "[ [ [ [Array] ] ] ]"],
  ["{ a: [{ b: { c: {} } }] }", () => ({ a: [{ b: { c: {} } }] }), undefined, "{ a: [ { b: [Object] } ] }"],
  ["Object.create(null)", () => (Object.create(null)), undefined, "[Object: null prototype] {}"],
  ["Object.assign(Object.create(null), { x: 1 })", () => (Object.assign(Object.create(null), { x: 1 })), undefined, "[Object: null prototype] { x: 1 }"],
  ["new (class Foo {})()", () => (new (class Foo {})()), undefined, "Foo {}"],
  ["new (class Foo { constructor() { this.a = 1; } })()", () => (new (class Foo { constructor() { this.a = 1; } })()), undefined, "Foo { a: 1 }"],
  ["new (class extends Object {})()", () => (new (class extends Object {})()), undefined, "{}"],
  ["new (class Bar extends (class Foo {}) { constructor() { super(); this.z = [1]; } })()", () => (new (class Bar extends (class Foo {}) { constructor() { super(); this.z = [1]; } })()), undefined, "Bar { z: [ 1 ] }"],
  ["Object.create(Object.create(null))", () => (Object.create(Object.create(null))), undefined, "Object <[Object: null prototype] {}> {}"],
  ["{ [Symbol.toStringTag]: 'Tag', a: 1 }", () => ({ [Symbol.toStringTag]: 'Tag', a: 1 }), undefined, "{ a: 1, Symbol(Symbol.toStringTag): 'Tag' }"],
  ["new (class T { get [Symbol.toStringTag]() { return 'TT'; } })()", () => (new (class T { get [Symbol.toStringTag]() { return 'TT'; } })()), undefined, "T [TT] {}"],
  ["function named() {}", () => (function named() {}), undefined, "[Function: named]"],
  ["function () {}", () => (function () {}), undefined, "[Function (anonymous)]"],
  ["() => {}", () => (() => {}), undefined, "[Function (anonymous)]"],
  ["async function af() {}", () => (async function af() {}), undefined, "[AsyncFunction: af]"],
  ["function* gen() {}", () => (function* gen() {}), undefined, "[GeneratorFunction: gen]"],
  ["async function* agen() {}", () => (async function* agen() {}), undefined, "[AsyncGeneratorFunction: agen]"],
  ["class A {}", () => (class A {}), undefined, "[class A]"],
  ["class {}", () => (class {}), undefined, "[class (anonymous)]"],
  ["class B extends Map {}", () => (class B extends Map {}), undefined, "[class B extends Map]"],
  ["Object.assign(function withProps() {}, { x: 1, y: [2] })", () => (Object.assign(function withProps() {}, { x: 1, y: [2] })), undefined, "[Function: withProps] { x: 1, y: [ 2 ] }"],
  ["Object.setPrototypeOf(function np() {}, null)", () => (Object.setPrototypeOf(function np() {}, null)), undefined, "[Function (null prototype): np]"],
  ["Math.max", () => (Math.max), undefined, "[Function: max]"],
  ["{ fn() {}, arrow: () => 1, klass: class K {} }", () => ({ fn() {}, arrow: () => 1, klass: class K {} }), undefined, "{ fn: [Function: fn], arrow: [Function: arrow], klass: [class K] }"],
  ["{ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} }", () => ({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} }), undefined, "{ a: [Getter], b: [Setter], c: [Getter/Setter] }"],
  ["{ get a() { return 1; }, get o() { return { x: 1 }; }, get n() { return null; }, set s(v) {} }", () => ({ get a() { return 1; }, get o() { return { x: 1 }; }, get n() { return null; }, set s(v) {} }), { getters: true }, "{\n  a: [Getter: 1],\n  o: [Getter] { x: 1 },\n  n: [Getter: null],\n  s: [Setter]\n}"],
  ["{ get a() { return 1; }, get c() { return 2; }, set c(v) {} }", () => ({ get a() { return 1; }, get c() { return 2; }, set c(v) {} }), { getters: 'set' }, "{ a: [Getter], c: [Getter/Setter: 2] }"],
  ["{ get a() { return 1; }, get c() { return 2; }, set c(v) {} }", () => ({ get a() { return 1; }, get c() { return 2; }, set c(v) {} }), { getters: 'get' }, "{ a: [Getter: 1], c: [Getter/Setter] }"],
  ["(() => { const o = {}; Object.defineProperty(o, 'hidden', { value: 1 }); o.shown = 2; return o; })()", () => ((() => { const o = {}; Object.defineProperty(o, 'hidden', { value: 1 }); o.shown = 2; return o; })()), { showHidden: true }, "{ [hidden]: 1, shown: 2 }"],
  ["(() => { const o = {}; Object.defineProperty(o, 'hidden', { value: 1 }); o.shown = 2; return o; })()", () => ((() => { const o = {}; Object.defineProperty(o, 'hidden', { value: 1 }); o.shown = 2; return o; })()), undefined, "{ shown: 2 }"],
  ["(() => { const o = { a: 1 }; o.self = o; o.list = [o, { o }]; return o; })()", () => ((() => { const o = { a: 1 }; o.self = o; o.list = [o, { o }]; return o; })()), undefined, "<ref *1> {\n  a: 1,\n  self: [Circular *1],\n  list: [ [Circular *1], { o: [Circular *1] } ]\n}"],
  ["(() => { const a = {}; const b = { a }; a.b = b; a.me = a; return [a, b]; })()", () => ((() => { const a = {}; const b = { a }; a.b = b; a.me = a; return [a, b]; })()), undefined, "[\n  <ref *1> { b: { a: [Circular *1] }, me: [Circular *1] },\n  <ref *2> { a: <ref *1> { b: [Circular *2], me: [Circular *1] } }\n]"],
  ["(() => { const a = [1]; a.push(a); return a; })()", () => ((() => { const a = [1]; a.push(a); return a; })()), undefined, "<ref *1> [ 1, [Circular *1] ]"],
  ["(() => { const m = new Map(); m.set('me', m); return m; })()", () => ((() => { const m = new Map(); m.set('me', m); return m; })()), undefined, "<ref *1> Map(1) { 'me' => [Circular *1] }"],
  ["new Map([['a', 1], ['b', { c: [1, 2] }]])", () => (new Map([['a', 1], ['b', { c: [1, 2] }]])), undefined, "Map(2) { 'a' => 1, 'b' => { c: [ 1, 2 ] } }"],
  ["new Map()", () => (new Map()), undefined, "Map(0) {}"],
  ["new Set([1, 'two', [3]])", () => (new Set([1, 'two', [3]])), undefined, "Set(3) { 1, 'two', [ 3 ] }"],
  ["new Set()", () => (new Set()), undefined, "Set(0) {}"],
  ["new Map([[{ k: 1 }, new Set([1])]])", () => (new Map([[{ k: 1 }, new Set([1])]])), undefined, "Map(1) { { k: 1 } => Set(1) { 1 } }"],
  ["new Map([[1, 2], [3, 4], [5, 6]])", () => (new Map([[1, 2], [3, 4], [5, 6]])), { maxArrayLength: 1 }, "Map(3) { 1 => 2, ... 2 more items }"],
  ["new Set([3, 1, 2])", () => (new Set([3, 1, 2])), { sorted: true }, "Set(3) { 1, 2, 3 }"],
  ["{ c: 1, a: 2, b: 3 }", () => ({ c: 1, a: 2, b: 3 }), { sorted: true }, "{ a: 2, b: 3, c: 1 }"],
  ["new (class MyMap extends Map {})([[1, 2]])", () => (new (class MyMap extends Map {})([[1, 2]])), undefined, "MyMap(1) [Map] { 1 => 2 }"],
  ["new (class MySet extends Set {})()", () => (new (class MySet extends Set {})()), undefined, "MySet(0) [Set] {}"],
  ["Object.setPrototypeOf(new Map([[1, 2]]), null)", () => (Object.setPrototypeOf(new Map([[1, 2]]), null)), undefined, "[Map(1): null prototype] { 1 => 2 }"],
  ["new WeakMap()", () => (new WeakMap()), undefined, "WeakMap { <items unknown> }"],
  ["new WeakSet()", () => (new WeakSet()), undefined, "WeakSet { <items unknown> }"],
  ["new Date(0)", () => (new Date(0)), undefined, "1970-01-01T00:00:00.000Z"],
  ["new Date(NaN)", () => (new Date(NaN)), undefined, "Invalid Date"],
  ["Object.assign(new Date(86400000), { note: 'x' })", () => (Object.assign(new Date(86400000), { note: 'x' })), undefined, "1970-01-02T00:00:00.000Z { note: 'x' }"],
  ["/ab+c/gi", () => (/ab+c/gi), undefined, "/ab+c/gi"],
  ["Object.assign(/x/, { k: 1 })", () => (Object.assign(/x/, { k: 1 })), undefined, "/x/ { k: 1 }"],
  ["new Number(3)", () => (new Number(3)), undefined, "[Number: 3]"],
  ["new Number(-0)", () => (new Number(-0)), undefined, "[Number: -0]"],
  ["new String('str')", () => (new String('str')), undefined, "[String: 'str']"],
  ["new String('ab')", () => (new String('ab')), { showHidden: true }, "[String: 'ab'] { [length]: 2 }"],
  ["new Boolean(true)", () => (new Boolean(true)), undefined, "[Boolean: true]"],
  ["Object(Symbol('boxed'))", () => (Object(Symbol('boxed'))), undefined, "[Symbol: Symbol(boxed)]"],
  ["Object(10n)", () => (Object(10n)), undefined, "[BigInt: 10n]"],
  ["Object.assign(new Number(4), { extra: 1 })", () => (Object.assign(new Number(4), { extra: 1 })), undefined, "[Number: 4] { extra: 1 }"],
  ["new Uint8Array([1, 2, 3])", () => (new Uint8Array([1, 2, 3])), undefined, "Uint8Array(3) [ 1, 2, 3 ]"],
  ["new Float64Array([1.5, -0, NaN])", () => (new Float64Array([1.5, -0, NaN])), undefined, "Float64Array(3) [ 1.5, -0, NaN ]"],
  ["new BigInt64Array([1n, -2n])", () => (new BigInt64Array([1n, -2n])), undefined, "BigInt64Array(2) [ 1n, -2n ]"],
  ["new Uint8Array(0)", () => (new Uint8Array(0)), undefined, "Uint8Array(0) []"],
  ["new Uint8Array(2)", () => (new Uint8Array(2)), { showHidden: true }, "Uint8Array(2) [\n  0,\n  0,\n  [BYTES_PER_ELEMENT]: 1,\n  [length]: 2,\n  [byteLength]: 2,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { [byteLength]: 2 }\n]"],
  ["new Int32Array(200)", () => (new Int32Array(200)), undefined, "Int32Array(200) [\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0,\n  ... 100 more items\n]"],
  ["new Uint16Array([1, 20, 300, 4000, 50000, 6, 7])", () => (new Uint16Array([1, 20, 300, 4000, 50000, 6, 7])), undefined, "Uint16Array(7) [\n     1,    20, 300,\n  4000, 50000,   6,\n     7\n]"],
  ["new ArrayBuffer(3)", () => (new ArrayBuffer(3)), undefined, "ArrayBuffer { [Uint8Contents]: <00 00 00>, [byteLength]: 3 }"],
  ["new Uint8Array([1, 2, 255]).buffer", () => (new Uint8Array([1, 2, 255]).buffer), undefined, "ArrayBuffer { [Uint8Contents]: <01 02 ff>, [byteLength]: 3 }"],
  ["new ArrayBuffer(120)", () => (new ArrayBuffer(120)), undefined, "ArrayBuffer {\n  [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 20 more bytes>,\n  [byteLength]: 120\n}"],
  ["new DataView(new ArrayBuffer(2))", () => (new DataView(new ArrayBuffer(2))), undefined, "DataView {\n  [byteLength]: 2,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { [Uint8Contents]: <00 00>, [byteLength]: 2 }\n}"],
  ["new SharedArrayBuffer(2)", () => (new SharedArrayBuffer(2)), undefined, "SharedArrayBuffer { [Uint8Contents]: <00 00>, [byteLength]: 2 }"],
  ["(function () { return arguments; })(1, 'a')", () => ((function () { return arguments; })(1, 'a')), undefined, "[Arguments] { '0': 1, '1': 'a' }"],
  ["(function () { return arguments; })()", () => ((function () { return arguments; })()), undefined, "[Arguments] {}"],
  ["Object.freeze({ frozen: true })", () => (Object.freeze({ frozen: true })), undefined, "{ frozen: true }"],
  ["Array.from({ length: 30 }, (_, i) => i)", () => (Array.from({ length: 30 }, (_, i) => i)), undefined, "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16, 17,\n  18, 19, 20, 21, 22, 23, 24, 25, 26,\n  27, 28, 29\n]"],
  ["Array.from({ length: 26 }, (_, i) => i * 1000)", () => (Array.from({ length: 26 }, (_, i) => i * 1000)), undefined, "[\n      0,  1000,  2000,  3000,\n   4000,  5000,  6000,  7000,\n   8000,  9000, 10000, 11000,\n  12000, 13000, 14000, 15000,\n  16000, 17000, 18000, 19000,\n  20000, 21000, 22000, 23000,\n  24000, 25000\n]"],
  ["Array.from({ length: 30 }, (_, i) => 'item' + i)", () => (Array.from({ length: 30 }, (_, i) => 'item' + i)), undefined, "[\n  'item0',  'item1',  'item2',\n  'item3',  'item4',  'item5',\n  'item6',  'item7',  'item8',\n  'item9',  'item10', 'item11',\n  'item12', 'item13', 'item14',\n  'item15', 'item16', 'item17',\n  'item18', 'item19', 'item20',\n  'item21', 'item22', 'item23',\n  'item24', 'item25', 'item26',\n  'item27', 'item28', 'item29'\n]"],
  ["Array.from({ length: 7 }, (_, i) => i)", () => (Array.from({ length: 7 }, (_, i) => i)), undefined, "[\n  0, 1, 2, 3,\n  4, 5, 6\n]"],
  ["Array.from({ length: 6 }, (_, i) => i)", () => (Array.from({ length: 6 }, (_, i) => i)), undefined, "[ 0, 1, 2, 3, 4, 5 ]"],
  ["Array.from({ length: 40 }, (_, i) => (i % 3 ? i : 'x' + i))", () => (Array.from({ length: 40 }, (_, i) => (i % 3 ? i : 'x' + i))), undefined, "[\n  'x0',  1,  2,  'x3',  4,  5,\n  'x6',  7,  8,  'x9',  10, 11,\n  'x12', 13, 14, 'x15', 16, 17,\n  'x18', 19, 20, 'x21', 22, 23,\n  'x24', 25, 26, 'x27', 28, 29,\n  'x30', 31, 32, 'x33', 34, 35,\n  'x36', 37, 38, 'x39'\n]"],
  ["Array.from({ length: 20 }, (_, i) => BigInt(i) ** 5n)", () => (Array.from({ length: 20 }, (_, i) => BigInt(i) ** 5n)), undefined, "[\n        0n,       1n,      32n,\n      243n,    1024n,    3125n,\n     7776n,   16807n,   32768n,\n    59049n,  100000n,  161051n,\n   248832n,  371293n,  537824n,\n   759375n, 1048576n, 1419857n,\n  1889568n, 2476099n\n]"],
  ["Array.from({ length: 12 }, (_, i) => ({ id: i }))", () => (Array.from({ length: 12 }, (_, i) => ({ id: i }))), undefined, "[\n  { id: 0 },  { id: 1 },\n  { id: 2 },  { id: 3 },\n  { id: 4 },  { id: 5 },\n  { id: 6 },  { id: 7 },\n  { id: 8 },  { id: 9 },\n  { id: 10 }, { id: 11 }\n]"],
  ["Array.from({ length: 8 }, (_, i) => [i, i * i])", () => (Array.from({ length: 8 }, (_, i) => [i, i * i])), undefined, "[\n  [ 0, 0 ],  [ 1, 1 ],\n  [ 2, 4 ],  [ 3, 9 ],\n  [ 4, 16 ], [ 5, 25 ],\n  [ 6, 36 ], [ 7, 49 ]\n]"],
  ["{ arr: Array.from({ length: 30 }, (_, i) => i), nested: { deep: Array.from({ length: 20 }, (_, i) => -i) } }", () => ({ arr: Array.from({ length: 30 }, (_, i) => i), nested: { deep: Array.from({ length: 20 }, (_, i) => -i) } }), undefined, "{\n  arr: [\n     0,  1,  2,  3,  4,  5,  6,  7,  8,\n     9, 10, 11, 12, 13, 14, 15, 16, 17,\n    18, 19, 20, 21, 22, 23, 24, 25, 26,\n    27, 28, 29\n  ],\n  nested: {\n    deep: [\n       -0,  -1,  -2,  -3,  -4,  -5,\n       -6,  -7,  -8,  -9, -10, -11,\n      -12, -13, -14, -15, -16, -17,\n      -18, -19\n    ]\n  }\n}"],
  ["Array.from({ length: 30 }, (_, i) => i)", () => (Array.from({ length: 30 }, (_, i) => i)), { compact: 1 }, "[\n   0,  1,  2,  3,\n   4,  5,  6,  7,\n   8,  9, 10, 11,\n  12, 13, 14, 15,\n  16, 17, 18, 19,\n  20, 21, 22, 23,\n  24, 25, 26, 27,\n  28, 29\n]"],
  ["Array.from({ length: 30 }, (_, i) => i)", () => (Array.from({ length: 30 }, (_, i) => i)), { breakLength: 40 }, "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16, 17,\n  18, 19, 20, 21, 22, 23, 24, 25, 26,\n  27, 28, 29\n]"],
  ["Array.from({ length: 10 }, (_, i) => i)", () => (Array.from({ length: 10 }, (_, i) => i)), { compact: true }, "[ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 ]"],
  ["{ a: 1, b: { c: [1, 2] } }", () => ({ a: 1, b: { c: [1, 2] } }), { compact: false }, "{\n  a: 1,\n  b: {\n    c: [\n      1,\n      2\n    ]\n  }\n}"],
  ["{ a: 1, b: { c: [1, 2] } }", () => ({ a: 1, b: { c: [1, 2] } }), { compact: true }, "{ a: 1, b: { c: [ 1, 2 ] } }"],
  ["{ a: 'x'.repeat(70), b: { c: 1 } }", () => ({ a: 'x'.repeat(70), b: { c: 1 } }), { compact: true }, "{ a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  b: { c: 1 } }"],
  ["{ a: { b: { c: { d: 1 } } } }", () => ({ a: { b: { c: { d: 1 } } } }), { compact: 1 }, "{\n  a: {\n    b: { c: [Object] }\n  }\n}"],
  ["{ a: 'x'.repeat(40), b: 'y'.repeat(40) }", () => ({ a: 'x'.repeat(40), b: 'y'.repeat(40) }), undefined, "{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  b: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\n}"],
  ["{ a: 'x'.repeat(20), b: 'y'.repeat(20), c: 'z'.repeat(20) }", () => ({ a: 'x'.repeat(20), b: 'y'.repeat(20), c: 'z'.repeat(20) }), undefined, "{\n  a: 'xxxxxxxxxxxxxxxxxxxx',\n  b: 'yyyyyyyyyyyyyyyyyyyy',\n  c: 'zzzzzzzzzzzzzzzzzzzz'\n}"],
  ["{ longName1: 'value one', longName2: 'value two', longName3: 'value three', n: 4 }", () => ({ longName1: 'value one', longName2: 'value two', longName3: 'value three', n: 4 }), undefined, "{\n  longName1: 'value one',\n  longName2: 'value two',\n  longName3: 'value three',\n  n: 4\n}"],
  ["[{ a: 1, b: 2 }, { a: 3, b: 4 }]", () => ([{ a: 1, b: 2 }, { a: 3, b: 4 }]), undefined, "[ { a: 1, b: 2 }, { a: 3, b: 4 } ]"],
  ["'abcdefghij'", () => ('abcdefghij'), { maxStringLength: 4 }, "'abcd'... 6 more characters"],
  ["['abcdefghij', 'ab']", () => (['abcdefghij', 'ab']), { maxStringLength: 2 }, "[ 'ab'... 8 more characters, 'ab' ]"],
  ["{ [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }", () => ({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }), undefined, "CUSTOM"],
  ["{ inner: { [Symbol.for('nodejs.util.inspect.custom')]() { return { swapped: [1, 2] }; } } }", () => ({ inner: { [Symbol.for('nodejs.util.inspect.custom')]() { return { swapped: [1, 2] }; } } }), undefined, "{ inner: { swapped: [ 1, 2 ] } }"],
  ["{ inner: { [Symbol.for('nodejs.util.inspect.custom')](depth, opts) { return `depth=${depth} colors=${opts.colors}`; } } }", () => ({ inner: { [Symbol.for('nodejs.util.inspect.custom')](depth, opts) { return `depth=${depth} colors=${opts.colors}`; } } }), undefined, "{ inner: depth=1 colors=false }"],
  ["{ inner: { [Symbol.for('nodejs.util.inspect.custom')](d, o, insp) { return insp({ n: 1 }, o) + '\\nsecond'; } } }", () => ({ inner: { [Symbol.for('nodejs.util.inspect.custom')](d, o, insp) { return insp({ n: 1 }, o) + '\nsecond'; } } }), undefined, "{\n  inner: { n: 1 }\n  second\n}"],
  ["{ inner: { [Symbol.for('nodejs.util.inspect.custom')]() { return 'X'; } } }", () => ({ inner: { [Symbol.for('nodejs.util.inspect.custom')]() { return 'X'; } } }), { customInspect: false }, "{\n  inner: {\n    Symbol(nodejs.util.inspect.custom): [Function: [nodejs.util.inspect.custom]]\n  }\n}"],
  ["[1, 'a', null, undefined, true, 2n, Symbol('s'), new Date(0), /r/, () => {}]", () => ([1, 'a', null, undefined, true, 2n, Symbol('s'), new Date(0), /r/, () => {}]), { colors: true }, "[\n  \u001b[33m1\u001b[39m,\n  \u001b[32m'a'\u001b[39m,\n  \u001b[1mnull\u001b[22m,\n  \u001b[90mundefined\u001b[39m,\n  \u001b[33mtrue\u001b[39m,\n  \u001b[33m2n\u001b[39m,\n  \u001b[32mSymbol(s)\u001b[39m,\n  \u001b[35m1970-01-01T00:00:00.000Z\u001b[39m,\n  \u001b[31m/r/\u001b[39m,\n  \u001b[36m[Function (anonymous)]\u001b[39m\n]"],
  ["{ a: [1, 2], m: new Map([[1, { x: 'y' }]]) }", () => ({ a: [1, 2], m: new Map([[1, { x: 'y' }]]) }), { colors: true }, "{ a: [ \u001b[33m1\u001b[39m, \u001b[33m2\u001b[39m ], m: Map(1) { \u001b[33m1\u001b[39m => { x: \u001b[32m'y'\u001b[39m } } }"],
  ["Array.from({ length: 12 }, (_, i) => i)", () => (Array.from({ length: 12 }, (_, i) => i)), { colors: true }, "[\n   \u001b[33m0\u001b[39m,  \u001b[33m1\u001b[39m, \u001b[33m2\u001b[39m, \u001b[33m3\u001b[39m, \u001b[33m4\u001b[39m,\n   \u001b[33m5\u001b[39m,  \u001b[33m6\u001b[39m, \u001b[33m7\u001b[39m, \u001b[33m8\u001b[39m, \u001b[33m9\u001b[39m,\n  \u001b[33m10\u001b[39m, \u001b[33m11\u001b[39m\n]"],
  ["(() => { const e = new Error('msg'); e.stack = 'Error: msg'; return e; })()", () => ((() => { const e = new Error('msg'); e.stack = 'Error: msg'; return e; })()), undefined, "[Error: msg]"],
  ["(() => { const e = new Error('msg'); e.stack = 'Error: msg'; e.code = 'E_X'; return e; })()", () => ((() => { const e = new Error('msg'); e.stack = 'Error: msg'; e.code = 'E_X'; return e; })()), undefined, "[Error: msg] { code: 'E_X' }"],
  ["(() => { const e = new TypeError('bad'); e.stack = 'TypeError: bad\\n    at foo (file.js:1:2)'; return { e }; })()", () => ((() => { const e = new TypeError('bad'); e.stack = 'TypeError: bad\n    at foo (file.js:1:2)'; return { e }; })()), undefined, "{\n  e: TypeError: bad\n      at foo (file.js:1:2)\n}"],
  ["(() => { const e = new TypeError('bad'); e.stack = 'TypeError: bad\\n    at foo (file.js:1:2)'; return [e]; })()", () => ((() => { const e = new TypeError('bad'); e.stack = 'TypeError: bad\n    at foo (file.js:1:2)'; return [e]; })()), undefined, "[\n  TypeError: bad\n      at foo (file.js:1:2)\n]"],
  ["(() => { const e = new Error('x', { cause: 'why' }); e.stack = 'Error: x\\n    at a (b.js:1:1)'; return e; })()", () => ((() => { const e = new Error('x', { cause: 'why' }); e.stack = 'Error: x\n    at a (b.js:1:1)'; return e; })()), undefined, "Error: x\n    at a (b.js:1:1) {\n  [cause]: 'why'\n}"],
  ["(() => { const c = new Error('inner'); c.stack = 'Error: inner\\n    at i (c.js:1:1)'; const e = new Error('outer', { cause: c }); e.stack = 'Error: outer\\n    at o (d.js:2:2)'; return e; })()", () => ((() => { const c = new Error('inner'); c.stack = 'Error: inner\n    at i (c.js:1:1)'; const e = new Error('outer', { cause: c }); e.stack = 'Error: outer\n    at o (d.js:2:2)'; return e; })()), undefined, "Error: outer\n    at o (d.js:2:2) {\n  [cause]: Error: inner\n      at i (c.js:1:1)\n}"],
  ["(() => { const e = new AggregateError([new Error('a'), 2], 'agg'); e.stack = 'AggregateError: agg\\n    at a (b.js:1:1)'; e.errors[0].stack = 'Error: a'; return e; })()", () => ((() => { const e = new AggregateError([new Error('a'), 2], 'agg'); e.stack = 'AggregateError: agg\n    at a (b.js:1:1)'; e.errors[0].stack = 'Error: a'; return e; })()), undefined, "AggregateError: agg\n    at a (b.js:1:1) {\n  [errors]: [ [Error: a], 2 ]\n}"],
  ["(() => { class MyErr extends Error {} const e = new MyErr('q'); e.stack = 'Error: q\\n    at a (b.js:1:1)'; return e; })()", () => ((() => { class MyErr extends Error {} const e = new MyErr('q'); e.stack = 'Error: q\n    at a (b.js:1:1)'; return e; })()), undefined, "MyErr [Error]: q\n    at a (b.js:1:1)"],
  ["(() => { class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } } const e = new MyErr('q'); e.stack = 'MyErr: q\\n    at a (b.js:1:1)'; return e; })()", () => ((() => { class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } } const e = new MyErr('q'); e.stack = 'MyErr: q\n    at a (b.js:1:1)'; return e; })()), undefined, "MyErr: q\n    at a (b.js:1:1)"],
  ["(() => { const e = new Error('q'); e.name = 'Custom'; e.stack = 'Error: q\\n    at a (b.js:1:1)'; return e; })()", () => ((() => { const e = new Error('q'); e.name = 'Custom'; e.stack = 'Error: q\n    at a (b.js:1:1)'; return e; })()), undefined, "Error: q\n    at a (b.js:1:1) {\n  name: 'Custom'\n}"],
  ["(() => { const e = new Error('q'); e.stack = undefined; return e; })()", () => ((() => { const e = new Error('q'); e.stack = undefined; return e; })()), undefined, "[Error: q]"],
  ["(() => { const e = new RangeError('r'); e.stack = 'RangeError: r\\n    at x (y.js:1:1)'; e.info = { deep: [1] }; return e; })()", () => ((() => { const e = new RangeError('r'); e.stack = 'RangeError: r\n    at x (y.js:1:1)'; e.info = { deep: [1] }; return e; })()), undefined, "RangeError: r\n    at x (y.js:1:1) {\n  info: { deep: [ 1 ] }\n}"],
  ["(() => { const e = Object.setPrototypeOf(new Error('np'), null); e.stack = 'Error: np\\n    at x (y.js:1:1)'; return e; })()", () => ((() => { const e = Object.setPrototypeOf(new Error('np'), null); e.stack = 'Error: np\n    at x (y.js:1:1)'; return e; })()), undefined, "[Error: null prototype]: np\n    at x (y.js:1:1)"],
  ["{ nested: { deeper: (() => { const e = new Error('m'); e.stack = 'Error: m\\n    at f (g.js:1:1)'; return e; })() } }", () => ({ nested: { deeper: (() => { const e = new Error('m'); e.stack = 'Error: m\n    at f (g.js:1:1)'; return e; })() } }), undefined, "{\n  nested: {\n    deeper: Error: m\n        at f (g.js:1:1)\n  }\n}"],
  ["Object.setPrototypeOf([1, 2], null)", () => (Object.setPrototypeOf([1, 2], null)), undefined, "[Array(2): null prototype] [ 1, 2 ]"],
  ["Object.setPrototypeOf(new Uint8Array(1), null)", () => (Object.setPrototypeOf(new Uint8Array(1), null)), undefined, "[Uint8Array(1): null prototype] [ 0 ]"],
  ["new (class MyArr extends Array {})(3).fill(0)", () => (new (class MyArr extends Array {})(3).fill(0)), undefined, "MyArr(3) [ 0, 0, 0 ]"],
  ["new (class MyU8 extends Uint8Array {})(2)", () => (new (class MyU8 extends Uint8Array {})(2)), undefined, "MyU8(2) [Uint8Array] [ 0, 0 ]"],
  ["globalThis.Symbol", () => (globalThis.Symbol), undefined, "[Function: Symbol]"],
  ["{ 'key\\nwith newline': 1, 'quote\\'s': 2 }", () => ({ 'key\nwith newline': 1, 'quote\'s': 2 }), undefined, "{ 'key\\nwith newline': 1, \"quote's\": 2 }"],
  ["{ [Symbol('sym\\nnl')]: 1 }", () => ({ [Symbol('sym\nnl')]: 1 }), undefined, "{ Symbol(sym\\nnl): 1 }"],
  ["new ArrayBuffer(2)", () => (new ArrayBuffer(2)), { colors: true }, "ArrayBuffer { \u001b[36m[Uint8Contents]\u001b[39m: <00 00>, \u001b[32m[byteLength]\u001b[39m: \u001b[33m2\u001b[39m }"],
  ["new Uint8Array(2)", () => (new Uint8Array(2)), { colors: true, showHidden: true }, "Uint8Array(2) [\n  \u001b[33m0\u001b[39m,\n  \u001b[33m0\u001b[39m,\n  \u001b[32m[BYTES_PER_ELEMENT]\u001b[39m: \u001b[33m1\u001b[39m,\n  \u001b[32m[length]\u001b[39m: \u001b[33m2\u001b[39m,\n  \u001b[32m[byteLength]\u001b[39m: \u001b[33m2\u001b[39m,\n  \u001b[32m[byteOffset]\u001b[39m: \u001b[33m0\u001b[39m,\n  \u001b[32m[buffer]\u001b[39m: ArrayBuffer { [byteLength]: \u001b[33m2\u001b[39m }\n]"],
  ["(() => { const e = new Error('c'); e.stack = 'Error: c\\n    at fn (/app/node_modules/pkg/index.js:1:1)\\n    at Module._compile (node:internal/modules/cjs/loader:1:1)\\n    at y (/a/node_modules/@s/p/i.js:2:2)'; return { e }; })()", () => ((() => { const e = new Error('c'); e.stack = 'Error: c\n    at fn (/app/node_modules/pkg/index.js:1:1)\n    at Module._compile (node:internal/modules/cjs/loader:1:1)\n    at y (/a/node_modules/@s/p/i.js:2:2)'; return { e }; })()), { colors: true }, "{\n  e: Error: c\n      at fn (/app/node_modules/\u001b[4mpkg\u001b[24m/index.js:1:1)\n  \u001b[90m    at Module._compile (node:internal/modules/cjs/loader:1:1)\u001b[39m\n      at y (/a/node_modules/\u001b[4m@s/p\u001b[24m/i.js:2:2)\n}"],
  ["{ get g() { return 1; }, set s(v) {} }", () => ({ get g() { return 1; }, set s(v) {} }), { colors: true }, "{ g: \u001b[36m[Getter]\u001b[39m, s: \u001b[36m[Setter]\u001b[39m }"],
  ["{ depth: { a: { b: { m: new Map([[1, 2]]), s: new Set([1]), n: Object.create(null), c: new (class K {})() } } } }", () => ({ depth: { a: { b: { m: new Map([[1, 2]]), s: new Set([1]), n: Object.create(null), c: new (class K {})() } } } }), undefined, "{ depth: { a: { b: [Object] } } }"],
  ["Array.from({ length: 100 }, (_, i) => i * 1.1)", () => (Array.from({ length: 100 }, (_, i) => i * 1.1)), undefined, "[\n                   0,                1.1,                2.2, 3.3000000000000003,\n                 4.4,                5.5, 6.6000000000000005,  7.700000000000001,\n                 8.8,                9.9,                 11, 12.100000000000001,\n  13.200000000000001,               14.3, 15.400000000000002,               16.5,\n                17.6, 18.700000000000003,               19.8, 20.900000000000002,\n                  22,               23.1, 24.200000000000003,               25.3,\n  26.400000000000002, 27.500000000000004,               28.6, 29.700000000000003,\n  30.800000000000004, 31.900000000000002,                 33,               34.1,\n                35.2, 36.300000000000004, 37.400000000000006,               38.5,\n                39.6,               40.7, 41.800000000000004, 42.900000000000006,\n                  44,               45.1,               46.2, 47.300000000000004,\n  48.400000000000006,  49.50000000000001,               50.6,               51.7,\n  52.800000000000004, 53.900000000000006,  55.00000000000001,               56.1,\n                57.2, 58.300000000000004, 59.400000000000006,  60.50000000000001,\n   61.60000000000001,               62.7, 63.800000000000004,               64.9,\n                  66,  67.10000000000001,               68.2,  69.30000000000001,\n                70.4,               71.5,  72.60000000000001,               73.7,\n   74.80000000000001,               75.9,                 77,  78.10000000000001,\n                79.2,  80.30000000000001,               81.4,               82.5,\n   83.60000000000001,               84.7,  85.80000000000001,               86.9,\n                  88,  89.10000000000001,               90.2,  91.30000000000001,\n                92.4,  93.50000000000001,  94.60000000000001,               95.7,\n   96.80000000000001,               97.9,  99.00000000000001, 100.10000000000001,\n               101.2, 102.30000000000001,              103.4, 104.50000000000001,\n  105.60000000000001,              106.7, 107.80000000000001,              108.9\n]"],
  ["Array.from({ length: 7 }, (_, i) => (i === 3 ? 'x'.repeat(60) : 'x'))", () => (Array.from({ length: 7 }, (_, i) => (i === 3 ? 'x'.repeat(60) : 'x'))), undefined, "[\n  'x',\n  'x',\n  'x',\n  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  'x',\n  'x',\n  'x'\n]"],
];

test('inspect matches Node 24 output', () => {
  for (const [source, make, options, expected] of cases) {
    const actual = options === undefined ? inspect(make()) : inspect(make(), options);
    assert.strictEqual(actual, expected, `inspect(${source}${options ? ', ' + JSON.stringify(options) : ''})`);
  }
});

test('inspect.custom is the shared registry symbol', () => {
  assert.strictEqual(inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
  const obj = { [inspect.custom](depth, options, insp) {
    assert.strictEqual(insp, inspect);
    assert.strictEqual(typeof options.stylize, 'function');
    return `d${depth}`;
  } };
  assert.strictEqual(inspect(obj), 'd2');
  assert.strictEqual(inspect({ a: obj }), '{ a: d1 }');
  assert.strictEqual(inspect(obj, { depth: null }), 'dnull');
});

test('user options reach custom inspect functions', () => {
  let seen;
  inspect({ [inspect.custom](d, o) { seen = o; return ''; } }, { myOption: 42, depth: 5 });
  assert.strictEqual(seen.myOption, 42);
  assert.strictEqual(seen.depth, 5);
});

test('legacy (value, showHidden, depth, colors) signature', () => {
  assert.strictEqual(inspect({ a: { b: { c: 1 } } }, false, 0), '{ a: [Object] }');
  assert.strictEqual(inspect([1], true), '[ 1, [length]: 1 ]');
  assert.strictEqual(inspect(1, false, 0, true), '\u001b[33m1\u001b[39m');
});

test('defaultOptions', () => {
  assert.deepStrictEqual({ ...inspect.defaultOptions }, {
    showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
    maxArrayLength: 100, maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false,
    getters: false, numericSeparator: false,
  });
  const saved = inspect.defaultOptions.depth;
  try {
    inspect.defaultOptions = { depth: 0 };
    assert.strictEqual(inspect({ a: { b: 1 } }), '{ a: [Object] }');
  } finally {
    inspect.defaultOptions = { depth: saved };
  }
  assert.strictEqual(inspect({ a: { b: 1 } }), '{ a: { b: 1 } }');
  assert.throws(() => { inspect.defaultOptions = null; }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
});

test('colors and styles tables', () => {
  assert.deepStrictEqual(inspect.colors.red, [31, 39]);
  assert.deepStrictEqual(inspect.colors.grey, [90, 39]);
  assert.deepStrictEqual(inspect.colors.bgWhiteBright, [107, 49]);
  assert.strictEqual(Object.keys(inspect.colors).includes('grey'), false);
  assert.strictEqual(inspect.styles.number, 'yellow');
  assert.strictEqual(inspect.styles.undefined, 'grey');
  assert.strictEqual(inspect(null, { colors: true }), '\u001b[1mnull\u001b[22m');
  assert.strictEqual(inspect('s', { colors: true }), "\u001b[32m's'\u001b[39m");
  const saved = inspect.styles.number;
  try {
    inspect.styles.number = 'red';
    assert.strictEqual(inspect(5, { colors: true }), '\u001b[31m5\u001b[39m');
  } finally {
    inspect.styles.number = saved;
  }
});

test('custom stylize option', () => {
  const st = (s, t) => `<${t}:${s}>`;
  assert.strictEqual(inspect({ n: 1 }, { stylize: st }), '{ <name:n>: <number:1> }');
  assert.strictEqual(inspect([1, , 2], { stylize: st }), '[ <number:1>, <undefined:<1 empty item>>, <number:2> ]');
  const hidden = Object.defineProperties({}, { 'a-b': { value: 1 }, [Symbol('q')]: { value: 2 }, h: { value: 3 } });
  assert.strictEqual(inspect(hidden, { stylize: st, showHidden: true }),
                     "{\n  [<string:'a-b'>]: <number:1>,\n  [<name:h>]: <number:3>,\n  [<symbol:Symbol(q)>]: <number:2>\n}");
});

test('stripVTControlCharacters', () => {
  assert.strictEqual(stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
  assert.strictEqual(stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007'), 'link');
  assert.strictEqual(stripVTControlCharacters('plain'), 'plain');
  assert.throws(() => stripVTControlCharacters(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "str" argument must be of type string. Received type number (1)',
  });
});

test('getter that throws', () => {
  const obj = { get boom() { const e = new Error('nope'); e.stack = 'Error: nope'; throw e; } };
  assert.strictEqual(inspect(obj, { getters: true }), '{ boom: [Getter: <Inspection threw ([Error: nope])>] }');
  const e = new Error('nope');
  e.stack = 'Error: nope\n    at x (y:1:1)';
  const obj2 = { get boom() { throw e; }, after: { long: 'x'.repeat(70), more: ['y'.repeat(30)] } };
  assert.strictEqual(inspect(obj2, { getters: true }),
                     "{\n  boom: [Getter: <Inspection threw (Error: nope\n      at x (y:1:1))>],\n  after: {\n" +
                     `    long: '${'x'.repeat(70)}',\n    more: [ '${'y'.repeat(30)}' ]\n  }\n}`);
  assert.strictEqual(inspect({ get boom() { throw 5; } }, { getters: true }), '{ boom: [Getter: <Inspection threw (5)>] }');
});

test('Proxy handling', { skip: underShim && 'shim cannot see proxy targets' }, () => {
  const target = { a: 1 };
  const p = new Proxy(target, {});
  assert.strictEqual(inspect(p), '{ a: 1 }');
  assert.strictEqual(inspect(p, { showProxy: true }), 'Proxy [ { a: 1 }, {} ]');
  assert.strictEqual(inspect(new Proxy([1, 2], {}), { showProxy: true }), 'Proxy [ [ 1, 2 ], {} ]');
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  assert.strictEqual(inspect(proxy), '<Revoked Proxy>');
});

// node --test turns on async hooks, which tag promises with symbol properties; drop them.
function plain(p) {
  for (const s of Object.getOwnPropertySymbols(p)) delete p[s];
  return p;
}

test('Promise states', { skip: underShim && 'shim cannot read promise results synchronously' }, () => {
  assert.strictEqual(inspect(plain(Promise.resolve(1))), 'Promise { 1 }');
  assert.strictEqual(inspect(plain(new Promise(() => {}))), 'Promise { <pending> }');
  const rejected = Promise.reject(3);
  rejected.catch(() => {});
  assert.strictEqual(inspect(plain(rejected)), 'Promise { <rejected> 3 }');
  assert.strictEqual(inspect({ p: plain(Promise.resolve({ a: [1] })) }), '{ p: Promise { { a: [Array] } } }');
});

test('Map and Set iterators', { skip: underShim && 'shim cannot preview iterator entries' }, () => {
  const m = new Map([['a', 1], ['b', 2]]);
  assert.strictEqual(inspect(m.entries()), "[Map Entries] { [ 'a', 1 ], [ 'b', 2 ] }");
  assert.strictEqual(inspect(m.keys()), "[Map Iterator] { 'a', 'b' }");
  assert.strictEqual(inspect(m.values()), '[Map Iterator] { 1, 2 }');
  assert.strictEqual(inspect(new Set([1, 2]).values()), '[Set Iterator] { 1, 2 }');
  assert.strictEqual(inspect(new Set([1]).entries()), '[Set Entries] { [ 1, 1 ] }');
  const it = m.keys();
  it.next();
  assert.strictEqual(inspect(it), "[Map Iterator] { 'b' }");
});

test('WeakMap / WeakSet with showHidden', { skip: underShim && 'shim cannot preview weak entries' }, () => {
  const k = { k: 1 };
  const wm = new WeakMap([[k, 'v']]);
  assert.strictEqual(inspect(wm, { showHidden: true }), "WeakMap { { k: 1 } => 'v' }");
  assert.strictEqual(inspect(wm), 'WeakMap { <items unknown> }');
  const ws = new WeakSet([k]);
  assert.strictEqual(inspect(ws, { showHidden: true }), 'WeakSet { { k: 1 } }');
});

test('module namespace object', { skip: underShim && 'no ESM namespace under the shim' }, async () => {
  const ns = await import('data:text/javascript,export const a = 1; export function f() {}');
  assert.strictEqual(inspect(ns), '[Module: null prototype] { a: 1, f: [Function: f] }');
});

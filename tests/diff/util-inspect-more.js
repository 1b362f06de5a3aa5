'use strict';
// Differential: util.inspect of what real programs print — class instances, accessors,
// circular structures, collections, binary data, functions, errors, options (compared with Node 24).
const util = require('util');
const show = (v, o) => console.log(o === undefined ? util.inspect(v) : util.inspect(v, o));
// Error stacks differ between engines below the first line: keep only the lines we set.
const err = (e, stack) => { e.stack = stack === undefined ? `${e.name}: ${e.message}` : stack; return e; };

// ---- class instances
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3 extends Point { constructor(x, y, z) { super(x, y); this.z = z; } }
class Empty {}
class WithStatic { static s = 1; field = 'f'; #priv = 2; }
class Accessors {
  constructor() { this._v = 1; }
  get v() { return this._v; }
  set v(x) { this._v = x; }
}
show(new Point(1, 2));
show(new Point3(1, 2, 3));
show([new Point(1, 2), new Point(3, 4)]);
show({ p: new Point({ a: 1 }, [1, 2]) });
show(new Empty());
show(new WithStatic());
show(WithStatic);
show(new Accessors());
show(new Accessors(), { showHidden: true });
show(new Accessors(), { getters: true });
show(Object.create(Point.prototype));
show(Object.create(new Point(1, 2)));
show(Object.setPrototypeOf({ a: 1 }, Point.prototype));
show(Object.setPrototypeOf({ a: 1 }, Object.create(null)));
show(Object.setPrototypeOf({ a: 1 }, Object.setPrototypeOf({ b: 2 }, null)));
{
  function OldStyle(n) { this.n = n; }
  OldStyle.prototype.method = function () {};
  show(new OldStyle(5));
  const anon = new (function () { this.q = 1; })();
  show(anon);
  const C = class {};
  show(new C());
  show(new (class {})());
  const o = new Point(1, 2);
  Object.defineProperty(o, 'constructor', { value: 'nope', enumerable: false });
  show(o);
}

// ---- getters and setters
const acc = {
  get plain() { return 42; },
  get obj() { return { nested: [1, 2] }; },
  get str() { return 'text'; },
  get nul() { return null; },
  get und() { return undefined; },
  get throws() { throw err(new TypeError('boom')); },
  set onlySet(v) {},
  get both() { return 'b'; },
  set both(v) {},
};
for (const getters of [false, true, 'get', 'set']) show(acc, { getters });
show({ get deep() { return { a: { b: { c: { d: 1 } } } }; } }, { getters: true });
show({ get arr() { return Array.from({ length: 30 }, (_, i) => i); } }, { getters: true });

// ---- circular references
{
  const a = { name: 'a' };
  const b = { name: 'b', a };
  a.b = b;
  a.self = a;
  show(a);
  show([a, b]);
  const arr = [1, 2];
  arr.push(arr, { arr });
  show(arr);
  const m = new Map();
  const s = new Set();
  m.set('set', s);
  s.add(m);
  s.add(s);
  show(m);
  show(s);
  const x = {};
  const y = { x };
  const z = { y };
  x.z = z;
  x.y = y;
  show(x);
  show({ root: x });
  const two = { first: {}, second: {} };
  two.first.back = two.first;
  two.second.back = two.second;
  two.second.other = two.first;
  show(two);
  const proto = new Point(1, 2);
  proto.me = proto;
  show(proto);
  const fn = function f() {};
  fn.self = fn;
  show(fn);
  const e = err(new Error('circ'));
  e.self = e;
  show(e);
  show(a, { compact: true });
  show(a, { depth: 0 });
}

// ---- symbol keys
show({ [Symbol('a')]: 1, [Symbol()]: 2, [Symbol.for('reg')]: 3, [Symbol.asyncIterator]: 4 });
show({ [Symbol('nested')]: { [Symbol('inner')]: [1] } });
{
  const o = { visible: 1 };
  Object.defineProperty(o, Symbol('hidden'), { value: 2, enumerable: false });
  show(o);
  show(o, { showHidden: true });
  const arr = [1];
  arr[Symbol('s')] = 's';
  show(arr);
  show(new Map([[Symbol('k'), Symbol('v')]]));
  show([Symbol('a b'), Symbol('\n'), Symbol("'")]);
}

// ---- sparse arrays
show([, 1]);
show([1, , , 4, , , , 8]);
show([, , , ]);
{
  const a = [];
  a[5] = 'five';
  a[10] = 'ten';
  a.prop = true;
  show(a);
  const b = new Array(3);
  b[1] = undefined;
  show(b);
  const c = [];
  c[150] = 1;
  c[151] = 2;
  show(c);
  show(c, { maxArrayLength: 1 });
  const d = Array.from({ length: 120 }, (_, i) => i);
  delete d[3];
  delete d[50];
  show(d);
  const negative = [1];
  negative[-1] = 'neg';
  negative['1.5'] = 'frac';
  show(negative);
  const big = [1];
  big[2 ** 32] = 'huge';
  show(big);
}

// ---- typed arrays and binary data
show(new Int8Array([-1, 0, 127, -128]));
show(new Uint8ClampedArray([0, 255, 300]));
show(new Int16Array(3));
show(new Uint32Array([4294967295, 1]));
show(new Float32Array([0.1, 1e10, -Infinity]));
show(new Float64Array([Math.PI, Number.EPSILON, -1e-7]));
show(new BigUint64Array([0n, 18446744073709551615n]));
show(new Uint8Array(150));
show(new Uint8Array(5), { maxArrayLength: 2 });
show(new Uint8Array([1, 2, 3]), { showHidden: true });
show(new Uint8Array(new ArrayBuffer(8), 2, 3));
show(Object.assign(new Uint8Array(2), { extra: 'x' }));
show(new Uint8Array([1, 2]), { numericSeparator: true });
show(new Float64Array([12345.678, 1234567]), { numericSeparator: true });
show(new Uint16Array(30).map((_, i) => i * 1000));
show({ buf: new ArrayBuffer(4), view: new DataView(new ArrayBuffer(4), 1, 2) });
show(new ArrayBuffer(0));
show(new Uint8Array([1, 2, 3, 4]).buffer, { maxArrayLength: 2 });
show(Object.assign(new ArrayBuffer(2), { tag: 1 }));
show(new SharedArrayBuffer(4));
show(new DataView(new SharedArrayBuffer(2)));
show(new DataView(new ArrayBuffer(3)), { showHidden: true });
show([new Uint8Array(2), new ArrayBuffer(1)], { depth: 0 });
show(new ArrayBuffer(8, { maxByteLength: 16 }));
show(new Uint8Array(new ArrayBuffer(4, { maxByteLength: 8 })));

// ---- Map and Set
show(new Map([['a', new Map([['b', new Map([['c', new Map([['d', 1]])]])]])]]));
show(new Set([new Set([new Set([new Set([1])])])]));
show(new Map([[{ key: 'obj' }, ['value']], [[1, 2], new Set([3])], [null, undefined], [NaN, -0]]));
show(new Map(Array.from({ length: 150 }, (_, i) => [i, i])));
show(new Set(Array.from({ length: 150 }, (_, i) => i)));
show(new Map(Array.from({ length: 5 }, (_, i) => [i, i])), { maxArrayLength: 2 });
show(new Set(Array.from({ length: 5 }, (_, i) => i)), { maxArrayLength: 0 });
show(new Map([['k', 'v']]), { showHidden: true });
show(Object.assign(new Map([[1, 2]]), { prop: 'p' }));
show(Object.assign(new Set([1]), { prop: 'p' }));
show(new Map([['long key number one', 'long value number one'], ['long key number two', 'long value number two']]));
show(new Set(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda']));
show(new Map([[3, 'c'], [1, 'a'], [2, 'b']]), { sorted: true });
show(new Map([['a', 1]]).entries());
show(new Map([['a', 1], ['b', 2]]).values());
show(new Set([1, 2, 3]).entries());
show([new Map([[1, 2]]).keys()], { depth: 0 });
{
  const it = new Map([[1, 2], [3, 4]]).entries();
  it.next();
  show(it);
  const si = new Set([1, 2, 3]).values();
  show(si, { maxArrayLength: 1 });
  show([1, 2].values());
  show('ab'[Symbol.iterator]());
  show(new Map([[1, 2]])[Symbol.iterator]());
}

// ---- breakLength / compact / sorted / numericSeparator / depth
const wide = { alpha: 'aaaaaaaaaa', beta: ['b', 'bb', 'bbb'], gamma: { delta: 1, epsilon: [2, 3] }, zeta: null };
for (const breakLength of [0, 30, 60, 100, Infinity]) show(wide, { breakLength });
for (const compact of [true, false, 0, 1, 2, 5]) show(wide, { compact });
for (const compact of [true, false, 1]) show({ a: [[1, 2, [3, 4]], { b: { c: 'd' } }] }, { compact, breakLength: 20 });
show({ z: 1, a: { y: 2, b: 3 }, m: [3, 1, 2], s: new Set(['b', 'a']) }, { sorted: true });
show({ b: 1, a: 2, c: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) });
show({ n: 1234567.891, small: 999, neg: -1234.5, int: 1000000, frac: 0.0001234, big: 123456789n, e: 1e21 }, { numericSeparator: true });
show([1000, 10000, 100000.5, -0], { numericSeparator: true });
show({ a: { b: { c: { d: { e: {} } } } } }, { depth: 1 });
show({ a: { b: { c: { d: { e: {} } } } } }, { depth: Infinity });
show({ a: [[[[[1]]]]] }, { depth: 2 });
show({ a: new Map([[1, { b: { c: 1 } }]]) }, { depth: 1 });
show({ a: new Set([[1, [2]]]) }, { depth: 1 });
show([new Point(1, 2), new Map(), new Set([1])], { depth: 0 });
show({ p: new Point(1, 2), m: new Map([[1, 1]]), e: err(new Error('d0')) }, { depth: -1 });
show(util.inspect({ a: { b: { c: {} } } }, false, 0, false));
show({ a: 1 }, true);

// ---- strings
show('');
show("'");
show('"');
show('`');
show('\'"');
show('\'"`');
show('a\nb\tc\rd\be\ff\vg\0h');
show('\x01\x1f\x7f\x9f\u200b\ufeff');
show('\ud800\udc00 \ud800 \udc00');
show('emoji 👍🏽 and CJK 漢字');
show('x'.repeat(200));
show('line\n'.repeat(5));
show(['x'.repeat(100)]);
show({ key: 'first line\nsecond line that is quite long to make the whole thing wrap around\nthird' });
show(['short\nlines']);
show('a'.repeat(20) + '\n' + 'b'.repeat(20), { breakLength: 10 });
show('abc', { maxStringLength: 0 });
show('abcdef', { maxStringLength: 1 });
show({ 'key with spaces': 1, 'single\'quote': 2, 'double"quote': 3, '': 4, '123': 5, 'a-b': 6, ünï: 7, $dollar: 8 });
show(new String('boxed\nstring'));

// ---- functions
function named(a, b) {}
show(named);
show(function () {});
show(() => {});
show(async () => {});
show(async function asyncNamed() {});
show(function* genNamed() {});
show(async function* asyncGenNamed() {});
show(class Klass {});
show(class Derived extends Point {});
show(class extends Point {});
show(class Tagged { static get [Symbol.toStringTag]() { return 'TagVal'; } });
show(named.bind(null));
show((() => {}).bind(null));
show(Object.assign(function withProps() {}, { a: 1, b: 'two' }));
show(Object.assign(() => {}, { nested: { deep: { deeper: 1 } } }));
show(Object.assign(class K2 {}, { staticProp: [1] }));
show({ method() {}, async am() {}, *gm() {}, async *agm() {}, ['computed' + 1]() {}, [Symbol('sm')]() {} });
show({ f: function () {}, a: () => {} });
show(Object.defineProperty(function renamed() {}, 'name', { value: 'changed' }));
show(Object.defineProperty(function renamed() {}, 'name', { value: 42 }));
show(Object.defineProperty(function noName() {}, 'name', { value: '' }));
show(Object.setPrototypeOf(function detached() {}, Object.prototype));
show(Object.setPrototypeOf(() => {}, null));
show([parseInt, Array, Object, Symbol, Promise, Map]);
show(Function.prototype);
show(named, { showHidden: true });
show(class A { constructor() {} }, { showHidden: true });
{
  const f = function outer() {};
  f.prototype.x = 1;
  show(f);
  show(new f());
}

// ---- errors
show(err(new Error('plain')));
show(err(new Error('')));
show(err(new Error('with cause', { cause: err(new Error('the cause')) })));
show(err(new Error('primitive cause', { cause: 42 })));
show(err(new Error('undefined cause', { cause: undefined })));
show(err(new Error('object cause', { cause: { code: 'E' } })));
show(err(new AggregateError([err(new Error('one')), err(new TypeError('two'))], 'many')));
show(err(new AggregateError([], 'none')));
{
  const e = err(new Error('props'));
  e.code = 'ERR_X';
  e.errno = -2;
  e.details = { path: '/tmp', list: [1, 2] };
  show(e);
  show({ wrapper: e });
  show([e]);
  const named = err(new Error('renamed'));
  named.name = 'RenamedError';
  show(named);
  const n2 = new Error('stack keeps old name');
  n2.stack = 'Error: stack keeps old name\n    at somewhere (file.js:1:1)';
  n2.name = 'Other';
  show(n2);
  class ValidationError extends Error {
    constructor(msg) { super(msg); this.name = 'ValidationError'; this.field = 'email'; }
  }
  show(err(new ValidationError('invalid')));
  class NoRename extends TypeError {}
  show(err(new NoRename('sub'), 'TypeError: sub\n    at x (y.js:1:1)'));
  const noStack = new Error('no stack prop');
  delete noStack.stack;
  Object.defineProperty(noStack, 'stack', { value: undefined });
  show(noStack);
  const strStack = new Error('m');
  strStack.stack = 'custom stack text';
  show(strStack);
  const emptyStack = new Error('m');
  emptyStack.stack = '';
  show(emptyStack);
  const objStack = new Error('m');
  objStack.stack = { not: 'a string' };
  show(objStack);
  const multiline = err(new Error('line1\nline2'));
  show(multiline);
  show({ nested: { err: multiline } });
  const nameless = err(new Error('x'));
  nameless.name = '';
  show(nameless);
  const msgless = err(new Error('x'));
  msgless.message = '';
  show(msgless);
  const deepCause = err(new Error('top', { cause: err(new Error('mid', { cause: err(new Error('bottom')) })) }));
  show(deepCause);
  const circCause = err(new Error('circular cause'));
  circCause.cause = circCause;
  show(circCause);
  show(err(new RangeError('range')));
  show(err(new SyntaxError('syntax')));
  show(err(new EvalError('eval')));
  show(err(new URIError('uri')));
  show(err(new ReferenceError('ref')));
  show(Object.assign(err(new Error('enumerable name')), { name: 'Enumerable' }));
  const plainObjErr = Object.create(Error.prototype);
  show(plainObjErr);
  show(err(new Error('d'), 'Error: d\n    at a (b.js:1:1)'), { depth: -1 });
  show(err(new Error('compact'), 'Error: compact\n    at a (b.js:1:1)'), { compact: true });
  const withStackInMsg = new Error('msg');
  withStackInMsg.stack = 'Something else entirely\n    at a (b.js:1:1)';
  show(withStackInMsg);
}

// ---- dates
show(new Date(0));
show(new Date(Date.UTC(2024, 1, 29, 12, 34, 56, 789)));
show(new Date(-1));
show(new Date(8.64e15));
show(new Date(NaN));
show(new Date('invalid'));
show([new Date(0), new Date(NaN)]);
show({ d: new Date(0) });
show(Object.assign(new Date(0), { label: 'epoch' }));
show(Object.assign(new Date(NaN), { label: 'bad' }));
show(new (class MyDate extends Date {})(0));
show(Object.setPrototypeOf(new Date(0), null));

// ---- regexps
show(/simple/);
show(/flags/dgimsuy);
show(new RegExp(''));
show(new RegExp('/', 'g'));
show(new RegExp('\n'));
show(Object.assign(/withProp/g, { extra: 1, [Symbol('s')]: 2 }));
{
  const re = /last/g;
  re.lastIndex = 3;
  show(re);
  show(re, { showHidden: true });
}
show(new (class MyRegExp extends RegExp {})('sub', 'i'));
show(Object.setPrototypeOf(/np/, null));
show({ re: /nested/ }, { depth: 0 });

// ---- boxed primitives
show(new Number(42));
show(new Number(NaN));
show(new String(''));
show(new String('abc'));
show(new Boolean(false));
show(Object(1n));
show(Object(Symbol('boxsym')));
show(Object(Symbol()));
show(Object.assign(new String('ab'), { x: 1 }));
show(Object.assign(new Boolean(true), { y: [2] }));
show(new Number(1234567), { numericSeparator: true });
show([new Number(1), new String('s'), new Boolean(true)]);
show(new (class MyNumber extends Number {})(5));
show(new (class MyString extends String {})('z'));
show(Object.setPrototypeOf(new Number(3), null));
show(new String('abc'), { showHidden: true });

// ---- null prototype objects
show(Object.create(null));
show(Object.assign(Object.create(null), { a: 1, b: { c: 2 } }));
show([Object.create(null)]);
show({ inner: Object.assign(Object.create(null), { x: 1 }) });
show(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'NullTag' }));
{
  const np = Object.create(null);
  np[Symbol.toStringTag] = 'Hidden';
  Object.defineProperty(np, Symbol.toStringTag, { enumerable: false });
  show(np);
}
show(Object.setPrototypeOf(new Map([[1, 2]]), null));
show(Object.setPrototypeOf(new Set([1]), null));
show(Object.setPrototypeOf([1, 2, 3], null));
show(Object.setPrototypeOf(new Uint8Array([1]), null));
show(Object.setPrototypeOf(new ArrayBuffer(1), null));
show(Object.setPrototypeOf(err(new Error('np')), null));
show(Object.setPrototypeOf(function nf() {}, null));
show(Object.setPrototypeOf(new Promise(() => {}), null));

// ---- toStringTag
show({ [Symbol.toStringTag]: 'Custom' });
show({ [Symbol.toStringTag]: 'Custom', a: 1 });
show(new (class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } })());
show(new (class Same { get [Symbol.toStringTag]() { return 'Same'; } })());
show(new (class Tagged2 { get [Symbol.toStringTag]() { return ''; } })());
show(new (class Tagged3 { get [Symbol.toStringTag]() { return 42; } })());
show(Object.defineProperty({}, Symbol.toStringTag, { value: 'NonEnum' }));
show(Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'NonEnum' }));
show(Object.defineProperty([], Symbol.toStringTag, { value: 'ArrTag' }));
show(Object.defineProperty(new Map(), Symbol.toStringTag, { value: 'MapTag' }));
show(Object.defineProperty(function tf() {}, Symbol.toStringTag, { value: 'FnTag' }));
show(Object.defineProperty(new Date(0), Symbol.toStringTag, { value: 'DateTag' }));
show(Object.defineProperty(/r/, Symbol.toStringTag, { value: 'ReTag' }));
show(Object.defineProperty(err(new Error('e')), Symbol.toStringTag, { value: 'ErrTag' }));
show(Math);
show(JSON);
show(Reflect);
show(globalThis.Atomics);

// ---- util.inspect.custom
const custom = util.inspect.custom;
show({ [custom]: () => 'str' });
show({ [custom]: () => 42 });
show({ [custom]: () => null });
show({ [custom]: () => undefined });
show({ [custom]: () => ({ replaced: true }) });
show({ [custom]: () => [1, 2, 3] });
show({ [custom]() { return this; }, own: 1 });
show({ outer: { [custom]: () => 'multi\nline' } });
show({ [custom](depth, options) { return `depth=${depth} ${typeof options.stylize} ${options.breakLength}`; } });
show({ a: { b: { [custom](depth) { return `d${depth}`; } } } }, { depth: 5 });
show({ a: { b: { [custom](depth) { return `d${depth}`; } } } }, { depth: null });
show({ [custom](d, o, inspect) { return inspect === util.inspect; } });
show({ [custom](d, o) { return o.stylize('styled', 'special'); } });
show({ [custom](d, o) { return o.stylize('styled', 'special'); } }, { colors: true });
show({ [custom](d, o) { return util.inspect({ nested: this.v }, o); }, v: [1] });
show({ [custom]: 'not a function', x: 1 });
show([{ [custom]: () => 'in array' }]);
show(new Map([[{ [custom]: () => 'key' }, { [custom]: () => 'value' }]]));
show({ [custom]: () => 'ignored' }, { customInspect: false });
show({ [custom](d, o) { return Object.keys(o).sort().join(); } });
show({ [custom](d, o) { return o.userOption; } }, { userOption: 'passed through' });
{
  class Money {
    constructor(v) { this.v = v; }
    [util.inspect.custom](depth, options, inspect) { return `Money<${inspect(this.v, options)}>`; }
  }
  show(new Money(5));
  show({ price: new Money('5.00'), list: [new Money(1)] });
  show(Money);
  show(Money.prototype);
}

// ---- misc values
show(Promise.resolve({ a: 1 }));
show(Promise.reject(err(new Error('rej'))).catch(() => {}) && 'handled');
{
  const rejected = Promise.reject(42);
  rejected.catch(() => {});
  show(rejected);
  show(Object.assign(Promise.resolve(1), { extra: 'p' }));
  show(new Promise(() => {}));
}
show(new WeakRef({}));
show(new WeakMap([[{}, 1]]));
show(new WeakSet([{}]));
show(globalThis.process ? typeof process.versions : 'x');
show(Symbol.iterator);
show([undefined, null, NaN, -0, 0, Infinity, -Infinity, 1e21, 1e-7, 2 ** 53, -(2 ** 31)]);
show([0n, -1n, 2n ** 64n]);
show(Object(Symbol.iterator));
show(new Array(3).fill({ same: 'ref' }));
{
  const shared = { shared: true };
  show([shared, shared, { shared }]);
}
show({ __proto__: { inherited: 1 }, own: 2 });
show({ ['__proto__']: 1 });
show(JSON.parse('{"__proto__": {"x": 1}}'));
show(Object.defineProperties({}, { a: { value: 1, enumerable: true }, b: { get() { return 2; }, enumerable: true }, c: { value: 3 } }));
show(Object.defineProperties({}, { a: { value: 1, enumerable: true }, b: { get() { return 2; }, enumerable: true }, c: { value: 3 } }), { showHidden: true });
show(new Proxy({ a: 1 }, {}));
show(new Proxy([1, 2], {}));
show(new Proxy(function pf() {}, {}));
show(new Proxy({ a: 1 }, { get() { return 'trap'; }, ownKeys() { return ['a', 'b']; }, getOwnPropertyDescriptor(t, k) { return { value: k, enumerable: true, configurable: true }; } }));
show(new Proxy({ a: 1 }, {}), { showProxy: true });
show(new Proxy(new Proxy({}, {}), {}), { showProxy: true });
show(new Proxy({}, {}), { showProxy: true, depth: -1 });
show({ a: 1, b: 'two', c: [3], d: { e: 4 } }, { colors: true });
show([new Date(0), /re/, Symbol('s'), 1n, null, undefined, 'str', true, () => {}, class K {}], { colors: true });
show(new Map([['k', new Set([1])]]), { colors: true });
show(err(new Error('colored')), { colors: true });
show({ [custom]: () => 'custom' }, { colors: true });
show(Object.create(null), { colors: true });
show({ get g() { return 1; }, set s(v) {} }, { colors: true, getters: true });
show(Array.from({ length: 20 }, (_, i) => `s${i}`), { colors: true });
show('x'.repeat(30), { colors: true, maxStringLength: 5 });

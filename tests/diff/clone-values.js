'use strict';
// structuredClone compared with Node 24: supported types, identity, transfer, and errors.
const util = require('util');

function show(v, o) {
  try {
    const r = structuredClone(v, o);
    console.log(util.inspect(r, { depth: 4 }).split('\n    at ')[0]);
    return r;
  } catch (e) {
    console.log(e.name, e.code, e.constructor.name, JSON.stringify(e.message));
  }
}
show(Symbol('x'));
show(function foo() { return 1; });
show(() => 1);
show({ a: 1, f() {} });
show(Promise.resolve());
show(new WeakMap());
show(new WeakSet());
show(new Proxy({}, {}));
show(Object(Symbol('q')));
show((function* gen() {})());
show(new Map().keys());
show((function () { return arguments; })(1, 2));
show([1, , 3]);
const arr = [1, 2]; arr.extra = 'x'; show(arr);
show(new Error('boom', { cause: 5 }));
const te = new TypeError('t'); te.extra = 1;
const rte = show(te);
console.log(rte.stack === te.stack, Object.getOwnPropertyNames(rte), rte instanceof TypeError, rte.extra);
class MyErr extends RangeError {}
const me = show(new MyErr('m'));
console.log(me.constructor.name, me.name);
const ce = new Error('c'); ce.name = 'Custom';
const rce = show(ce); console.log(rce.name, Object.getPrototypeOf(rce) === Error.prototype);
for (const E of [EvalError, ReferenceError, SyntaxError, URIError]) {
  const r = structuredClone(new E('e')); console.log(Object.getPrototypeOf(r) === E.prototype, r.message);
}
show({ get g() { return 42; } });
show(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3 } }));
const rx = /ab+c/gi; rx.lastIndex = 3; const rrx = show(rx); console.log(rrx.lastIndex, rrx !== rx);
const dt = new Date(1234567); const rdt = show(dt); console.log(rdt.getTime(), rdt !== dt);
show(new Date(NaN));
show(new Map([[1, { a: 1 }], ['k', [2]]]));
show(new Set([1, 'a', { z: 1 }]));
show(new Uint8Array([1, 2, 3]));
show(new DataView(new ArrayBuffer(4), 1, 2));
show(new BigInt64Array([1n, -2n]));
show(new Float64Array([1.5, NaN, -0]));
const u16 = new Uint16Array(new ArrayBuffer(8), 2, 2);
const ru = show(u16); console.log(ru.byteOffset, ru.buffer.byteLength);
const shared = new ArrayBuffer(4);
const views = show({ a: new Uint8Array(shared), b: new Int8Array(shared, 1) });
console.log(views.a.buffer === views.b.buffer);
const buf = new ArrayBuffer(8); new Uint8Array(buf)[0] = 9;
const moved = show(buf, { transfer: [buf] });
console.log(buf.byteLength, moved.byteLength, new Uint8Array(moved)[0]);
const u = new Uint8Array([1, 2, 3, 4]);
const rr = show({ u, v: u.buffer }, { transfer: [u.buffer] });
console.log(u.length, u.byteLength, rr.u.buffer === rr.v, rr.u[3]);
show(new ArrayBuffer(2), { transfer: 5 });
show(1, { transfer: [1] });
show(1, { transfer: [{}] });
const dup = new ArrayBuffer(1); show(dup, { transfer: [dup, dup] });
show(buf);
show(1, { transfer: [buf] });
show(1, { transfer: new Set([new ArrayBuffer(1)]) });
show(1, { transfer: 'ab' });
show(1, null);
show(1, undefined);
show(1, 5);
try { structuredClone(); } catch (e) { console.log(e.name, e.code, e.message); }
const cyc = { n: 1 }; cyc.self = cyc; cyc.list = [cyc];
const cc = show(cyc); console.log(cc.self === cc, cc.list[0] === cc, cc !== cyc);
const m = new Map(); m.set(m, m); const rm = show(m); console.log(rm.get(rm) === rm);
show(Object(1n)); show(Object('s')); show(new Number(3)); show(new Boolean(false));
show(-0); show(NaN); show(10n); show(undefined); show(null); show('str'); show(true);
const sh = { s: 1 }; const r2 = show([sh, sh]); console.log(r2[0] === r2[1]);
show(new (class Foo { constructor() { this.x = 1; } get y() { return 2; } })());
show(Object.assign(Object.create(null), { z: 1 }));
show({ [Symbol('k')]: 1, s: 2, 1: 'one', 0: 'zero' });
show({ a: undefined, b: [undefined] });
const de = structuredClone(new DOMException('dm', 'AbortError'));
console.log(de.name, de.code, de.message, de instanceof DOMException);
const order = []; show({ get a() { order.push('a'); return 1; }, get b() { order.push('b'); return 2; } });
console.log(order.join());
show({ get bad() { throw new Error('getter threw'); } });
console.log(typeof structuredClone, structuredClone.name, structuredClone.length);
console.log(util.inspect(Object.getOwnPropertyDescriptor(globalThis, 'structuredClone')).replace(/\s+/g, ' '));

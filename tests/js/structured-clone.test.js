'use strict';
const test = require('node:test');
const assert = require('node:assert');

test('deep copies with cycles and shared references', () => {
  const shared = { s: 1 };
  const src = { list: [shared, shared], map: new Map([['k', shared]]), set: new Set([shared]) };
  src.self = src;
  const out = structuredClone(src);
  assert.notStrictEqual(out, src);
  assert.strictEqual(out.self, out);
  assert.strictEqual(out.list[0], out.list[1]);
  assert.strictEqual(out.map.get('k'), out.list[0]);
  assert.deepStrictEqual(out.list[0], { s: 1 });
});

test('built-in types keep their type', () => {
  const d = new Date(5);
  assert.strictEqual(structuredClone(d).getTime(), 5);
  assert.strictEqual(structuredClone(/x/g).flags, 'g');
  assert.deepStrictEqual(structuredClone(new Uint8Array([1, 2])), new Uint8Array([1, 2]));
  const e = structuredClone(new RangeError('r', { cause: 1 }));
  assert.ok(e instanceof RangeError);
  assert.strictEqual(e.message, 'r');
  assert.strictEqual(e.cause, 1);
  assert.strictEqual(structuredClone(10n), 10n);
  assert.ok(Object.is(structuredClone(-0), -0));
});

test('transfer detaches the source ArrayBuffer', () => {
  const buf = new Uint8Array([7, 8]).buffer;
  const out = structuredClone(buf, { transfer: [buf] });
  assert.strictEqual(buf.byteLength, 0);
  assert.deepStrictEqual([...new Uint8Array(out)], [7, 8]);
  assert.throws(() => structuredClone(buf), { name: 'DataCloneError' });
});

test('uncloneable values throw DataCloneError', () => {
  for (const v of [() => {}, Symbol('s'), Promise.resolve(), new WeakMap()]) {
    assert.throws(() => structuredClone(v), (err) => {
      assert.strictEqual(err.name, 'DataCloneError');
      assert.strictEqual(err.code, 25);
      assert.ok(err instanceof DOMException);
      return true;
    });
  }
  assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => structuredClone(1, { transfer: 5 }), { name: 'TypeError' });
});

test('prototypes and non-enumerable properties are not kept', () => {
  class Foo { constructor() { this.x = 1; } }
  const out = structuredClone(new Foo());
  assert.strictEqual(Object.getPrototypeOf(out), Object.prototype);
  assert.deepStrictEqual(out, { x: 1 });
  const o = Object.defineProperty({ a: 1 }, 'h', { value: 2 });
  assert.deepStrictEqual(Object.keys(structuredClone(o)), ['a']);
});

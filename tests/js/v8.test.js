'use strict';
// node:v8 — heap statistics shapes, the serializer round trip, startup-snapshot API.
const test = require('node:test');
const assert = require('node:assert');
const v8 = require('node:v8');

test('getHeapStatistics has V8\'s fields, all numbers, consistent', () => {
  const s = v8.getHeapStatistics();
  for (const k of ['total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
    'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory', 'does_zap_garbage',
    'number_of_native_contexts', 'number_of_detached_contexts', 'total_global_handles_size',
    'used_global_handles_size', 'external_memory']) {
    assert.strictEqual(typeof s[k], 'number', k);
  }
  assert.ok(s.used_heap_size > 0);
  assert.ok(s.heap_size_limit > s.used_heap_size);
  assert.ok(s.total_heap_size >= s.used_heap_size);
});

test('heap usage grows when objects are kept', () => {
  const before = v8.getHeapStatistics().used_heap_size;
  const keep = Array.from({ length: 50000 }, (_, i) => ({ i, s: `item-${i}` }));
  const after = v8.getHeapStatistics().used_heap_size;
  assert.ok(after - before > 1e6, `${after - before}`);
  assert.strictEqual(keep.length, 50000);
});

test('getHeapSpaceStatistics and getHeapCodeStatistics shapes', () => {
  const spaces = v8.getHeapSpaceStatistics();
  assert.ok(spaces.some((s) => s.space_name === 'old_space'));
  for (const s of spaces) {
    assert.deepStrictEqual(Object.keys(s), ['space_name', 'space_size', 'space_used_size', 'space_available_size', 'physical_space_size']);
  }
  const code = v8.getHeapCodeStatistics();
  assert.ok(code.bytecode_and_metadata_size > 0);
});

test('serialize/deserialize round-trips structured data', () => {
  const shared = { s: 1 };
  const value = {
    n: [0, -1, 2 ** 40, 1.5, NaN], s: ['', 'é', '€😀'], b: [10n, -(2n ** 100n)], d: new Date(5),
    r: /x/gi, m: new Map([[1, shared]]), set: new Set([shared]), u8: new Uint8Array([1, 2]),
    buf: Buffer.from('hey'), f64: new Float64Array([0.5]), nested: [[[]]], nil: null, u: undefined,
  };
  value.self = value;
  const back = v8.deserialize(v8.serialize(value));
  assert.strictEqual(back.self, back);
  assert.strictEqual(back.m.get(1), [...back.set][0]);
  assert.ok(Buffer.isBuffer(back.buf));
  assert.strictEqual(back.buf.toString(), 'hey');
  assert.ok(back.u8 instanceof Uint8Array && !Buffer.isBuffer(back.u8));
  delete value.self; delete back.self;
  assert.deepStrictEqual(back, value);
});

test('errors keep their class, message, stack and cause', () => {
  const e = new RangeError('bad', { cause: 'why' });
  const back = v8.deserialize(v8.serialize(e));
  assert.ok(back instanceof RangeError);
  assert.strictEqual(back.message, 'bad');
  assert.strictEqual(back.stack, e.stack);
  assert.strictEqual(back.cause, 'why');
});

test('uncloneable values throw', () => {
  assert.throws(() => v8.serialize(() => 1), { name: 'Error', message: /could not be cloned/ });
  assert.throws(() => v8.serialize(Symbol('x')), /could not be cloned/);
  assert.throws(() => v8.deserialize(Buffer.from([1, 2, 3])), /unsupported version/);
  assert.throws(() => v8.deserialize('x'), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('startupSnapshot outside a snapshot build', () => {
  assert.ok(!v8.startupSnapshot.isBuildingSnapshot());
  assert.throws(() => v8.startupSnapshot.addDeserializeCallback(() => {}), { code: 'ERR_NOT_BUILDING_SNAPSHOT' });
});

test('misc', () => {
  assert.strictEqual(typeof v8.cachedDataVersionTag(), 'number');
  assert.strictEqual(v8.cachedDataVersionTag(), v8.cachedDataVersionTag());
  assert.strictEqual(v8.isStringOneByteRepresentation('abcé'), true);
  assert.strictEqual(v8.isStringOneByteRepresentation('€'), false);
  assert.throws(() => v8.setFlagsFromString(1), { code: 'ERR_INVALID_ARG_TYPE' });
  v8.setFlagsFromString('--no-lazy');
});

'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const crypto = require('node:crypto');
const { promisify } = require('node:util');

const allZero = (u8) => u8.every((b) => b === 0);

test('randomBytes: sizes, Buffers, fresh bytes each call', () => {
  const a = crypto.randomBytes(32);
  const b = crypto.randomBytes(32);
  assert.ok(Buffer.isBuffer(a));
  assert.strictEqual(a.length, 32);
  assert.notDeepStrictEqual(a, b);
  assert.strictEqual(crypto.randomBytes(0).length, 0);
  assert.strictEqual(crypto.randomBytes(1.9).length, 1);
  assert.strictEqual(crypto.randomBytes(1 << 20).length, 1 << 20);
  // A megabyte of CSPRNG output has every byte value.
  assert.strictEqual(new Set(crypto.randomBytes(1 << 16)).size, 256);
});

test('randomBytes: argument errors', () => {
  const range = (received) => ({
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: `The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received ${received}`,
  });
  assert.throws(() => crypto.randomBytes(-1), range('-1'));
  assert.throws(() => crypto.randomBytes(NaN), range('NaN'));
  assert.throws(() => crypto.randomBytes(2 ** 31), range('2147483648'));
  assert.throws(() => crypto.randomBytes('1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.randomBytes(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.randomBytes(1, null), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('randomBytes with a callback runs on the thread pool', async () => {
  const buf = await promisify(crypto.randomBytes)(64);
  assert.strictEqual(buf.length, 64);
  assert.ok(!allZero(buf));
  const many = await Promise.all(Array.from({ length: 20 }, () => promisify(crypto.randomBytes)(16)));
  assert.strictEqual(new Set(many.map((b) => b.toString('hex'))).size, 20);
  // Size 0 calls back synchronously, as Node does.
  let called = false;
  crypto.randomBytes(0, (err, b) => { called = err === null && b.length === 0; });
  assert.ok(called);
});

test('randomFillSync: views, offsets in elements, sizes', () => {
  const u8 = new Uint8Array(64);
  assert.strictEqual(crypto.randomFillSync(u8), u8);
  assert.ok(!allZero(u8));

  const u32 = new Uint32Array(4);
  crypto.randomFillSync(u32, 1, 2);
  assert.strictEqual(u32[0], 0);
  assert.strictEqual(u32[3], 0);

  const ab = new ArrayBuffer(16);
  assert.strictEqual(crypto.randomFillSync(ab, 8), ab);
  assert.ok(allZero(new Uint8Array(ab, 0, 8)));

  const dv = new DataView(new ArrayBuffer(16), 4, 8);
  crypto.randomFillSync(dv);
  assert.ok(allZero(new Uint8Array(dv.buffer, 0, 4)));
  assert.ok(allZero(new Uint8Array(dv.buffer, 12, 4)));

  const f64 = new Float64Array(2);
  crypto.randomFillSync(f64, 1);
  assert.strictEqual(f64[0], 0);
  assert.strictEqual(crypto.randomFillSync(new Uint8Array(4), 4).length, 4);
});

test('randomFillSync / randomFill: argument errors', () => {
  assert.throws(() => crypto.randomFillSync([1]), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buf" argument must be an instance of ArrayBuffer or ArrayBufferView. Received an instance of Array',
  });
  assert.throws(() => crypto.randomFillSync(new Uint32Array(4), 5), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be >= 0 && <= 16. Received 20',
  });
  assert.throws(() => crypto.randomFillSync(new Uint32Array(4), 1, 4), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "size + offset" is out of range. It must be <= 16. Received 20',
  });
  assert.throws(() => crypto.randomFillSync(new Uint32Array(4), -1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.randomFillSync(new Uint8Array(4), '1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.randomFill(new Uint8Array(4)), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.randomFill(new Uint8Array(4), 1, 2, 3), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.randomFill(new Float64Array(4), 1, 5, () => {}), {
    message: 'The value of "size + offset" is out of range. It must be <= 32. Received 48',
  });
});

test('randomFill with a callback', async () => {
  const fill = (...args) => new Promise((resolve, reject) => {
    crypto.randomFill(...args, (err, buf) => (err ? reject(err) : resolve(buf)));
  });
  const u32 = new Uint32Array(4);
  assert.strictEqual(await fill(u32, 1), u32);
  assert.strictEqual(u32[0], 0);
  assert.ok(u32[1] || u32[2] || u32[3]);
  const part = new Uint8Array(8);
  await fill(part, 2, 3);
  assert.ok(allZero(part.subarray(0, 2)) && allZero(part.subarray(5)));
  const ab = new ArrayBuffer(32);
  assert.strictEqual(await fill(ab), ab);
  assert.ok(!allZero(new Uint8Array(ab)));
});

test('randomInt: ranges, forms and errors', async () => {
  for (let i = 0; i < 200; i++) {
    const n = crypto.randomInt(-5, 5);
    assert.ok(Number.isInteger(n) && n >= -5 && n < 5);
  }
  const seen = new Set();
  for (let i = 0; i < 300; i++) seen.add(crypto.randomInt(3));
  assert.deepStrictEqual([...seen].sort(), [0, 1, 2]);
  assert.strictEqual(crypto.randomInt(2 ** 48 - 1, 2 ** 48), 2 ** 48 - 1);
  const viaCallback = await new Promise((resolve, reject) => {
    crypto.randomInt(10, 20, (err, n) => (err ? reject(err) : resolve(n)));
  });
  assert.ok(viaCallback >= 10 && viaCallback < 20);
  const values = await Promise.all(Array.from({ length: 3000 }, () => promisify(crypto.randomInt)(7)));
  assert.ok(values.every((n) => n >= 0 && n < 7));

  assert.throws(() => crypto.randomInt(0), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "max" is out of range. It must be greater than the value of "min" (0). Received 0',
  });
  assert.throws(() => crypto.randomInt(1.5), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "max" argument must be a safe integer. Received type number (1.5)',
  });
  assert.throws(() => crypto.randomInt(-(2 ** 53), 0), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.randomInt(0, 2 ** 48 + 1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "max - min" is out of range. It must be <= 281474976710655. Received 281_474_976_710_657',
  });
  assert.throws(() => crypto.randomInt(2 ** 48 + 1), { message: /"max" is out of range/ });
  assert.throws(() => crypto.randomInt(1, 2, 3), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('randomUUID and randomUUIDv7', () => {
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const ids = new Set();
  for (let i = 0; i < 300; i++) {
    const id = crypto.randomUUID();
    assert.match(id, v4);
    ids.add(id);
  }
  assert.strictEqual(ids.size, 300);
  assert.match(crypto.randomUUID({ disableEntropyCache: true }), v4);
  assert.throws(() => crypto.randomUUID(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.randomUUID({ disableEntropyCache: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.disableEntropyCache" property must be of type boolean. Received type number (1)',
  });

  const before = Date.now();
  const v7 = crypto.randomUUIDv7();
  assert.match(v7, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const ms = parseInt(v7.slice(0, 8) + v7.slice(9, 13), 16);
  assert.ok(ms >= before && ms <= Date.now());
  assert.strictEqual(crypto.randomUUIDv7({ disableEntropyCache: true })[14], '7');
});

test('getRandomValues: integer typed arrays up to 65536 bytes', () => {
  const u8 = new Uint8Array(16);
  assert.strictEqual(crypto.getRandomValues(u8), u8);
  assert.ok(!allZero(u8));
  assert.strictEqual(crypto.getRandomValues(new BigInt64Array(2)).length, 2);
  assert.strictEqual(crypto.getRandomValues(new Uint8ClampedArray(4)).length, 4);
  assert.strictEqual(crypto.getRandomValues(new Uint8Array(65536)).length, 65536);
  assert.strictEqual(crypto.webcrypto.getRandomValues(new Int32Array(2)).length, 2);
  for (const bad of [new Float32Array(2), new Float64Array(2), new DataView(new ArrayBuffer(2)), [1], null]) {
    assert.throws(() => crypto.getRandomValues(bad), (e) => e instanceof DOMException &&
      e.name === 'TypeMismatchError' && e.code === 17 &&
      e.message === 'The data argument must be an integer-type TypedArray');
  }
  assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)), (e) => e instanceof DOMException &&
    e.name === 'QuotaExceededError' && e.message === 'The requested length exceeds 65,536 bytes');
});

test('timingSafeEqual', () => {
  assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
  assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
  assert.strictEqual(crypto.timingSafeEqual(Buffer.from('ab'), new Uint16Array([0x6261])), true);
  assert.strictEqual(crypto.timingSafeEqual(new ArrayBuffer(4), new DataView(new ArrayBuffer(4))), true);
  assert.strictEqual(crypto.timingSafeEqual(Buffer.alloc(0), Buffer.alloc(0)), true);
  assert.throws(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')), {
    name: 'RangeError', code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', message: 'Input buffers must have the same byte length',
  });
  assert.throws(() => crypto.timingSafeEqual('a', 'a'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
  });
  assert.throws(() => crypto.timingSafeEqual(Buffer.from('a'), 1), { message: /"buf2" argument/ });
});

test('crypto.constants', () => {
  const { constants } = crypto;
  assert.strictEqual(Object.getPrototypeOf(constants), null);
  assert.strictEqual(constants.RSA_PKCS1_PADDING, 1);
  assert.strictEqual(constants.RSA_PKCS1_OAEP_PADDING, 4);
  assert.strictEqual(constants.RSA_PSS_SALTLEN_DIGEST, -1);
  assert.strictEqual(constants.TLS1_2_VERSION, 771);
  assert.strictEqual(constants.TLS1_3_VERSION, 772);
  assert.strictEqual(constants.POINT_CONVERSION_UNCOMPRESSED, 4);
  assert.strictEqual(typeof constants.OPENSSL_VERSION_NUMBER, 'number');
  assert.strictEqual(constants.defaultCipherList, constants.defaultCoreCipherList);
  assert.match(constants.defaultCoreCipherList, /^TLS_AES_256_GCM_SHA384:/);
});

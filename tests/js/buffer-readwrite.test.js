'use strict';
// Buffer number reads and writes: values, byte order, aliases, and Node's range errors.
const { test } = require('node:test');
const assert = require('node:assert');

test('integer reads in both byte orders', () => {
  const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0xff, 0xfe, 0x80, 0x00]);
  assert.strictEqual(b.readUInt8(4), 255);
  assert.strictEqual(b.readInt8(4), -1);
  assert.strictEqual(b.readUInt16LE(0), 0x0201);
  assert.strictEqual(b.readUInt16BE(0), 0x0102);
  assert.strictEqual(b.readInt16LE(4), -257);
  assert.strictEqual(b.readUInt32LE(0), 0x04030201);
  assert.strictEqual(b.readUInt32BE(4), 0xfffe8000);
  assert.strictEqual(b.readInt32BE(4), -98304);
  assert.strictEqual(b.readUIntBE(1, 3), 0x020304);
  assert.strictEqual(b.readIntLE(3, 3), -65788);
  assert.strictEqual(b.readUIntLE(0, 6), 0xfeff04030201);
  assert.strictEqual(b.readIntBE(2, 6), 0x0304fffe8000);
  assert.strictEqual(b.readBigUInt64LE(0), 0x0080feff04030201n);
  assert.strictEqual(b.readBigInt64BE(0), 0x01020304fffe8000n);
  assert.strictEqual(b.readUint32LE, b.readUInt32LE);
});

test('integer writes return the next offset', () => {
  const b = Buffer.alloc(8);
  assert.strictEqual(b.writeUInt16BE(0xabcd, 1), 3);
  assert.strictEqual(b.writeInt32LE(-2, 3), 7);
  assert.deepStrictEqual([...b], [0, 0xab, 0xcd, 0xfe, 0xff, 0xff, 0xff, 0]);
  assert.strictEqual(b.writeUIntBE(0x123456789abc, 0, 6), 6);
  assert.strictEqual(b.toString('hex'), '123456789abcff00');
  assert.strictEqual(b.writeBigInt64LE(-1n), 8);
  assert.strictEqual(b.toString('hex'), 'ffffffffffffffff');
  assert.strictEqual(b.writeUint8(1.9, 0), 1);
  assert.strictEqual(b[0], 1);
});

test('floats and doubles', () => {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(Math.PI);
  assert.strictEqual(b.readDoubleBE(0), Math.PI);
  assert.strictEqual(b.toString('hex'), '400921fb54442d18');
  b.writeFloatLE(1.5, 4);
  assert.strictEqual(b.readFloatLE(4), 1.5);
  b.writeFloatBE(NaN);
  assert.ok(Number.isNaN(b.readFloatBE(0)));
});

test('range errors', () => {
  const b = Buffer.alloc(4);
  assert.throws(() => b.readUInt32LE(1), {
    code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1',
  });
  assert.throws(() => b.readUInt8(1.5), { code: 'ERR_OUT_OF_RANGE', message: /It must be an integer/ });
  assert.throws(() => b.readUInt8('0'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Buffer.alloc(2).readUInt32LE(0), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
  assert.throws(() => b.writeUInt8(256), {
    code: 'ERR_OUT_OF_RANGE', message: 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 256',
  });
  assert.throws(() => b.writeInt32LE(2 ** 31), { message: /It must be >= -2147483648 and <= 2147483647/ });
  assert.throws(() => Buffer.alloc(8).writeUIntLE(2 ** 48, 0, 6), { message: /It must be >= 0 and < 2 \*\* 48/ });
  assert.throws(() => Buffer.alloc(8).writeBigUInt64LE(-1n), { message: /It must be >= 0n and < 2n \*\* 64n/ });
  assert.throws(() => b.readUIntLE(0, 7), { message: /"byteLength" is out of range. It must be >= 1 and <= 6/ });
  assert.throws(() => b.readIntBE(), { code: 'ERR_INVALID_ARG_TYPE' });
});

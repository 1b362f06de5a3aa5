'use strict';
// Buffer.prototype.write{U}Int*, BigInt64, float and double: value and offset checked with
// Node's errors, then stored byte by byte; each returns the offset after the written bytes.

const { checkNumber, boundsError, checkOffset, checkValue } = require('internal/buffer/bounds');
const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;

const f32 = new Float32Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64b = new Uint8Array(f64.buffer);

function storeByte(buf, value, offset, min, max) {
  value = +value;
  checkNumber(offset, 'offset');
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

// Little-endian store of a `width`-byte integer (width 2..6) after range checks.
function storeLE(buf, value, offset, min, max, width) {
  value = +value;
  checkValue(value, min, max, buf, offset, width);
  if (width <= 4) {
    for (let i = 0; i < width; i++) { buf[offset + i] = value; value >>>= 8; }
  } else {
    const high = Math.floor(value / 2 ** 32);
    for (let i = 0; i < 4; i++) { buf[offset + i] = value; value >>>= 8; }
    buf[offset + 4] = high;
    if (width === 6) buf[offset + 5] = high >>> 8;
  }
  return offset + width;
}

function storeBE(buf, value, offset, min, max, width) {
  value = +value;
  checkValue(value, min, max, buf, offset, width);
  const end = offset + width;
  if (width <= 4) {
    for (let i = end - 1; i >= offset; i--) { buf[i] = value; value >>>= 8; }
  } else {
    const high = Math.floor(value / 2 ** 32);
    for (let i = end - 1; i >= end - 4; i--) { buf[i] = value; value >>>= 8; }
    buf[end - 5] = high;
    if (width === 6) buf[offset] = high >>> 8;
  }
  return end;
}

const uMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
const sMax = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

function writeUInt8(value, offset = 0) { return storeByte(this, value, offset, 0, 0xff); }
function writeInt8(value, offset = 0) { return storeByte(this, value, offset, -0x80, 0x7f); }
function writeUInt16LE(value, offset = 0) { return storeLE(this, value, offset, 0, 0xffff, 2); }
function writeUInt16BE(value, offset = 0) { return storeBE(this, value, offset, 0, 0xffff, 2); }
function writeInt16LE(value, offset = 0) { return storeLE(this, value, offset, -0x8000, 0x7fff, 2); }
function writeInt16BE(value, offset = 0) { return storeBE(this, value, offset, -0x8000, 0x7fff, 2); }
function writeUInt32LE(value, offset = 0) { return storeLE(this, value, offset, 0, 0xffffffff, 4); }
function writeUInt32BE(value, offset = 0) { return storeBE(this, value, offset, 0, 0xffffffff, 4); }
function writeInt32LE(value, offset = 0) { return storeLE(this, value, offset, -0x80000000, 0x7fffffff, 4); }
function writeInt32BE(value, offset = 0) { return storeBE(this, value, offset, -0x80000000, 0x7fffffff, 4); }

function variable(buf, value, offset, byteLength, signed, store) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    const max = signed ? sMax[byteLength] : uMax[byteLength];
    const min = signed ? -max - 1 : 0;
    if (byteLength === 1) return storeByte(buf, value, offset, min, max);
    return store(buf, value, offset, min, max, byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}
function writeUIntLE(value, offset, byteLength) { return variable(this, value, offset, byteLength, false, storeLE); }
function writeUIntBE(value, offset, byteLength) { return variable(this, value, offset, byteLength, false, storeBE); }
function writeIntLE(value, offset, byteLength) { return variable(this, value, offset, byteLength, true, storeLE); }
function writeIntBE(value, offset, byteLength) { return variable(this, value, offset, byteLength, true, storeBE); }

function storeBig(buf, value, offset, min, max, littleEndian) {
  checkValue(value, min, max, buf, offset, 8);
  if (typeof value !== 'bigint' && typeof value !== 'object') {
    throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');  // V8's words
  }
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[littleEndian ? offset + i : offset + 7 - i] = lo;
    buf[littleEndian ? offset + 4 + i : offset + 3 - i] = hi;
    lo >>>= 8;
    hi >>>= 8;
  }
  return offset + 8;
}
function writeBigUInt64LE(value, offset = 0) { return storeBig(this, value, offset, 0n, 0xffffffffffffffffn, true); }
function writeBigUInt64BE(value, offset = 0) { return storeBig(this, value, offset, 0n, 0xffffffffffffffffn, false); }
function writeBigInt64LE(value, offset = 0) {
  return storeBig(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, true);
}
function writeBigInt64BE(value, offset = 0) {
  return storeBig(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, false);
}

function writeFloatLE(value, offset = 0) {
  value = +value;
  checkOffset(this, offset, 4);
  f32[0] = value;
  for (let i = 0; i < 4; i++) this[offset + i] = f32b[i];
  return offset + 4;
}
function writeFloatBE(value, offset = 0) {
  value = +value;
  checkOffset(this, offset, 4);
  f32[0] = value;
  for (let i = 0; i < 4; i++) this[offset + i] = f32b[3 - i];
  return offset + 4;
}
function writeDoubleLE(value, offset = 0) {
  value = +value;
  checkOffset(this, offset, 8);
  f64[0] = value;
  for (let i = 0; i < 8; i++) this[offset + i] = f64b[i];
  return offset + 8;
}
function writeDoubleBE(value, offset = 0) {
  value = +value;
  checkOffset(this, offset, 8);
  f64[0] = value;
  for (let i = 0; i < 8; i++) this[offset + i] = f64b[7 - i];
  return offset + 8;
}

module.exports = {
  writeUInt8, writeInt8, writeUInt16LE, writeUInt16BE, writeInt16LE, writeInt16BE,
  writeUInt32LE, writeUInt32BE, writeInt32LE, writeInt32BE, writeUIntLE, writeUIntBE,
  writeIntLE, writeIntBE, writeBigUInt64LE, writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
  writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
};

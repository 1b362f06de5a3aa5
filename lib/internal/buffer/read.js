'use strict';
// Buffer.prototype.read* : integers of 1–6 bytes, BigInt64, float and double, both byte
// orders. Plain byte arithmetic on the Uint8Array (what the engine runs fastest).

const { checkNumber, boundsError } = require('internal/buffer/bounds');
const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;

const f32 = new Float32Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64b = new Uint8Array(f64.buffer);

// Checks that `width` bytes exist at `offset`; returns nothing, throws Node's error otherwise.
function need(buf, offset, width) {
  checkNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + width - 1] === undefined) boundsError(offset, buf.length - width);
}

function readUInt8(offset = 0) {
  checkNumber(offset, 'offset');
  const v = this[offset];
  if (v === undefined) boundsError(offset, this.length - 1);
  return v;
}
function readInt8(offset = 0) {
  const v = readUInt8.call(this, offset);
  return v > 127 ? v - 256 : v;
}
function readUInt16LE(offset = 0) {
  need(this, offset, 2);
  return this[offset] | (this[offset + 1] << 8);
}
function readUInt16BE(offset = 0) {
  need(this, offset, 2);
  return (this[offset] << 8) | this[offset + 1];
}
function readInt16LE(offset = 0) {
  need(this, offset, 2);
  return ((this[offset] | (this[offset + 1] << 8)) << 16) >> 16;
}
function readInt16BE(offset = 0) {
  need(this, offset, 2);
  return (((this[offset] << 8) | this[offset + 1]) << 16) >> 16;
}
function readInt32LE(offset = 0) {
  need(this, offset, 4);
  return this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (this[offset + 3] << 24);
}
function readInt32BE(offset = 0) {
  need(this, offset, 4);
  return (this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3];
}
function readUInt32LE(offset = 0) {
  need(this, offset, 4);
  return (this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (this[offset + 3] << 24)) >>> 0;
}
function readUInt32BE(offset = 0) {
  need(this, offset, 4);
  return ((this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3]) >>> 0;
}

// Unsigned value of `width` bytes (3, 5 or 6) at offset.
function uintLE(buf, offset, width) {
  need(buf, offset, width);
  let v = 0;
  for (let i = width - 1; i >= 0; i--) v = v * 256 + buf[offset + i];
  return v;
}
function uintBE(buf, offset, width) {
  need(buf, offset, width);
  let v = 0;
  for (let i = 0; i < width; i++) v = v * 256 + buf[offset + i];
  return v;
}
function signed(v, width) {
  const top = 2 ** (width * 8 - 1);
  return v >= top ? v - top * 2 : v;
}

function byWidth(offset, byteLength, fixed, generic) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) return generic(byteLength);
  if (byteLength === 1 || byteLength === 2 || byteLength === 4) return fixed(byteLength);
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntLE(offset, byteLength) {
  return byWidth(offset, byteLength,
    (w) => (w === 1 ? this.readUInt8(offset) : w === 2 ? this.readUInt16LE(offset) : this.readUInt32LE(offset)),
    (w) => uintLE(this, offset, w));
}
function readUIntBE(offset, byteLength) {
  return byWidth(offset, byteLength,
    (w) => (w === 1 ? this.readUInt8(offset) : w === 2 ? this.readUInt16BE(offset) : this.readUInt32BE(offset)),
    (w) => uintBE(this, offset, w));
}
function readIntLE(offset, byteLength) {
  return byWidth(offset, byteLength,
    (w) => (w === 1 ? this.readInt8(offset) : w === 2 ? this.readInt16LE(offset) : this.readInt32LE(offset)),
    (w) => signed(uintLE(this, offset, w), w));
}
function readIntBE(offset, byteLength) {
  return byWidth(offset, byteLength,
    (w) => (w === 1 ? this.readInt8(offset) : w === 2 ? this.readInt16BE(offset) : this.readInt32BE(offset)),
    (w) => signed(uintBE(this, offset, w), w));
}

function readBigUInt64LE(offset = 0) {
  need(this, offset, 8);
  const lo = (this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (this[offset + 3] << 24)) >>> 0;
  const hi = (this[offset + 4] | (this[offset + 5] << 8) | (this[offset + 6] << 16) | (this[offset + 7] << 24)) >>> 0;
  return (BigInt(hi) << 32n) | BigInt(lo);
}
function readBigUInt64BE(offset = 0) {
  need(this, offset, 8);
  const hi = ((this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3]) >>> 0;
  const lo = ((this[offset + 4] << 24) | (this[offset + 5] << 16) | (this[offset + 6] << 8) | this[offset + 7]) >>> 0;
  return (BigInt(hi) << 32n) | BigInt(lo);
}
function readBigInt64LE(offset = 0) { return BigInt.asIntN(64, readBigUInt64LE.call(this, offset)); }
function readBigInt64BE(offset = 0) { return BigInt.asIntN(64, readBigUInt64BE.call(this, offset)); }

// Floats: copy the bytes into a scratch float array (little-endian host), reversed for BE.
function readFloatLE(offset = 0) {
  need(this, offset, 4);
  for (let i = 0; i < 4; i++) f32b[i] = this[offset + i];
  return f32[0];
}
function readFloatBE(offset = 0) {
  need(this, offset, 4);
  for (let i = 0; i < 4; i++) f32b[3 - i] = this[offset + i];
  return f32[0];
}
function readDoubleLE(offset = 0) {
  need(this, offset, 8);
  for (let i = 0; i < 8; i++) f64b[i] = this[offset + i];
  return f64[0];
}
function readDoubleBE(offset = 0) {
  need(this, offset, 8);
  for (let i = 0; i < 8; i++) f64b[7 - i] = this[offset + i];
  return f64[0];
}

module.exports = {
  readUInt8, readInt8, readUInt16LE, readUInt16BE, readInt16LE, readInt16BE, readUInt32LE,
  readUInt32BE, readInt32LE, readInt32BE, readUIntLE, readUIntBE, readIntLE, readIntBE,
  readBigUInt64LE, readBigUInt64BE, readBigInt64LE, readBigInt64BE, readFloatLE, readFloatBE,
  readDoubleLE, readDoubleBE,
};

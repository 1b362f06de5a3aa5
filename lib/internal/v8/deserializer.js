'use strict';
// v8.Deserializer: reads V8's ValueSerializer wire format (versions 13–15; Node 24 writes 15),
// the counterpart of lib/internal/v8/serializer.js.

const types = require('internal/util/types');
const { Buffer } = require('buffer');
const T = require('internal/v8/tags');
const { invalidArg } = T;

function cloneError() {
  return new Error('Unable to deserialize cloned data.');
}

class Deserializer {
  constructor(buffer) {
    if (!types.isArrayBufferView(buffer)) throw invalidArg('buffer must be a TypedArray or a DataView');
    Object.defineProperty(this, 'buffer', { value: buffer, enumerable: true, writable: false, configurable: false });
    this._u8 = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    this._pos = 0;
    this._version = 0;
    this._objects = [];        // id → object
    this._transfers = new Map();
  }

  // ---- public API (Node's) ----
  readHeader() {
    // V8 requires the version tag and reads versions 13 to 15.
    let ok = this._pos < this._u8.length && this._u8[this._pos] === T.kVersion;
    if (ok) {
      this._pos++;
      try { this._version = this._varint(); } catch { ok = false; }
    }
    if (!ok || this._version > T.kLatestVersion || this._version < 13) {
      throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
    }
    return true;
  }

  readValue() {
    return this._readObject();
  }

  getWireFormatVersion() { return this._version; }

  transferArrayBuffer(id, arrayBuffer) {
    if (!types.isAnyArrayBuffer(arrayBuffer) && !types.isArrayBufferView(arrayBuffer)) {
      throw invalidArg('arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    this._transfers.set(id >>> 0, types.isArrayBufferView(arrayBuffer) ? arrayBuffer.buffer : arrayBuffer);
  }

  readUint32() {
    try { return this._varint() >>> 0; } catch { throw new Error('ReadUint32() failed'); }
  }

  readUint64() {
    let v;
    try { v = this._varintBig(); } catch { throw new Error('ReadUint64() failed'); }
    return [Number((v >> 32n) & 0xffffffffn), Number(v & 0xffffffffn)];
  }

  readDouble() {
    if (this._pos + 8 > this._u8.length) throw new Error('ReadDouble() failed');
    const dv = new DataView(this._u8.buffer, this._u8.byteOffset + this._pos, 8);
    this._pos += 8;
    return dv.getFloat64(0, true);
  }

  _readRawBytes(length) {
    const offset = this._pos;
    if (length < 0 || offset + length > this._u8.length) throw new Error('ReadRawBytes() failed');
    this._pos += length;
    return offset;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return Buffer.from(this._u8.buffer, this._u8.byteOffset + offset, length);
  }

  // ---- byte reading ----
  _byte() {
    if (this._pos >= this._u8.length) throw cloneError();
    return this._u8[this._pos++];
  }

  _varint() {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      const b = this._byte();
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 128;
    }
    throw cloneError();
  }

  _varintBig() {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      const b = this._byte();
      result |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return result;
      shift += 7n;
    }
    throw cloneError();
  }

  _zigzag() {
    const v = this._varint();
    return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
  }

  _bytes(n) {
    if (n < 0 || this._pos + n > this._u8.length) throw cloneError();
    const out = this._u8.subarray(this._pos, this._pos + n);
    this._pos += n;
    return out;
  }

  _oneByteString(n) {
    const bytes = this._bytes(n);
    let s = '';
    for (let i = 0; i < bytes.length; i += 4096) {
      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096));
    }
    return s;
  }

  _twoByteString(n) {
    if (n % 2) throw cloneError();
    const bytes = this._bytes(n);
    const codes = new Array(n / 2);
    for (let i = 0; i < n; i += 2) codes[i / 2] = bytes[i] | (bytes[i + 1] << 8);
    let s = '';
    for (let i = 0; i < codes.length; i += 4096) s += String.fromCharCode.apply(null, codes.slice(i, i + 4096));
    return s;
  }

  _bigint() {
    const bitfield = this._varint();
    const negative = bitfield & 1;
    const byteLength = Math.floor(bitfield / 2);
    const bytes = this._bytes(byteLength);
    let v = 0n;
    for (let i = byteLength - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
    return negative ? -v : v;
  }

  _peekTag() {
    while (this._pos < this._u8.length && this._u8[this._pos] === T.kPadding) this._pos++;
    return this._pos < this._u8.length ? this._u8[this._pos] : -1;
  }

  _tag() {
    let t;
    do t = this._byte(); while (t === T.kPadding);
    return t;
  }

  _addObject(obj) {
    this._objects.push(obj);
    return obj;
  }

  _readString() {
    const v = this._readObject();
    if (typeof v !== 'string') throw cloneError();
    return v;
  }

  // ---- values ----
  _readObject() {
    const tag = this._tag();
    switch (tag) {
      case T.kVerifyObjectCount: this._varint(); return this._readObject();
      case T.kUndefined: return undefined;
      case T.kNull: return null;
      case T.kTrue: return true;
      case T.kFalse: return false;
      case T.kInt32: return this._zigzag();
      case T.kUint32: return this._varint();
      case T.kDouble: return this.readDouble();
      case T.kBigInt: return this._bigint();
      case T.kUtf8String: {
        const bytes = this._bytes(this._varint());
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
      }
      case T.kOneByteString: return this._oneByteString(this._varint());
      case T.kTwoByteString: return this._twoByteString(this._varint());
      case T.kObjectReference: {
        const id = this._varint();
        if (id >= this._objects.length) throw cloneError();
        return this._objects[id];
      }
      case T.kBeginJSObject: {
        const obj = this._addObject({});
        const n = this._readProperties(obj, T.kEndJSObject);
        if (this._varint() !== n) throw cloneError();
        return obj;
      }
      case T.kBeginSparseJSArray: {
        const length = this._varint();
        const arr = this._addObject(new Array(length));
        const n = this._readProperties(arr, T.kEndSparseJSArray);
        if (this._varint() !== n || this._varint() !== length) throw cloneError();
        return arr;
      }
      case T.kBeginDenseJSArray: {
        const length = this._varint();
        if (length > this._u8.length - this._pos) throw cloneError();
        const arr = this._addObject(new Array(length));
        for (let i = 0; i < length; i++) {
          if (this._peekTag() === T.kTheHole) { this._pos++; continue; }
          arr[i] = this._readObject();
        }
        const n = this._readProperties(arr, T.kEndDenseJSArray);
        if (this._varint() !== n || this._varint() !== length) throw cloneError();
        return arr;
      }
      case T.kDate: return this._addObject(new Date(this.readDouble()));
      case T.kTrueObject: return this._addObject(Object(true));
      case T.kFalseObject: return this._addObject(Object(false));
      case T.kNumberObject: return this._addObject(Object(this.readDouble()));
      case T.kBigIntObject: return this._addObject(Object(this._bigint()));
      case T.kStringObject: {
        const id = this._objects.length;
        this._objects.push(undefined);
        const s = Object(this._readString());
        this._objects[id] = s;
        return s;
      }
      case T.kRegExp: {
        const id = this._objects.length;
        this._objects.push(undefined);
        const source = this._readString();
        const flags = T.regExpFlagString(this._varint());
        let re;
        try { re = new RegExp(source, flags); } catch { throw cloneError(); }
        this._objects[id] = re;
        return re;
      }
      case T.kBeginJSMap: {
        const map = this._addObject(new Map());
        let n = 0;
        while (this._peekTag() !== T.kEndJSMap) {
          const k = this._readObject();
          const v = this._readObject();
          map.set(k, v);
          n += 2;
        }
        this._pos++;
        if (this._varint() !== n) throw cloneError();
        return map;
      }
      case T.kBeginJSSet: {
        const set = this._addObject(new Set());
        let n = 0;
        while (this._peekTag() !== T.kEndJSSet) { set.add(this._readObject()); n++; }
        this._pos++;
        if (this._varint() !== n) throw cloneError();
        return set;
      }
      case T.kArrayBuffer: {
        const n = this._varint();
        const ab = new ArrayBuffer(n);
        new Uint8Array(ab).set(this._bytes(n));
        this._addObject(ab);
        return this._maybeView(ab);
      }
      case T.kResizableArrayBuffer: {
        const n = this._varint();
        const max = this._varint();
        const ab = new ArrayBuffer(n, { maxByteLength: max });
        new Uint8Array(ab).set(this._bytes(n));
        this._addObject(ab);
        return this._maybeView(ab);
      }
      case T.kArrayBufferTransfer: {
        const id = this._varint();
        if (!this._transfers.has(id)) throw cloneError();
        const ab = this._addObject(this._transfers.get(id));
        return this._maybeView(ab);
      }
      case T.kSharedArrayBuffer: {
        const id = this._varint();
        if (!this._transfers.has(id)) throw cloneError();
        return this._addObject(this._transfers.get(id));
      }
      case T.kHostObject: {
        if (typeof this._readHostObject !== 'function') throw cloneError();
        const id = this._objects.length;
        this._objects.push(undefined);
        const obj = this._readHostObject();
        if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) throw cloneError();
        this._objects[id] = obj;
        return obj;
      }
      case T.kError: return this._readError();
      default:
        throw cloneError();
    }
  }

  _maybeView(ab) {
    if (this._peekTag() !== T.kArrayBufferView) return ab;
    this._pos++;
    const subtag = this._byte();
    const byteOffset = this._varint();
    const byteLength = this._varint();
    if (this._version >= 14) this._varint();  // flags (length-tracking / backed by RAB)
    const Ctor = T.viewConstructor(subtag);
    if (Ctor === undefined || byteOffset + byteLength > ab.byteLength) throw cloneError();
    const size = Ctor.BYTES_PER_ELEMENT || 1;
    if (byteOffset % size || byteLength % size) throw cloneError();
    return this._addObject(Ctor === DataView ? new DataView(ab, byteOffset, byteLength) : new Ctor(ab, byteOffset, byteLength / size));
  }

  _readProperties(obj, endTag) {
    let n = 0;
    for (;;) {
      const t = this._peekTag();
      if (t === endTag) { this._pos++; return n; }
      if (t === -1) throw cloneError();
      const key = this._readObject();
      if (typeof key !== 'string' && typeof key !== 'number') throw cloneError();
      obj[key] = this._readObject();
      n++;
    }
  }

  _readError() {
    const id = this._objects.length;
    this._objects.push(undefined);
    let Ctor = Error;
    let message;
    let stack;
    let hasCause = false;
    let cause;
    for (;;) {
      const t = this._byte();
      if (t === T.kErrorEnd) break;
      if (t === T.kErrorMessage) message = this._readString();
      else if (t === T.kErrorStack) stack = this._readString();
      else if (t === T.kErrorCause) { hasCause = true; cause = this._readObject(); }
      else {
        const c = T.errorConstructor(t);
        if (c === undefined) throw cloneError();
        Ctor = c;
      }
    }
    const err = hasCause ? new Ctor(message, { cause }) : new Ctor(message);
    if (message === undefined) delete err.message;
    if (stack !== undefined) {
      Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
    }
    this._objects[id] = err;
    return err;
  }
}

// Node's DefaultDeserializer: host objects are typed arrays, DataViews and Buffers written by
// DefaultSerializer; they view the input's memory when aligned, as Node's do.
class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const name = T.arrayBufferViewTypes[typeIndex];
    if (name === undefined) throw cloneError();
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const absolute = this._u8.byteOffset + byteOffset;
    if (name === 'Buffer') return Buffer.from(this._u8.buffer, absolute, byteLength);
    const Ctor = globalThis[name];
    const size = Ctor.BYTES_PER_ELEMENT || 1;
    if (byteLength % size) throw cloneError();
    if (absolute % size === 0) {
      return name === 'DataView' ? new DataView(this._u8.buffer, absolute, byteLength) :
        new Ctor(this._u8.buffer, absolute, byteLength / size);
    }
    const copy = this._u8.buffer.slice(absolute, absolute + byteLength);
    return name === 'DataView' ? new DataView(copy) : new Ctor(copy);
  }
}

module.exports = { Deserializer, DefaultDeserializer };

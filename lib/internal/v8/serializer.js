'use strict';
// v8.Serializer: writes values in V8's ValueSerializer wire format (version 15, the one
// Node 24 writes), so bytes made here are read by Node's v8.deserialize and the reverse.
// Tags and layouts follow V8's value-serializer format; lib/internal/v8/deserializer.js reads them.

const types = require('internal/util/types');
const { Buffer } = require('buffer');
const T = require('internal/v8/tags');
const { invalidArg } = T;

const kInitial = 64;

class Serializer {
  constructor() {
    this._buf = new Uint8Array(kInitial);
    this._len = 0;
    this._ids = new Map();        // object → id (back-references, '^')
    this._nextId = 0;
    this._transfers = new Map();  // ArrayBuffer → transfer id ('t')
    this._viewsAsHostObjects = false;
    this._f64 = new Float64Array(1);
    this._f64bytes = new Uint8Array(this._f64.buffer);
  }

  // ---- public API (Node's) ----
  writeHeader() {
    this._byte(T.kVersion);
    this._varint(T.kLatestVersion);
  }

  writeValue(value) {
    this._writeObject(value);
    return true;
  }

  releaseBuffer() {
    const out = Buffer.from(this._buf.buffer.slice(0, this._len));
    this._buf = new Uint8Array(kInitial);
    this._len = 0;
    return out;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!types.isAnyArrayBuffer(arrayBuffer)) throw invalidArg('arrayBuffer must be an ArrayBuffer');
    this._transfers.set(arrayBuffer, id >>> 0);
  }

  writeUint32(value) { this._varint(value >>> 0); }

  writeUint64(hi, lo) {
    this._varintBig((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  }

  writeDouble(value) {
    this._f64[0] = +value;
    this._raw(this._f64bytes);
  }

  writeRawBytes(source) {
    if (!types.isArrayBufferView(source)) throw invalidArg('source must be a TypedArray or a DataView');
    this._raw(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) { this._viewsAsHostObjects = !!flag; }

  _getDataCloneError(message) { return new Error(message); }

  // ---- byte writing ----
  _reserve(n) {
    if (this._len + n <= this._buf.length) return;
    let size = this._buf.length * 2;
    while (size < this._len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this._buf.subarray(0, this._len));
    this._buf = next;
  }

  _byte(b) {
    this._reserve(1);
    this._buf[this._len++] = b;
  }

  _raw(u8) {
    this._reserve(u8.length);
    this._buf.set(u8, this._len);
    this._len += u8.length;
  }

  _varint(n) {
    this._reserve(10);
    while (n >= 0x80) {
      this._buf[this._len++] = (n & 0x7f) | 0x80;
      n = Math.floor(n / 128);
    }
    this._buf[this._len++] = n;
  }

  _varintBig(n) {
    while (n >= 0x80n) {
      this._byte(Number(n & 0x7fn) | 0x80);
      n >>= 7n;
    }
    this._byte(Number(n));
  }

  _zigzag(n) { this._varint(n >= 0 ? n * 2 : -n * 2 - 1); }

  _oneByteOrTwoByte(str) {
    for (let i = 0; i < str.length; i++) if (str.charCodeAt(i) > 0xff) return false;
    return true;
  }

  _string(str) {
    const n = str.length;
    if (this._oneByteOrTwoByte(str)) {
      this._byte(T.kOneByteString);
      this._varint(n);
      this._reserve(n);
      for (let i = 0; i < n; i++) this._buf[this._len++] = str.charCodeAt(i);
      return;
    }
    // Two-byte strings start at an even offset: a padding byte goes first when needed.
    const bytes = n * 2;
    let lenBytes = 1;
    for (let v = bytes; v >= 0x80; v = Math.floor(v / 128)) lenBytes++;
    if ((this._len + 1 + lenBytes) & 1) this._byte(T.kPadding);
    this._byte(T.kTwoByteString);
    this._varint(bytes);
    this._reserve(bytes);
    for (let i = 0; i < n; i++) {
      const c = str.charCodeAt(i);
      this._buf[this._len++] = c & 0xff;
      this._buf[this._len++] = c >> 8;
    }
  }

  _double(n) {
    this._byte(T.kDouble);
    this.writeDouble(n);
  }

  _number(n) {
    if (Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 && !Object.is(n, -0)) {
      this._byte(T.kInt32);
      this._zigzag(n);
    } else {
      this._double(n);
    }
  }

  _bigintBody(b) {
    const negative = b < 0n;
    let mag = negative ? -b : b;
    const digits = [];
    while (mag > 0n) {
      digits.push(mag & 0xffffffffffffffffn);
      mag >>= 64n;
    }
    this._varint(digits.length * 8 * 2 + (negative ? 1 : 0));
    const dv = new DataView(new ArrayBuffer(8));
    for (const d of digits) {
      dv.setBigUint64(0, d, true);
      this._raw(new Uint8Array(dv.buffer));
    }
  }

  _cloneError(value) {
    let shown;
    if (typeof value === 'function') shown = Function.prototype.toString.call(value);
    else if (typeof value === 'symbol') shown = String(value);
    else {
      let name = 'Object';
      try { name = Object.prototype.toString.call(value).slice(8, -1); } catch { /* proxy */ }
      shown = `#<${name}>`;
    }
    const err = this._getDataCloneError(`${shown} could not be cloned.`);
    throw err;
  }

  // ---- values ----
  _writeObject(value) {
    switch (typeof value) {
      case 'undefined': this._byte(T.kUndefined); return;
      case 'boolean': this._byte(value ? T.kTrue : T.kFalse); return;
      case 'number': this._number(value); return;
      case 'bigint': this._byte(T.kBigInt); this._bigintBody(value); return;
      case 'string': this._string(value); return;
      case 'symbol': this._cloneError(value); return;
      case 'function': this._cloneError(value); return;
      default: break;
    }
    if (value === null) { this._byte(T.kNull); return; }
    const id = this._ids.get(value);
    if (id !== undefined) {
      this._byte(T.kObjectReference);
      this._varint(id);
      return;
    }
    if (types.isArrayBufferView(value)) {
      if (this._viewsAsHostObjects) {
        this._ids.set(value, this._nextId++);
        this._byte(T.kHostObject);
        this._writeHostObjectChecked(value);
        return;
      }
      // The buffer goes first (it may be shared by other views), then the view over it.
      if (!this._ids.has(value.buffer)) this._writeObject(value.buffer);
      else { this._byte(T.kObjectReference); this._varint(this._ids.get(value.buffer)); }
      this._ids.set(value, this._nextId++);
      this._byte(T.kArrayBufferView);
      this._byte(T.viewTag(value));
      this._varint(value.byteOffset);
      this._varint(value.byteLength);
      this._varint(0);
      return;
    }
    this._writeReceiver(value);
  }

  _writeHostObjectChecked(value) {
    if (typeof this._writeHostObject !== 'function') {
      this._cloneError(value);
    }
    this._writeHostObject(value);
  }

  _writeReceiver(value) {
    if (types.isProxy(value) || types.isPromise(value) || types.isWeakMap(value) ||
        types.isWeakSet(value) || types.isGeneratorObject(value) || types.isModuleNamespaceObject(value) ||
        (typeof WeakRef === 'function' && value instanceof WeakRef)) {
      this._cloneError(value);
    }
    const transferId = this._transfers.get(value);
    this._ids.set(value, this._nextId++);
    if (transferId !== undefined) {
      this._byte(T.kArrayBufferTransfer);
      this._varint(transferId);
      return;
    }
    if (Array.isArray(value)) return this._writeArray(value);
    if (types.isDate(value)) { this._byte(T.kDate); this.writeDouble(value.getTime()); return; }
    if (types.isRegExp(value)) {
      this._byte(T.kRegExp);
      this._string(value.source);
      this._varint(T.regExpFlags(value.flags));
      return;
    }
    if (types.isMap(value)) {
      this._byte(T.kBeginJSMap);
      let n = 0;
      for (const [k, v] of Map.prototype.entries.call(value)) { this._writeObject(k); this._writeObject(v); n += 2; }
      this._byte(T.kEndJSMap);
      this._varint(n);
      return;
    }
    if (types.isSet(value)) {
      this._byte(T.kBeginJSSet);
      let n = 0;
      for (const v of Set.prototype.values.call(value)) { this._writeObject(v); n++; }
      this._byte(T.kEndJSSet);
      this._varint(n);
      return;
    }
    if (types.isArrayBuffer(value)) {
      this._byte(T.kArrayBuffer);
      this._varint(value.byteLength);
      this._raw(new Uint8Array(value));
      return;
    }
    if (types.isSharedArrayBuffer(value)) {
      if (typeof this._getSharedArrayBufferId !== 'function') this._cloneError(value);
      this._byte(T.kSharedArrayBuffer);
      this._varint(this._getSharedArrayBufferId(value) >>> 0);
      return;
    }
    if (types.isBoxedPrimitive(value)) return this._writeBoxed(value);
    if (types.isNativeError(value)) return this._writeError(value);
    this._byte(T.kBeginJSObject);
    const n = this._writeProperties(value, Object.keys(value));
    this._byte(T.kEndJSObject);
    this._varint(n);
  }

  _writeBoxed(value) {
    if (types.isNumberObject(value)) { this._byte(T.kNumberObject); this.writeDouble(Number.prototype.valueOf.call(value)); }
    else if (types.isStringObject(value)) { this._byte(T.kStringObject); this._string(String.prototype.valueOf.call(value)); }
    else if (types.isBooleanObject(value)) this._byte(Boolean.prototype.valueOf.call(value) ? T.kTrueObject : T.kFalseObject);
    else if (types.isBigIntObject(value)) { this._byte(T.kBigIntObject); this._bigintBody(BigInt.prototype.valueOf.call(value)); }
    else this._cloneError(value);
  }

  _writeError(value) {
    this._byte(T.kError);
    const tag = T.errorPrototypeTag(value);
    if (tag !== undefined) this._byte(tag);
    const message = Object.getOwnPropertyDescriptor(value, 'message');
    if (message && 'value' in message) {
      this._byte(T.kErrorMessage);
      this._string(String(message.value));
    }
    const stack = value.stack;
    if (typeof stack === 'string') {
      this._byte(T.kErrorStack);
      this._string(stack);
    }
    const cause = Object.getOwnPropertyDescriptor(value, 'cause');
    if (cause && 'value' in cause) {
      this._byte(T.kErrorCause);
      this._writeObject(cause.value);
    }
    this._byte(T.kErrorEnd);
  }

  _writeProperties(obj, keys) {
    let n = 0;
    for (const key of keys) {
      if (!Object.prototype.propertyIsEnumerable.call(obj, key)) continue;
      const v = obj[key];
      const index = T.arrayIndex(key);
      if (index !== -1) this._number(index);
      else this._string(key);
      this._writeObject(v);
      n++;
    }
    return n;
  }

  _writeArray(arr) {
    const length = arr.length;
    let dense = true;
    for (let i = 0; i < length; i++) if (!Object.prototype.hasOwnProperty.call(arr, i)) { dense = false; break; }
    const extra = Object.keys(arr).filter((k) => T.arrayIndex(k) === -1);
    if (dense) {
      this._byte(T.kBeginDenseJSArray);
      this._varint(length);
      for (let i = 0; i < length; i++) this._writeObject(arr[i]);
      const n = this._writeProperties(arr, extra);
      this._byte(T.kEndDenseJSArray);
      this._varint(n);
      this._varint(length);
      return;
    }
    this._byte(T.kBeginSparseJSArray);
    this._varint(length);
    const n = this._writeProperties(arr, Object.keys(arr));
    this._byte(T.kEndSparseJSArray);
    this._varint(n);
    this._varint(length);
  }
}

// Node's DefaultSerializer: typed arrays, DataViews and Buffers travel as host objects
// (type index, byte length, bytes), which DefaultDeserializer turns back into the same type.
class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    const i = Buffer.isBuffer(abView) ? T.kBufferTypeIndex : T.arrayBufferViewTypeIndex(abView);
    if (i === -1) throw this._getDataCloneError('Unserializable host object');
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

module.exports = { Serializer, DefaultSerializer };

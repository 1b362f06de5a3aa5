'use strict';
// node:buffer. Buffer is a Uint8Array subclass (FastBuffer) whose prototype carries Node's
// methods; byte work (encoding, compare, search, fill, copy) is native (internalBinding
// 'buffer', src/modules/buffer.cc). Small buffers are slices of a shared pool, as in Node.

const binding = internalBinding('buffer');
const {
  FastBuffer, createUnsafeBuffer, addBufferPrototypeMethods,
} = require('internal/buffer');
const { normalizeEncoding, encodingId, kUtf8, kUcs2, kLatin1 } = require('internal/buffer/encodings');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateArray, validateNumber, validateInteger, validateString } = require('internal/validators');

const {
  byteLength: nativeByteLength, write: nativeWrite, slice: nativeSlice, compare: nativeCompare,
  compareOffset, copy: nativeCopy, fill: nativeFill, indexOfString, indexOfBuffer, indexOfNumber,
  isUint8Array,
} = binding;

const kMaxLength = 2 ** 53 - 1;
const kStringMaxLength = 2 ** 29 - 24;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});

let INSPECT_MAX_BYTES = 50;

// ---------------------------------------------------------------------------------------------
// The pool small buffers are cut from.

let poolSize, poolOffset, allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = createUnsafeBuffer(poolSize).buffer;
  poolOffset = 0;
}

function alignPool() {
  // Keep the next slice 8-byte aligned.
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

// ---------------------------------------------------------------------------------------------
// Buffer itself

let deprecationShown = false;
let deprecationChecks = 0;

function calledFromNodeModules() {
  const stack = new Error().stack || '';
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('node:') || line.includes('<internal>')) continue;
    if (line.includes('Buffer')) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

function showBufferDeprecation() {
  if (deprecationShown || ++deprecationChecks > 100) return;
  if (!internalBinding('options').runtimeArgs.includes('--pending-deprecation') && calledFromNodeModules()) return;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
  deprecationShown = true;
}

// The deprecated call forms `Buffer(x)` and `new Buffer(x)`.
function Buffer(arg, encodingOrOffset, length) {
  showBufferDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  enumerable: false, configurable: true, get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
addBufferPrototypeMethods(Buffer.prototype);

Buffer.poolSize = 64 * 1024;
createPool();

function fromStringFast(string, id) {
  const half = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= half) return fromStringSlow(string, id);
  length *= 4;  // the most bytes a character can take
  if (length >= half) length = nativeByteLength(string, id);
  if (length >= half) return fromStringSlow(string, id, length);
  if (length > poolSize - poolOffset) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = nativeWrite(b, string, 0, length, id);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromStringSlow(string, id, length = nativeByteLength(string, id)) {
  const b = createUnsafeBuffer(length);
  const actual = nativeWrite(b, string, 0, length, id);
  return actual === length ? b : new FastBuffer(b.buffer, 0, actual);
}

function fromString(string, encoding) {
  let id = kUtf8;
  if (typeof encoding === 'string' && encoding.length !== 0) {
    id = encodingId(encoding);
    if (id < 0) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return fromStringFast(string, id);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (byteOffset < 0) throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  if (length < (Buffer.poolSize >>> 1)) {
    if (length > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, length);
    Uint8Array.prototype.set.call(b, obj, 0);
    poolOffset += length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

const { isAnyArrayBuffer } = require('internal/util/types');

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  const { isTypedArray } = require('internal/util/types');
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = Object.getPrototypeOf(Uint8Array.prototype).slice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = createUnsafeBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

// Deprecated (DEP0030): kept as Node keeps it.
function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return nativeCompare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) Uint8Array.prototype.fill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding || encoding === 'utf8') return nativeByteLength(string, kUtf8);
  if (encoding === 'ascii' || encoding === 'latin1') return len;
  const id = encodingId(encoding);
  return nativeByteLength(string, id < 0 ? kUtf8 : id);
}
Buffer.byteLength = byteLength;

// ---------------------------------------------------------------------------------------------
// Prototype

Object.defineProperty(Buffer.prototype, 'parent', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  return nativeCopy(source, target, targetStart, sourceStart, nb);
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function fillImpl(buf, value, offset, end, encoding) {
  let id;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    id = encodingId(normalized);
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      // One character that is one byte: a plain byte fill.
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
  } else {
    const res = nativeFill(buf, value, offset, end, id);
    if (res < 0) {
      if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }
  return buf;
}

function searchIn(buffer, val, byteOffset, encoding, forward) {
  if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  if (typeof val === 'number') return indexOfNumber(buffer, val >>> 0, byteOffset, forward);
  let id = kUtf8;
  if (encoding !== undefined) id = encodingId(encoding);
  if (typeof val === 'string') {
    if (id < 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    // ascii searches as latin1 in Node.
    return indexOfString(buffer, val, byteOffset, id === 3 ? kLatin1 : id, forward);
  }
  if (isUint8Array(val)) return indexOfBuffer(buffer, val, byteOffset, id < 0 ? kUtf8 : id, forward);
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

// Node's native check throws a TypeError with this code and a short message.
function notAString() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

function swapCheck(buf, size) {
  if (buf.length % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${size * 8}-bits`);
}

const methods = {
  copy(target, targetStart, sourceStart, sourceEnd) {
    return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString(encoding, start, end) {
    if (arguments.length === 0) return nativeSlice(this, kUtf8, 0, this.length);
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    if (encoding === undefined) return nativeSlice(this, kUtf8, start, end);
    const id = encodingId(encoding);
    if (id < 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    return nativeSlice(this, id, start, end);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    const len = this.byteLength;
    if (len !== otherBuffer.byteLength) return false;
    return len === 0 || nativeCompare(this, otherBuffer) === 0;
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (arguments.length === 1) return nativeCompare(this, target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
  },

  indexOf(val, byteOffset, encoding) {
    return searchIn(this, val, byteOffset, encoding, true);
  },

  lastIndexOf(val, byteOffset, encoding) {
    return searchIn(this, val, byteOffset, encoding, false);
  },

  includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  },

  fill(value, offset, end, encoding) {
    return fillImpl(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (typeof string !== 'string') throw notAString();
    if (offset === undefined) return nativeWrite(this, string, 0, this.length, kUtf8);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8') return nativeWrite(this, string, offset, length, kUtf8);
    const id = encodingId(encoding);
    if (id < 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    return nativeWrite(this, string, offset, length, id);
  },

  toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  },

  subarray(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  },

  slice(start, end) {
    return this.subarray(start, end);
  },

  swap16() {
    swapCheck(this, 2);
    binding.swap16(this);
    return this;
  },

  swap32() {
    swapCheck(this, 4);
    binding.swap32(this);
    return this;
  },

  swap64() {
    swapCheck(this, 8);
    binding.swap64(this);
    return this;
  },
};

for (const name of Object.keys(methods)) {
  Object.defineProperty(Buffer.prototype, name, {
    value: methods[name], writable: true, configurable: true, enumerable: true,
  });
}
Buffer.prototype.toLocaleString = Buffer.prototype.toString;
// Native fast paths for the common searches (number or string needle, default encoding).
Buffer.prototype.indexOf = binding.fastSearch(true, methods.indexOf);
Buffer.prototype.lastIndexOf = binding.fastSearch(false, methods.lastIndexOf);

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
function inspectBuffer(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = nativeSlice(this, 6, 0, shown).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    // Own non-index properties are shown after the bytes, as Node does.
    const { getOwnNonIndexProperties } = internalBinding('util');
    const keys = getOwnNonIndexProperties(this, !ctx.showHidden);
    if (keys.length > 0) {
      const obj = { __proto__: null };
      for (const key of keys) obj[key] = this[key];
      const { inspect } = require('internal/util/inspect');
      if (this.length !== 0) str += ', ';
      // Drop the "[Object: null prototype] {" prefix and " }" suffix.
      str += inspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}
Object.defineProperty(Buffer.prototype, customInspectSymbol, {
  value: inspectBuffer, writable: true, configurable: true, enumerable: true,
});
Object.defineProperty(Buffer.prototype, 'inspect', {
  value: inspectBuffer, writable: true, configurable: true, enumerable: true,
});

// ---------------------------------------------------------------------------------------------
// Module functions

// Node validates the bytes of typed arrays and array buffers (a detached one has none).
function validityInput(input) {
  const { isTypedArray } = require('internal/util/types');
  if (!isTypedArray(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  return input;
}

function isUtf8(input) {
  return binding.isUtf8(validityInput(input));
}

function isAscii(input) {
  return binding.isAscii(validityInput(input));
}

function transcode(source, fromEncoding, toEncoding) {
  return require('internal/buffer/transcode').transcode(source, fromEncoding, toEncoding);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  return require('internal/buffer/atob').btoa(input);
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  return require('internal/buffer/atob').atob(input);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
};

Object.defineProperties(module.exports, {
  INSPECT_MAX_BYTES: {
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
  // Blob and File load on first use.
  Blob: { configurable: true, enumerable: true, get() { return require('internal/blob').Blob; } },
  resolveObjectURL: {
    configurable: true, enumerable: true, get() { return require('internal/blob').resolveObjectURL; },
  },
  File: { configurable: true, enumerable: true, get() { return require('internal/file').File; } },
});

'use strict';
// Pieces of Buffer that other internal modules share: FastBuffer (the Uint8Array subclass every
// Buffer is an instance of), createUnsafeBuffer, and the prototype methods lib/buffer.js adds
// (number read/write, per-encoding <enc>Slice/<enc>Write).

const binding = internalBinding('buffer');
const {
  kUtf8, kUcs2, kLatin1, kAscii, kBase64, kBase64Url, kHex,
} = require('internal/buffer/encodings');
const read = require('internal/buffer/read');
const write = require('internal/buffer/write');
const { ERR_BUFFER_OUT_OF_BOUNDS } = require('internal/errors').codes;

class FastBuffer extends Uint8Array {
  // An explicit constructor: the default one would spread arguments through the (mutable)
  // array iterator.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

const { slice: nativeSlice, write: nativeWrite } = binding;

// buf.<enc>Slice(start, end) and buf.<enc>Write(string, offset, length), as Node has them.
function makeSlice(id) {
  return function(start = 0, end = this.length) {
    if (start > this.length || end > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    return nativeSlice(this, id, start, end);
  };
}
function makeWrite(id) {
  return function(string, offset = 0, length = this.length - offset) {
    if (typeof string !== 'string') {
      const err = new TypeError('argument must be a string');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (offset < 0 || offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    return nativeWrite(this, string, offset, length, id);
  };
}

const encodingMethods = {
  utf8Slice: makeSlice(kUtf8), ucs2Slice: makeSlice(kUcs2), latin1Slice: makeSlice(kLatin1),
  asciiSlice: makeSlice(kAscii), base64Slice: makeSlice(kBase64),
  base64urlSlice: makeSlice(kBase64Url), hexSlice: makeSlice(kHex),
  utf8Write: makeWrite(kUtf8), ucs2Write: makeWrite(kUcs2), latin1Write: makeWrite(kLatin1),
  asciiWrite: makeWrite(kAscii), base64Write: makeWrite(kBase64),
  base64urlWrite: makeWrite(kBase64Url), hexWrite: makeWrite(kHex),
};

// Native fast paths (src/modules/buffer_rw.cc) in front of the JS read/write methods: the
// native function handles a Uint8Array with an in-range integer offset (and number value),
// and calls the JS one for everything else, so errors stay exactly the JS ones.
const kKinds = { UInt: 0, Int: 1, Float: 2, Double: 2, BigUInt: 3, BigInt: 4 };
function fast(name, fn) {
  const m = /^(read|write)(?:(BigUInt|BigInt|UInt|Int)(8|16|32|64)|(Float|Double))(LE|BE)?$/.exec(name);
  if (!m) return fn;
  if (m[4]) m[2] = m[4];
  m[4] = m[5];
  const kind = kKinds[m[2]];
  const width = m[2] === 'Float' ? 4 : m[2] === 'Double' ? 8 : m[3] / 8;
  const magic = kind | (width << 4) | (m[4] === 'BE' ? 0x100 : 0) | (m[1] === 'write' ? 0x200 : 0);
  return binding.fastAccessor(magic, fn, fn.length);
}

function addBufferPrototypeMethods(proto) {
  const methods = { ...read, ...write, ...encodingMethods };
  for (const name of Object.keys(methods)) methods[name] = fast(name, methods[name]);
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, { value: methods[name], writable: true, configurable: true, enumerable: true });
    // Node's lower-case aliases: readUint32LE for readUInt32LE, writeBigUint64LE ...
    if (name.includes('UInt')) {
      Object.defineProperty(proto, name.replace('UInt', 'Uint'),
        { value: methods[name], writable: true, configurable: true, enumerable: true });
    }
  }
}

function markAsUntransferable() {}

module.exports = {
  FastBuffer,
  createUnsafeBuffer,
  addBufferPrototypeMethods,
  markAsUntransferable,
  readUInt16BE: read.readUInt16BE,
  readUInt32BE: read.readUInt32BE,
};

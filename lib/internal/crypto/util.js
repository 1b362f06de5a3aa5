'use strict';
// Pieces every lib/internal/crypto/* module shares: the binding, symbols, argument helpers
// with Node's errors, encoding ids for the binding, and crypto.constants.

const { Buffer } = require('buffer');
const { encodingId } = require('internal/buffer/encodings');
const {
  codes: { ERR_INVALID_ARG_TYPE },
  hideStackFrames,
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const binding = internalBinding('crypto');

const kHandle = Symbol('kHandle');
const kKeyObject = Symbol('kKeyObject');

// The binding's id for an encoding name (Node's ParseEncoding): Buffer's encodings in any
// letter case; 'buffer', anything unknown and non-strings give -1 (raw bytes).
function encodingIdOf(encoding) {
  if (encoding === 'hex') return 6;
  if (typeof encoding !== 'string' || encoding === '') return -1;
  return encodingId(encoding);
}

// A key, salt or password argument as the binding takes it: strings become bytes in
// `encoding` ('buffer' meaning UTF-8); ArrayBuffers and views pass through.
const getArrayBufferOrView = hideStackFrames((buffer, name, encoding) => {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return buffer;
});

const validateByteSource = hideStackFrames((val, name) => {
  val = toBuf(val);
  if (isAnyArrayBuffer(val) || isArrayBufferView(val)) return val;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], val);
});

function toBuf(val, encoding) {
  if (typeof val === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(val, encoding);
  }
  return val;
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

// A function returning a fresh copy of a list computed once (getHashes …).
function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result.slice();
  };
}

// Node's list cleaning: one entry per name ignoring letter case, sorted.
function filterDuplicateStrings(items, low) {
  const map = new Map();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const key = item.toLowerCase();
    map.set(key, low ? key : item);
  }
  return [...map.values()].sort();
}

let constants;
function getConstants() {
  if (constants !== undefined) return constants;
  constants = binding.constants;
  // Node's accessor: the --tls-cipher-list default until assigned.
  Object.defineProperty(constants, 'defaultCipherList', {
    get() {
      const value = internalBinding('options').tlsCipherList || constants.defaultCoreCipherList;
      Object.defineProperty(this, 'defaultCipherList', { writable: true, configurable: true, enumerable: true, value });
      return value;
    },
    set(value) {
      Object.defineProperty(this, 'defaultCipherList', { writable: true, configurable: true, enumerable: true, value });
    },
    configurable: true,
    enumerable: true,
  });
  return constants;
}

module.exports = {
  binding,
  kHandle,
  kKeyObject,
  encodingIdOf,
  getArrayBufferOrView,
  validateByteSource,
  toBuf,
  getStringOption,
  cachedResult,
  filterDuplicateStrings,
  getConstants,
};

'use strict';
// crypto.Hash, crypto.Hmac and crypto.hash(): argument checks with Node's errors here, the
// digest work in internalBinding('crypto') (src/modules/crypto_hash.cc, crypto_hmac.cc).
// Both classes are LazyTransforms: full streams, whose stream state appears on first use.

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { normalizeEncoding } = require('internal/buffer/encodings');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateEncoding, validateObject, validateString, validateUint32,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const LazyTransform = require('internal/streams/lazy_transform');
const { binding, kHandle, encodingIdOf, getStringOption } = require('internal/crypto/util');
const { prepareSecretKey } = require('internal/crypto/keys');

const { Hash: HashHandle, Hmac: HmacHandle, oneShotDigest } = binding;

const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

// The binding gives raw bytes as an ArrayBuffer (encoding -1) and strings otherwise.
function output(value) {
  return typeof value === 'string' ? value : new FastBuffer(value);
}

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  const isCopy = algorithm instanceof HashHandle;
  if (!isCopy) validateString(algorithm, 'algorithm');
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  this[kHandle] = new HashHandle(algorithm, xofLen);
  this[kState] = { [kFinalized]: false };
  this._options = options;  // LazyTransform's constructor
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this[kHandle], options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(chunk, encodingIdOf(encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(output(this[kHandle].digest(-1)));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (typeof data === 'string') {
    if (encoding !== undefined) validateEncoding(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (!this[kHandle].update(data, encoding === undefined ? -1 : encodingIdOf(encoding))) {
    throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  // Truthy values are converted to strings, as Node does for backward compatibility.
  const ret = output(this[kHandle].digest(encodingIdOf(outputEncoding && `${outputEncoding}`)));
  state[kFinalized] = true;
  return ret;
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = getStringOption(options, 'encoding');
  // A UTF-8 string key goes to the binding as it is (it encodes it); others become bytes.
  if (typeof key !== 'string' || (encoding !== undefined && encoding !== 'utf8' && encoding !== 'buffer')) {
    key = prepareSecretKey(key, encoding);
  }
  this[kHandle] = new HmacHandle();
  this[kHandle].init(hmac, key);
  this[kState] = { [kFinalized]: false };
  this._options = options;  // LazyTransform's constructor
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) {
    // Node answers a second digest() with an empty result instead of throwing.
    const buf = Buffer.from('');
    if (outputEncoding && outputEncoding !== 'buffer') return buf.toString(outputEncoding);
    return buf;
  }
  const ret = output(this[kHandle].digest(encodingIdOf(outputEncoding && `${outputEncoding}`)));
  state[kFinalized] = true;
  return ret;
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

// crypto.hash(algorithm, input[, outputEncoding | { outputEncoding, outputLength }])
function hash(algorithm, input, options) {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let outputEncoding;
  let outputLength;
  if (typeof options === 'string') {
    outputEncoding = options;
  } else if (options !== undefined) {
    validateObject(options, 'options');
    outputLength = options.outputLength;
    outputEncoding = options.outputEncoding;
  }
  outputEncoding ??= 'hex';
  let normalized = outputEncoding;
  if (normalized !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      if (outputEncoding.toLowerCase() !== 'buffer') throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      normalized = 'buffer';
    }
  }
  if (outputLength !== undefined) validateUint32(outputLength, 'outputLength');
  return output(oneShotDigest(algorithm, input, encodingIdOf(normalized), outputLength));
}

module.exports = { Hash, Hmac, hash };

'use strict';
// crypto.createCipheriv/createDecipheriv (Cipheriv, Decipheriv: LazyTransform streams),
// getCiphers and getCipherInfo, over internalBinding('crypto') (src/modules/crypto_cipher.cc).

const { FastBuffer } = require('internal/buffer');
const { normalizeEncoding } = require('internal/buffer/encodings');
const {
  codes: {
    ERR_CRYPTO_INVALID_STATE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateEncoding, validateInt32, validateObject, validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const LazyTransform = require('internal/streams/lazy_transform');
const {
  binding, kHandle, encodingIdOf, getArrayBufferOrView, getStringOption, cachedResult, filterDuplicateStrings,
} = require('internal/crypto/util');
const { prepareSecretKey, preparePrivateKey, preparePublicOrPrivateKey } = require('internal/crypto/keys');

const { CipherBase, getCiphers: ciphersNative, getCipherInfo: cipherInfoNative } = binding;
const { RSA_PKCS1_OAEP_PADDING, RSA_PKCS1_PADDING } = binding.constants;

let StringDecoder;

// One StringDecoder per cipher for string output, so characters split across updates survive.
function getDecoder(decoder, encoding) {
  const normalized = normalizeEncoding(encoding);
  StringDecoder ??= require('string_decoder').StringDecoder;
  decoder ||= new StringDecoder(encoding);
  if (decoder.encoding !== normalized) {
    if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    throw new ERR_INVALID_ARG_VALUE('outputEncoding', encoding, `cannot be changed from '${decoder.encoding}'`);
  }
  return decoder;
}

function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

function initCipher(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  const authTagLength = getUIntOption(options, 'authTagLength');
  self[kHandle] = new CipherBase(encrypt);
  self[kHandle].initiv(cipher, key, iv, authTagLength);
  self._decoder = null;
  self._options = options;  // LazyTransform's constructor
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}

function _transform(chunk, encoding, callback) {
  this.push(new FastBuffer(this[kHandle].update(chunk, encodingIdOf(encoding))));
  callback();
}

function _flush(callback) {
  try {
    this.push(new FastBuffer(this[kHandle].final()));
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const ret = new FastBuffer(this[kHandle].update(data, encodingIdOf(inputEncoding)));
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(ret);
  }
  return ret;
}

function final(outputEncoding) {
  const ret = new FastBuffer(this[kHandle].final());
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(ret);
  }
  return ret;
}

function setAutoPadding(ap) {
  if (!this[kHandle].setAutoPadding(!!ap)) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  return this;
}

function getAuthTag() {
  const ret = this[kHandle].getAuthTag();
  if (ret === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return new FastBuffer(ret);
}

function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  if (!this[kHandle].setAuthTag(tagbuf)) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  const plaintextLength = getUIntOption(options, 'plaintextLength');
  aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  if (!this[kHandle].setAAD(aadbuf, plaintextLength)) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  return this;
}

for (const Ctor of [Cipheriv, Decipheriv]) {
  Object.setPrototypeOf(Ctor.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Ctor, LazyTransform);
  Object.assign(Ctor.prototype, { _transform, _flush, update, final, setAutoPadding });
  if (Ctor === Cipheriv) Ctor.prototype.getAuthTag = getAuthTag;
  else Ctor.prototype.setAuthTag = setAuthTag;
  Ctor.prototype.setAAD = setAAD;
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

const getCiphers = cachedResult(() => filterDuplicateStrings(ciphersNative(), true));

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  return cipherInfoNative({}, nameOrNid, keyLength, ivLength);
}

// publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt: RSA with a key.
function rsaFunctionFor(method, defaultPadding, keyType) {
  return (options, buffer) => {
    const { format, type, data, passphrase } =
      keyType === 'private' ? preparePrivateKey(options) : preparePublicOrPrivateKey(options);
    const padding = options.padding || defaultPadding;
    const { oaepHash, encoding } = options;
    let { oaepLabel } = options;
    if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
    if (oaepLabel !== undefined) oaepLabel = getArrayBufferOrView(oaepLabel, 'key.oaepLabel', encoding);
    buffer = getArrayBufferOrView(buffer, 'buffer', encoding);
    return new FastBuffer(method(data, format, type, passphrase, buffer, padding, oaepHash, oaepLabel));
  };
}

const publicEncrypt = rsaFunctionFor(binding.publicEncrypt, RSA_PKCS1_OAEP_PADDING, 'public');
const publicDecrypt = rsaFunctionFor(binding.publicDecrypt, RSA_PKCS1_PADDING, 'public');
const privateEncrypt = rsaFunctionFor(binding.privateEncrypt, RSA_PKCS1_PADDING, 'private');
const privateDecrypt = rsaFunctionFor(binding.privateDecrypt, RSA_PKCS1_OAEP_PADDING, 'private');

module.exports = {
  Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers, getCipherInfo,
  publicEncrypt, publicDecrypt, privateEncrypt, privateDecrypt,
};

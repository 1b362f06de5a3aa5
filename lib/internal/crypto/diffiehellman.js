'use strict';
// crypto.createECDH / ECDH (elliptic-curve Diffie-Hellman with raw points), ECDH.convertKey,
// getCurves and crypto.diffieHellman over KeyObjects, on internalBinding('crypto')
// (src/modules/crypto_ecdh.cc). Classic finite-field DiffieHellman is not built yet.

const { deprecate } = require('util');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT,
    ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY,
    ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const { binding, kHandle, getArrayBufferOrView, cachedResult, filterDuplicateStrings } = require('internal/crypto/util');
const { KeyObject } = require('internal/crypto/keys');

const { ECDH: ECDHHandle, ECDHConvertKey, getCurves: curvesNative, statelessDH } = binding;
const {
  POINT_CONVERSION_COMPRESSED, POINT_CONVERSION_HYBRID, POINT_CONVERSION_UNCOMPRESSED,
} = binding.constants;

function encode(buffer, encoding) {
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

function getFormat(format) {
  if (format) {
    if (format === 'compressed') return POINT_CONVERSION_COMPRESSED;
    if (format === 'hybrid') return POINT_CONVERSION_HYBRID;
    if (format !== 'uncompressed') throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  }
  return POINT_CONVERSION_UNCOMPRESSED;
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  this[kHandle] = new ECDHHandle(curve);
}

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  key = getArrayBufferOrView(key, 'key', inEnc);
  const ret = this[kHandle].computeSecret(key);
  if (ret === undefined) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  return encode(new FastBuffer(ret), outEnc);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  this[kHandle].setPrivateKey(key);
  return this;
};

ECDH.prototype.setPublicKey = deprecate(function setPublicKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  this[kHandle].setPublicKey(key);
  return this;
}, 'ecdh.setPublicKey() is deprecated.', 'DEP0031');

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  return encode(new FastBuffer(this[kHandle].getPrivateKey()), encoding);
};

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  this[kHandle].generateKeys();
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const f = getFormat(format);
  return encode(new FastBuffer(this[kHandle].getPublicKey(f)), encoding);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = getArrayBufferOrView(key, 'key', inEnc);
  const f = getFormat(format);
  return encode(new FastBuffer(ECDHConvertKey(key, curve, f)), outEnc);
};

function createECDH(curve) {
  return new ECDH(curve);
}

const getCurves = cachedResult(() => filterDuplicateStrings(curvesNative()));

const dhEnabledKeyTypes = new Set(['dh', 'ec', 'x448', 'x25519']);

// crypto.diffieHellman({ privateKey, publicKey }[, callback]): the shared secret of two keys.
function diffieHellman(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!(publicKey instanceof KeyObject)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !dhEnabledKeyTypes.has(privateType)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${privateType} and ${publicType}`);
  }
  if (callback === undefined) return new FastBuffer(statelessDH(privateKey[kHandle], publicKey[kHandle]));
  statelessDH(privateKey[kHandle], publicKey[kHandle], (err, secret) => {
    if (err) return callback(err);
    callback(null, new FastBuffer(secret));
  });
}

module.exports = { ECDH, createECDH, getCurves, diffieHellman };

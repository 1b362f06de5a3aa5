'use strict';
// crypto.generateKeyPair(Sync) (RSA, RSA-PSS, DSA, EC, Ed25519/Ed448, X25519/X448) over
// internalBinding('crypto').generateKeyPair (src/modules/crypto_keygen.cc), and
// generateKey(Sync) for HMAC and AES secret keys.

const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateFunction, validateInt32, validateInteger, validateObject, validateOneOf, validateString,
  validateUint32,
} = require('internal/validators');
const { FastBuffer } = require('internal/buffer');
const { binding } = require('internal/crypto/util');
const {
  PublicKeyObject, PrivateKeyObject, SecretKeyObject, parsePublicKeyEncoding, parsePrivateKeyEncoding,
} = require('internal/crypto/keys');
const { randomBytes } = require('internal/crypto/random');

const kCustomPromisifyArgsSymbol = Symbol.for('nodejs.util.promisify.customArgs');
const { KeyObjectHandle, kKeyTypeSecret } = binding;

// A KeyObjectHandle becomes a KeyObject; encoded keys (string, ArrayBuffer, JWK) stay as they are.
function wrapKey(key, Ctor) {
  if (key instanceof KeyObjectHandle) return new Ctor(key);
  if (key instanceof ArrayBuffer) return new FastBuffer(key);
  return key;
}

function parseKeyEncoding(keyType, options = {}) {
  const { publicKeyEncoding, privateKeyEncoding } = options;
  let publicFormat, publicType;
  if (publicKeyEncoding == null) {
    publicFormat = publicType = undefined;
  } else if (typeof publicKeyEncoding === 'object') {
    ({ format: publicFormat, type: publicType } = parsePublicKeyEncoding(publicKeyEncoding, keyType, 'publicKeyEncoding'));
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', publicKeyEncoding);
  }
  let privateFormat, privateType, cipher, passphrase;
  if (privateKeyEncoding == null) {
    privateFormat = privateType = undefined;
  } else if (typeof privateKeyEncoding === 'object') {
    ({ format: privateFormat, type: privateType, cipher, passphrase } =
      parsePrivateKeyEncoding(privateKeyEncoding, keyType, 'privateKeyEncoding'));
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', privateKeyEncoding);
  }
  return [publicFormat, publicType, privateFormat, privateType, cipher, passphrase];
}

// The binding's arguments for (type, options), after Node's checks.
function createJob(type, options) {
  validateString(type, 'type');
  if (options !== undefined) validateObject(options, 'options');
  let params;
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      if (type === 'rsa') {
        params = [modulusLength, publicExponent, undefined, undefined, undefined];
        break;
      }
      const { hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
      if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
      if (mgf1HashAlgorithm !== undefined) validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
      if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
      params = [modulusLength, publicExponent, hashAlgorithm, mgf1HashAlgorithm, saltLength];
      break;
    }
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { divisorLength } = options;
      if (divisorLength == null) divisorLength = -1;
      else validateInt32(divisorLength, 'options.divisorLength', 0);
      params = [modulusLength, divisorLength, undefined, undefined, undefined];
      break;
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve } = options;
      validateString(namedCurve, 'options.namedCurve');
      const { paramEncoding } = options;
      let explicit;
      if (paramEncoding == null || paramEncoding === 'named') explicit = false;
      else if (paramEncoding === 'explicit') explicit = true;
      else throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      params = [namedCurve, explicit, undefined, undefined, undefined];
      break;
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      params = [undefined, undefined, undefined, undefined, undefined];
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return [type, ...params, ...parseKeyEncoding(type, options)];
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const args = createJob(type, options);
  validateFunction(callback, 'callback');
  binding.generateKeyPair(...args, (err, keys) => {
    if (err) return callback(err);
    callback(null, wrapKey(keys[0], PublicKeyObject), wrapKey(keys[1], PrivateKeyObject));
  });
}
Object.defineProperty(generateKeyPair, kCustomPromisifyArgsSymbol, {
  value: ['publicKey', 'privateKey'],
  enumerable: false,
});

function generateKeyPairSync(type, options) {
  const keys = binding.generateKeyPair(...createJob(type, options));
  return { publicKey: wrapKey(keys[0], PublicKeyObject), privateKey: wrapKey(keys[1], PrivateKeyObject) };
}

// Secret keys: HMAC keys of any bit length from 8 (whole bytes kept), AES keys of 128/192/256.
function secretKeyLength(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return Math.floor(length / 8);
}

function secretKeyFrom(bytes) {
  const handle = new KeyObjectHandle();
  handle.init(kKeyTypeSecret, bytes);
  bytes.fill(0);
  return new SecretKeyObject(handle);
}

function generateKey(type, options, callback) {
  const length = secretKeyLength(type, options);
  validateFunction(callback, 'callback');
  randomBytes(length, (err, bytes) => {
    if (err) return callback(err);
    callback(null, secretKeyFrom(bytes));
  });
}

function generateKeySync(type, options) {
  return secretKeyFrom(randomBytes(secretKeyLength(type, options)));
}

module.exports = { generateKeyPair, generateKeyPairSync, generateKey, generateKeySync };

'use strict';
// KeyObject (crypto.KeyObject, createSecretKey, createPublicKey, createPrivateKey) over the
// binding's KeyObjectHandle (src/modules/crypto_keys.cc, crypto_pkey.cc), and the helpers that
// turn any accepted key argument into what the binding takes (prepareSecretKey,
// preparePrivateKey, preparePublicOrPrivateKey) or parse key encodings options.

const {
  codes: {
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateObject, validateOneOf } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { FastBuffer } = require('internal/buffer');
const { binding, kHandle, kKeyObject, getArrayBufferOrView } = require('internal/crypto/util');

const {
  KeyObjectHandle, kKeyTypeSecret, kKeyTypePublic, kKeyTypePrivate,
  kKeyFormatPEM, kKeyFormatDER, kKeyFormatJWK,
  kKeyEncodingPKCS1, kKeyEncodingPKCS8, kKeyEncodingSPKI, kKeyEncodingSEC1,
} = binding;

const kKeyType = Symbol('kKeyType');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw new ERR_INVALID_ARG_VALUE('type', type);
    if (typeof handle !== 'object' || !(handle instanceof KeyObjectHandle)) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    Object.defineProperty(this, kKeyType, { value: type, enumerable: false, configurable: false, writable: false });
    Object.defineProperty(this, kHandle, { value: handle, enumerable: false, configurable: false, writable: false });
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return key[kKeyObject];
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    return otherKeyObject.type === this.type && this[kHandle].equals(otherKeyObject[kHandle]);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { configurable: true, value: 'KeyObject' });

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kHandle].getSymmetricKeySize();
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') {
        return { kty: 'oct', k: new FastBuffer(this[kHandle].export()).toString('base64url') };
      }
    }
    return new FastBuffer(this[kHandle].export());
  }
}

const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');

// The details with publicExponent as a BigInt (the binding gives its big-endian bytes).
function normalizeKeyDetails(details) {
  if (details.publicExponent !== undefined) {
    let n = 0n;
    for (const byte of new Uint8Array(details.publicExponent)) n = (n << 8n) | BigInt(byte);
    return { ...details, publicExponent: n };
  }
  return details;
}

// Caches a computed fact on the object without making it visible (as Node's KeyObjects).
function cache(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: false, configurable: false, writable: false });
  return value;
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kAsymmetricKeyType] ?? cache(this, kAsymmetricKeyType, this[kHandle].getAsymmetricKeyType());
  }

  get asymmetricKeyDetails() {
    switch (this.asymmetricKeyType) {
      case 'rsa':
      case 'rsa-pss':
      case 'dsa':
      case 'ec':
        return this[kAsymmetricKeyDetails] ??
          cache(this, kAsymmetricKeyDetails, normalizeKeyDetails(this[kHandle].keyDetail({})));
      default:
        return {};
    }
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') return this[kHandle].exportJwk({});
    const { format, type } = parsePublicKeyEncoding(options, this.asymmetricKeyType);
    return exported(this[kHandle].export(format, type));
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      }
      return this[kHandle].exportJwk({});
    }
    const { format, type, cipher, passphrase } = parsePrivateKeyEncoding(options, this.asymmetricKeyType);
    return exported(this[kHandle].export(format, type, cipher, passphrase));
  }
}

// PEM comes back as a string, DER as an ArrayBuffer that becomes a Buffer.
function exported(value) {
  return typeof value === 'string' ? value : new FastBuffer(value);
}

// ---- key encodings (Node's option parsing) ----

const encodingNames = [];
encodingNames[kKeyEncodingPKCS1] = 'pkcs1';
encodingNames[kKeyEncodingPKCS8] = 'pkcs8';
encodingNames[kKeyEncodingSPKI] = 'spki';
encodingNames[kKeyEncodingSEC1] = 'sec1';

function parseKeyFormat(formatStr, defaultFormat, optionName) {
  if (formatStr === undefined && defaultFormat !== undefined) return defaultFormat;
  if (formatStr === 'pem') return kKeyFormatPEM;
  if (formatStr === 'der') return kKeyFormatDER;
  if (formatStr === 'jwk') return kKeyFormatJWK;
  throw new ERR_INVALID_ARG_VALUE(optionName, formatStr);
}

function parseKeyType(typeStr, required, keyType, isPublic, optionName) {
  if (typeStr === undefined && !required) return undefined;
  if (typeStr === 'pkcs1') {
    if (keyType !== undefined && keyType !== 'rsa') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for RSA keys');
    }
    return kKeyEncodingPKCS1;
  } else if (typeStr === 'spki' && isPublic !== false) {
    return kKeyEncodingSPKI;
  } else if (typeStr === 'pkcs8' && isPublic !== true) {
    return kKeyEncodingPKCS8;
  } else if (typeStr === 'sec1' && isPublic !== true) {
    if (keyType !== undefined && keyType !== 'ec') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for EC keys');
    }
    return kKeyEncodingSEC1;
  }
  throw new ERR_INVALID_ARG_VALUE(optionName, typeStr);
}

// Option names in messages: options.x, options.<objName>.x, or key.x for a key argument.
const kKeyArgument = Symbol('kKeyArgument');
function option(name, objName) {
  if (objName === kKeyArgument) return `key.${name}`;
  return objName === undefined ? `options.${name}` : `options.${objName}.${name}`;
}

function parseKeyFormatAndType(enc, keyType, isPublic, objName) {
  const { format: formatStr, type: typeStr } = enc;
  const isInput = keyType === undefined;
  const format = parseKeyFormat(formatStr, isInput ? kKeyFormatPEM : undefined, option('format', objName));
  const isRequired = (!isInput || format === kKeyFormatDER) && format !== kKeyFormatJWK;
  const type = parseKeyType(typeStr, isRequired, keyType, isPublic, option('type', objName));
  return { format, type };
}

function isStringOrBuffer(val) {
  return typeof val === 'string' || isArrayBufferView(val) || isAnyArrayBuffer(val);
}

// keyType undefined: an input encoding; otherwise the type of the key being exported.
function parseKeyEncoding(enc, keyType, isPublic, objName) {
  validateObject(enc, 'options');
  const isInput = keyType === undefined;
  const { format, type } = parseKeyFormatAndType(enc, keyType, isPublic, objName);
  let cipher, passphrase, encoding;
  if (isPublic !== true) {
    ({ cipher, passphrase, encoding } = enc);
    if (!isInput) {
      if (cipher != null) {
        if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
        if (format === kKeyFormatDER && (type === kKeyEncodingPKCS1 || type === kKeyEncodingSEC1)) {
          throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(encodingNames[type], 'does not support encryption');
        }
      } else if (passphrase !== undefined) {
        throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher, 'is required when a passphrase is specified');
      }
    }
    if ((isInput && passphrase !== undefined && !isStringOrBuffer(passphrase)) ||
        (!isInput && cipher != null && !isStringOrBuffer(passphrase))) {
      throw new ERR_INVALID_ARG_VALUE(option('passphrase', objName), passphrase);
    }
  }
  if (passphrase !== undefined) passphrase = getArrayBufferOrView(passphrase, 'key.passphrase', encoding);
  return { format, type, cipher, passphrase };
}

function parsePublicKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, keyType ? true : undefined, objName);
}

function parsePrivateKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, false, objName);
}

// ---- key arguments ----

// Contexts a key argument is read in.
const kConsumePublic = 0;
const kConsumePrivate = 1;
const kCreatePublic = 2;
const kCreatePrivate = 3;

function keyTypes(ctx) {
  return ctx === kCreatePrivate ?
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'URL'] :
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];
}

function getKeyObjectHandle(key, ctx) {
  if (ctx === kCreatePrivate) throw new ERR_INVALID_ARG_TYPE('key', keyTypes(ctx), key);
  if (key.type !== 'private') {
    if (ctx === kConsumePrivate || ctx === kCreatePublic) {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    }
    if (key.type !== 'public') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private or public');
  }
  return key[kHandle];
}

function handleFromJwk(jwk, ctx) {
  const handle = new KeyObjectHandle();
  handle.initJwk(jwk, !(ctx === kConsumePublic || ctx === kCreatePublic));
  return handle;
}

// { data, format, type, passphrase } for the binding: data is a KeyObjectHandle or bytes.
function prepareAsymmetricKey(key, ctx) {
  if (isKeyObject(key)) return { data: getKeyObjectHandle(key, ctx) };
  if (isCryptoKey(key)) return { data: getKeyObjectHandle(key[kKeyObject], ctx) };
  if (isStringOrBuffer(key)) return { format: kKeyFormatPEM, data: getArrayBufferOrView(key, 'key') };
  if (typeof key === 'object' && key !== null) {
    const { key: data, encoding, format } = key;
    // `key` may itself be a KeyObject, so that options such as padding can go with it.
    if (isKeyObject(data)) return { data: getKeyObjectHandle(data, ctx) };
    if (isCryptoKey(data)) return { data: getKeyObjectHandle(data[kKeyObject], ctx) };
    if (format === 'jwk') {
      validateObject(data, 'key.key');
      return { data: handleFromJwk(data, ctx), format: 'jwk' };
    }
    if (!isStringOrBuffer(data)) throw new ERR_INVALID_ARG_TYPE('key.key', keyTypes(ctx), data);
    const isPublic = (ctx === kConsumePrivate || ctx === kCreatePrivate) ? false : undefined;
    return { data: getArrayBufferOrView(data, 'key', encoding), ...parseKeyEncoding(key, undefined, isPublic, kKeyArgument) };
  }
  throw new ERR_INVALID_ARG_TYPE('key', keyTypes(ctx), key);
}

function preparePrivateKey(key) {
  return prepareAsymmetricKey(key, kConsumePrivate);
}

function preparePublicOrPrivateKey(key) {
  return prepareAsymmetricKey(key, kConsumePublic);
}

function createPublicKey(key) {
  const { format, type, data, passphrase } = prepareAsymmetricKey(key, kCreatePublic);
  let handle;
  if (format === 'jwk') {
    handle = data;
  } else {
    handle = new KeyObjectHandle();
    handle.init(kKeyTypePublic, data, format, type, passphrase);
  }
  return new PublicKeyObject(handle);
}

function createPrivateKey(key) {
  const { format, type, data, passphrase } = prepareAsymmetricKey(key, kCreatePrivate);
  let handle;
  if (format === 'jwk') {
    handle = data;
  } else {
    handle = new KeyObjectHandle();
    handle.init(kKeyTypePrivate, data, format, type, passphrase);
  }
  return new PrivateKeyObject(handle);
}

function isKeyObject(obj) {
  return obj != null && obj[kKeyType] !== undefined;
}

function isCryptoKey(obj) {
  return obj != null && obj[kKeyObject] !== undefined;
}

// A secret key argument for the binding: a KeyObjectHandle (KeyObject or CryptoKey given) or
// bytes (strings in `encoding`). `bufferOnly` refuses key objects, as createSecretKey does.
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (isKeyObject(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return key[kHandle];
    }
    if (isCryptoKey(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return key[kKeyObject][kHandle];
    }
  }
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', [
      'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
      ...(bufferOnly ? [] : ['string', 'KeyObject', 'CryptoKey']),
    ], key);
  }
  return getArrayBufferOrView(key, 'key', encoding);
}

function createSecretKey(key, encoding) {
  key = prepareSecretKey(key, encoding, true);
  const handle = new KeyObjectHandle();
  handle.init(kKeyTypeSecret, key);
  return new SecretKeyObject(handle);
}

module.exports = {
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  prepareSecretKey,
  preparePrivateKey,
  preparePublicOrPrivateKey,
  parsePublicKeyEncoding,
  parsePrivateKeyEncoding,
  isKeyObject,
  isCryptoKey,
  kKeyType,
};

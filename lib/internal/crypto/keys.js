'use strict';
// KeyObject (crypto.KeyObject, createSecretKey) over the binding's KeyObjectHandle
// (src/modules/crypto_keys.cc), and prepareSecretKey, which turns any accepted secret-key
// argument into what the binding takes. Only secret keys exist so far: public and private
// keys (createPublicKey/createPrivateKey, key generation) come with the rest of crypto.

const {
  codes: {
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateObject, validateOneOf } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { FastBuffer } = require('internal/buffer');
const { binding, kHandle, kKeyObject, getArrayBufferOrView } = require('internal/crypto/util');

const { KeyObjectHandle, kKeyTypeSecret } = binding;

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
  createSecretKey,
  prepareSecretKey,
  isKeyObject,
  isCryptoKey,
  kKeyType,
};

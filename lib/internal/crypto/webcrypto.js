'use strict';
// Web Crypto: the Crypto object (globalThis.crypto, require('crypto').webcrypto) with
// getRandomValues and randomUUID, SubtleCrypto with digest(), and the CryptoKey interface.
// The other SubtleCrypto operations (keys, signatures, ciphers, derivation) are not built yet.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView, isTypedArray } = require('internal/util/types');
const { DOMException } = require('internal/events/domexception');
const { binding, kKeyObject } = require('internal/crypto/util');
const { randomFillSync, randomUUID } = require('internal/crypto/random');

const kConstruct = Symbol('kConstruct');

// WebIDL-style failures: TypeErrors carrying a code, their stack headed "TypeError: …".
function codedTypeError(message, code) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function requiredArguments(length, required, prefix) {
  if (length < required) {
    throw codedTypeError(
      `${prefix}: ${required} argument${required === 1 ? '' : 's'} required, but only ${length} present.`,
      'ERR_MISSING_ARGS');
  }
}

function getRandomValues(data) {
  if (!isTypedArray(data) || data instanceof Float32Array || data instanceof Float64Array ||
      (typeof Float16Array === 'function' && data instanceof Float16Array)) {
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  randomFillSync(data, 0);
  return data;
}

// Digest algorithms by their WebCrypto names (matched ignoring letter case) → OpenSSL's.
const digestAlgorithms = {
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
  'SHA3-256': 'sha3-256',
  'SHA3-384': 'sha3-384',
  'SHA3-512': 'sha3-512',
};
const experimentalDigests = new Set(['SHA3-256', 'SHA3-384', 'SHA3-512']);
const warnedExperimental = new Set();

function normalizeDigestAlgorithm(algorithm) {
  let name;
  if (typeof algorithm === 'object' && algorithm !== null) {
    if (algorithm.name === undefined) {
      throw codedTypeError("Failed to normalize algorithm: passed algorithm cannot be converted to 'Algorithm' " +
        "because 'name' is required in 'Algorithm'.", 'ERR_MISSING_OPTION');
    }
    name = `${algorithm.name}`;
  } else {
    name = `${algorithm}`;
  }
  const upper = name.toUpperCase();
  for (const key of Object.keys(digestAlgorithms)) {
    if (key === upper) return key;
  }
  throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
}

let subtle;
let crypto;

class SubtleCrypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
    const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
    requiredArguments(arguments.length, 2, prefix);
    const name = normalizeDigestAlgorithm(algorithm);
    if (!isAnyArrayBuffer(data) && !isArrayBufferView(data)) {
      throw codedTypeError(`${prefix}: 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`,
                           'ERR_INVALID_ARG_TYPE');
    }
    if (experimentalDigests.has(name) && !warnedExperimental.has(name)) {
      warnedExperimental.add(name);
      process.emitWarning(`The ${name} Web Crypto API algorithm is an experimental feature and might change at any time`,
                          'ExperimentalWarning');
    }
    return new Promise((resolve, reject) => {
      binding.digestJob(digestAlgorithms[name], data, undefined, (err, result) => {
        if (err) reject(err);
        else resolve(result);
      });
    });
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });
Object.defineProperty(SubtleCrypto.prototype, 'digest', { enumerable: true });

class Crypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    requiredArguments(arguments.length, 1, "Failed to execute 'getRandomValues' on 'Crypto'");
    return getRandomValues(array);
  }

  randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }
}
Object.defineProperties(Crypto.prototype, {
  [Symbol.toStringTag]: { value: 'Crypto', configurable: true },
  subtle: { enumerable: true },
  getRandomValues: { enumerable: true },
  randomUUID: { enumerable: true },
});

// CryptoKey: made by SubtleCrypto's key operations (importKey, generateKey …), which are not
// built yet; the interface exists so `instanceof CryptoKey` and the global work.
class CryptoKey {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

subtle = new SubtleCrypto(kConstruct);
crypto = new Crypto(kConstruct);

module.exports = {
  Crypto,
  CryptoKey,
  SubtleCrypto,
  crypto,
  getRandomValues,
  kKeyObject,
};

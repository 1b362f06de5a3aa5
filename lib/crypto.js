'use strict';
// node:crypto on OpenSSL 3 (internalBinding('crypto'), src/modules/crypto*.cc). Built so far:
// hashes (createHash, hash, getHashes), HMAC, randomness (randomBytes/Fill/Int/UUID,
// getRandomValues), timingSafeEqual, secret KeyObjects, the PBKDF2, HKDF and scrypt KDFs,
// constants and Web Crypto's Crypto object with subtle.digest. Ciphers, signatures,
// asymmetric keys, Diffie-Hellman, primes, X509 and the rest of SubtleCrypto are still to
// come: those names are absent rather than stubbed.

const { deprecate } = require('util');
const { binding, cachedResult, filterDuplicateStrings, getConstants } = require('internal/crypto/util');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, randomUUIDv7,
} = require('internal/crypto/random');
const { KeyObject, createSecretKey } = require('internal/crypto/keys');
const { pbkdf2, pbkdf2Sync } = require('internal/crypto/pbkdf2');
const { hkdf, hkdfSync } = require('internal/crypto/hkdf');
const { scrypt, scryptSync } = require('internal/crypto/scrypt');

let webcryptoModule;
function lazyWebCrypto() {
  webcryptoModule ??= require('internal/crypto/webcrypto');
  return webcryptoModule;
}

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// Node's own list: OpenSSL's digest names, one per spelling ignoring case, sorted.
const getHashes = cachedResult(() => filterDuplicateStrings(binding.getHashes()));

// As Node, the binding function itself: anonymous, length 0.
const timingSafeEqual = binding.timingSafeEqual;
Object.defineProperty(timingSafeEqual, 'name', { value: '' });
Object.defineProperty(timingSafeEqual, 'length', { value: 0 });

function getRandomValues(array) {
  return lazyWebCrypto().crypto.getRandomValues(array);
}

module.exports = {
  createHash,
  createHmac,
  createSecretKey,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  randomUUIDv7,
  scrypt,
  scryptSync,
  timingSafeEqual,
  hash,

  Hash: deprecate(Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
  Hmac: deprecate(Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
  KeyObject,
};

Object.defineProperties(module.exports, {
  constants: {
    configurable: false,
    enumerable: true,
    value: getConstants(),
  },
  webcrypto: {
    configurable: false,
    enumerable: true,
    get() { return lazyWebCrypto().crypto; },
    set: undefined,
  },
  subtle: {
    configurable: false,
    enumerable: true,
    get() { return lazyWebCrypto().crypto.subtle; },
    set: undefined,
  },
  getRandomValues: {
    configurable: false,
    enumerable: true,
    get: () => getRandomValues,
    set: undefined,
  },
  // Legacy aliases of randomBytes (DEP0115, documentation-only).
  prng: { enumerable: false, configurable: true, writable: true, value: randomBytes },
  pseudoRandomBytes: { enumerable: false, configurable: true, writable: true, value: randomBytes },
  rng: { enumerable: false, configurable: true, writable: true, value: randomBytes },
});

'use strict';
// node:crypto on OpenSSL 3 (internalBinding('crypto'), src/modules/crypto*.cc). Built so far:
// hashes (createHash, hash, getHashes), HMAC, randomness (randomBytes/Fill/Int/UUID,
// getRandomValues), timingSafeEqual, KeyObjects (secret, public, private: PEM/DER/JWK),
// signatures (createSign/createVerify, sign/verify), ciphers (createCipheriv/Decipheriv,
// getCiphers/getCipherInfo, RSA public/privateEncrypt/Decrypt), key generation
// (generateKeyPair, generateKey), the PBKDF2, HKDF and scrypt KDFs, constants and Web Crypto's
// Crypto object with subtle.digest, ECDH and diffieHellman(), primes. Classic DiffieHellman,
// X509Certificate, createMac/argon2/KEM and the rest of SubtleCrypto are still to come: those
// names are absent rather than stubbed.

const { deprecate } = require('util');
const { binding, cachedResult, filterDuplicateStrings, getConstants } = require('internal/crypto/util');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, randomUUIDv7,
} = require('internal/crypto/random');
const {
  KeyObject, createSecretKey, createPublicKey, createPrivateKey,
} = require('internal/crypto/keys');
const { pbkdf2, pbkdf2Sync } = require('internal/crypto/pbkdf2');
const { hkdf, hkdfSync } = require('internal/crypto/hkdf');
const { scrypt, scryptSync } = require('internal/crypto/scrypt');
const { Sign, Verify, signOneShot, verifyOneShot } = require('internal/crypto/sig');
const {
  Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers, getCipherInfo,
  publicEncrypt, publicDecrypt, privateEncrypt, privateDecrypt,
} = require('internal/crypto/cipher');
const {
  generateKeyPair, generateKeyPairSync, generateKey, generateKeySync,
} = require('internal/crypto/keygen');
const { ECDH, createECDH, getCurves, diffieHellman } = require('internal/crypto/diffiehellman');
const { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync } = require('internal/crypto/prime');

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

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

function getRandomValues(array) {
  return lazyWebCrypto().crypto.getRandomValues(array);
}

module.exports = {
  checkPrime,
  checkPrimeSync,
  createCipheriv,
  createDecipheriv,
  createECDH,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  diffieHellman,
  generatePrime,
  generatePrimeSync,
  generateKey,
  generateKeyPair,
  generateKeyPairSync,
  generateKeySync,
  getCiphers,
  getCipherInfo,
  getCurves,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  publicEncrypt,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  randomUUIDv7,
  scrypt,
  scryptSync,
  sign: signOneShot,
  timingSafeEqual,
  verify: verifyOneShot,
  hash,

  Hash: deprecate(Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
  Hmac: deprecate(Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
  Cipheriv,
  Decipheriv,
  ECDH,
  KeyObject,
  Sign,
  Verify,
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

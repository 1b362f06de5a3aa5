'use strict';
// crypto.generatePrime(Sync) and checkPrime(Sync) over internalBinding('crypto')
// (src/modules/crypto_prime.cc); bigints cross as big-endian bytes.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInt32, validateObject } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { binding } = require('internal/crypto/util');

const bufferTypes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];

function unsignedBigIntToBuffer(bigint, name) {
  if (bigint < 0) throw new ERR_OUT_OF_RANGE(name, '>= 0', bigint);
  const hex = bigint.toString(16);
  return Buffer.from(hex.padStart(hex.length + (hex.length % 2), '0'), 'hex');
}

function arrayBufferToUnsignedBigInt(buf) {
  let n = 0n;
  for (const byte of new Uint8Array(buf)) n = (n << 8n) | BigInt(byte);
  return n;
}

function bytesOption(value, name) {
  if (value === undefined) return undefined;
  if (typeof value === 'bigint') return unsignedBigIntToBuffer(value, name);
  if (!isAnyArrayBuffer(value) && !isArrayBufferView(value)) throw new ERR_INVALID_ARG_TYPE(name, bufferTypes, value);
  return value;
}

function primeArgs(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const add = bytesOption(options.add, 'options.add');
  const rem = bytesOption(options.rem, 'options.rem');
  return { args: [size, safe, add, rem], bigint };
}

function generatePrime(size, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateInt32(size, 'size', 1);
  validateFunction(callback, 'callback');
  const { args, bigint } = primeArgs(size, options ?? {});
  binding.generatePrime(...args, (err, prime) => {
    if (err) return callback(err);
    callback(undefined, bigint ? arrayBufferToUnsignedBigInt(prime) : prime);
  });
}

function generatePrimeSync(size, options = {}) {
  const { args, bigint } = primeArgs(size, options);
  const prime = binding.generatePrime(...args);
  return bigint ? arrayBufferToUnsignedBigInt(prime) : prime;
}

function candidateBytes(candidate) {
  if (typeof candidate === 'bigint') return unsignedBigIntToBuffer(candidate, 'candidate');
  if (!isAnyArrayBuffer(candidate) && !isArrayBufferView(candidate)) {
    throw new ERR_INVALID_ARG_TYPE('candidate', bufferTypes, candidate);
  }
  return candidate;
}

function checksOf(options) {
  validateObject(options, 'options');
  const { checks = 0 } = options;
  // Unsigned, but it must fit OpenSSL's signed int.
  validateInt32(checks, 'options.checks', 0);
  return checks;
}

function checkPrime(candidate, options = {}, callback) {
  candidate = candidateBytes(candidate);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const checks = checksOf(options);
  binding.checkPrime(candidate, checks, (err, result) => callback(err ?? undefined, result));
}

function checkPrimeSync(candidate, options = {}) {
  candidate = candidateBytes(candidate);
  return binding.checkPrime(candidate, checksOf(options));
}

module.exports = { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync };

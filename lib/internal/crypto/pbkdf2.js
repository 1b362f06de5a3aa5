'use strict';
// crypto.pbkdf2 / pbkdf2Sync: PKCS #5 PBKDF2 with an HMAC digest (OpenSSL, on the thread
// pool for the callback form).

const { FastBuffer } = require('internal/buffer');
const { validateFunction, validateInt32, validateString } = require('internal/validators');
const { binding, getArrayBufferOrView } = require('internal/crypto/util');

function check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  // OpenSSL counts both in a signed int.
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  ({ password, salt, iterations, keylen, digest } = check(password, salt, iterations, keylen, digest));
  validateFunction(callback, 'callback');
  binding.pbkdf2(password, salt, iterations, keylen, digest, (err, result) => {
    if (err) return callback(err);
    callback(null, new FastBuffer(result));
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  ({ password, salt, iterations, keylen, digest } = check(password, salt, iterations, keylen, digest));
  return new FastBuffer(binding.pbkdf2(password, salt, iterations, keylen, digest));
}

module.exports = { pbkdf2, pbkdf2Sync };

'use strict';
// crypto.hkdf / hkdfSync: RFC 5869 HKDF (extract then expand) through OpenSSL's KDF; the
// result is an ArrayBuffer, as in Node.

const { kMaxLength } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  hideStackFrames,
} = require('internal/errors');
const { validateFunction, validateInteger, validateString } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { binding, kHandle, toBuf, validateByteSource } = require('internal/crypto/util');
const { isKeyObject } = require('internal/crypto/keys');

// The input keying material as the binding takes it: a KeyObject's handle or bytes.
function prepareKey(key) {
  if (isKeyObject(key)) return key[kHandle];
  if (isAnyArrayBuffer(key)) return key;
  key = toBuf(key);
  if (!isArrayBufferView(key)) {
    throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }
  return key;
}

const validateParameters = hideStackFrames((hash, key, salt, info, length) => {
  validateString(hash, 'digest');
  key = prepareKey(key);
  salt = validateByteSource(salt, 'salt');
  info = validateByteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  return { hash, key, salt, info, length };
});

function hkdf(hash, key, salt, info, length, callback) {
  ({ hash, key, salt, info, length } = validateParameters(hash, key, salt, info, length));
  validateFunction(callback, 'callback');
  binding.hkdf(hash, key, salt, info, length, (err, bits) => {
    if (err) return callback(err);
    callback(null, bits);
  });
}

function hkdfSync(hash, key, salt, info, length) {
  ({ hash, key, salt, info, length } = validateParameters(hash, key, salt, info, length));
  return binding.hkdf(hash, key, salt, info, length);
}

module.exports = { hkdf, hkdfSync };

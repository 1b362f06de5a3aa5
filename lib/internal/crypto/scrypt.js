'use strict';
// crypto.scrypt / scryptSync: RFC 7914 scrypt through OpenSSL (parameters checked by OpenSSL
// before any work, ERR_CRYPTO_INVALID_SCRYPT_PARAMS when it refuses them).

const { FastBuffer } = require('internal/buffer');
const {
  codes: { ERR_INCOMPATIBLE_OPTION_PAIR },
} = require('internal/errors');
const {
  validateFunction, validateInt32, validateInteger, validateUint32,
} = require('internal/validators');
const { binding, getArrayBufferOrView } = require('internal/crypto/util');

const defaults = {
  N: 16384,
  r: 8,
  p: 1,
  maxmem: 32 << 20,  // 32 MiB, OpenSSL's SCRYPT_MAX_MEM
};

function check(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = defaults;
  if (options && options !== defaults) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw new ERR_INCOMPATIBLE_OPTION_PAIR('N', 'cost');
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw new ERR_INCOMPATIBLE_OPTION_PAIR('r', 'blockSize');
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw new ERR_INCOMPATIBLE_OPTION_PAIR('p', 'parallelization');
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = defaults.N;
    if (r === 0) r = defaults.r;
    if (p === 0) p = defaults.p;
    if (maxmem === 0) maxmem = defaults.maxmem;
  }
  return { password, salt, keylen, N, r, p, maxmem };
}

function scrypt(password, salt, keylen, options, callback = defaults) {
  if (callback === defaults) {
    callback = options;
    options = defaults;
  }
  const o = check(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(o.password, o.salt, o.N, o.r, o.p, o.maxmem, o.keylen, (err, result) => {
    if (err) return callback(err);
    callback(null, new FastBuffer(result));
  });
}

function scryptSync(password, salt, keylen, options = defaults) {
  const o = check(password, salt, keylen, options);
  return new FastBuffer(binding.scrypt(o.password, o.salt, o.N, o.r, o.p, o.maxmem, o.keylen));
}

module.exports = { scrypt, scryptSync };

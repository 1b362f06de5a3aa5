'use strict';
// crypto.createSign/createVerify (Writable streams hashing what is written) and the one-shot
// crypto.sign/verify, over internalBinding('crypto') (src/modules/crypto_sign.cc).

const { FastBuffer } = require('internal/buffer');
const {
  codes: { ERR_CRYPTO_SIGN_KEY_REQUIRED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateEncoding, validateFunction, validateString } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const Writable = require('internal/streams/writable');
const { binding, kHandle, encodingIdOf, getArrayBufferOrView } = require('internal/crypto/util');
const { preparePrivateKey, preparePublicOrPrivateKey } = require('internal/crypto/keys');

const { Sign: SignHandle, Verify: VerifyHandle, signOneShot: signNative, verifyOneShot: verifyNative,
        kSigEncDER, kSigEncP1363 } = binding;

function getIntOption(name, options) {
  const value = options[name];
  if (value !== undefined) {
    if (value === value >> 0) return value;
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  }
  return undefined;
}

function getDSASignatureEncoding(options) {
  if (typeof options === 'object') {
    const { dsaEncoding = 'der' } = options;
    if (dsaEncoding === 'der') return kSigEncDER;
    if (dsaEncoding === 'ieee-p1363') return kSigEncP1363;
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  return kSigEncDER;
}

function checkData(data, encoding) {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  this[kHandle] = new SignHandle();
  this[kHandle].init(algorithm);
  Reflect.apply(Writable, this, [options]);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Sign.prototype.update = function update(data, encoding) {
  checkData(data, encoding);
  this[kHandle].update(data, encoding === undefined ? -1 : encodingIdOf(encoding));
  return this;
};

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const { data, format, type, passphrase } = preparePrivateKey(options);
  const rsaPadding = getIntOption('padding', options);
  const pssSaltLength = getIntOption('saltLength', options);
  const dsaSigEnc = getDSASignatureEncoding(options);
  const ret = new FastBuffer(this[kHandle].sign(data, format, type, passphrase, rsaPadding, pssSaltLength, dsaSigEnc));
  if (encoding && encoding !== 'buffer') return ret.toString(encoding);
  return ret;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  this[kHandle] = new VerifyHandle();
  this[kHandle].init(algorithm);
  Reflect.apply(Writable, this, [options]);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);

Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const { data, format, type, passphrase } = preparePublicOrPrivateKey(options);
  sigEncoding = sigEncoding || 'buffer';
  const rsaPadding = getIntOption('padding', options);
  const pssSaltLength = getIntOption('saltLength', options);
  const dsaSigEnc = getDSASignatureEncoding(options);
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
  return this[kHandle].verify(data, format, type, passphrase, signature, rsaPadding, pssSaltLength, dsaSigEnc);
};

function signOneShot(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const rsaPadding = getIntOption('padding', key);
  const pssSaltLength = getIntOption('saltLength', key);
  const dsaSigEnc = getDSASignatureEncoding(key);
  const { data: keyData, format, type, passphrase } = preparePrivateKey(key);
  if (callback === undefined) {
    return new FastBuffer(signNative(keyData, format, type, passphrase, data, algorithm, pssSaltLength, rsaPadding, dsaSigEnc));
  }
  signNative(keyData, format, type, passphrase, data, algorithm, pssSaltLength, rsaPadding, dsaSigEnc, (err, sig) => {
    if (err) return callback(err);
    callback(null, new FastBuffer(sig));
  });
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!isArrayBufferView(data)) throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
  const rsaPadding = getIntOption('padding', key);
  const pssSaltLength = getIntOption('saltLength', key);
  const dsaSigEnc = getDSASignatureEncoding(key);
  signature = getArrayBufferOrView(signature, 'signature');
  const { data: keyData, format, type, passphrase } = preparePublicOrPrivateKey(key);
  if (callback === undefined) {
    return verifyNative(keyData, format, type, passphrase, data, algorithm, signature, pssSaltLength, rsaPadding, dsaSigEnc);
  }
  verifyNative(keyData, format, type, passphrase, data, algorithm, signature, pssSaltLength, rsaPadding, dsaSigEnc,
               (err, ok) => {
                 if (err) return callback(err);
                 callback(null, ok);
               });
}

module.exports = { Sign, Verify, signOneShot, verifyOneShot };

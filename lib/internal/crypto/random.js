'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID(v7), getRandomValues' core. Bytes come
// from OpenSSL's CSPRNG through internalBinding('crypto').randomFill — in place when
// synchronous, on libuv's thread pool with a callback (src/modules/crypto_random.cc).

const { FastBuffer } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateNumber, validateObject,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { binding } = require('internal/crypto/util');

const { randomFill: fillNative, uuidString } = binding;

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = kMaxInt32;

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function assertBuffer(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = new FastBuffer(size);
  if (callback === undefined) {
    if (size > 0) fillNative(buf, 0, size);
    return buf;
  }
  randomFill(buf, 0, size, function onRandomBytes(error) {
    if (error) return Reflect.apply(callback, this, [error]);
    Reflect.apply(callback, this, [null, buf]);
  });
}

function randomFillSync(buf, offset = 0, size) {
  assertBuffer(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) return buf;
  fillNative(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  assertBuffer(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  } else {
    validateFunction(callback, 'callback');
  }
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) {
    callback(null, buf);
    return;
  }
  fillNative(buf, offset, size, (error) => {
    if (error) return callback(error);
    callback(null, buf);
  });
}

// randomInt draws 48-bit values from a cache of random bytes refilled as a whole.
const RAND_MAX = 0xFFFF_FFFF_FFFF;
const randomCache = new FastBuffer(6 * 1024);
let randomCacheOffset = randomCache.length;
let asyncCacheFillInProgress = false;
const asyncCachePendingTasks = [];

// Generates an integer in [min, max): min inclusive, max exclusive.
function randomInt(min, max, callback) {
  // randomInt(max) and randomInt(max, callback) leave min out.
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // (x % range) is unbiased only for x below a multiple of range.
  const randLimit = RAND_MAX - (RAND_MAX % range);
  while (isSync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      randomFillSync(randomCache);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  // Asynchronous with an empty cache: wait for one refill (another call may have started it).
  asyncCachePendingTasks.push({ min, max, callback });
  asyncRefillRandomIntCache();
}

function asyncRefillRandomIntCache() {
  if (asyncCacheFillInProgress) return;
  asyncCacheFillInProgress = true;
  randomFill(randomCache, (err) => {
    asyncCacheFillInProgress = false;
    const tasks = asyncCachePendingTasks;
    const errorReceiver = err && tasks.shift();
    if (!err) randomCacheOffset = 0;
    // Every waiting call restarts; after a failure one of them learns of it.
    for (const task of tasks.splice(0)) randomInt(task.min, task.max, task.callback);
    if (errorReceiver) errorReceiver.callback(err);
  });
}

// RFC 9562 UUIDs. Random bytes are drawn 128 UUIDs at a time unless disableEntropyCache;
// the binding stamps version and variant and formats the string.
const kBatchSize = 128;
let uuidData;
let uuidBatch = 0;
let uuidUnbuffered;

function uuidOptions(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  return disableEntropyCache;
}

// Version 7 puts the Unix time in milliseconds in the first 48 bits.
function stampTime(buf, offset) {
  let ms = Date.now();
  for (let i = 5; i >= 0; i--) {
    buf[offset + i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
}

function nextUUID(disableEntropyCache, version) {
  if (disableEntropyCache) {
    uuidUnbuffered ??= new FastBuffer(16);
    fillNative(uuidUnbuffered, 0, 16);
    if (version === 7) stampTime(uuidUnbuffered, 0);
    return uuidString(uuidUnbuffered, 0, version);
  }
  if (uuidData === undefined) uuidData = new FastBuffer(16 * kBatchSize);
  if (uuidBatch === 0) fillNative(uuidData, 0, uuidData.length);
  const offset = uuidBatch * 16;
  uuidBatch = (uuidBatch + 1) % kBatchSize;
  if (version === 7) stampTime(uuidData, offset);
  return uuidString(uuidData, offset, version);
}

function randomUUID(options) {
  return nextUUID(options === undefined ? false : uuidOptions(options), 4);
}

function randomUUIDv7(options) {
  return nextUUID(options === undefined ? false : uuidOptions(options), 7);
}

module.exports = {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  randomUUIDv7,
};

'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy
// (https://streams.spec.whatwg.org/#qs): highWaterMark plus a size() function.
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_OPTION },
} = require('internal/errors');
const { customInspect, isBrandCheck, kState, kType } = require('internal/webstreams/util');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const isByteLengthQueuingStrategy = isBrandCheck('ByteLengthQueuingStrategy');
const isCountQueuingStrategy = isBrandCheck('CountQueuingStrategy');

// size() is one shared function per kind, as the spec requires (same identity everywhere).
const byteSizeFunction = Object.defineProperty(function size(chunk) { return chunk.byteLength; },
                                               'name', { __proto__: null, value: 'size' });
const countSizeFunction = Object.defineProperty(function size() { return 1; },
                                                'name', { __proto__: null, value: 'size' });

function readInit(init, name) {
  if (init === null || typeof init !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  }
  const highWaterMark = init.highWaterMark;
  if (highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +highWaterMark;
}

class ByteLengthQueuingStrategy {
  [kType] = 'ByteLengthQueuingStrategy';

  constructor(init) {
    this[kState] = { highWaterMark: readInit(init) };
  }

  get highWaterMark() {
    if (!isByteLengthQueuingStrategy(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isByteLengthQueuingStrategy(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteSizeFunction;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], { highWaterMark: this.highWaterMark });
  }
}

class CountQueuingStrategy {
  [kType] = 'CountQueuingStrategy';

  constructor(init) {
    this[kState] = { highWaterMark: readInit(init) };
  }

  get highWaterMark() {
    if (!isCountQueuingStrategy(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isCountQueuingStrategy(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSizeFunction;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], { highWaterMark: this.highWaterMark });
  }
}

const enumerable = { __proto__: null, enumerable: true };
for (const C of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperties(C.prototype, {
    highWaterMark: enumerable,
    size: enumerable,
    [Symbol.toStringTag]: {
      __proto__: null, value: C.name, writable: false, enumerable: false, configurable: true,
    },
  });
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };

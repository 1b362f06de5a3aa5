'use strict';
// node:stream — the legacy Stream constructor, with the stream classes and helpers as its
// properties (require('stream') === require('stream').Stream).
const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const utils = require('internal/streams/utils');
const destroyImpl = require('internal/streams/destroy');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const { Buffer } = require('internal/streams/buffer');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
let promises = null;
function lazyPromises() {
  promises ??= require('stream/promises');
  return promises;
}

const Stream = module.exports = require('internal/streams/legacy').Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');

// Readable.prototype.map/filter/... (stream-returning) and toArray/forEach/... (promises).
const operators = require('internal/streams/operators');
function defineOperator(key, op, returnsStream) {
  const fn = returnsStream ?
    function(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Stream.Readable.from(Reflect.apply(op, this, args));
    } :
    function(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Reflect.apply(op, this, args);
    };
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Stream.Readable.prototype, key, {
    __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
  });
}
for (const key of Object.keys(operators.streamReturningOperators)) {
  defineOperator(key, operators.streamReturningOperators[key], true);
}
for (const key of Object.keys(operators.promiseReturningOperators)) {
  defineOperator(key, operators.promiseReturningOperators[key], false);
}

Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
const { addAbortSignal } = require('internal/streams/add-abort-signal');
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.compose = require('internal/streams/compose');
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return lazyPromises(); },
});
Object.defineProperty(pipeline, promisifyCustom, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().pipeline; },
});
Object.defineProperty(eos, promisifyCustom, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().finished; },
});

// Backwards-compat with node 0.4.x
Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (v) => v instanceof Uint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

'use strict';
// WHATWG TransformStream (https://streams.spec.whatwg.org/#ts-class): a writable and a
// readable side joined by transform()/flush()/cancel(), with backpressure between them.
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  customInspect,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrandCheck,
  kState,
  kType,
  promiseCall,
  withResolvers,
} = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const ws = require('internal/webstreams/writablestream');

const kSkipThrow = Symbol('kSkipThrow');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });
const isTransformStream = isBrandCheck('TransformStream');
const isTransformStreamDefaultController = isBrandCheck('TransformStreamDefaultController');

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

class TransformStream {
  [kType] = 'TransformStream';

  constructor(transformer = kEmptyObject, writableStrategy = kEmptyObject,
              readableStrategy = kEmptyObject) {
    if (transformer === null) transformer = kEmptyObject;
    if (!isObjectLike(transformer)) throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    if (writableStrategy != null && !isObjectLike(writableStrategy)) {
      throw new ERR_INVALID_ARG_TYPE('writableStrategy', 'Object', writableStrategy);
    }
    if (readableStrategy != null && !isObjectLike(readableStrategy)) {
      throw new ERR_INVALID_ARG_TYPE('readableStrategy', 'Object', readableStrategy);
    }
    const readableType = transformer.readableType;
    const writableType = transformer.writableType;
    const start = transformer.start;
    if (readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', readableType);
    }
    if (writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(
      readableStrategy != null ? readableStrategy.highWaterMark : undefined, 0);
    const readableSize = extractSizeAlgorithm(
      readableStrategy != null ? readableStrategy.size : undefined);
    const writableHighWaterMark = extractHighWaterMark(
      writableStrategy != null ? writableStrategy.highWaterMark : undefined, 1);
    const writableSize = extractSizeAlgorithm(
      writableStrategy != null ? writableStrategy.size : undefined);

    const startPromise = withResolvers();
    initializeTransformStream(this, startPromise, writableHighWaterMark, writableSize,
                              readableHighWaterMark, readableSize);
    setupTransformStreamDefaultControllerFromTransformer(this, transformer);
    if (start !== undefined) {
      if (typeof start !== 'function') throw new ERR_INVALID_ARG_TYPE('transformer.start', 'Function', start);
      startPromise.resolve(Reflect.apply(start, transformer, [this[kState].controller]));
    } else {
      startPromise.resolve();
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      readable: this.readable,
      writable: this.writable,
      backpressure: this[kState].backpressure,
    });
  }
}

Object.defineProperties(TransformStream.prototype, {
  readable: rs.enumerable,
  writable: rs.enumerable,
  [Symbol.toStringTag]: rs.toStringTag('TransformStream'),
});

class TransformStreamDefaultController {
  [kType] = 'TransformStreamDefaultController';

  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    if (!isTransformStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    const readable = this[kState].stream[kState].readable;
    return rs.readableStreamDefaultControllerGetDesiredSize(readable[kState].controller);
  }

  enqueue(chunk = undefined) {
    if (!isTransformStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isTransformStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    if (!isTransformStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamDefaultControllerTerminate(this);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], { stream: this[kState].stream });
  }
}

Object.defineProperties(TransformStreamDefaultController.prototype, {
  desiredSize: rs.enumerable,
  enqueue: rs.enumerable,
  error: rs.enumerable,
  terminate: rs.enumerable,
  [Symbol.toStringTag]: rs.toStringTag('TransformStreamDefaultController'),
});

function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSize,
                                   readableHighWaterMark, readableSize) {
  const startAlgorithm = () => startPromise.promise;
  const writable = ws.createWritableStream(
    startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark, writableSize);
  const readable = rs.createReadableStream(
    startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHighWaterMark, readableSize);
  stream[kState] = {
    readable,
    writable,
    controller: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
  };
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, error) {
  const readable = stream[kState].readable;
  rs.readableStreamDefaultControllerError(readable[kState].controller, error);
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamErrorWritableAndUnblockWrite(stream, error) {
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  ws.writableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, error);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChange !== undefined) state.backpressureChange.resolve();
  state.backpressureChange = withResolvers();
  state.backpressure = backpressure;
}

function setupTransformStreamDefaultController(stream, controller, transformAlgorithm,
                                               flushAlgorithm, cancelAlgorithm) {
  controller[kState] = {
    stream,
    transformAlgorithm,
    flushAlgorithm,
    cancelAlgorithm,
    finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

function setupTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kSkipThrow);
  const transform = transformer.transform;
  const flush = transformer.flush;
  const cancel = transformer.cancel;
  for (const [name, fn] of [['transform', transform], ['flush', flush], ['cancel', cancel]]) {
    if (fn !== undefined && typeof fn !== 'function') {
      throw new ERR_INVALID_ARG_TYPE(`transformer.${name}`, 'Function', fn);
    }
  }
  const transformAlgorithm = transform ?
    (chunk) => promiseCall(transform, transformer, chunk, controller) :
    (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(controller, chunk);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error);
      }
    };
  const flushAlgorithm = flush ? () => promiseCall(flush, transformer, controller) :
    () => Promise.resolve();
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, transformer, reason) :
    () => Promise.resolve();
  setupTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm,
                                        cancelAlgorithm);
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].transformAlgorithm = undefined;
  controller[kState].flushAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readable = stream[kState].readable;
  const readableController = readable[kState].controller;
  if (!rs.readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    rs.readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    transformStreamErrorWritableAndUnblockWrite(stream, error);
    throw readable[kState].storedError;
  }
  const backpressure = rs.readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  const stream = controller[kState].stream;
  return controller[kState].transformAlgorithm(chunk).then(undefined, (error) => {
    transformStreamError(stream, error);
    throw error;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  const readable = stream[kState].readable;
  rs.readableStreamDefaultControllerClose(readable[kState].controller);
  const error = new ERR_INVALID_STATE.TypeError('TransformStream has been terminated');
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const controller = stream[kState].controller;
  if (stream[kState].backpressure) {
    return stream[kState].backpressureChange.promise.then(() => {
      const writable = stream[kState].writable;
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  const cstate = controller[kState];
  if (cstate.finishPromise !== undefined) return cstate.finishPromise.promise;
  const readable = stream[kState].readable;
  cstate.finishPromise = withResolvers();
  const finish = cstate.finishPromise;
  const cancelPromise = cstate.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      rs.readableStreamDefaultControllerError(readable[kState].controller, reason);
      finish.resolve();
    }
  }, (error) => {
    rs.readableStreamDefaultControllerError(readable[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const controller = stream[kState].controller;
  const cstate = controller[kState];
  if (cstate.finishPromise !== undefined) return cstate.finishPromise.promise;
  const readable = stream[kState].readable;
  cstate.finishPromise = withResolvers();
  const finish = cstate.finishPromise;
  const flushPromise = cstate.flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(controller);
  flushPromise.then(() => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      rs.readableStreamDefaultControllerClose(readable[kState].controller);
      finish.resolve();
    }
  }, (error) => {
    rs.readableStreamDefaultControllerError(readable[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  const cstate = controller[kState];
  if (cstate.finishPromise !== undefined) return cstate.finishPromise.promise;
  const writable = stream[kState].writable;
  cstate.finishPromise = withResolvers();
  const finish = cstate.finishPromise;
  const cancelPromise = cstate.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (writable[kState].state === 'errored') {
      finish.reject(writable[kState].storedError);
    } else {
      ws.writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
      transformStreamUnblockWrite(stream);
      finish.resolve();
    }
  }, (error) => {
    ws.writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, error);
    transformStreamUnblockWrite(stream);
    finish.reject(error);
  });
  return finish.promise;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
  isTransformStreamDefaultController,
};

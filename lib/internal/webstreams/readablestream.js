'use strict';
// WHATWG ReadableStream (https://streams.spec.whatwg.org/#rs-class): the stream, default
// and BYOB readers, the default controller, async iteration and ReadableStream.from.
// Byte-stream controller operations live in bytestream.js; pipeTo and tee in pipe.js.
// Internal slots are kept in this[kState]; abstract operations follow the spec's names.
const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateAbortSignal, validateObject, validateNumber } = require('internal/validators');
const {
  AsyncIteratorPrototype,
  customInspect,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrandCheck,
  isDetached,
  kState,
  kType,
  promiseCall,
  queueLength,
  resetQueue,
  setPromiseHandled,
  withResolvers,
} = require('internal/webstreams/util');
const {
  kIsClosedPromise,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
  kControllerErrorFunction,
} = require('internal/streams/utils');

const kSkipThrow = Symbol('kSkipThrow');
const kCancel = Symbol('kCancel');
const kPull = Symbol('kPull');
const kRelease = Symbol('kRelease');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const isReadableStream = isBrandCheck('ReadableStream');
const isReadableStreamDefaultReader = isBrandCheck('ReadableStreamDefaultReader');
const isReadableStreamBYOBReader = isBrandCheck('ReadableStreamBYOBReader');
const isReadableStreamDefaultController = isBrandCheck('ReadableStreamDefaultController');
const isReadableByteStreamController = isBrandCheck('ReadableByteStreamController');
const isReadableStreamBYOBRequest = isBrandCheck('ReadableStreamBYOBRequest');

let byteOps;      // internal/webstreams/bytestream (loaded after this module's exports)
let pipeOps;      // internal/webstreams/pipe
let writableOps;  // internal/webstreams/writablestream

const kEmptyObject = Object.freeze({ __proto__: null });

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function validateDictionary(value, name) {
  // WebIDL dictionaries: undefined/null become empty, other non-objects are rejected.
  if (value != null && !isObjectLike(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

// Node shares one error object for each of these.
let releasedError;
let releasingError;
function readerReleasedError() {
  releasedError ??= new ERR_INVALID_STATE.TypeError('Reader released');
  return releasedError;
}
function readerReleasingError() {
  releasingError ??= new ERR_INVALID_STATE.TypeError('Releasing reader');
  return releasingError;
}

class ReadableStream {
  [kType] = 'ReadableStream';

  constructor(source = kEmptyObject, strategy = kEmptyObject) {
    if (source === null) source = kEmptyObject;
    if (!isObjectLike(source)) throw new ERR_INVALID_ARG_TYPE('source', 'Object', source);
    validateDictionary(strategy, 'strategy');
    this[kState] = createReadableStreamState();

    // The strategy is read before the source, as the spec orders it.
    const size = strategy != null ? strategy.size : undefined;
    const highWaterMark = strategy != null ? strategy.highWaterMark : undefined;
    const type = source.type;

    if (`${type}` === 'bytes') {
      if (size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', size);
      byteOps.setupReadableByteStreamControllerFromSource(
        this, source, extractHighWaterMark(highWaterMark, 0));
    } else {
      if (type !== undefined) throw new ERR_INVALID_ARG_VALUE('source.type', type);
      setupReadableStreamDefaultControllerFromSource(
        this, source, extractHighWaterMark(highWaterMark, 1), extractSizeAlgorithm(size));
    }
  }

  get [kIsDisturbed]() { return this[kState].disturbed; }
  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsReadable]() { return this[kState].state === 'readable'; }

  [kControllerErrorFunction](error) {
    const controller = this[kState].controller;
    if (isReadableStreamDefaultController(controller)) controller.error(error);
  }

  // Settles with the stream (used by finished()/eos for web streams).
  get [kIsClosedPromise]() {
    const state = this[kState];
    if (state.closedPromise === undefined) {
      state.closedPromise = withResolvers();
      if (state.state === 'closed') state.closedPromise.resolve();
      else if (state.state === 'errored') {
        state.closedPromise.reject(state.storedError);
        setPromiseHandled(state.closedPromise.promise);
      }
    }
    return state.closedPromise;
  }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return isReadableStreamLocked(this);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStream'));
    if (isReadableStreamLocked(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = kEmptyObject) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    validateDictionary(options, 'options');
    const mode = options != null ? options.mode : undefined;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = kEmptyObject) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const readable = transform != null ? transform.readable : undefined;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform.writable;
    writableOps ??= require('internal/webstreams/writablestream');
    if (!writableOps.isWritableStream(writable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const opts = pipeOptions(options);
    if (isReadableStreamLocked(this)) {
      throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    }
    if (writableOps.isWritableStreamLocked(writable)) {
      throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    }
    const promise = pipeOps.readableStreamPipeTo(
      this, writable, opts.preventClose, opts.preventAbort, opts.preventCancel, opts.signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = kEmptyObject) {
    try {
      if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
      writableOps ??= require('internal/webstreams/writablestream');
      if (!writableOps.isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const opts = pipeOptions(options);
      if (isReadableStreamLocked(this)) {
        throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      }
      if (writableOps.isWritableStreamLocked(destination)) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return pipeOps.readableStreamPipeTo(
        this, destination, opts.preventClose, opts.preventAbort, opts.preventCancel, opts.signal);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return pipeOps.readableStreamTee(this, false);
  }

  values(options = kEmptyObject) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    validateDictionary(options, 'options');
    const preventCancel = !!(options != null && options.preventCancel);
    const reader = new ReadableStreamDefaultReader(this);
    return createAsyncIterator(reader, preventCancel);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: isReadableByteStreamController(this[kState].controller),
    });
  }
}

function pipeOptions(options) {
  validateDictionary(options, 'options');
  const preventAbort = options != null ? options.preventAbort : undefined;
  const preventCancel = options != null ? options.preventCancel : undefined;
  const preventClose = options != null ? options.preventClose : undefined;
  const signal = options != null ? options.signal : undefined;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return {
    preventAbort: !!preventAbort,
    preventCancel: !!preventCancel,
    preventClose: !!preventClose,
    signal,
  };
}

function createReadableStreamState() {
  return {
    disturbed: false,
    reader: undefined,
    state: 'readable',
    storedError: undefined,
    controller: undefined,
    closedPromise: undefined,
  };
}

const enumerable = { __proto__: null, enumerable: true };
function toStringTag(name) {
  return { __proto__: null, value: name, writable: false, enumerable: false, configurable: true };
}

Object.defineProperties(ReadableStream.prototype, {
  locked: enumerable,
  cancel: enumerable,
  getReader: enumerable,
  pipeThrough: enumerable,
  pipeTo: enumerable,
  tee: enumerable,
  values: enumerable,
  [Symbol.asyncIterator]: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    writable: true,
    value: ReadableStream.prototype.values,
  },
  [Symbol.toStringTag]: toStringTag('ReadableStream'),
});

// ---- async iteration (https://streams.spec.whatwg.org/#rs-asynciterator) ----

function createAsyncIterator(reader, preventCancel) {
  const state = { done: false, current: undefined };

  function nextSteps() {
    if (state.done) return Promise.resolve({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError(
        'The reader is not bound to a ReadableStream'));
    }
    const p = withResolvers();
    readableStreamDefaultReaderRead(reader, {
      chunkSteps(chunk) {
        state.current = undefined;
        p.resolve({ value: chunk, done: false });
      },
      closeSteps() {
        state.current = undefined;
        state.done = true;
        readableStreamReaderGenericRelease(reader);
        p.resolve({ done: true, value: undefined });
      },
      errorSteps(error) {
        state.current = undefined;
        state.done = true;
        readableStreamReaderGenericRelease(reader);
        p.reject(error);
      },
    });
    return p.promise;
  }

  async function returnSteps(value) {
    if (state.done) return { done: true, value };
    state.done = true;
    if (reader[kState].stream === undefined) {
      throw new ERR_INVALID_STATE.TypeError('The reader is not bound to a ReadableStream');
    }
    if (!preventCancel) {
      const result = readableStreamReaderGenericCancel(reader, value);
      readableStreamReaderGenericRelease(reader);
      await result;
      return { done: true, value };
    }
    readableStreamReaderGenericRelease(reader);
    return { done: true, value };
  }

  let started = false;
  // next() and return() queue behind the previous call, as the WebIDL iterator requires.
  // Like Node, the first next() waits one microtask (so start() and the first pull run),
  // and a chunk already queued is returned without a read request.
  return Object.setPrototypeOf({
    next() {
      if (!started) {
        state.current = Promise.resolve();
        started = true;
      }
      if (state.current !== undefined) {
        state.current = state.current.then(nextSteps, nextSteps);
        return state.current;
      }
      if (!state.done) {
        const fast = dequeueBuffered(reader[kState].stream);
        if (fast !== kNothing) return Promise.resolve({ done: false, value: fast });
      }
      state.current = nextSteps();
      return state.current;
    },
    return(error) {
      if (state.current !== undefined) {
        return state.current.then(() => returnSteps(error), () => returnSteps(error));
      }
      return returnSteps(error);
    },
  }, ReadableStreamAsyncIteratorPrototype);
}

const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype);

const kNothing = Symbol('kNothing');

// Takes a chunk that is already queued (the read fast path), or returns kNothing.
function dequeueBuffered(stream) {
  if (stream === undefined || stream[kState].state !== 'readable') return kNothing;
  const controller = stream[kState].controller;
  if (isReadableStreamDefaultController(controller)) {
    const cstate = controller[kState];
    if (queueLength(cstate) === 0) return kNothing;
    stream[kState].disturbed = true;
    const chunk = dequeueValue(cstate);
    if (cstate.closeRequested && queueLength(cstate) === 0) {
      readableStreamDefaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else if (!cstate.closeRequested && cstate.started &&
               cstate.highWaterMark - cstate.queueTotalSize > 0) {
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
    return chunk;
  }
  if (controller[kState].queueTotalSize > 0) {
    stream[kState].disturbed = true;
    return byteOps.readableByteStreamControllerDequeueChunk(controller);
  }
  return kNothing;
}

// ---- ReadableStream.from (https://streams.spec.whatwg.org/#readable-stream-from-iterable) ----

function readableStreamFromIterable(iterable) {
  let stream;
  const method = iterable == null ? undefined :
    (iterable[Symbol.asyncIterator] ?? iterable[Symbol.iterator]);
  if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
  const isAsync = typeof iterable[Symbol.asyncIterator] === 'function';
  let iterator = Reflect.apply(method, iterable, []);
  if (!isObjectLike(iterator)) {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  let nextMethod = iterator.next;
  if (!isAsync) {
    // CreateAsyncFromSyncIterator: awaits each value of a sync iterator.
    const syncIterator = iterator;
    const syncNext = nextMethod;
    iterator = {
      next() {
        const r = Reflect.apply(syncNext, syncIterator, []);
        if (!isObjectLike(r)) throw new TypeError('iterator result is not an object');
        return Promise.resolve(r.value).then((value) => ({ value, done: !!r.done }));
      },
      return(v) {
        const ret = syncIterator.return;
        if (ret == null) return Promise.resolve({ value: v, done: true });
        const r = Reflect.apply(ret, syncIterator, [v]);
        if (!isObjectLike(r)) return Promise.reject(new TypeError('iterator result is not an object'));
        return Promise.resolve(r.value).then((value) => ({ value, done: !!r.done }));
      },
    };
    nextMethod = iterator.next;
  }

  function pull() {
    let nextResult;
    try {
      nextResult = Reflect.apply(nextMethod, iterator, []);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(nextResult).then((iterResult) => {
      if (!isObjectLike(iterResult)) {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (iterResult.done) {
        readableStreamDefaultControllerClose(stream[kState].controller);
      } else {
        readableStreamDefaultControllerEnqueue(stream[kState].controller, iterResult.value);
      }
    });
  }

  function cancel(reason) {
    let returnMethod;
    try {
      returnMethod = iterator.return;
    } catch (err) {
      return Promise.reject(err);
    }
    if (returnMethod == null) return Promise.resolve();
    let returnResult;
    try {
      returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(returnResult).then((iterResult) => {
      if (!isObjectLike(iterResult)) {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  }

  stream = new ReadableStream({ start() {}, pull, cancel }, { highWaterMark: 0 });
  return stream;
}

// ---- readers ----

class ReadableStreamDefaultReader {
  [kType] = 'ReadableStreamDefaultReader';

  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kState] = { readRequests: [], stream: undefined, close: undefined };
    setupReadableStreamDefaultReader(this, stream);
  }

  read() {
    if (!isReadableStreamDefaultReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError(
        'The reader is not attached to a stream'));
    }
    const fast = dequeueBuffered(this[kState].stream);
    if (fast !== kNothing) return Promise.resolve({ done: false, value: fast });
    const p = withResolvers();
    readableStreamDefaultReaderRead(this, {
      chunkSteps(chunk) { p.resolve({ value: chunk, done: false }); },
      closeSteps() { p.resolve({ value: undefined, done: true }); },
      errorSteps(error) { p.reject(error); },
    });
    return p.promise;
  }

  releaseLock() {
    if (!isReadableStreamDefaultReader(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    }
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isReadableStreamDefaultReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamDefaultReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError(
        'The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].close.promise,
    });
  }
}

Object.defineProperties(ReadableStreamDefaultReader.prototype, {
  closed: enumerable,
  read: enumerable,
  releaseLock: enumerable,
  cancel: enumerable,
  [Symbol.toStringTag]: toStringTag('ReadableStreamDefaultReader'),
});

class ReadableStreamBYOBReader {
  [kType] = 'ReadableStreamBYOBReader';

  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kState] = { stream: undefined, readIntoRequests: [], close: undefined };
    setupReadableStreamBYOBReader(this, stream);
  }

  read(view, options = kEmptyObject) {
    try {
      if (!isReadableStreamBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
      if (!ArrayBuffer.isView(view)) {
        throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
      }
      validateDictionary(options, 'options');
      const viewByteLength = view.byteLength;
      const viewBuffer = view.buffer;
      if (typeof SharedArrayBuffer === 'function' && viewBuffer instanceof SharedArrayBuffer) {
        throw new ERR_INVALID_ARG_VALUE('view', view, 'must not be backed by a SharedArrayBuffer');
      }
      if (viewByteLength === 0 || viewBuffer.byteLength === 0 || isDetached(viewBuffer)) {
        throw new ERR_INVALID_STATE.TypeError(
          'View or Viewed ArrayBuffer is zero-length or detached');
      }
      const min = (options != null ? options.min : undefined) ?? 1;
      validateNumber(min, 'options.min');
      if (!Number.isInteger(min)) throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be an integer');
      if (min <= 0) throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0');
      if (!(view instanceof DataView)) {
        if (min > view.length) throw new ERR_OUT_OF_RANGE('options.min', '<= view.length', min);
      } else if (min > viewByteLength) {
        throw new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min);
      }
      if (this[kState].stream === undefined) {
        throw new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream');
      }
      const p = withResolvers();
      readableStreamBYOBReaderRead(this, view, min, {
        chunkSteps(chunk) { p.resolve({ value: chunk, done: false }); },
        closeSteps(chunk) { p.resolve({ value: chunk, done: true }); },
        errorSteps(error) { p.reject(error); },
      });
      return p.promise;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  releaseLock() {
    if (!isReadableStreamBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  get closed() {
    if (!isReadableStreamBYOBReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamBYOBReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError(
        'The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      stream: this[kState].stream,
      readIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].close.promise,
    });
  }
}

Object.defineProperties(ReadableStreamBYOBReader.prototype, {
  closed: enumerable,
  read: enumerable,
  releaseLock: enumerable,
  cancel: enumerable,
  [Symbol.toStringTag]: toStringTag('ReadableStreamBYOBReader'),
});

// ---- default controller ----

class ReadableStreamDefaultController {
  [kType] = 'ReadableStreamDefaultController';
  [kState] = {};

  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    if (!isReadableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isReadableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isReadableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isReadableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    readableStreamDefaultControllerError(this, error);
  }

  [kCancel](reason) {
    const state = this[kState];
    resetQueue(state);
    const result = state.cancelAlgorithm(reason);
    readableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kPull](readRequest) {
    const state = this[kState];
    const stream = state.stream;
    if (queueLength(state) > 0) {
      const chunk = dequeueValue(state);
      if (state.closeRequested && queueLength(state) === 0) {
        readableStreamDefaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        readableStreamDefaultControllerCallPullIfNeeded(this);
      }
      readRequest.chunkSteps(chunk);
      return;
    }
    readableStreamAddReadRequest(stream, readRequest);
    readableStreamDefaultControllerCallPullIfNeeded(this);
  }

  [kRelease]() {}

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {});
  }
}

Object.defineProperties(ReadableStreamDefaultController.prototype, {
  desiredSize: enumerable,
  close: enumerable,
  enqueue: enumerable,
  error: enumerable,
  [Symbol.toStringTag]: toStringTag('ReadableStreamDefaultController'),
});

// ---- ReadableStream abstract operations ----

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve();
  if (state.state === 'errored') return Promise.reject(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isReadableStreamBYOBReader(reader)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].closeSteps(undefined);
  }
  return state.controller[kCancel](reason).then(() => undefined);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  if (state.closedPromise !== undefined) state.closedPromise.resolve();
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].close.resolve();
  if (isReadableStreamDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].closeSteps();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  if (state.closedPromise !== undefined) {
    state.closedPromise.reject(error);
    setPromiseHandled(state.closedPromise.promise);
  }
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].close.reject(error);
  setPromiseHandled(reader[kState].close.promise);
  if (isReadableStreamDefaultReader(reader)) {
    readableStreamDefaultReaderErrorReadRequests(reader, error);
  } else {
    readableStreamBYOBReaderErrorReadIntoRequests(reader, error);
  }
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const readRequest = reader[kState].readRequests.shift();
  if (done) readRequest.closeSteps();
  else readRequest.chunkSteps(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isReadableStreamDefaultReader(reader);
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isReadableStreamBYOBReader(reader);
}

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const request = reader[kState].readIntoRequests.shift();
  if (done) request.closeSteps(chunk);
  else request.chunkSteps(chunk);
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

// ---- reader abstract operations ----

function readableStreamReaderGenericInitialize(reader, stream) {
  reader[kState].stream = stream;
  stream[kState].reader = reader;
  const close = withResolvers();
  reader[kState].close = close;
  switch (stream[kState].state) {
    case 'readable':
      break;
    case 'closed':
      close.resolve();
      break;
    case 'errored':
      close.reject(stream[kState].storedError);
      setPromiseHandled(close.promise);
      break;
  }
}

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericRelease(reader) {
  const stream = reader[kState].stream;
  const error = readerReleasedError();
  if (stream[kState].state === 'readable') {
    reader[kState].close.reject(error);
  } else {
    reader[kState].close = withResolvers();
    reader[kState].close.reject(error);
  }
  setPromiseHandled(reader[kState].close.promise);
  stream[kState].controller[kRelease]();
  stream[kState].reader = undefined;
  reader[kState].stream = undefined;
}

function setupReadableStreamDefaultReader(reader, stream) {
  if (isReadableStreamLocked(stream)) {
    throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  }
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readRequests = [];
}

function setupReadableStreamBYOBReader(reader, stream) {
  if (isReadableStreamLocked(stream)) {
    throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  }
  if (!isReadableByteStreamController(stream[kState].controller)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
  }
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readIntoRequests = [];
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  switch (state.state) {
    case 'closed':
      readRequest.closeSteps();
      break;
    case 'errored':
      readRequest.errorSteps(state.storedError);
      break;
    default:
      state.controller[kPull](readRequest);
  }
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, readerReleasingError());
}

function readableStreamDefaultReaderErrorReadRequests(reader, error) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (let i = 0; i < requests.length; i++) requests[i].errorSteps(error);
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') {
    readIntoRequest.errorSteps(stream[kState].storedError);
  } else {
    byteOps.readableByteStreamControllerPullInto(
      stream[kState].controller, view, min, readIntoRequest);
  }
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader, readerReleasingError());
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, error) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (let i = 0; i < requests.length; i++) requests[i].errorSteps(error);
}

// ---- default controller abstract operations ----

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  state.pullAlgorithm(controller).then(() => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, (error) => {
    readableStreamDefaultControllerError(controller, error);
  });
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!state.started) return false;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (queueLength(state) === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = state.sizeAlgorithm(chunk);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
    try {
      enqueueValueWithSize(state, chunk, chunkSize);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, error) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  resetQueue(state);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(state.stream, error);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  switch (state.stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return state.highWaterMark - state.queueTotalSize;
  }
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

function setupReadableStreamDefaultController(
  stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  const state = controller[kState];
  state.stream = stream;
  resetQueue(state);
  state.started = false;
  state.closeRequested = false;
  state.pullAgain = false;
  state.pulling = false;
  state.sizeAlgorithm = sizeAlgorithm;
  state.highWaterMark = highWaterMark;
  state.pullAlgorithm = pullAlgorithm;
  state.cancelAlgorithm = cancelAlgorithm;
  stream[kState].controller = controller;

  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    state.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (error) => {
    readableStreamDefaultControllerError(controller, error);
  });
}

function setupReadableStreamDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  const start = source.start;
  const pull = source.pull;
  const cancel = source.cancel;
  if (start !== undefined && typeof start !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('source.start', 'Function', start);
  }
  if (pull !== undefined && typeof pull !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('source.pull', 'Function', pull);
  }
  if (cancel !== undefined && typeof cancel !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('source.cancel', 'Function', cancel);
  }
  const startAlgorithm = start ? () => Reflect.apply(start, source, [controller]) : () => undefined;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, controller) : () => Promise.resolve();
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, source, reason) :
    () => Promise.resolve();
  setupReadableStreamDefaultController(
    stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm);
}

// CreateReadableStream: used by TransformStream, tee and the Node adapters.
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  stream[kState] = createReadableStreamState();
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  setupReadableStreamDefaultController(
    stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  stream[kState] = createReadableStreamState();
  byteOps.setupReadableByteStreamController(
    stream, byteOps.newByteController(), startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

Object.assign(module.exports, {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamDefaultController,
  createReadableStream,
  createReadableByteStream,
  isReadableStream,
  isReadableStreamLocked,
  isReadableStreamDefaultReader,
  isReadableStreamBYOBReader,
  isReadableStreamDefaultController,
  isReadableByteStreamController,
  isReadableStreamBYOBRequest,
  kCancel,
  kPull,
  kRelease,
  kSkipThrow,
  kInspect,
  enumerable,
  toStringTag,
  readableStreamCancel,
  readableStreamClose,
  readableStreamError,
  readableStreamAddReadRequest,
  readableStreamAddReadIntoRequest,
  readableStreamFulfillReadRequest,
  readableStreamFulfillReadIntoRequest,
  readableStreamGetNumReadRequests,
  readableStreamGetNumReadIntoRequests,
  readableStreamHasDefaultReader,
  readableStreamHasBYOBReader,
  readableStreamDefaultReaderRead,
  readableStreamBYOBReaderRead,
  readableStreamReaderGenericRelease,
  readableStreamDefaultReaderRelease,
  readableStreamBYOBReaderRelease,
  readableStreamDefaultControllerCallPullIfNeeded,
  readableStreamDefaultControllerClearAlgorithms,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  setupReadableStreamDefaultReader,
});

byteOps = require('internal/webstreams/bytestream');
pipeOps = require('internal/webstreams/pipe');

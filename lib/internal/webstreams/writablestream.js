'use strict';
// WHATWG WritableStream (https://streams.spec.whatwg.org/#ws-class): the stream, its
// default writer and controller, backpressure through writer.ready, abort/close/error.
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
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrandCheck,
  kState,
  kType,
  peekQueueValue,
  promiseCall,
  queueLength,
  resetQueue,
  setPromiseHandled,
  withResolvers,
} = require('internal/webstreams/util');
const {
  kIsClosedPromise,
  kIsErrored,
  kIsWritable,
  kControllerErrorFunction,
} = require('internal/streams/utils');

const kSkipThrow = Symbol('kSkipThrow');
const kAbort = Symbol('kAbort');
const kError = Symbol('kError');
const kCloseSentinel = Symbol('kCloseSentinel');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });

const isWritableStream = isBrandCheck('WritableStream');
const isWritableStreamDefaultWriter = isBrandCheck('WritableStreamDefaultWriter');
const isWritableStreamDefaultController = isBrandCheck('WritableStreamDefaultController');

let AbortController;
const enumerable = { __proto__: null, enumerable: true };
function toStringTag(name) {
  return { __proto__: null, value: name, writable: false, enumerable: false, configurable: true };
}

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function rejected(error) {
  const p = withResolvers();
  p.reject(error);
  setPromiseHandled(p.promise);
  return p;
}

function resolved() {
  const p = withResolvers();
  p.resolve();
  return p;
}

class WritableStream {
  [kType] = 'WritableStream';

  constructor(sink = kEmptyObject, strategy = kEmptyObject) {
    if (sink === null) sink = kEmptyObject;
    if (!isObjectLike(sink)) throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    if (strategy != null && !isObjectLike(strategy)) {
      throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    }
    const type = sink.type;
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
    this[kState] = createWritableStreamState();
    const size = extractSizeAlgorithm(strategy != null ? strategy.size : undefined);
    const highWaterMark = extractHighWaterMark(strategy != null ? strategy.highWaterMark : undefined, 1);
    setupWritableStreamDefaultControllerFromSink(this, sink, highWaterMark, size);
  }

  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsWritable]() { return this[kState].state === 'writable'; }

  [kControllerErrorFunction](error) {
    writableStreamDefaultControllerErrorIfNeeded(this[kState].controller, error);
  }

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
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}

Object.defineProperties(WritableStream.prototype, {
  locked: enumerable,
  abort: enumerable,
  close: enumerable,
  getWriter: enumerable,
  [Symbol.toStringTag]: toStringTag('WritableStream'),
});

function createWritableStreamState() {
  return {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
    closedPromise: undefined,
  };
}

class WritableStreamDefaultWriter {
  [kType] = 'WritableStreamDefaultWriter';

  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    this[kState] = { stream: undefined, close: undefined, ready: undefined };
    setupWritableStreamDefaultWriter(this, stream);
  }

  get closed() {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].close.promise;
  }

  get desiredSize() {
    if (!isWritableStreamDefaultWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) {
      throw new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
    }
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWritableStreamDefaultWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      stream: this[kState].stream,
      close: this[kState].close.promise,
      ready: this[kState].ready.promise,
      desiredSize: this[kState].stream === undefined ? undefined : this.desiredSize,
    });
  }
}

Object.defineProperties(WritableStreamDefaultWriter.prototype, {
  closed: enumerable,
  ready: enumerable,
  desiredSize: enumerable,
  abort: enumerable,
  close: enumerable,
  releaseLock: enumerable,
  write: enumerable,
  [Symbol.toStringTag]: toStringTag('WritableStreamDefaultWriter'),
});

class WritableStreamDefaultController {
  [kType] = 'WritableStreamDefaultController';
  [kState] = {};

  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kAbort](reason) {
    const result = this[kState].abortAlgorithm(reason);
    writableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kError]() {
    resetQueue(this[kState]);
  }

  get signal() {
    if (!isWritableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (!isWritableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], { stream: this[kState].stream });
  }
}

Object.defineProperties(WritableStreamDefaultController.prototype, {
  signal: enumerable,
  error: enumerable,
  [Symbol.toStringTag]: toStringTag('WritableStreamDefaultController'),
});

// ---- WritableStream abstract operations ----

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function writableStreamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  state.controller[kState].abortController.abort(reason);
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  if (state.pendingAbortRequest !== undefined) return state.pendingAbortRequest.abort.promise;
  let wasAlreadyErroring = false;
  if (state.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const abort = withResolvers();
  state.pendingAbortRequest = { abort, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return abort.promise;
}

function writableStreamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const close = withResolvers();
  state.closeRequest = close;
  const writer = state.writer;
  if (writer !== undefined && state.backpressure && state.state === 'writable') {
    writer[kState].ready.resolve();
  }
  writableStreamDefaultControllerClose(state.controller);
  return close.promise;
}

function writableStreamAddWriteRequest(stream) {
  const request = withResolvers();
  stream[kState].writeRequests.push(request);
  return request.promise;
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const state = stream[kState];
  return state.closeRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamFinishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  state.controller[kError]();
  const storedError = state.storedError;
  const requests = state.writeRequests;
  state.writeRequests = [];
  for (let i = 0; i < requests.length; i++) requests[i].reject(storedError);
  if (state.pendingAbortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = state.pendingAbortRequest;
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.abort.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  state.controller[kAbort](abortRequest.reason).then(() => {
    abortRequest.abort.resolve();
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.abort.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve();
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.abort.resolve();
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  if (state.closedPromise !== undefined) state.closedPromise.resolve();
  const writer = state.writer;
  if (writer !== undefined) writer[kState].close.resolve();
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.abort.reject(error);
    state.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve();
  stream[kState].inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject(error);
  stream[kState].inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const state = stream[kState];
  return state.inFlightWriteRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function writableStreamMarkCloseRequestInFlight(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest = state.closeRequest;
  state.closeRequest = undefined;
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  const state = stream[kState];
  state.inFlightWriteRequest = state.writeRequests.shift();
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  if (state.closedPromise !== undefined) {
    state.closedPromise.reject(state.storedError);
    setPromiseHandled(state.closedPromise.promise);
  }
  const writer = state.writer;
  if (writer !== undefined) {
    writer[kState].close.reject(state.storedError);
    setPromiseHandled(writer[kState].close.promise);
  }
}

function writableStreamStartErroring(stream, reason) {
  const state = stream[kState];
  const controller = state.controller;
  state.state = 'erroring';
  state.storedError = reason;
  const writer = state.writer;
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const state = stream[kState];
  const writer = state.writer;
  const changed = backpressure !== state.backpressure;
  // Published before resolving ready, so a resolve hook (pipeTo) sees the new value.
  state.backpressure = backpressure;
  if (writer !== undefined && changed) {
    if (backpressure) writer[kState].ready = withResolvers();
    else writer[kState].ready.resolve();
  }
}

// ---- writer abstract operations ----

function setupWritableStreamDefaultWriter(writer, stream) {
  if (isWritableStreamLocked(stream)) {
    throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
  }
  const writerState = writer[kState];
  writerState.stream = stream;
  const state = stream[kState];
  state.writer = writer;
  switch (state.state) {
    case 'writable':
      writerState.ready = (!writableStreamCloseQueuedOrInFlight(stream) && state.backpressure) ?
        withResolvers() : resolved();
      writerState.close = withResolvers();
      break;
    case 'erroring':
      writerState.ready = rejected(state.storedError);
      writerState.close = withResolvers();
      break;
    case 'closed':
      writerState.ready = resolved();
      writerState.close = resolved();
      break;
    default:
      writerState.ready = rejected(state.storedError);
      writerState.close = rejected(state.storedError);
  }
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || state.state === 'closed') {
    return Promise.resolve();
  }
  if (state.state === 'errored') return Promise.reject(state.storedError);
  return writableStreamClose(stream);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  writer[kState].close = rejectOrReplace(writer[kState].close, error);
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  writer[kState].ready = rejectOrReplace(writer[kState].ready, error);
}

function rejectOrReplace(record, error) {
  if (isPending(record)) {
    record.reject(error);
    setPromiseHandled(record.promise);
    return record;
  }
  return rejected(error);
}

// Promise records track settlement so "if pending, reject; else replace" works.
function isPending(record) {
  return record.state === undefined || record.state === 'pending';
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return writableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
}

function writableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  const releasedError = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const state = stream[kState];
  const controller = state.controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('Mismatched WritableStreams'));
  }
  if (state.state === 'errored') return Promise.reject(state.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state.state === 'closed') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state.state === 'erroring') return Promise.reject(state.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// WritableStreamDefaultWriterWrite without a per-chunk promise (pipeTo and the Node
// adapters): `request` counts writes in flight through resolve()/reject() and records
// a refusal in failed/failure.
function writableStreamDefaultWriterWriteWithRequest(writer, chunk, request) {
  const stream = writer[kState].stream;
  const state = stream[kState];
  const controller = state.controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (state.state === 'errored' || state.state === 'erroring') {
    request.failed = true;
    request.failure = state.storedError;
    return;
  }
  if (writableStreamCloseQueuedOrInFlight(stream) || state.state === 'closed') {
    request.failed = true;
    request.failure = new ERR_INVALID_STATE.TypeError('WritableStream is closed');
    return;
  }
  state.writeRequests.push(request);
  request.pending++;
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
}

// ---- controller abstract operations ----

function setupWritableStreamDefaultController(
  stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
  highWaterMark, sizeAlgorithm) {
  const state = controller[kState];
  state.stream = stream;
  stream[kState].controller = controller;
  resetQueue(state);
  AbortController ??= require('internal/abort_controller').AbortController;
  state.abortController = new AbortController();
  state.started = false;
  state.sizeAlgorithm = sizeAlgorithm;
  state.highWaterMark = highWaterMark;
  state.writeAlgorithm = writeAlgorithm;
  state.closeAlgorithm = closeAlgorithm;
  state.abortAlgorithm = abortAlgorithm;
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    state.started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    state.started = true;
    writableStreamDealWithRejection(stream, error);
  });
}

function setupWritableStreamDefaultControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kSkipThrow);
  const start = sink.start;
  const write = sink.write;
  const close = sink.close;
  const abort = sink.abort;
  for (const [name, fn] of [['start', start], ['write', write], ['close', close], ['abort', abort]]) {
    if (fn !== undefined && typeof fn !== 'function') {
      throw new ERR_INVALID_ARG_TYPE(`sink.${name}`, 'Function', fn);
    }
  }
  const startAlgorithm = start ? () => Reflect.apply(start, sink, [controller]) : () => undefined;
  const writeAlgorithm = write ? (chunk) => promiseCall(write, sink, chunk, controller) :
    () => Promise.resolve();
  const closeAlgorithm = close ? () => promiseCall(close, sink) : () => Promise.resolve();
  const abortAlgorithm = abort ? (reason) => promiseCall(abort, sink, reason) : () => Promise.resolve();
  setupWritableStreamDefaultController(
    stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
    highWaterMark, sizeAlgorithm);
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!state.started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  if (stream[kState].state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (queueLength(state) === 0) return;
  const value = peekQueueValue(state);
  if (value === kCloseSentinel) writableStreamDefaultControllerProcessClose(controller);
  else writableStreamDefaultControllerProcessWrite(controller, value);
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.writeAlgorithm = undefined;
  state.closeAlgorithm = undefined;
  state.abortAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerError(controller, error) {
  const stream = controller[kState].stream;
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(stream, error);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const state = controller[kState];
  if (state.sizeAlgorithm === undefined) return 1;
  try {
    return state.sizeAlgorithm(chunk);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  return controller[kState].highWaterMark - controller[kState].queueTotalSize;
}

function writableStreamDefaultControllerProcessClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  writableStreamMarkCloseRequestInFlight(stream);
  dequeueValue(state);
  const sinkClosePromise = state.closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  sinkClosePromise.then(() => {
    writableStreamFinishInFlightClose(stream);
  }, (reason) => {
    writableStreamFinishInFlightCloseWithError(stream, reason);
  });
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  writableStreamMarkFirstWriteRequestInFlight(stream);
  state.writeAlgorithm(chunk).then(() => {
    writableStreamFinishInFlightWrite(stream);
    const streamState = stream[kState].state;
    dequeueValue(state);
    if (!writableStreamCloseQueuedOrInFlight(stream) && streamState === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream[kState].state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  const state = controller[kState];
  try {
    enqueueValueWithSize(state, chunk, chunkSize);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = state.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

// CreateWritableStream: used by TransformStream and the Node adapters.
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  stream[kType] = 'WritableStream';
  stream[kState] = createWritableStreamState();
  const controller = new WritableStreamDefaultController(kSkipThrow);
  setupWritableStreamDefaultController(
    stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
    highWaterMark, sizeAlgorithm);
  return stream;
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  createWritableStream,
  isWritableStream,
  isWritableStreamLocked,
  isWritableStreamDefaultWriter,
  isWritableStreamDefaultController,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultControllerErrorIfNeeded,
  writableStreamDefaultControllerWrite,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
  writableStreamDefaultWriterWriteWithRequest,
  writableStreamDefaultWriterGetDesiredSize,
  writableStreamStartErroring,
  writableStreamFinishErroring,
  writableStreamDealWithRejection,
};

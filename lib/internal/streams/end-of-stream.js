'use strict';
// finished()/eos: calls back once a stream is done (end/finish/close), errored or
// prematurely closed; understands Node streams, legacy emitters, http messages, web streams.
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const { validateAbortSignal, validateFunction, validateObject, validateBoolean } =
  require('internal/validators');
const {
  isClosed,
  isReadable,
  isReadableNodeStream,
  isReadableStream,
  isReadableFinished,
  isReadableErrored,
  isWritable,
  isWritableNodeStream,
  isWritableStream,
  isWritableFinished,
  isWritableErrored,
  isNodeStream,
  willEmitClose: willEmitCloseOf,
  kIsClosedPromise,
} = require('internal/streams/utils');
// Loaded at start-up by the task queues, so this costs nothing.
const asyncContext = require('internal/async_context_frame');

const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
const kEmptyObject = Object.freeze({ __proto__: null });
const nop = () => {};
// Internal: settle synchronously when the stream is already done.
const kEosNodeSynchronousCallback = Symbol('kEosNodeSynchronousCallback');
let addAbortListener;

function once(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

function isRequest(stream) {
  return stream.setHeader && typeof stream.abort === 'function';
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = kEmptyObject;
  } else if (options == null) {
    options = kEmptyObject;
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');
  // As Node: the callback runs in the async context (AsyncLocalStorage) current here.
  if (asyncContext.current() !== undefined) callback = asyncContext.wrap(callback);

  if (isReadableStream(stream) || isWritableStream(stream)) {
    return eosWeb(stream, options, once(callback));
  }
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);

  // When the stream will emit 'close' itself, wait for it rather than end/finish.
  let willEmitClose = willEmitCloseOf(stream) &&
    isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;
  let writableFinished = isWritableFinished(stream, false);
  let readableFinished = isReadableFinished(stream, false);
  const wState = stream._writableState;
  const rState = stream._readableState;

  // A stream that is already done settles on the next tick without listening for events:
  // undefined = still running, null = done cleanly, an Error = done with that error.
  let immediateResult;
  if (isClosed(stream)) {
    immediateResult = closeError(stream, readable, readableFinished, writable, writableFinished);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) immediateResult = currentError(stream);
  } else if (!readable && (!willEmitClose || isReadable(stream)) &&
             (writableFinished || isWritable(stream) === false) &&
             (wState == null || wState.pendingcb === undefined || wState.pendingcb === 0)) {
    immediateResult = currentError(stream);
  } else if (!writable && (!willEmitClose || isWritable(stream)) &&
             (readableFinished || isReadable(stream) === false)) {
    immediateResult = currentError(stream);
  } else if (rState && stream.req && stream.aborted) {
    immediateResult = currentError(stream);
  }

  let cleanup = () => { callback = nop; };
  if (immediateResult !== undefined) {
    if (options.error !== false) {
      // Later 'error' emissions must not become uncaught because eos stopped listening.
      stream.on('error', nop);
      cleanup = () => {
        callback = nop;
        stream.removeListener('error', nop);
      };
    }
  } else if (options.signal && options.signal.aborted) {
    immediateResult = new AbortError(undefined, { cause: options.signal.reason });
  }
  if (immediateResult !== undefined && options[kEosNodeSynchronousCallback]) {
    Reflect.apply(callback, stream, immediateResult === null ? [] : [immediateResult]);
    return cleanup;
  }
  if (immediateResult !== undefined) {
    process.nextTick(() => {
      Reflect.apply(callback, stream, immediateResult === null ? [] : [immediateResult]);
    });
    return cleanup;
  }

  callback = once(callback);

  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };

  const onfinish = () => {
    writableFinished = true;
    // Destroyed already: user code is doing something unusual, 'close' may not follow.
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };

  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };

  const onerror = (err) => {
    callback.call(stream, err);
  };

  const onclose = () => {
    const error = closeError(stream, readable, readableFinished, writable, writableFinished);
    if (error === null) callback.call(stream);
    else callback.call(stream, error);
  };

  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    // Legacy streams signal the end of the writable side with 'end' or 'close'.
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }

  // Not all streams emit 'close' after 'aborted'.
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal) {
    const abort = () => {
      const endCallback = callback;   // cleanup() resets it
      cleanup();
      endCallback.call(stream, new AbortError(undefined, { cause: options.signal.reason }));
    };
    addAbortListener ??= require('events').addAbortListener;
    const disposable = addAbortListener(options.signal, abort);
    const originalCallback = callback;
    callback = once((...args) => {
      disposable[SymbolDispose]();
      Reflect.apply(originalCallback, stream, args);
    });
  }
  return cleanup;
}

// The error the stream already carries, if any.
function currentError(stream) {
  const errored = isWritableErrored(stream) || isReadableErrored(stream);
  return (typeof errored !== 'boolean' && errored) || null;
}

// The result of a 'close': the stream's error, a premature close, or null.
function closeError(stream, readable, readableFinished, writable, writableFinished) {
  const errored = currentError(stream);
  if (errored) return errored;
  if (readable && !readableFinished && isReadableNodeStream(stream, true) &&
      !isReadableFinished(stream, false)) {
    return new ERR_STREAM_PREMATURE_CLOSE();
  }
  if (writable && !writableFinished && !isWritableFinished(stream, false)) {
    return new ERR_STREAM_PREMATURE_CLOSE();
  }
  return null;
}

function eosWeb(stream, options, callback) {
  let isAborted = false;
  if (options.signal) {
    const abort = () => {
      isAborted = true;
      callback.call(stream, new AbortError(undefined, { cause: options.signal.reason }));
    };
    if (options.signal.aborted) {
      process.nextTick(abort);
    } else {
      addAbortListener ??= require('events').addAbortListener;
      const disposable = addAbortListener(options.signal, abort);
      const originalCallback = callback;
      callback = once((...args) => {
        disposable[SymbolDispose]();
        originalCallback.apply(stream, args);
      });
    }
  }
  const resolverFn = (...args) => {
    if (!isAborted) process.nextTick(() => callback.apply(stream, args));
  };
  stream[kIsClosedPromise].promise.then(resolverFn, resolverFn);
  return nop;
}

function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = kEmptyObject;
  if (opts && opts.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;
eos.kEosNodeSynchronousCallback = kEosNodeSynchronousCallback;
module.exports = eos;

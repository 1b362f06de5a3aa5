'use strict';
// Node stream <-> web stream adapters: Readable.toWeb/fromWeb, Writable.toWeb/fromWeb,
// Duplex.toWeb/fromWeb. Chunks and backpressure pass through; errors and premature closes
// become the other side's errors (an early close is an AbortError).
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { validateBoolean, validateObject, validateOneOf } = require('internal/validators');
const { Buffer } = require('buffer');
const { kState } = require('internal/webstreams/util');
const {
  ReadableStream,
  isReadableStream,
  readableStreamDefaultReaderRead,
} = require('internal/webstreams/readablestream');
const {
  WritableStream,
  isWritableStream,
  writableStreamDefaultWriterWriteWithRequest,
} = require('internal/webstreams/writablestream');
const {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
} = require('internal/webstreams/queuingstrategies');
const { TextEncoder } = require('internal/encoding');
const eos = require('internal/streams/end-of-stream');
const { kEosNodeSynchronousCallback } = eos;
const { destroyer: destroy } = require('internal/streams/destroy');
const { isDestroyed, isReadable, isWritable, isWritableEnded } = require('internal/streams/utils');

const kEmptyObject = Object.freeze({ __proto__: null });
const kResolved = Promise.resolve();
const noop = () => {};
const encoder = new TextEncoder();
let Readable;
let Writable;
let Duplex;

function withResolvers() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// A premature close of the Node side reads as an abort on the web side.
function handleKnownInternalErrors(cause) {
  const code = cause && cause.code;
  if (code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause });
  if (typeof code === 'string' && (code.startsWith('ERR__ERROR_') || /^Z_/.test(code))) {
    const error = new TypeError(undefined, { cause });
    error.code = code;
    return error;
  }
  return cause;
}

function normalizeUtf8(encoding) {
  if (encoding == null) return true;
  const e = String(encoding).toLowerCase();
  return e === 'utf8' || e === 'utf-8';
}

function toUint8(chunk, encoding) {
  if (normalizeUtf8(encoding)) return encoder.encode(chunk);
  const b = Buffer.from(chunk, encoding);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

// Completes a Node write callback once every web write it dispatched has settled.
function createWriteTracker(getDestination) {
  return {
    pending: 0,
    failed: false,
    failure: undefined,
    callback: undefined,
    error: undefined,
    hasError: false,
    dispatching: false,
    resolve() {
      this.pending--;
      if (!this.dispatching && this.pending === 0 && this.callback !== undefined) this.settle();
    },
    reject(error) {
      this.pending--;
      if (!this.hasError) {
        this.hasError = true;
        this.error = error;
      }
      if (!this.dispatching && this.pending === 0 && this.callback !== undefined) this.settle();
    },
    settle() {
      const callback = this.callback;
      this.callback = undefined;
      let error;
      if (this.hasError) {
        error = this.error;
        this.hasError = false;
        this.error = undefined;
      } else if (this.failed) {
        error = this.failure;
      }
      this.failed = false;
      this.failure = undefined;
      const run = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => destroy(getDestination(), err));
        }
      };
      if (error !== undefined) kResolved.then(run);
      else run();
    },
  };
}

function dispatchWrite(writer, chunk, tracker) {
  tracker.dispatching = true;
  writableStreamDefaultWriterWriteWithRequest(writer, chunk, tracker);
  tracker.dispatching = false;
  if (tracker.pending === 0) tracker.settle();
}

function dispatchWritev(writer, chunks, tracker) {
  tracker.dispatching = true;
  for (let i = 0; i < chunks.length; i++) {
    writableStreamDefaultWriterWriteWithRequest(writer, chunks[i].chunk, tracker);
  }
  tracker.dispatching = false;
  if (tracker.pending === 0) tracker.settle();
}

function callbackSafely(callback, error) {
  try {
    callback(error);
  } catch (err) {
    // Escape the promise job so the error is not an unhandled rejection.
    process.nextTick(() => { throw err; });
  }
}

function newWritableStreamFromStreamWritable(streamWritable) {
  if (!streamWritable || typeof streamWritable.write !== 'function' ||
      typeof streamWritable.on !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }

  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) :
    { highWaterMark, size(chunk) { return chunk?.byteLength ?? chunk?.length ?? 1; } };

  let controller;
  let backpressure;
  let closed;

  const cleanup = eos(streamWritable, (error) => {
    error = handleKnownInternalErrors(error);
    cleanup();
    // The web side owns error reporting from here on.
    streamWritable.on('error', noop);
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      if (controller !== undefined) controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    if (controller !== undefined) controller.error(new AbortError());
    controller = undefined;
  });

  streamWritable.on('drain', () => {
    if (backpressure !== undefined) backpressure.resolve();
  });

  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (!streamWritable.writableObjectMode &&
          (chunk instanceof ArrayBuffer ||
           (typeof SharedArrayBuffer === 'function' && chunk instanceof SharedArrayBuffer))) {
        chunk = new Uint8Array(chunk);
      }
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = withResolvers();
        if (!streamWritable.writableNeedDrain) backpressure.resolve();
        return backpressure.promise.finally(() => { backpressure = undefined; });
      }
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = withResolvers();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

function newStreamWritableFromWritableStream(writableStream, options = kEmptyObject) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');

  Writable ??= require('internal/streams/writable');
  const writer = writableStream.getWriter();
  let closed = false;
  const writeTracker = createWriteTracker(() => writable);

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      writeTracker.callback = callback;
      dispatchWritev(writer, chunks, writeTracker);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = toUint8(chunk, encoding);
      writeTracker.callback = callback;
      dispatchWrite(writer, chunk, writeTracker);
    },
    destroy(error, callback) {
      const done = () => callbackSafely(callback, error);
      if (!closed) {
        (error != null ? writer.abort(error) : writer.close()).then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => destroy(writable, err));
        }
      };
      if (!closed) writer.close().then(done, done);
    },
  });

  writer.closed.then(() => {
    closed = true;
    if (!isWritableEnded(writable)) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });
  return writable;
}

const kErrorSentinelAttached = Symbol('kErrorSentinelAttached');

function newReadableStreamFromStreamReadable(streamReadable, options = kEmptyObject) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  validateObject(options, 'options');
  if (options.type !== undefined) validateOneOf(options.type, 'options.type', ['bytes', undefined]);

  const isBYOB = options.type === 'bytes';
  let controller;
  let wasCanceled = false;
  let strategy;
  const source = {
    __proto__: null,
    type: isBYOB ? 'bytes' : undefined,
    start(c) { controller = c; },
    cancel(reason) {
      wasCanceled = true;
      destroy(streamReadable, reason);
    },
  };

  const readable = isReadable(streamReadable);
  const objectMode = streamReadable.readableObjectMode;
  if (readable) {
    source.pull = function pull() { streamReadable.resume(); };
    const highWaterMark = streamReadable.readableHighWaterMark;
    strategy = isBYOB ? { highWaterMark } :
      options.strategy ??
      new (objectMode ? CountQueuingStrategy : ByteLengthQueuingStrategy)({ highWaterMark });
  }
  const readableStream = new ReadableStream(source, strategy);

  let cleanup = noop;
  cleanup = eos(streamReadable, {
    __proto__: null,
    writable: false,
    [kEosNodeSynchronousCallback]: true,
  }, (error) => {
    error = handleKnownInternalErrors(error);
    cleanup();
    if (!(kErrorSentinelAttached in streamReadable)) {
      streamReadable.on('error', noop);
      streamReadable[kErrorSentinelAttached] = true;
    }
    if (wasCanceled) return;
    wasCanceled = true;
    if (error) {
      controller.error(error);
      return;
    }
    controller.close();
    if (isBYOB && controller.byobRequest) controller.byobRequest.respond(0);
  });

  if (wasCanceled) {
    cleanup();
  } else if (readable) {
    streamReadable.pause();
    streamReadable.on('data', function onData(chunk) {
      if (wasCanceled) return;
      if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
      controller.enqueue(chunk);
      if (controller.desiredSize <= 0) streamReadable.pause();
    });
  }
  return readableStream;
}

function newStreamReadableFromReadableStream(readableStream, options = kEmptyObject) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('options.encoding', encoding);
  }
  validateBoolean(objectMode, 'options.objectMode');

  Readable ??= require('internal/streams/readable');
  const reader = readableStream.getReader();
  let closed = false;
  let readRequest;
  let pendingChunk;

  function forwardChunk() {
    const chunk = pendingChunk;
    pendingChunk = undefined;
    readable.push(chunk);
  }

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      readRequest ??= {
        chunkSteps(chunk) {
          pendingChunk = chunk;
          kResolved.then(forwardChunk);
        },
        closeSteps() { readable.push(null); },
        errorSteps(error) { destroy(readable, error); },
      };
      readableStreamDefaultReaderRead(reader, readRequest);
    },
    destroy(error, callback) {
      const done = () => callbackSafely(callback, error);
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });

  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  return readable;
}

function newReadableWritablePairFromDuplex(duplex, options = kEmptyObject) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  validateObject(options, 'options');
  const readableOptions = { __proto__: null, type: options.readableType ?? options.type };

  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream({ type: readableOptions.type });
    writable.close();
    readable.cancel();
    return { readable, writable };
  }

  const writable = isWritable(duplex) ?
    newWritableStreamFromStreamWritable(duplex) : new WritableStream();
  if (!isWritable(duplex)) writable.close();
  const readable = isReadable(duplex) ?
    newReadableStreamFromStreamReadable(duplex, readableOptions) :
    new ReadableStream({ type: readableOptions.type });
  if (!isReadable(duplex)) readable.cancel();
  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = kEmptyObject, options = kEmptyObject) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('options.encoding', encoding);
  }

  Duplex ??= require('internal/streams/duplex');
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  let readRequest;
  let pendingChunk;
  const writeTracker = createWriteTracker(() => duplex);

  function forwardChunk() {
    const chunk = pendingChunk;
    pendingChunk = undefined;
    duplex.push(chunk);
  }

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      writeTracker.callback = callback;
      dispatchWritev(writer, chunks, writeTracker);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = toUint8(chunk, encoding);
      writeTracker.callback = callback;
      dispatchWrite(writer, chunk, writeTracker);
    },
    final(callback) {
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => destroy(duplex, err));
        }
      };
      if (!writableClosed) writer.close().then(done, done);
    },
    read() {
      readRequest ??= {
        chunkSteps(chunk) {
          pendingChunk = chunk;
          kResolved.then(forwardChunk);
        },
        closeSteps() { duplex.push(null); },
        errorSteps(error) { destroy(duplex, error); },
      };
      readableStreamDefaultReaderRead(reader, readRequest);
    },
    destroy(error, callback) {
      const done = () => callbackSafely(callback, error);
      async function closeWriter() {
        if (!writableClosed) await writer.abort(error);
      }
      async function closeReader() {
        if (!readableClosed) await reader.cancel(error);
      }
      if (!writableClosed || !readableClosed) {
        Promise.all([closeWriter(), closeReader()]).then(done, done);
        return;
      }
      done();
    },
  });

  writer.closed.then(() => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });

  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  return duplex;
}

module.exports = {
  newWritableStreamFromStreamWritable,
  newReadableStreamFromStreamReadable,
  newStreamWritableFromWritableStream,
  newStreamReadableFromReadableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};

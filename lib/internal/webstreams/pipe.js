'use strict';
// ReadableStream pipeTo() and tee() (https://streams.spec.whatwg.org/#rs-pipeTo,
// #readable-stream-tee). pipeTo pulls with one reusable read request, drains a default
// controller's queue synchronously, and parks on the writer's ready record under
// backpressure; the order of reads, writes and shutdown matches Node's implementation.
const { codes: { ERR_INVALID_STATE } } = require('internal/errors');
const { dequeueValue, kState, queueLength, withResolvers } = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const ws = require('internal/webstreams/writablestream');

const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
const kResolved = Promise.resolve();
const noop = () => {};
let addAbortListener;
let DOMException;
let AbortError;

const writeWithRequest = ws.writableStreamDefaultWriterWriteWithRequest;

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  let reader;
  let writer;
  let disposable;
  try {
    reader = new rs.ReadableStreamDefaultReader(source);
    writer = new ws.WritableStreamDefaultWriter(dest);
  } catch (error) {
    return Promise.reject(error);
  }
  source[kState].disturbed = true;
  let shuttingDown = false;
  const promise = withResolvers();

  const writeTracker = {
    pending: 0,
    failed: false,
    failure: undefined,
    stall: null,
    resolve() {
      if (--this.pending === 0 && this.stall !== null) {
        const stall = this.stall;
        this.stall = null;
        if (this.failed) stall.reject(this.failure);
        else stall.resolve();
      }
    },
    reject(error) {
      this.pending--;
      this.failed = true;
      this.failure = error;
      if (this.stall !== null) {
        const stall = this.stall;
        this.stall = null;
        stall.reject(error);
      }
    },
  };

  function finalize(isError, error) {
    ws.writableStreamDefaultWriterRelease(writer);
    rs.readableStreamReaderGenericRelease(reader);
    if (disposable !== undefined) disposable[SymbolDispose]();
    if (isError) promise.reject(error);
    else promise.resolve();
  }

  function waitForPendingWrites() {
    if (writeTracker.pending === 0) {
      return writeTracker.failed ? Promise.reject(writeTracker.failure) : Promise.resolve();
    }
    writeTracker.stall = withResolvers();
    return writeTracker.stall.promise;
  }

  function destStillWritable() {
    return dest[kState].state === 'writable' && !ws.writableStreamCloseQueuedOrInFlight(dest);
  }

  function shutdownWithAnAction(action, isError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const complete = () => {
      action().then(() => finalize(isError, originalError), (error) => finalize(true, error));
    };
    if (destStillWritable()) {
      waitForPendingWrites().then(complete, (error) => finalize(true, error));
      return;
    }
    complete();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destStillWritable()) {
      waitForPendingWrites().then(() => finalize(isError, error), (err) => finalize(true, err));
      return;
    }
    finalize(isError, error);
  }

  function abortAlgorithm() {
    let error = signal.reason;
    AbortError ??= require('internal/errors').AbortError;
    if (error instanceof AbortError) {
      DOMException ??= require('internal/events/domexception').DOMException;
      error = new DOMException(error.message, 'AbortError');
    }
    const actions = [];
    if (!preventAbort) {
      actions.push(() => (dest[kState].state === 'writable' ?
        ws.writableStreamAbort(dest, error) : Promise.resolve()));
    }
    if (!preventCancel) {
      actions.push(() => (source[kState].state === 'readable' ?
        rs.readableStreamCancel(source, error) : Promise.resolve()));
    }
    shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
  }

  function watchErrored(stream, closedPromise, action) {
    if (stream[kState].state === 'errored') action(stream[kState].storedError);
    else closedPromise.then(undefined, action);
  }

  function watchClosed(stream, closedPromise, action) {
    if (stream[kState].state === 'closed') action();
    else closedPromise.then(action, noop);
  }

  let pendingChunk;
  let readRequest;
  let readyHook;

  // Under backpressure, pump again as soon as the writer becomes ready (synchronously).
  function parkOnReady() {
    readyHook ??= { promise: new Promise(noop), resolve: pump, reject: noop, state: 'pending' };
    writer[kState].ready = readyHook;
  }

  function forwardChunk() {
    const chunk = pendingChunk;
    pendingChunk = undefined;
    writeWithRequest(writer, chunk, writeTracker);
    pump();
  }

  function pump() {
    if (shuttingDown) return;
    if (dest[kState].backpressure) {
      parkOnReady();
      return;
    }
    const controller = source[kState].controller;
    if (source[kState].state === 'readable' && rs.isReadableStreamDefaultController(controller) &&
        queueLength(controller[kState]) > 0) {
      // Drain what is already queued without a read request per chunk.
      const cstate = controller[kState];
      while (queueLength(cstate) > 0) {
        if (shuttingDown) return;
        const chunk = dequeueValue(cstate);
        if (cstate.closeRequested && queueLength(cstate) === 0) {
          rs.readableStreamDefaultControllerClearAlgorithms(controller);
          rs.readableStreamClose(source);
        }
        writeWithRequest(writer, chunk, writeTracker);
        if (dest[kState].backpressure) break;
        if (!destStillWritable()) break;
      }
      rs.readableStreamDefaultControllerCallPullIfNeeded(controller);
      if (source[kState].state === 'closed') return;
      if (dest[kState].backpressure) {
        parkOnReady();
        return;
      }
      kResolved.then(pump);
      return;
    }
    readRequest ??= {
      chunkSteps(chunk) {
        pendingChunk = chunk;
        kResolved.then(forwardChunk);
      },
      closeSteps: noop,
      errorSteps: noop,
    };
    rs.readableStreamDefaultReaderRead(reader, readRequest);
  }

  if (signal !== undefined) {
    if (signal.aborted) {
      abortAlgorithm();
      return promise.promise;
    }
    addAbortListener ??= require('events').addAbortListener;
    disposable = addAbortListener(signal, abortAlgorithm);
  }

  pump();

  watchErrored(source, reader[kState].close.promise, (error) => {
    if (!preventAbort) {
      shutdownWithAnAction(() => ws.writableStreamAbort(dest, error), true, error);
      return;
    }
    shutdown(true, error);
  });

  watchErrored(dest, writer[kState].close.promise, (error) => {
    if (!preventCancel) {
      shutdownWithAnAction(() => rs.readableStreamCancel(source, error), true, error);
      return;
    }
    shutdown(true, error);
  });

  watchClosed(source, reader[kState].close.promise, () => {
    if (!preventClose) {
      shutdownWithAnAction(() => ws.writableStreamDefaultWriterCloseWithErrorPropagation(writer));
      return;
    }
    shutdown();
  });

  if (ws.writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const error = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAnAction(() => rs.readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }

  return promise.promise;
}

function readableStreamTee(stream, cloneForBranch2) {
  if (rs.isReadableByteStreamController(stream[kState].controller)) {
    return readableByteStreamTee(stream);
  }
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = new rs.ReadableStreamDefaultReader(stream);
  let reading = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = withResolvers();
  let pendingChunk;
  let readRequest;

  function forwardChunk() {
    reading = false;
    const value1 = pendingChunk;
    let value2 = pendingChunk;
    pendingChunk = undefined;
    if (!canceled2 && cloneForBranch2) value2 = structuredClone(value2);
    if (!canceled1) rs.readableStreamDefaultControllerEnqueue(branch1[kState].controller, value1);
    if (!canceled2) rs.readableStreamDefaultControllerEnqueue(branch2[kState].controller, value2);
  }

  async function pullAlgorithm() {
    if (reading) return;
    reading = true;
    readRequest ??= {
      chunkSteps(value) {
        pendingChunk = value;
        kResolved.then(forwardChunk);
      },
      closeSteps() {
        process.nextTick(() => {
          reading = false;
          if (!canceled1) rs.readableStreamDefaultControllerClose(branch1[kState].controller);
          if (!canceled2) rs.readableStreamDefaultControllerClose(branch2[kState].controller);
          if (!canceled1 || !canceled2) cancelPromise.resolve();
        });
      },
      errorSteps() {
        reading = false;
      },
    };
    rs.readableStreamDefaultReaderRead(reader, readRequest);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = rs.createReadableStream(noop, pullAlgorithm, cancel1Algorithm);
  branch2 = rs.createReadableStream(noop, pullAlgorithm, cancel2Algorithm);

  reader[kState].close.promise.then(undefined, (error) => {
    rs.readableStreamDefaultControllerError(branch1[kState].controller, error);
    rs.readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

// ReadableByteStreamTee: each branch is a byte stream; BYOB reads on a branch become BYOB
// reads on the source, and the other branch gets a copy.
function readableByteStreamTee(stream) {
  const byteOps = require('internal/webstreams/bytestream');
  let reader = new rs.ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = withResolvers();

  function cloneView(chunk) {
    const copy = new Uint8Array(chunk.byteLength);
    copy.set(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    return copy;
  }

  function forwardReaderError(thisReader) {
    thisReader[kState].close.promise.then(undefined, (error) => {
      if (thisReader !== reader) return;
      byteOps.readableByteStreamControllerError(branch1[kState].controller, error);
      byteOps.readableByteStreamControllerError(branch2[kState].controller, error);
      if (!canceled1 || !canceled2) cancelPromise.resolve();
    });
  }

  function pullWithDefaultReader() {
    if (rs.isReadableStreamBYOBReader(reader)) {
      rs.readableStreamBYOBReaderRelease(reader);
      reader = new rs.ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    rs.readableStreamDefaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneView(chunk);
            } catch (error) {
              byteOps.readableByteStreamControllerError(branch1[kState].controller, error);
              byteOps.readableByteStreamControllerError(branch2[kState].controller, error);
              cancelPromise.resolve(rs.readableStreamCancel(stream, error));
              return;
            }
          }
          if (!canceled1) byteOps.readableByteStreamControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) byteOps.readableByteStreamControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      closeSteps() {
        reading = false;
        if (!canceled1) byteOps.readableByteStreamControllerClose(branch1[kState].controller);
        if (!canceled2) byteOps.readableByteStreamControllerClose(branch2[kState].controller);
        if (branch1[kState].controller[kState].pendingPullIntos.length > 0) {
          byteOps.readableByteStreamControllerRespond(branch1[kState].controller, 0);
        }
        if (branch2[kState].controller[kState].pendingPullIntos.length > 0) {
          byteOps.readableByteStreamControllerRespond(branch2[kState].controller, 0);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (rs.isReadableStreamDefaultReader(reader)) {
      rs.readableStreamDefaultReaderRelease(reader);
      reader = new rs.ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    rs.readableStreamBYOBReaderRead(reader, view, 1, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = cloneView(chunk);
            } catch (error) {
              byteOps.readableByteStreamControllerError(byobBranch[kState].controller, error);
              byteOps.readableByteStreamControllerError(otherBranch[kState].controller, error);
              cancelPromise.resolve(rs.readableStreamCancel(stream, error));
              return;
            }
            if (!byobCanceled) {
              byteOps.readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
            }
            byteOps.readableByteStreamControllerEnqueue(otherBranch[kState].controller, clonedChunk);
          } else if (!byobCanceled) {
            byteOps.readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      closeSteps(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) byteOps.readableByteStreamControllerClose(byobBranch[kState].controller);
        if (!otherCanceled) byteOps.readableByteStreamControllerClose(otherBranch[kState].controller);
        if (chunk !== undefined) {
          if (!byobCanceled) {
            byteOps.readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          if (!otherCanceled && otherBranch[kState].controller[kState].pendingPullIntos.length > 0) {
            byteOps.readableByteStreamControllerRespond(otherBranch[kState].controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve();
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return Promise.resolve();
    }
    reading = true;
    const byobRequest = byteOps.readableByteStreamControllerGetBYOBRequest(branch1[kState].controller);
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, false);
    return Promise.resolve();
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return Promise.resolve();
    }
    reading = true;
    const byobRequest = byteOps.readableByteStreamControllerGetBYOBRequest(branch2[kState].controller);
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, true);
    return Promise.resolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = rs.createReadableByteStream(noop, pull1Algorithm, cancel1Algorithm);
  branch2 = rs.createReadableByteStream(noop, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

module.exports = { readableStreamPipeTo, readableStreamTee };

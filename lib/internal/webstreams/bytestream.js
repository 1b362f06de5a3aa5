'use strict';
// WHATWG ReadableByteStreamController and ReadableStreamBYOBRequest
// (https://streams.spec.whatwg.org/#rbs-controller-class): byte queues, pull-into
// descriptors for BYOB reads, autoAllocateChunkSize, respond()/respondWithNewView().
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
  isDetached,
  kState,
  kType,
  promiseCall,
  transferArrayBuffer,
} = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const {
  isReadableByteStreamController,
  isReadableStreamBYOBRequest,
  kCancel,
  kPull,
  kRelease,
  kSkipThrow,
  kInspect,
  enumerable,
  toStringTag,
} = rs;

function validateView(view, name) {
  if (!ArrayBuffer.isView(view)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], view);
  }
}

function isShared(buffer) {
  return typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer;
}

class ReadableStreamBYOBRequest {
  [kType] = 'ReadableStreamBYOBRequest';

  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { view, controller } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (isDetached(view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespond(controller, toUnsignedLongLong(bytesWritten));
  }

  respondWithNewView(view) {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    validateView(view, 'view');
    if (isDetached(view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      view: this.view,
      controller: this[kState].controller,
    });
  }
}

Object.defineProperties(ReadableStreamBYOBRequest.prototype, {
  view: enumerable,
  respond: enumerable,
  respondWithNewView: enumerable,
  [Symbol.toStringTag]: toStringTag('ReadableStreamBYOBRequest'),
});

function toUnsignedLongLong(v) {
  // WebIDL [EnforceRange] unsigned long long.
  const n = Number(v);
  if (!Number.isFinite(n)) throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', v);
  const t = Math.trunc(n);
  if (t < 0 || t > Number.MAX_SAFE_INTEGER) throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', v);
  return t;
}

class ReadableByteStreamController {
  [kType] = 'ReadableByteStreamController';
  [kState] = {};

  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    const state = this[kState];
    if (state.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (state.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    validateView(chunk, 'buffer');
    const buffer = chunk.buffer;
    if (isShared(buffer)) {
      throw new ERR_INVALID_ARG_VALUE('chunk', chunk, 'must not be backed by a SharedArrayBuffer');
    }
    if (chunk.byteLength === 0 || buffer.byteLength === 0) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    const state = this[kState];
    if (state.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (state.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    readableByteStreamControllerError(this, error);
  }

  [kCancel](reason) {
    const state = this[kState];
    readableByteStreamControllerClearPendingPullIntos(this);
    state.queue = [];
    state.queueTotalSize = 0;
    const result = state.cancelAlgorithm(reason);
    readableByteStreamControllerClearAlgorithms(this);
    return result;
  }

  [kPull](readRequest) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queueTotalSize > 0) {
      readableByteStreamControllerFillReadRequestFromQueue(this, readRequest);
      return;
    }
    const autoAllocateChunkSize = state.autoAllocateChunkSize;
    if (autoAllocateChunkSize !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(autoAllocateChunkSize);
      } catch (error) {
        readRequest.errorSteps(error);
        return;
      }
      state.pendingPullIntos.push({
        buffer,
        bufferByteLength: autoAllocateChunkSize,
        byteOffset: 0,
        byteLength: autoAllocateChunkSize,
        bytesFilled: 0,
        minimumFill: 1,
        elementSize: 1,
        ctor: Uint8Array,
        type: 'default',
      });
    }
    rs.readableStreamAddReadRequest(stream, readRequest);
    readableByteStreamControllerCallPullIfNeeded(this);
  }

  [kRelease]() {
    const state = this[kState];
    if (state.pendingPullIntos.length) {
      const first = state.pendingPullIntos[0];
      first.type = 'none';
      state.pendingPullIntos = [first];
    }
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {});
  }
}

Object.defineProperties(ReadableByteStreamController.prototype, {
  byobRequest: enumerable,
  desiredSize: enumerable,
  close: enumerable,
  enqueue: enumerable,
  error: enumerable,
  [Symbol.toStringTag]: toStringTag('ReadableByteStreamController'),
});

function newByteController() {
  return new ReadableByteStreamController(kSkipThrow);
}

// ---- abstract operations ----

function readableByteStreamControllerGetBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null && state.pendingPullIntos.length) {
    const first = state.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kSkipThrow);
    request[kState] = { controller, view };
    state.byobRequest = request;
  }
  return state.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const state = controller[kState];
  switch (state.stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return state.highWaterMark - state.queueTotalSize;
  }
}

function readableByteStreamControllerCallPullIfNeeded(controller) {
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
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
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, (error) => readableByteStreamControllerError(controller, error));
}

function readableByteStreamControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return false;
  if (state.closeRequested) return false;
  if (!state.started) return false;
  if (rs.readableStreamHasDefaultReader(stream) && rs.readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  if (rs.readableStreamHasBYOBReader(stream) && rs.readableStreamGetNumReadIntoRequests(stream) > 0) {
    return true;
  }
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  rs.readableStreamClose(stream);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, desc) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
  if (desc.type === 'default') rs.readableStreamFulfillReadRequest(stream, filledView, done);
  else rs.readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

function readableByteStreamControllerConvertPullIntoDescriptor(desc) {
  const { buffer, bytesFilled, byteLength, byteOffset, ctor, elementSize } = desc;
  if (bytesFilled > byteLength) throw new ERR_INVALID_STATE.RangeError('The buffer size is invalid');
  const transferred = transferArrayBuffer(buffer);
  return new ctor(transferred, byteOffset, bytesFilled / elementSize);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  const buffer = chunk.buffer;
  const byteOffset = chunk.byteOffset;
  const byteLength = chunk.byteLength;
  if (isDetached(buffer)) throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
  const transferredBuffer = transferArrayBuffer(buffer);
  if (state.pendingPullIntos.length) {
    const first = state.pendingPullIntos[0];
    if (isDetached(first.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Destination ArrayBuffer is detached');
    }
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.type === 'none') readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (rs.readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (rs.readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length) readableByteStreamControllerShiftPendingPullInto(controller);
      const transferredView = new Uint8Array(transferredBuffer, byteOffset, byteLength);
      rs.readableStreamFulfillReadRequest(stream, transferredView, false);
    }
  } else if (rs.readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller[kState].queue.push({ buffer, byteOffset, byteLength });
  controller[kState].queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    readableByteStreamControllerError(controller, error);
    throw error;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc) {
  if (desc.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(
      controller, desc.buffer, desc.byteOffset, desc.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerError(controller, error) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  state.queue = [];
  state.queueTotalSize = 0;
  readableByteStreamControllerClearAlgorithms(controller);
  rs.readableStreamError(stream, error);
}

function readableByteStreamControllerFillHeadPullIntoDescriptor(controller, size, desc) {
  desc.bytesFilled += size;
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc) {
  const state = controller[kState];
  const maxBytesToCopy = Math.min(state.queueTotalSize, desc.byteLength - desc.bytesFilled);
  const maxBytesFilled = desc.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % desc.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= desc.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - desc.bytesFilled;
    ready = true;
  }
  const queue = state.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = desc.byteOffset + desc.bytesFilled;
    new Uint8Array(desc.buffer, destStart, bytesToCopy)
      .set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy));
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    state.queueTotalSize -= bytesToCopy;
    readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, desc);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerDequeueChunk(controller) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  return new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength);
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  readRequest.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    rs.readableStreamClose(state.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null) return;
  state.byobRequest[kState].controller = undefined;
  state.byobRequest[kState].view = null;
  state.byobRequest = null;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  const filled = [];
  while (state.pendingPullIntos.length) {
    if (state.queueTotalSize === 0) break;
    const desc = state.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      filled.push(desc);
    }
  }
  return filled;
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const state = controller[kState];
  const reader = state.stream[kState].reader;
  while (reader[kState].readRequests.length) {
    if (state.queueTotalSize === 0) return;
    const readRequest = reader[kState].readRequests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

const kElementSizes = new Map([
  [Int8Array, 1], [Uint8Array, 1], [Uint8ClampedArray, 1], [Int16Array, 2], [Uint16Array, 2],
  [Int32Array, 4], [Uint32Array, 4], [Float32Array, 4], [Float64Array, 8],
  [BigInt64Array, 8], [BigUint64Array, 8],
]);
if (typeof Float16Array === 'function') kElementSizes.set(Float16Array, 2);

function viewKind(view) {
  if (view instanceof DataView) return { elementSize: 1, ctor: DataView };
  // The constructor of the typed array's kind (a Buffer reads back as a Uint8Array).
  let ctor = view.constructor;
  while (ctor && !kElementSizes.has(ctor)) ctor = Object.getPrototypeOf(ctor);
  if (!ctor) ctor = Uint8Array;
  return { elementSize: view.BYTES_PER_ELEMENT || kElementSizes.get(ctor), ctor };
}

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const state = controller[kState];
  const stream = state.stream;
  const { elementSize, ctor } = viewKind(view);
  const minimumFill = min * elementSize;
  const byteOffset = view.byteOffset;
  const byteLength = view.byteLength;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    readIntoRequest.errorSteps(error);
    return;
  }
  const desc = {
    buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    ctor,
    type: 'byob',
  };
  if (state.pendingPullIntos.length) {
    state.pendingPullIntos.push(desc);
    rs.readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.closeSteps(new ctor(desc.buffer, desc.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunkSteps(filledView);
      return;
    }
    if (state.closeRequested) {
      const error = new ERR_INVALID_STATE.TypeError('ReadableStream closed');
      readableByteStreamControllerError(controller, error);
      readIntoRequest.errorSteps(error);
      return;
    }
  }
  state.pendingPullIntos.push(desc);
  rs.readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const state = controller[kState];
  const desc = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
  } else {
    if (!bytesWritten) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (desc.bytesFilled + bytesWritten > desc.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  desc.buffer = transferArrayBuffer(desc.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInClosedState(controller, desc) {
  const state = controller[kState];
  if (desc.type === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  const stream = state.stream;
  if (rs.readableStreamHasBYOBReader(stream)) {
    while (rs.readableStreamGetNumReadIntoRequests(stream) > 0) {
      const pullInto = readableByteStreamControllerShiftPendingPullInto(controller);
      readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, desc) {
  const stream = controller[kState].stream;
  if (desc.bytesFilled + bytesWritten > desc.byteLength) {
    throw new ERR_INVALID_STATE.RangeError('The buffer size is invalid');
  }
  readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, desc);
  if (desc.type === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
    return;
  }
  if (desc.bytesFilled < desc.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = desc.bytesFilled % desc.elementSize;
  if (remainderSize > 0) {
    const end = desc.byteOffset + desc.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(
      controller, desc.buffer, end - remainderSize, remainderSize);
  }
  desc.bytesFilled -= remainderSize;
  const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  readableByteStreamControllerCommitPullIntoDescriptor(stream, desc);
  for (let i = 0; i < filled.length; i++) {
    readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
  }
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const desc = state.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten) {
      throw new ERR_INVALID_STATE.TypeError('Controller is closed but view is not zero-length');
    }
    readableByteStreamControllerRespondInClosedState(controller, desc);
  } else {
    if (!bytesWritten) throw new ERR_INVALID_STATE.TypeError('View cannot be zero-length');
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, desc);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const state = controller[kState];
  const desc = state.pendingPullIntos[0];
  const viewByteLength = view.byteLength;
  if (state.stream[kState].state === 'closed') {
    if (viewByteLength !== 0) throw new ERR_INVALID_STATE.TypeError('View is not zero-length');
  } else if (viewByteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View is zero-length');
  }
  if (desc.byteOffset + desc.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (desc.bytesFilled + viewByteLength > desc.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (desc.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  desc.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function setupReadableByteStreamController(
  stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark,
  autoAllocateChunkSize) {
  const state = controller[kState];
  state.stream = stream;
  state.pullAgain = false;
  state.pulling = false;
  state.byobRequest = null;
  state.queue = [];
  state.queueTotalSize = 0;
  state.closeRequested = false;
  state.started = false;
  state.highWaterMark = highWaterMark;
  state.pullAlgorithm = pullAlgorithm;
  state.cancelAlgorithm = cancelAlgorithm;
  state.autoAllocateChunkSize = autoAllocateChunkSize;
  state.pendingPullIntos = [];
  stream[kState].controller = controller;

  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    state.started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (error) => readableByteStreamControllerError(controller, error));
}

function setupReadableByteStreamControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kSkipThrow);
  const start = source.start;
  const pull = source.pull;
  const cancel = source.cancel;
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (start !== undefined && typeof start !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('source.start', 'Function', start);
  }
  if (pull !== undefined && typeof pull !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('source.pull', 'Function', pull);
  }
  if (cancel !== undefined && typeof cancel !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('source.cancel', 'Function', cancel);
  }
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (!Number.isFinite(autoAllocateChunkSize) || autoAllocateChunkSize < 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
    autoAllocateChunkSize = Math.trunc(autoAllocateChunkSize);
  }
  const startAlgorithm = start ? () => Reflect.apply(start, source, [controller]) : () => undefined;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, controller) : () => Promise.resolve();
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, source, reason) :
    () => Promise.resolve();
  if (autoAllocateChunkSize === 0) {
    throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
  }
  setupReadableByteStreamController(
    stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark,
    autoAllocateChunkSize);
}

module.exports = {
  ReadableByteStreamController,
  ReadableStreamBYOBRequest,
  newByteController,
  readableByteStreamControllerClose,
  readableByteStreamControllerDequeueChunk,
  readableByteStreamControllerEnqueue,
  readableByteStreamControllerError,
  readableByteStreamControllerGetBYOBRequest,
  readableByteStreamControllerRespond,
  readableByteStreamControllerRespondWithNewView,
  readableByteStreamControllerPullInto,
  setupReadableByteStreamController,
  setupReadableByteStreamControllerFromSource,
};

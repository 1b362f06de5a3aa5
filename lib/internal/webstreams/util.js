'use strict';
// Shared pieces of the WHATWG Streams implementation: internal-slot symbols, brand checks,
// queue-with-sizes, strategy extraction, promise helpers and ArrayBuffer transfer.
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

const kState = Symbol('kState');
const kType = Symbol('kType');

function isBrandCheck(brand) {
  return (value) => value != null && value[kState] !== undefined && value[kType] === brand;
}

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  const coerced = +value;
  if (Number.isNaN(coerced) || coerced < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return coerced;
}

const defaultSizeAlgorithm = () => 1;

function extractSizeAlgorithm(size) {
  if (size === undefined) return defaultSizeAlgorithm;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return size;
}

// Queue-with-sizes (spec "Queue-with-sizes"): value/size pairs on the owner's state,
// consumed from `queueHead` so dequeues do not shift the array.
function resetQueue(state) {
  state.queue = [];
  state.queueHead = 0;
  state.queueTotalSize = 0;
}

function enqueueValueWithSize(state, value, size) {
  const coerced = +size;
  if (Number.isNaN(coerced) || coerced < 0 || coerced === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  state.queue.push(value, coerced);
  state.queueTotalSize += coerced;
}

function dequeueValue(state) {
  const q = state.queue;
  const i = state.queueHead;
  const value = q[i];
  const size = q[i + 1];
  q[i] = undefined;
  if (i + 2 >= q.length) {
    q.length = 0;
    state.queueHead = 0;
  } else if (i > 2048) {
    q.splice(0, i + 2);
    state.queueHead = 0;
  } else {
    state.queueHead = i + 2;
  }
  state.queueTotalSize = Math.max(0, state.queueTotalSize - size);
  return value;
}

function peekQueueValue(state) {
  return state.queue[state.queueHead];
}

function queueLength(state) {
  return (state.queue.length - state.queueHead) / 2;
}

// Calls fn and always returns a promise (sync throws become rejections).
function promiseCall(fn, thisArg, ...args) {
  try {
    return Promise.resolve(Reflect.apply(fn, thisArg, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

function setPromiseHandled(promise) {
  promise.then(undefined, () => {});
}

// A promise with its resolve/reject and a `state` ('pending' until settled here), for the
// spec's "if the promise is pending" checks.
function withResolvers() {
  const record = { promise: undefined, resolve: undefined, reject: undefined, state: 'pending' };
  record.promise = new Promise((res, rej) => {
    record.resolve = (v) => {
      if (record.state === 'pending') record.state = 'fulfilled';
      res(v);
    };
    record.reject = (e) => {
      if (record.state === 'pending') record.state = 'rejected';
      rej(e);
    };
  });
  return record;
}

let binding;
// Spec TransferArrayBuffer: a new ArrayBuffer owning the bytes; the old one is detached
// (natively when the engine binding offers it).
function transferArrayBuffer(buffer) {
  binding ??= internalBinding('webstreams');
  return binding.transfer(buffer);
}

function isDetached(buffer) {
  binding ??= internalBinding('webstreams');
  return binding.isDetached(buffer);
}

function canTransferArrayBuffer(buffer) {
  // Shared memory cannot be transferred; a detached buffer neither.
  if (typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer) return false;
  return !isDetached(buffer);
}

function cloneAsUint8Array(view) {
  const src = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return new Uint8Array(src);
}

let inspectFn;
function customInspect(depth, options, name, data) {
  if (depth < 0) return this;
  inspectFn ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspectFn(data, opts)}`;
}

const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

module.exports = {
  AsyncIteratorPrototype,
  canTransferArrayBuffer,
  cloneAsUint8Array,
  customInspect,
  defaultSizeAlgorithm,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrandCheck,
  isDetached,
  kState,
  kType,
  peekQueueValue,
  promiseCall,
  queueLength,
  resetQueue,
  setPromiseHandled,
  transferArrayBuffer,
  withResolvers,
};

'use strict';
// util.debounce(fn, wait, options): a function that calls `fn` once `wait` ms have passed
// since its latest call, with the latest arguments; every call returns a promise of that
// result. Options: leading (call at once when idle), rejectOnCancel (superseded calls
// reject), signal (aborts pending and future calls). The returned function has cancel(),
// flush(), ref(), unref(), and `pending` / `pendingCount` getters.

const { AbortError } = require('internal/errors');
const { addAbortListener } = require('internal/events/abort_listener');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInteger, validateObject,
} = require('internal/validators');

const TIMEOUT_MAX = 2 ** 31 - 1;

function abortErrorFor(reason) {
  return reason === undefined ? new AbortError() : new AbortError(undefined, { cause: reason });
}

// Like markPromiseAsHandled(): the promise's rejection is not reported as unhandled.
function markHandled(promise) {
  promise.then(undefined, () => {});
}

function debounce(fn, wait, options = {}) {
  validateFunction(fn, 'fn');
  validateInteger(wait, 'wait', 0, TIMEOUT_MAX);
  validateObject(options, 'options');
  const { leading = false, rejectOnCancel = false, signal } = options;
  validateBoolean(leading, 'options.leading');
  validateBoolean(rejectOnCancel, 'options.rejectOnCancel');
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortErrorFor(signal.reason);
  const { setTimeout, clearTimeout } = require('timers');

  let args;
  let abortError;
  let pendingCalls = [];
  let refed = true;
  let timeout;

  function rejectPending(error) {
    const calls = pendingCalls;
    pendingCalls = [];
    for (const call of calls) call.reject(error);
  }

  function cancelWithError(error) {
    if (timeout === undefined) return;
    clearTimeout(timeout);
    timeout = undefined;
    args = undefined;
    rejectPending(error);
  }

  function cancel(reason) {
    if (timeout === undefined) return;
    cancelWithError(abortErrorFor(reason));
  }

  function abort() {
    abortError ??= abortErrorFor(signal.reason);
    cancelWithError(abortError);
  }

  function ref() {
    refed = true;
    timeout?.ref();
    return debounced;
  }

  function unref() {
    refed = false;
    timeout?.unref();
    return debounced;
  }

  function invoke(callArgs, calls) {
    if (signal?.aborted) {
      abort();
      for (const call of calls) call.reject(abortError);
      return;
    }
    let result;
    try {
      result = Reflect.apply(fn, debounced, callArgs);
    } catch (error) {
      for (const call of calls) call.reject(error);
      return;
    }
    for (const call of calls) call.resolve(result);
  }

  function invokePending() {
    const callArgs = args;
    args = undefined;
    const calls = pendingCalls;
    pendingCalls = [];
    if (calls.length !== 0) invoke(callArgs, calls);
  }

  function onTimeout() {
    timeout = undefined;
    invokePending();
  }

  function flush() {
    if (pendingCalls.length === 0) return;
    clearTimeout(timeout);
    timeout = undefined;
    invokePending();
  }

  function debounced(...callArgs) {
    if (signal?.aborted) abort();
    if (abortError !== undefined) return Promise.reject(abortError);
    const invokeNow = leading && timeout === undefined;
    if (timeout !== undefined) {
      if (pendingCalls.length !== 0) {
        markHandled(pendingCalls[pendingCalls.length - 1].promise);
        if (rejectOnCancel) rejectPending(new AbortError('The debounced call was superseded'));
      }
      timeout.refresh();
    } else {
      timeout = setTimeout(onTimeout, wait);
      if (!refed) timeout.unref();
    }
    if (signal?.aborted) {
      abort();
      return Promise.reject(abortError);
    }
    const call = Promise.withResolvers();
    if (invokeNow) {
      invoke(callArgs, [call]);
    } else {
      pendingCalls.push(call);
      args = callArgs;
    }
    return call.promise;
  }

  const method = (value) => ({ configurable: true, enumerable: true, writable: true, value });
  Object.defineProperties(debounced, {
    cancel: method(cancel),
    flush: method(flush),
    ref: method(ref),
    unref: method(unref),
    pending: {
      enumerable: false,
      get() {
        return pendingCalls.length === 0 ? null : pendingCalls[pendingCalls.length - 1].promise;
      },
    },
    pendingCount: {
      enumerable: false,
      get() { return pendingCalls.length; },
    },
    length: { configurable: true, value: fn.length },
    name: { configurable: true, value: fn.name },
  });
  if (signal !== undefined) addAbortListener(signal, abort);
  return debounced;
}

module.exports = debounce;

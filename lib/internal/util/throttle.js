'use strict';
// util.throttle(fn, limit, interval, options): a function that calls `fn` at most `limit`
// times per `interval` ms (per fixed window, or per rolling window with `strict`); calls over
// the limit are queued (up to maxPending) or dropped (overflow: 'drop', rejecting with
// ERR_THROTTLED). `concurrency` bounds the calls whose results are still unsettled. Every
// call returns a promise of fn's result. The returned function has cancel(),
// hasImmediateCapacity(), ref(), unref(), and pending / pendingCount / activeCount getters.

const { AbortError, codes } = require('internal/errors');
const { addAbortListener } = require('internal/events/abort_listener');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInteger, validateObject,
  validateOneOf,
} = require('internal/validators');

const TIMEOUT_MAX = 2 ** 31 - 1;
const { getLibuvNow } = internalBinding('timers');

function abortErrorFor(reason) {
  return reason === undefined ? new AbortError() : new AbortError(undefined, { cause: reason });
}

function throttledError() { return new codes.ERR_THROTTLED(); }

function throttle(fn, limit, interval, options = {}) {
  validateFunction(fn, 'fn');
  validateInteger(limit, 'limit', 1);
  validateInteger(interval, 'interval', 0, TIMEOUT_MAX);
  validateObject(options, 'options');
  const {
    concurrency = Infinity, maxPending = Infinity, overflow = 'queue', signal, strict = false,
  } = options;
  if (concurrency !== Infinity) validateInteger(concurrency, 'options.concurrency', 1);
  if (maxPending !== Infinity) validateInteger(maxPending, 'options.maxPending', 0);
  validateOneOf(overflow, 'options.overflow', ['queue', 'drop']);
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(strict, 'options.strict');
  if (signal?.aborted) throw abortErrorFor(signal.reason);
  const { setTimeout, clearTimeout } = require('timers');

  let abortError;
  let activeCount = 0;
  // Queued calls: pendingCalls[pendingIndex..].
  let pendingCalls = [];
  let pendingIndex = 0;
  let refed = true;
  // strict: start times of the calls in the rolling window, strictTicks[strictIndex..].
  let strictIndex = 0;
  let strictTicks = [];
  let timeout;
  // Fixed windows: calls made in the window that started at windowStart.
  let windowCount = 0;
  let windowStart;

  function pendingCount() {
    return pendingCalls.length - pendingIndex;
  }

  function dequeue() {
    const call = pendingCalls[pendingIndex];
    pendingCalls[pendingIndex++] = undefined;
    if (pendingIndex === pendingCalls.length) {
      pendingCalls = [];
      pendingIndex = 0;
    } else if (pendingIndex > 1024 && pendingIndex * 2 >= pendingCalls.length) {
      pendingCalls = pendingCalls.slice(pendingIndex);
      pendingIndex = 0;
    }
    return call;
  }

  function rejectPending(error) {
    const calls = pendingCalls;
    const start = pendingIndex;
    pendingCalls = [];
    pendingIndex = 0;
    for (let i = start; i < calls.length; i++) calls[i].reject(error);
  }

  function resetLimiter() {
    strictIndex = 0;
    strictTicks = [];
    windowCount = 0;
    windowStart = undefined;
  }

  function cancelWithError(error) {
    if (timeout !== undefined) {
      clearTimeout(timeout);
      timeout = undefined;
    }
    resetLimiter();
    rejectPending(error);
  }

  function cancel(reason) {
    cancelWithError(abortErrorFor(reason));
  }

  function abort() {
    abortError ??= abortErrorFor(signal.reason);
    cancelWithError(abortError);
  }

  function ref() {
    refed = true;
    timeout?.ref();
    return throttled;
  }

  function unref() {
    refed = false;
    timeout?.unref();
    return throttled;
  }

  function hasImmediateCapacity() {
    if (signal?.aborted || pendingCount() !== 0 || activeCount >= concurrency) return false;
    const now = getLibuvNow();
    if (strict) {
      let index = strictIndex;
      while (index < strictTicks.length && now - strictTicks[index] >= interval) index++;
      return strictTicks.length - index < limit;
    }
    return windowStart === undefined || now - windowStart >= interval || windowCount < limit;
  }

  function pruneStrictTicks(now) {
    while (strictIndex < strictTicks.length && now - strictTicks[strictIndex] >= interval) {
      strictIndex++;
    }
    if (strictIndex === strictTicks.length) {
      strictIndex = 0;
      strictTicks = [];
    } else if (strictIndex > 1024 && strictIndex * 2 >= strictTicks.length) {
      strictTicks = strictTicks.slice(strictIndex);
      strictIndex = 0;
    }
  }

  function hasCapacity(now) {
    if (strict) {
      pruneStrictTicks(now);
      return strictTicks.length - strictIndex < limit;
    }
    if (windowStart === undefined || now - windowStart >= interval) {
      windowCount = 0;
      windowStart = now;
    }
    return windowCount < limit;
  }

  function reserve(now) {
    if (strict) strictTicks.push(now);
    else windowCount++;
  }

  function onSettled() {
    activeCount--;
    drain();
  }

  function invoke(call) {
    activeCount++;
    let resultPromise;
    try {
      resultPromise = Promise.resolve(Reflect.apply(fn, throttled, call.args));
    } catch (error) {
      resultPromise = Promise.reject(error);
    }
    call.resolve(resultPromise);
    resultPromise.then(onSettled, onSettled);
  }

  function drop() {
    const promise = Promise.reject(throttledError());
    promise.then(undefined, () => {});
    return promise;
  }

  function schedule() {
    if (timeout !== undefined || pendingCount() === 0 || activeCount >= concurrency) return;
    const now = getLibuvNow();
    if (hasCapacity(now)) {
      drain();
      return;
    }
    const delay = strict ? strictTicks[strictIndex] + interval - now : windowStart + interval - now;
    timeout = setTimeout(onTimeout, delay);
    if (!refed) timeout.unref();
  }

  function drain() {
    if (signal?.aborted) {
      abort();
      return;
    }
    while (pendingCount() !== 0 && activeCount < concurrency) {
      const now = getLibuvNow();
      if (!hasCapacity(now)) break;
      const call = dequeue();
      reserve(now);
      invoke(call);
    }
    schedule();
  }

  function onTimeout() {
    timeout = undefined;
    drain();
  }

  function throttled(...callArgs) {
    if (signal?.aborted) abort();
    if (abortError !== undefined) return Promise.reject(abortError);
    const now = getLibuvNow();
    const canInvoke = pendingCount() === 0 && activeCount < concurrency && hasCapacity(now);
    if (!canInvoke && (overflow === 'drop' || pendingCount() >= maxPending)) return drop();
    const call = Promise.withResolvers();
    call.args = callArgs;
    if (canInvoke) {
      reserve(now);
      invoke(call);
    } else {
      pendingCalls.push(call);
      schedule();
    }
    return call.promise;
  }

  const method = (value) => ({ configurable: true, enumerable: true, writable: true, value });
  Object.defineProperties(throttled, {
    cancel: method(cancel),
    hasImmediateCapacity: method(hasImmediateCapacity),
    ref: method(ref),
    unref: method(unref),
    pending: {
      enumerable: false,
      get() {
        return pendingCount() === 0 ? null : pendingCalls[pendingCalls.length - 1].promise;
      },
    },
    pendingCount: { enumerable: false, get: pendingCount },
    activeCount: { enumerable: false, get() { return activeCount; } },
    length: { configurable: true, value: fn.length },
    name: { configurable: true, value: fn.name },
  });
  if (signal !== undefined) addAbortListener(signal, abort);
  return throttled;
}

module.exports = throttle;

'use strict';
// node:timers/promises
const { Timeout, Immediate, clearTimeout, clearImmediate } = require('internal/timers');

function lazyErrors() { return require('internal/errors'); }

function validateOptions(options) {
  const { codes: { ERR_INVALID_ARG_TYPE } } = lazyErrors();
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  return { signal, ref };
}

function abortError(signal) {
  const { AbortError } = lazyErrors();
  return new AbortError(undefined, { cause: signal.reason });
}

function schedulePromise(create, cancel, options) {
  let signal, ref;
  try { ({ signal, ref } = validateOptions(options)); } catch (err) { return Promise.reject(err); }
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = create((value) => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => { cancel(handle); reject(abortError(signal)); };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  return schedulePromise((done) => new Timeout(() => done(value), after, undefined, false, true), clearTimeout, options);
}

function setImmediate(value, options = {}) {
  return schedulePromise((done) => new Immediate(() => done(value)), clearImmediate, options);
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  if (signal && signal.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const timer = new Timeout(() => { pending++; if (wake) { wake(); wake = null; } }, after, undefined, true, true);
  if (!ref) timer.unref();
  let onAbort;
  const aborted = new Promise((_, reject) => {
    if (signal) {
      onAbort = () => reject(abortError(signal));
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  aborted.catch(() => {});
  try {
    for (;;) {
      if (pending === 0) {
        await Promise.race([new Promise((r) => { wake = r; }), aborted]);
      }
      if (signal && signal.aborted) throw abortError(signal);
      pending--;
      yield value;
    }
  } finally {
    clearTimeout(timer);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait(delay, options) { return setTimeout(delay, undefined, options); },
  yield() { return setImmediate(); },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };

'use strict';
// AbortController and AbortSignal (WHATWG DOM), on EventTarget.
const { EventTarget, Event } = require('internal/event_target');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kSecret = Symbol('kSecret');

function domAbortError() {
  const err = new Error('This operation was aborted');
  err.name = 'AbortError';
  Object.defineProperty(err, 'code', { value: 20, configurable: true, writable: true, enumerable: false });
  return err;
}
function domTimeoutError() {
  const err = new Error('The operation was aborted due to timeout');
  err.name = 'TimeoutError';
  Object.defineProperty(err, 'code', { value: 23, configurable: true, writable: true, enumerable: false });
  return err;
}

class AbortSignal extends EventTarget {
  constructor(secret) {
    if (secret !== kSecret) {
      const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this.onabort = null;
  }
  get aborted() { return this[kAborted]; }
  get reason() { return this[kReason]; }
  throwIfAborted() { if (this[kAborted]) throw this[kReason]; }

  static abort(reason = domAbortError()) {
    const s = new AbortSignal(kSecret);
    s[kAborted] = true;
    s[kReason] = reason;
    return s;
  }
  static timeout(delay) {
    const { validateUint32 } = require('internal/validators');
    validateUint32(delay, 'delay', false);
    const s = new AbortSignal(kSecret);
    const { Timeout } = require('internal/timers');
    new Timeout(() => abortSignal(s, domTimeoutError()), delay, undefined, false, false);
    return s;
  }
  static any(signals) {
    const s = new AbortSignal(kSecret);
    for (const sig of signals) {
      if (!(sig instanceof AbortSignal)) {
        const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_TYPE('signals', 'AbortSignal[]', sig);
      }
      if (sig.aborted) { s[kAborted] = true; s[kReason] = sig.reason; return s; }
    }
    for (const sig of signals) {
      sig.addEventListener('abort', () => abortSignal(s, sig.reason), { once: true });
    }
    return s;
  }
  get [Symbol.toStringTag]() { return 'AbortSignal'; }
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort');
  if (typeof signal.onabort === 'function') signal.onabort.call(signal, event);
  signal.dispatchEvent(event);
}

class AbortController {
  #signal = new AbortSignal(kSecret);
  get signal() { return this.#signal; }
  abort(reason = domAbortError()) { abortSignal(this.#signal, reason); }
  get [Symbol.toStringTag]() { return 'AbortController'; }
}

module.exports = { AbortController, AbortSignal };

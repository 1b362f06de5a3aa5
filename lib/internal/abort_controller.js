'use strict';
// AbortController and AbortSignal (WHATWG DOM), on EventTarget, as Node's: abort reasons are
// DOMExceptions, AbortSignal.timeout() does not keep the process alive, AbortSignal.any()
// follows its sources through weak references.

const {
  defineEventHandler,
  EventTarget,
  Event,
  kTrustEvent,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kWeakHandler,
} = require('internal/event_target');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateObject,
  validateUint32,
  kValidateObjectAllowObjects,
} = require('internal/validators');
const { DOMException } = require('internal/events/domexception');
const { clearTimeout, setTimeout } = require('timers');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });

const kDontThrowSymbol = Symbol('kDontThrowSymbol');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');

// A collected timeout signal clears its timer; a collected composite signal is dropped from
// the dependants of its sources.
const clearTimeoutRegistry = new FinalizationRegistry(clearTimeout);
const finalizers = new FinalizationRegistry((signal) => {
  signal[kDependantSignals].forEach((ref) => {
    if (!ref.deref()) signal[kDependantSignals].delete(ref);
  });
});
// Timeout and composite signals with abort listeners stay alive until they abort.
const gcPersistentSignals = new Set();

let inspectModule;
function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  inspectModule ??= require('internal/util/inspect');
  return `${self.constructor.name} ${inspectModule.inspect(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

// WebIDL conversion of AbortSignal.any()'s argument (sequence<AbortSignal>).
function webidlTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function toAbortSignalSequence(value, context) {
  const notSequence = () => webidlTypeError(`${context} cannot be converted to sequence.`);
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw notSequence();
  }
  const method = value[Symbol.iterator];
  if (typeof method !== 'function') throw notSequence();
  const iterator = method.call(value);
  if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) {
    throw notSequence();
  }
  const nextMethod = iterator.next;
  if (typeof nextMethod !== 'function') throw notSequence();
  const signals = [];
  while (true) {
    const next = nextMethod.call(iterator);
    if (next === null || (typeof next !== 'object' && typeof next !== 'function')) {
      throw notSequence();
    }
    if (next.done) break;
    if (!(next.value instanceof AbortSignal)) {
      throw webidlTypeError(`${context}[${signals.length}] is not of type AbortSignal.`);
    }
    signals.push(next.value);
  }
  return signals;
}

// The timer holds the signal weakly and is unref'd: a pending timeout neither keeps the
// signal alive nor the process running.
function setWeakAbortSignalTimeout(weakRef, delay) {
  const timeout = setTimeout(() => {
    const signal = weakRef.deref();
    if (signal !== undefined) {
      gcPersistentSignals.delete(signal);
      abortSignal(signal, new DOMException('The operation was aborted due to timeout',
                                           'TimeoutError'));
    }
  }, delay);
  timeout.unref();
  return timeout;
}

class AbortSignal extends EventTarget {
  constructor(dontThrowSymbol = undefined, init = kEmptyObject) {
    if (dontThrowSymbol !== kDontThrowSymbol) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    const { aborted = false, reason = undefined, composite = false } = init;
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrowSymbol, { aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrowSymbol);
    signal[kTimeout] = true;
    clearTimeoutRegistry.register(signal, setWeakAbortSignalTimeout(new WeakRef(signal), delay));
    return signal;
  }

  static any(signals) {
    const signalsArray = toAbortSignalSequence(signals, 'signals');
    const resultSignal = new AbortSignal(kDontThrowSymbol, { composite: true });
    if (!signalsArray.length) return resultSignal;
    const resultSignalWeakRef = new WeakRef(resultSignal);
    resultSignal[kSourceSignals] = new Set();

    for (let i = 0; i < signalsArray.length; i++) {
      const signal = signalsArray[i];
      finalizers.register(resultSignal, signal);
      if (signal.aborted) {
        abortSignal(resultSignal, signal.reason);
        return resultSignal;
      }
      signal[kDependantSignals] ??= new Set();
      if (!signal[kComposite]) {
        resultSignal[kSourceSignals].add(new WeakRef(signal));
        signal[kDependantSignals].add(resultSignalWeakRef);
      } else if (signal[kSourceSignals]) {
        // A composite source contributes its own (non-composite, not aborted) sources.
        for (const sourceSignal of signal[kSourceSignals]) {
          const sourceSignalRef = sourceSignal.deref();
          if (!sourceSignalRef || resultSignal[kSourceSignals].has(sourceSignal)) continue;
          resultSignal[kSourceSignals].add(sourceSignal);
          sourceSignalRef[kDependantSignals].add(resultSignalWeakRef);
        }
      }
    }
    return resultSignal;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    const isTimeoutOrNonEmptyComposite =
      this[kTimeout] || (this[kComposite] && this[kSourceSignals]?.size);
    if (isTimeoutOrNonEmptyComposite && type === 'abort' && !this.aborted && !weak &&
        size === 1) {
      // Keep the signal alive while a listener waits for it.
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    const isTimeoutOrNonEmptyComposite =
      this[kTimeout] || (this[kComposite] && this[kSourceSignals]?.size);
    if (isTimeoutOrNonEmptyComposite && type === 'abort' && size === 0) {
      gcPersistentSignals.delete(this);
    }
  }
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortSignal',
  },
});

defineEventHandler(AbortSignal.prototype, 'abort');

// https://dom.spec.whatwg.org/#abortsignal-signal-abort: the signal and its not yet aborted
// dependants get the reason first, then each runs its abort steps (the 'abort' event).
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const dependentSignalsToAbort = [];
  signal[kDependantSignals]?.forEach((ref) => {
    const dependentSignal = ref.deref();
    if (dependentSignal && !dependentSignal[kAborted]) {
      dependentSignal[kReason] = reason;
      dependentSignal[kAborted] = true;
      dependentSignalsToAbort.push(dependentSignal);
    }
  });
  runAbort(signal);
  for (let i = 0; i < dependentSignalsToAbort.length; i++) runAbort(dependentSignalsToAbort[i]);
}

function runAbort(signal) {
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
}

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= new AbortSignal(kDontThrowSymbol);
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal ??= new AbortSignal(kDontThrowSymbol), reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: kEnumerableProperty,
  abort: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true,
    value: 'AbortController',
  },
});

// util.aborted(): resolves when `signal` aborts, as long as `resource` is alive.
async function aborted(signal, resource) {
  if (!(signal instanceof AbortSignal)) {
    throw webidlTypeError('signal is not of type AbortSignal.');
  }
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return;
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, {
      __proto__: null, [kWeakHandler]: resource, once: true, [kResistStopPropagation]: true,
    });
  });
}

module.exports = {
  AbortController,
  AbortSignal,
  aborted,
  abortSignal,
  DOMException,
};

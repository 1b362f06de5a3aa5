'use strict';
// events.addAbortListener(): calls `listener` once when `signal` aborts (in a microtask when it
// already has), even if another listener stops the event's propagation. Returns a Disposable
// that removes the listener.

const { validateAbortSignal, validateFunction } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
let abortListenerOptions;

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let removeEventListener;
  if (signal.aborted) {
    const { queueMicrotask } = require('internal/process/task_queues');
    queueMicrotask(() => listener());
  } else {
    if (abortListenerOptions === undefined) {
      const { kResistStopPropagation } = require('internal/event_target');
      abortListenerOptions = Object.freeze({
        __proto__: null, once: true, [kResistStopPropagation]: true,
      });
    }
    signal.addEventListener('abort', listener, abortListenerOptions);
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      removeEventListener?.();
    },
  };
}

module.exports = { addAbortListener };

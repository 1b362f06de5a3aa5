'use strict';
// node:readline — line-by-line reading of a stream, and a terminal line editor.

const {
  Interface: _Interface,
  InterfaceConstructor,
  kQuestion,
  kQuestionCancel,
} = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');

let promisesModule;

// readline.Interface works with and without `new`, as Node's.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  InterfaceConstructor.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, _Interface.prototype);
Object.setPrototypeOf(Interface, _Interface);

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => { this[kQuestionCancel](); };
      signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => { signal.removeEventListener('abort', onAbort); };
      const original = cb;
      cb = typeof cb === 'function' ? (answer) => { cleanup(); return original(answer); } : cleanup;
    }
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question)
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(Interface.prototype.question, kCustomPromisify, {
  configurable: true,
  writable: true,
  value: function question(query, options) {
    if (options?.signal) validateAbortSignal(options.signal, 'options.signal');
    if (options?.signal?.aborted) {
      return Promise.reject(new AbortError(undefined, { cause: options.signal.reason }));
    }
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options?.signal) {
        const onAbort = () => reject(new AbortError(undefined, { cause: options.signal.reason }));
        options.signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          options.signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  },
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    promisesModule ??= require('readline/promises');
    return promisesModule;
  },
});

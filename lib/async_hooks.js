'use strict';
// node:async_hooks — AsyncLocalStorage and AsyncResource on the async context frame
// (lib/internal/async_context_frame.js: stores follow nextTick, timers, immediates,
// queueMicrotask, promise reactions and `await` as in Node 24), plus createHook.
// createHook is partial: init/before/after/destroy fire for AsyncResource objects (and
// EventEmitterAsyncResource) only; timers, ticks, promises and native requests emit nothing and
// promiseResolve never fires. executionAsyncId()/triggerAsyncId() are the ids of the current
// AsyncResource scope, or 1/0 outside one (Node gives timers and ticks ids of their own).
const {
  codes: { ERR_ASYNC_CALLBACK, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const frame = require('internal/async_context_frame');
const internal = require('internal/async_hooks');

const kFrame = Symbol('context_frame');
const kAsyncId = Symbol('async_id_symbol');
const kTriggerId = Symbol('trigger_async_id_symbol');
const kDestroyed = Symbol('destroyed');

class AsyncLocalStorage {
  #defaultValue;
  #name;

  constructor(options = {}) {
    validateObject(options, 'options');
    this.#defaultValue = options.defaultValue;
    if (options.name !== undefined) this.#name = `${options.name}`;
  }

  get name() { return this.#name ?? ''; }

  static bind(fn) {
    validateFunction(fn, 'fn');
    const captured = frame.current();
    return function bound(...args) { return frame.run(captured, fn, this, ...args); };
  }

  static snapshot() {
    const captured = frame.current();
    return function runInAsyncScope(fn, ...args) { return frame.run(captured, fn, this, ...args); };
  }

  disable() {
    // The store is dropped from the current frame (Node mutates it in place too).
    const current = frame.current();
    if (current !== undefined && current.has(this)) current.delete(this);
  }

  getStore() {
    const current = frame.current();
    if (current === undefined || !current.has(this)) return this.#defaultValue;
    return current.get(this);
  }

  enterWith(store) {
    frame.setFrame(frame.withValue(frame.current(), this, store));
  }

  run(store, callback, ...args) {
    const prior = frame.current();
    frame.setFrame(frame.withValue(prior, this, store));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      frame.exit(prior);
    }
  }

  exit(callback, ...args) {
    return this.run(undefined, callback, ...args);
  }

  // `using scope = als.withScope(store)`: the store is current until the scope is disposed.
  withScope(store) {
    const prior = frame.current();
    frame.setFrame(frame.withValue(prior, this, store));
    let disposed = false;
    const dispose = () => {
      if (disposed) return;
      disposed = true;
      frame.exit(prior);
    };
    return { [Symbol.dispose]: dispose, dispose };
  }
}

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts === undefined ? internal.executionAsyncId() : opts.triggerAsyncId;
      requireManualDestroy = !!opts?.requireManualDestroy;
    }
    if (triggerAsyncId === undefined) triggerAsyncId = internal.executionAsyncId();
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    void requireManualDestroy;
    this[kFrame] = frame.current();
    this[kAsyncId] = internal.newAsyncId();
    this[kTriggerId] = triggerAsyncId;
    internal.emit('init', this[kAsyncId], type, triggerAsyncId, this);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const asyncId = this[kAsyncId];
    const prior = frame.enter(this[kFrame]);
    const saved = internal.enterScope(asyncId, this[kTriggerId], this);
    internal.emit('before', asyncId);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      internal.emit('after', asyncId);
      internal.exitScope(saved);
      frame.exit(prior);
    }
  }

  emitDestroy() {
    if (!this[kDestroyed]) {
      this[kDestroyed] = true;
      internal.emitDestroyLater(this[kAsyncId]);
    }
    return this;
  }

  asyncId() { return this[kAsyncId]; }
  triggerAsyncId() { return this[kTriggerId]; }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let warned = false;
    const resource = this;
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        __proto__: null,
        configurable: true,
        enumerable: true,
        get() {
          if (!warned) {
            warned = true;
            process.emitWarning('The asyncResource property on bound functions is deprecated',
                                'DeprecationWarning', 'DEP0172');
          }
          return resource;
        },
        set(value) {
          Object.defineProperty(bound, 'asyncResource', {
            __proto__: null, configurable: true, enumerable: true, writable: true, value,
          });
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return (new AsyncResource(type || 'bound-anonymous-fn')).bind(fn, thisArg);
  }
}

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    const callbacks = { init, before, after, destroy, promiseResolve };
    for (const name of Object.keys(callbacks)) {
      if (callbacks[name] !== undefined && typeof callbacks[name] !== 'function') {
        throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
      }
    }
    this.entry = { owner: this, callbacks };
    Object.defineProperty(this, 'entry', { __proto__: null, enumerable: false });
  }

  enable() {
    internal.hooks.add(this.entry);
    return this;
  }

  disable() {
    internal.hooks.delete(this.entry);
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

const providerNames = [
  'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ',
  'BLOBREADER', 'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP',
  'GETNAMEINFOREQWRAP', 'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING',
  'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST', 'LOCKS', 'JSSTREAM', 'JSUDPWRAP',
  'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP', 'PROMISE',
  'QUERYWRAP', 'QUIC_ENDPOINT', 'QUIC_LOGSTREAM', 'QUIC_SESSION', 'QUIC_STREAM', 'QUIC_UDP',
  'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP', 'TCPSERVERWRAP',
  'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERCPUPROFILE',
  'WORKERCPUUSAGE', 'WORKERHEAPPROFILE', 'WORKERHEAPSNAPSHOT', 'WORKERHEAPSTATISTICS', 'WRITEWRAP',
  'ZLIB', 'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST',
  'KEYEXPORTREQUEST', 'ARGON2REQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST',
  'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP',
  'VERIFYREQUEST',
];
const asyncWrapProviders = { __proto__: null };
providerNames.forEach((name, i) => { asyncWrapProviders[name] = i; });
Object.freeze(asyncWrapProviders);

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId: internal.executionAsyncId,
  triggerAsyncId: internal.triggerAsyncId,
  executionAsyncResource: internal.executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};

'use strict';
// Installs Node's globals on globalThis. Heavier ones load on first use (lazy getters), so a
// program that never touches them pays nothing at startup.
const timers = require('timers');
const { queueMicrotask } = require('internal/process/task_queues');
const { captureStackTrace, setPrepareStackTraceCallback } = internalBinding('util');

// Names of the globals the runtime adds (Node's own, not the engine's): util.inspect does not
// count them as built-ins, as Node computes its built-ins before adding these.
const runtimeGlobals = new Set();

function defineLazy(name, load) {
  runtimeGlobals.add(name);
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: false,
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    },
  });
}

function defineValue(name, value) {
  runtimeGlobals.add(name);
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}

function setupGlobals() {
  defineValue('global', globalThis);
  Object.defineProperty(globalThis, 'process', { value: process, writable: true, configurable: true, enumerable: false });
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
    defineValue(name, timers[name]);
  }
  defineValue('queueMicrotask', queueMicrotask);
  defineLazy('console', () => require('console'));
  defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
  defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
  defineLazy('EventTarget', () => require('internal/event_target').EventTarget);
  defineLazy('Event', () => require('internal/event_target').Event);
  defineLazy('CustomEvent', () => require('internal/event_target').CustomEvent);
  defineLazy('AbortController', () => require('internal/abort_controller').AbortController);
  defineLazy('AbortSignal', () => require('internal/abort_controller').AbortSignal);
  defineLazy('Buffer', () => require('buffer').Buffer);
  defineLazy('atob', () => require('buffer').atob);
  defineLazy('btoa', () => require('buffer').btoa);
  defineLazy('Blob', () => require('buffer').Blob);
  defineLazy('File', () => require('buffer').File);
  defineLazy('URL', () => require('internal/url').URL);
  defineLazy('URLSearchParams', () => require('internal/url').URLSearchParams);
  defineLazy('DOMException', () => require('internal/events/domexception').DOMException);
  // WHATWG Streams (node:stream/web), loaded on first use.
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
                      'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
                      'ReadableStreamDefaultController', 'TransformStream',
                      'TransformStreamDefaultController', 'WritableStream',
                      'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
                      'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
                      'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
    defineLazy(name, () => require('stream/web')[name]);
  }
  // fetch and its classes (Node's are undici's), loaded on first use; `fetch` is enumerable.
  for (const [name, file] of [['Headers', 'headers'], ['Request', 'request'],
                              ['Response', 'response'], ['FormData', 'formdata']]) {
    defineLazy(name, () => require(`internal/fetch/${file}`)[name]);
  }
  runtimeGlobals.add('fetch');
  Object.defineProperty(globalThis, 'fetch', {
    value: function fetch(input, init = undefined) {  // eslint-disable-line no-unused-vars
      return Reflect.apply(require('internal/fetch/fetch').fetch, undefined, arguments);
    },
    writable: true, configurable: true, enumerable: true,
  });
  // perf_hooks' timeline (as Node: `performance` is an enumerable accessor) and structuredClone.
  let performanceValue;
  const performanceAccessors = Object.getOwnPropertyDescriptor({
    get performance() { return (performanceValue ??= require('internal/perf/performance').performance); },
    set performance(value) { performanceValue = value; },
  }, 'performance');
  Object.defineProperty(globalThis, 'performance', performanceAccessors);
  for (const name of ['PerformanceEntry', 'PerformanceObserver', 'PerformanceObserverEntryList']) {
    defineLazy(name, () => require('internal/perf/observe')[name]);
  }
  defineLazy('PerformanceMark', () => require('internal/perf/usertiming').PerformanceMark);
  defineLazy('PerformanceMeasure', () => require('internal/perf/usertiming').PerformanceMeasure);
  Object.defineProperty(globalThis, 'structuredClone', {
    value: function structuredClone(value, options) {  // eslint-disable-line no-unused-vars
      return Reflect.apply(require('internal/structured_clone').structuredClone, undefined, arguments);
    },
    writable: true, configurable: true, enumerable: true,
  });
  // Web Crypto (as Node: `crypto` is an enumerable getter without a setter; OpenSSL is
  // touched only when it is first read).
  runtimeGlobals.add('crypto');
  let cryptoValue;
  Object.defineProperty(globalThis, 'crypto', {
    configurable: true,
    enumerable: true,
    get: function get() {
      if (this !== globalThis && this != null) {
        const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
        throw new ERR_INVALID_THIS('nullish or must be the global object');
      }
      return (cryptoValue ??= require('internal/crypto/webcrypto').crypto);
    },
    set: undefined,
  });
  Object.defineProperty(Object.getOwnPropertyDescriptor(globalThis, 'crypto').get, 'name', { value: 'get crypto' });
  for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) {
    defineLazy(name, () => require('internal/crypto/webcrypto')[name]);
  }
  // Target of `import(specifier, options)` as rewritten by internal/modules/esm/attributes.
  defineLazy('__protojsImportWith', () => require('internal/modules/esm/attributes').importWith);

  // V8's Error.captureStackTrace and stackTraceLimit, which many npm packages use.
  if (typeof Error.captureStackTrace !== 'function') {
    Object.defineProperty(Error, 'captureStackTrace', {
      value: function captureStackTrace_(obj, fn) { captureStackTrace(obj, fn); },
      writable: true, configurable: true, enumerable: false,
    });
  }
  if (!('stackTraceLimit' in Error)) Error.stackTraceLimit = 10;
  // Error.prepareStackTrace(error, callSites), called by the engine on an error's first `stack`
  // read while the user has set it; the CallSite objects load only then.
  setPrepareStackTraceCallback(function prepareStackTraceCallback(error, frames, prepare) {
    return require('internal/util/call_sites').prepareStackTrace(error, frames, prepare);
  });
}

module.exports = { setupGlobals, defineLazy, runtimeGlobals };

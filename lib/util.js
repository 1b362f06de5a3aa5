'use strict';
// node:util — public utilities (Node 24 surface). Formatting/inspection live in
// internal/util/inspect, deep equality in internal/util/comparisons, parseArgs in
// internal/util/parse_args, debuglog in internal/util/debuglog, styleText, parseEnv, MIME
// types, debounce and throttle in internal/util/*, TextEncoder/TextDecoder in
// internal/encoding.

const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { debuglog } = require('internal/util/debuglog');
const { styleText } = require('internal/util/style_text');
const { parseEnv } = require('internal/util/dotenv');
const {
  signalTable, validateBoolean, validateInteger, validateObject, validateOneOf,
} = require('internal/validators');

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}
function codes() {
  return errors().codes;
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Function', value);
}

function emitWarning(...args) {
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning(...args);
  }
}

// ---- deprecate ---------------------------------------------------------------------------

const codesWarned = new Set();

// The returned wrapper warns once (once per code across wrappers), unless
// process.noDeprecation is set when it is called.
function deprecate(fn, msg, code, { modifyPrototype = true } = {}) {
  if (code !== undefined && typeof code !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('code', 'string', code);
  }
  let warned = false;
  function deprecated(...args) {
    if (!process.noDeprecation && !warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  if (modifyPrototype) {
    // The wrapper keeps fn's prototype chain, its prototype object and its length.
    if ((typeof fn !== 'object' && typeof fn !== 'function') || fn === undefined) {
      // Node gets this TypeError from its engine's Object.setPrototypeOf; ours words it otherwise.
      throw new TypeError(`Object prototype may only be an Object or null: ${String(fn)}`);
    }
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    Object.defineProperty(deprecated, 'length', {
      __proto__: null, ...Object.getOwnPropertyDescriptor(fn, 'length'),
    });
  }
  return deprecated;
}

// ---- promisify / callbackify -------------------------------------------------------------

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Set on a callback API to resolve with an object of named values (e.g. dns.lookup).
const kCustomPromisifyArgsSymbol = Symbol.for('nodejs.util.promisify.customArgs');

function copyProperties(target, source, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  if (adjust) adjust(descriptors);
  for (const key of Reflect.ownKeys(descriptors)) {
    if (key === kCustomPromisifiedSymbol) continue;
    try {
      Object.defineProperty(target, key, descriptors[key]);
    } catch {
      // non-configurable property on the target
    }
  }
  return target;
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      const ret = Reflect.apply(original, this, args);
      if (types.isPromise(ret)) {
        emitWarning('Calling promisify on a function that returns a Promise is likely a mistake.',
                    'DeprecationWarning', 'DEP0174');
      }
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyProperties(fn, original);
}
promisify.custom = kCustomPromisifiedSymbol;

function nextTick(fn, ...args) {
  if (typeof process === 'object' && process !== null && typeof process.nextTick === 'function') {
    process.nextTick(fn, ...args);
  } else {
    queueMicrotask(() => fn(...args));
  }
}

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const { ERR_FALSY_VALUE_REJECTION } = codes();
    reason = new ERR_FALSY_VALUE_REJECTION(reason);
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => nextTick(cb, null, ret),
      (rej) => nextTick(callbackifyOnRejected, rej, cb));
  }
  return copyProperties(callbackified, original, (descriptors) => {
    if (descriptors.length && typeof descriptors.length.value === 'number') {
      descriptors.length.value++;
    }
    if (descriptors.name && typeof descriptors.name.value === 'string') {
      descriptors.name.value += 'Callbackified';
    }
  });
}

// ---- inherits / _extend -------------------------------------------------------------------

function inherits(ctor, superCtor) {
  const { ERR_INVALID_ARG_TYPE } = codes();
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// ---- system errors ---------------------------------------------------------------------------

function validateErrno(err) {
  const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = codes();
  if (typeof err !== 'number') throw new ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
}

function getSystemErrorName(err) {
  validateErrno(err);
  const entry = errors().uvErrmapGet(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  validateErrno(err);
  const entry = errors().uvErrmapGet(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return errors().getUvErrorMap();
}

// ---- misc ------------------------------------------------------------------------------------

function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function diff(actual, expected) {
  const { ERR_INVALID_ARG_TYPE } = codes();
  const check = (value, name) => {
    if (typeof value === 'string') return value.split('');
    if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== 'string') {
        throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'string', value[i]);
      }
    }
    return value;
  };
  const a = check(actual, 'actual');
  const b = check(expected, 'expected');
  if (a.length === b.length && a.every((v, i) => v === b[i])) return [];
  const { myersDiff } = require('internal/assert/myers_diff');
  const script = myersDiff(a, b);
  const out = [];
  for (let i = script.length - 1; i >= 0; i--) {
    const [op, value] = script[i];
    out.push([op === 'insert' ? 1 : op === 'delete' ? -1 : 0, value]);
  }
  return out;
}

// Frames of the caller's stack (engine-neutral: parsed from a stack trace).
function getCallSites(frameCount = 10, options) {
  if (options === undefined) {
    if (typeof frameCount === 'object') {
      options = frameCount;
      validateObject(options, 'options');
      if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
      frameCount = 10;
    }
  } else {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  validateInteger(frameCount, 'frameCount', 1, 200);
  const stack = String(new Error().stack || '').split('\n').filter((l) => /^\s+at /.test(l));
  const sites = [];
  for (const line of stack.slice(1, frameCount + 1)) {
    const m = /^\s+at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/.exec(line);
    if (m === null) continue;
    const lineNumber = Number(m[3]);
    const columnNumber = Number(m[4]);
    sites.push({
      functionName: m[1] || '',
      scriptId: '0',
      scriptName: m[2],
      lineNumber,
      columnNumber,
      column: columnNumber,
    });
  }
  return sites;
}

function markPromiseAsHandled(promise) {
  if (!types.isPromise(promise)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('promise', 'Promise', promise);
  }
  // A rejection handler marks it handled (the derived promise cannot reject).
  Promise.prototype.then.call(promise, undefined, () => {});
}

// POSIX: a process killed by a signal exits with 128 + the signal number.
function convertProcessSignalToExitCode(signalCode) {
  const signals = signalTable();
  validateOneOf(signalCode, 'signalCode', Object.keys(signals));
  return 128 + signals[signalCode];
}

// Printing the stack on SIGINT needs a watchdog thread protoJS does not have yet.
function setTraceSigInt(enable) {
  void enable;
}

function transferableAbortSignal(signal) {
  const { AbortSignal } = require('internal/abort_controller');
  if (!(signal instanceof AbortSignal)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  const { AbortController } = require('internal/abort_controller');
  return new AbortController();
}

// ---- deprecated helpers still exported by Node 24 ---------------------------------------------

const isArray = deprecate(function isArray(arg) {
  return Array.isArray(arg);
}, 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044');

// Node's order of the exports (it shows in Object.keys(util) and console.log(util)).
module.exports = {
  _errnoException(...args) {
    return errors().errnoException(...args);
  },
  _exceptionWithHostPort(...args) {
    return errors().exceptionWithHostPort(...args);
  },
  _extend: deprecate(_extend,
                     'The `util._extend` API is deprecated. Please use Object.assign() instead.',
                     'DEP0060'),
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray,
  isDeepStrictEqual,
  markPromiseAsHandled,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  get transferableAbortSignal() {
    return transferableAbortSignal;
  },
  get transferableAbortController() {
    return transferableAbortController;
  },
  get aborted() {
    return require('internal/abort_controller').aborted;
  },
  types,
  parseEnv,
};

// Node defines these lazily, but they are loaded by the time user code runs (and so show
// as plain values); they are cheap to load here.
const { parseArgs } = require('internal/util/parse_args');
const { TextDecoder, TextEncoder } = require('internal/encoding');
const { MIMEType, MIMEParams } = require('internal/util/mime');
Object.assign(module.exports, { parseArgs, TextDecoder, TextEncoder, MIMEType, MIMEParams });
module.exports.diff = diff;
Object.defineProperties(module.exports, {
  debounce: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/util/debounce'); },
  },
  throttle: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/util/throttle'); },
  },
});
module.exports.setTraceSigInt = setTraceSigInt;

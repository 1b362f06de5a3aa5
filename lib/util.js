'use strict';
// node:util — public utilities (Node 24 surface). Formatting/inspection live in
// internal/util/inspect, deep equality in internal/util/comparisons, parseArgs in
// internal/util/parse_args, debuglog in internal/util/debuglog, TextEncoder/TextDecoder in
// internal/encoding.

const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { debuglog, shouldColorize } = require('internal/util/debuglog');
const { parseArgs } = require('internal/util/parse_args');

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

function deprecate(fn, msg, code, options) {
  if (code !== undefined && typeof code !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('code', 'string', code);
  }
  const modifyPrototype = !(options && options.modifyPrototype === false);
  if (typeof process === 'object' && process !== null && process.noDeprecation === true) {
    return fn;
  }
  let warned = false;
  function deprecated(...args) {
    if (!warned && !(typeof process === 'object' && process !== null && process.noDeprecation)) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  if (modifyPrototype) {
    if ((typeof fn !== 'object' && typeof fn !== 'function') || fn === undefined) {
      // Node gets this TypeError from its engine's Object.setPrototypeOf; ours words it otherwise.
      throw new TypeError(`Object prototype may only be an Object or null: ${String(fn)}`);
    }
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
  }
  Object.defineProperty(deprecated, 'length', {
    __proto__: null, value: fn.length, configurable: true,
  });
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

// ---- styleText -----------------------------------------------------------------------------

function isNodeStream(obj) {
  return obj !== null && typeof obj === 'object' &&
    Boolean(obj._readableState || obj._writableState ||
      (typeof obj.write === 'function' && typeof obj.on === 'function') ||
      (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
}

function isStreamLike(obj) {
  if (obj === null || typeof obj !== 'object') return false;
  if (isNodeStream(obj)) return true;
  const isReadable = typeof obj.pipeThrough === 'function' && typeof obj.getReader === 'function' &&
    typeof obj.cancel === 'function';
  const isWritable = typeof obj.getWriter === 'function' && typeof obj.abort === 'function';
  return isReadable || isWritable;
}

function styleText(format, text, options = undefined) {
  const validateStream = options && options.validateStream !== undefined ?
    options.validateStream : true;
  const hasStream = options && options.stream !== undefined;
  const stream = hasStream ? options.stream :
    (typeof process === 'object' && process !== null ? process.stdout : undefined);
  if (typeof text !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('text', 'string', text);
  if (typeof validateStream !== 'boolean') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options.validateStream', 'boolean', validateStream);
  }
  let skipColorize = false;
  if (validateStream) {
    if (stream === undefined && !hasStream) {
      skipColorize = !shouldColorize(undefined);
    } else {
      if (!isStreamLike(stream)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)(
          'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
      }
      skipColorize = !shouldColorize(stream);
    }
  }
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    if (key === 'none') continue;
    const codePair = inspect.colors[key];
    if (codePair == null) {
      throw new (codes().ERR_INVALID_ARG_VALUE)(
        'format', key, `must be one of: ${Object.getOwnPropertyNames(inspect.colors).map((k) => `'${k}'`).join(', ')}`);
    }
    if (skipColorize) continue;
    left += `\u001b[${codePair[0]}m`;
    right = `\u001b[${codePair[1]}m${right}`;
  }
  return skipColorize ? text : `${left}${text}${right}`;
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

async function aborted(signal, resource) {
  if (signal === null || typeof signal !== 'object' || typeof signal.aborted !== 'boolean' ||
      typeof signal.addEventListener !== 'function') {
    const err = new TypeError('signal is not of type AbortSignal.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('resource', 'object', resource);
  }
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { once: true });
  });
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

function getCallSites(frameCount = 10, options = undefined) {
  if (typeof frameCount === 'object' && frameCount !== null) {
    options = frameCount;
    frameCount = 10;
  }
  const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = codes();
  if (typeof frameCount !== 'number') throw new ERR_INVALID_ARG_TYPE('frameCount', 'number', frameCount);
  if (!Number.isInteger(frameCount) || frameCount < 1 || frameCount > 200) {
    throw new ERR_OUT_OF_RANGE('frameCount', '>= 1 && <= 200', frameCount);
  }
  void options;
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

// Parses dotenv-style content: KEY=value lines, quotes, `export` prefixes and # comments.
function parseEnv(content) {
  if (typeof content !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('content', 'string', content);
  const result = {};
  const lines = content.replace(/\r\n?/g, '\n');
  const re = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*("(?:\\.|[^"])*"|'[^']*'|`[^`]*`|[^#\n]*)?[^\n]*$/gm;
  let m;
  while ((m = re.exec(lines)) !== null) {
    let value = m[2] === undefined ? '' : m[2];
    const q = value[0];
    if ((q === '"' || q === '\'' || q === '`') && value.endsWith(q) && value.length >= 2) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, '\n');
    } else {
      value = value.trim();
    }
    result[m[1]] = value;
  }
  return result;
}

// ---- deprecated helpers still exported by Node 24 ---------------------------------------------

const isArray = deprecate(function isArray(arg) {
  return Array.isArray(arg);
}, 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044');

let encoding;
function lazyEncoding() {
  if (encoding === undefined) encoding = require('internal/encoding');
  return encoding;
}

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
  debug: debuglog,
  debuglog,
  deprecate,
  diff,
  format,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  inherits,
  inspect,
  isArray,
  isDeepStrictEqual,
  parseArgs,
  parseEnv,
  promisify,
  stripVTControlCharacters,
  styleText,
  toUSVString,
  aborted,
  types,
};

Object.defineProperties(module.exports, {
  TextEncoder: {
    __proto__: null,
    get() { return lazyEncoding().TextEncoder; },
    set(v) { Object.defineProperty(module.exports, 'TextEncoder', { value: v, writable: true, enumerable: true, configurable: true }); },
    enumerable: true,
    configurable: true,
  },
  TextDecoder: {
    __proto__: null,
    get() { return lazyEncoding().TextDecoder; },
    set(v) { Object.defineProperty(module.exports, 'TextDecoder', { value: v, writable: true, enumerable: true, configurable: true }); },
    enumerable: true,
    configurable: true,
  },
});

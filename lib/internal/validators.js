'use strict';
// Argument validators shared by the builtin modules. Each throws Node 24's error (same code,
// class and message) for the same bad input.

const {
  hideStackFrames,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_BAD_PORT,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

const octalReg = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

// Mode like fs.chmod's: a uint32 or an octal string; `def` when value is null/undefined.
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalReg.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, modeDesc);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  // Coerce -0 to +0.
  return value + 0;
}

const validateInteger = hideStackFrames(
  (value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) => {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
    if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
    if (value < min || value > max) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
    }
  });

const validateInt32 = hideStackFrames((value, name, min = -2147483648, max = 2147483647) => {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
});

const validateUint32 = hideStackFrames((value, name, positive = false) => {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
});

const validateString = hideStackFrames((value, name) => {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
});

const validateNumber = hideStackFrames((value, name, min = undefined, max) => {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw new ERR_OUT_OF_RANGE(
      name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}` +
      `${max != null ? `<= ${max}` : ''}`,
      value);
  }
});

const validateOneOf = hideStackFrames((value, name, oneOf) => {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${allowed}`);
  }
});

const validateBoolean = hideStackFrames((value, name) => {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
});

const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowNullable |
  kValidateObjectAllowArray | kValidateObjectAllowFunction;

// options: a bit mask of the kValidateObject* flags.
const validateObject = hideStackFrames((value, name, options = kValidateObjectNone) => {
  if (options === kValidateObjectNone) {
    if (value === null || Array.isArray(value) || typeof value !== 'object') {
      throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
    }
    return;
  }
  if ((options & kValidateObjectAllowNullable) === 0 && value === null) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
  if ((options & kValidateObjectAllowArray) === 0 && Array.isArray(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
  const allowFunction = (options & kValidateObjectAllowFunction) !== 0;
  const type = typeof value;
  if (type !== 'object' && (!allowFunction || type !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
});

const validateDictionary = hideStackFrames((value, name) => {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
});

const validateArray = hideStackFrames((value, name, minLength = 0) => {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) {
    throw new ERR_INVALID_ARG_VALUE(name, value, `must have a length of at least ${minLength}`);
  }
});

const validateStringArray = hideStackFrames((value, name) => {
  validateArray(value, name);
  for (let i = 0; i < value.length; ++i) validateString(value[i], `${name}[${i}]`);
});

const validateBooleanArray = hideStackFrames((value, name) => {
  validateArray(value, name);
  for (let i = 0; i < value.length; ++i) validateBoolean(value[i], `${name}[${i}]`);
});

function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    const indexedName = `${name}[${i}]`;
    if (value[i] == null) throw new ERR_INVALID_ARG_TYPE(indexedName, 'AbortSignal', value[i]);
    validateAbortSignal(value[i], indexedName);
  }
}

// Linux signal numbers (os.constants.signals).
const signals = {
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20,
  SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27,
  SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

// The signal numbers by name (os.constants.signals when the os module is there).
function signalTable() {
  // Prefer the runtime's os.constants when the os module is available.
  try {
    const os = require('os');
    if (os && os.constants && os.constants.signals) return os.constants.signals;
  } catch {
    // fall through
  }
  return signals;
}

const validateSignalName = hideStackFrames((signal, name = 'signal') => {
  validateString(signal, name);
  const table = signalTable();
  if (table[signal] === undefined) {
    if (table[signal.toUpperCase()] !== undefined) {
      throw new ERR_UNKNOWN_SIGNAL(`${signal} (signals must use all capital letters)`);
    }
    throw new ERR_UNKNOWN_SIGNAL(signal);
  }
});

const validateBuffer = hideStackFrames((buffer, name = 'buffer') => {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
});

function isHexEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length === 3 && encoding.toLowerCase() === 'hex';
}

const validateEncoding = hideStackFrames((data, encoding) => {
  const length = data.length;
  if (isHexEncoding(encoding) && length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`);
  }
});

// Returns the port as an int; accepts numbers and numeric strings in [0, 65535].
const validatePort = hideStackFrames((port, name = 'Port', allowZero = true) => {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (+port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
});

const validateAbortSignal = hideStackFrames((signal, name) => {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
});

const validateFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
});

let typesBinding;
function isAsyncFunction(fn) {
  if (typesBinding === undefined) {
    try { typesBinding = internalBinding('types'); } catch { typesBinding = null; }
  }
  if (typesBinding && typeof typesBinding.isAsyncFunction === 'function') {
    return typesBinding.isAsyncFunction(fn);
  }
  const tag = fn[Symbol.toStringTag];
  return tag === 'AsyncFunction' || tag === 'AsyncGeneratorFunction';
}

const validatePlainFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function' || isAsyncFunction(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
});

const validateUndefined = hideStackFrames((value, name) => {
  if (value !== undefined) throw new ERR_INVALID_ARG_TYPE(name, 'undefined', value);
});

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
}

const validateStringWithoutNullBytes = hideStackFrames((value, name) => {
  validateString(value, name);
  if (value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
});

// `ignore`-like options (glob, test runner): a string, function or RegExp, or an array of them.
function isRegExp(value) {
  if (typesBinding === undefined) {
    try { typesBinding = internalBinding('types'); } catch { typesBinding = null; }
  }
  if (typesBinding && typeof typesBinding.isRegExp === 'function') return typesBinding.isRegExp(value);
  return value instanceof RegExp;
}

function validateIgnoreEntry(value, name) {
  if (typeof value === 'string') {
    if (value.length === 0) throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a non-empty string');
    return;
  }
  if (isRegExp(value) || typeof value === 'function') return;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'RegExp', 'Function'], value);
}

const validateIgnoreOption = hideStackFrames((value, name) => {
  if (value == null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) validateIgnoreEntry(value[i], `${name}[${i}]`);
    return;
  }
  validateIgnoreEntry(value, name);
});

/*
  Link header values as used by http's writeEarlyHints: `<url>; rel=preload; as=style`,
  possibly several separated by commas.
*/
const linkValueRegExp = /^(?:<[^>\r\n]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;

const validateLinkHeaderFormat = hideStackFrames((value, name) => {
  if (typeof value === 'undefined' || !linkValueRegExp.test(value)) {
    throw new ERR_INVALID_ARG_VALUE(
      name, value,
      'must be an array or string of format "</styles.css>; rel=preload; as=style"');
  }
});

const validateLinkHeaderValue = hideStackFrames((hints) => {
  if (typeof hints === 'string') {
    validateLinkHeaderFormat(hints, 'hints');
    return hints;
  }
  if (Array.isArray(hints)) {
    let result = '';
    for (let i = 0; i < hints.length; i++) {
      const link = hints[i];
      validateLinkHeaderFormat(link, 'hints');
      result += link;
      if (i !== hints.length - 1) result += ', ';
    }
    return result;
  }
  throw new ERR_INVALID_ARG_VALUE(
    'hints', hints,
    'must be an array or string of format "</styles.css>; rel=preload; as=style"');
});

const validateThisInternalField = hideStackFrames((object, fieldKey, className) => {
  if (typeof object !== 'object' || object === null ||
      !Object.prototype.hasOwnProperty.call(object, fieldKey)) {
    throw new ERR_INVALID_THIS(className);
  }
});

// false for undefined/NaN, true for finite numbers; throws for other values.
const validateFiniteNumber = hideStackFrames((number, name) => {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
});

const checkRangesOrGetDefault = hideStackFrames((number, name, lower, upper, def) => {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
});

module.exports = {
  isInt32,
  isUint32,
  parseFileMode,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignalArray,
  validateBoolean,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFunction,
  validateIgnoreOption,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateStringWithoutNullBytes,
  validateUint32,
  validateUndefined,
  validateUnion,
  validateAbortSignal,
  validateLinkHeaderValue,
  validateThisInternalField,
  validateFiniteNumber,
  checkRangesOrGetDefault,
  signalTable,
};

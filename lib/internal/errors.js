'use strict';
// Node-compatible error machinery: `codes` (one class per ERR_* code with Node 24's message),
// system-error helpers (UVException, ErrnoException, ...), AbortError and small utilities.
// Values inside messages are inspected with internal/util/inspect, loaded lazily.

const kIsNodeError = Symbol('kIsNodeError');
const messages = new Map();
const codes = {};

// ---------------------------------------------------------------------------------------------
// Lazy helpers

let inspectModule;
function lazyInspectModule() {
  if (inspectModule === undefined) {
    try {
      inspectModule = require('internal/util/inspect');
    } catch {
      inspectModule = null;
    }
  }
  return inspectModule;
}

// Minimal stand-in used only while internal/util/inspect is unavailable.
function fallbackInspect(value, depth = 2) {
  switch (typeof value) {
    case 'string':
      if (!value.includes("'")) return `'${value}'`;
      if (!value.includes('"')) return `"${value}"`;
      if (!value.includes('`') && !value.includes('${')) return `\`${value}\``;
      return `'${value.replace(/'/g, "\\'")}'`;
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return String(value);
    case 'function':
      return value.name ? `[Function: ${value.name}]` : '[Function (anonymous)]';
    default:
      break;
  }
  if (value === null) return 'null';
  if (value instanceof Error) return value.stack || String(value);
  if (Array.isArray(value)) {
    if (depth < 0) return '[Array]';
    return value.length === 0 ? '[]' :
      `[ ${value.map((v) => fallbackInspect(v, depth - 1)).join(', ')} ]`;
  }
  const proto = Object.getPrototypeOf(value);
  const keys = Object.keys(value);
  let prefix = '';
  if (proto === null) prefix = '[Object: null prototype] ';
  else if (proto !== Object.prototype && proto.constructor && proto.constructor.name) {
    prefix = `${proto.constructor.name} `;
  }
  if (depth < 0) return prefix ? `[${prefix.trim()}]` : '[Object]';
  if (keys.length === 0) return `${prefix}{}`;
  const parts = keys.map((k) => {
    const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : fallbackInspect(k);
    return `${key}: ${fallbackInspect(value[k], depth - 1)}`;
  });
  return `${prefix}{ ${parts.join(', ')} }`;
}

function inspect(value, options) {
  const mod = lazyInspectModule();
  if (mod && typeof mod.inspect === 'function') return mod.inspect(value, options);
  return fallbackInspect(value, options && typeof options.depth === 'number' ? options.depth : 2);
}

function formatNumberForMessage(n) {
  return Object.is(n, -0) ? '-0' : `${n}`;
}

// util.format-style substitution for message templates.
function format(template, args) {
  const mod = lazyInspectModule();
  if (mod && typeof mod.format === 'function') return mod.format(template, ...args);
  let i = 0;
  let out = template.replace(/%[sdifjoO%]/g, (spec) => {
    if (spec === '%%') return '%';
    if (i >= args.length) return spec;
    const arg = args[i++];
    switch (spec) {
      case '%s':
        if (typeof arg === 'string') return arg;
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'number') return formatNumberForMessage(arg);
        if (typeof arg === 'symbol') return String(arg);
        if (typeof arg === 'object' && arg !== null) return inspect(arg, { depth: 0 });
        return String(arg);
      case '%d':
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'symbol') return 'NaN';
        return formatNumberForMessage(Number(arg));
      case '%i':
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'symbol') return 'NaN';
        return formatNumberForMessage(parseInt(arg));
      case '%f':
        return typeof arg === 'symbol' ? 'NaN' : formatNumberForMessage(parseFloat(arg));
      case '%j':
        try { return JSON.stringify(arg); } catch { return '[Circular]'; }
      default:
        return inspect(arg);
    }
  });
  while (i < args.length) {
    const arg = args[i++];
    out += ` ${typeof arg === 'string' ? arg : inspect(arg)}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Small utilities shared with other modules

function hideStackFrames(fn) {
  if (typeof fn === 'function' && fn.withoutStackTrace === undefined) {
    try { fn.withoutStackTrace = fn; } catch { /* frozen function: ignore */ }
  }
  return fn;
}

function isErrorStackTraceLimitWritable() {
  return true;
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

// "type number (1)", "an instance of Foo", "function f", "null" ... as Node's messages say.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object': {
      let ctor;
      try { ctor = value.constructor; } catch { ctor = undefined; }
      if (ctor && 'name' in ctor) return `an instance of ${ctor.name}`;
      return `${inspect(value, { depth: -1 })}`;
    }
    case 'string': {
      let s = value;
      if (s.length > 28) s = `${s.slice(0, 25)}...`;
      if (!s.includes("'")) return `type string ('${s}')`;
      return `type string (${JSON.stringify(s)})`;
    }
    default: {
      let inspected = inspect(value, { colors: false });
      if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
      return `type ${typeof value} (${inspected})`;
    }
  }
}

function formatList(array, type = 'and') {
  array = Array.from(array);
  if (array.length < 2) return array.join('');
  if (array.length === 2) return `${array[0]} ${type} ${array[1]}`;
  return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

function internalAssert(value, message) {
  if (!value) throw new codes.ERR_INTERNAL_ASSERTION(message);
}

// ---------------------------------------------------------------------------------------------
// Stack shaping. V8 stacks start with "Name: message"; QuickJS stacks hold frames only.
// Either way the result starts with the given header line, like Node's `TypeError [CODE]: msg`.

function setStackHeader(err, header, ...oldHeaders) {
  let stack;
  try { stack = err.stack; } catch { return; }
  if (typeof stack !== 'string') return;
  let frames;
  if (stack.startsWith('    at ') || stack === '') {
    frames = stack;
  } else {
    const old = oldHeaders.find((h) => stack.startsWith(`${h}\n`) || stack === h);
    if (old !== undefined) {
      frames = stack.slice(old.length + 1);
    } else {
      const idx = stack.indexOf('\n    at ');
      frames = idx === -1 ? '' : stack.slice(idx + 1);
    }
  }
  // Drop frames of this file (constructors of the error classes).
  const lines = frames.split('\n');
  while (lines.length && /internal\/errors/.test(lines[0])) lines.shift();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const value = lines.length ? `${header}\n${lines.join('\n')}` : header;
  Object.defineProperty(err, 'stack', {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

// ---------------------------------------------------------------------------------------------
// NodeError classes

function throwArgsLength(key, actual, expected) {
  throw new codes.ERR_INTERNAL_ASSERTION(
    `Code: ${key}; The provided arguments length (${actual}) does not ` +
    `match the required ones (${expected}).`);
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    if (args.length < msg.length) throwArgsLength(key, args.length, msg.length);
    return Reflect.apply(msg, self, args);
  }
  const expectedLength = (msg.match(/%[dfijoOs]/g) || []).length;
  if (args.length !== expectedLength) throwArgsLength(key, args.length, expectedLength);
  if (args.length === 0) return msg;
  return format(msg, args);
}

function makeNodeErrorWithCode(Base, key) {
  const NodeError = class extends Base {
    constructor(...args) {
      super();
      this.code = key;
      const message = getMessage(key, args, this);
      Object.defineProperty(this, 'message', {
        __proto__: null, value: message, enumerable: false, writable: true, configurable: true,
      });
      const name = Base.prototype.name;
      setStackHeader(this, `${this.name} [${key}]: ${message}`, `${name}: ${message}`, name);
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  };
  Object.defineProperty(NodeError, 'name', { __proto__: null, value: Base.name, configurable: true });
  Object.defineProperty(NodeError.prototype, kIsNodeError, { __proto__: null, value: true });
  return NodeError;
}

// SystemError: context = { errno, code, message, syscall, path?, dest? }.
class SystemError extends Error {
  constructor(key, context) {
    super();
    const prefix = getMessage(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ` +
                  `${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    Object.defineProperty(this, 'message', {
      __proto__: null, value: message, enumerable: false, writable: true, configurable: true,
    });
    this.code = key;
    Object.defineProperty(this, 'name', {
      __proto__: null, value: 'SystemError', enumerable: false, writable: true, configurable: true,
    });
    Object.defineProperty(this, kIsNodeError, { __proto__: null, value: true });
    this.info = context;
    const accessor = (prop, convert) => ({
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() { return context[prop]; },
      set(value) { context[prop] = convert ? convert(value) : value; },
    });
    const toBuf = (v) => {
      const B = globalThis.Buffer;
      return (B && typeof B.from === 'function' && typeof v === 'string') ? B.from(v) : v;
    };
    Object.defineProperty(this, 'errno', accessor('errno'));
    Object.defineProperty(this, 'syscall', accessor('syscall'));
    if (context.path !== undefined) Object.defineProperty(this, 'path', accessor('path', toBuf));
    if (context.dest !== undefined) Object.defineProperty(this, 'dest', accessor('dest', toBuf));
    setStackHeader(this, `SystemError [${key}]: ${message}`, `Error: ${message}`,
                   `SystemError: ${message}`, 'Error');
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function makeSystemErrorWithCode(key) {
  const NodeError = class extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
  return NodeError;
}

// E(code, message, Base, ...otherBases): registers codes[code]; other bases hang off it
// (e.g. codes.ERR_INVALID_ARG_VALUE.RangeError). A code's class is made on first use: a
// program touches a handful of the ~175, and making them all cost a good part of start-up.
function E(sym, msg, Base, ...otherClasses) {
  messages.set(sym, msg);
  Object.defineProperty(codes, sym, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const Cls = Base === SystemError ? makeSystemErrorWithCode(sym) : makeNodeErrorWithCode(Base, sym);
      for (const Other of otherClasses) Cls[Other.name] = makeNodeErrorWithCode(Other, sym);
      Object.defineProperty(codes, sym, { __proto__: null, value: Cls, writable: true, configurable: true, enumerable: true });
      return Cls;
    },
    set(value) {
      Object.defineProperty(codes, sym, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The codes. Messages follow Node 24 exactly.

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean',
                'bigint', 'symbol'];
const classRegExp = /^([A-Z][a-z0-9]*)+$/;

function joinChoices(list, prefix, lastPrefix) {
  if (list.length > 2) {
    const last = list[list.length - 1];
    return `${prefix}${list.slice(0, -1).join(', ')}, or ${last}`;
  }
  if (list.length === 2) return `${lastPrefix}${list[0]} or ${list[1]}`;
  return `${prefix}${list[0]}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  internalAssert(typeof name === 'string', "'name' must be a string");
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    internalAssert(typeof value === 'string', 'All expected entries have to be of type string');
    if (kTypes.includes(value)) {
      types.push(value.toLowerCase());
    } else if (classRegExp.test(value)) {
      instances.push(value);
    } else {
      internalAssert(value !== 'object', 'The value "object" should be written as "Object"');
      other.push(value);
    }
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    if (types.length > 2) msg += joinChoices(types, 'one of type ', '');
    else if (types.length === 2) msg += `one of type ${types[0]} or ${types[1]}`;
    else msg += `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    if (instances.length > 2) {
      msg += joinChoices(instances, 'an instance of ', '');
    } else {
      msg += `an instance of ${instances[0]}`;
      if (instances.length === 2) msg += ` or ${instances[1]}`;
    }
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 2) {
      msg += joinChoices(other, 'one of ', '');
    } else if (other.length === 2) {
      msg += `one of ${other[0]} or ${other[1]}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  msg += `. Received ${determineSpecificType(actual)}`;
  return msg;
}

function withBase(base) {
  return base ? ` imported from ${base}` : '';
}

E('ERR_ACCESS_DENIED', function(msg, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return msg;
}, Error);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_CONTEXT_NOT_AVAILABLE', 'Buffer is not available for the current Context', Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED',
  "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CLOSED_MESSAGE_PORT', 'Cannot send data on closed MessagePort', Error);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', 'Custom engines not supported by this OpenSSL', Error);
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length',
  RangeError);
E('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);
E('ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_DLOPEN_FAILED', '%s', Error);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js',
  TypeError);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
  'Cannot overwrite symlink in subdirectory of self', SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_WATCH_QUEUE_OVERFLOW', 'fs.watch() queued more than %d events', Error);
E('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'Packed settings length must be a multiple of six', RangeError);
E('ERR_HTTP2_INVALID_SETTING_VALUE', function(name, actual, min = undefined, max = undefined) {
  this.actual = actual;
  if (min !== undefined) {
    this.min = min;
    this.max = max;
  }
  return `Invalid value for setting "${name}": ${actual}`;
}, TypeError, RangeError);
E('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS', 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED',
  'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  'Response body\'s content-length of %s byte(s) does not match the content-length ' +
  'of %s byte(s) set in header', Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING',
  'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_IMPORT_ATTRIBUTE_MISSING',
  'Module "%s" needs an import attribute of "%s: %s"', TypeError);
E('ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', (key, value, url = undefined) => {
  let msg = `Import attribute "${key}" with value "${value}" is not supported`;
  if (url !== undefined) msg += ` in ${url}`;
  return msg;
}, TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR',
  'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INPUT_TYPE_NOT_ALLOWED',
  '--input-type can only be used with string input via --eval, --print, or STDIN', Error);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js ' +
    'or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at ' +
    'https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = `${name}`.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST',
  'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', function(path, input) {
  this.input = input;
  return `File URL path ${path}`;
}, TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid` + msg;
}, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) => {
  return `Invalid module "${request}" ${reason}${withBase(base)}`;
}, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) => {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${
    message ? `. ${message}` : ''}`;
}, Error);
E('ERR_INVALID_PACKAGE_TARGET',
  (pkgPath, key, target, isImport = false, base = undefined) => {
    const relatedError = typeof target === 'string' && !isImport &&
      target.length && !target.startsWith('./');
    const tail = `${withBase(base)}${relatedError ? '; targets must start with "./"' : ''}`;
    if (key === '.') {
      internalAssert(isImport === false);
      return `Invalid "exports" main target ${JSON.stringify(target)} defined ` +
        `in the package config ${pkgPath}package.json${tail}`;
    }
    return `Invalid "${isImport ? 'imports' : 'exports'}" target ${
      JSON.stringify(target)} defined for '${key}' in the package config ${
      pkgPath}package.json${tail}`;
  }, Error);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_REPL_EVAL_CONFIG',
  'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError);
E('ERR_INVALID_REPL_INPUT', '%s', TypeError);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) => {
  return `Expected a valid ${input} to be returned for the "${prop}" from the` +
         ` "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
  return `Expected ${input} to be returned for the "${prop}" from the` +
         ` "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  return `Expected ${input} to be returned from the "${name}"` +
         ` function but got ${determineSpecificType(value)}.`;
}, TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT',
  'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s',
  TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  internalAssert(expected.length <= 2);
  const res = expected.length === 2 ?
    `one of scheme ${expected[0]} or ${expected[1]}` :
    `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_IP_BLOCKED', (ip) => `IP(${ip}) is blocked by net.BlockList`, Error);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  internalAssert(args.length > 0, 'At least one arg needs to be specified');
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  let msg = 'The ';
  if (len === 1) {
    msg += `${args[0]} argument`;
  } else if (len === 2) {
    msg += `${args[0]} and ${args[1]} arguments`;
  } else {
    const last = args.pop();
    msg += `${args.join(', ')}, and ${last} arguments`;
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key', TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) this.url = `${exactUrl}`;
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot', Error);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  internalAssert(range, 'Missing "range" argument');
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) => {
  return `Package import specifier "${specifier}" is not defined${
    packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`;
}, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${withBase(base)}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${
    pkgPath}package.json${withBase(base)}`;
}, Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ?
    '. To specify a positional argument starting with a \'-\', place it at the end of the ' +
    `command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', 'require() cannot be used on an ESM graph with top-level await. ' +
  'Use import() instead. To see where the top-level await comes from, use ' +
  '--experimental-print-required-tla.', Error);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_REQUIRE_ESM', function(filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} ` +
    'not supported.';
  if (packageJsonPath) {
    const base = (p) => require('path').basename(`${p}`);
    const shown = parentPath && base(filename) === base(parentPath) ? filename : base(filename);
    if (hasEsmSyntax) {
      msg += `\nInstead change the require of ${shown} in ${parentPath} to a dynamic import() ` +
        'which is available in all CommonJS modules.';
      return msg;
    }
    msg += `\n${shown} is treated as an ES module file as it is a .js file whose nearest ` +
      'parent package.json contains "type": "module" which declares all .js files in that ' +
      `package scope as ES modules.\nInstead either rename ${shown} to end in .cjs, change the ` +
      'requiring code to use dynamic import() which is available in all CommonJS modules, or ' +
      `change "type": "module" to "type": "commonjs" in ${packageJsonPath} to treat all .js ` +
      'files as CommonJS (using .mjs for all ES modules instead).\n';
    return msg;
  }
  if (`${filename}`.endsWith('.mjs')) {
    msg += `\nInstead change the require of ${filename} to a dynamic import() which is ` +
      'available in all CommonJS modules.';
  }
  return msg;
}, Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SCRIPT_EXECUTION_TIMEOUT', 'Script execution timed out after %sms', Error);
E('ERR_SERVER_ALREADY_LISTEN',
  'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  internalAssert(typeof allowZero === 'boolean',
                 "The 'allowZero' argument must be of type boolean.");
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', SystemError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
  'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x%s characters', Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
E('ERR_THROTTLED', 'The call was dropped by the throttled function', Error);
E('ERR_TEST_FAILURE', function(error, failureType) {
  internalAssert(typeof failureType === 'string' || typeof failureType === 'symbol',
                 "The 'failureType' argument must be of type string or symbol.");
  let msg = error != null && error.message !== undefined && error.message !== null ?
    error.message : error;
  if (typeof msg !== 'string') msg = inspect(msg);
  this.failureType = failureType;
  this.cause = error;
  return msg;
}, Error);
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', (value, protocols) => {
  return `ALPN callback returned a value (${value}) that did not match any of the client's ` +
    `offered protocols (${protocols.join(', ')})`;
}, TypeError);
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS',
  'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive', TypeError);
E('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError);
E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);
E('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', '%j is not a valid %s TLS protocol version', TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  'TLS protocol version %j conflicts with secureProtocol %j', TypeError);
E('ERR_TLS_RENEGOTIATION_DISABLED',
  'TLS session renegotiation disabled for this socket', Error);
E('ERR_TLS_RENEGOTIATION_UNSUPPORTED',
  'TLS session renegotiation is unsupported by this TLS implementation', Error);
E('ERR_TLS_REQUIRED_SERVER_NAME',
  '"servername" is required parameter for Server.addContext', Error);
E('ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_TRAILING_JUNK_AFTER_STREAM_END', 'Trailing junk found after the end of the compressed stream',
  TypeError);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was ' +
  'already active', Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  this.url = exactUrl;
  return `Directory import '${path}' is not supported ` +
    `resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  let msg = `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ` +
    'ESM loader';
  if (process.platform === 'win32' && url.protocol.length === 2) {
    msg += '. On Windows, absolute paths must be valid file:// URLs';
  }
  msg += `. Received protocol '${url.protocol}'`;
  return msg;
}, Error);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST',
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme ' +
  'is not hierarchical.', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_VALID_PERFORMANCE_ENTRY_TYPE',
  'At least one valid performance entry type is required', Error);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING',
  'A dynamic import callback was not specified.', TypeError);
E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
E('ERR_WORKER_INVALID_EXEC_ARGV', (errors, msg = 'invalid execArgv flags') =>
  `Initiated Worker with ${msg}: ${Array.prototype.join.call(errors, ', ')}`, Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: %s', Error);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
E('ERR_ZSTD_INVALID_PARAM', '%s is not a valid zstd parameter', RangeError);

// ---------------------------------------------------------------------------------------------
// libuv error names and messages (Linux errno values), as util.getSystemErrorMap() reports.

const uvErrorTable = [
  [-1, 'EPERM', 'operation not permitted'],
  [-2, 'ENOENT', 'no such file or directory'],
  [-3, 'ESRCH', 'no such process'],
  [-4, 'EINTR', 'interrupted system call'],
  [-5, 'EIO', 'i/o error'],
  [-6, 'ENXIO', 'no such device or address'],
  [-7, 'E2BIG', 'argument list too long'],
  [-8, 'ENOEXEC', 'exec format error'],
  [-9, 'EBADF', 'bad file descriptor'],
  [-11, 'EAGAIN', 'resource temporarily unavailable'],
  [-12, 'ENOMEM', 'not enough memory'],
  [-13, 'EACCES', 'permission denied'],
  [-14, 'EFAULT', 'bad address in system call argument'],
  [-16, 'EBUSY', 'resource busy or locked'],
  [-17, 'EEXIST', 'file already exists'],
  [-18, 'EXDEV', 'cross-device link not permitted'],
  [-19, 'ENODEV', 'no such device'],
  [-20, 'ENOTDIR', 'not a directory'],
  [-21, 'EISDIR', 'illegal operation on a directory'],
  [-22, 'EINVAL', 'invalid argument'],
  [-23, 'ENFILE', 'file table overflow'],
  [-24, 'EMFILE', 'too many open files'],
  [-25, 'ENOTTY', 'inappropriate ioctl for device'],
  [-26, 'ETXTBSY', 'text file is busy'],
  [-27, 'EFBIG', 'file too large'],
  [-28, 'ENOSPC', 'no space left on device'],
  [-29, 'ESPIPE', 'invalid seek'],
  [-30, 'EROFS', 'read-only file system'],
  [-31, 'EMLINK', 'too many links'],
  [-32, 'EPIPE', 'broken pipe'],
  [-34, 'ERANGE', 'result too large'],
  [-36, 'ENAMETOOLONG', 'name too long'],
  [-38, 'ENOSYS', 'function not implemented'],
  [-39, 'ENOTEMPTY', 'directory not empty'],
  [-40, 'ELOOP', 'too many symbolic links encountered'],
  [-49, 'EUNATCH', 'protocol driver not attached'],
  [-61, 'ENODATA', 'no data available'],
  [-64, 'ENONET', 'machine is not on the network'],
  [-71, 'EPROTO', 'protocol error'],
  [-75, 'EOVERFLOW', 'value too large for defined data type'],
  [-84, 'EILSEQ', 'illegal byte sequence'],
  [-88, 'ENOTSOCK', 'socket operation on non-socket'],
  [-89, 'EDESTADDRREQ', 'destination address required'],
  [-90, 'EMSGSIZE', 'message too long'],
  [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
  [-92, 'ENOPROTOOPT', 'protocol not available'],
  [-93, 'EPROTONOSUPPORT', 'protocol not supported'],
  [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'],
  [-95, 'ENOTSUP', 'operation not supported on socket'],
  [-97, 'EAFNOSUPPORT', 'address family not supported'],
  [-98, 'EADDRINUSE', 'address already in use'],
  [-99, 'EADDRNOTAVAIL', 'address not available'],
  [-100, 'ENETDOWN', 'network is down'],
  [-101, 'ENETUNREACH', 'network is unreachable'],
  [-103, 'ECONNABORTED', 'software caused connection abort'],
  [-104, 'ECONNRESET', 'connection reset by peer'],
  [-105, 'ENOBUFS', 'no buffer space available'],
  [-106, 'EISCONN', 'socket is already connected'],
  [-107, 'ENOTCONN', 'socket is not connected'],
  [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'],
  [-110, 'ETIMEDOUT', 'connection timed out'],
  [-111, 'ECONNREFUSED', 'connection refused'],
  [-112, 'EHOSTDOWN', 'host is down'],
  [-113, 'EHOSTUNREACH', 'host is unreachable'],
  [-114, 'EALREADY', 'connection already in progress'],
  [-121, 'EREMOTEIO', 'remote I/O error'],
  [-125, 'ECANCELED', 'operation canceled'],
  [-3000, 'EAI_ADDRFAMILY', 'address family not supported'],
  [-3001, 'EAI_AGAIN', 'temporary failure'],
  [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'],
  [-3003, 'EAI_CANCELED', 'request canceled'],
  [-3004, 'EAI_FAIL', 'permanent failure'],
  [-3005, 'EAI_FAMILY', 'ai_family not supported'],
  [-3006, 'EAI_MEMORY', 'out of memory'],
  [-3007, 'EAI_NODATA', 'no address'],
  [-3008, 'EAI_NONAME', 'unknown node or service'],
  [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'],
  [-3010, 'EAI_SERVICE', 'service not available for socket type'],
  [-3011, 'EAI_SOCKTYPE', 'socket type not supported'],
  [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
  [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
  [-4028, 'EFTYPE', 'inappropriate file type or format'],
  [-4080, 'ECHARSET', 'invalid Unicode character'],
  [-4094, 'UNKNOWN', 'unknown error'],
  [-4095, 'EOF', 'end of file'],
];
let uvErrmap;
let uvCodeToErrno;
function lazyUvMaps() {
  if (uvErrmap === undefined) {
    uvErrmap = new Map();
    uvCodeToErrno = new Map();
    for (const [errno, code, message] of uvErrorTable) {
      uvErrmap.set(errno, [code, message]);
      if (!uvCodeToErrno.has(code)) uvCodeToErrno.set(code, errno);
    }
  }
}
const uvUnmappedError = ['UNKNOWN', 'unknown error'];

// [code, message] for a (negative) libuv errno, or undefined.
function uvErrmapGet(errno) {
  lazyUvMaps();
  return uvErrmap.get(errno);
}

// A fresh Map errno -> [code, message], for util.getSystemErrorMap().
function getUvErrorMap() {
  lazyUvMaps();
  return new Map(uvErrmap);
}

// libuv's uv_err_name: 'ENOENT' for -2; unknown values give `Unknown system error <n>`.
function uvErrName(errno) {
  const entry = uvErrmapGet(errno);
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

function uvErrnoFromCode(code) {
  lazyUvMaps();
  return uvCodeToErrno.get(code);
}

// ---------------------------------------------------------------------------------------------
// System errors

function makeSystemLikeError(message, props) {
  const err = new Error(message);
  for (const key of Object.keys(props)) {
    if (props[key] !== undefined) err[key] = props[key];
  }
  setStackHeader(err, `Error: ${message}`, `Error: ${message}`);
  return err;
}

// fs-style error: "ENOENT: no such file or directory, open '/x'".
// ctx: { errno, code?, syscall, path?, dest?, message? }. errno may be omitted when code is known.
// Callable with or without `new`; the result is a plain Error like Node's.
function UVException(ctx) {
  let errno = ctx.errno;
  if (errno === undefined && typeof ctx.code === 'string') errno = uvErrnoFromCode(ctx.code);
  const [code, uvmsg] = uvErrmapGet(errno) ||
    (typeof ctx.code === 'string' ? [ctx.code, 'unknown error'] : uvUnmappedError);
  let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }
  const props = {};
  if (ctx.errno === undefined && errno !== undefined) props.errno = errno;
  for (const prop of Object.keys(ctx)) {
    if (prop === 'message' || prop === 'path' || prop === 'dest' || prop === 'code') continue;
    props[prop] = ctx[prop];
  }
  props.code = code;
  props.path = path;
  props.dest = dest;
  return makeSystemLikeError(message, props);
}

// "listen EADDRINUSE: address already in use 127.0.0.1:80" (with libuv's message).
function UVExceptionWithHostPort(err, syscall, address, port) {
  const [code, uvmsg] = uvErrmapGet(err) || uvUnmappedError;
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  return makeSystemLikeError(`${syscall} ${code}: ${uvmsg}${details}`, {
    code, errno: err, syscall, address, port: port || undefined,
  });
}

// "open ENOENT extra": err is a negative errno; original an optional suffix.
function ErrnoException(err, syscall, original) {
  const code = uvErrName(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  return makeSystemLikeError(message, { errno: err, code, syscall });
}

// "connect ECONNREFUSED 127.0.0.1:80".
function ExceptionWithHostPort(err, syscall, address, port, additional) {
  const code = uvErrName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  return makeSystemLikeError(`${syscall} ${code}${details}`, {
    errno: err, code, syscall, address, port: port || undefined,
  });
}

// DNS errors: "getaddrinfo ENOTFOUND example.invalid".
function DNSException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    if (code === -3008 || code === -3007) code = 'ENOTFOUND'; // EAI_NONAME, EAI_NODATA
    else code = uvErrName(code);
  }
  const err = makeSystemLikeError(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`, {});
  // Node sets errno even when it is undefined (c-ares codes have no number).
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

function uvException(ctx) { return new UVException(ctx); }
function uvExceptionWithHostPort(err, syscall, address, port) {
  return new UVExceptionWithHostPort(err, syscall, address, port);
}
function errnoException(err, syscall, original) { return new ErrnoException(err, syscall, original); }
function exceptionWithHostPort(err, syscall, address, port, additional) {
  return new ExceptionWithHostPort(err, syscall, address, port, additional);
}
function dnsException(code, syscall, hostname) { return new DNSException(code, syscall, hostname); }

function connResetException(msg) {
  const ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
}

// ---------------------------------------------------------------------------------------------
// AbortError and helpers

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (typeof options !== 'object' || options === null)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
    setStackHeader(this, `AbortError: ${this.message}`, `Error: ${this.message}`,
                   `AbortError: ${this.message}`);
  }
}

function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
}

function isStackOverflowError(err) {
  return err instanceof RangeError &&
    /call stack|stack overflow/i.test(String(err && err.message));
}

module.exports = {
  AbortError,
  aggregateTwoErrors,
  codes,
  connResetException,
  determineSpecificType,
  addNumericalSeparator,
  DNSException,
  dnsException,
  ErrnoException,
  errnoException,
  ExceptionWithHostPort,
  exceptionWithHostPort,
  formatList,
  genericNodeError,
  getMessage,
  getUvErrorMap,
  hideStackFrames,
  inspectForMessage: inspect,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kIsNodeError,
  SystemError,
  UVException,
  uvException,
  UVExceptionWithHostPort,
  uvExceptionWithHostPort,
  uvErrmapGet,
  uvErrName,
  uvErrnoFromCode,
};

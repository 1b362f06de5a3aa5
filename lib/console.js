'use strict';
// node:console — the Console class and the global console (which writes to process.stdout /
// process.stderr, looked up at call time).

const { previewEntries } = internalBinding('util');
const { shouldColorize } = require('internal/util/colors');

// util.inspect and the table/time helpers load on first use: printing plain strings (the
// common case, and what start-up pays for) needs none of them.
let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));
const inspect = (value, options) => lazyInspect().inspect(value, options);
const types = () => require('internal/util/types');
const renderTable = (head, columns) => require('internal/console/table')(head, columns);
const formatTime = (ms) => require('internal/console/time').formatTime(ms);

// formatWithOptions, with its result for strings and no format directive computed directly:
// they are joined by spaces, as Node's formatWithOptions does.
function formatWithOptions(options, ...args) {
  if (typeof args[0] === 'string' && !args[0].includes('%')) {
    let plain = true;
    for (let i = 1; i < args.length; i++) {
      if (typeof args[i] !== 'string') { plain = false; break; }
    }
    if (plain) return args.length === 1 ? args[0] : args.join(' ');
  }
  return lazyInspect().formatWithOptions(options, ...args);
}

const kMaxGroupIndentation = 1000;
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kCounts = Symbol('counts');
const kInspectOptions = Symbol('kInspectOptions');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kBindProperties = Symbol('kBindProperties');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

const {
  codes: { ERR_CONSOLE_WRITABLE_STREAM, ERR_INCOMPATIBLE_OPTION_PAIR },
} = require('internal/errors');
const {
  validateArray, validateInteger, validateObject, validateOneOf,
} = require('internal/validators');

// ---- colour detection ------------------------------------------------------------------

function getEnv() {
  return (typeof process === 'object' && process !== null && process.env) || {};
}

// ---- helpers ----------------------------------------------------------------------------

function noop() {}

function emitWarning(message) {
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning(message);
  }
}

function now() {
  if (typeof process === 'object' && process !== null && typeof process.hrtime === 'function') {
    if (typeof process.hrtime.bigint === 'function') return Number(process.hrtime.bigint()) / 1e6;
    const [s, ns] = process.hrtime();
    return s * 1e3 + ns / 1e6;
  }
  if (typeof performance === 'object' && performance !== null) return performance.now();
  return Date.now();
}

function isStackOverflowError(err) {
  return err !== null && typeof err === 'object' &&
    ((err instanceof RangeError && /call stack/i.test(String(err.message))) ||
     (err.name === 'InternalError' && /stack overflow/i.test(String(err.message))));
}

function createWriteErrorHandler(instance, useStdout) {
  return (err) => {
    const stream = useStdout ? instance._stdout : instance._stderr;
    if (err !== null && err !== undefined && stream && !(stream._writableState && stream._writableState.errorEmitted)) {
      // Keep an unhandled 'error' event from crashing the process for console output.
      if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0 &&
          typeof stream.once === 'function') {
        stream.once('error', noop);
      }
    }
  };
}

// ---- Console ------------------------------------------------------------------------------

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (!new.target) return Reflect.construct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  // inspectOptions: one object for both streams, or a Map from stream to options.
  let inspectOptionsMap;
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    inspectOptionsMap = types().isMap(inspectOptions) ?
      inspectOptions : new Map([[stdout, inspectOptions], [stderr, inspectOptions]]);
    for (const streamOptions of inspectOptionsMap.values()) {
      if (streamOptions.colors !== undefined && options.colorMode !== undefined) {
        throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
      }
    }
  }
  // Bind the methods as looked up on the instance, so a subclass's overrides are the ones
  // bound (`const { log } = myConsole` still calls the subclass's log).
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation, inspectOptionsMap);
}

const hiddenProps = {
  writable: true,
  enumerable: false,
  configurable: true,
};

Object.defineProperties(Console.prototype, {
  [kBindStreamsEager]: {
    ...hiddenProps,
    value: function (stdout, stderr) {
      Object.defineProperties(this, {
        _stdout: { ...hiddenProps, value: stdout },
        _stderr: { ...hiddenProps, value: stderr },
      });
    },
  },
  // The global console resolves process.stdout / process.stderr on every access.
  [kBindStreamsLazy]: {
    ...hiddenProps,
    value: function (getProcess) {
      let stdout;
      let stderr;
      Object.defineProperties(this, {
        _stdout: {
          enumerable: false,
          configurable: true,
          get() { return stdout !== undefined ? stdout : require('internal/process/stdio').consoleStream(1); },
          set(value) { stdout = value; },
        },
        _stderr: {
          enumerable: false,
          configurable: true,
          get() { return stderr !== undefined ? stderr : require('internal/process/stdio').consoleStream(2); },
          set(value) { stderr = value; },
        },
      });
    },
  },
  [kBindProperties]: {
    ...hiddenProps,
    value: function (ignoreErrors, colorMode, groupIndentation = 2, inspectOptionsMap) {
      Object.defineProperties(this, {
        _stdoutErrorHandler: { ...hiddenProps, value: createWriteErrorHandler(this, true) },
        _stderrErrorHandler: { ...hiddenProps, value: createWriteErrorHandler(this, false) },
        _ignoreErrors: { ...hiddenProps, value: Boolean(ignoreErrors) },
        _times: { ...hiddenProps, value: new Map() },
        [kCounts]: { ...hiddenProps, value: new Map() },
        [kColorMode]: { ...hiddenProps, value: colorMode },
        [kIsConsole]: { ...hiddenProps, value: true },
        [kGroupIndent]: { ...hiddenProps, value: '' },
        [kGroupIndentationWidth]: { ...hiddenProps, value: groupIndentation },
        [kInspectOptions]: { ...hiddenProps, value: inspectOptionsMap },
        [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'console' },
      });
    },
  },
  [kWriteToConsole]: {
    ...hiddenProps,
    value: function (streamSymbol, string) {
      const useStdout = streamSymbol === kUseStdout;
      const stream = useStdout ? this._stdout : this._stderr;
      const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;
      const groupIndent = this[kGroupIndent];
      if (groupIndent.length !== 0) {
        if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
        string = groupIndent + string;
      }
      string += '\n';
      if (this._ignoreErrors === false) return stream.write(string);
      // Errors may be thrown synchronously (files, TTYs) or emitted later (pipes): a no-op
      // 'error' listener is added for the duration of the write. As in Node, the stream must
      // be an EventEmitter (removing the listener throws otherwise).
      try {
        if (stream.listenerCount('error') === 0) stream.once('error', noop);
        stream.write(string, errorHandler);
      } catch (err) {
        if (isStackOverflowError(err)) throw err;
      } finally {
        stream.removeListener('error', noop);
      }
    },
  },
  [kGetInspectOptions]: {
    ...hiddenProps,
    value: function (stream) {
      let color = this[kColorMode];
      if (color === 'auto') color = shouldColorize(stream);
      const options = this[kInspectOptions] && this[kInspectOptions].get(stream);
      if (options) {
        if (options.colors === undefined) options.colors = color;
        return options;
      }
      return color ? kColorInspectOptions : kNoColorInspectOptions;
    },
  },
  [kFormatForStdout]: {
    ...hiddenProps,
    value: function (args) {
      return formatWithOptions(this[kGetInspectOptions](this._stdout), ...args);
    },
  },
  [kFormatForStderr]: {
    ...hiddenProps,
    value: function (args) {
      return formatWithOptions(this[kGetInspectOptions](this._stderr), ...args);
    },
  },
});

const iterKey = '(iteration index)';
const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';

function traceStack(message, skipFn) {
  const err = { name: 'Trace', message };
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(err, skipFn);
    return err.stack;
  }
  // QuickJS: take the frames of a fresh error, minus the frame of console.trace itself.
  let frames = String(new Error().stack || '').split('\n').filter((l) => /^\s+at /.test(l));
  // Drop this helper's frame and console.trace's own frame(s).
  const own = frames.findIndex((l) => /^\s+at (?:bound )?(?:console\.)?trace\b/.test(l));
  frames = own !== -1 && own < 4 ? frames.slice(own + 1) : frames.slice(1);
  const header = message === '' ? 'Trace' : `Trace: ${message}`;
  return frames.length === 0 ? header : `${header}\n${frames.join('\n')}`;
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, now());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    this.error(traceStack(this[kFormatForStderr](args), trace));
  },

  assert(expression, ...args) {
    if (!expression) {
      if (args.length && typeof args[0] === 'string') {
        args[0] = `Assertion failed: ${args[0]}`;
      } else {
        args.unshift('Assertion failed');
      }
      Reflect.apply(this.warn, this, args);
    }
  },

  clear() {
    const stdout = this._stdout;
    if (stdout && stdout.isTTY && getEnv().TERM !== 'dumb') {
      // Cursor to the top-left corner, then clear everything below it.
      stdout.write('\x1b[1;1H');
      stdout.write('\x1b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    // Like Node, the label is looked up as given (countReset(1) does not find count(1)'s '1').
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(
      0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);

    const final = (head, columns) => this.log(renderTable(head, columns));
    const inspectCell = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
        !types().isTypedArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      const opt = {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...this[kGetInspectOptions](this._stdout),
      };
      return inspect(v, opt);
    };
    const indexColumn = (length) => Array.from({ length }, (_, i) => inspectCell(i));

    const mapIter = types().isMapIterator(tabularData);
    let isKeyValue = false;
    if (mapIter) {
      const res = previewEntries(tabularData, true);
      tabularData = res[0];
      isKeyValue = res[1];
    }

    if (isKeyValue || types().isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      if (mapIter) {
        for (let i = 0; i < tabularData.length / 2; ++i) {
          keys.push(inspectCell(tabularData[i * 2]));
          values.push(inspectCell(tabularData[i * 2 + 1]));
          length++;
        }
      } else {
        for (const [k, v] of tabularData) {
          keys.push(inspectCell(k));
          values.push(inspectCell(v));
          length++;
        }
      }
      return final([iterKey, keyKey, valuesKey], [indexColumn(length), keys, values]);
    }

    const setIter = types().isSetIterator(tabularData);
    if (setIter) tabularData = previewEntries(tabularData);

    if (setIter || mapIter || types().isSet(tabularData)) {
      const values = [];
      let length = 0;
      for (const v of tabularData) {
        values.push(inspectCell(v));
        length++;
      }
      return final([iterKey, valuesKey], [indexColumn(length), values]);
    }

    const map = Object.create(null);
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = Object.keys(tabularData);
    for (let i = 0; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = inspectCell(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          if (map[key] === undefined) map[key] = [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = inspectCell(item[key]);
          }
        }
      }
    }
    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) {
      keys.push(valuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(indexKey);
    values.unshift(indexKeyArray);
    return final(keys, values);
  },
};

function timeLogImpl(self, name, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(now() - start);
  if (data === undefined || data.length === 0) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

// Public methods, in Node's order (this order shows in Object.keys(console)).
const aliases = { info: 'log', debug: 'log', error: 'warn', dirxml: 'log', groupCollapsed: 'group' };
const methodOrder = [
  'log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert',
  'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml', 'groupCollapsed',
];
for (const key of methodOrder) {
  Object.defineProperty(Console.prototype, key, {
    value: consoleMethods[aliases[key] || key], writable: true, enumerable: true, configurable: true,
  });
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && instance !== undefined && instance[kIsConsole] === true;
  },
});

// ---- the global console -------------------------------------------------------------------

function createGlobalConsole() {
  const globalConsole = Object.create({});
  // Copy every own member of Console.prototype (public methods enumerable, internals hidden),
  // binding functions to the global console.
  for (const key of Reflect.ownKeys(Console.prototype)) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(Console.prototype, key);
    if (typeof desc.value === 'function') {
      desc.value = desc.value.bind(globalConsole);
      Object.defineProperty(desc.value, 'name', { value: key });
      // Node's global console methods are the inspector's wrappers, of length 0.
      if (typeof key === 'string') Object.defineProperty(desc.value, 'length', { value: 0 });
    }
    Object.defineProperty(globalConsole, key, desc);
  }
  globalConsole.Console = Console;
  // Inspector-only methods are no-ops outside an inspector session.
  globalConsole.profile = function profile() {};
  globalConsole.profileEnd = function profileEnd() {};
  globalConsole.timeStamp = function timeStamp() {};
  globalConsole.context = function context(name) {
    const ctx = {};
    for (const key of Object.keys(Console.prototype)) ctx[key] = globalConsole[key];
    return ctx;
  };
  globalConsole.createTask = function createTask() {
    return { run(fn) { return fn(); } };
  };
  Console.prototype[kBindStreamsLazy].call(globalConsole, () => process);
  Console.prototype[kBindProperties].call(globalConsole, true, 'auto');
  return globalConsole;
}

const globalConsole = createGlobalConsole();

module.exports = globalConsole;

'use strict';
// AssertionError: the error class thrown by node:assert, with Node 24's message formats
// ("Expected values to be strictly equal:\n\n1 !== 2\n", "+ actual - expected" line diffs …).

const { myersDiff, printMyersDiff } = require('internal/assert/myers_diff');

const kMaxShortStringLength = 12;
const kMaxLongStringLength = 512;
const kMaxLines = 50;

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

let typesModule;
function isError(v) {
  if (typesModule === undefined) typesModule = require('internal/util/types');
  return typesModule.isNativeError(v) || v instanceof Error;
}

function inspectWithoutStack(err) {
  const desc = Object.getOwnPropertyDescriptor(err, 'stack');
  if (desc !== undefined && !desc.configurable) return inspectValue(err);
  try {
    Object.defineProperty(err, 'stack', {
      __proto__: null, value: undefined, configurable: true, writable: true, enumerable: false,
    });
  } catch {
    return inspectValue(err);
  }
  try {
    return inspectValue(err);
  } finally {
    if (desc !== undefined) Object.defineProperty(err, 'stack', desc);
    else delete err.stack;
  }
}

function isObjectOrFunction(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function terminalWidth() {
  const stderr = typeof process === 'object' && process !== null ? process.stderr : undefined;
  if (stderr && stderr.isTTY && stderr.columns > 0) return stderr.columns;
  return 80;
}

// Both values print on one line and at least one is a primitive: "a !== b" or a stacked diff.
function isSimpleDiff(actual, actualLines, expected, expectedLines) {
  if (actualLines.length > 1 || expectedLines.length > 1) return false;
  return !isObjectOrFunction(actual) || !isObjectOrFunction(expected) ||
    typeof actual === 'function' || typeof expected === 'function';
}

function simpleDiff(actual, inspectedActual, expected, inspectedExpected) {
  let len = inspectedActual.length + inspectedExpected.length;
  if (typeof actual === 'string') len -= 2;
  if (typeof expected === 'string') len -= 2;
  if (len <= kMaxShortStringLength && (actual !== 0 || expected !== 0)) {
    return { message: `${inspectedActual} !== ${inspectedExpected}`, header: '' };
  }
  let message = `\n+ ${inspectedActual}\n- ${inspectedExpected}`;
  const isStrings = typeof actual === 'string' && typeof expected === 'string';
  if (isStrings && inspectedActual.length + inspectedExpected.length <= terminalWidth()) {
    // Point at the first differing character, unless it is right at the start.
    for (let i = 0; i < inspectedActual.length; i++) {
      if (inspectedActual[i] !== inspectedExpected[i]) {
        if (i >= 3) message += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return { message, header: undefined };
}

function createErrDiff(actual, expected, operator, customMessage) {
  if (operator === 'strictEqual' && isObjectOrFunction(actual) && isObjectOrFunction(expected) &&
      (typeof actual === 'object') === (typeof expected === 'object')) {
    operator = 'strictEqualObject';
  }
  let inspectedActual;
  let inspectedExpected;
  if (isError(actual) && isError(expected)) {
    // Two errors: compare their headers, not their (always different) stack traces.
    inspectedActual = inspectWithoutStack(actual);
    inspectedExpected = inspectWithoutStack(expected);
  } else {
    inspectedActual = inspectValue(actual);
    inspectedExpected = inspectValue(expected);
  }
  const actualLines = inspectedActual.split('\n');
  const expectedLines = inspectedExpected.split('\n');
  let header = '+ actual - expected';
  let body;
  let skipped = false;
  if (isSimpleDiff(actual, actualLines, expected, expectedLines)) {
    const res = simpleDiff(actual, inspectedActual, expected, inspectedExpected);
    body = res.message;
    if (res.header !== undefined) header = res.header;
  } else {
    if (inspectedActual === inspectedExpected) {
      // Same printed structure: show it once.
      let lines = actualLines;
      if (lines.length > kMaxLines) {
        lines = lines.slice(0, kMaxLines - 4);
        lines.push('...');
      }
      const title = customMessage || kReadableOperator.notIdentical;
      return `${title}\n\n${lines.join('\n')}\n`;
    }
    const checkCommaDisparity = actual !== null && typeof actual === 'object';
    const script = myersDiff(actualLines, expectedLines, checkCommaDisparity);
    const res = printMyersDiff(script);
    body = res.message;
    skipped = res.skipped;
  }
  const title = customMessage || kReadableOperator[operator];
  const headerLine = `\n${header}`;
  return `${title}${headerLine}${skipped ? '\n... Skipped lines' : ''}\n${body}\n`;
}

function truncate(str, max) {
  return str.length > max ? `${str.slice(0, max - 3)}...` : str;
}

function createNotEqualMessage(actual, operator) {
  let base = kReadableOperator[operator];
  let lines = inspectValue(actual).split('\n');
  if (operator === 'notStrictEqual' && isObjectOrFunction(actual)) {
    base = kReadableOperator.notStrictEqualObject;
  }
  if (lines.length > kMaxLines) {
    lines = lines.slice(0, kMaxLines - 4);
    lines.push('...');
  }
  if (lines.length === 1) {
    return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${base}\n\n${lines.join('\n')}\n`;
}

function createGenericMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    return truncate(`${known}\n\n${res}`, 1024);
  }
  res = truncate(res, kMaxLongStringLength);
  other = truncate(other, kMaxLongStringLength);
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) {
      res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    } else {
      other = ` ${operator} ${other}`;
    }
  }
  return `${res}${other}`;
}

let errorsModule;
function lazyErrors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    const diff = options.diff === undefined ? 'simple' : options.diff;

    let msg;
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        msg = createErrDiff(actual, expected, operator, String(message));
      } else {
        msg = String(message);
      }
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
               operator === 'partialDeepStrictEqual') {
      msg = createErrDiff(actual, expected, operator, '');
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      msg = createNotEqualMessage(actual, operator);
    } else if (details !== undefined && Array.isArray(details)) {
      msg = details.map((d) => d.message).join('\n');
    } else {
      msg = createGenericMessage(actual, expected, operator);
    }

    super(msg);
    if (Error.captureStackTrace && typeof stackStartFn === 'function') {
      Error.captureStackTrace(this, stackStartFn);
    }
    this.generatedMessage = message == null;
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (Array.isArray(details)) {
      this.actual = details.map((d) => d.actual);
      this.expected = details.map((d) => d.expected);
      this.operator = details.map((d) => d.operator);
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;
    // Node's stack header reads "AssertionError [ERR_ASSERTION]: message".
    const stack = this.stack;
    if (typeof stack === 'string' && stack.startsWith('AssertionError: ')) {
      try {
        this.stack = `AssertionError [ERR_ASSERTION]: ${stack.slice('AssertionError: '.length)}`;
      } catch {
        // stack may be read-only on some engines
      }
    }
    actual = expected = undefined;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

module.exports = { AssertionError, kReadableOperator, inspectValue };

'use strict';
// Small helpers shared by the node:test implementation: clocks, call-site capture, lazy
// access to modules that are only needed on some paths (errors, inspect, assert).

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}
function codes() { return errors().codes; }

let validatorsModule;
function validators() {
  if (validatorsModule === undefined) validatorsModule = require('internal/validators');
  return validatorsModule;
}

let inspectFn;
function inspect(value) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value);
}

// Milliseconds with sub-millisecond precision when the runtime offers it.
function now() {
  if (typeof process.hrtime === 'function' && typeof process.hrtime.bigint === 'function') {
    return Number(process.hrtime.bigint()) / 1e6;
  }
  if (typeof globalThis.performance === 'object' && globalThis.performance !== null &&
      typeof globalThis.performance.now === 'function') {
    return globalThis.performance.now();
  }
  return Date.now();
}

// Location of the user code that called a node:test entry point, as
// { file, line, column } (file relative to the cwd when it lies below it), or null.
const kInternalFrame = /^(node:|internal[/:])|(^|[/\\])lib[/\\](test|internal[/\\]test_runner[/\\][^/\\]+)\.js$/;
// QuickJS places a call's column at its '('; V8 (and so Node's reports) at the start of the
// called name. Read the line and step back over the name.
const sourceLines = new Map();
function calleeColumn(file, line, column) {
  let lines = sourceLines.get(file);
  if (lines === undefined) {
    try { lines = internalBinding('fs').readFileUtf8(file).split('\n'); } catch { lines = null; }
    sourceLines.set(file, lines);
  }
  const text = lines?.[line - 1];
  if (text === undefined || text[column - 1] !== '(') return column;
  let i = column - 1;
  while (i > 0 && /[\w$]/.test(text[i - 1])) i--;
  return i < column - 1 ? i + 1 : column;
}

function callerLocation() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;  // the caller may sit below many runner frames
  const stack = new Error().stack;
  Error.stackTraceLimit = limit;
  if (typeof stack !== 'string') return null;
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!/^\s*at /.test(line)) continue;
    const m = /\(?((?:[a-zA-Z]:)?[^()\s]+?):(\d+)(?::(\d+))?\)?\s*$/.exec(line);
    if (!m) continue;
    let file = m[1];
    if (file.startsWith('file://')) file = file.slice(7);
    if (kInternalFrame.test(file) || file === 'native' || file === '<anonymous>') continue;
    const column = m[3] === undefined ? undefined : calleeColumn(file, Number(m[2]), Number(m[3]));
    return { file: relativeToCwd(file), line: Number(m[2]), column };
  }
  return null;
}

function relativeToCwd(file) {
  let cwd;
  try { cwd = typeof process.cwd === 'function' ? process.cwd() : undefined; } catch { cwd = undefined; }
  if (typeof cwd === 'string' && cwd.length > 0) {
    const prefix = cwd.endsWith('/') ? cwd : cwd + '/';
    if (file.startsWith(prefix)) return file.slice(prefix.length);
  }
  return file;
}

function formatLocation(loc) {
  if (loc === null || loc === undefined) return undefined;
  return loc.column === undefined ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.column}`;
}

function isPromiseLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') &&
    typeof value.then === 'function';
}

// A promise plus its settle functions.
function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

function getAbortController() {
  if (typeof globalThis.AbortController === 'function') return globalThis.AbortController;
  return require('internal/abort_controller').AbortController;
}

function abortError() {
  if (typeof globalThis.DOMException === 'function') {
    return new globalThis.DOMException('This operation was aborted', 'AbortError');
  }
  const err = new Error('This operation was aborted');
  err.name = 'AbortError';
  return err;
}

module.exports = {
  codes,
  validators,
  inspect,
  now,
  callerLocation,
  formatLocation,
  isPromiseLike,
  deferred,
  getAbortController,
  abortError,
};

'use strict';
// The end of a program's life: uncaught exceptions, 'beforeExit' and 'exit'.
const { reallyExit } = internalBinding('process');
const fs = internalBinding('fs');
const stdio = internalBinding('stdio');

function writeErr(text) {
  try { stdio.writeString(2, text); } catch { /* stderr closed */ }
}

// Node prints where the error was thrown: "file:line\n<source line>\n<caret>\n\n".
function sourceContext(err) {
  if (err === null || typeof err !== 'object' || typeof err.stack !== 'string') return '';
  const m = /\(?((?:\/|file:\/\/)[^():\s]+):(\d+):(\d+)\)?/.exec(err.stack.split('\n').find((l) => /^\s+at /.test(l)) || '');
  if (!m) return '';
  try {
    const line = fs.readFileUtf8(m[1]).split('\n')[Number(m[2]) - 1];
    if (line === undefined) return '';
    return `${m[1]}:${m[2]}\n${line}\n${' '.repeat(Math.max(0, Number(m[3]) - 1))}^\n\n`;
  } catch {
    return '';
  }
}

function formatUncaught(err) {
  let body;
  try {
    const { inspect } = require('internal/util/inspect');
    body = inspect(err, { colors: false });
  } catch {
    body = err && err.stack ? err.stack : String(err);
  }
  if (err === null || typeof err !== 'object') {
    return `Uncaught ${body}\n`;
  }
  return `${sourceContext(err)}${body}\n\nNode.js ${process.version}\n`;
}

// process.setUncaughtExceptionCaptureCallback(): when set, it takes every uncaught exception.
let captureCallback = null;
function setUncaughtExceptionCaptureCallback(fn) {
  const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } } = require('internal/errors');
  if (fn === null) { captureCallback = null; return; }
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (captureCallback !== null) throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureCallback = fn;
}
function hasUncaughtExceptionCaptureCallback() { return captureCallback !== null; }

function fatalException(err, origin = 'uncaughtException') {
  if (captureCallback !== null) {
    captureCallback(err);
    return;
  }
  if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
    process.emit('uncaughtExceptionMonitor', err, origin);
  }
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, origin);
    return;
  }
  writeErr(formatUncaught(err));
  const code = 1;
  process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    try { process.emit('exit', code); } catch { /* an exit handler threw */ }
  }
  reallyExit(code);
}

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', Number(process.exitCode) || 0);
}

function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', Number(process.exitCode) || 0);
  }
  return Number(process.exitCode) || 0;
}

module.exports = { fatalException, setUncaughtExceptionCaptureCallback, hasUncaughtExceptionCaptureCallback, emitBeforeExit, emitExit, formatUncaught };

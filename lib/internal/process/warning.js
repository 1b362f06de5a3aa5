'use strict';
// process.emitWarning and the default 'warning' printer.
const options = internalBinding('options');
const stdio = internalBinding('stdio');
const noWarnings = options.runtimeArgs.includes('--no-warnings');
const traceWarnings = options.runtimeArgs.includes('--trace-warnings');
let hintShown = false;

function onWarning(warning) {
  if (noWarnings) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = traceWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) msg += warning.stack;
  else msg += `${warning.name}: ${warning.message}`;
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !hintShown) {
    hintShown = true;
    msg += `\n(Use \`node ${isDeprecation ? '--trace-deprecation' : '--trace-warnings'} ...\` to show where the warning was created)`;
  }
  try { stdio.writeString(2, msg + '\n'); } catch { /* stderr closed */ }
}


function emitWarning(warning, type, code, ctor) {
  const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type; code = undefined; type = 'Warning';
  }
  if (type === undefined) type = 'Warning';
  if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (typeof code === 'function') { ctor = code; code = undefined; }
  else if (code !== undefined && typeof code !== 'string') throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    if (typeof w.stack === 'string') w.stack = `${w.name}: ${warning}\n` + w.stack.split('\n').slice(1).join('\n');
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  process.nextTick(() => process.emit('warning', warning));
}

module.exports = { emitWarning, onWarning };

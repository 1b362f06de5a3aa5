'use strict';
// Builds the "The expression evaluated to a falsy value" message of assert.ok() by reading the
// caller's source line (when the file can be read) and extracting the call expression.

const kNoSource = Symbol('kNoSource');
const sourceCache = new Map();

function callerLocation(error) {
  const stack = typeof error.stack === 'string' ? error.stack : '';
  const lines = stack.split('\n');
  for (const raw of lines) {
    const line = raw.trim();
    if (!line.startsWith('at ')) continue;
    let loc = line.slice(3);
    const open = loc.lastIndexOf('(');
    if (loc.endsWith(')') && open !== -1) loc = loc.slice(open + 1, -1);
    const m = /^(.*):(\d+):(\d+)$/.exec(loc);
    if (m === null) continue;
    const file = m[1];
    if (isLibraryFile(file)) continue;
    return { file, line: Number(m[2]), column: Number(m[3]) };
  }
  return null;
}

function isLibraryFile(file) {
  return file.startsWith('node:') || file.startsWith('internal/') ||
    /(^|[\\/])(lib[\\/])?assert(\.js)?$/.test(file) ||
    /(^|[\\/])lib[\\/]internal[\\/]assert[\\/]/.test(file) ||
    /(^|[\\/])lib[\\/]assert[\\/]strict(\.js)?$/.test(file);
}

function readSourceLine(file, lineNo) {
  let text = sourceCache.get(file);
  if (text === undefined) {
    text = kNoSource;
    try {
      const fs = require('fs');
      let path = file;
      if (path.startsWith('file://')) path = decodeURIComponent(new URL(path).pathname);
      text = fs.readFileSync(path, 'utf8');
    } catch {
      text = kNoSource;
    }
    sourceCache.set(file, text);
  }
  if (text === kNoSource) return undefined;
  return text.split(/\r?\n/)[lineNo - 1];
}

function isIdentChar(c) {
  return c !== undefined && /[\w$.]/.test(c);
}

// Extracts "assert.ok(x)" / "assert (x)" from `line` around the 1-based `column`.
function extractCall(line, column) {
  let p = Math.min(Math.max(column - 1, 0), line.length - 1);
  if (!isIdentChar(line[p])) {
    while (p > 0 && (line[p] === '(' || line[p] === ' ' || line[p] === '\t')) p--;
  }
  if (!isIdentChar(line[p])) return undefined;
  let start = p;
  while (start > 0 && isIdentChar(line[start - 1])) start--;
  let i = p;
  while (i < line.length && isIdentChar(line[i])) i++;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  if (line[i] !== '(') return undefined;
  let depth = 0;
  let quote = null;
  for (; i < line.length; i++) {
    const c = line[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '\'' || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return line.slice(start, i + 1);
    }
  }
  return line.slice(start).trimEnd();
}

function getErrMessage(fallbackCall, value, inspect) {
  const holder = new Error();
  let code;
  const loc = callerLocation(holder);
  if (loc !== null) {
    const line = readSourceLine(loc.file, loc.line);
    if (line !== undefined) code = extractCall(line, loc.column);
  }
  if (code === undefined) code = `${fallbackCall}(${inspect(value)})`;
  return `The expression evaluated to a falsy value:\n\n  ${code}\n`;
}

module.exports = { getErrMessage, extractCall };

'use strict';
// V8's structured stack traces: when a program sets Error.prepareStackTrace(error, callSites),
// the engine (src/engine/qjs_engine.c, pjs_user_prepare) hands the frames it captured to
// prepareStackTrace() below, which turns each "    at name (file:line:col)" line into a CallSite
// with V8's methods. Packages such as depd, callsites and source-map-support rely on them.
// QuickJS does not record `this`, the function object, eval origins or constructor calls per
// frame: those methods answer as V8 does for strict-mode frames (undefined / null / false).

const kFrame = /^\s*at (?:(.*?) \((.*)\)|(.*))$/;
const kLocation = /^(.*?):(\d+):(\d+)$/;

class CallSite {
  #functionName;
  #fileName;
  #line;
  #column;
  #native;

  constructor(functionName, fileName, line, column, native) {
    this.#functionName = functionName;
    this.#fileName = fileName;
    this.#line = line;
    this.#column = column;
    this.#native = native;
  }

  getThis() { return undefined; }
  getTypeName() { return null; }
  getFunction() { return undefined; }
  getFunctionName() { return this.#functionName; }
  getMethodName() { return null; }
  getFileName() { return this.#fileName; }
  getLineNumber() { return this.#line; }
  getColumnNumber() { return this.#column; }
  getEnclosingLineNumber() { return this.#line; }
  getEnclosingColumnNumber() { return this.#column; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this.#fileName; }
  getScriptHash() { return ''; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() { return this.#functionName === null; }
  isEval() { return false; }
  isNative() { return false; }
  isConstructor() { return false; }
  isAsync() { return false; }
  isPromiseAll() { return false; }

  toString() {
    let where;
    if (this.#native) where = 'native';
    else if (this.#fileName === undefined) where = '<anonymous>';
    else where = this.#line === null ? this.#fileName : `${this.#fileName}:${this.#line}:${this.#column}`;
    return this.#functionName === null ? where : `${this.#functionName} (${where})`;
  }
}

function parseFrame(line) {
  const m = kFrame.exec(line);
  if (m === null) return null;
  const name = m[1] === undefined || m[1] === '<anonymous>' ? null : m[1];
  const location = m[1] === undefined ? m[3] : m[2];
  if (location === 'native') return new CallSite(name, undefined, null, null, true);
  const loc = kLocation.exec(location);
  if (loc === null) return new CallSite(name, location, null, null, false);
  return new CallSite(name, loc[1], Number(loc[2]), Number(loc[3]), false);
}

function callSitesOf(frames) {
  const sites = [];
  if (typeof frames !== 'string' || frames === '') return sites;
  for (const line of frames.split('\n')) {
    const site = parseFrame(line);
    if (site !== null) sites.push(site);
  }
  return sites;
}

function prepareStackTrace(error, frames, prepare) {
  return Reflect.apply(prepare, Error, [error, callSitesOf(frames)]);
}

module.exports = { prepareStackTrace, callSitesOf, CallSite };

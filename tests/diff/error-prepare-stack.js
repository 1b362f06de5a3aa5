// Error.prepareStackTrace with V8 CallSite objects (depd, callsites, source-map-support use it).
// Columns are left out: QuickJS places a call frame's column at the statement, V8 at the callee.
function getStack() {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (e, s) => s;
  const obj = {};
  Error.captureStackTrace(obj, getStack);
  const stack = obj.stack;
  Error.prepareStackTrace = prep;
  return stack;
}
function where() { return getStack(); }
const s = where();
console.log(Array.isArray(s), s.length > 0);
console.log(s[0].getFunctionName(), require('path').basename(s[0].getFileName()), s[0].getLineNumber(), typeof s[0].getColumnNumber(), s[0].isEval(), s[0].isNative());
console.log(String(s[0]).replace(__dirname, ".").replace(/:\d+\)$/, ")"));
Error.prepareStackTrace = (err, sites) => `${err.message}|${sites.length > 0}|${typeof sites[0].getFileName()}`;
console.log(new Error('boom').stack);
Error.prepareStackTrace = () => { throw new TypeError('in prep'); };
try { new Error('x').stack; } catch (e) { console.log('threw', e.message); }
Error.prepareStackTrace = (e, s) => { const inner = new Error('inner').stack; return typeof inner; };
console.log(new Error('y').stack);
Error.prepareStackTrace = undefined;
console.log(new Error('z').stack.split('\n')[0]);

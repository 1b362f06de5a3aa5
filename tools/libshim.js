'use strict';
// Development aid: loads protoJS lib/ modules under a host Node.js, with the same wrapper
// protoJS uses: (exports, require, module, process, internalBinding). internalBinding() is
// answered by tools/libshim-bindings.js (approximations of protoJS's native bindings written
// with host Node APIs), so a lib/ module's logic can be exercised before the runtime builds.
// Usage: node tools/libshim.js <script.js>  — inside the script, `libRequire('util')` loads lib/util.js.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const LIB = path.join(__dirname, '..', 'lib');
const cache = new Map();
const bindings = require('./libshim-bindings.js');
function internalBinding(name) {
  if (!(name in bindings)) throw new Error(`libshim: no binding '${name}'`);
  return bindings[name];
}
function libRequire(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  if (cache.has(id)) return cache.get(id).exports;
  const file = path.join(LIB, id + '.js');
  if (!fs.existsSync(file)) throw new Error(`libshim: no lib module '${id}' (${file})`);
  const module = { exports: {}, id };
  cache.set(id, module);
  const src = fs.readFileSync(file, 'utf8');
  const fn = vm.runInThisContext(
    `(function (exports, require, module, process, internalBinding) {${src}\n})`,
    { filename: `node:${id}` });
  fn(module.exports, libRequire, module, process, internalBinding);
  return module.exports;
}
globalThis.libRequire = libRequire;
// LIBSHIM_MODULES=events,path node tools/libshim.js tests/js/events.test.js
// runs a test file with those builtins (bare or node:) answered by lib/ instead of host Node.
const redirect = new Set((process.env.LIBSHIM_MODULES || '').split(',').filter(Boolean));
if (redirect.size) {
  const Module = require('module');
  const origLoad = Module._load;
  Module._load = function (request, parent, isMain) {
    const id = request.startsWith('node:') ? request.slice(5) : request;
    if (redirect.has(id)) return libRequire(id);
    return origLoad.apply(this, arguments);
  };
}
if (require.main === module) require(path.resolve(process.argv[2]));
module.exports = libRequire;

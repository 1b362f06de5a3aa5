'use strict';
// Starts the program the command line names: preloads (-r, --import), then -e/-p, a file,
// a program on stdin, or the REPL.
const options = internalBinding('options');
const stdio = internalBinding('stdio');
const { runScript, importSync, promiseState } = internalBinding('contextify');
const path = require('path');

function evalModule(source, name) {
  // An ES module from text (-e with --input-type=module, or stdin): written to no file; the
  // module is registered under a virtual name in the current directory.
  const { esmLoadVirtual } = require('internal/main/virtual_module');
  return esmLoadVirtual(source, name);
}

function watchEvaluation(promise) {
  // Errors from an ES module graph (also after top-level await) are uncaught exceptions.
  if (promiseState(promise) === 2) {
    promise.catch((err) => { throw err; });
    return;
  }
  promise.then(undefined, (err) => {
    require('internal/process/execution').fatalException(err);
  });
}

function runEval() {
  const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
  const source = options.evalSource;
  const name = '[eval]';
  if (options.inputType === 'module') {
    watchEvaluation(evalModule(source, name));
    return;
  }
  const mod = new Module(name, null);
  mod.filename = path.join(process.cwd(), name);
  mod.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = mod;
  globalThis.exports = mod.exports;
  globalThis.require = makeRequireFunction(mod);
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  const result = runScript(source, name);
  if (options.print) {
    const { inspect } = require('internal/util/inspect');
    // Through the console's writer: no stream machinery for a printed value.
    require('internal/process/stdio').consoleStream(1).write((typeof result === 'string' ? result : inspect(result)) + '\n');
  }
}

function runFile(file) {
  const resolved = path.resolve(file);
  const { setMainPath } = require('internal/modules/esm/loader');
  const { Module } = require('internal/modules/cjs/loader');
  let filename;
  try {
    filename = Module._resolveFilename(resolved, null, true);
  } catch (err) {
    if (err.code === 'MODULE_NOT_FOUND') {
      err.message = `Cannot find module '${resolved}'`;
      err.requireStack = [];
    }
    throw err;
  }
  setMainPath(filename);
  const { esmLoadFormat } = require('internal/main/virtual_module');
  if (esmLoadFormat(filename) === 'module') {
    process.argv[1] = filename;
    const [, promise] = importSync(filename, '');
    watchEvaluation(promise);
    return;
  }
  Module._load(filename, null, true);
}

function runStdin() {
  const source = stdio.readAll(0);
  if (options.inputType === 'module') {
    watchEvaluation(evalModule(source, '[stdin]'));
    return;
  }
  const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
  const mod = new Module('[stdin]', null);
  mod.filename = path.join(process.cwd(), '[stdin]');
  mod.paths = Module._nodeModulePaths(process.cwd());
  const userRequire = makeRequireFunction(mod);
  const { compileFunction } = internalBinding('contextify');
  const fn = compileFunction(source, '[stdin]', ['exports', 'require', 'module', '__filename', '__dirname']);
  fn.call(mod.exports, mod.exports, userRequire, mod, '[stdin]', '.');
}

function runPreloads() {
  if (options.preload.length) {
    const { Module } = require('internal/modules/cjs/loader');
    const parent = new Module('internal/preload', null);
    parent.paths = Module._nodeModulePaths(process.cwd());
    parent.filename = path.join(process.cwd(), '[preload]');
    for (const id of options.preload) {
      Module._load(id.startsWith('./') || id.startsWith('../') ? path.resolve(id) : id, parent, false);
    }
  }
  for (const id of options.imports) {
    const spec = id.startsWith('./') || id.startsWith('../') ? path.resolve(id) : id;
    const [, promise] = importSync(spec, path.join(process.cwd(), '[import]'));
    watchEvaluation(promise);
  }
}

function runMain() {
  runPreloads();
  if (options.hasEval) return runEval();
  if (options.script === '-') return runStdin();
  if (options.script) return runFile(options.script);
  if (options.forceRepl || stdio.guessHandleType(0) === 'TTY') return require('internal/repl/repl').start();
  return runStdin();
}

module.exports = { runMain };

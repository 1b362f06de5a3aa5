'use strict';
// Builds the Node-shaped world: the process object, globals, timers, task queues, error
// handling and module loaders; exports the hooks native code calls (src/core/environment.cc).
const { setupProcessObject } = require('internal/process/object');
setupProcessObject(process);
require('internal/process/signals').setupSignalHandlers(process);

const { setupGlobals } = require('internal/bootstrap/globals');
setupGlobals();

// The default 'warning' printer listens from the start, as in Node (so it prints before
// listeners a program adds).
process.on('warning', (warning) => require('internal/process/warning').onWarning(warning));

const { processTicksAndRejections } = require('internal/process/task_queues');
const { processTimers, processImmediate } = require('internal/timers');
const { fatalException, emitBeforeExit, emitExit } = require('internal/process/execution');
// NODE_COMPILE_CACHE=dir: user modules' bytecode is cached there (internal/modules/compile_cache).
if (process.env.NODE_COMPILE_CACHE) require('internal/modules/compile_cache').enableFromEnvironment();
// The ES module loader loads on the first import (a CommonJS program may never need it).
const esm = () => require('internal/modules/esm/loader');
const { runMain } = require('internal/main/run_main');

module.exports = {
  hooks: {
    runMain,
    processTicksAndRejections,
    processTimers,
    processImmediate,
    fatalException,
    emitBeforeExit,
    emitExit,
    esmResolve: (specifier, referrer) => esm().esmResolveImport(specifier, referrer),
    esmLoad: (name) => esm().esmLoad(name),
    esmRewrite: (source) => esm().rewrite(source),
    initImportMeta: (meta, name) => esm().initImportMeta(meta, name),
  },
};

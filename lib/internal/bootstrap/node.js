'use strict';
// Builds the Node-shaped world: the process object, globals, timers, task queues, error
// handling and module loaders; exports the hooks native code calls (src/core/environment.cc).
const { setupProcessObject } = require('internal/process/object');
setupProcessObject(process);

const { setupGlobals } = require('internal/bootstrap/globals');
setupGlobals();

const { processTicksAndRejections } = require('internal/process/task_queues');
const { processTimers, processImmediate } = require('internal/timers');
const { fatalException, emitBeforeExit, emitExit } = require('internal/process/execution');
const { esmResolveImport, esmLoad, initImportMeta } = require('internal/modules/esm/loader');
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
    esmResolve: esmResolveImport,
    esmLoad,
    initImportMeta,
  },
};

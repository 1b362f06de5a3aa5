'use strict';
// Node 24's compile-cache API (module.enableCompileCache, getCompileCacheDir, flushCompileCache,
// constants.compileCacheStatus; NODE_COMPILE_CACHE, NODE_COMPILE_CACHE_PORTABLE and
// NODE_DISABLE_COMPILE_CACHE) over internalBinding('compile_cache'). The cache itself —
// QuickJS bytecode of CommonJS and ES module files — is src/core/compile_cache.*.
const path = require('path');

const compileCacheStatus = Object.freeze({ __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 });

function binding() { return internalBinding('compile_cache'); }

function enableCompileCache(options) {
  let directory;
  let portable;
  if (typeof options === 'object' && options !== null) {
    ({ directory, portable } = options);
  } else {
    directory = options;
  }
  if (directory === undefined) {
    directory = process.env.NODE_COMPILE_CACHE || path.join(require('os').tmpdir(), 'node-compile-cache');
  }
  if (portable === undefined) portable = process.env.NODE_COMPILE_CACHE_PORTABLE === '1';
  if (typeof directory !== 'string') {
    // Node's message, from its native binding
    const err = new TypeError('cacheDir should be a string');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (process.env.NODE_DISABLE_COMPILE_CACHE !== undefined) {
    return { status: compileCacheStatus.DISABLED, message: 'Disabled by NODE_DISABLE_COMPILE_CACHE' };
  }
  const [status, message, dir] = binding().enable(path.resolve(directory), !!portable);
  const result = { status };
  if (message) result.message = message;
  if (dir) result.directory = dir;
  return result;
}

function getCompileCacheDir() {
  return binding().getDirectory();
}

// Entries are written as soon as a module is compiled (atomically), so there is nothing left
// to write here.
function flushCompileCache() {}

// At start-up (every Environment: the main thread and each worker): NODE_COMPILE_CACHE=dir.
function enableFromEnvironment() {
  const dir = process.env.NODE_COMPILE_CACHE;
  if (dir && process.env.NODE_DISABLE_COMPILE_CACHE === undefined) enableCompileCache(dir);
}

module.exports = { compileCacheStatus, enableCompileCache, getCompileCacheDir, flushCompileCache, enableFromEnvironment };

'use strict';
// node:module — the CommonJS Module class (lib/internal/modules/cjs/loader.js) with Node 24's
// module-level helpers: findPackageJSON, syncBuiltinESMExports, the compile-cache API
// (internal/modules/compile_cache.js), source-map settings (recorded, no effect: stacks are not
// source-mapped) and constants.
// Not provided: stripTypeScriptTypes, registerHooks, SourceMap; register() throws.
const { Module } = require('internal/modules/cjs/loader');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_URL, ERR_INVALID_URL_SCHEME, ERR_MODULE_NOT_FOUND,
    ERR_UNSUPPORTED_RESOLVE_REQUEST,
  },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const path = require('path');

const {
  compileCacheStatus, enableCompileCache, getCompileCacheDir, flushCompileCache,
} = require('internal/modules/compile_cache');
const constants = { __proto__: null, compileCacheStatus };
Object.freeze(constants);

let sourceMapsSupport = { __proto__: null, enabled: false, nodeModules: false, generatedCode: false };
function getSourceMapsSupport() { return { ...sourceMapsSupport }; }
function setSourceMapsSupport(enabled, options = {}) {
  validateBoolean(enabled, 'enabled');
  validateObject(options, 'options');
  sourceMapsSupport = {
    __proto__: null,
    enabled,
    nodeModules: enabled && !!options.nodeModules,
    generatedCode: enabled && !!options.generatedCode,
  };
}

function syncBuiltinESMExports() {
  internalBinding('builtins').syncBuiltinESMExports();
}

function fs() { return internalBinding('fs'); }
function isFile(p) { return fs().internalModuleStat(p) === 0; }
function exists(p) { return fs().internalModuleStat(p) >= 0; }

function nearestPackageJSON(start) {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function toFileURL(p) { return require('url').pathToFileURL(p); }

// findPackageJSON(specifier[, base]): the package.json nearest to what `specifier` resolves to
// from `base` (a file URL or absolute path), as Node 24 does.
function findPackageJSON(specifier, base = 'data:') {
  if (typeof base !== 'string' && !(base instanceof URL)) {
    throw new ERR_INVALID_ARG_TYPE('base', 'string', base);
  }
  let baseHref = base instanceof URL ? base.href : base;
  if (baseHref.startsWith('/')) baseHref = toFileURL(baseHref).href;
  const spec = specifier instanceof URL ? specifier.href : `${specifier}`;
  const isRelative = spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..';
  let target;
  if (isRelative || spec.startsWith('/')) {
    if (!baseHref.startsWith('file:')) throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(spec, baseHref);
    const url = new URL(spec, baseHref);
    target = require('url').fileURLToPath(url);
    if (!exists(target)) {
      throw new ERR_MODULE_NOT_FOUND(target, require('url').fileURLToPath(baseHref), url.href);
    }
  } else {
    let url;
    try { url = new URL(spec); } catch { url = undefined; }
    if (url !== undefined) {
      if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
      target = require('url').fileURLToPath(url);
    } else {
      if (!baseHref.startsWith('file:')) throw new ERR_INVALID_URL(spec);
      // A bare package name: its folder in the nearest node_modules up from base.
      const from = path.dirname(require('url').fileURLToPath(baseHref));
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      for (const dir of Module._nodeModulePaths(from)) {
        const pj = path.join(dir, name, 'package.json');
        if (isFile(pj)) return pj;
      }
      throw new ERR_MODULE_NOT_FOUND(name, require('url').fileURLToPath(baseHref), undefined);
    }
  }
  return nearestPackageJSON(isFile(target) ? path.dirname(target) : target);
}

Module.constants = constants;
Module.enableCompileCache = enableCompileCache;
Module.getCompileCacheDir = getCompileCacheDir;
Module.flushCompileCache = flushCompileCache;
Module.findPackageJSON = findPackageJSON;
Module.syncBuiltinESMExports = syncBuiltinESMExports;
Module.getSourceMapsSupport = getSourceMapsSupport;
Module.setSourceMapsSupport = setSourceMapsSupport;

module.exports = Module;

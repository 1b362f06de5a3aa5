'use strict';
// CommonJS: Node's resolution algorithm (relative/absolute paths, node_modules walk-up,
// package.json main/exports/imports, extensions and index files), the module wrapper and
// require() with its cache; require() of ES modules as Node 24 does it (synchronously, unless
// the graph uses top-level await).
const path = require('path');
const fsb = internalBinding('fs');
const { compileFunction, compileFile, parsePackageJSON, importSync, promiseState, checkSyntax } = internalBinding('contextify');
const { requireBuiltin, builtinIds, isPublicBuiltin, schemeOnly } = require('internal/bootstrap/realm');
const pkgs = require('internal/modules/package_json');

const requireConditions = new Set(['require', 'node', 'node-addons', 'module-sync']);
const kIsMainSymbol = Symbol('kIsMainSymbol');

// internalModuleStat: 0 file, 1 directory, < 0 none. While a top-level module runs (and
// everything it requires synchronously), successful results are remembered, as Node's statCache.
let statCache = null;
let requireDepth = 0;
function stat(filename) {
  if (statCache !== null) {
    const known = statCache.get(filename);
    if (known !== undefined) return known;
  }
  const result = fsb.internalModuleStat(filename);
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}

// The loader's realpath remembers every resolved path prefix for the life of the process (as
// Node's realpathCache does): a deep node_modules tree costs one lstat per new directory.
function toRealPath(p) {
  try { return fsb.realpathCached(p); } catch { return p; }
}

function updateChildren(parent, child) {
  if (parent && parent.children && !parent.children.includes(child)) parent.children.push(child);
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
    updateChildren(parent, this);
  }

  require(id) {
    validateRequest(id);
    requireDepth++;
    try {
      return Module._load(id, this, false);
    } finally {
      requireDepth--;
    }
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    const ext = findLongestRegisteredExtension(filename);
    Module._extensions[ext](this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    // "#!" only counts at the very start (after a byte-order mark it is a syntax error, as in V8)
    if (content.startsWith('#!')) content = '//' + content.slice(2);
    else if (content.charCodeAt(0) === 0xFEFF) content = content.slice(1);
    let wrapper;
    if (Module.wrap !== defaultWrap) {
      const { runScript } = internalBinding('contextify');
      wrapper = runScript(Module.wrap(content), filename);
    } else {
      const params = kWrapperParams;
      const cacheable = filename.charCodeAt(0) === 47;  // a file (the compile cache may hold it)
      try {
        wrapper = compileFunction(content, filename, params, cacheable);
      } catch (err) {
        if (!(err instanceof SyntaxError)) throw err;
        // Syntax the engine lacks (`import(spec, { with })`: esm/rewrite.js) may be all it is.
        const rewritten = require('internal/modules/esm/rewrite').rewriteModuleSource(content);
        try {
          if (rewritten === content) throw err;
          wrapper = compileFunction(rewritten, filename, params, cacheable);
        } catch (err2) {
          if (looksLikeESM(content, filename, err)) return loadESMFromCJS(this, filename);
          throw err2;
        }
      }
    }
    return runWrapper(this, wrapper, filename);
  }
}

const kWrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];
const kOriginalCompile = Module.prototype._compile;

function runWrapper(module, wrapper, filename) {
  const dirname = path.dirname(filename);
  const moduleRequire = makeRequireFunction(module);
  if (requireDepth !== 0) return wrapper.call(module.exports, module.exports, moduleRequire, module, filename, dirname);
  statCache = new Map();
  try {
    return wrapper.call(module.exports, module.exports, moduleRequire, module, filename, dirname);
  } finally {
    statCache = null;
  }
}

// Loads a CommonJS file. Unless _compile or the wrapper were replaced (then they get the source
// as a string, as in Node), the file is compiled natively from its bytes — or read from the
// compile cache — without its source ever becoming a JS string. A SyntaxError (maybe syntax
// that needs esm/rewrite.js, or an ES module) and files that are not UTF-8 take _compile's path.
function loadCommonJS(module, filename) {
  if (module._compile === kOriginalCompile && Module.wrap === defaultWrap) {
    let wrapper;
    try {
      wrapper = compileFile(filename, kWrapperParams, filename.charCodeAt(0) === 47);
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
    }
    if (wrapper !== undefined) return runWrapper(module, wrapper, filename);
  }
  module._compile(fsb.readFileUtf8(filename), filename);
}

function defaultWrap(script) { return Module.wrapper[0] + script + Module.wrapper[1]; }
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = defaultWrap;
Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.Module = Module;

function validateRequest(id) {
  const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
  if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
}

// Node 24 runs a .js file with ESM syntax and no "type" as an ES module (detect-module).
function looksLikeESM(content, filename, err) {
  if (!filename.endsWith('.js')) return false;
  const pkg = pkgs.readPackageScope(filename);
  if (pkg && pkg.type === 'commonjs') return false;
  if (!/\b(import|export)\b|\bawait\b/.test(content)) return false;
  return checkSyntax(require('internal/modules/esm/rewrite').rewriteModuleSource(content), filename, true) === undefined;
}

function loadESMFromCJS(module, filename) {
  const [ns, promise] = importSync(filename, '');
  const state = promiseState(promise);
  if (state === 0) {
    const { codes: { ERR_REQUIRE_ASYNC_MODULE } } = require('internal/errors');
    throw new ERR_REQUIRE_ASYNC_MODULE();
  }
  if (state === 2) {
    let reason;
    promise.catch((e) => { reason = e; });
    internalBinding('timers').runMicrotasks();
    throw reason;
  }
  // require(esm) returns the namespace; a 'module.exports' export overrides it (its name is
  // rewritten for the engine: esm/rewrite.js).
  const { kModuleExportsName } = require('internal/modules/esm/rewrite');
  module.exports = Object.hasOwn(ns, kModuleExportsName) ? ns[kModuleExportsName] : ns;
  module.loaded = true;
}

Module._extensions['.js'] = function loadJS(module, filename) {
  if (filename.endsWith('.js')) {
    const pkg = pkgs.readPackageScope(filename);
    if (pkg && pkg.type === 'module') return loadESMFromCJS(module, filename);
  }
  loadCommonJS(module, filename);
};
Module._extensions['.json'] = function loadJSON(module, filename) {
  // read and parsed natively (a package's from protoJS's default compile cache)
  const parsed = parsePackageJSON(filename);
  if (parsed !== undefined) {
    module.exports = parsed;
    return;
  }
  const content = fsb.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};
Module._extensions['.node'] = function loadNative(module, filename) {
  const err = new Error(`Cannot load native addon '${filename}': native addons are not supported yet`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let idx = 0;
  while ((idx = name.indexOf('.', idx + 1)) !== -1) {
    const ext = name.slice(idx);
    if (ext === '.mjs') return '.mjs';
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}
Module._extensions['.cjs'] = function loadCJS(module, filename) {
  loadCommonJS(module, filename);
};
Module._extensions['.mjs'] = function loadMJS(module, filename) {
  loadESMFromCJS(module, filename);
};

Module._nodeModulePaths = function nodeModulePaths(from) {
  from = path.resolve(from);  // absolute, no trailing or doubled separators
  if (from === '/') return ['/node_modules'];
  const paths = [];
  for (let end = from.length; end > 0;) {
    const slash = from.lastIndexOf('/', end - 1);
    // a directory named node_modules gets no node_modules/node_modules entry
    if (!(end - slash === 13 && from.startsWith('node_modules', slash + 1))) {
      paths.push(from.slice(0, end) + '/node_modules');
    }
    end = slash;
  }
  paths.push('/node_modules');
  return paths;
};

function globalPaths() {
  const home = process.env.HOME;
  const out = [];
  const nodePath = process.env.NODE_PATH;
  if (nodePath) for (const p of nodePath.split(':')) if (p) out.push(path.resolve(p));
  if (home) { out.push(path.resolve(home, '.node_modules')); out.push(path.resolve(home, '.node_libraries')); }
  out.push(path.resolve(process.execPath, '..', '..', 'lib', 'node'));
  return out;
}
Module.globalPaths = globalPaths();

Module._resolveLookupPaths = function resolveLookupPaths(request, parent) {
  if (isPublicBuiltin(request)) return null;
  if (request.charAt(0) !== '.' || (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths = parent && parent.paths && parent.paths.length ? parent.paths.slice() : Module._nodeModulePaths(process.cwd());
    return paths.concat(Module.globalPaths);
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(p, isMain) {
  if (stat(p) !== 0) return false;
  return toRealPath(p);
}

function tryExtensions(base, exts, isMain) {
  for (const ext of exts) {
    const f = tryFile(base + ext, isMain);
    if (f) return f;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = pkgs.readPackage(requestPath);
  const main = pkg && pkg.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) || tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`);
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
  }
  return actual;
}

// A bare request inside a node_modules dir whose package has "exports".
function resolveExportsInDir(nmPath, request, parentFile) {
  const { name, subpath } = pkgs.parsePackageName(request);
  if (!/^(@[^/\\%]+\/)?[^._/\\%][^/\\%]*$/.test(name)) return undefined;
  const pkgDir = path.resolve(nmPath, name);
  const pkg = pkgs.readPackage(pkgDir);
  if (!pkg || pkg.exports === undefined || pkg.exports === null) return undefined;
  return pkgs.resolveExports(pkgDir, pkg, subpath, requireConditions);  // CJS messages name no base
}

Module._findPath = function findPath(request, paths, isMain, parentFile) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = request + '\x00' + paths.join('\x00');
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const exts = Object.keys(Module._extensions).filter((e) => e !== '.mjs' && e !== '.cjs');
  const trailingSlash = request.length > 0 && (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') || request === '.' || request === '..');
  const isRelative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';
  for (const curPath of paths) {
    if (curPath && stat(curPath) < 1) continue;
    if (!absolute && !isRelative) {
      const exported = resolveExportsInDir(curPath, request, parentFile);
      if (exported !== undefined) {
        const f = tryFile(exported, isMain);
        if (f) { Module._pathCache[cacheKey] = f; return f; }
        const err = new Error(`Cannot find module '${exported}'`);
        err.code = 'MODULE_NOT_FOUND';
        throw err;
      }
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, exts, isMain);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

function resolveSelf(request, parentFile) {
  if (!parentFile) return undefined;
  const pkg = pkgs.readPackageScope(parentFile);
  if (!pkg || pkg.exports === undefined || pkg.exports === null || !pkg.name) return undefined;
  if (request !== pkg.name && !request.startsWith(pkg.name + '/')) return undefined;
  const subpath = '.' + request.slice(pkg.name.length);
  return pkgs.resolveExports(path.dirname(pkg.path), pkg, subpath, requireConditions);
}

function requireStackOf(parent) {
  const stack = [];
  for (let cur = parent; cur; cur = cur.parent) stack.push(cur.filename || cur.id);
  return stack;
}

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (request.startsWith('node:')) {
    if (isPublicBuiltin(request)) return request;
    const { codes: { ERR_UNKNOWN_BUILTIN_MODULE } } = require('internal/errors');
    throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
  }
  if (isPublicBuiltin(request)) return request;
  const parentFile = parent && parent.filename;
  let paths;
  if (options && options.paths) {
    paths = [];
    for (const p of options.paths) {
      const fake = new Module('', null);
      fake.paths = Module._nodeModulePaths(p);
      const lookup = Module._resolveLookupPaths(request, fake);
      for (const l of (request.startsWith('.') ? [p] : lookup)) if (!paths.includes(l)) paths.push(l);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  if (request[0] === '#' && parentFile) {
    const resolveBare = (spec) => Module._resolveFilename(spec, parent, isMain);
    const r = pkgs.resolveImports(request, parentFile, requireConditions, resolveBare);
    if (isPublicBuiltin(r)) return r;
    const f = tryFile(r, isMain);
    if (f) return f;
  }
  const self = resolveSelf(request, parentFile);
  if (self !== undefined) {
    const f = tryFile(self, isMain);
    if (f) return f;
  }
  const filename = Module._findPath(request, paths, isMain, parentFile);
  if (filename) return filename;
  const requireStack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// (directory of the requiring module, request) → filename of a module loaded from there, so
// a repeated require() skips resolution (Node's relativeResolveCache).
const relativeResolveCache = Object.create(null);

Module._load = function load(request, parent, isMain) {
  let relCacheKey;
  if (parent) {
    relCacheKey = parent.path + '\x00' + request;
    const known = relativeResolveCache[relCacheKey];
    if (known !== undefined) {
      const cachedModule = Module._cache[known];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relCacheKey];
    }
  }
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!isPublicBuiltin(request)) {
      const { codes: { ERR_UNKNOWN_BUILTIN_MODULE } } = require('internal/errors');
      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return requireBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (isPublicBuiltin(filename)) return requireBuiltin(filename.startsWith('node:') ? filename.slice(5) : filename);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    module[kIsMainSymbol] = true;
    process.mainModule = module;
  }
  Module._cache[filename] = module;
  if (relCacheKey !== undefined) relativeResolveCache[relCacheKey] = filename;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (relCacheKey !== undefined) delete relativeResolveCache[relCacheKey];
      if (parent) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

function makeRequireFunction(mod) {
  const require = function require(id) { return mod.require(id); };
  function resolve(request, options) {
    validateRequest(request);
    return Module._resolveFilename(request, mod, false, options);
  }
  function paths(request) {
    validateRequest(request);
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.builtinModules = Object.freeze(builtinIds().slice().concat([...schemeOnly].map((id) => 'node:' + id)).sort());
Module.isBuiltin = function isBuiltin(id) { return typeof id === 'string' && isPublicBuiltin(id); };

Module.createRequire = function createRequire(filename) {
  let file = filename;
  if (filename && typeof filename === 'object' && typeof filename.href === 'string') file = filename.href;
  if (typeof file === 'string' && file.startsWith('file:')) file = require('internal/url_path').fileURLToPath(file);
  if (typeof file !== 'string' || !path.isAbsolute(file)) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailing = file.endsWith('/');
  const proxyPath = trailing ? path.join(file, 'noop.js') : file;
  const m = new Module(proxyPath, null);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.runMain = function runMain(main = process.argv[1]) {
  return Module._load(main, null, true);
};

Module._initPaths = function initPaths() { Module.globalPaths = globalPaths(); };
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.register = function register() {
  const err = new Error('module.register() (loader hooks) is not supported by protoJS');
  err.code = 'ERR_METHOD_NOT_IMPLEMENTED';
  throw err;
};

module.exports = { Module, makeRequireFunction, requireConditions };

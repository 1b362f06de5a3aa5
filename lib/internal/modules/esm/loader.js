'use strict';
// ES modules: the resolution and loading policy behind the engine's module hooks
// (src/core/module_hooks.cc). Module names are absolute file paths, or "node:<id>" for builtins.
const path = require('path');
const fsb = internalBinding('fs');
const { checkSyntax } = internalBinding('contextify');
const { isPublicBuiltin, requireBuiltin } = require('internal/bootstrap/realm');
const pkgs = require('internal/modules/package_json');
const { pathToFileURL, fileURLToPath } = require('internal/url_path');
const { splitSpecifier, validateAttributes } = require('internal/modules/esm/attributes');
const rewrite = (source) => require('internal/modules/esm/rewrite').rewriteModuleSource(source);

const importConditions = new Set(['import', 'node', 'node-addons', 'module-sync']);

function errors() { return require('internal/errors').codes; }

function notFound(what, base, isPackage) {
  const { ERR_MODULE_NOT_FOUND } = errors();
  return new ERR_MODULE_NOT_FOUND(what, base, isPackage ? 'package' : undefined);
}

function baseDir(referrer) {
  return referrer && referrer.startsWith('/') ? path.dirname(referrer) : process.cwd();
}

function finalizeFile(file, referrer) {
  const rc = fsb.internalModuleStat(file);
  if (rc === 1) {
    const { ERR_UNSUPPORTED_DIR_IMPORT } = errors();
    throw new ERR_UNSUPPORTED_DIR_IMPORT(file, referrer, String(pathToFileURL(file)));
  }
  if (rc !== 0) throw notFound(file, referrer || undefined, false);
  return fsb.realpathCached(file);
}

function legacyMain(pkgDir, pkg, referrer) {
  const tries = [];
  if (pkg && pkg.main) {
    const m = path.resolve(pkgDir, pkg.main);
    tries.push(m, m + '.js', m + '.json', m + '.node', m + '/index.js', m + '/index.json', m + '/index.node');
  }
  tries.push(pkgDir + '/index.js', pkgDir + '/index.json', pkgDir + '/index.node');
  for (const t of tries) if (fsb.internalModuleStat(t) === 0) return fsb.realpathCached(t);
  throw notFound(pkgDir, referrer, true);
}

function resolvePackage(specifier, referrer) {
  const { name, subpath } = pkgs.parsePackageName(specifier);
  if (name === '' || name.startsWith('.') || name.includes('\\') || name.includes('%') || (name[0] === '@' && !name.includes('/'))) {
    const { ERR_INVALID_MODULE_SPECIFIER } = errors();
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', referrer);
  }
  // self-reference
  if (referrer && referrer.startsWith('/')) {
    const scope = pkgs.readPackageScope(referrer);
    if (scope && scope.name === name && scope.exports !== undefined && scope.exports !== null) {
      return finalizeFile(pkgs.resolveExports(path.dirname(scope.path), scope, subpath, importConditions, referrer), referrer);
    }
  }
  let dir = baseDir(referrer);
  for (;;) {
    if (path.basename(dir) !== 'node_modules') {
      const pkgDir = path.join(dir, 'node_modules', name);
      if (fsb.internalModuleStat(pkgDir) === 1) {
        const pkg = pkgs.readPackage(pkgDir);
        if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
          return finalizeFile(pkgs.resolveExports(pkgDir, pkg, subpath, importConditions, referrer), referrer);
        }
        if (subpath === '.') return legacyMain(pkgDir, pkg, referrer);
        return finalizeFile(path.join(pkgDir, subpath), referrer);
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw notFound(name, referrer || undefined, true);
}

// (specifier, referrer module name) → module name
function esmResolve(specifier, referrer) {
  if (specifier.startsWith('node:')) {
    if (isPublicBuiltin(specifier)) return specifier;
    const { ERR_UNKNOWN_BUILTIN_MODULE } = errors();
    throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
  }
  if (isPublicBuiltin(specifier)) return 'node:' + specifier;
  if (specifier.startsWith('file:')) return finalizeFile(fileURLToPath(specifier), referrer);
  if (specifier.startsWith('/')) return finalizeFile(specifier, referrer);
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    return finalizeFile(path.resolve(baseDir(referrer), specifier), referrer);
  }
  if (specifier.startsWith('#')) {
    const resolved = pkgs.resolveImports(specifier, referrer, importConditions, (spec) => esmResolve(spec, referrer));
    if (resolved.startsWith('node:') || !resolved.startsWith('/')) return resolved;
    return finalizeFile(resolved, referrer);
  }
  if (specifier.startsWith('data:')) return specifier;
  if (/^[a-zA-Z][a-zA-Z+.-]*:/.test(specifier)) {
    const { ERR_UNSUPPORTED_ESM_URL_SCHEME } = errors();
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME({ protocol: specifier.slice(0, specifier.indexOf(':') + 1) }, ['file', 'data', 'node']);
  }
  return resolvePackage(specifier, referrer);
}

// The resolver behind `import`: the specifier may carry import attributes (see
// esm/rewrite.js), which are checked against the format of what it resolves to.
function esmResolveImport(specifier, referrer) {
  const [bare, attributes] = splitSpecifier(specifier);
  const name = esmResolve(bare, referrer);
  let format;
  if (name.startsWith('node:')) format = 'builtin';
  else if (name.startsWith('data:')) format = /^data:application\/json[;,]/i.test(name) ? 'json' : 'module';
  else format = formatOf(name);
  validateAttributes(name.startsWith('/') ? String(pathToFileURL(name)) : name, format, attributes);
  return name;
}

function formatOf(filename) {
  if (filename.endsWith('.mjs')) return 'module';
  if (filename.endsWith('.cjs')) return 'commonjs';
  if (filename.endsWith('.json')) return 'json';
  if (filename.endsWith('.node')) return 'addon';
  const pkg = pkgs.readPackageScope(filename);
  const type = pkg ? pkg.type : 'none';
  if (filename.endsWith('.js') || path.extname(filename) === '') {
    if (type === 'module') return 'module';
    if (type === 'commonjs') return 'commonjs';
    return 'detect';
  }
  if (type === 'module') {
    const { ERR_UNKNOWN_FILE_EXTENSION } = errors();
    throw new ERR_UNKNOWN_FILE_EXTENSION(path.extname(filename), filename);
  }
  return 'commonjs';
}

function cjsRecord(filename, source) {
  const { detectExports } = require('internal/modules/cjs/lexer');
  const names = new Set(['default', 'module.exports']);
  const seen = new Set();
  const collect = (file, src) => {
    if (seen.has(file)) return;
    seen.add(file);
    const r = detectExports(src);
    for (const n of r.names) names.add(n);
    for (const spec of r.reexports) {
      try {
        const { Module } = require('internal/modules/cjs/loader');
        const fake = new Module(file, null);
        fake.filename = file;
        fake.paths = Module._nodeModulePaths(path.dirname(file));
        const target = Module._resolveFilename(spec, fake, false);
        if (target.startsWith('/') && (target.endsWith('.js') || target.endsWith('.cjs'))) collect(target, fsb.readFileUtf8(target));
      } catch { /* unresolvable re-export: no names from it */ }
    }
  };
  collect(filename, source);
  return {
    format: 'commonjs',
    names: [...names],
    getter() {
      const { Module } = require('internal/modules/cjs/loader');
      const exports = Module._load(filename, null, false);
      const out = { default: exports, 'module.exports': exports };
      if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
        for (const n of names) if (n !== 'default' && n !== 'module.exports') out[n] = exports[n];
      }
      return out;
    },
  };
}

// The values an ES module sees of a builtin (lazy exports are read now).
function builtinSnapshot(exports) {
  const out = { default: exports };
  for (const key of Object.keys(exports)) {
    if (key !== 'default') out[key] = exports[key];
  }
  return out;
}

function jsonRecord(name, text) {
  return { format: 'json', names: ['default'], getter() {
    try { return { default: JSON.parse(text) }; } catch (err) { err.message = `${name}: ${err.message}`; throw err; }
  } };
}

// module name → { format: 'module', source, file } | { format, names, getter }. A module's source
// is compiled by src/core/module_hooks.cc: from the compile cache when `file` and the cache
// holds it, else after esm/rewrite.js (the esmRewrite hook).
function esmLoad(name) {
  if (name.startsWith('node:')) {
    const id = name.slice(5);
    const exports = requireBuiltin(id);
    const names = ['default', ...Object.keys(exports).filter((k) => k !== 'default')];
    return { format: 'builtin', names, getter() { return builtinSnapshot(exports); } };
  }
  if (name.startsWith('data:')) {
    const { format, source } = require('internal/modules/esm/data_url').loadDataURL(name);
    return format === 'json' ? jsonRecord(name, source) : { format, source };
  }
  let format = formatOf(name);
  if (format === 'json') return jsonRecord(name, fsb.readFileUtf8(name));
  if (format === 'addon') {
    return { format: 'addon', names: ['default'], getter() { return { default: require('internal/modules/cjs/loader').Module._load(name, null, false) }; } };
  }
  let source = fsb.readFileUtf8(name);
  if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  if (format === 'detect') {
    const cjsError = checkSyntax(source, name, false);
    format = (cjsError !== undefined && checkSyntax(rewrite(source), name, true) === undefined) ? 'module' : 'commonjs';
  }
  if (format === 'commonjs') return cjsRecord(name, source);
  if (source.startsWith('#!')) source = '//' + source.slice(2);
  return { format: 'module', source, file: true };
}

let mainPath;
function setMainPath(p) { mainPath = p; }

function initImportMeta(meta, name) {
  if (!name.startsWith('/')) return;
  meta.url = pathToFileURL(name);
  meta.filename = name;
  meta.dirname = path.dirname(name);
  meta.main = name === mainPath;
  meta.resolve = function resolve(specifier) {
    const r = esmResolve(`${specifier}`, name);
    return r.startsWith('/') ? pathToFileURL(r) : r;
  };
}

module.exports = { esmResolve, esmResolveImport, esmLoad, initImportMeta, setMainPath, rewrite };

'use strict';
// package.json reading (cached) and the "exports"/"imports" target resolution shared by the
// CommonJS and ES module resolvers.
const fsb = internalBinding('fs');
const { parsePackageJSON } = internalBinding('contextify');
const path = require('path');

const cache = new Map();
const kMissing = Symbol('missing');  // parsePackageJSON's answer for a file that does not exist

// → null if there is no package.json in dir, else { path, exists, name, main, type, exports, imports }
function readPackage(dir) {
  const file = path.join(dir, 'package.json');
  if (cache.has(file)) return cache.get(file);
  let text;
  let json;
  try {
    // read and parsed natively (inside a package, maybe from the default compile cache)
    json = parsePackageJSON(file, kMissing);
    if (json === kMissing) {
      cache.set(file, null);
      return null;
    }
    if (json === undefined) text = fsb.readFileUtf8(file);
  } catch {
    cache.set(file, null);
    return null;
  }
  try {
    if (json === undefined) json = JSON.parse(text);
  } catch (err) {
    const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = require('internal/errors');
    const e = new ERR_INVALID_PACKAGE_CONFIG(file, undefined, err.message);
    throw e;
  }
  const pkg = {
    path: file,
    name: typeof json.name === 'string' ? json.name : undefined,
    main: typeof json.main === 'string' ? json.main : undefined,
    type: json.type === 'module' || json.type === 'commonjs' ? json.type : 'none',
    exports: json.exports,
    imports: json.imports,
  };
  cache.set(file, pkg);
  return pkg;
}

// The nearest package.json above `file` (stopping at a node_modules boundary), or null.
// Remembered per directory, like the package.json contents (Node caches both for the process).
const scopeCache = new Map();
function readPackageScope(file) {
  const start = path.dirname(file);
  const known = scopeCache.get(start);
  if (known !== undefined) return known;
  let dir = start;
  let pkg = null;
  for (;;) {
    if (path.basename(dir) === 'node_modules') break;
    const cached = dir === start ? undefined : scopeCache.get(dir);
    if (cached !== undefined) { pkg = cached; break; }
    pkg = readPackage(dir);
    if (pkg) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  scopeCache.set(start, pkg);
  return pkg;
}

function isConditionalSugar(exports, pkgPath) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  let isConditional;
  for (const key of Object.keys(exports)) {
    const cur = key === '' || key[0] !== '.';
    if (isConditional === undefined) isConditional = cur;
    else if (isConditional !== cur) {
      const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = require('internal/errors');
      throw new ERR_INVALID_PACKAGE_CONFIG(pkgPath, undefined,
        '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.');
    }
  }
  return isConditional;
}

const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

function invalidTarget(pkgDir, key, target, isImports, base) {
  const { codes: { ERR_INVALID_PACKAGE_TARGET } } = require('internal/errors');
  return new ERR_INVALID_PACKAGE_TARGET(pkgDir, key, target, isImports, base);
}

// Resolves one target of "exports"/"imports". Returns an absolute path, null (explicitly not
// exported) or undefined (no condition matched). `resolveBare` handles bare targets of imports.
function resolveTarget(pkgDir, target, subpath, key, pattern, isImports, conditions, base, resolveBare) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/')) {
        let spec = target;
        if (pattern) spec = target.replaceAll('*', subpath);
        return resolveBare(spec);
      }
      throw invalidTarget(pkgDir, key, target, isImports, base);
    }
    if (invalidSegment.test(target.slice(2))) throw invalidTarget(pkgDir, key, target, isImports, base);
    const resolved = path.join(pkgDir, target);
    if (!resolved.startsWith(pkgDir)) throw invalidTarget(pkgDir, key, target, isImports, base);
    if (!pattern) return resolved;
    if (invalidSegment.test(subpath)) {
      const { codes: { ERR_INVALID_MODULE_SPECIFIER } } = require('internal/errors');
      throw new ERR_INVALID_MODULE_SPECIFIER(key.replace('*', subpath), 'request is not a valid match in pattern "' + key + '"', base);
    }
    return path.join(pkgDir, target.replaceAll('*', subpath));
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastErr;
    for (const t of target) {
      let r;
      try {
        r = resolveTarget(pkgDir, t, subpath, key, pattern, isImports, conditions, base, resolveBare);
      } catch (err) {
        lastErr = err;
        if (err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (r === undefined) continue;
      if (r === null) { lastErr = null; continue; }
      return r;
    }
    if (lastErr) throw lastErr;
    return lastErr === null ? null : undefined;
  }
  if (target !== null && typeof target === 'object') {
    for (const cond of Object.keys(target)) {
      if (cond === 'default' || conditions.has(cond)) {
        const r = resolveTarget(pkgDir, target[cond], subpath, key, pattern, isImports, conditions, base, resolveBare);
        if (r === undefined) continue;
        return r;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(pkgDir, key, target, isImports, base);
}

function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*'), bStar = b.indexOf('*');
  const baseA = aStar === -1 ? a.length : aStar + 1;
  const baseB = bStar === -1 ? b.length : bStar + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Finds the entry of a map ("exports" or "imports") for `request` (e.g. "./sub" or "#x").
function matchMap(map, request) {
  if (Object.hasOwn(map, request) && !request.includes('*')) return { key: request, target: map[request], subpath: '', pattern: false };
  let best = null, bestSub = '';
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
    const prefix = key.slice(0, star);
    if (!request.startsWith(prefix) || request === prefix) continue;
    const suffix = key.slice(star + 1);
    if (request.length < key.length || !request.endsWith(suffix)) continue;
    if (best === null || patternKeyCompare(best, key) === 1) {
      best = key;
      bestSub = request.slice(prefix.length, request.length - suffix.length);
    }
  }
  if (best === null) return null;
  return { key: best, target: map[best], subpath: bestSub, pattern: true };
}

// Node's messages name a package directory with its trailing separator.
const withSlash = (dir) => (dir.endsWith('/') ? dir : `${dir}/`);

// Resolves `subpath` ("." or "./x") through pkg.exports. Throws ERR_PACKAGE_PATH_NOT_EXPORTED.
function resolveExports(pkgDir, pkg, subpath, conditions, base) {
  let exports = pkg.exports;
  if (isConditionalSugar(exports, pkg.path)) exports = { '.': exports };
  const m = matchMap(exports, subpath);
  if (m !== null) {
    const r = resolveTarget(pkgDir, m.target, m.subpath, m.key, m.pattern, false, conditions, base);
    if (r !== null && r !== undefined) return r;
  }
  const { codes: { ERR_PACKAGE_PATH_NOT_EXPORTED } } = require('internal/errors');
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(withSlash(pkgDir), subpath, base);
}

// Resolves "#name" through the imports of the package scope of `parentFile`.
function resolveImports(request, parentFile, conditions, resolveBare) {
  const { codes: { ERR_INVALID_MODULE_SPECIFIER, ERR_PACKAGE_IMPORT_NOT_DEFINED } } = require('internal/errors');
  if (request === '#' || request.startsWith('#/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(request, 'is not a valid internal imports specifier name', parentFile);
  }
  const pkg = parentFile ? readPackageScope(parentFile) : null;
  if (pkg && pkg.imports && typeof pkg.imports === 'object') {
    const m = matchMap(pkg.imports, request);
    if (m !== null) {
      const r = resolveTarget(path.dirname(pkg.path), m.target, m.subpath, m.key, m.pattern, true, conditions, parentFile, resolveBare);
      if (r !== null && r !== undefined) return r;
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(request, pkg ? withSlash(path.dirname(pkg.path)) : undefined, parentFile);
}

// "pkg/sub/path" → { name: "pkg", subpath: "./sub/path" } (scoped names included)
function parsePackageName(request) {
  let sep = request.indexOf('/');
  if (request[0] === '@') sep = sep === -1 ? -1 : request.indexOf('/', sep + 1);
  const name = sep === -1 ? request : request.slice(0, sep);
  return { name, subpath: '.' + (sep === -1 ? '' : request.slice(sep)) };
}

module.exports = { readPackage, readPackageScope, resolveExports, resolveImports, parsePackageName };

'use strict';
// ES module source that has no file (-e / stdin with --input-type=module), and the format
// question for the main entry.
const path = require('path');
const { importSync } = internalBinding('contextify');
const esm = require('internal/modules/esm/loader');

const virtualSources = new Map();
let patched = false;

function esmLoadVirtual(source, name) {
  const full = path.join(process.cwd(), name);
  virtualSources.set(full, source);
  if (!patched) {
    patched = true;
    const original = esm.esmLoad;
    const hooks = require('internal/bootstrap/node').hooks;
    const load = (n) => (virtualSources.has(n)
      ? { format: 'module', source: virtualSources.get(n) } : original(n));  // no file: not cached
    hooks.esmLoad = load;
    const origResolve = hooks.esmResolve;
    hooks.esmResolve = (spec, ref) => (virtualSources.has(spec) ? spec : origResolve(spec, ref));
  }
  const [, promise] = importSync(full, '');
  return promise;
}

function esmLoadFormat(filename) {
  if (filename.endsWith('.mjs')) return 'module';
  if (filename.endsWith('.cjs')) return 'commonjs';
  const pkgs = require('internal/modules/package_json');
  if (filename.endsWith('.js') || path.extname(filename) === '') {
    const pkg = pkgs.readPackageScope(filename);
    if (pkg && pkg.type === 'module') return 'module';
  }
  return 'commonjs';
}

module.exports = { esmLoadVirtual, esmLoadFormat };

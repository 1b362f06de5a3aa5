'use strict';
// node:module's helpers compared with Node 24: findPackageJSON over a temporary tree,
// _nodeModulePaths, isBuiltin, wrap, constants, compile cache and source-map settings.
const m = require('module');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-module-'));
const rel = (p) => (typeof p === 'string' ? p.split(root).join('<root>') : p);
function show(f) {
  try { console.log('ok', rel(f())); } catch (e) { console.log(e.name, e.code, rel(e.message)); }
}
try {
  fs.mkdirSync(path.join(root, 'pkg/sub/node_modules/dep/lib'), { recursive: true });
  fs.mkdirSync(path.join(root, 'pkg/sub/node_modules/@sc/x'), { recursive: true });
  fs.writeFileSync(path.join(root, 'pkg/package.json'), '{"name":"pkg"}');
  fs.writeFileSync(path.join(root, 'pkg/sub/node_modules/dep/package.json'), '{"name":"dep"}');
  fs.writeFileSync(path.join(root, 'pkg/sub/node_modules/@sc/x/package.json'), '{"name":"@sc/x"}');
  fs.writeFileSync(path.join(root, 'pkg/sub/node_modules/dep/lib/i.js'), '');
  fs.writeFileSync(path.join(root, 'pkg/sub/a.js'), '');
  const a = path.join(root, 'pkg/sub/a.js');
  show(() => m.findPackageJSON('..', a));
  show(() => m.findPackageJSON('./a.js', a));
  show(() => m.findPackageJSON('./x', a));
  show(() => m.findPackageJSON('dep', a));
  show(() => m.findPackageJSON('dep/lib/i.js', a));
  show(() => m.findPackageJSON('@sc/x', a));
  show(() => m.findPackageJSON('nope', a));
  show(() => m.findPackageJSON(pathToFileURL(a)));
  show(() => m.findPackageJSON(pathToFileURL(a).href));
  show(() => m.findPackageJSON('./node_modules/dep/lib/i.js', pathToFileURL(a)));
  show(() => m.findPackageJSON(a));
  show(() => m.findPackageJSON('./a.js'));
  show(() => m.findPackageJSON('dep'));
  show(() => m.findPackageJSON(5));
  show(() => m.findPackageJSON('./a.js', 5));
  show(() => m.findPackageJSON('node:fs'));
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}

show(() => m._nodeModulePaths('/a/b/node_modules/c').join());
show(() => m._nodeModulePaths('/').join());
show(() => m._nodeModulePaths('/x').join());
for (const id of ['os', 'node:os', 'fs/promises', 'node:test', 'test', 'node:nope', 'perf_hooks', 'async_hooks']) {
  console.log(id, m.isBuiltin(id));
}
console.log(JSON.stringify(m.wrap('x')), m.wrapper.length);
console.log(require('util').inspect(m.constants));
show(() => JSON.stringify(m.getSourceMapsSupport()));
show(() => m.setSourceMapsSupport('x'));
show(() => m.setSourceMapsSupport(true, 5));
show(() => m.enableCompileCache(5));
show(() => typeof m.createRequire(__filename)('os').hostname);
show(() => m.createRequire(5));
show(() => typeof m.Module === 'function' && m.Module === m);

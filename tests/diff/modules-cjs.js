// CommonJS resolution and loading (fixtures/mods).
const path = require('path');
const base = path.join(__dirname, 'fixtures', 'mods');
const req = require('module').createRequire(path.join(base, 'index.js'));
const show = (label, fn) => {
  try { console.log(label, JSON.stringify(fn())); } catch (e) { console.log(label, 'throws', e.code, e.message.split('\n')[0]); }
};
show('plain main without ext', () => req('plain'));
show('exports require condition', () => req('withexports'));
show('exports subpath', () => req('withexports/feature'));
show('exports pattern', () => req('withexports/utils/math').add(2, 3));
show('exports null target', () => req('withexports/private/x'));
show('not exported', () => req('withexports/dist/feature.js'));
show('exports package.json', () => req('withexports/package.json').name);
show('scoped index', () => req('@scope/pkg'));
show('#imports', () => req('#internal'));
show('#imports to bare', () => req('#dep').name);
show('#imports undefined', () => req('#nope'));
show('cycle', () => req('./lib/cycle-a'));
show('json', () => req('./lib/data.json'));
show('dir index', () => req('./lib/dir'));
show('wrapper vars', () => req('./lib/vars'));
show('require(esm) sync', () => { const ns = req('./esm/sync.mjs'); return [ns.syncValue, ns.default]; });
show('require(esm) tla', () => req('./esm/tla.mjs'));
show('require(esm) module.exports name', () => { const f = req('./esm/module-exports-name.mjs'); return [typeof f, f('you')]; });
show('require esm-only pkg', () => req('esm-only').answer);
show('missing', () => req('./nope'));
show('missing bare', () => req('no-such-package'));
show('builtin', () => typeof req('events') + typeof req('node:path').join);
show('unknown node:', () => req('node:nope'));
show('resolve', () => path.relative(base, req.resolve('plain')));
show('resolve.paths', () => req.resolve.paths('x')[0].endsWith(path.join('mods', 'node_modules')));
show('resolve builtin', () => req.resolve('node:events'));
show('cache', () => Object.keys(require.cache).some((k) => k.endsWith('cycle-a.js')));
show('bad id', () => require(42));
show('empty id', () => require(''));
show('main', () => require.main === module);

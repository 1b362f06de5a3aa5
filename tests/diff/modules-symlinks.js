// Module resolution through symbolic links (a pnpm-style store), '..' across links, dangling and
// looping links, and re-requiring after deleting require.cache entries (the loader caches
// real paths and (directory, request) → filename; both must give Node's answers).
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'modules-symlinks-')));
const rel = (p) => (typeof p === 'string' ? path.relative(root, p) || '.' : p);
const show = (label, fn) => {
  try { console.log(label, JSON.stringify(fn())); } catch (e) { console.log(label, 'throws', e.code); }
};
const write = (file, text) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};

try {
  // store/pkg-a@1/node_modules/pkg-a is the package; app/node_modules/pkg-a links to it, and
  // pkg-a's own dependency pkg-b is a sibling link inside the store (as pnpm lays it out).
  write('store/pkg-a@1/node_modules/pkg-a/package.json', '{ "name": "pkg-a", "main": "lib/index.js" }');
  write('store/pkg-a@1/node_modules/pkg-a/lib/index.js',
        'exports.file = __filename; exports.b = require("pkg-b"); exports.up = require("../package.json").name;');
  write('store/pkg-b@2/node_modules/pkg-b/index.js', 'exports.file = __filename; exports.dir = __dirname;');
  fs.symlinkSync('../../pkg-b@2/node_modules/pkg-b', path.join(root, 'store/pkg-a@1/node_modules/pkg-b'));
  write('app/main.js', 'module.exports = () => require("pkg-a");');
  fs.mkdirSync(path.join(root, 'app/node_modules'));
  fs.symlinkSync(path.join(root, 'store/pkg-a@1/node_modules/pkg-a'), path.join(root, 'app/node_modules/pkg-a'));
  // a linked directory, a linked file, a chain of links, '..' after a link
  fs.symlinkSync(path.join(root, 'store'), path.join(root, 'app/store-link'));
  write('real/file.js', 'module.exports = __filename;');
  fs.symlinkSync(path.join(root, 'real/file.js'), path.join(root, 'app/file-link.js'));
  fs.symlinkSync('file-link.js', path.join(root, 'app/chain.js'));
  fs.symlinkSync(path.join(root, 'nowhere.js'), path.join(root, 'app/dangling.js'));
  fs.symlinkSync('loop-b.js', path.join(root, 'app/loop-a.js'));
  fs.symlinkSync('loop-a.js', path.join(root, 'app/loop-b.js'));

  const main = require(path.join(root, 'app/main.js'));
  show('package through a link', () => { const a = main(); return [rel(a.file), rel(a.b.file), rel(a.b.dir), a.up]; });
  show('same module twice', () => main() === main());
  show('resolve through a linked dir', () => rel(require.resolve(path.join(root, 'app/store-link/pkg-b@2/node_modules/pkg-b'))));
  show('linked file', () => rel(require(path.join(root, 'app/file-link.js'))));
  show('chain of links', () => rel(require(path.join(root, 'app/chain.js'))));
  show('.. after a link', () => rel(require.resolve(path.join(root, 'app/store-link/pkg-a@1/node_modules/pkg-b/../pkg-a'))));
  show('dangling link', () => require(path.join(root, 'app/dangling.js')));
  show('link loop', () => require(path.join(root, 'app/loop-a.js')));
  show('cache keys are real paths', () => Object.keys(require.cache).filter((k) => k.startsWith(root)).map(rel).sort());

  // deleting a cache entry makes the next require load the file again
  write('app/counter.js', 'globalThis.__loads = (globalThis.__loads || 0) + 1; module.exports = globalThis.__loads;');
  const counter = () => require(path.join(root, 'app/counter.js'));
  show('first load', counter);
  show('cached', counter);
  delete require.cache[path.join(root, 'app/counter.js')];
  show('after delete', counter);
  const relReq = require('module').createRequire(path.join(root, 'app/x.js'));
  show('relative request, cached', () => relReq('./counter'));
  delete require.cache[path.join(root, 'app/counter.js')];
  show('relative request after delete', () => relReq('./counter'));
  show('relative request again', () => relReq('./counter'));
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}

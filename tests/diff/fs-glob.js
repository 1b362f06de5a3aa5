'use strict';
// fs.globSync / fs.glob / fsPromises.glob over a small tree (results sorted: the walk order is
// not part of the contract).
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-fs-glob-'));
for (const d of ['a/b/c', '.hid', 'd']) fs.mkdirSync(path.join(root, d), { recursive: true });
for (const f of ['a/x.js', 'a/b/y.js', 'a/b/c/z.js', '.hid/h.js', 'd/w.ts', 'top.js', '.dot.js']) {
  fs.writeFileSync(path.join(root, f), '');
}
const show = (label, v) => console.log(label, JSON.stringify(v));
const opts = { cwd: root };
for (const p of ['**/*.js', '*.js', 'a/**', 'a/*/*.js', '**', '{a,d}/*', 'a/b/../x.js', './a/*.js',
                 'a/**/c', '**/b', '?op.js', '[at]*', 'a/[!x]*', 'nomatch/*', 'a/b/c/z.js', '.*',
                 '**/.*', '.hid/*', 'a/**/*.js', '**/c/*', 'a/{b,c}/**/*.js']) {
  show(p, fs.globSync(p, opts).sort());
}
show('absolute', fs.globSync(path.join(root, 'a/*.js')).map((p) => path.relative(root, p)));
show('exclude array', fs.globSync('**/*.js', { ...opts, exclude: ['a/**'] }).sort());
show('exclude fn', fs.globSync('**/*.js', { ...opts, exclude: (p) => p.includes('b') }).sort());
show('types', fs.globSync('a/*', { ...opts, withFileTypes: true })
  .map((d) => [d.name, path.relative(root, d.parentPath), d.isFile(), d.isDirectory()]).sort());
show('array', fs.globSync(['*.js', 'd/*'], opts).sort());
for (const bad of [5, [1], null]) {
  try { fs.globSync(bad); } catch (e) { console.log('bad', e.code, e.message); }
}
fs.glob('**/*.ts', opts, (err, r) => {
  show('callback', [err, r]);
  (async () => {
    const out = [];
    for await (const x of fs.promises.glob('a/**/*.js', opts)) out.push(x);
    show('promise', out.sort());
    fs.rmSync(root, { recursive: true, force: true });
  })();
});

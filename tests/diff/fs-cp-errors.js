'use strict';
// fs.cp / cpSync / promises.cp: argument validation and the copy's own errors.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fsx-cp-'));
const r = (...a) => path.join(root, ...a);
const rel = (s) => String(s).split(root).join('<root>');
fs.mkdirSync(r('src', 'sub'), { recursive: true });
fs.writeFileSync(r('src', 'f'), 'a');
fs.writeFileSync(r('src', 'sub', 'g'), 'b');
fs.symlinkSync('f', r('src', 'lnk'));
fs.writeFileSync(r('file'), 'x');
const show = (label, e) => console.log(label, e.name, e.code, rel(JSON.stringify(e.message)),
  e.errno, e.syscall, rel(e.path), Object.keys(e));

const cases = [
  ['same', r('src'), r('src')],
  ['same via ..', r('file'), path.join(root, '..', path.basename(root), 'file')],
  ['dir to file', r('src'), r('file'), { recursive: true }],
  ['file to dir', r('file'), r('src')],
  ['into itself', r('src'), r('src', 'sub', 'x'), { recursive: true }],
  ['dir without recursive', r('src'), r('out')],
  ['errorOnExist', r('file'), r('src', 'f'), { errorOnExist: true, force: false }],
  ['dir errorOnExist', r('src'), r('src2'), { recursive: true }],
  ['dir errorOnExist 2', r('src'), r('src2'), { recursive: true, errorOnExist: true, force: false }],
  ['missing src', r('nope'), r('o2')],
];
(async () => {
  for (const [label, s, d, o] of cases) {
    try { fs.cpSync(s, d, o); console.log(label, 'sync ok'); } catch (e) { show(label + ' sync', e); }
    try { await fs.promises.cp(s, d, o); console.log(label, 'promise ok'); } catch (e) { show(label + ' promise', e); }
    await new Promise((res) => fs.cp(s, d, o, (e) => { if (e) show(label + ' cb', e); else console.log(label, 'cb ok'); res(); }));
  }
  for (const o of [5, { filter: 5 }, { mode: 'x' }, { mode: 99 }, { recursive: 1 }, { force: 'y' },
                   { errorOnExist: null }, { dereference: true, verbatimSymlinks: true }]) {
    try { fs.cpSync(r('file'), r('z'), o); } catch (e) { show('opt', e); }
    await fs.promises.cp(r('file'), r('z'), o).catch((e) => show('opt promise', e));
  }
  try { fs.cpSync(1, r('x')); } catch (e) { show('src type', e); }
  try { fs.cpSync(r('x'), 1); } catch (e) { show('dest type', e); }
  try { fs.cp(r('x'), r('y')); } catch (e) { show('no cb', e); }
  try { fs.cp(r('x'), r('y'), {}); } catch (e) { show('no cb 2', e); }
  try { fs.cpSync(r('src'), r('o3'), { recursive: true, filter: async () => true }); } catch (e) { show('async filter in sync', e); }
  fs.rmSync(root, { recursive: true });
})();

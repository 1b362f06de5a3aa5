'use strict';
// fs.cp / cpSync / promises.cp: what a copy produces (tree, modes, links, filters, force,
// errorOnExist, preserveTimestamps, verbatimSymlinks, dereference, missing parents).
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fsx-cpt-'));
const r = (...a) => path.join(root, ...a);
const rel = (s) => String(s).split(root).join('<root>');

fs.mkdirSync(r('src', 'sub', 'deep'), { recursive: true });
fs.writeFileSync(r('src', 'a.txt'), 'A');
fs.writeFileSync(r('src', 'b.log'), 'B');
fs.writeFileSync(r('src', 'sub', 'c.txt'), 'C');
fs.writeFileSync(r('src', 'sub', 'deep', 'd.txt'), 'D');
fs.chmodSync(r('src', 'a.txt'), 0o640);
fs.chmodSync(r('src', 'sub'), 0o750);
fs.symlinkSync('a.txt', r('src', 'rel-link'));
fs.utimesSync(r('src', 'b.log'), 1000000, 1000000);

function tree(dir) {
  const out = [];
  (function walk(d, prefix) {
    for (const name of fs.readdirSync(d).sort()) {
      const full = path.join(d, name);
      const st = fs.lstatSync(full);
      const relName = prefix + name;
      if (st.isSymbolicLink()) out.push(`${relName} -> ${rel(fs.readlinkSync(full))}`);
      else if (st.isDirectory()) { out.push(`${relName}/ ${(st.mode & 0o777).toString(8)}`); walk(full, relName + '/'); }
      else out.push(`${relName} ${(st.mode & 0o777).toString(8)} ${fs.readFileSync(full, 'utf8')}`);
    }
  })(dir, '');
  return out.join('\n');
}

(async () => {
  fs.cpSync(r('src'), r('s1'), { recursive: true });
  console.log('sync recursive\n' + tree(r('s1')));
  await fs.promises.cp(r('src'), r('p1'), { recursive: true });
  console.log('promise recursive same', tree(r('p1')) === tree(r('s1')));
  await new Promise((res) => fs.cp(r('src'), r('c1'), { recursive: true }, (e) => { console.log('cb err', e); res(); }));
  console.log('callback recursive same', tree(r('c1')) === tree(r('s1')));

  const seen = [];
  fs.cpSync(r('src'), r('s2'), { recursive: true, filter: (s, d) => { seen.push(rel(s) + ' ' + rel(d)); return !s.endsWith('.log') && !s.endsWith('deep'); } });
  console.log('filter calls\n' + seen.sort().join('\n'));
  console.log('filtered\n' + tree(r('s2')));
  await fs.promises.cp(r('src'), r('p2'), { recursive: true, filter: async (s) => !s.endsWith('.log') && !s.endsWith('deep') });
  console.log('async filter same', tree(r('p2')) === tree(r('s2')));
  fs.cpSync(r('src'), r('s3'), { filter: () => false });
  console.log('filter false at top', fs.existsSync(r('s3')));

  fs.cpSync(r('src', 'a.txt'), r('new', 'parent', 'a.txt'));
  console.log('missing parents', fs.readFileSync(r('new', 'parent', 'a.txt'), 'utf8'));

  fs.writeFileSync(r('s1', 'a.txt'), 'changed');
  fs.cpSync(r('src'), r('s1'), { recursive: true, force: false });
  console.log('force false keeps', fs.readFileSync(r('s1', 'a.txt'), 'utf8'));
  fs.cpSync(r('src'), r('s1'), { recursive: true });
  console.log('force true overwrites', fs.readFileSync(r('s1', 'a.txt'), 'utf8'));
  try { fs.cpSync(r('src'), r('s1'), { recursive: true, force: false, errorOnExist: true }); } catch (e) { console.log(e.code, rel(e.message)); }
  await fs.promises.cp(r('src'), r('s1'), { recursive: true, force: false, errorOnExist: true }).catch((e) => console.log(e.code, rel(e.message)));

  fs.cpSync(r('src'), r('v1'), { recursive: true, verbatimSymlinks: true });
  console.log('verbatim', fs.readlinkSync(r('v1', 'rel-link')));
  await fs.promises.cp(r('src', 'rel-link'), r('link-copy'));
  console.log('link copy', rel(fs.readlinkSync(r('link-copy'))));
  await fs.promises.cp(r('src', 'rel-link'), r('deref-copy'), { dereference: true });
  console.log('dereference file', fs.lstatSync(r('deref-copy')).isFile(), fs.readFileSync(r('deref-copy'), 'utf8'));
  try { fs.cpSync(r('src', 'rel-link'), r('link-copy')); } catch (e) { console.log('link over link sync', e.code, rel(e.message)); }
  await fs.promises.cp(r('src', 'rel-link'), r('link-copy'));
  console.log('link over link', rel(fs.readlinkSync(r('link-copy'))));

  fs.cpSync(r('src', 'b.log'), r('ts.log'), { preserveTimestamps: true });
  console.log('preserveTimestamps', fs.statSync(r('ts.log')).mtimeMs);
  await fs.promises.cp(r('src', 'b.log'), r('ts2.log'), { preserveTimestamps: true });
  console.log('preserveTimestamps promise', fs.statSync(r('ts2.log')).mtimeMs);
  fs.cpSync(r('src', 'a.txt'), r('mode-copy'));
  console.log('mode kept', (fs.statSync(r('mode-copy')).mode & 0o777).toString(8));
  try { fs.cpSync(r('src', 'a.txt'), r('mode-copy'), { mode: fs.constants.COPYFILE_EXCL, force: false }); console.log('excl skipped'); } catch (e) { console.log(e.code); }

  fs.symlinkSync(r('src', 'sub'), r('dir-link'));
  try { fs.cpSync(r('dir-link'), r('dir-link-copy')); } catch (e) { console.log('dir link sync', e.code, rel(e.message)); }
  await fs.promises.cp(r('dir-link'), r('dir-link-copy'));
  console.log('dir link copy', rel(fs.readlinkSync(r('dir-link-copy'))));
  await fs.promises.cp(r('dir-link'), r('dir-link-deref'), { dereference: true, recursive: true });
  console.log('dir link dereferenced\n' + tree(r('dir-link-deref')));

  const buf = Buffer.from(r('src', 'a.txt'));
  fs.cpSync(buf, new URL('file://' + r('from-buffer')));
  console.log('buffer/URL paths', fs.readFileSync(r('from-buffer'), 'utf8'));
  fs.rmSync(root, { recursive: true });
})();

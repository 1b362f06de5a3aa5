'use strict';
// node:fs callback API: results, error fields and argument validation, run one after another.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-fs-cb-'));
const clean = (s) => (typeof s === 'string' ? s.split(root).join('<tmp>') : s);
const p = (...a) => path.join(root, ...a);
const fmtErr = (e) => `${e.name} ${e.code} ${e.errno} ${clean(e.syscall)} ${clean(e.path)} ${clean(e.dest)} ${clean(e.message)}`;

const steps = [];
const step = (label, run) => steps.push([label, run]);
function next() {
  const s = steps.shift();
  if (!s) {
    fs.rmSync(root, { recursive: true, force: true });
    console.log('done', fs.existsSync(root));
    return;
  }
  const [label, run] = s;
  try {
    run((err, ...vals) => {
      if (err) console.log(label, 'err', fmtErr(err));
      else console.log(label, 'ok', ...vals.map((v) => clean(typeof v === 'object' && v !== null ? JSON.stringify(v) : v)));
      next();
    });
  } catch (e) {
    console.log(label, 'threw', fmtErr(e));
    next();
  }
}

step('writeFile', (cb) => fs.writeFile(p('a.txt'), 'alpha', cb));
step('appendFile', (cb) => fs.appendFile(p('a.txt'), '-beta', cb));
step('readFile utf8', (cb) => fs.readFile(p('a.txt'), 'utf8', cb));
step('readFile latin1', (cb) => fs.readFile(p('a.txt'), { encoding: 'latin1' }, cb));
step('readFile missing', (cb) => fs.readFile(p('missing'), cb));
step('readFile dir', (cb) => fs.readFile(root, cb));
step('readFile no cb', (cb) => { fs.readFile(p('a.txt')); cb(); });
step('writeFile bad data', (cb) => fs.writeFile(p('b'), 5, cb));
step('open/write/read/close', (cb) => {
  fs.open(p('c.txt'), 'w+', (err, fd) => {
    if (err) return cb(err);
    fs.write(fd, 'hello there', (err, n, s) => {
      if (err) return cb(err);
      const buf = new Uint8Array(5);
      fs.read(fd, buf, 0, 5, 6, (err, got, b) => {
        if (err) return cb(err);
        fs.close(fd, (err) => cb(err, n, s, got, String.fromCharCode(...b), b === buf));
      });
    });
  });
});
step('open missing', (cb) => fs.open(p('nope', 'x'), cb));
step('open bad flags', (cb) => fs.open(p('c.txt'), 'rw', cb));
step('close bad fd', (cb) => fs.close(12345, cb));
step('stat', (cb) => fs.stat(p('c.txt'), (e, s) => cb(e, s && [s.size, s.isFile(), s.isDirectory()].join())));
step('stat bigint', (cb) => fs.stat(p('c.txt'), { bigint: true }, (e, s) => cb(e, s && typeof s.size)));
step('lstat missing', (cb) => fs.lstat(p('missing'), cb));
step('fstat bad', (cb) => fs.fstat(999, cb));
step('mkdir', (cb) => fs.mkdir(p('d'), cb));
step('mkdir exists', (cb) => fs.mkdir(p('d'), cb));
step('mkdir recursive', (cb) => fs.mkdir(p('d', 'e', 'f'), { recursive: true }, cb));
step('mkdir recursive exists', (cb) => fs.mkdir(p('d', 'e', 'f'), { recursive: true }, cb));
step('readdir', (cb) => fs.readdir(root, (e, l) => cb(e, l && l.sort().join())));
step('readdir types', (cb) => fs.readdir(p('d'), { withFileTypes: true }, (e, l) => cb(e, l && l.map((d) => `${d.name}:${d.isDirectory()}`).join())));
step('readdir recursive', (cb) => fs.readdir(root, { recursive: true }, (e, l) => cb(e, l && l.sort().join())));
step('readdir missing', (cb) => fs.readdir(p('missing'), cb));
step('rename', (cb) => fs.rename(p('c.txt'), p('d', 'c.txt'), cb));
step('rename missing', (cb) => fs.rename(p('c.txt'), p('d', 'c.txt'), cb));
step('copyFile', (cb) => fs.copyFile(p('a.txt'), p('a2.txt'), cb));
step('copyFile excl', (cb) => fs.copyFile(p('a.txt'), p('a2.txt'), fs.constants.COPYFILE_EXCL, cb));
step('access', (cb) => fs.access(p('a2.txt'), fs.constants.R_OK, cb));
step('access missing', (cb) => fs.access(p('zz'), cb));
step('exists', (cb) => fs.exists(p('a2.txt'), (v) => cb(null, v)));
step('exists missing', (cb) => fs.exists(p('zz'), (v) => cb(null, v)));
step('truncate', (cb) => fs.truncate(p('a2.txt'), 3, (e) => cb(e, fs.readFileSync(p('a2.txt'), 'utf8'))));
step('symlink', (cb) => fs.symlink('a.txt', p('ln'), cb));
step('readlink', (cb) => fs.readlink(p('ln'), cb));
step('realpath', (cb) => fs.realpath(p('ln'), cb));
step('realpath missing', (cb) => fs.realpath(p('d', 'x', 'y'), cb));
step('link', (cb) => fs.link(p('a.txt'), p('hard'), cb));
step('link exists', (cb) => fs.link(p('a.txt'), p('hard'), cb));
step('chmod', (cb) => fs.chmod(p('hard'), 0o600, (e) => cb(e, (fs.statSync(p('hard')).mode & 0o777).toString(8))));
step('utimes', (cb) => fs.utimes(p('hard'), 100, 200, (e) => cb(e, fs.statSync(p('hard')).mtimeMs)));
step('unlink', (cb) => fs.unlink(p('hard'), cb));
step('unlink missing', (cb) => fs.unlink(p('hard'), cb));
step('rmdir not empty', (cb) => fs.rmdir(p('d'), cb));
step('rm dir no recursive', (cb) => fs.rm(p('d'), cb));
step('rm missing', (cb) => fs.rm(p('missing'), cb));
step('rm missing force', (cb) => fs.rm(p('missing'), { force: true }, cb));
step('rm recursive', (cb) => fs.rm(p('d'), { recursive: true }, (e) => cb(e, fs.existsSync(p('d')))));
step('mkdtemp', (cb) => fs.mkdtemp(p('t-'), (e, d) => cb(e, d && clean(d).length)));
step('stat no cb', (cb) => { fs.stat(root); cb(); });
step('mkdir bad mode', (cb) => fs.mkdir(p('m'), { mode: 'zz' }, cb));
step('write bad fd', (cb) => fs.write('x', 'data', cb));
step('read zero length', (cb) => fs.read(0, new Uint8Array(4), 0, 0, null, (e, n) => cb(e, n)));
step('statfs', (cb) => fs.statfs(root, (e, s) => cb(e, s && Object.keys(s).join())));
next();

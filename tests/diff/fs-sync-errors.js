'use strict';
// node:fs synchronous calls: results and the exact errors (name, code, errno, syscall, path,
// dest, message) for bad paths, bad arguments and failing system calls.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-fs-sync-'));
const clean = (s) => (typeof s === 'string' ? s.split(root).join('<tmp>') : s);
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, 'ok', clean(typeof v === 'object' && v !== null && !Array.isArray(v) ? JSON.stringify(v) : v));
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, clean(e.syscall), clean(e.path), clean(e.dest), clean(e.message));
  }
}
const p = (...a) => path.join(root, ...a);

fs.writeFileSync(p('file.txt'), 'hello world\n');
fs.mkdirSync(p('dir'));
fs.writeFileSync(p('dir', 'inner'), 'x');

// ENOENT / EEXIST / EISDIR / ENOTDIR / ENOTEMPTY / EBADF
show('open missing', () => fs.openSync(p('missing')));
show('open missing dir', () => fs.openSync(p('missing', 'x'), 'w'));
show('open wx exists', () => fs.openSync(p('file.txt'), 'wx'));
show('open dir for write', () => fs.openSync(p('dir'), 'w'));
show('open under file', () => fs.openSync(p('file.txt', 'x')));
show('readFile dir', () => fs.readFileSync(p('dir')));
show('readFile missing', () => fs.readFileSync(p('missing'), 'utf8'));
show('writeFile dir', () => fs.writeFileSync(p('dir'), 'x'));
show('mkdir exists', () => fs.mkdirSync(p('dir')));
show('mkdir missing parent', () => fs.mkdirSync(p('a', 'b')));
show('mkdir recursive', () => clean(fs.mkdirSync(p('a', 'b', 'c'), { recursive: true })));
show('mkdir recursive again', () => fs.mkdirSync(p('a', 'b', 'c'), { recursive: true }));
show('mkdir recursive over file', () => fs.mkdirSync(p('file.txt'), { recursive: true }));
show('mkdir recursive under file', () => fs.mkdirSync(p('file.txt', 'q'), { recursive: true }));
show('rmdir not empty', () => fs.rmdirSync(p('dir')));
show('rmdir file', () => fs.rmdirSync(p('file.txt')));
show('rmdir missing', () => fs.rmdirSync(p('missing')));
show('unlink dir', () => fs.unlinkSync(p('dir')));
show('unlink missing', () => fs.unlinkSync(p('missing')));
show('rm dir', () => fs.rmSync(p('dir')));
show('rm missing', () => fs.rmSync(p('missing')));
show('rm missing force', () => fs.rmSync(p('missing'), { force: true }));
show('rename missing', () => fs.renameSync(p('missing'), p('other')));
show('rename dir over file', () => fs.renameSync(p('dir'), p('file.txt')));
show('copyFile missing', () => fs.copyFileSync(p('missing'), p('c')));
show('copyFile excl', () => fs.copyFileSync(p('file.txt'), p('dir', 'inner'), fs.constants.COPYFILE_EXCL));
show('link missing', () => fs.linkSync(p('missing'), p('l')));
show('symlink exists', () => fs.symlinkSync('x', p('file.txt')));
show('readlink not link', () => fs.readlinkSync(p('file.txt')));
show('readdir file', () => fs.readdirSync(p('file.txt')));
show('readdir missing', () => fs.readdirSync(p('missing')));
show('stat missing', () => fs.statSync(p('missing')));
show('stat missing no throw', () => fs.statSync(p('missing'), { throwIfNoEntry: false }));
show('lstat under file no throw', () => fs.lstatSync(p('file.txt', 'x'), { throwIfNoEntry: false }));
show('stat under file no throw', () => fs.statSync(p('file.txt', 'x'), { throwIfNoEntry: false }));
show('access missing', () => fs.accessSync(p('missing')));
show('chmod missing', () => fs.chmodSync(p('missing'), 0o644));
show('utimes missing', () => fs.utimesSync(p('missing'), 1, 1));
show('truncate missing', () => fs.truncateSync(p('missing')));
show('mkdtemp missing', () => fs.mkdtempSync(p('missing', 'x-')));
show('realpath missing', () => fs.realpathSync(p('dir', 'nope', 'deeper')));
show('realpath.native missing', () => fs.realpathSync.native(p('dir', 'nope')));
show('read bad fd', () => fs.readSync(999, new Uint8Array(4), 0, 4, 0));
show('write bad fd', () => fs.writeSync(999, 'x'));
show('close bad fd', () => fs.closeSync(999));
show('fstat bad fd', () => fs.fstatSync(999));
show('fsync bad fd', () => fs.fsyncSync(999));
show('ftruncate bad fd', () => fs.ftruncateSync(999));

// argument validation
show('open number path', () => fs.openSync(1));
show('open null byte', () => fs.openSync('/tmp/x\u0000y'));
show('open bad flags', () => fs.openSync(p('file.txt'), 'zz'));
show('open bad flag type', () => fs.openSync(p('file.txt'), {}));
show('open bad mode', () => fs.openSync(p('file.txt'), 'r', 'abc'));
show('open mode range', () => fs.openSync(p('file.txt'), 'r', -1));
show('read fd string', () => fs.readSync('1', new Uint8Array(1)));
show('read fd negative', () => fs.readSync(-1, new Uint8Array(1)));
show('read bad buffer', () => fs.readSync(0, 'abc'));
show('read bad offset', () => fs.readSync(0, new Uint8Array(4), -1, 1, 0));
show('read bad length', () => fs.readSync(0, new Uint8Array(4), 0, 10, 0));
show('write bad data', () => fs.writeSync(1, {}));
show('writeFile bad data', () => fs.writeFileSync(p('w'), 123));
show('writeFile bad encoding', () => fs.writeFileSync(p('w'), 'x', { encoding: 'nope' }));
show('readFile bad options', () => fs.readFileSync(p('file.txt'), 42));
show('readFile bad flag', () => fs.readFileSync(p('file.txt'), { flag: 'q' }));
show('mkdir bad recursive', () => fs.mkdirSync(p('m'), { recursive: 'yes' }));
show('rm bad options', () => fs.rmSync(p('m'), { force: 1 }));
show('chmod bad mode', () => fs.chmodSync(p('file.txt'), 'rwx'));
show('chown bad uid', () => fs.chownSync(p('file.txt'), -2, 0));
show('utimes bad time', () => fs.utimesSync(p('file.txt'), 'abc', 1));
show('copyFile bad mode', () => fs.copyFileSync(p('file.txt'), p('c2'), 8));
show('symlink bad type', () => fs.symlinkSync('a', p('s'), 'bogus'));
show('access bad mode', () => fs.accessSync(p('file.txt'), 8));
show('truncate bad len', () => fs.truncateSync(p('file.txt'), 'x'));
show('exists bad', () => fs.existsSync({}));
show('exists ok', () => fs.existsSync(p('file.txt')));
show('readv bad', () => fs.readvSync(0, [1, 2]));

// results
show('readFile utf8', () => fs.readFileSync(p('file.txt'), 'utf8'));
show('readFile latin1', () => fs.readFileSync(p('file.txt'), { encoding: 'latin1' }));
show('readdir', () => fs.readdirSync(root).sort().join(','));
show('readdir recursive', () => fs.readdirSync(root, { recursive: true }).sort().join(','));
show('readdir types', () => fs.readdirSync(root, { withFileTypes: true })
  .map((d) => `${d.name}:${d.isFile()}:${d.isDirectory()}:${clean(d.parentPath)}`).sort().join(','));
show('appendFile', () => { fs.appendFileSync(p('file.txt'), 'more'); return fs.readFileSync(p('file.txt'), 'utf8'); });
show('write/read positions', () => {
  const fd = fs.openSync(p('pos'), 'w+');
  fs.writeSync(fd, 'abcdef');
  fs.writeSync(fd, 'XY', 2);
  const b = new Uint8Array(6);
  const n = fs.readSync(fd, b, 0, 6, 0);
  fs.closeSync(fd);
  return `${n}:${String.fromCharCode(...b)}`;
});
show('stat fields', () => {
  const s = fs.statSync(p('file.txt'));
  return [s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.size, typeof s.mtimeMs,
          s.mtime instanceof Date, s.mtime.getTime() === Math.round(s.mtimeMs), Object.keys(s).length].join(',');
});
show('bigint stat', () => {
  const s = fs.statSync(p('file.txt'), { bigint: true });
  return [typeof s.size, typeof s.mtimeNs, s.mtimeMs === s.mtimeNs / 1000000n, s.isFile(),
          Object.keys(s).length].join(',');
});
show('symlink+lstat', () => {
  fs.symlinkSync('file.txt', p('link'));
  return [fs.lstatSync(p('link')).isSymbolicLink(), fs.readlinkSync(p('link')),
          clean(fs.realpathSync(p('link')))].join(',');
});
show('truncate', () => { fs.truncateSync(p('pos'), 2); return fs.readFileSync(p('pos'), 'utf8'); });
show('copyFile', () => { fs.copyFileSync(p('pos'), p('pos2')); return fs.readFileSync(p('pos2'), 'utf8'); });
show('rename', () => { fs.renameSync(p('pos2'), p('pos3')); return fs.existsSync(p('pos2')) + ',' + fs.existsSync(p('pos3')); });
show('chmod', () => { fs.chmodSync(p('pos3'), '600'); return (fs.statSync(p('pos3')).mode & 0o777).toString(8); });
show('utimes', () => { fs.utimesSync(p('pos3'), 1000, new Date(2000000)); const s = fs.statSync(p('pos3')); return `${s.atimeMs},${s.mtimeMs}`; });
show('rm recursive', () => { fs.rmSync(p('a'), { recursive: true }); return fs.existsSync(p('a')); });

fs.rmSync(root, { recursive: true, force: true });
console.log('cleaned', fs.existsSync(root));

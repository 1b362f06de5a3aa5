'use strict';
// fs.Stats / BigIntStats / StatFs / Dirent, fs.constants and the sync + callback basics.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-fscls-'));
const p = (...a) => path.join(root, ...a);
test.after(() => fs.rmSync(root, { recursive: true, force: true }));

test('Stats fields, Date getters and type checks', () => {
  fs.writeFileSync(p('f'), 'abc');
  fs.utimesSync(p('f'), 1.5, 2.25);
  const s = fs.statSync(p('f'));
  assert.ok(s instanceof fs.Stats);
  assert.deepStrictEqual(Object.keys(s), ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize',
    'ino', 'size', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']);
  assert.strictEqual(s.size, 3);
  assert.strictEqual(s.atimeMs, 1500);
  assert.strictEqual(s.mtimeMs, 2250);
  assert.ok(s.mtime instanceof Date);
  assert.strictEqual(s.mtime.getTime(), 2250);
  assert.ok(Object.keys(s).includes('mtime'));  // cached on first read
  s.atime = 'changed';
  assert.strictEqual(s.atime, 'changed');
  assert.strictEqual(s.isFile(), true);
  for (const m of ['isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice']) {
    assert.strictEqual(s[m](), false, m);
  }
  assert.strictEqual(fs.statSync(root).isDirectory(), true);
  assert.strictEqual(fs.statSync('/dev/null').isCharacterDevice(), true);
});

test('BigIntStats', () => {
  const s = fs.statSync(p('f'), { bigint: true });
  assert.strictEqual(s.size, 3n);
  assert.strictEqual(s.mtimeNs, 2250000000n);
  assert.strictEqual(s.mtimeMs, 2250n);
  assert.strictEqual(s.mtime.getTime(), 2250);
  assert.strictEqual(s.isFile(), true);
  assert.strictEqual(s.constructor.name, 'BigIntStats');
  const f = fs.fstatSync(fs.openSync(p('f')), { bigint: true });
  assert.strictEqual(typeof f.ino, 'bigint');
});

test('StatFs', () => {
  const s = fs.statfsSync(root);
  assert.deepStrictEqual(Object.keys(s), ['type', 'bsize', 'frsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree']);
  assert.strictEqual(typeof fs.statfsSync(root, { bigint: true }).blocks, 'bigint');
});

test('Dirent', () => {
  fs.mkdirSync(p('d'));
  fs.symlinkSync('f', p('l'));
  const ents = fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  assert.deepStrictEqual(ents.map((e) => [e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink()]),
                         [['d', false, true, false], ['f', true, false, false], ['l', false, false, true]]);
  assert.ok(ents[0] instanceof fs.Dirent);
  assert.strictEqual(ents[0].parentPath, root);
  assert.deepStrictEqual(Object.keys(ents[0]), ['name', 'parentPath']);
});

test('constants', () => {
  const c = fs.constants;
  assert.strictEqual(Object.getPrototypeOf(c), null);
  assert.strictEqual(c.O_CREAT, 64);
  assert.strictEqual(c.O_APPEND, 1024);
  assert.strictEqual(c.S_IFDIR, 16384);
  assert.strictEqual(c.COPYFILE_FICLONE, 2);
  assert.strictEqual(c.UV_DIRENT_LINK, 3);
  assert.strictEqual(fs.lchmod, undefined);
});

test('flags', () => {
  const check = (flag, content) => {
    fs.writeFileSync(p('flags'), 'base');
    const fd = fs.openSync(p('flags'), flag);
    try { fs.writeSync(fd, 'X'); } catch (e) { assert.strictEqual(e.code, 'EBADF'); }
    fs.closeSync(fd);
    assert.strictEqual(fs.readFileSync(p('flags'), 'utf8'), content, flag);
  };
  check('r', 'base');
  check('r+', 'Xase');
  check('w', 'X');
  check('w+', 'X');
  check('a', 'baseX');
  check('a+', 'baseX');
  check('as', 'baseX');
  assert.throws(() => fs.openSync(p('flags'), 'wx'), { code: 'EEXIST', syscall: 'open' });
  assert.throws(() => fs.openSync(p('flags'), 'ax'), { code: 'EEXIST' });
  assert.throws(() => fs.openSync(p('flags'), 'rx'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => fs.openSync(p('flags'), true), { code: 'ERR_INVALID_ARG_VALUE' });
});

test('large file in chunks, fd forms', () => {
  const big = Buffer.alloc(3 * 1024 * 1024 + 17, 'ab');
  fs.writeFileSync(p('big'), big);
  assert.ok(fs.readFileSync(p('big')).equals(big));
  const fd = fs.openSync(p('big'), 'r');
  const head = Buffer.alloc(5);
  fs.readSync(fd, head, 0, 5, null);
  assert.strictEqual(head.toString(), 'ababa');
  assert.strictEqual(fs.readFileSync(fd).length, big.length - 5);  // from the current position
  fs.closeSync(fd);
});

test('callback forms deliver results on a later turn', async () => {
  let sync = true;
  const done = new Promise((resolve) => fs.readFile(p('f'), 'utf8', (err, data) => resolve([err, data, sync])));
  sync = false;
  assert.deepStrictEqual(await done, [null, 'abc', false]);
  await new Promise((resolve) => fs.stat(p('missing'), (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.syscall, 'stat');
    assert.strictEqual(err.path, p('missing'));
    resolve();
  }));
  assert.throws(() => fs.stat(p('f')), { code: 'ERR_INVALID_ARG_TYPE' });
});

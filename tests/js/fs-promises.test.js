'use strict';
// fs.promises and FileHandle: results and errors as Node 24 gives them.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-fsp-'));
const p = (...a) => path.join(root, ...a);
test.after(() => fs.rmSync(root, { recursive: true, force: true }));

test('module shape', () => {
  assert.strictEqual(fs.promises, fsp);
  assert.strictEqual(require('node:fs').promises.readFile, fsp.readFile);
  for (const name of ['access', 'copyFile', 'open', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir',
                      'readdir', 'readlink', 'symlink', 'lstat', 'stat', 'statfs', 'link', 'unlink',
                      'chmod', 'lchown', 'chown', 'utimes', 'lutimes', 'realpath', 'mkdtemp',
                      'writeFile', 'appendFile', 'readFile']) {
    assert.strictEqual(typeof fsp[name], 'function', name);
  }
  assert.strictEqual(fsp.constants, fs.constants);
});

test('writeFile / appendFile / readFile', async () => {
  await fsp.writeFile(p('a'), 'abc');
  await fsp.appendFile(p('a'), new Uint8Array([100, 101]));
  assert.strictEqual(await fsp.readFile(p('a'), 'utf8'), 'abcde');
  const bytes = await fsp.readFile(p('a'));
  assert.ok(bytes instanceof Uint8Array);
  assert.deepStrictEqual(Array.from(bytes), [97, 98, 99, 100, 101]);
  await fsp.writeFile(p('it'), ['x', 'y', 'z']);
  assert.strictEqual(await fsp.readFile(p('it'), 'utf8'), 'xyz');
  await fsp.writeFile(p('it'), (async function*() { yield 'q'; yield 'r'; })());
  assert.strictEqual(await fsp.readFile(p('it'), 'utf8'), 'qr');
});

test('errors carry code, errno, syscall and path', async () => {
  await assert.rejects(fsp.readFile(p('missing')), {
    name: 'Error', code: 'ENOENT', errno: -2, syscall: 'open', path: p('missing'),
    message: `ENOENT: no such file or directory, open '${p('missing')}'`,
  });
  await assert.rejects(fsp.mkdir(root), { code: 'EEXIST', syscall: 'mkdir' });
  await assert.rejects(fsp.rename(p('missing'), p('b')), {
    code: 'ENOENT', syscall: 'rename', dest: p('b'),
    message: `ENOENT: no such file or directory, rename '${p('missing')}' -> '${p('b')}'`,
  });
  await assert.rejects(fsp.readFile(root), { code: 'EISDIR', syscall: 'read' });
  await assert.rejects(fsp.rm(root), { code: 'ERR_FS_EISDIR', name: 'SystemError' });
  await assert.rejects(fsp.readFile(1n), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fsp.open(p('a'), 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });
  await assert.rejects(fsp.readFile('a\u0000b'), { code: 'ERR_INVALID_ARG_VALUE' });
});

test('abort signal', async () => {
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(fsp.readFile(p('a'), { signal: ac.signal }), { name: 'AbortError', code: 'ABORT_ERR' });
  await assert.rejects(fsp.writeFile(p('a'), 'x', { signal: ac.signal }), { name: 'AbortError' });
  assert.strictEqual(await fsp.readFile(p('a'), 'utf8'), 'abcde');
});

test('FileHandle read / write / stat / truncate / close', async () => {
  const h = await fsp.open(p('h'), 'w+');
  assert.strictEqual(typeof h.fd, 'number');
  const w = await h.write('hello world');
  assert.strictEqual(w.bytesWritten, 11);
  const r = await h.read(new Uint8Array(5), 0, 5, 6);
  assert.strictEqual(r.bytesRead, 5);
  assert.strictEqual(String.fromCharCode(...r.buffer), 'world');
  const r2 = await h.read({ buffer: new Uint8Array(3), position: 0 });
  assert.strictEqual(String.fromCharCode(...r2.buffer), 'hel');
  assert.strictEqual((await h.stat()).size, 11);
  assert.strictEqual(typeof (await h.stat({ bigint: true })).size, 'bigint');
  await h.truncate(5);
  await h.sync();
  await h.datasync();
  await h.chmod(0o640);
  assert.strictEqual((await h.stat()).mode & 0o777, 0o640);
  const v = await h.writev([new Uint8Array([33]), new Uint8Array([63])], 5);
  assert.strictEqual(v.bytesWritten, 2);
  assert.strictEqual(await h.readFile({ encoding: 'utf8' }), '');  // position is at the end
  await h.close();
  assert.strictEqual(h.fd, -1);
  await h.close();
  await assert.rejects(h.stat(), { code: 'EBADF', message: 'file closed' });
  assert.strictEqual(await fsp.readFile(p('h'), 'utf8'), 'hello!?');
});

test('FileHandle writeFile / appendFile / asyncDispose', async () => {
  const h = await fsp.open(p('d'), 'w');
  await h.writeFile('one');
  await h.appendFile('two');
  await h[Symbol.asyncDispose]();
  assert.strictEqual(h.fd, -1);
  assert.strictEqual(await fsp.readFile(p('d'), 'utf8'), 'onetwo');
});

test('directories', async () => {
  assert.strictEqual(await fsp.mkdir(p('x', 'y', 'z'), { recursive: true }), p('x'));
  assert.strictEqual(await fsp.mkdir(p('x', 'y'), { recursive: true }), undefined);
  await fsp.writeFile(p('x', 'y', 'f'), '');
  assert.deepStrictEqual((await fsp.readdir(p('x'), { recursive: true })).sort(), ['y', 'y/f', 'y/z']);
  const ents = await fsp.readdir(p('x', 'y'), { withFileTypes: true });
  assert.deepStrictEqual(ents.map((d) => [d.name, d.isFile(), d.isDirectory(), d.parentPath]).sort(),
                         [['f', true, false, p('x', 'y')], ['z', false, true, p('x', 'y')]]);
  assert.ok(ents[0] instanceof fs.Dirent);
  const tmp = await fsp.mkdtemp(p('tmp-'));
  assert.ok(tmp.startsWith(p('tmp-')) && tmp.length === p('tmp-').length + 6);
  await fsp.rmdir(tmp);
  await fsp.rm(p('x'), { recursive: true });
  await fsp.rm(p('x'), { force: true });
  await assert.rejects(fsp.access(p('x')), { code: 'ENOENT', syscall: 'access' });
});

test('links, stats and times', async () => {
  await fsp.writeFile(p('t'), 'data');
  await fsp.symlink('t', p('s'));
  assert.strictEqual(await fsp.readlink(p('s')), 't');
  assert.ok((await fsp.lstat(p('s'))).isSymbolicLink());
  assert.ok((await fsp.stat(p('s'))).isFile());
  assert.strictEqual(await fsp.realpath(p('s')), fs.realpathSync(p('t')));
  await fsp.link(p('t'), p('hard'));
  assert.strictEqual((await fsp.stat(p('t'))).nlink, 2);
  await fsp.utimes(p('t'), 1, new Date(5000));
  const st = await fsp.stat(p('t'));
  assert.strictEqual(st.mtimeMs, 5000);
  assert.strictEqual(st.atime.getTime(), 1000);
  assert.ok(st instanceof fs.Stats);
  await fsp.copyFile(p('t'), p('copy'));
  await assert.rejects(fsp.copyFile(p('t'), p('copy'), fs.constants.COPYFILE_EXCL), { code: 'EEXIST', syscall: 'copyfile' });
  await fsp.truncate(p('copy'), 2);
  assert.strictEqual(await fsp.readFile(p('copy'), 'utf8'), 'da');
  const sfs = await fsp.statfs(root);
  assert.strictEqual(typeof sfs.bsize, 'number');
  await fsp.unlink(p('hard'));
});

test('FileHandle.readLines and createReadStream', async () => {
  await fsp.writeFile(p('lines'), 'one\ntwo\r\nthree');
  const h = await fsp.open(p('lines'));
  const lines = [];
  for await (const line of h.readLines()) lines.push(line);
  assert.deepStrictEqual(lines, ['one', 'two', 'three']);
  const h2 = await fsp.open(p('lines'));
  const chunks = [];
  for await (const c of h2.createReadStream({ encoding: 'utf8' })) chunks.push(c);
  assert.strictEqual(chunks.join(''), 'one\ntwo\r\nthree');
});

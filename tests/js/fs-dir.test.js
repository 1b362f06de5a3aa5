'use strict';
// fs.Dir / opendir: entries, recursion, closing rules and errors as Node 24 gives them.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-dir-'));
const p = (...a) => path.join(root, ...a);
fs.mkdirSync(p('sub', 'deep'), { recursive: true });
for (let i = 0; i < 40; i++) fs.writeFileSync(p('sub', `f${i}`), '');
fs.writeFileSync(p('top.txt'), '');
fs.writeFileSync(p('sub', 'deep', 'z'), '');
fs.symlinkSync('top.txt', p('link'));
test.after(() => fs.rmSync(root, { recursive: true, force: true }));

function drainSync(dir) {
  const out = [];
  for (let e; (e = dir.readSync()) !== null;) out.push(e);
  dir.closeSync();
  return out;
}

test('readSync lists every entry once with its type', () => {
  const entries = drainSync(fs.opendirSync(root, { bufferSize: 1 }));
  const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
  assert.deepStrictEqual(Object.keys(byName).sort(), ['link', 'sub', 'top.txt']);
  assert.ok(byName.sub.isDirectory());
  assert.ok(byName['top.txt'].isFile());
  assert.ok(byName.link.isSymbolicLink());
  assert.strictEqual(byName.sub.parentPath, root);
  assert.ok(byName.sub instanceof fs.Dirent);
});

test('recursive reads every level, more entries than bufferSize', () => {
  const entries = drainSync(fs.opendirSync(root, { recursive: true, bufferSize: 4 }));
  const rel = entries.map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();
  assert.strictEqual(rel.length, 3 + 1 + 40 + 1);
  assert.ok(rel.includes(path.join('sub', 'deep', 'z')));
  assert.ok(rel.includes(path.join('sub', 'f39')));
});

test('async iteration closes the directory', async () => {
  const dir = await fs.promises.opendir(p('sub'));
  const names = [];
  for await (const e of dir) names.push(e.name);
  assert.strictEqual(names.length, 41);
  await assert.rejects(dir.close(), { code: 'ERR_DIR_CLOSED' });
  assert.throws(() => dir.readSync(), { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
});

test('callback read and close; concurrent promise reads are queued', async () => {
  const dir = await new Promise((resolve, reject) => {
    fs.opendir(root, (err, d) => (err ? reject(err) : resolve(d)));
  });
  assert.strictEqual(dir.path, root);
  const reads = [dir.read(), dir.read(), dir.read(), dir.read()];
  assert.throws(() => dir.readSync(), { code: 'ERR_DIR_CONCURRENT_OPERATION' });
  assert.throws(() => dir.closeSync(), { code: 'ERR_DIR_CONCURRENT_OPERATION' });
  const got = await Promise.all(reads);
  assert.strictEqual(got[3], null);
  assert.deepStrictEqual(got.slice(0, 3).map((e) => e.name).sort(), ['link', 'sub', 'top.txt']);
  await new Promise((resolve) => dir.close((err) => { assert.ifError(err); resolve(); }));
  await new Promise((resolve) => dir.close((err) => { assert.strictEqual(err.code, 'ERR_DIR_CLOSED'); resolve(); }));
});

test('buffer encoding and dispose', () => {
  const dir = fs.opendirSync(p('sub', 'deep'), { encoding: 'buffer' });
  const e = dir.readSync();
  assert.ok(Buffer.isBuffer(e.name));
  assert.strictEqual(e.name.toString(), 'z');
  dir[Symbol.dispose]();
  dir[Symbol.dispose]();
  assert.throws(() => dir.closeSync(), { code: 'ERR_DIR_CLOSED' });
});

test('errors', async () => {
  assert.throws(() => fs.opendirSync(p('missing')), {
    code: 'ENOENT', syscall: 'opendir', message: 'ENOENT: no such file or directory, opendir',
  });
  assert.throws(() => fs.opendirSync(p('top.txt')), { code: 'ENOTDIR' });
  await assert.rejects(fs.promises.opendir(p('missing')), {
    code: 'ENOENT', path: p('missing'),
    message: `ENOENT: no such file or directory, opendir '${p('missing')}'`,
  });
  assert.throws(() => fs.opendirSync(root, { bufferSize: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.opendirSync(root, { bufferSize: '1' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.opendir(root), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.opendirSync(5), { code: 'ERR_INVALID_ARG_TYPE' });
});

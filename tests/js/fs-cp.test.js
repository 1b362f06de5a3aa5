'use strict';
// fs.cp / cpSync / promises.cp: copies trees, honours filter/force/errorOnExist, and fails
// with Node's codes.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-cp-'));
const p = (...a) => path.join(root, ...a);
fs.mkdirSync(p('src', 'sub'), { recursive: true });
fs.writeFileSync(p('src', 'one.txt'), '1');
fs.writeFileSync(p('src', 'sub', 'two.txt'), '2');
fs.writeFileSync(p('src', 'skip.log'), 'x');
fs.symlinkSync('one.txt', p('src', 'link'));
test.after(() => fs.rmSync(root, { recursive: true, force: true }));

function listing(dir) {
  return fs.readdirSync(dir, { recursive: true }).map(String).sort();
}

test('cpSync copies a tree recursively, links re-pointed to absolute targets', () => {
  fs.cpSync(p('src'), p('copy'), { recursive: true });
  assert.deepStrictEqual(listing(p('copy')), listing(p('src')));
  assert.strictEqual(fs.readFileSync(p('copy', 'sub', 'two.txt'), 'utf8'), '2');
  assert.strictEqual(fs.readlinkSync(p('copy', 'link')), p('src', 'one.txt'));
});

test('promises.cp and the callback form give the same tree', async () => {
  await fs.promises.cp(p('src'), p('copy-p'), { recursive: true, verbatimSymlinks: true });
  assert.deepStrictEqual(listing(p('copy-p')), listing(p('src')));
  assert.strictEqual(fs.readlinkSync(p('copy-p', 'link')), 'one.txt');
  await new Promise((resolve, reject) => {
    fs.cp(p('src'), p('copy-c'), { recursive: true }, (err) => (err ? reject(err) : resolve()));
  });
  assert.deepStrictEqual(listing(p('copy-c')), listing(p('src')));
});

test('filter (sync and async) skips entries and their subtrees', async () => {
  fs.cpSync(p('src'), p('f1'), { recursive: true, filter: (s) => !s.endsWith('.log') && !s.endsWith('sub') });
  assert.deepStrictEqual(listing(p('f1')), ['link', 'one.txt']);
  await fs.promises.cp(p('src'), p('f2'), { recursive: true, filter: async (s) => !s.endsWith('.log') });
  assert.deepStrictEqual(listing(p('f2')), ['link', 'one.txt', 'sub', path.join('sub', 'two.txt')]);
  assert.throws(() => fs.cpSync(p('src'), p('f3'), { recursive: true, filter: async () => true }), {
    code: 'ERR_INVALID_RETURN_VALUE',
  });
});

test('force and errorOnExist', async () => {
  fs.writeFileSync(p('dest.txt'), 'old');
  fs.cpSync(p('src', 'one.txt'), p('dest.txt'), { force: false });
  assert.strictEqual(fs.readFileSync(p('dest.txt'), 'utf8'), 'old');
  assert.throws(() => fs.cpSync(p('src', 'one.txt'), p('dest.txt'), { force: false, errorOnExist: true }), {
    name: 'SystemError', code: 'ERR_FS_CP_EEXIST', errno: 17, syscall: 'cp', path: p('dest.txt'),
  });
  await fs.promises.cp(p('src', 'one.txt'), p('dest.txt'));
  assert.strictEqual(fs.readFileSync(p('dest.txt'), 'utf8'), '1');
});

test('errors', async () => {
  await assert.rejects(fs.promises.cp(p('src'), p('out')), {
    name: 'SystemError', code: 'ERR_FS_EISDIR', errno: 21,
  });
  await assert.rejects(fs.promises.cp(p('src'), p('src', 'sub', 'inner'), { recursive: true }), {
    code: 'ERR_FS_CP_EINVAL',
  });
  await assert.rejects(fs.promises.cp(p('src'), p('dest.txt'), { recursive: true }), {
    code: 'ERR_FS_CP_DIR_TO_NON_DIR',
  });
  await assert.rejects(fs.promises.cp(p('dest.txt'), p('src')), { code: 'ERR_FS_CP_NON_DIR_TO_DIR' });
  await assert.rejects(fs.promises.cp(p('missing'), p('x')), { code: 'ENOENT', syscall: 'lstat' });
  assert.throws(() => fs.cpSync(p('src'), p('src')), { code: 'ERR_FS_CP_EINVAL' });
  assert.throws(() => fs.cpSync(p('src'), p('x'), { dereference: true, verbatimSymlinks: true }), {
    code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
  });
  assert.throws(() => fs.cpSync(p('src'), p('x'), { recursive: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.cp(p('src'), p('x')), { code: 'ERR_INVALID_ARG_TYPE' });
});

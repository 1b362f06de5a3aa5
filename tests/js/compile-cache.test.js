'use strict';
// node:module's compile-cache API (Node 24): module.constants.compileCacheStatus,
// enableCompileCache (FAILED, DISABLED, ENABLED, ALREADY_ENABLED, argument checks),
// getCompileCacheDir, flushCompileCache. Only what Node 24 and protoJS both do is checked: the
// cache's contents and its validation are protoJS's own (tests/cli/compile-cache-test.sh).
// The tests run in order: the cache can be enabled once per process.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');

const { FAILED, ENABLED, ALREADY_ENABLED, DISABLED } = Module.constants.compileCacheStatus;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-cache-test-'));
const enabledFromEnvironment = !!process.env.NODE_COMPILE_CACHE && process.env.NODE_DISABLE_COMPILE_CACHE === undefined;

test.after(() => fs.rmSync(root, { recursive: true, force: true }));

test('compileCacheStatus constants', () => {
  const s = Module.constants.compileCacheStatus;
  assert.deepStrictEqual({ ...s }, { FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 });
  assert.strictEqual(Object.getPrototypeOf(s), null);
  assert.ok(Object.isFrozen(s));
  assert.strictEqual(typeof Module.enableCompileCache, 'function');
  assert.strictEqual(Module.enableCompileCache.length, 1);
  assert.strictEqual(Module.getCompileCacheDir.length, 0);
  assert.strictEqual(Module.flushCompileCache.length, 0);
});

test('the directory must be a string', () => {
  for (const bad of [123, null, true, { directory: 5 }, { directory: null }]) {
    assert.throws(() => Module.enableCompileCache(bad), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'cacheDir should be a string',
    });
  }
});

test('before enabling: no directory, flush does nothing', { skip: enabledFromEnvironment && 'NODE_COMPILE_CACHE is set' }, () => {
  assert.strictEqual(Module.getCompileCacheDir(), undefined);
  assert.strictEqual(Module.flushCompileCache(), undefined);
});

test('NODE_DISABLE_COMPILE_CACHE (any value) disables it', () => {
  const saved = process.env.NODE_DISABLE_COMPILE_CACHE;
  try {
    for (const v of ['1', '0', '']) {
      process.env.NODE_DISABLE_COMPILE_CACHE = v;
      assert.deepStrictEqual(Module.enableCompileCache(path.join(root, 'disabled')),
                             { status: DISABLED, message: 'Disabled by NODE_DISABLE_COMPILE_CACHE' });
    }
    // the type check comes first
    assert.throws(() => Module.enableCompileCache(1), { code: 'ERR_INVALID_ARG_TYPE' });
  } finally {
    if (saved === undefined) delete process.env.NODE_DISABLE_COMPILE_CACHE;
    else process.env.NODE_DISABLE_COMPILE_CACHE = saved;
  }
  assert.strictEqual(fs.existsSync(path.join(root, 'disabled')), false);
});

test('a directory that cannot be created: FAILED with a message', { skip: enabledFromEnvironment && 'NODE_COMPILE_CACHE is set' }, () => {
  const file = path.join(root, 'a-file');
  fs.writeFileSync(file, 'not a directory');
  const r = Module.enableCompileCache(path.join(file, 'cache'));
  assert.deepStrictEqual(r, { status: FAILED, message: 'Cannot create cache directory: not a directory' });
  assert.strictEqual(Module.getCompileCacheDir(), undefined);
});

test('enabling: ENABLED, then ALREADY_ENABLED with the directory in use', { skip: enabledFromEnvironment && 'NODE_COMPILE_CACHE is set' }, () => {
  const dir = path.join(root, 'nested', 'cache');
  // a relative directory resolves against the working directory
  const relative = path.relative(process.cwd(), dir);
  const r = Module.enableCompileCache({ directory: relative });
  assert.deepStrictEqual(r, { status: ENABLED, directory: dir });
  const inUse = Module.getCompileCacheDir();
  assert.strictEqual(typeof inUse, 'string');
  assert.strictEqual(path.dirname(inUse), dir);  // one subdirectory per runtime version
  assert.ok(fs.statSync(inUse).isDirectory());

  assert.deepStrictEqual(Module.enableCompileCache(path.join(root, 'other')),
                         { status: ALREADY_ENABLED, directory: inUse });
  assert.deepStrictEqual(Module.enableCompileCache(), { status: ALREADY_ENABLED, directory: inUse });
  assert.strictEqual(fs.existsSync(path.join(root, 'other')), false);
});

test('modules loaded while enabled are cached after a flush', () => {
  const inUse = Module.getCompileCacheDir();
  assert.ok(inUse);
  const before = fs.readdirSync(inUse).length;
  const cjs = path.join(root, 'cached-module.js');
  fs.writeFileSync(cjs, 'module.exports = function answer() { return 42; };\n');
  const answer = require(cjs);
  assert.strictEqual(answer(), 42);
  assert.strictEqual(answer.toString(), 'function answer() { return 42; }');
  assert.strictEqual(Module.flushCompileCache(), undefined);
  assert.ok(fs.readdirSync(inUse).length > before, 'an entry was written');
});

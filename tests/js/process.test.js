'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

test('argv, execPath, argv0', () => {
  assert.ok(path.isAbsolute(process.execPath));
  assert.strictEqual(process.argv[0], process.execPath);
  assert.ok(process.argv[1].endsWith('process.test.js'));
  assert.ok(Array.isArray(process.execArgv));
});

test('version and versions', () => {
  assert.match(process.version, /^v24\.\d+\.\d+$/);
  assert.strictEqual(process.versions.node, process.version.slice(1));
  assert.strictEqual(process.platform, 'linux');
  assert.strictEqual(typeof process.arch, 'string');
  assert.strictEqual(process.release.name, 'node');
});

test('env is live and stringifies values', () => {
  process.env.PROTOJS_TEST_VAR = 42;
  assert.strictEqual(process.env.PROTOJS_TEST_VAR, '42');
  assert.ok('PROTOJS_TEST_VAR' in process.env);
  assert.ok(Object.keys(process.env).includes('PROTOJS_TEST_VAR'));
  delete process.env.PROTOJS_TEST_VAR;
  assert.strictEqual(process.env.PROTOJS_TEST_VAR, undefined);
});

test('cwd and chdir', () => {
  const here = process.cwd();
  process.chdir('..');
  assert.strictEqual(process.cwd(), path.dirname(here));
  process.chdir(here);
  assert.throws(() => process.chdir('/definitely/not/here'), { code: 'ENOENT', syscall: 'chdir' });
  assert.throws(() => process.chdir(5), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('hrtime and hrtime.bigint', () => {
  const a = process.hrtime();
  assert.strictEqual(a.length, 2);
  const d = process.hrtime(a);
  assert.ok(d[0] >= 0 && d[1] >= 0);
  assert.strictEqual(typeof process.hrtime.bigint(), 'bigint');
  assert.throws(() => process.hrtime(1), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('memoryUsage, cpuUsage, resourceUsage, uptime', () => {
  const m = process.memoryUsage();
  for (const k of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']) assert.strictEqual(typeof m[k], 'number');
  assert.ok(m.rss > 0 && process.memoryUsage.rss() > 0);
  const c = process.cpuUsage();
  assert.ok(c.user >= 0 && c.system >= 0);
  const c2 = process.cpuUsage(c);
  assert.ok(c2.user >= 0);
  assert.strictEqual(typeof process.resourceUsage().maxRSS, 'number');
  assert.ok(process.uptime() > 0 && process.uptime() < 60);
});

test('pid, ppid, umask, title, kill with signal 0', () => {
  assert.ok(Number.isInteger(process.pid) && process.pid > 0);
  assert.ok(Number.isInteger(process.ppid));
  const old = process.umask(0o22);
  assert.strictEqual(process.umask(old), 0o22);
  assert.strictEqual(typeof process.title, 'string');
  assert.strictEqual(process.kill(process.pid, 0), true);
  assert.throws(() => process.kill(process.pid, 'SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL' });
});

test('exitCode validation', () => {
  assert.throws(() => { process.exitCode = 'abc'; }, { code: 'ERR_INVALID_ARG_TYPE' });
  process.exitCode = 0;
  assert.strictEqual(process.exitCode, 0);
  process.exitCode = undefined;
});

test('emitWarning emits a warning event', async () => {
  const w = await new Promise((resolve) => {
    process.once('warning', resolve);
    process.emitWarning('careful', { type: 'CustomWarning', code: 'X001' });
  });
  assert.strictEqual(w.name, 'CustomWarning');
  assert.strictEqual(w.message, 'careful');
  assert.strictEqual(w.code, 'X001');
});

test('process is an EventEmitter and stdout writes', () => {
  assert.strictEqual(typeof process.on, 'function');
  assert.strictEqual(process.stdout.write(''), true);
  assert.strictEqual(typeof process.stdout.fd, 'number');
  assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
});

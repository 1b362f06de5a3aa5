'use strict';
const test = require('node:test');
const assert = require('node:assert');
const os = require('node:os');

test('os facts have Node shapes', () => {
  assert.strictEqual(os.platform(), 'linux');
  assert.strictEqual(os.type(), 'Linux');
  assert.strictEqual(os.EOL, '\n');
  assert.strictEqual(os.devNull, '/dev/null');
  assert.ok(['LE', 'BE'].includes(os.endianness()));
  assert.strictEqual(typeof os.hostname(), 'string');
  assert.ok(os.hostname().length > 0);
  assert.ok(os.availableParallelism() >= 1);
  assert.ok(os.totalmem() >= os.freemem());
  assert.ok(os.uptime() > 0);
  assert.strictEqual(os.loadavg().length, 3);
  const cpus = os.cpus();
  assert.ok(cpus.length >= 1);
  assert.deepStrictEqual(Object.keys(cpus[0].times), ['user', 'nice', 'sys', 'idle', 'irq']);
  assert.strictEqual(os.machine(), process.arch === 'x64' ? 'x86_64' : os.machine());
});

test('networkInterfaces lists loopback with cidr', () => {
  const ifs = os.networkInterfaces();
  const all = Object.values(ifs).flat();
  const lo = all.find((a) => a.address === '127.0.0.1');
  assert.ok(lo, 'loopback present');
  assert.deepStrictEqual(lo, {
    address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4',
    mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8',
  });
  for (const a of all) {
    if (a.family === 'IPv6') assert.strictEqual(typeof a.scopeid, 'number');
    else assert.strictEqual('scopeid' in a, false);
    assert.match(a.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
  }
});

test('userInfo and homedir', () => {
  const u = os.userInfo();
  assert.strictEqual(Object.getPrototypeOf(u), null);
  assert.strictEqual(u.uid, process.getuid());
  assert.strictEqual(u.gid, process.getgid());
  assert.strictEqual(typeof u.username, 'string');
  const b = os.userInfo({ encoding: 'buffer' });
  assert.ok(b.username instanceof Uint8Array);
  assert.strictEqual(new TextDecoder().decode(b.username), u.username);
  assert.strictEqual(typeof os.homedir(), 'string');
});

test('tmpdir follows TMPDIR, TMP, TEMP', () => {
  const saved = { ...process.env };
  try {
    delete process.env.TMPDIR; delete process.env.TMP; delete process.env.TEMP;
    assert.strictEqual(os.tmpdir(), '/tmp');
    process.env.TEMP = '/c/';
    assert.strictEqual(os.tmpdir(), '/c');
    process.env.TMP = '/b';
    assert.strictEqual(os.tmpdir(), '/b');
    process.env.TMPDIR = '/a//';
    assert.strictEqual(os.tmpdir(), '/a/');
    process.env.TMPDIR = '/';
    assert.strictEqual(os.tmpdir(), '/');
  } finally {
    for (const k of ['TMPDIR', 'TMP', 'TEMP']) {
      if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k];
    }
  }
});

test('priority: validation and system errors', () => {
  assert.strictEqual(os.getPriority(), os.getPriority(process.pid));
  os.setPriority(os.getPriority());
  assert.throws(() => os.getPriority('1'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => os.setPriority(0, 20), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
  assert.throws(() => os.getPriority(2 ** 31 - 2), (e) => {
    assert.strictEqual(e.name, 'SystemError');
    assert.strictEqual(e.code, 'ERR_SYSTEM_ERROR');
    assert.strictEqual(e.errno, -3);
    assert.strictEqual(e.syscall, 'uv_os_getpriority');
    assert.deepStrictEqual({ ...e.info }, {
      errno: -3, code: 'ESRCH', message: 'no such process', syscall: 'uv_os_getpriority',
    });
    assert.strictEqual(e.message,
                       'A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
    return true;
  });
});

test('constants are Node\'s', () => {
  assert.strictEqual(os.constants.signals.SIGTERM, 15);
  assert.strictEqual(os.constants.errno.ENOENT, 2);
  assert.strictEqual(os.constants.priority.PRIORITY_HIGHEST, -20);
  assert.strictEqual(os.constants.dlopen.RTLD_NOW, 2);
  assert.strictEqual(os.constants.UV_UDP_REUSEADDR, 4);
  assert.ok(Object.isFrozen(os.constants.signals));
  assert.throws(() => { os.constants = {}; }, TypeError);
});

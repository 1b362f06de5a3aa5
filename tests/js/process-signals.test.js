'use strict';
const test = require('node:test');
const assert = require('node:assert');
const os = require('node:os');

// A signal listener does not keep the process alive (as in Node), so each wait holds a timer.
function keepAlive(promise) {
  const timer = setInterval(() => {}, 1000);
  return promise.finally(() => clearInterval(timer));
}

function nextSignal(sig) {
  return keepAlive(new Promise((resolve) => process.once(sig, (...args) => resolve(args))));
}

test('process.kill(process.pid, sig) reaches a listener with the name and number', async () => {
  for (const sig of ['SIGUSR2', 'SIGHUP', 'SIGTERM', 'SIGINT']) {
    const got = nextSignal(sig);
    process.kill(process.pid, sig);
    assert.deepStrictEqual(await got, [sig, os.constants.signals[sig]]);
    assert.strictEqual(process.listenerCount(sig), 0);
  }
});

test('every listener runs, and a signal number works for process.kill', async () => {
  const calls = [];
  const a = () => calls.push('a');
  const b = keepAlive(new Promise((resolve) => {
    process.on('SIGUSR2', function b(name) { calls.push(`b:${name}`); process.off('SIGUSR2', b); resolve(); });
  }));
  process.on('SIGUSR2', a);
  process.kill(process.pid, os.constants.signals.SIGUSR2);
  await b;
  process.off('SIGUSR2', a);
  assert.deepStrictEqual(calls.sort(), ['a', 'b:SIGUSR2']);
});

test('non-signal SIG names are plain events; SIGKILL cannot be listened to', () => {
  let seen;
  process.once('SIGNOTREAL', (v) => { seen = v; });
  process.emit('SIGNOTREAL', 5);
  assert.strictEqual(seen, 5);
  assert.throws(() => process.on('SIGKILL', () => {}),
                { code: 'EINVAL', syscall: 'uv_signal_start', message: 'uv_signal_start EINVAL' });
  assert.strictEqual(process.listenerCount('SIGKILL'), 0);
});

'use strict';
const test = require('node:test');
const assert = require('node:assert');
const timersPromises = require('node:timers/promises');
const { promisify } = require('node:util');

test('setTimeout passes arguments and returns a Timeout', async () => {
  const got = await new Promise((resolve) => setTimeout((a, b) => resolve([a, b]), 1, 'x', 2));
  assert.deepStrictEqual(got, ['x', 2]);
});

test('Timeout objects: ref/unref/hasRef/refresh/toPrimitive', () => {
  const t = setTimeout(() => {}, 1000);
  assert.strictEqual(t.hasRef(), true);
  assert.strictEqual(t.unref(), t);
  assert.strictEqual(t.hasRef(), false);
  t.ref();
  assert.strictEqual(t.hasRef(), true);
  assert.strictEqual(t.refresh(), t);
  const id = +t;
  assert.strictEqual(typeof id, 'number');
  clearTimeout(id);
});

test('clearTimeout and clearInterval cancel', async () => {
  let fired = 0;
  const a = setTimeout(() => fired++, 1);
  clearTimeout(a);
  const b = setInterval(() => fired++, 1);
  clearInterval(b);
  await new Promise((r) => setTimeout(r, 10));
  assert.strictEqual(fired, 0);
});

test('setInterval repeats until cleared', async () => {
  let n = 0;
  await new Promise((resolve) => {
    const iv = setInterval(() => { if (++n === 3) { clearInterval(iv); resolve(); } }, 1);
  });
  assert.strictEqual(n, 3);
});

test('setImmediate runs before a timer scheduled from a timer', async () => {
  const order = [];
  await new Promise((resolve) => setTimeout(() => {
    setTimeout(() => { order.push('timeout'); resolve(); }, 0);
    setImmediate(() => order.push('immediate'));
  }, 1));
  assert.deepStrictEqual(order, ['immediate', 'timeout']);
});

test('nextTick runs before promise reactions', async () => {
  const order = [];
  // Scheduled from a macrotask: a test body itself may run inside a microtask, where Node runs
  // the remaining promise jobs before the tick queue.
  await new Promise((resolve) => setImmediate(() => {
    Promise.resolve().then(() => order.push('promise'));
    process.nextTick(() => order.push('tick'));
    queueMicrotask(() => order.push('microtask'));
    setImmediate(resolve);
  }));
  assert.deepStrictEqual(order, ['tick', 'promise', 'microtask']);
});

test('bad callbacks throw ERR_INVALID_ARG_TYPE', () => {
  for (const fn of [setTimeout, setInterval, setImmediate, queueMicrotask, process.nextTick]) {
    assert.throws(() => fn('not a function'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  }
});

test('timers/promises', async () => {
  assert.strictEqual(await timersPromises.setTimeout(1, 'v'), 'v');
  assert.strictEqual(await timersPromises.setImmediate('w'), 'w');
  assert.strictEqual(await promisify(setTimeout)(1, 'p'), 'p');
  const ac = new AbortController();
  const p = timersPromises.setTimeout(1000, 'x', { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
  let n = 0;
  for await (const v of timersPromises.setInterval(1, 'i')) {
    assert.strictEqual(v, 'i');
    if (++n === 2) break;
  }
  assert.strictEqual(n, 2);
});

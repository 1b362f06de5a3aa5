'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { AsyncLocalStorage, AsyncResource } = require('node:async_hooks');
const { EventEmitterAsyncResource } = require('node:events');
const { setTimeout: sleep } = require('node:timers/promises');

const als = new AsyncLocalStorage();

test('run/getStore/exit are scoped', () => {
  assert.strictEqual(als.getStore(), undefined);
  als.run({ id: 1 }, () => {
    assert.deepStrictEqual(als.getStore(), { id: 1 });
    als.exit(() => assert.strictEqual(als.getStore(), undefined));
    assert.deepStrictEqual(als.getStore(), { id: 1 });
  });
  assert.strictEqual(als.getStore(), undefined);
});

test('the store follows callbacks scheduled inside run()', async () => {
  const seen = await als.run('ctx', () => Promise.all([
    new Promise((r) => process.nextTick(() => r(als.getStore()))),
    new Promise((r) => setTimeout(() => r(als.getStore()), 1)),
    new Promise((r) => setImmediate(() => r(als.getStore()))),
    new Promise((r) => queueMicrotask(() => r(als.getStore()))),
    Promise.resolve().then(() => als.getStore()),
  ]));
  assert.deepStrictEqual(seen, ['ctx', 'ctx', 'ctx', 'ctx', 'ctx']);
});

test('await continuations keep their context', async () => {
  async function task(name) {
    await null;
    const a = als.getStore();
    await sleep(1);
    const b = als.getStore();
    return [name, a, b];
  }
  const results = await Promise.all([als.run('x', () => task('x')), als.run('y', () => task('y'))]);
  assert.deepStrictEqual(results, [['x', 'x', 'x'], ['y', 'y', 'y']]);
});

test('a reaction runs in the context where it was registered', async () => {
  let resolve;
  const p = new Promise((r) => { resolve = r; });
  const got = als.run('registered', () => p.then(() => als.getStore()));
  als.run('resolver', () => resolve());
  assert.strictEqual(await got, 'registered');
});

test('bind, snapshot and AsyncResource capture the context', () => {
  const bound = als.run('b', () => AsyncLocalStorage.bind(() => als.getStore()));
  const snap = als.run('s', () => AsyncLocalStorage.snapshot());
  const res = als.run('r', () => new AsyncResource('T'));
  als.run('other', () => {
    assert.strictEqual(bound(), 'b');
    assert.strictEqual(snap(() => als.getStore()), 's');
    assert.strictEqual(res.runInAsyncScope(() => als.getStore()), 'r');
  });
  assert.strictEqual(typeof res.asyncId(), 'number');
});

test('EventEmitterAsyncResource emits in its own context', () => {
  const ee = als.run('made', () => new EventEmitterAsyncResource({ name: 'E' }));
  let seen;
  ee.on('x', () => { seen = als.getStore(); });
  als.run('emitting', () => ee.emit('x'));
  assert.strictEqual(seen, 'made');
});

test('defaultValue and disable', () => {
  const d = new AsyncLocalStorage({ defaultValue: 0 });
  assert.strictEqual(d.getStore(), 0);
  d.run(5, () => {
    d.disable();
    assert.strictEqual(d.getStore(), 0);
  });
});

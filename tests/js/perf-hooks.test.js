'use strict';
const test = require('node:test');
const assert = require('node:assert');
const {
  performance, PerformanceObserver, createHistogram, monitorEventLoopDelay,
} = require('node:perf_hooks');

test('now() is monotonic and timeOrigin is a wall-clock epoch', () => {
  const a = performance.now();
  const b = performance.now();
  assert.ok(b >= a);
  assert.ok(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
});

test('marks and measures', () => {
  performance.clearMarks();
  performance.clearMeasures();
  performance.mark('s', { startTime: 10 });
  performance.mark('e', { startTime: 25, detail: { k: 1 } });
  const m = performance.measure('span', 's', 'e');
  assert.strictEqual(m.duration, 15);
  assert.strictEqual(m.startTime, 10);
  assert.deepStrictEqual(performance.getEntriesByName('e')[0].detail, { k: 1 });
  assert.deepStrictEqual(performance.getEntries().map((x) => x.name), ['s', 'span', 'e']);
  assert.throws(() => performance.measure('x', 'missing'), { name: 'SyntaxError' });
  assert.throws(() => performance.mark(), { code: 'ERR_MISSING_ARGS' });
  performance.clearMarks();
  performance.clearMeasures();
  assert.strictEqual(performance.getEntries().length, 0);
});

test('PerformanceObserver batches entries into a later callback', async () => {
  const got = await new Promise((resolve) => {
    const obs = new PerformanceObserver((list) => {
      obs.disconnect();
      resolve(list.getEntries().map((e) => e.name));
    });
    obs.observe({ entryTypes: ['mark'] });
    performance.mark('one');
    performance.mark('two');
  });
  assert.deepStrictEqual(got, ['one', 'two']);
  performance.clearMarks();
});

test('timerify records into a histogram', () => {
  const h = createHistogram();
  const f = performance.timerify((x) => x * 2, { histogram: h });
  assert.strictEqual(f(21), 42);
  assert.strictEqual(h.count, 1);
  assert.ok(h.min >= 1);
});

test('RecordableHistogram statistics', () => {
  const h = createHistogram();
  for (let i = 1; i <= 100; i++) h.record(i);
  assert.strictEqual(h.count, 100);
  assert.strictEqual(h.min, 1);
  assert.strictEqual(h.max, 100);
  assert.strictEqual(h.mean, 50.5);
  assert.strictEqual(h.percentile(50), 50);
  assert.strictEqual(h.percentile(100), 100);
  assert.strictEqual(h.percentiles.get(0), 1);
  assert.throws(() => h.record(0), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => h.percentile(0), { code: 'ERR_OUT_OF_RANGE' });
  h.reset();
  assert.strictEqual(h.count, 0);
  assert.strictEqual(h.max, 0);
});

test('monitorEventLoopDelay records while enabled', async () => {
  const eld = monitorEventLoopDelay({ resolution: 1 });
  assert.strictEqual(eld.enable(), true);
  assert.strictEqual(eld.enable(), false);
  await new Promise((r) => setTimeout(r, 20));
  assert.strictEqual(eld.disable(), true);
  assert.ok(eld.count > 0);
  assert.ok(eld.min > 0);
});

test('eventLoopUtilization once the loop runs', async () => {
  await new Promise((r) => setTimeout(r, 5));
  const u = performance.eventLoopUtilization();
  assert.ok(u.idle >= 0 && u.active >= 0);
  assert.ok(u.utilization >= 0 && u.utilization <= 1);
  const d = performance.eventLoopUtilization(u);
  assert.strictEqual(typeof d.utilization, 'number');
});

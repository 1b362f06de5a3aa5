'use strict';
const test = require('node:test');
const assert = require('node:assert');
const dc = require('node:diagnostics_channel');
const { AsyncLocalStorage } = require('node:async_hooks');

test('channel identity, name and validation', () => {
  const c = dc.channel('t:identity');
  c.subscribe(() => {});
  assert.strictEqual(dc.channel('t:identity'), c);
  assert.strictEqual(c.name, 't:identity');
  assert.ok(c instanceof dc.Channel);
  const sym = Symbol('t');
  assert.strictEqual(dc.channel(sym).name, sym);
  for (const bad of [1, null, undefined, {}, false]) {
    assert.throws(() => dc.channel(bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  }
  assert.throws(() => c.subscribe('no'), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('subscribe, publish, unsubscribe', () => {
  const c = dc.channel('t:pubsub');
  const seen = [];
  const fn = (msg, name) => seen.push([msg, name]);
  assert.strictEqual(c.hasSubscribers, false);
  assert.strictEqual(dc.hasSubscribers('t:pubsub'), false);
  dc.subscribe('t:pubsub', fn);
  assert.strictEqual(c.hasSubscribers, true);
  assert.strictEqual(dc.hasSubscribers('t:pubsub'), true);
  c.publish({ x: 1 });
  assert.deepStrictEqual(seen, [[{ x: 1 }, 't:pubsub']]);
  assert.strictEqual(c.unsubscribe(fn), true);
  assert.strictEqual(dc.unsubscribe('t:pubsub', fn), false);
  assert.strictEqual(c.hasSubscribers, false);
  c.publish('ignored');
  assert.strictEqual(seen.length, 1);
});

test('unsubscribing during publish takes effect on the next publish', () => {
  const c = dc.channel('t:snapshot');
  const calls = [];
  const second = () => calls.push('second');
  c.subscribe(() => { calls.push('first'); c.unsubscribe(second); });
  c.subscribe(second);
  c.publish();
  c.publish();
  assert.deepStrictEqual(calls, ['first', 'second', 'first']);
});

test('bindStore and runStores', () => {
  const als = new AsyncLocalStorage();
  const c = dc.channel('t:stores');
  assert.deepStrictEqual(c.runStores(1, (a) => [a, als.getStore()], null, 'x'), ['x', undefined]);
  c.bindStore(als, (data) => ({ data }));
  assert.strictEqual(c.hasSubscribers, true);
  let published;
  c.subscribe(() => { published = als.getStore(); });
  const result = c.runStores(5, function(a, b) { return [this.t, a, b, als.getStore()]; }, { t: 1 }, 2, 3);
  assert.deepStrictEqual(result, [1, 2, 3, { data: 5 }]);
  assert.deepStrictEqual(published, { data: 5 });
  assert.strictEqual(als.getStore(), undefined);
  assert.strictEqual(c.unbindStore(als), true);
  assert.strictEqual(c.unbindStore(als), false);
});

test('tracingChannel traceSync / traceCallback / tracePromise', async () => {
  const tc = dc.tracingChannel('t:trace');
  assert.strictEqual(tc.start.name, 'tracing:t:trace:start');
  assert.strictEqual(tc.hasSubscribers, false);
  const events = [];
  const handlers = {};
  for (const k of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
    handlers[k] = (ctx) => events.push(k);
  }
  tc.subscribe(handlers);
  assert.strictEqual(tc.hasSubscribers, true);

  const ctx = {};
  assert.strictEqual(tc.traceSync((a) => a + 1, ctx, null, 1), 2);
  assert.strictEqual(ctx.result, 2);
  assert.deepStrictEqual(events.splice(0), ['start', 'end']);

  assert.throws(() => tc.traceSync(() => { throw new Error('x'); }), /x/);
  assert.deepStrictEqual(events.splice(0), ['start', 'error', 'end']);

  let got;
  tc.traceCallback((cb) => cb(null, 'r'), 0, {}, null, (err, res) => { got = res; });
  assert.strictEqual(got, 'r');
  assert.deepStrictEqual(events.splice(0), ['start', 'asyncStart', 'asyncEnd', 'end']);
  assert.throws(() => tc.traceCallback(() => {}, -1, {}, null, 1), { code: 'ERR_INVALID_ARG_TYPE' });

  const pctx = {};
  assert.strictEqual(await tc.tracePromise(async () => 'p', pctx), 'p');
  assert.strictEqual(pctx.result, 'p');
  assert.deepStrictEqual(events.splice(0), ['start', 'end', 'asyncStart', 'asyncEnd']);
  await assert.rejects(tc.tracePromise(() => Promise.reject(new Error('no'))), /no/);
  assert.deepStrictEqual(events.splice(0), ['start', 'end', 'error', 'asyncStart', 'asyncEnd']);

  assert.strictEqual(tc.unsubscribe(handlers), true);
  assert.strictEqual(tc.hasSubscribers, false);
  assert.throws(() => dc.tracingChannel(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dc.tracingChannel({ start: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('a throwing subscriber is reported as uncaught, later', async () => {
  const c = dc.channel('t:throws');
  const caught = new Promise((resolve) => {
    const listeners = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    process.once('uncaughtException', (err) => {
      for (const l of listeners) process.on('uncaughtException', l);
      resolve(err);
    });
  });
  let after = false;
  c.subscribe(() => { throw new Error('sub'); });
  c.subscribe(() => { after = true; });
  c.publish();
  assert.strictEqual(after, true);
  assert.strictEqual((await caught).message, 'sub');
});

'use strict';
// node:stream core classes: module shape, Readable/Writable/Duplex/Transform basics,
// backpressure signals, pipeline/finished (callback and promise forms).
const test = require('node:test');
const assert = require('node:assert');
const stream = require('node:stream');
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = stream;
const { pipeline: pipelineP, finished: finishedP } = require('node:stream/promises');

test('module shape', () => {
  assert.strictEqual(typeof stream, 'function');
  assert.strictEqual(stream.Stream, stream);
  assert.strictEqual(require('stream'), stream);
  assert.strictEqual(stream.promises, require('stream/promises'));
  assert.ok(new stream() instanceof require('events'));
  for (const C of [Readable, Writable, Duplex, Transform, PassThrough]) {
    assert.ok(new C() instanceof stream);
  }
  assert.ok(new Duplex() instanceof Writable);
  assert.ok(!(new Readable() instanceof Writable));
  assert.strictEqual(typeof Readable.prototype.map, 'function');
  assert.strictEqual(Readable.prototype.asIndexedPairs, undefined);
  assert.strictEqual(stream.getDefaultHighWaterMark(false), 65536);
  assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
  assert.strictEqual(require('util').promisify(stream.pipeline), pipelineP);
  assert.strictEqual(require('util').promisify(stream.finished), finishedP);
});

test('Readable object mode: push, read, end', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  assert.strictEqual(r.readableHighWaterMark, 16);
  assert.strictEqual(r.push(1), true);
  r.push({ a: 2 });
  r.push(null);
  assert.deepStrictEqual(await r.toArray(), [1, { a: 2 }]);
  assert.strictEqual(r.readableEnded, true);
});

test('Readable.from and async iteration', async () => {
  const out = [];
  for await (const x of Readable.from(['a', 'b', 'c'])) out.push(x);
  assert.deepStrictEqual(out, ['a', 'b', 'c']);
  assert.throws(() => Readable.from(1), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('push after EOF errors the stream', async () => {
  const r = new Readable({ read() {} });
  r.push(null);
  r.push('x');
  const [err] = await require('events').once(r, 'error');
  assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
});

test('Writable backpressure and drain', async () => {
  const chunks = [];
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(c, e, cb) { chunks.push(c); setImmediate(cb); },
  });
  assert.strictEqual(w.write(1), true);
  assert.strictEqual(w.write(2), false);
  assert.strictEqual(w.writableNeedDrain, true);
  await require('events').once(w, 'drain');
  w.end(3);
  await finishedP(w);
  assert.deepStrictEqual(chunks, [1, 2, 3]);
  assert.strictEqual(w.writableFinished, true);
});

test('write after end and null chunks', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.throws(() => w.write(null), { code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError' });
  assert.throws(() => w.write(1), { code: 'ERR_INVALID_ARG_TYPE' });
  w.on('error', () => {});
  w.end();
  const err = await new Promise((resolve) => w.write('x', resolve));
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
});

test('cork/uncork batches into _writev', async () => {
  const calls = [];
  const w = new Writable({
    objectMode: true,
    write(c, e, cb) { calls.push(['write', c]); cb(); },
    writev(chunks, cb) { calls.push(['writev', chunks.map((x) => x.chunk)]); cb(); },
  });
  w.cork();
  w.write('a');
  w.write('b');
  w.uncork();
  w.end();
  await finishedP(w);
  assert.deepStrictEqual(calls, [['writev', ['a', 'b']]]);
});

test('Transform with flush', async () => {
  const t = new Transform({
    objectMode: true,
    transform(c, e, cb) { cb(null, c * 2); },
    flush(cb) { cb(null, 'end'); },
  });
  t.write(1);
  t.end(2);
  assert.deepStrictEqual(await t.toArray(), [2, 4, 'end']);
});

test('pipeline callback collects errors and destroys stages', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  const t = new Transform({ objectMode: true, transform(c, e, cb) { cb(new Error('bad')); } });
  const w = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  const err = await new Promise((resolve) => {
    pipeline(r, t, w, resolve);
    r.push(1);
  });
  assert.strictEqual(err.message, 'bad');
  assert.ok(r.destroyed && t.destroyed && w.destroyed);
});

test('pipeline promise form with generators and value', async () => {
  const value = await pipelineP(
    Readable.from([1, 2, 3]),
    async function* (src) { for await (const x of src) yield x + 1; },
    async (src) => { let s = 0; for await (const x of src) s += x; return s; });
  assert.strictEqual(value, 9);
});

test('pipeline with aborted signal rejects with AbortError', async () => {
  const ac = new AbortController();
  const p = pipelineP(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError' });
});

test('finished reports premature close', async () => {
  const r = new Readable({ read() {} });
  const p = new Promise((resolve) => finished(r, resolve));
  r.destroy();
  const err = await p;
  assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
});

test('Duplex allowHalfOpen false ends writable after end', async () => {
  const d = new Duplex({ allowHalfOpen: false, objectMode: true, read() {}, write(c, e, cb) { cb(); } });
  d.push(null);
  d.resume();
  await require('events').once(d, 'finish');
  assert.strictEqual(d.writableEnded, true);
});

test('highWaterMark validation', () => {
  assert.throws(() => new Readable({ highWaterMark: -1 }),
                { code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.highWaterMark' is invalid. Received -1" });
  assert.throws(() => new Duplex({ readableHighWaterMark: 'x' }),
                { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });
});

test('destroy emits error then close once', async () => {
  const events = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => events.push('error:' + e.message));
  w.on('close', () => events.push('close'));
  w.destroy(new Error('x'));
  w.destroy(new Error('y'));
  await new Promise((r) => setImmediate(r));
  assert.deepStrictEqual(events, ['error:x', 'close']);
  assert.strictEqual(w.errored.message, 'x');
});

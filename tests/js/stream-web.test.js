'use strict';
// WHATWG streams (node:stream/web and globals): readers, writers, transforms, piping, tee,
// byte streams with BYOB readers, strategies, text streams and the Node adapters.
const test = require('node:test');
const assert = require('node:assert');
const web = require('node:stream/web');
const { Readable, Writable, Duplex } = require('node:stream');
const { ReadableStream, WritableStream, TransformStream, ByteLengthQueuingStrategy,
  CountQueuingStrategy, TextEncoderStream, TextDecoderStream } = web;

async function collect(rs) {
  const out = [];
  for await (const c of rs) out.push(c);
  return out;
}

test('globals are the stream/web classes', () => {
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
                      'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
                      'ReadableStreamDefaultController', 'WritableStream',
                      'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
                      'TransformStream', 'TransformStreamDefaultController',
                      'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
                      'TextEncoderStream', 'TextDecoderStream']) {
    assert.strictEqual(globalThis[name], web[name], name);
  }
});

test('ReadableStream default reader and pull', async () => {
  let n = 0;
  const rs = new ReadableStream({
    pull(c) {
      c.enqueue(n++);
      if (n === 3) c.close();
    },
  });
  const reader = rs.getReader();
  assert.strictEqual(rs.locked, true);
  assert.deepStrictEqual(await reader.read(), { value: 0, done: false });
  reader.releaseLock();
  assert.deepStrictEqual(await collect(rs), [1, 2]);
});

test('errors and locks', async () => {
  const rs = new ReadableStream();
  rs.getReader();
  assert.throws(() => rs.getReader(), { code: 'ERR_INVALID_STATE', name: 'TypeError' });
  await assert.rejects(rs.cancel(), { code: 'ERR_INVALID_STATE' });
  assert.throws(() => new ReadableStream({}, { highWaterMark: -1 }), { name: 'RangeError' });
  assert.throws(() => new web.ReadableStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  const failing = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  await assert.rejects(failing.getReader().read(), /boom/);
});

test('WritableStream backpressure and close', async () => {
  const written = [];
  const ws = new WritableStream({
    write(chunk) { written.push(chunk); return new Promise((r) => setImmediate(r)); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = ws.getWriter();
  assert.strictEqual(w.desiredSize, 2);
  w.write('a');
  w.write('b');
  assert.strictEqual(w.desiredSize, 0);
  await w.ready;
  await w.close();
  assert.deepStrictEqual(written, ['a', 'b']);
  await assert.rejects(w.write('c'), { code: 'ERR_INVALID_STATE' });
});

test('pipeTo, pipeThrough and abort signal', async () => {
  const out = [];
  await ReadableStream.from([1, 2, 3]).pipeTo(new WritableStream({ write(c) { out.push(c); } }));
  assert.deepStrictEqual(out, [1, 2, 3]);
  const doubled = ReadableStream.from([1, 2]).pipeThrough(new TransformStream({
    transform(c, ctl) { ctl.enqueue(c * 2); },
  }));
  assert.deepStrictEqual(await collect(doubled), [2, 4]);
  const ac = new AbortController();
  const p = new ReadableStream({ pull() {} }).pipeTo(new WritableStream(), { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError' });
});

test('tee gives both branches every chunk', async () => {
  const [a, b] = ReadableStream.from(['x', 'y']).tee();
  const [ra, rb] = await Promise.all([collect(a), collect(b)]);
  assert.deepStrictEqual(ra, ['x', 'y']);
  assert.deepStrictEqual(rb, ['x', 'y']);
});

test('byte stream with BYOB reader, respond() and detaching', async () => {
  const chunk = new Uint8Array([1, 2, 3, 4, 5]);
  const rs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(chunk); c.close(); } });
  assert.strictEqual(chunk.byteLength, 0);   // transferred
  const reader = rs.getReader({ mode: 'byob' });
  const first = await reader.read(new Uint8Array(3));
  assert.deepStrictEqual([...first.value], [1, 2, 3]);
  const second = await reader.read(new Uint8Array(3));
  assert.deepStrictEqual([...second.value], [4, 5]);
  const end = await reader.read(new Uint8Array(3));
  assert.strictEqual(end.done, true);

  const pulled = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      v[0] = 9;
      c.byobRequest.respond(1);
    },
  });
  const r2 = pulled.getReader({ mode: 'byob' });
  const res = await r2.read(new Uint8Array(4));
  assert.deepStrictEqual([...res.value], [9]);
  await assert.rejects(r2.read(new Uint8Array(0)), { code: 'ERR_INVALID_STATE' });
});

test('queuing strategies', () => {
  const b = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
  assert.strictEqual(b.highWaterMark, 16);
  assert.strictEqual(b.size(new Uint8Array(5)), 5);
  const c = new CountQueuingStrategy({ highWaterMark: 2 });
  assert.strictEqual(c.size('anything'), 1);
  assert.throws(() => new CountQueuingStrategy({}), { code: 'ERR_MISSING_OPTION' });
});

test('TextEncoderStream / TextDecoderStream keep split characters', async () => {
  const bytes = await collect(ReadableStream.from(['a\ud83d', '\ude00']).pipeThrough(new TextEncoderStream()));
  const flat = bytes.flatMap((u8) => [...u8]);
  assert.deepStrictEqual(flat, [0x61, 0xf0, 0x9f, 0x98, 0x80]);
  const text = await collect(ReadableStream.from([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac])])
    .pipeThrough(new TextDecoderStream()));
  assert.strictEqual(text.join(''), '\u20ac');
});

test('Readable.toWeb / fromWeb', async () => {
  const rs = Readable.toWeb(Readable.from(['a', 'b'], { objectMode: true }));
  assert.deepStrictEqual(await collect(rs), ['a', 'b']);
  const r = Readable.fromWeb(ReadableStream.from(['c', 'd']), { objectMode: true });
  assert.deepStrictEqual(await r.toArray(), ['c', 'd']);
});

test('Writable.toWeb / fromWeb', async () => {
  const got = [];
  const ws = Writable.toWeb(new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }));
  const w = ws.getWriter();
  await w.write('x');
  await w.close();
  assert.deepStrictEqual(got, ['x']);
  const sink = [];
  const nodeW = Writable.fromWeb(new WritableStream({ write(c) { sink.push(c); } }), { objectMode: true });
  await new Promise((resolve) => nodeW.end('y', resolve));
  assert.deepStrictEqual(sink, ['y']);
});

test('Duplex.toWeb / fromWeb', async () => {
  const { readable, writable } = Duplex.toWeb(new Duplex({
    objectMode: true,
    read() {},
    write(c, e, cb) { this.push(c.toUpperCase()); cb(); },
    final(cb) { this.push(null); cb(); },
  }));
  const w = writable.getWriter();
  w.write('q');
  w.close();
  assert.deepStrictEqual(await collect(readable), ['Q']);
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c + '!'); } });
  const d = Duplex.fromWeb(ts, { objectMode: true });
  d.end('hi');
  assert.deepStrictEqual(await d.toArray(), ['hi!']);
});

test('stream/consumers', async () => {
  const consumers = require('node:stream/consumers');
  assert.strictEqual(await consumers.text(Readable.from(['a', 'b'])), 'ab');
  assert.deepStrictEqual(await consumers.json(ReadableStream.from(['{"a":', '1}'])), { a: 1 });
  const buf = await consumers.buffer(Readable.from([Buffer.from('xy')]));
  assert.strictEqual(buf.toString(), 'xy');
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('z')]));
  assert.strictEqual(ab.byteLength, 1);
});

test('finished() and pipeline() accept web streams', async () => {
  const { finished, pipeline } = require('node:stream/promises');
  const rs = ReadableStream.from(['1']);
  const out = [];
  await pipeline(rs, new WritableStream({ write(c) { out.push(c); } }));
  assert.deepStrictEqual(out, ['1']);
  const ws = new WritableStream();
  ws.close();
  await finished(ws);
});

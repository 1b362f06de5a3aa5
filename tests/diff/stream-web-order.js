'use strict';
// WHATWG streams: the order of start/pull/write/close callbacks and promise settlements,
// errors (name, code, message), pipeTo/pipeThrough/tee, readers, BYOB and strategies.
const web = require('stream/web');
const { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy,
  ByteLengthQueuingStrategy, TextEncoderStream, TextDecoderStream } = web;

let tag = '';
const log = (...a) => console.log(`[${tag}]`, ...a);
const E = (e) => (e instanceof Error ? `${e.name}|${e.code}|${e.message}` : `value:${String(e)}`);
const J = (r) => JSON.stringify(r, (k, v) => (ArrayBuffer.isView(v) ? `${v.constructor.name}[${Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))}]` : v));

function marks() {
  process.nextTick(() => log('tick'));
  Promise.resolve().then(() => log('micro1')).then(() => log('micro2')).then(() => log('micro3'));
}

const scenarios = {
  'start-pull-order'() {
    let n = 0;
    const rs = new ReadableStream({
      start(c) { log('start', c.desiredSize); },
      pull(c) { log('pull', n, c.desiredSize); c.enqueue(n++); if (n === 3) c.close(); },
    }, { highWaterMark: 2 });
    marks();
    const r = rs.getReader();
    r.read().then((x) => log('read1', J(x)));
    r.read().then((x) => log('read2', J(x)));
    r.closed.then(() => log('closed'));
  },
  'async-iterate'() {
    const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
    (async () => { for await (const x of rs) log('chunk', x); log('done', rs.locked); })();
    marks();
  },
  'iterate-break-cancels'() {
    const rs = new ReadableStream({
      pull(c) { c.enqueue(1); },
      cancel(r) { log('cancel', String(r)); },
    });
    (async () => { for await (const x of rs) { log('got', x); break; } log('after', rs.locked); })();
  },
  'iterate-preventCancel'() {
    const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); }, cancel() { log('cancel!'); } });
    (async () => { for await (const x of rs.values({ preventCancel: true })) { log('got', x); break; } log('locked', rs.locked); })();
  },
  'errors'() {
    const rs = new ReadableStream({ start(c) { c.error(new TypeError('bad source')); } });
    rs.getReader().read().catch((e) => log('read rejected', E(e)));
    const rs2 = new ReadableStream();
    rs2.getReader();
    try { rs2.getReader(); } catch (e) { log(E(e)); }
    rs2.cancel().catch((e) => log('cancel locked', E(e)));
    try { new ReadableStream({ type: 'nope' }); } catch (e) { log(E(e)); }
    try { new ReadableStream({}, { highWaterMark: -1 }); } catch (e) { log(E(e)); }
    try { new ReadableStream({}, { size: 5 }); } catch (e) { log(E(e)); }
    try { new ReadableStream({ type: 'bytes' }, { size() { return 1; } }); } catch (e) { log(E(e)); }
    try { new ReadableStream(5); } catch (e) { log(E(e)); }
    try { new ReadableStream().getReader({ mode: 'x' }); } catch (e) { log(E(e)); }
    try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { log(E(e)); }
    try { new web.ReadableStreamDefaultController(); } catch (e) { log(E(e)); }
    try { ReadableStream.prototype.getReader.call({}); } catch (e) { log(E(e)); }
    try { ReadableStream.from(5); } catch (e) { log(E(e)); }
    const c = new ReadableStream({ start(ctl) { ctl.close(); try { ctl.enqueue(1); } catch (e) { log(E(e)); } try { ctl.close(); } catch (e) { log(E(e)); } } });
    log(c.locked);
  },
  'reader-release'() {
    const rs = new ReadableStream({ pull() {} });
    const r = rs.getReader();
    const p = r.read();
    r.releaseLock();
    p.catch((e) => log('pending read', E(e)));
    r.closed.catch((e) => log('closed', E(e)));
    r.read().catch((e) => log('read after release', E(e)));
    log('locked', rs.locked);
  },
  'writable-order'() {
    const ws = new WritableStream({
      start() { log('start'); },
      write(c) { log('write', c); return new Promise((r) => setImmediate(r)); },
      close() { log('sink close'); },
    }, new CountQueuingStrategy({ highWaterMark: 2 }));
    const w = ws.getWriter();
    log('desired', w.desiredSize);
    w.ready.then(() => log('ready1'));
    w.write('a').then(() => log('written a'));
    w.write('b').then(() => log('written b'));
    log('desired', w.desiredSize);
    w.write('c').then(() => log('written c'));
    w.ready.then(() => log('ready2', w.desiredSize));
    w.close().then(() => log('closed'));
    w.closed.then(() => log('writer closed'));
    marks();
  },
  'writable-errors'() {
    const ws = new WritableStream({ write() { throw new RangeError('sink broke'); } });
    const w = ws.getWriter();
    w.write(1).catch((e) => log('write1', E(e)));
    w.write(2).catch((e) => log('write2', E(e)));
    w.closed.catch((e) => log('closed', E(e)));
    w.ready.catch((e) => log('ready', E(e)));
    try { new WritableStream({ type: 'x' }); } catch (e) { log(E(e)); }
    const ws2 = new WritableStream();
    ws2.getWriter();
    ws2.abort().catch((e) => log('abort locked', E(e)));
    try { ws2.getWriter(); } catch (e) { log(E(e)); }
  },
  'writable-abort'() {
    const ws = new WritableStream({
      write() { return new Promise((r) => setImmediate(r)); },
      abort(reason) { log('sink abort', String(reason)); },
    });
    const w = ws.getWriter();
    w.write('x').then(() => log('write done'), (e) => log('write rejected', E(e)));
    w.abort('why').then(() => log('abort resolved'));
    w.closed.catch((e) => log('closed', E(e)));
    log('signal', ws.locked);
  },
  'writer-release'() {
    const ws = new WritableStream();
    const w = ws.getWriter();
    w.releaseLock();
    w.closed.catch((e) => log('closed', E(e)));
    w.write(1).catch((e) => log('write', E(e)));
    try { log(w.desiredSize); } catch (e) { log(E(e)); }
    log(ws.locked);
  },
  'pipeTo-order'() {
    const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.enqueue(3); c.close(); } });
    const ws = new WritableStream({
      write(c) { log('write', c); },
      close() { log('close'); },
    });
    rs.pipeTo(ws).then(() => log('pipe done', rs.locked, ws.locked));
    marks();
  },
  'pipeTo-backpressure'() {
    let n = 0;
    const rs = new ReadableStream({ pull(c) { log('pull', n); c.enqueue(n++); if (n === 4) c.close(); } });
    const ws = new WritableStream({
      write(c) { log('write', c); return new Promise((r) => setImmediate(r)); },
      close() { log('close'); },
    }, { highWaterMark: 1 });
    rs.pipeTo(ws).then(() => log('pipe done'));
  },
  'pipeTo-source-error'() {
    const rs = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('src err')); } });
    const ws = new WritableStream({ write(c) { log('write', c); }, abort(r) { log('abort', E(r)); } });
    rs.pipeTo(ws).catch((e) => log('pipe rejected', E(e)));
  },
  'pipeTo-dest-error'() {
    const rs = new ReadableStream({ pull(c) { c.enqueue('z'); }, cancel(r) { log('cancel', E(r)); } });
    const ws = new WritableStream({ write() { throw new Error('dest err'); } });
    rs.pipeTo(ws).catch((e) => log('pipe rejected', E(e)));
  },
  'pipeTo-preventClose'() {
    const rs = new ReadableStream({ start(c) { c.enqueue('q'); c.close(); } });
    const ws = new WritableStream({ write(c) { log('write', c); }, close() { log('closed?!'); } });
    rs.pipeTo(ws, { preventClose: true }).then(() => log('done', ws.locked));
  },
  'pipeTo-signal'() {
    const ac = new AbortController();
    const rs = new ReadableStream({ pull() {}, cancel(r) { log('cancel', E(r)); } });
    const ws = new WritableStream({ abort(r) { log('abort', E(r)); } });
    rs.pipeTo(ws, { signal: ac.signal }).catch((e) => log('rejected', E(e)));
    setImmediate(() => ac.abort());
  },
  'pipeTo-bad'() {
    new ReadableStream().pipeTo({}).catch((e) => log(E(e)));
    try { new ReadableStream().pipeThrough({ readable: 1 }); } catch (e) { log(E(e)); }
  },
  'pipeThrough'() {
    const ts = new TransformStream({
      start() { log('ts start'); },
      transform(c, ctl) { log('transform', c); ctl.enqueue(c * 10); },
      flush() { log('flush'); },
    });
    const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
    const out = rs.pipeThrough(ts);
    (async () => { for await (const x of out) log('out', x); log('end'); })();
  },
  'transform-errors'() {
    const ts = new TransformStream({ transform() { throw new Error('tx'); } });
    const w = ts.writable.getWriter();
    w.write(1).catch((e) => log('write', E(e)));
    ts.readable.getReader().read().catch((e) => log('read', E(e)));
    const ts2 = new TransformStream({ start(c) { c.terminate(); } });
    ts2.writable.getWriter().write(1).catch((e) => log('terminated write', E(e)));
    try { new TransformStream({ readableType: 'bytes' }); } catch (e) { log(E(e)); }
  },
  'transform-backpressure'() {
    const ts = new TransformStream({ transform(c, ctl) { log('transform', c, ctl.desiredSize); ctl.enqueue(c); } },
                                   undefined, { highWaterMark: 1 });
    const w = ts.writable.getWriter();
    for (let i = 0; i < 3; i++) w.write(i).then(() => log('written', i));
    log('desired', w.desiredSize);
    setImmediate(() => {
      const r = ts.readable.getReader();
      r.read().then((x) => log('read', J(x)));
    });
  },
  'tee'() {
    const rs = new ReadableStream({ start(c) { c.enqueue('t1'); c.enqueue('t2'); c.close(); } });
    const [a, b] = rs.tee();
    log(rs.locked);
    const ra = a.getReader();
    ra.read().then((x) => log('a', J(x)));
    b.getReader().read().then((x) => log('b', J(x)));
    ra.read().then((x) => log('a2', J(x)));
    ra.read().then((x) => log('a3', J(x)));
  },
  'tee-cancel-both'() {
    const rs = new ReadableStream({ cancel(r) { log('source cancel', J(r)); } });
    const [a, b] = rs.tee();
    a.cancel('r1').then(() => log('a cancelled'));
    b.cancel('r2').then(() => log('b cancelled'));
  },
  'from'() {
    async function* g() { yield 'g1'; yield 'g2'; }
    (async () => {
      for await (const x of ReadableStream.from(g())) log('gen', x);
      for await (const x of ReadableStream.from([Promise.resolve('p'), 'v'])) log('arr', x);
    })();
  },
  'byte-stream'() {
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const req = c.byobRequest;
        log('pull', req ? req.view.byteLength : null, c.desiredSize);
        if (req) {
          req.view[0] = 7; req.view[1] = 8;
          req.respond(2);
        } else {
          c.enqueue(new Uint8Array([1, 2, 3, 4]));
        }
      },
    });
    const r = rs.getReader({ mode: 'byob' });
    r.read(new Uint8Array(4)).then((x) => {
      log('byob', J(x));
      return r.read(new Uint16Array(2), { min: 1 });
    }).then((x) => { log('byob2', J(x)); r.releaseLock(); return rs.getReader().read(); })
      .then((x) => log('default', J(x)));
  },
  'byte-stream-enqueue'() {
    const chunk = new Uint8Array([9, 9, 9]);
    const rs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(chunk); c.close(); } });
    log('detached after enqueue', chunk.byteLength, chunk.buffer.byteLength);
    const r = rs.getReader({ mode: 'byob' });
    r.read(new Uint8Array(2)).then((x) => { log('r1', J(x)); return r.read(new Uint8Array(2)); })
      .then((x) => { log('r2', J(x)); return r.read(new Uint8Array(2)); })
      .then((x) => log('r3', J(x)));
  },
  'byte-stream-autoallocate'() {
    const rs = new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 4,
      pull(c) { const v = c.byobRequest.view; log('view', v.byteLength); v[0] = 42; c.byobRequest.respond(1); c.close(); },
    });
    rs.getReader().read().then((x) => log('auto', J(x)));
  },
  'byob-errors'() {
    const rs = new ReadableStream({ type: 'bytes' });
    const r = rs.getReader({ mode: 'byob' });
    r.read(new Uint8Array(0)).catch((e) => log(E(e)));
    r.read({}).catch((e) => log(E(e)));
    r.read(new Uint8Array(2), { min: 3 }).catch((e) => log(E(e)));
    r.read(new Uint8Array(2), { min: 0 }).catch((e) => log(E(e)));
    try { new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }); } catch (e) { log(E(e)); }
    new ReadableStream({ type: 'bytes', start(c) { try { c.enqueue(new Uint8Array(0)); } catch (e) { log(E(e)); } } });
  },
  'strategies'() {
    const c = new CountQueuingStrategy({ highWaterMark: 5 });
    const b = new ByteLengthQueuingStrategy({ highWaterMark: 10 });
    log(c.highWaterMark, c.size(), b.highWaterMark, b.size(new Uint8Array(3)), c.size === new CountQueuingStrategy({ highWaterMark: 1 }).size);
    log(Object.prototype.toString.call(c), Object.keys(CountQueuingStrategy.prototype).join());
    try { new CountQueuingStrategy({}); } catch (e) { log(E(e)); }
    try { new CountQueuingStrategy(); } catch (e) { log(E(e)); }
    const rs = new ReadableStream({ start(ctl) { ctl.enqueue(new Uint8Array(4)); log('desired', ctl.desiredSize); } }, b);
    log(rs.locked);
  },
  'text-streams'() {
    const enc = new TextEncoderStream();
    const dec = new TextDecoderStream('utf-8', { fatal: false });
    log(enc.encoding, dec.encoding, dec.fatal, dec.ignoreBOM);
    const parts = ['a\ud83d', '\ude00b', '\ud83d'];
    const rs = ReadableStream.from(parts).pipeThrough(enc);
    (async () => {
      const bytes = [];
      for await (const u8 of rs) bytes.push(...u8);
      log('bytes', bytes.join(','));
      const d = ReadableStream.from([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac, 0x21])]).pipeThrough(dec);
      for await (const s of d) log('decoded', JSON.stringify(s));
    })();
  },
  'inspect'() {
    const util = require('util');
    const rs = new ReadableStream();
    log(util.inspect(rs));
    log(util.inspect(new WritableStream()));
    log(Object.prototype.toString.call(rs), Object.prototype.toString.call(rs.getReader()));
    log(Object.keys(ReadableStream.prototype).join());
    log(typeof globalThis.ReadableStream, globalThis.ReadableStream === ReadableStream,
        globalThis.TextDecoderStream === TextDecoderStream);
  },
  'stream-web-exports'() {
    log(Object.keys(web).sort().join());
  },
};

const names = Object.keys(scenarios);
function next(i) {
  if (i >= names.length) return;
  tag = names[i];
  try { scenarios[names[i]](); } catch (e) { log('threw', E(e)); }
  settle(() => next(i + 1));
}
// The next scenario starts after 50 event-loop turns (immediates), not after a timer, so
// the split is the same however loaded the machine is.
function settle(cb, n = 50) {
  if (n === 0) cb();
  else setImmediate(settle, cb, n - 1);
}
setImmediate(next, 0);

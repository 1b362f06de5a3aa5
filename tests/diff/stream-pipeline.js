'use strict';
// pipeline() (callback and promise forms), finished(), addAbortSignal, compose, Duplex.from
// and stream.destroy: callback order, errors propagated, which stages are destroyed.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = stream;
const sp = require('stream/promises');

let tag = '';
const log = (...a) => console.log(`[${tag}]`, ...a);
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));
const str = (c) => (typeof c === 'string' ? c : String(c));
function sink(name, opts = {}) {
  return new Writable({ objectMode: true, ...opts, write(c, e, cb) { log(name, 'write', str(c)); cb(); } });
}
function closes(name, s) {
  s.on('close', () => log(name, 'close', s.destroyed));
  s.on('error', (e) => log(name, 'error', E(e)));
  return s;
}

const scenarios = {
  'basic'() {
    const t = new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + '!'); } });
    const ret = pipeline(Readable.from(['a', 'b']), t, sink('w'), (err, val) => log('done', E(err), val));
    log('returns last', ret instanceof Writable);
  },
  'error-in-middle'() {
    const r = closes('r', new Readable({ objectMode: true, read() {} }));
    const t = closes('t', new Transform({ objectMode: true, transform(c, e, cb) { cb(new Error('mid')); } }));
    const w = closes('w', sink('w'));
    pipeline(r, t, w, (err) => log('done', E(err)));
    r.push(1);
  },
  'dest-destroyed-early'() {
    const r = closes('r', new Readable({ objectMode: true, read() {} }));
    const w = closes('w', sink('w'));
    pipeline(r, w, (err) => log('done', E(err)));
    r.push(1);
    setImmediate(() => w.destroy());
  },
  'source-destroyed'() {
    const r = closes('r', new Readable({ objectMode: true, read() {} }));
    const w = closes('w', sink('w'));
    pipeline(r, w, (err) => log('done', E(err)));
    setImmediate(() => r.destroy());
  },
  'generators'() {
    pipeline(
      function* () { yield 'x'; yield 'y'; },
      async function* (src) { for await (const c of src) yield c.toUpperCase(); },
      async function (src) { const out = []; for await (const c of src) out.push(c); return out.join(''); },
      (err, val) => log('done', E(err), val));
  },
  'generator-throws'() {
    pipeline(
      Readable.from([1, 2, 3]),
      async function* (src) { for await (const c of src) { if (c === 2) throw new Error('gen boom'); yield c; } },
      sink('w'),
      (err) => log('done', E(err)));
  },
  'promise-form'() {
    sp.pipeline(Readable.from(['p']), sink('w')).then((v) => log('resolved', v), (e) => log('rejected', E(e)));
  },
  'promise-form-signal'() {
    const ac = new AbortController();
    const r = closes('r', new Readable({ objectMode: true, read() {} }));
    sp.pipeline(r, sink('w'), { signal: ac.signal }).then(() => log('resolved'), (e) => log('rejected', E(e), E(e.cause)));
    setImmediate(() => ac.abort());
  },
  'promise-end-false'() {
    const w = sink('w');
    sp.pipeline(Readable.from(['a']), w, { end: false }).then(() => log('resolved', w.writableEnded));
  },
  'bad-args'() {
    for (const args of [[], [Readable.from([])], [Readable.from([]), sink('x')], [1, 2, () => {}]]) {
      try { pipeline(...args); } catch (e) { log(E(e)); }
    }
    try { pipeline(() => 5, sink('y'), () => {}); } catch (e) { log(E(e)); }
    try { pipeline(Readable.from([1]), () => 5, sink('z'), () => {}); } catch (e) { log(E(e)); }
  },
  'finished-readable'() {
    const r = new Readable({ objectMode: true, read() {} });
    finished(r, (err) => log('finished', E(err)));
    r.push(1); r.push(null); r.resume();
  },
  'finished-premature'() {
    const w = new Writable({ write(c, e, cb) {} });
    finished(w, (err) => log('finished', E(err)));
    w.write('x');
    w.destroy();
  },
  'finished-already'() {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.end();
    w.on('finish', () => setImmediate(() => finished(w, (err) => log('late finished', E(err)))));
  },
  'finished-options'() {
    const d = new Duplex({ objectMode: true, read() {}, write(c, e, cb) { cb(); } });
    finished(d, { writable: false }, (err) => log('readable side done', E(err)));
    finished(d, { readable: false }, (err) => log('writable side done', E(err)));
    d.push(null); d.resume();
    setImmediate(() => d.end());
  },
  'finished-cleanup'() {
    const r = new Readable({ read() {} });
    const cleanup = finished(r, () => log('should not run'));
    cleanup();
    log('listeners', r.listenerCount('end'), r.listenerCount('close'));
    r.destroy();
  },
  'finished-bad'() {
    for (const a of [[null, () => {}], [{}, () => {}], [new Readable(), 5], [new Readable(), 'x', () => {}]]) {
      try { finished(...a); } catch (e) { log(E(e)); }
    }
  },
  'finished-promise'() {
    const r = Readable.from(['a']);
    sp.finished(r).then(() => log('fp resolved'));
    r.resume();
    const r2 = new Readable({ read() {} });
    sp.finished(r2).catch((e) => log('fp rejected', E(e)));
    r2.destroy(new Error('bye'));
  },
  'addAbortSignal'() {
    const ac = new AbortController();
    const r = closes('r', stream.addAbortSignal(ac.signal, new Readable({ read() {} })));
    ac.abort();
    try { stream.addAbortSignal('x', r); } catch (e) { log(E(e)); }
    try { stream.addAbortSignal(ac.signal, {}); } catch (e) { log(E(e)); }
    const r2 = closes('r2', new Readable({ signal: AbortSignal.abort('why'), read() {} }));
    log('r2 destroyed', r2.destroyed);
  },
  'stream-destroy'() {
    const r = closes('r', new Readable({ read() {} }));
    stream.destroy(r);
    const w = closes('w', new Writable({ write(c, e, cb) { cb(); } }));
    stream.destroy(w, new Error('explicit'));
    log(stream.isDestroyed(r), stream.isErrored(w), stream.isReadable(r), stream.isWritable(w));
    log(stream.isDisturbed(r), stream.isDestroyed({}), stream.isReadable({}), stream.isWritable(null));
  },
  'compose'() {
    const c = stream.compose(
      new Transform({ objectMode: true, transform(x, e, cb) { cb(null, x * 2); } }),
      async function* (src) { for await (const x of src) yield x + 1; });
    c.on('data', (d) => log('composed', d));
    c.on('end', () => log('composed end'));
    c.write(1); c.write(2); c.end();
  },
  'duplex-from'() {
    const d = Duplex.from(async function* (src) { for await (const c of src) yield str(c).toUpperCase(); });
    d.on('data', (x) => log('from gen', str(x)));
    d.write('q'); d.end();
    Duplex.from(Promise.resolve('pv')).on('data', (x) => log('from promise', x));
    Duplex.from(['i1', 'i2']).on('data', (x) => log('from iterable', x));
    const pair = Duplex.from({ readable: Readable.from(['rr']), writable: sink('pw') });
    pair.on('data', (x) => log('pair data', str(x)));
    pair.end('ww');
    try { Duplex.from(42); } catch (e) { log(E(e)); }
  },
  'operators'() {
    const src = () => Readable.from([1, 2, 3, 4, 5]);
    src().map((x) => x * 10).toArray().then((a) => log('map', a.join()));
    src().filter(async (x) => x % 2).toArray().then((a) => log('filter', a.join()));
    src().take(2).toArray().then((a) => log('take', a.join()));
    src().drop(3).toArray().then((a) => log('drop', a.join()));
    src().flatMap((x) => [x, x]).toArray().then((a) => log('flatMap', a.join()));
    src().some((x) => x > 4).then((v) => log('some', v));
    src().every((x) => x > 0).then((v) => log('every', v));
    src().find((x) => x > 2).then((v) => log('find', v));
    src().reduce((a, b) => a + b, 100).then((v) => log('reduce', v));
    const seen = [];
    src().forEach((x) => { seen.push(x); }).then(() => log('forEach', seen.join()));
    try { src().map(5); } catch (e) { log(E(e)); }
    try { src().map((x) => x, { concurrency: 0 }); } catch (e) { log(E(e)); }
    try { src().take(-1); } catch (e) { log(E(e)); }
    log(typeof Readable.prototype.asIndexedPairs, Readable.prototype.map.name, Readable.prototype.map.length);
    try { new Readable.prototype.map(() => {}); } catch (e) { log(E(e)); }
  },
  'concurrent-map'() {
    // Later items finish first; results stay in input order.
    const delay = (n) => new Promise((r) => { let i = n; const spin = () => (i-- > 0 ? setImmediate(spin) : r()); spin(); });
    Readable.from([1, 2, 3, 4, 5]).map(async (x) => { await delay(6 - x); log('mapped', x); return x; }, { concurrency: 3 })
      .toArray().then((a) => log('concurrent map keeps order', a.join()));
  },
  'hwm-defaults'() {
    log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
    stream.setDefaultHighWaterMark(false, 1024);
    log(new Readable().readableHighWaterMark, new Writable().writableHighWaterMark);
    stream.setDefaultHighWaterMark(false, 65536);
    try { stream.setDefaultHighWaterMark(true, -1); } catch (e) { log(E(e)); }
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

'use strict';
// pipe()/unpipe() and Duplex/Transform/PassThrough ordering: backpressure through pipes,
// multiple destinations, 'pipe'/'unpipe' events, end propagation, allowHalfOpen, _flush.
const { Readable, Writable, Duplex, Transform, PassThrough, duplexPair } = require('stream');

let tag = '';
const log = (...a) => console.log(`[${tag}]`, ...a);
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));
const str = (c) => (typeof c === 'string' ? c : String(c));
function track(name, s, events) {
  for (const ev of events) s.on(ev, (x) => log(name, ev, ev === 'error' ? E(x) : ''));
  return s;
}
function sink(name, opts = {}) {
  return new Writable({
    objectMode: true,
    ...opts,
    write(c, e, cb) {
      log(name, 'write', str(c));
      if (opts.async) setImmediate(cb); else cb();
    },
  });
}

const scenarios = {
  'basic-pipe'() {
    const r = Readable.from(['a', 'b', 'c']);
    const w = sink('w');
    track('w', w, ['pipe', 'unpipe', 'finish', 'close']);
    track('r', r, ['end', 'close']);
    log('ret is dest', r.pipe(w) === w);
  },
  'pipe-backpressure'() {
    let n = 0;
    const r = new Readable({ objectMode: true, highWaterMark: 2, read() { log('_read', n); this.push(n < 5 ? n++ : null); } });
    const w = sink('w', { highWaterMark: 1, async: true });
    track('w', w, ['drain', 'finish']);
    track('r', r, ['pause', 'resume', 'end']);
    r.pipe(w);
  },
  'pipe-two-dests'() {
    const r = new Readable({ objectMode: true, read() {} });
    const a = sink('a', { highWaterMark: 1, async: true });
    const b = sink('b');
    r.pipe(a); r.pipe(b);
    log('pipes', r._readableState.pipes.length);
    r.push(1); r.push(2); r.push(null);
    track('a', a, ['finish']); track('b', b, ['finish']);
  },
  'pipe-end-false'() {
    const r = Readable.from(['x']);
    const w = sink('w');
    track('w', w, ['finish', 'unpipe']);
    track('r', r, ['end']);
    r.pipe(w, { end: false });
    r.on('end', () => setImmediate(() => log('w ended?', w.writableEnded)));
  },
  'unpipe'() {
    const r = new Readable({ objectMode: true, read() {} });
    const w = sink('w');
    track('w', w, ['unpipe']);
    r.pipe(w);
    r.push(1);
    setImmediate(() => { r.unpipe(w); log('flowing', r.readableFlowing); r.push(2); log('len', r.readableLength); r.unpipe(w); r.unpipe(); });
  },
  'dest-error-unpipes'() {
    const r = new Readable({ objectMode: true, read() {} });
    const w = new Writable({ objectMode: true, write(c, e, cb) { cb(new Error('sink fail')); } });
    track('w', w, ['unpipe', 'error', 'close']);
    r.pipe(w);
    r.push(1);
    setImmediate(() => log('pipes', r._readableState.pipes.length, r.readableFlowing));
  },
  'dest-close-unpipes'() {
    const r = new Readable({ objectMode: true, read() {} });
    const w = sink('w');
    track('w', w, ['unpipe', 'close']);
    r.pipe(w);
    w.destroy();
  },
  'pipe-after-end'() {
    const r = Readable.from([]);
    r.resume();
    r.on('end', () => {
      const w = sink('w');
      track('w', w, ['finish', 'close']);
      r.pipe(w);
    });
  },
  'legacy-stream-pipe'() {
    const Stream = require('stream');
    const s = new Stream();
    const w = sink('w');
    track('w', w, ['pipe', 'finish']);
    s.pipe(w);
    s.emit('data', 'legacy');
    s.emit('end');
  },
  'duplex-halfopen'() {
    const d = new Duplex({
      objectMode: true,
      read() {},
      write(c, e, cb) { log('d write', c); cb(); },
    });
    track('d', d, ['end', 'finish', 'close']);
    d.push('out'); d.push(null);
    d.resume();
    setImmediate(() => { log('writable', d.writable, d.destroyed); d.end('in'); });
  },
  'duplex-no-halfopen'() {
    const d = new Duplex({ allowHalfOpen: false, objectMode: true, read() {}, write(c, e, cb) { cb(); } });
    track('d', d, ['end', 'prefinish', 'finish', 'close']);
    d.push(null); d.resume();
  },
  'duplex-readable-false'() {
    const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
    log(d.readable, d.writable, d.readableEnded, d.writableEnded);
    const d2 = new Duplex({ writable: false, read() {} });
    log(d2.readable, d2.writable, d2.writableFinished);
    track('d', d, ['finish', 'close']);
    d.end();
  },
  'transform'() {
    const t = new Transform({
      transform(c, e, cb) { log('_transform', str(c), e); cb(null, str(c).toUpperCase()); },
      flush(cb) { log('_flush'); this.push('!'); cb(null, '?'); },
    });
    track('t', t, ['data', 'end', 'prefinish', 'finish', 'close']);
    t.write('a'); t.write('b'); t.end('c');
  },
  'transform-backpressure'() {
    let i = 0;
    const t = new Transform({ objectMode: true, highWaterMark: 1, transform(c, e, cb) { log('_transform', c); cb(null, c); } });
    while (i < 5) log('write', i, t.write(i++));
    setImmediate(() => {
      log('lens', t.readableLength, t.writableLength);
      t.on('data', (d) => log('data', d));
      t.end();
    });
    track('t', t, ['drain', 'end', 'finish']);
  },
  'transform-error'() {
    const t = new Transform({ transform(c, e, cb) { cb(new Error('tx fail')); } });
    track('t', t, ['error', 'close']);
    t.write('x', (err) => log('write cb', E(err)));
  },
  'transform-flush-error'() {
    const t = new Transform({ transform(c, e, cb) { cb(); }, flush(cb) { cb(new Error('flush fail')); } });
    track('t', t, ['error', 'finish', 'close']);
    t.end();
    t.resume();
  },
  'transform-push-null-in-transform'() {
    const t = new Transform({ objectMode: true, transform(c, e, cb) { this.push(c); this.push(null); cb(); } });
    track('t', t, ['data', 'end', 'finish', 'close', 'error']);
    t.write(1, () => log('cb1'));
  },
  'transform-not-implemented'() {
    const t = new Transform();
    track('t', t, ['error']);
    try { t.write('x'); } catch (e) { log('threw', E(e)); }
  },
  'passthrough'() {
    const p = new PassThrough({ objectMode: true });
    track('p', p, ['data', 'end', 'finish', 'close']);
    p.write({ a: 1 }); p.end(2);
    log(p instanceof Transform, p instanceof Duplex, p instanceof Readable, p instanceof Writable);
  },
  'transform-hwm0'() {
    const t = new Transform({ readableHighWaterMark: 0, transform(c, e, cb) { cb(null, c); } });
    log(t.readableHighWaterMark, t.writableHighWaterMark);
    const t2 = new Transform({ highWaterMark: 0, transform(c, e, cb) { cb(null, c); } });
    log(t2.readableHighWaterMark, t2.writableHighWaterMark);
  },
  'duplexPair'() {
    const [a, b] = duplexPair({ objectMode: false });
    b.on('data', (d) => log('b got', str(d)));
    a.on('data', (d) => log('a got', str(d)));
    track('b', b, ['end']);
    track('a', a, ['finish']);
    a.write('hello', () => log('a write cb'));
    b.write('back');
    a.end();
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

'use strict';
// Event and callback order of Writable: sync/async _write, backpressure and 'drain',
// cork/uncork with _writev, end()/_final/'prefinish'/'finish', errors and destroy.
const { Writable } = require('stream');

let tag = '';
const log = (...a) => console.log(`[${tag}]`, ...a);
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));
function track(s, events = ['drain', 'prefinish', 'finish', 'close', 'error']) {
  for (const ev of events) s.on(ev, (x) => log(ev, ev === 'error' ? E(x) : ''));
  return s;
}
function marks() {
  process.nextTick(() => log('tick'));
  Promise.resolve().then(() => log('micro'));
  setImmediate(() => log('immediate'));
}
const str = (c) => (typeof c === 'string' ? c : String(c));

const scenarios = {
  'sync-write'() {
    const w = track(new Writable({ write(c, e, cb) { log('_write', str(c), e); cb(); } }));
    log('ret', w.write('a', () => log('cb a')));
    log('ret', w.write('b', () => log('cb b')));
    w.end(() => log('end cb'));
    log('after end', w.writableEnded, w.writableFinished, w.writable);
    marks();
  },
  'async-write-backpressure'() {
    const w = track(new Writable({ highWaterMark: 3, write(c, e, cb) { log('_write', str(c), w.writableLength); setImmediate(cb); } }));
    for (const c of ['ab', 'cd', 'ef']) log('write', c, w.write(c, (err) => log('cb', c, E(err))), w.writableNeedDrain);
    w.once('drain', () => { log('drained'); w.end('z'); });
  },
  'objectMode-same-cb'() {
    const w = track(new Writable({ objectMode: true, write(c, e, cb) { log('_write', c); cb(); } }));
    const cb = () => log('shared cb');
    w.write(1, cb); w.write(2, cb); w.write(3);
    w.end();
    marks();
  },
  'cork-writev'() {
    const w = track(new Writable({
      write(c, e, cb) { log('_write', str(c)); cb(); },
      writev(chunks, cb) { log('_writev', chunks.length, chunks.map((x) => str(x.chunk)).join(','), chunks.map((x) => x.encoding).join(',')); cb(); },
    }));
    w.cork();
    w.write('a'); w.write('b'); w.write('c', () => log('cb c'));
    log('corked', w.writableCorked, w.writableLength, w.writableBuffer.length);
    process.nextTick(() => { w.uncork(); log('uncorked', w.writableCorked); w.end(); });
  },
  'decodeStrings-false'() {
    const w = new Writable({ decodeStrings: false, write(c, e, cb) { log('_write', typeof c, c, e); cb(); } });
    w.write('x', 'latin1'); w.end('y');
  },
  'final'() {
    const w = track(new Writable({
      write(c, e, cb) { cb(); },
      final(cb) { log('_final'); setImmediate(() => { log('final done'); cb(); }); },
    }));
    w.end('x', () => log('end cb'));
    marks();
  },
  'final-error'() {
    const w = track(new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('final boom')); } }));
    w.end(() => log('end cb'));
  },
  'write-error-sync'() {
    const w = track(new Writable({ write(c, e, cb) { cb(new Error('write boom')); } }));
    log('ret', w.write('a', (err) => log('cb', E(err))));
    w.write('b', (err) => log('cb b', E(err)));
    log('errored', E(w.errored), w.writable);
  },
  'write-error-async'() {
    const w = track(new Writable({ write(c, e, cb) { setImmediate(cb, new Error('async boom')); } }));
    w.write('a', (err) => log('cb a', E(err)));
    w.write('b', (err) => log('cb b', E(err)));
  },
  'write-after-end'() {
    const w = track(new Writable({ write(c, e, cb) { cb(); } }));
    w.end();
    log('ret', w.write('x', (err) => log('cb', E(err))));
  },
  'end-twice'() {
    const w = track(new Writable({ write(c, e, cb) { cb(); } }));
    w.end(() => log('end1'));
    w.end(() => log('end2'));
    setImmediate(() => w.end((err) => log('end3', E(err))));
  },
  'destroy-pending'() {
    const w = track(new Writable({ write(c, e, cb) { log('_write'); setImmediate(cb); } }));
    w.write('a', (err) => log('cb a', E(err)));
    w.write('b', (err) => log('cb b', E(err)));
    w.end((err) => log('end cb', E(err)));
    w.destroy();
    log('destroyed', w.destroyed, w.writableAborted);
  },
  'destroy-with-error'() {
    const w = track(new Writable({ write(c, e, cb) { cb(); } }));
    w.destroy(new Error('d'));
    w.destroy(new Error('second'));
    w.write('x', (err) => log('cb', E(err)));
  },
  'multiple-callback'() {
    const w = track(new Writable({ write(c, e, cb) { cb(); cb(); } }));
    w.write('x');
  },
  'invalid-chunks'() {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    for (const v of [null, 1, {}, true]) {
      try { w.write(v); } catch (e) { log(E(e)); }
    }
    try { w.write('x', 'nope'); } catch (e) { log(E(e)); }
    try { w.setDefaultEncoding('bogus'); } catch (e) { log(E(e)); }
    log(w.setDefaultEncoding('LATIN1') === w, w._writableState.defaultEncoding);
    const o = new Writable({ objectMode: true, write(c, e, cb) { log('obj', typeof c, e); cb(); } });
    o.write(1); o.write({}); o.write(false);
    try { o.write(null); } catch (e) { log(E(e)); }
  },
  'not-implemented'() {
    const w = track(new Writable());
    try { w.write('x'); } catch (e) { log('threw', E(e)); }
  },
  'pipe-from-writable'() {
    const w = track(new Writable({ write(c, e, cb) { cb(); } }));
    w.pipe(new Writable());
  },
  'construct'() {
    const w = track(new Writable({
      construct(cb) { log('construct'); setImmediate(() => { log('constructed'); cb(); }); },
      write(c, e, cb) { log('_write', str(c)); cb(); },
    }));
    w.write('a'); w.end('b');
    marks();
  },
  'hwm-props'() {
    const w = new Writable({ highWaterMark: 0, write(c, e, cb) { setImmediate(cb); } });
    log(w.write('a'), w.writableNeedDrain, w.writableHighWaterMark, w.writableLength, w.writableObjectMode);
    const o = new Writable({ objectMode: true, write() {} });
    log(o.writableHighWaterMark, new Writable().writableHighWaterMark);
    try { new Writable({ highWaterMark: 'x' }); } catch (e) { log(E(e)); }
    try { new Writable({ highWaterMark: 1.5 }); } catch (e) { log(E(e)); }
    try { new Writable({ defaultEncoding: 'nope' }); } catch (e) { log(E(e)); }
  },
  'emitClose-autoDestroy'() {
    const w = track(new Writable({ emitClose: false, write(c, e, cb) { cb(); } }));
    w.end();
    const w2 = track(new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } }));
    w2.end();
    setImmediate(() => log('destroyed', w.destroyed, w2.destroyed));
  },
  'instanceof'() {
    const { Duplex, Transform } = require('stream');
    log(new Duplex() instanceof Writable, new Transform() instanceof Writable, {} instanceof Writable);
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

'use strict';
// Event order of Readable in paused, flowing and 'readable' modes, relative to nextTick and
// microtasks. Each scenario runs alone (the next starts on a later timer).
const { Readable } = require('stream');

let tag = '';
const log = (...a) => console.log(`[${tag}]`, ...a);
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));
function track(s, events = ['data', 'end', 'close', 'error', 'pause', 'resume', 'readable']) {
  for (const ev of events) {
    s.on(ev, (x) => log(ev, ev === 'error' ? E(x) : x === undefined ? '' : JSON.stringify(x)));
  }
  return s;
}
function marks() {
  process.nextTick(() => log('tick'));
  Promise.resolve().then(() => log('micro'));
  setImmediate(() => log('immediate'));
}

const scenarios = {
  'sync-push-flowing'() {
    const r = new Readable({ objectMode: true, read() {} });
    r.push('a'); r.push('b'); r.push(null);
    track(r, ['data', 'end', 'close']);
    marks();
  },
  'async-push-flowing'() {
    let i = 0;
    const r = new Readable({ objectMode: true, read() { setImmediate(() => { log('_read'); this.push(i < 3 ? i++ : null); }); } });
    track(r, ['data', 'end', 'close']);
    marks();
  },
  'readable-mode'() {
    const r = new Readable({ objectMode: true, highWaterMark: 2, read() { log('_read', r.readableLength); } });
    r.push(1); r.push(2); r.push(3);
    r.on('readable', () => {
      let x;
      log('readable', r.readableLength);
      while ((x = r.read()) !== null) log('read', x);
      if (r.readableLength === 0 && !r.readableEnded && !this.done) { this.done = true; r.push(null); }
    });
    track(r, ['end', 'close']);
    marks();
  },
  'read-n-bytes'() {
    const r = new Readable({ read() {} });
    r.push('abcdef'); r.push('ghij'); r.push(null);
    r.once('readable', () => {
      log('r3', String(r.read(3)));
      log('r5', String(r.read(5)));
      log('r100', String(r.read(100)));
      log('rnull', r.read());
      log('len', r.readableLength, r.readableEnded);
    });
    track(r, ['end', 'close']);
  },
  'pause-resume'() {
    const r = new Readable({ objectMode: true, read() {} });
    track(r, ['data', 'pause', 'resume', 'end']);
    r.push(1);
    r.pause();
    log('isPaused', r.isPaused(), r.readableFlowing);
    setImmediate(() => { r.push(2); r.resume(); log('flowing', r.readableFlowing); r.push(null); });
  },
  'unshift'() {
    const r = new Readable({ objectMode: true, read() {} });
    r.push('b'); r.unshift('a'); r.push(null);
    track(r, ['data', 'end']);
  },
  'push-after-eof'() {
    const r = new Readable({ read() {} });
    track(r, ['error', 'close']);
    r.push(null);
    r.push('x');
    r.resume();
  },
  'unshift-after-end'() {
    const r = new Readable({ objectMode: true, read() {} });
    track(r, ['end', 'error', 'close']);
    r.push(null); r.resume();
    r.on('end', () => { r.unshift('late'); });
  },
  'not-implemented'() {
    const r = new Readable();
    track(r, ['error', 'close']);
    r.read();
  },
  'invalid-chunk'() {
    const r = new Readable({ read() {} });
    track(r, ['error', 'close']);
    log('push ret', r.push(42));
  },
  'destroy-while-flowing'() {
    const r = new Readable({ objectMode: true, read() {} });
    track(r, ['data', 'end', 'error', 'close']);
    r.push(1);
    process.nextTick(() => r.destroy(new Error('boom')));
    log('destroyed?', r.destroyed);
    marks();
  },
  'destroy-no-error'() {
    const r = new Readable({ read() {} });
    track(r, ['end', 'error', 'close']);
    r.destroy();
    log('destroyed', r.destroyed, r.readableAborted, r.closed);
    setImmediate(() => log('closed', r.closed, r.readable));
  },
  'emitClose-false'() {
    const r = new Readable({ emitClose: false, read() {} });
    track(r, ['end', 'close']);
    r.push(null); r.resume();
  },
  'autoDestroy-false'() {
    const r = new Readable({ autoDestroy: false, objectMode: true, read() {} });
    track(r, ['data', 'end', 'close']);
    r.push(1); r.push(null);
    setImmediate(() => log('destroyed', r.destroyed));
  },
  'construct'() {
    const r = new Readable({
      objectMode: true,
      construct(cb) { log('construct'); setImmediate(() => { log('constructed'); cb(); }); },
      read() { log('_read'); this.push(null); },
    });
    track(r, ['data', 'end', 'close']);
    marks();
  },
  'construct-error'() {
    const r = new Readable({ construct(cb) { cb(new Error('ctor')); }, read() {} });
    track(r, ['error', 'close']);
  },
  'hwm-and-props'() {
    const r = new Readable({ highWaterMark: 5, read() {} });
    log(r.push('abc'), r.push('def'), r.readableLength, r.readableHighWaterMark,
        r.readableObjectMode, r.readableFlowing, r.readableEnded, r.readableDidRead);
    const o = new Readable({ objectMode: true, read() {} });
    log(o.readableHighWaterMark, o.readableLength);
    r.read(0);
  },
  'read-big-raises-hwm'() {
    const r = new Readable({ highWaterMark: 4, read() {} });
    r.read(1000);
    log('hwm', r.readableHighWaterMark);
    try { r.read(2 ** 31); } catch (e) { log(E(e)); }
  },
  'once-readable-then-data'() {
    const r = new Readable({ objectMode: true, read() {} });
    r.push(1); r.push(2);
    r.once('readable', () => { log('readable', r.read()); r.on('data', (d) => log('data', d)); });
    setImmediate(() => r.push(null));
    track(r, ['end']);
  },
  'removeListener-data'() {
    const r = new Readable({ objectMode: true, read() {} });
    const f = (d) => log('data', d);
    r.on('data', f);
    r.push(1);
    setImmediate(() => { r.removeListener('data', f); r.push(2); log('flowing', r.readableFlowing, r.readableLength); });
  },
  'readable-from'() {
    const r = Readable.from(['x', 'y', 'z']);
    track(r, ['data', 'end', 'close']);
    marks();
  },
  'readable-from-async'() {
    async function* g() { yield 1; await null; yield 2; }
    track(Readable.from(g()), ['data', 'end', 'close']);
  },
  'readable-from-promises'() {
    track(Readable.from([Promise.resolve('p1'), 'v2']), ['data', 'end', 'close']);
  },
  'readable-from-null'() {
    track(Readable.from([1, null, 3]), ['data', 'error', 'close']);
  },
  'from-bad'() {
    try { Readable.from(42); } catch (e) { log(E(e)); }
  },
  'async-iterator'() {
    const r = new Readable({ objectMode: true, read() {} });
    r.push('a'); r.push('b'); r.push(null);
    (async () => {
      for await (const c of r) log('chunk', c);
      log('done', r.destroyed);
    })();
  },
  'async-iterator-break'() {
    const r = new Readable({ objectMode: true, read() {} });
    r.push('a'); r.push('b');
    track(r, ['close']);
    (async () => {
      for await (const c of r) { log('chunk', c); break; }
      setImmediate(() => log('after break', r.destroyed));
    })();
  },
  'async-iterator-error'() {
    const r = new Readable({ objectMode: true, read() {} });
    r.push('a');
    (async () => {
      try {
        for await (const c of r) { log('chunk', c); r.destroy(new Error('iter boom')); }
      } catch (e) { log('caught', E(e)); }
    })();
  },
  'iterator-destroyOnReturn-false'() {
    const r = new Readable({ objectMode: true, read() {} });
    r.push(1); r.push(2); r.push(3);
    (async () => {
      for await (const c of r.iterator({ destroyOnReturn: false })) { log('chunk', c); break; }
      setImmediate(() => log('destroyed', r.destroyed, 'left', r.readableLength));
    })();
  },
  'wrap'() {
    const EE = require('events');
    const old = new EE();
    old.pause = () => log('old pause');
    old.resume = () => log('old resume');
    const r = new Readable({ objectMode: true, highWaterMark: 1 }).wrap(old);
    track(r, ['data', 'end']);
    old.emit('data', 'w1'); old.emit('data', 'w2'); old.emit('end');
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

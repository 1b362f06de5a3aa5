'use strict';
// AsyncLocalStorage compared with Node 24: the store seen at many async boundaries, printed in
// a deterministic order (each step starts when the previous one has finished).
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const { EventEmitter } = require('events');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = (label) => console.log(label, JSON.stringify(als.getStore()), JSON.stringify(other.getStore()));

const steps = [];
const step = (name, fn) => steps.push([name, fn]);

step('sync run/exit/nesting', (done) => {
  log('outside');
  als.run('a', () => {
    log('in a');
    other.run('o', () => {
      log('in a+o');
      als.run('b', () => log('in b+o'));
      log('back a+o');
      als.exit(() => log('exit'));
    });
    log('back a');
  });
  log('after');
  console.log(als.run(1, (x, y) => x + y, 2, 3));
  done();
});

step('nextTick / timers / immediate / queueMicrotask', (done) => {
  // Whether a 1 ms timer runs before or after an immediate depends on how long the loop took to
  // get there (in Node too), so this step's lines are printed sorted once all have run.
  const lines = [];
  const note = (label) => lines.push(`${label} ${JSON.stringify(als.getStore())} ${JSON.stringify(other.getStore())}`);
  let n = 0;
  const fin = () => { if (++n === 5) { lines.sort().forEach((l) => console.log(l)); done(); } };
  als.run('tick', () => process.nextTick((v) => { note(`nextTick ${v}`); fin(); }, 'arg'));
  als.run('timeout', () => setTimeout(() => { note('setTimeout'); fin(); }, 1));
  als.run('immediate', () => setImmediate(() => { note('setImmediate'); fin(); }));
  als.run('micro', () => queueMicrotask(() => { note('queueMicrotask'); fin(); }));
  als.run('interval', () => {
    let k = 0;
    const iv = setInterval(() => {
      note(`setInterval ${k}`);
      if (++k === 2) { clearInterval(iv); fin(); }
    }, 1);
  });
  log('scheduler after');
});

step('promises: then registered in context', (done) => {
  let resolveLater;
  const p = new Promise((r) => { resolveLater = r; });
  als.run('then-ctx', () => {
    p.then(() => log('then (registered in then-ctx, resolved outside)'));
  });
  als.run('resolve-ctx', () => resolveLater());
  const settled = Promise.resolve(1);
  als.run('already', () => settled.then(() => log('then on settled')));
  Promise.reject(new Error('x')).catch(() => log('catch outside'));
  als.run('finally', () => Promise.resolve().finally(() => log('finally')));
  als.run('chain', () => Promise.resolve()
    .then(() => { log('chain 1'); return als.run('inner', () => Promise.resolve()); })
    .then(() => log('chain 2')));
  setTimeout(done, 5);
});

step('async/await continuations', (done) => {
  async function work(tag) {
    log(`${tag} start`);
    await null;
    log(`${tag} after await null`);
    await new Promise((r) => setTimeout(r, 1));
    log(`${tag} after await timer`);
    await als.run(`${tag}-inner`, async () => {
      await null;
      log(`${tag} inner after await`);
    });
    log(`${tag} after inner`);
    return tag;
  }
  const a = als.run('A', () => work('A'));
  const b = als.run('B', () => work('B'));
  Promise.all([a, b]).then((r) => { log(`all ${r}`); done(); });
});

step('enterWith', (done) => {
  setTimeout(() => {
    als.enterWith('entered');
    log('after enterWith');
    setTimeout(() => { log('timer after enterWith'); done(); }, 1);
    Promise.resolve().then(() => log('then after enterWith'));
  }, 1);
  log('outside enterWith');
});

step('EventEmitter does not propagate', (done) => {
  const ee = new EventEmitter();
  als.run('listener-ctx', () => ee.on('x', () => log('listener')));
  als.run('emit-ctx', () => ee.emit('x'));
  done();
});

step('bind / snapshot / AsyncResource', (done) => {
  const bound = als.run('bound', () => AsyncLocalStorage.bind(() => log('bound fn')));
  const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
  const res = als.run('resource', () => new AsyncResource('T'));
  als.run('caller', () => {
    bound();
    snap(() => log('snapshot'));
    res.runInAsyncScope(() => log('runInAsyncScope'));
    const rb = res.bind(function () { log('resource.bind'); return this; });
    console.log(rb.call(5) === 5, rb.length);
    AsyncResource.bind(() => log('AsyncResource.bind'))();
    log('caller after');
  });
  done();
});

step('disable and defaultValue', (done) => {
  const d = new AsyncLocalStorage({ defaultValue: 'dflt', name: 'named' });
  console.log(d.name, d.getStore());
  d.run('x', () => {
    console.log(d.getStore());
    d.disable();
    console.log(d.getStore());
  });
  d.run(undefined, () => console.log(d.getStore()));
  console.log(d.getStore());
  done();
});

step('thrown errors restore the context', (done) => {
  try { als.run('throws', () => { throw new Error('boom'); }); } catch (e) { console.log(e.message); }
  log('after throw');
  process.nextTick(() => {
    als.run('tick-throw', () => {
      try { als.run('deeper', () => { throw new Error('deep'); }); } catch { log('caught deeper'); }
    });
    done();
  });
});

step('errors', (done) => {
  for (const f of [
    () => new AsyncLocalStorage(5),
    () => AsyncLocalStorage.bind(5),
    () => new AsyncResource(),
    () => new AsyncResource('x', { triggerAsyncId: -2 }),
    () => new AsyncResource('x', -5),
    () => new AsyncResource('x').bind(5),
    () => require('async_hooks').createHook({ init: 5 }),
  ]) {
    try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  done();
});

(function next(i) {
  if (i === steps.length) { log('end'); return; }
  const [name, fn] = steps[i];
  console.log(`--- ${name}`);
  fn(() => setTimeout(() => next(i + 1), 2));
})(0);

'use strict';
// events.once() and events.on(): resolution values, 'error' handling, AbortSignal, close
// events, watermarks, EventTarget sources; events.addAbortListener().
const events = require('events');
const { EventEmitter, once, on, addAbortListener } = events;
const util = require('util');

const out = (...args) => console.log(...args);
const desc = (e) => (e instanceof Error ?
  `${e.name} ${e.code} ${e.message}${e.cause !== undefined ? ` cause=${util.inspect(e.cause).split('\n')[0]}` : ''}` :
  util.inspect(e));
const settle = (p) => p.then((v) => `resolved ${util.inspect(v)}`, (e) => `rejected ${desc(e)}`);
// Symbol.dispose where the engine has it, else the symbol Node's polyfill used.
const kDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');
const tick = () => new Promise((resolve) => setImmediate(resolve));

async function main() {
  // --- once()
  const ee = new EventEmitter();
  let p = settle(once(ee, 'ready'));
  out('listeners while waiting', ee.listenerCount('ready'), ee.listenerCount('error'));
  ee.emit('ready', 1, 'two');
  out(await p, ee.listenerCount('ready'), ee.listenerCount('error'));

  p = settle(once(ee, 'ready'));
  ee.emit('error', new Error('failed'));
  out(await p, ee.listenerCount('ready'), ee.listenerCount('error'));

  p = once(ee, 'error');
  const waitedFor = new Error('waited for');
  ee.emit('error', waitedFor);
  const [gotError] = await p;
  out(gotError === waitedFor);

  p = settle(once(ee, 'ready'));
  ee.emit('ready');
  out(await p);

  const sym = Symbol('evt');
  p = settle(once(ee, sym));
  ee.emit(sym, { x: 1 });
  out(await p);

  // signals
  const ac = new AbortController();
  p = settle(once(ee, 'never', { signal: ac.signal }));
  out('abort listeners', events.listenerCount(ac.signal, 'abort'), ee.listenerCount('never'));
  ac.abort();
  out(await p, ee.listenerCount('never'), ee.listenerCount('error'),
      events.listenerCount(ac.signal, 'abort'));
  out(await settle(once(ee, 'x', { signal: ac.signal })));
  out(await settle(once(ee, 'x', { signal: AbortSignal.abort('custom reason') })));
  const ac2 = new AbortController();
  p = settle(once(ee, 'y', { signal: ac2.signal }));
  ac2.abort({ why: 'object reason' });
  out(await p);
  const ac3 = new AbortController();
  p = settle(once(ee, 'z', { signal: ac3.signal }));
  ee.emit('z', 'value');
  out(await p, events.listenerCount(ac3.signal, 'abort'));

  // validation (rejections, since once is async)
  out(await settle(once(ee, 'x', null)));
  out(await settle(once(ee, 'x', 'opts')));
  out(await settle(once(ee, 'x', { signal: 1 })));
  out(await settle(once({}, 'x')));

  // EventTarget sources: no 'error' semantics, the Event is the value
  const et = new EventTarget();
  p = once(et, 'ping');
  out('et listeners', events.listenerCount(et, 'ping'));
  const ev = new Event('ping');
  et.dispatchEvent(ev);
  const [got] = await p;
  out(got === ev, events.listenerCount(et, 'ping'));
  p = settle(once(et, 'error'));
  et.dispatchEvent(new Event('error'));
  out((await p).slice(0, 20));
  // once() on an EventTarget still resolves when another listener stops propagation
  et.addEventListener('stop', (e) => e.stopImmediatePropagation());
  p = once(et, 'stop');
  et.dispatchEvent(new Event('stop'));
  out('resolved despite stop', (await p)[0].type);

  // --- on()
  const src = new EventEmitter();
  const iter = on(src, 'data');
  out(typeof iter.next, typeof iter.return, typeof iter.throw, typeof iter[Symbol.asyncIterator],
      iter[Symbol.asyncIterator]() === iter,
      Object.getPrototypeOf(Object.getPrototypeOf(iter)) === Object.prototype);
  out('on listeners', src.listenerCount('data'), src.listenerCount('error'));
  src.emit('data', 1);
  src.emit('data', 2, 3);
  out(await iter.next(), await iter.next());
  const pending = iter.next();
  src.emit('data', 'later');
  out(await pending);
  out(await iter.return(), src.listenerCount('data'), src.listenerCount('error'));
  out(await iter.next());

  // for await with an error
  const src2 = new EventEmitter();
  const seen = [];
  const loop = (async () => {
    try {
      for await (const args of on(src2, 'item')) seen.push(args);
    } catch (e) {
      return `loop error ${desc(e)}`;
    }
    return 'loop ended';
  })();
  src2.emit('item', 'a');
  src2.emit('item', 'b', 'c');
  await tick();
  src2.emit('error', new Error('stream failed'));
  out(await loop, util.inspect(seen), src2.listenerCount('item'), src2.listenerCount('error'));

  // an error while no next() is pending is delivered after the buffered events
  const src3 = new EventEmitter();
  const it3 = on(src3, 'v');
  src3.emit('v', 1);
  src3.emit('error', new Error('buffered error'));
  src3.emit('v', 2); // nobody listens any more
  out(await settle(it3.next()), await settle(it3.next()), await settle(it3.next()));

  // close events end the iteration
  const src4 = new EventEmitter();
  const it4 = on(src4, 'v', { close: ['end', 'finish'] });
  out('close listeners', src4.listenerCount('end'), src4.listenerCount('finish'));
  src4.emit('v', 'x');
  src4.emit('finish');
  out(await it4.next(), await it4.next(), src4.listenerCount('end'), src4.eventNames());

  // abort signal
  const ac4 = new AbortController();
  const it5 = on(src4, 'v', { signal: ac4.signal });
  const waiting = settle(it5.next());
  ac4.abort('stop it');
  out(await waiting, await settle(it5.next()), src4.listenerCount('v'),
      events.listenerCount(ac4.signal, 'abort'));
  let threw;
  try {
    on(src4, 'v', { signal: AbortSignal.abort() });
  } catch (e) {
    threw = desc(e);
  }
  out('on with aborted signal throws synchronously:', threw);
  for (const bad of [{ signal: 'x' }, { highWaterMark: 0 }, { lowWaterMark: 'a' }, 'opts']) {
    try {
      on(src4, 'v', bad);
    } catch (e) {
      out(desc(e));
    }
  }

  // throw() ends the iteration with the error
  const it6 = on(src4, 'w');
  const w1 = settle(it6.next());
  out(it6.throw(new Error('thrown in')), await w1, await settle(it6.next()));
  try {
    it6.throw('not an error');
  } catch (e) {
    out(desc(e));
  }

  // watermarks pause and resume the source
  const paused = [];
  const src5 = new EventEmitter();
  src5.pause = () => paused.push('pause');
  src5.resume = () => paused.push('resume');
  const it7 = on(src5, 'd', { highWaterMark: 2, lowWaterMark: 1 });
  const wm = it7[Symbol.for('nodejs.watermarkData')];
  out(util.inspect(wm, { getters: true }));
  for (let i = 0; i < 4; i++) src5.emit('d', i);
  out(paused.join(','), wm.size, wm.isPaused, wm.high, wm.low);
  out((await it7.next()).value, (await it7.next()).value, (await it7.next()).value,
      paused.join(','), wm.size, wm.isPaused);
  await it7.return();

  // on() over an EventTarget yields [event]
  const et2 = new EventTarget();
  const it8 = on(et2, 'tick');
  const e1 = new Event('tick');
  et2.dispatchEvent(e1);
  const first = await it8.next();
  out(first.value.length, first.value[0] === e1, events.listenerCount(et2, 'tick'));
  await it8.return();
  out(events.listenerCount(et2, 'tick'));

  // --- addAbortListener
  const ac5 = new AbortController();
  const order = [];
  const disposable = addAbortListener(ac5.signal, (...args) => order.push(`listener args=${args.length}`));
  out(typeof disposable[kDispose], Object.getPrototypeOf(disposable),
      events.listenerCount(ac5.signal, 'abort'));
  const removed = addAbortListener(ac5.signal, () => order.push('disposed (never)'));
  removed[kDispose]();
  ac5.abort();
  out(order.join(','), events.listenerCount(ac5.signal, 'abort'));
  addAbortListener(AbortSignal.abort(), () => order.push('already aborted: microtask'));
  order.push('sync');
  await null;
  out(order.join(','));
  for (const args of [[], [ac5.signal], [ac5.signal, 'x'], [{}, () => {}], [null, () => {}]]) {
    try {
      addAbortListener(...args);
    } catch (e) {
      out(desc(e));
    }
  }
}

main().then(() => out('done'), (e) => out('main failed', e));

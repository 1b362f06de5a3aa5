'use strict';
const test = require('node:test');
const assert = require('node:assert');
const EventEmitter = require('node:events');
const { once, on, getEventListeners, getMaxListeners, setMaxListeners, addAbortListener,
  errorMonitor, captureRejectionSymbol } = EventEmitter;

// Symbol.dispose where the engine has it, else the symbol Node's polyfill used.
const kDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

// Collects the next process warning of the given name.
function nextWarning(name) {
  return new Promise((resolve) => {
    process.on('warning', function onWarning(w) {
      if (w.name !== name) return;
      process.removeListener('warning', onWarning);
      resolve(w);
    });
  });
}

test('module surface', () => {
  assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
  assert.strictEqual(EventEmitter.usingDomains, false);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
  assert.strictEqual(EventEmitter.captureRejections, false);
  assert.strictEqual(captureRejectionSymbol, Symbol.for('nodejs.rejection'));
  assert.strictEqual(errorMonitor.toString(), 'Symbol(events.errorMonitor)');
  assert.strictEqual(typeof EventEmitter.init, 'function');
  assert.deepStrictEqual(Object.keys(EventEmitter), [
    'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners', 'listenerCount',
    'EventEmitter', 'usingDomains', 'captureRejectionSymbol', 'captureRejections',
    'EventEmitterAsyncResource', 'errorMonitor', 'defaultMaxListeners', 'setMaxListeners',
    'init',
  ]);
  assert.strictEqual(typeof EventEmitter.kMaxEventTargetListeners, 'symbol');
  const e = new EventEmitter();
  assert.deepStrictEqual(Object.keys(e), ['_events', '_eventsCount', '_maxListeners']);
  assert.deepStrictEqual(Object.getOwnPropertySymbols(e).map(String),
                         ['Symbol(shapeMode)', 'Symbol(kCapture)']);
});

test('on/once/prepend order, this and arguments', () => {
  const e = new EventEmitter();
  const calls = [];
  e.on('x', function(...args) { calls.push(['on', this === e, args]); });
  e.prependListener('x', () => calls.push(['prepend']));
  e.once('x', (a) => calls.push(['once', a]));
  e.prependOnceListener('x', () => calls.push(['prependOnce']));
  assert.strictEqual(e.emit('x', 1, 2), true);
  assert.strictEqual(e.emit('x', 3), true);
  assert.strictEqual(e.emit('y'), false);
  assert.deepStrictEqual(calls, [
    ['prependOnce'], ['prepend'], ['on', true, [1, 2]], ['once', 1],
    ['prepend'], ['on', true, [3]],
  ]);
});

test('listeners added or removed during emit do not affect the running emit', () => {
  const e = new EventEmitter();
  const calls = [];
  const b = () => calls.push('b');
  e.on('x', () => {
    calls.push('a');
    e.removeListener('x', b);
    e.on('x', () => calls.push('c'));
  });
  e.on('x', b);
  e.emit('x');
  assert.deepStrictEqual(calls, ['a', 'b']);
  calls.length = 0;
  e.emit('x');
  assert.deepStrictEqual(calls, ['a', 'c']);
});

test('listeners, rawListeners, listenerCount with a listener, eventNames', () => {
  const e = new EventEmitter();
  function a() {}
  function b() {}
  const sym = Symbol('s');
  e.on('x', a);
  e.once('x', b);
  e.on('x', a);
  e.on(sym, b);
  assert.deepStrictEqual(e.listeners('x'), [a, b, a]);
  const raw = e.rawListeners('x');
  assert.strictEqual(raw[0], a);
  assert.strictEqual(raw[1].name, 'wrapper');
  assert.strictEqual(raw[1].listener, b);
  assert.strictEqual(e.listenerCount('x'), 3);
  assert.strictEqual(e.listenerCount('x', a), 2);
  assert.strictEqual(e.listenerCount('x', b), 1);
  assert.strictEqual(e.listenerCount('x', () => {}), 0);
  assert.strictEqual(e.listenerCount('none'), 0);
  assert.deepStrictEqual(e.eventNames(), ['x', sym]);
  assert.strictEqual(EventEmitter.listenerCount(e, 'x'), 3);
  assert.deepStrictEqual(getEventListeners(e, 'x'), [a, b, a]);
  // Calling the raw once wrapper removes it.
  raw[1]('arg');
  assert.deepStrictEqual(e.listeners('x'), [a, a]);
});

test('removeListener removes the last matching registration', () => {
  const e = new EventEmitter();
  function a() {}
  function b() {}
  e.on('x', a);
  e.on('x', b);
  e.on('x', a);
  assert.strictEqual(e.removeListener('x', a), e);
  assert.deepStrictEqual(e.listeners('x'), [a, b]);
  e.off('x', b);
  assert.strictEqual(e._events.x, a);
  e.off('x', a);
  assert.deepStrictEqual(e.eventNames(), []);
  assert.strictEqual(e._eventsCount, 0);
  assert.strictEqual(e.removeListener('x', a), e);
});

test("'newListener' and 'removeListener' events", () => {
  const e = new EventEmitter();
  const log = [];
  e.on('newListener', (name, fn) => log.push(`new ${String(name)} ${fn.name}`));
  e.on('removeListener', (name, fn) => log.push(`remove ${String(name)} ${fn.name}`));
  function a() {}
  function b() {}
  e.once('x', a);
  e.emit('x');
  e.on('y', a);
  e.on('y', b);
  e.removeAllListeners('y');
  e.on('z', b);
  e.removeAllListeners();
  assert.deepStrictEqual(log, [
    'new removeListener ', 'new x a', 'remove x a', 'new y a', 'new y b', 'remove y b',
    'remove y a', 'new z b', 'remove newListener ', 'remove z b',
  ]);
  assert.deepStrictEqual(e.eventNames(), []);

  // A 'newListener' listener that adds a listener for the same event goes first.
  const f = new EventEmitter();
  const order = [];
  f.once('newListener', (name) => f.on(name, () => order.push('from newListener')));
  f.on('go', () => order.push('registered'));
  f.emit('go');
  assert.deepStrictEqual(order, ['from newListener', 'registered']);
});

test('listener validation', () => {
  const e = new EventEmitter();
  for (const method of ['on', 'once', 'prependListener', 'prependOnceListener', 'removeListener']) {
    assert.throws(() => e[method]('x', 'nope'), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "listener" argument must be of type function. Received type string (\'nope\')',
    });
  }
  assert.throws(() => e.on('x', null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be of type function. Received null',
  });
});

test('max listeners: get/set, defaults and the warning', async () => {
  const e = new EventEmitter();
  assert.strictEqual(e.getMaxListeners(), 10);
  assert.strictEqual(e.setMaxListeners(2), e);
  assert.strictEqual(e.getMaxListeners(), 2);
  assert.strictEqual(getMaxListeners(e), 2);
  assert.throws(() => e.setMaxListeners(-1), {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => e.setMaxListeners('3'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "setMaxListeners" argument must be of type number. Received type string (\'3\')',
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  setMaxListeners(5, e);
  assert.strictEqual(e.getMaxListeners(), 5);
  assert.throws(() => setMaxListeners(1, {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
      'Received an instance of Object',
  });
  EventEmitter.defaultMaxListeners = 3;
  assert.strictEqual(new EventEmitter().getMaxListeners(), 3);
  setMaxListeners(4);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 4);
  EventEmitter.defaultMaxListeners = 10;

  class Leaky extends EventEmitter {}
  const leaky = new Leaky();
  leaky.setMaxListeners(1);
  const warning = nextWarning('MaxListenersExceededWarning');
  leaky.on('data', () => {});
  leaky.on('data', () => {});
  leaky.on('data', () => {}); // one warning per event name
  const w = await warning;
  assert.strictEqual(w.message, 'Possible EventEmitter memory leak detected. 2 data listeners ' +
    'added to [Leaky]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(w.emitter, leaky);
  assert.strictEqual(w.type, 'data');
  assert.strictEqual(w.count, 2);
  assert.strictEqual(leaky._events.data.warned, true);

  const unlimited = new EventEmitter();
  unlimited.setMaxListeners(0);
  for (let i = 0; i < 20; i++) unlimited.on('x', () => {});
  assert.strictEqual(unlimited._events.x.warned, undefined);
});

test("'error' without a listener throws; non-Errors become ERR_UNHANDLED_ERROR", () => {
  const e = new EventEmitter();
  const err = new Error('boom');
  assert.throws(() => e.emit('error', err), (thrown) => thrown === err);
  const cases = [
    [42, 'Unhandled error. (42)'],
    ['text', "Unhandled error. ('text')"],
    [undefined, 'Unhandled error. (undefined)'],
    [null, 'Unhandled error. (null)'],
    [{ a: 1 }, 'Unhandled error. ({ a: 1 })'],
  ];
  for (const [value, message] of cases) {
    assert.throws(() => e.emit('error', value), (thrown) => {
      assert.strictEqual(thrown.name, 'Error');
      assert.strictEqual(thrown.code, 'ERR_UNHANDLED_ERROR');
      assert.strictEqual(thrown.message, message);
      assert.strictEqual(thrown.context, value);
      return true;
    });
  }
  assert.throws(() => e.emit('error'), { code: 'ERR_UNHANDLED_ERROR', context: undefined });
  e.on('error', (er) => assert.strictEqual(er, 42));
  assert.strictEqual(e.emit('error', 42), true);
});

test('errorMonitor observes errors before the listeners', () => {
  const e = new EventEmitter();
  const log = [];
  e.on(errorMonitor, (er) => log.push(`monitor ${er.message}`));
  assert.throws(() => e.emit('error', new Error('first')), { message: 'first' });
  e.on('error', (er) => log.push(`listener ${er.message}`));
  e.emit('error', new Error('second'));
  assert.deepStrictEqual(log, ['monitor first', 'monitor second', 'listener second']);
});

test('captureRejections routes rejections to error or Symbol.for(nodejs.rejection)', async () => {
  assert.throws(() => new EventEmitter({ captureRejections: 'yes' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.captureRejections" property must be of type boolean. ' +
      "Received type string ('yes')",
  });
  const e = new EventEmitter({ captureRejections: true });
  const gotError = new Promise((resolve) => e.on('error', resolve));
  e.on('work', async () => { throw new Error('async failure'); });
  assert.strictEqual(e.emit('work'), true);
  assert.strictEqual((await gotError).message, 'async failure');

  const f = new EventEmitter({ captureRejections: true });
  const viaSymbol = new Promise((resolve) => {
    f[captureRejectionSymbol] = (err, type, ...args) => resolve([err.message, type, args]);
  });
  f.on('job', () => Promise.reject(new Error('rejected')));
  f.emit('job', 1, 2);
  assert.deepStrictEqual(await viaSymbol, ['rejected', 'job', [1, 2]]);

  EventEmitter.captureRejections = true;
  const g = new EventEmitter();
  EventEmitter.captureRejections = false;
  const viaDefault = new Promise((resolve) => g.on('error', resolve));
  g.on('x', async () => { throw new Error('default on'); });
  g.emit('x');
  assert.strictEqual((await viaDefault).message, 'default on');
  assert.throws(() => { EventEmitter.captureRejections = 1; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.captureRejections" property must be of type boolean. ' +
      'Received type number (1)',
  });
});

test('EventEmitter.init and legacy inheritance', () => {
  function Legacy() {
    EventEmitter.call(this);
  }
  Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
  const legacy = new Legacy();
  let got;
  legacy.on('x', (v) => { got = v; });
  legacy.emit('x', 7);
  assert.strictEqual(got, 7);
  const obj = {};
  EventEmitter.init.call(obj, { captureRejections: true });
  assert.strictEqual(obj._eventsCount, 0);
  assert.strictEqual(Object.getPrototypeOf(obj._events), null);
});

test('events.once resolves with the arguments and rejects on error', async () => {
  const e = new EventEmitter();
  const p = once(e, 'ready');
  assert.strictEqual(e.listenerCount('error'), 1);
  e.emit('ready', 1, 'two');
  assert.deepStrictEqual(await p, [1, 'two']);
  assert.strictEqual(e.listenerCount('ready'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  const failing = once(e, 'ready');
  e.emit('error', new Error('nope'));
  await assert.rejects(failing, { message: 'nope' });
  assert.strictEqual(e.listenerCount('ready'), 0);

  const et = new EventTarget();
  const fromTarget = once(et, 'ping');
  const ev = new Event('ping');
  et.dispatchEvent(ev);
  assert.deepStrictEqual(await fromTarget, [ev]);
  await assert.rejects(once(e, 'x', null), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('events.once with an AbortSignal', async () => {
  const e = new EventEmitter();
  const ac = new AbortController();
  const p = once(e, 'never', { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, ac.signal.reason);
    return true;
  });
  assert.strictEqual(e.listenerCount('never'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);
  await assert.rejects(once(e, 'x', { signal: AbortSignal.abort('why') }),
                       { name: 'AbortError', cause: 'why' });
  await assert.rejects(once(e, 'x', { signal: 'no' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
      "Received type string ('no')",
  });
});

test('events.on iterates events, ends on close events, rejects on error', async () => {
  const e = new EventEmitter();
  const iter = on(e, 'data', { close: ['end'] });
  e.emit('data', 1);
  e.emit('data', 2, 3);
  assert.deepStrictEqual(await iter.next(), { value: [1], done: false });
  assert.deepStrictEqual(await iter.next(), { value: [2, 3], done: false });
  const pending = iter.next();
  e.emit('data', 4);
  assert.deepStrictEqual(await pending, { value: [4], done: false });
  e.emit('end');
  assert.deepStrictEqual(await iter.next(), { value: undefined, done: true });
  assert.strictEqual(e.listenerCount('data'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);
  assert.strictEqual(e.listenerCount('end'), 0);

  const f = new EventEmitter();
  const seen = [];
  const loop = (async () => {
    for await (const [v] of on(f, 'v')) seen.push(v);
  })();
  f.emit('v', 'a');
  await new Promise((resolve) => setImmediate(resolve));
  f.emit('error', new Error('stream broke'));
  await assert.rejects(loop, { message: 'stream broke' });
  assert.deepStrictEqual(seen, ['a']);

  const g = new EventEmitter();
  const it = on(g, 'v');
  assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
  assert.strictEqual(g.listenerCount('v'), 0);
  assert.throws(() => it.throw('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. ' +
      "Received type string ('x')",
  });
});

test('events.on with an AbortSignal and watermarks', async () => {
  const e = new EventEmitter();
  const ac = new AbortController();
  const iter = on(e, 'v', { signal: ac.signal });
  const waiting = iter.next();
  ac.abort('stop');
  await assert.rejects(waiting, { name: 'AbortError', cause: 'stop' });
  assert.deepStrictEqual(await iter.next(), { value: undefined, done: true });
  assert.strictEqual(e.listenerCount('v'), 0);
  assert.throws(() => on(e, 'v', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  assert.throws(() => on(e, 'v', { highWaterMark: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.highWaterMark" is out of range. ' +
      'It must be >= 1 && <= 9007199254740991. Received 0',
  });

  const log = [];
  const src = new EventEmitter();
  src.pause = () => log.push('pause');
  src.resume = () => log.push('resume');
  const it = on(src, 'd', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 0; i < 4; i++) src.emit('d', i);
  assert.deepStrictEqual(log, ['pause']);
  for (let i = 0; i < 3; i++) assert.deepStrictEqual(await it.next(), { value: [i], done: false });
  assert.deepStrictEqual(log, ['pause']);
  assert.deepStrictEqual(await it.next(), { value: [3], done: false });
  assert.deepStrictEqual(log, ['pause', 'resume']);
  await it.return();
});

test('addAbortListener', async () => {
  const ac = new AbortController();
  const calls = [];
  const disposable = addAbortListener(ac.signal, (...args) => calls.push(args.length));
  assert.strictEqual(typeof disposable[kDispose], 'function');
  const removed = addAbortListener(ac.signal, () => calls.push('removed'));
  removed[kDispose]();
  // Still called when another listener stops propagation.
  ac.signal.addEventListener('abort', (ev) => ev.stopImmediatePropagation());
  ac.abort();
  assert.deepStrictEqual(calls, [1]);

  const order = [];
  addAbortListener(AbortSignal.abort(), () => order.push('listener'));
  order.push('sync');
  await null;
  assert.deepStrictEqual(order, ['sync', 'listener']);
  assert.throws(() => addAbortListener(undefined, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
  });
  assert.throws(() => addAbortListener(ac.signal), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be of type function. Received undefined',
  });
});

test('getEventListeners, getMaxListeners and setMaxListeners on EventTargets', () => {
  const et = new EventTarget();
  const a = () => {};
  const b = { handleEvent() {} };
  et.addEventListener('x', a);
  et.addEventListener('x', b, { once: true });
  assert.deepStrictEqual(getEventListeners(et, 'x'), [a, b]);
  assert.deepStrictEqual(getEventListeners(et, 'y'), []);
  assert.strictEqual(EventEmitter.listenerCount(et, 'x'), 2);
  assert.strictEqual(getMaxListeners(et), 10);
  setMaxListeners(3, et);
  assert.strictEqual(getMaxListeners(et), 3);
  assert.throws(() => getEventListeners({}, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
      'Received an instance of Object',
  });
  assert.throws(() => getMaxListeners(null), { code: 'ERR_INVALID_ARG_TYPE' });
});

'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { getEventListeners, listenerCount } = require('node:events');

// DOMException is reached through an abort reason, so this also runs where it is no global.
const DOMException = AbortSignal.abort().reason.constructor;

// Runs fn with the process' 'uncaughtException' listeners (the test runner's too) replaced by
// one that collects the errors; resolves with them once `count` arrived.
function collectUncaught(count, fn) {
  const saved = process.listeners('uncaughtException');
  process.removeAllListeners('uncaughtException');
  const errors = [];
  return new Promise((resolve) => {
    process.on('uncaughtException', (err, origin) => {
      errors.push([err.message, origin]);
      if (errors.length === count) {
        process.removeAllListeners('uncaughtException');
        for (const listener of saved) process.on('uncaughtException', listener);
        resolve(errors);
      }
    });
    fn();
  });
}

test('Event defaults, options and flags', () => {
  const ev = new Event('x');
  assert.strictEqual(ev.type, 'x');
  assert.strictEqual(ev.bubbles, false);
  assert.strictEqual(ev.cancelable, false);
  assert.strictEqual(ev.composed, false);
  assert.strictEqual(ev.defaultPrevented, false);
  assert.strictEqual(ev.isTrusted, false);
  assert.strictEqual(ev.eventPhase, Event.NONE);
  assert.strictEqual(ev.target, null);
  assert.strictEqual(ev.currentTarget, null);
  assert.strictEqual(ev.returnValue, true);
  assert.deepStrictEqual(ev.composedPath(), []);
  assert.strictEqual(typeof ev.timeStamp, 'number');
  assert.ok(ev.timeStamp > 0);
  assert.ok(new Event('later').timeStamp >= ev.timeStamp);
  ev.preventDefault(); // not cancelable: no effect
  assert.strictEqual(ev.defaultPrevented, false);

  const c = new Event('c', { bubbles: 1, cancelable: true, composed: 'yes' });
  assert.deepStrictEqual([c.bubbles, c.cancelable, c.composed], [true, true, true]);
  c.preventDefault();
  assert.strictEqual(c.defaultPrevented, true);
  assert.strictEqual(c.returnValue, false);
  c.stopImmediatePropagation();
  assert.strictEqual(c.cancelBubble, true);

  assert.strictEqual(new Event(42).type, '42');
  assert.deepStrictEqual([Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE],
                         [0, 1, 2, 3]);
  assert.strictEqual(Object.prototype.toString.call(ev), '[object Event]');
  assert.throws(() => new Event(), {
    name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified',
  });
  assert.throws(() => new Event('x', 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (1)',
  });
  assert.throws(() => Reflect.get(Event.prototype, 'type', {}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Event',
  });
});

test('CustomEvent detail', () => {
  assert.strictEqual(new CustomEvent('x').detail, null);
  assert.strictEqual(new CustomEvent('x', { detail: 0 }).detail, 0);
  const detail = { a: 1 };
  const ce = new CustomEvent('x', { detail, cancelable: true });
  assert.strictEqual(ce.detail, detail);
  assert.strictEqual(ce.cancelable, true);
  assert.ok(ce instanceof Event);
  assert.strictEqual(Object.prototype.toString.call(ce), '[object CustomEvent]');
  assert.throws(() => Reflect.get(CustomEvent.prototype, 'detail', new Event('x')), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type CustomEvent',
  });
});

test('dispatch order, this, handleEvent objects, once and duplicates', () => {
  const t = new EventTarget();
  const log = [];
  function fn(ev) {
    log.push(['fn', this === t, ev.target === t, ev.currentTarget === t, ev.eventPhase]);
  }
  const obj = {
    handleEvent(ev) {
      log.push(['obj', this === obj, ev.type]);
    },
  };
  t.addEventListener('go', fn);
  t.addEventListener('go', obj);
  t.addEventListener('go', fn); // duplicate: ignored
  t.addEventListener('go', () => log.push(['once']), { once: true });
  const ev = new Event('go');
  assert.strictEqual(t.dispatchEvent(ev), true);
  t.dispatchEvent(new Event('go'));
  // Like Node, the dispatch flag is cleared after the first DOM listener returns: later
  // listeners see currentTarget null and eventPhase NONE.
  assert.deepStrictEqual(log, [
    ['fn', true, true, true, 2], ['obj', true, 'go'], ['once'],
    ['fn', true, true, true, 2], ['obj', true, 'go'],
  ]);
  assert.strictEqual(ev.target, t);
  assert.strictEqual(ev.currentTarget, null);
  assert.strictEqual(ev.eventPhase, 0);
  assert.deepStrictEqual(getEventListeners(t, 'go'), [fn, obj]);
});

test('listeners added during dispatch run, removed ones do not', () => {
  const t = new EventTarget();
  const log = [];
  const removed = () => log.push('removed');
  t.addEventListener('e', () => {
    log.push('first');
    t.addEventListener('e', () => log.push('added'));
    t.removeEventListener('e', removed);
  });
  t.addEventListener('e', removed);
  t.dispatchEvent(new Event('e'));
  assert.deepStrictEqual(log, ['first', 'added']);
});

test('the capture flag is part of a listener identity', () => {
  const t = new EventTarget();
  let calls = 0;
  const fn = () => calls++;
  t.addEventListener('k', fn, true);
  t.addEventListener('k', fn);
  t.addEventListener('k', fn, { capture: true }); // same as the first
  t.dispatchEvent(new Event('k'));
  assert.strictEqual(calls, 2);
  assert.strictEqual(listenerCount(t, 'k'), 2);
  // As in Node, only an options object selects the capture registration.
  t.removeEventListener('k', fn, true);
  assert.strictEqual(listenerCount(t, 'k'), 1);
  t.dispatchEvent(new Event('k'));
  assert.strictEqual(calls, 3);
  t.removeEventListener('k', fn, { capture: true });
  assert.strictEqual(listenerCount(t, 'k'), 0);
  t.dispatchEvent(new Event('k'));
  assert.strictEqual(calls, 3);
});

test('long listener lists keep order, identity and removal', () => {
  const t = new EventTarget();
  const log = [];
  const fns = Array.from({ length: 20 }, (_, i) => () => log.push(i));
  for (const fn of fns) t.addEventListener('many', fn);
  for (const fn of fns) t.addEventListener('many', fn); // all duplicates
  t.addEventListener('many', fns[3], { capture: true });
  assert.strictEqual(listenerCount(t, 'many'), 21);
  t.removeEventListener('many', fns[5]);
  t.removeEventListener('many', fns[19]);
  t.removeEventListener('many', fns[0]);
  t.removeEventListener('many', fns[3], { capture: true });
  t.addEventListener('many', fns[0]); // now last
  t.addEventListener('many', () => t.removeEventListener('many', fns[1]), { once: true });
  t.dispatchEvent(new Event('many'));
  assert.deepStrictEqual(log, [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 0]);
  log.length = 0;
  t.dispatchEvent(new Event('many'));
  assert.deepStrictEqual(log, [2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 0]);
  assert.deepStrictEqual(getEventListeners(t, 'many'), [...fns.slice(2, 5), ...fns.slice(6, 19), fns[0]]);

  // Many targets listening with one signal all lose their listener on abort.
  const ac = new AbortController();
  const targets = Array.from({ length: 50 }, () => new EventTarget());
  let calls = 0;
  for (const target of targets) target.addEventListener('x', () => calls++, { signal: ac.signal });
  assert.strictEqual(listenerCount(ac.signal, 'abort'), 50);
  ac.abort();
  assert.strictEqual(listenerCount(ac.signal, 'abort'), 0);
  for (const target of targets) target.dispatchEvent(new Event('x'));
  assert.strictEqual(calls, 0);
});

test('stopImmediatePropagation, passive listeners and preventDefault', () => {
  const t = new EventTarget();
  const log = [];
  t.addEventListener('p', (ev) => {
    ev.preventDefault(); // ignored in a passive listener
    log.push(`passive ${ev.defaultPrevented}`);
  }, { passive: true });
  t.addEventListener('p', (ev) => {
    ev.preventDefault();
    log.push(`active ${ev.defaultPrevented}`);
    ev.stopImmediatePropagation();
  });
  t.addEventListener('p', () => log.push('never'));
  const ev = new Event('p', { cancelable: true });
  assert.strictEqual(t.dispatchEvent(ev), false);
  assert.strictEqual(ev.defaultPrevented, true);
  assert.deepStrictEqual(log, ['passive false', 'active true']);

  const plain = new Event('p');
  assert.strictEqual(t.dispatchEvent(plain), true);
  assert.strictEqual(plain.defaultPrevented, false);
});

test('dispatchEvent and addEventListener validation', () => {
  const t = new EventTarget();
  t.addEventListener('r', (ev) => {
    assert.throws(() => t.dispatchEvent(ev), {
      name: 'Error',
      code: 'ERR_EVENT_RECURSION',
      message: 'The event "r" is already being dispatched',
    });
  });
  t.dispatchEvent(new Event('r'));
  assert.throws(() => t.dispatchEvent({ type: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "event" argument must be an instance of Event. Received an instance of Object',
  });
  assert.throws(() => t.dispatchEvent(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => t.addEventListener('x'), {
    code: 'ERR_MISSING_ARGS', message: 'The "type" and "listener" arguments must be specified',
  });
  assert.throws(() => t.addEventListener('x', 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be an instance of EventListener. Received type number (1)',
  });
  assert.throws(() => t.addEventListener('x', () => {}, 'opts'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type EventTarget',
  });
});

test('an error thrown by a listener goes to uncaughtException after the dispatch', async () => {
  const t = new EventTarget();
  const log = [];
  t.addEventListener('boom', () => {
    throw new Error('listener failed');
  });
  t.addEventListener('boom', () => log.push('next listener ran'));
  const errors = await collectUncaught(1, () => {
    log.push(`dispatch returned ${t.dispatchEvent(new Event('boom'))}`);
  });
  assert.deepStrictEqual(log, ['next listener ran', 'dispatch returned true']);
  assert.deepStrictEqual(errors, [['listener failed', 'uncaughtException']]);

  const u = new EventTarget();
  u.addEventListener('boom', async () => {
    throw new Error('async listener failed');
  });
  const asyncErrors = await collectUncaught(1, () => u.dispatchEvent(new Event('boom')));
  assert.deepStrictEqual(asyncErrors, [['async listener failed', 'uncaughtException']]);
});

test('listeners with a signal are removed on abort', () => {
  const t = new EventTarget();
  const ac = new AbortController();
  let calls = 0;
  t.addEventListener('m', () => calls++, { signal: ac.signal });
  t.dispatchEvent(new Event('m'));
  ac.abort();
  t.dispatchEvent(new Event('m'));
  assert.strictEqual(calls, 1);
  assert.strictEqual(listenerCount(t, 'm'), 0);
  t.addEventListener('m', () => calls++, { signal: ac.signal }); // already aborted: not added
  assert.strictEqual(listenerCount(t, 'm'), 0);
});

test('AbortController: reason, abort event once, onabort', () => {
  const ac = new AbortController();
  const { signal } = ac;
  assert.strictEqual(ac.signal, signal);
  assert.strictEqual(signal.aborted, false);
  assert.strictEqual(signal.reason, undefined);
  assert.strictEqual(signal.onabort, null);
  assert.strictEqual(signal.throwIfAborted(), undefined);
  const log = [];
  signal.addEventListener('abort', (ev) => log.push(`listener ${ev.isTrusted} ${signal.aborted}`));
  signal.onabort = function(ev) {
    log.push(`onabort ${this === signal} ${ev.type}`);
  };
  ac.abort();
  ac.abort(new Error('ignored'));
  assert.deepStrictEqual(log, ['listener true true', 'onabort true abort']);
  assert.strictEqual(signal.aborted, true);
  const reason = signal.reason;
  assert.ok(reason instanceof DOMException);
  assert.ok(reason instanceof Error);
  assert.strictEqual(reason.name, 'AbortError');
  assert.strictEqual(reason.message, 'This operation was aborted');
  assert.strictEqual(reason.code, 20);
  assert.strictEqual(Object.prototype.toString.call(reason), '[object DOMException]');
  assert.throws(() => signal.throwIfAborted(), (err) => err === reason);

  const custom = new AbortController();
  custom.abort('why');
  assert.strictEqual(custom.signal.reason, 'why');
  assert.throws(() => custom.signal.throwIfAborted(), (err) => err === 'why');
  assert.throws(() => new AbortSignal(), {
    name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor',
  });
});

test('AbortSignal.abort and AbortSignal.any', () => {
  const pre = AbortSignal.abort();
  assert.strictEqual(pre.aborted, true);
  assert.strictEqual(pre.reason.name, 'AbortError');
  assert.strictEqual(AbortSignal.abort(42).reason, 42);

  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  const log = [];
  b.signal.addEventListener('abort', () => log.push(`source (any aborted: ${any.aborted})`));
  any.addEventListener('abort', () => log.push(`any ${any.reason}`));
  b.abort('b first');
  a.abort('a second');
  assert.deepStrictEqual(log, ['source (any aborted: true)', 'any b first']);
  assert.strictEqual(any.reason, 'b first');
  assert.strictEqual(AbortSignal.any([]).aborted, false);
  assert.strictEqual(AbortSignal.any([AbortSignal.abort('x')]).reason, 'x');
  assert.throws(() => AbortSignal.any([a.signal, {}]), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'signals[1] is not of type AbortSignal.',
  });
  assert.throws(() => AbortSignal.any(1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'signals cannot be converted to sequence.',
  });
});

test('AbortSignal.timeout aborts with a TimeoutError', async () => {
  const signal = AbortSignal.timeout(1);
  assert.strictEqual(signal.aborted, false);
  // The timeout's timer is unref'd: something else must keep the process alive meanwhile.
  const keepAlive = setTimeout(() => {}, 10000);
  await new Promise((resolve) => signal.addEventListener('abort', resolve));
  clearTimeout(keepAlive);
  assert.strictEqual(signal.reason.name, 'TimeoutError');
  assert.strictEqual(signal.reason.message, 'The operation was aborted due to timeout');
  assert.strictEqual(signal.reason.code, 23);
  assert.throws(() => AbortSignal.timeout(-1), {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
  });
});

test('DOMException', () => {
  const e = new DOMException('gone', 'NotFoundError');
  assert.strictEqual(e.name, 'NotFoundError');
  assert.strictEqual(e.message, 'gone');
  assert.strictEqual(e.code, 8);
  assert.strictEqual(new DOMException('m', 'Custom').code, 0);
  assert.strictEqual(new DOMException().name, 'Error');
  const withCause = new DOMException('m', { name: 'DataCloneError', cause: 'c' });
  assert.deepStrictEqual([withCause.name, withCause.code, withCause.cause], ['DataCloneError', 25, 'c']);
  assert.strictEqual(DOMException.ABORT_ERR, 20);
  assert.strictEqual(e.TIMEOUT_ERR, 23);
  assert.deepStrictEqual(Object.keys(e), []);
  assert.strictEqual(Object.getPrototypeOf(DOMException), Function.prototype);
  assert.throws(() => Reflect.get(DOMException.prototype, 'name', {}), {
    name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of DOMException',
  });
});

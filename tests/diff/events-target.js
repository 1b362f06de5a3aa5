'use strict';
// EventTarget, Event, CustomEvent, AbortController, AbortSignal and DOMException: dispatch
// order and flags, listener identity, errors thrown by listeners, abort reasons, inspect output.
const util = require('util');
const events = require('events');

const out = (...args) => console.log(...args);
// timeStamp values differ from run to run; everything else in the output is exact.
const show = (v, opts) => util.inspect(v, opts).replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: <n>');
function err(fn) {
  try {
    fn();
    return 'no throw';
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}`;
  }
}
const names = (obj) => Object.keys(obj).join(',');

// --- surface
out(typeof EventTarget, typeof Event, typeof CustomEvent, typeof AbortController,
    typeof AbortSignal);
out(names(Event.prototype));
out(names(CustomEvent.prototype), names(EventTarget.prototype), names(AbortSignal.prototype),
    names(AbortController.prototype));
out(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, names(Event));
out(Object.prototype.toString.call(new Event('x')), Object.prototype.toString.call(new CustomEvent('x')),
    Object.prototype.toString.call(new EventTarget()),
    Object.prototype.toString.call(new AbortController()),
    Object.prototype.toString.call(new AbortController().signal));
out(Object.getPrototypeOf(CustomEvent) === Event, Object.getPrototypeOf(AbortSignal) === EventTarget);
out(Object.getOwnPropertySymbols(new EventTarget()).map(String));
out(Object.getOwnPropertySymbols(new Event('x')).map(String));
const trusted = Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted');
out(trusted.get.name, trusted.enumerable, trusted.configurable);
const onabort = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
out(onabort.get.name, onabort.set.name, onabort.enumerable, onabort.configurable);

// --- Event fields
const plain = new Event('plain');
out(plain.type, plain.bubbles, plain.cancelable, plain.composed, plain.defaultPrevented,
    plain.isTrusted, plain.eventPhase, plain.target, plain.currentTarget, plain.srcElement,
    plain.returnValue, plain.cancelBubble, plain.composedPath(), typeof plain.timeStamp);
const full = new Event('full', { bubbles: 1, cancelable: 'yes', composed: {} });
out(full.bubbles, full.cancelable, full.composed);
out(new Event(123).type, new Event(null).type, new Event({ toString: () => 'obj' }).type);
const ts1 = new Event('t').timeStamp;
const ts2 = new Event('t').timeStamp;
out(ts2 >= ts1, ts1 > 0);
plain.initEvent('renamed', true, true);
out(plain.type, plain.bubbles, plain.cancelable);
plain.preventDefault();
out(plain.defaultPrevented, plain.returnValue);
const cancelMe = new Event('c', { cancelable: true });
cancelMe.returnValue = false;
out(cancelMe.defaultPrevented, cancelMe.returnValue);
cancelMe.cancelBubble = false;
out(cancelMe.cancelBubble);
cancelMe.cancelBubble = true;
out(cancelMe.cancelBubble);
const sip = new Event('s');
sip.stopImmediatePropagation();
out(sip.cancelBubble);
out(show(new Event('shown')));
out(show(new CustomEvent('custom', { detail: { deep: { er: [1, 2] } } })));
out(show({ nested: { ev: new Event('deep') } }, { depth: 0 }));
out(show([new Event('arr')]));
const ce = new CustomEvent('ce', { detail: 0 });
out(ce.detail, new CustomEvent('ce').detail, new CustomEvent('ce', { detail: undefined }).detail,
    new CustomEvent('ce', { detail: 'd' }).detail);

out(err(() => new Event()));
out(err(() => new Event('x', 1)));
out(err(() => new Event('x', 'str')));
out(err(() => new Event('x', [])));
out(err(() => new CustomEvent()));
out(err(() => Event.prototype.preventDefault.call({})));
out(err(() => Reflect.get(Event.prototype, 'type', {})));
out(err(() => Reflect.get(CustomEvent.prototype, 'detail', new Event('x'))));
out(err(() => new Event('x').initEvent()));
out(String(new Event('x', null).type), String(new Event('x', undefined).type));

// --- dispatch: order, this, flags
const t = new EventTarget();
const log = [];
function h1(ev) {
  log.push(['h1', this === t, ev.target === t, ev.currentTarget === t, ev.eventPhase,
    ev.composedPath().length]);
}
const h2 = {
  handleEvent(ev) {
    log.push(['h2', this === h2, ev.currentTarget === t, ev.eventPhase]);
  },
};
t.addEventListener('go', h1);
t.addEventListener('go', h2);
t.addEventListener('go', h1); // duplicate: ignored
t.addEventListener('go', (ev) => log.push(['arrow', ev.type]), { once: true });
const goEvent = new Event('go');
out(t.dispatchEvent(goEvent), t.dispatchEvent(new Event('go')));
out(show(log));
out(goEvent.target === t, goEvent.currentTarget, goEvent.eventPhase, goEvent.composedPath());
out(events.getEventListeners(t, 'go').length, events.listenerCount(t, 'go'),
    events.getEventListeners(t, 'none').length, events.listenerCount(t, 'none'));

// capture is part of the listener's identity; removal takes an options object
const c = new EventTarget();
let calls = 0;
const count = () => calls++;
c.addEventListener('k', count, true);
c.addEventListener('k', count, { capture: false });
c.addEventListener('k', count, { capture: true }); // same as the first
c.dispatchEvent(new Event('k'));
out('two registrations', calls, events.getEventListeners(c, 'k').length);
c.removeEventListener('k', count, true); // a boolean does not select the capture listener
c.dispatchEvent(new Event('k'));
out('after remove(true)', calls);
c.removeEventListener('k', count, { capture: true });
c.dispatchEvent(new Event('k'));
out('after remove({capture:true})', calls);
c.removeEventListener('k', count);
c.dispatchEvent(new Event('k'));
out('after remove()', calls, events.listenerCount(c, 'k'));

// listeners added/removed during dispatch
const d = new EventTarget();
const dlog = [];
const late = () => dlog.push('late');
const removed = () => dlog.push('removed (never)');
d.addEventListener('e', () => {
  dlog.push('first');
  d.addEventListener('e', late);
  d.removeEventListener('e', removed);
});
d.addEventListener('e', removed);
d.dispatchEvent(new Event('e'));
out(dlog.join(','));

// stopImmediatePropagation, passive, preventDefault, cancelable
const s = new EventTarget();
const slog = [];
s.addEventListener('p', (ev) => {
  ev.preventDefault();
  slog.push(`passive:${ev.defaultPrevented}`);
}, { passive: true });
s.addEventListener('p', (ev) => {
  ev.preventDefault();
  slog.push(`active:${ev.defaultPrevented}`);
  ev.stopImmediatePropagation();
});
s.addEventListener('p', () => slog.push('after stop (never)'));
const pe = new Event('p', { cancelable: true });
out(s.dispatchEvent(pe), pe.defaultPrevented, pe.returnValue, pe.cancelBubble, slog.join(','));
const notCancelable = new Event('p');
out(s.dispatchEvent(notCancelable), notCancelable.defaultPrevented);
// a stopped event stays stopped
out(s.dispatchEvent(new Event('p')), slog.length);

// dispatching an event that is being dispatched
const r = new EventTarget();
r.addEventListener('rec', (ev) => {
  out('recursion:', err(() => r.dispatchEvent(ev)));
});
r.dispatchEvent(new Event('rec'));

// listener and option validation
out(err(() => t.addEventListener('x')));
out(err(() => t.addEventListener('x', 5)));
out(err(() => t.addEventListener('x', 'str')));
out(err(() => t.addEventListener('x', count, 1)));
out(err(() => t.addEventListener('x', count, 'capture')));
out(err(() => t.addEventListener('x', count, { signal: {} })));
out(err(() => t.addEventListener('x', count, { signal: null })));
out(err(() => t.addEventListener(Symbol('sym'), count)));
out(err(() => t.removeEventListener('x')));
out(err(() => t.removeEventListener('x', 5)));
out(err(() => t.dispatchEvent()));
out(err(() => t.dispatchEvent('x')));
out(err(() => t.dispatchEvent({ type: 'x' })));
out(err(() => EventTarget.prototype.addEventListener.call({}, 'x', count)));
out(err(() => EventTarget.prototype.dispatchEvent.call({}, new Event('x'))));
out(err(() => t.addEventListener('x', null)), err(() => t.addEventListener('x', undefined)));
out(err(() => t.removeEventListener('x', null)));
out(err(() => t.addEventListener('x', {})), err(() => t.addEventListener('x', count, null)));

// a signal option removes the listener on abort
const sigT = new EventTarget();
const ac1 = new AbortController();
sigT.addEventListener('m', () => out('signal listener ran'), { signal: ac1.signal });
sigT.dispatchEvent(new Event('m'));
ac1.abort();
sigT.dispatchEvent(new Event('m'));
out('after abort', events.listenerCount(sigT, 'm'));
sigT.addEventListener('m', () => out('never added'), { signal: ac1.signal });
out('aborted signal', events.listenerCount(sigT, 'm'));

// max listeners on EventTargets
const mt = new EventTarget();
out(events.getMaxListeners(mt));
events.setMaxListeners(2, mt);
out(events.getMaxListeners(mt));
process.on('warning', (w) => {
  out('warning', w.name, w.message, w.count, w.type, w.target === mt || w.target === undefined);
});
mt.addEventListener('w', () => {});
mt.addEventListener('w', () => {});
mt.addEventListener('w', () => {});
mt.addEventListener('w', () => {}); // warned once only
mt.addEventListener('x', undefined);

// --- AbortController / AbortSignal
const ac = new AbortController();
const sig = ac.signal;
out(show(ac), show(sig), sig === ac.signal, sig.aborted, sig.reason, sig.onabort);
const alog = [];
sig.onabort = function(ev) {
  alog.push(`onabort this=${this === sig} trusted=${ev.isTrusted} type=${ev.type}`);
};
sig.addEventListener('abort', (ev) => {
  alog.push(`listener ${ev.constructor.name} ${ev.target === sig} ${sig.aborted}`);
});
out(typeof sig.onabort);
ac.abort();
ac.abort('again'); // no second event
out(alog.join(' | '));
out(sig.aborted, sig.reason.name, sig.reason.message, sig.reason.code,
    sig.reason instanceof Error, Object.prototype.toString.call(sig.reason),
    sig.reason.constructor.name, String(sig.reason), Object.keys(sig.reason));
out(show(sig), show(ac), show(ac, { depth: 0 }));
out(err(() => sig.throwIfAborted()));

const withReason = new AbortController();
withReason.abort({ custom: true });
out(show(withReason.signal.reason));
try {
  withReason.signal.throwIfAborted();
} catch (thrown) {
  out('thrown reason', show(thrown));
}
const undefReason = new AbortController();
undefReason.abort(undefined);
out(undefReason.signal.reason.name);
const nullReason = new AbortController();
nullReason.abort(null);
out(nullReason.signal.reason);
out(new AbortController().signal.throwIfAborted());

const pre = AbortSignal.abort();
out(pre.aborted, pre.reason.name, pre.reason.message, pre.reason.code);
out(AbortSignal.abort('why').reason, AbortSignal.abort(0).reason);
out(err(() => new AbortSignal()));
out(err(() => AbortSignal.timeout(-1)));
out(err(() => AbortSignal.timeout('1')));
out(err(() => AbortSignal.timeout(1.5)));
out(err(() => AbortSignal.any()));
out(err(() => AbortSignal.any(1)));
out(err(() => AbortSignal.any([sig, {}])));
out(err(() => Reflect.get(AbortSignal.prototype, 'aborted', {})));
out(err(() => AbortSignal.prototype.throwIfAborted.call({})));
out(err(() => Reflect.set(AbortSignal.prototype, 'onabort', () => {}, {})));

// any(): aborts with the first source's reason; dependants abort after their source
const src1 = new AbortController();
const src2 = new AbortController();
const anySig = AbortSignal.any([src1.signal, src2.signal]);
const nested = AbortSignal.any([anySig]);
out(AbortSignal.any([]).aborted, anySig.aborted);
const order = [];
src2.signal.addEventListener('abort', () => order.push(`src2 any=${anySig.aborted}`));
anySig.addEventListener('abort', () => order.push(`any reason=${anySig.reason}`));
nested.addEventListener('abort', () => order.push(`nested reason=${nested.reason}`));
src2.abort('second');
src1.abort('first');
out(order.join(' | '), anySig.reason, nested.reason);
out(AbortSignal.any([AbortSignal.abort('pre')]).reason, AbortSignal.any(new Set([sig])).reason.name);

// stopImmediatePropagation on an abort event does not stop addAbortListener / once()
const stopper = new AbortController();
stopper.signal.addEventListener('abort', (ev) => ev.stopImmediatePropagation());
stopper.signal.addEventListener('abort', () => out('plain abort listener (never)'));
events.addAbortListener(stopper.signal, () => out('addAbortListener still called'));
stopper.abort();

// --- errors thrown by listeners become uncaught exceptions, after the dispatch. One error per
// step: each step starts from the previous one's 'uncaughtException'.
const steps = [
  () => {
    const thrower = new EventTarget();
    thrower.addEventListener('boom', () => {
      throw new Error('sync listener error');
    });
    thrower.addEventListener('boom', () => out('later listeners still run'));
    out('dispatch returned', thrower.dispatchEvent(new Event('boom')));
    out('dispatch is over');
  },
  () => {
    const thrower = new EventTarget();
    thrower.addEventListener('boom', async () => {
      throw new Error('async listener error');
    });
    out('dispatch returned', thrower.dispatchEvent(new Event('boom')));
  },
  () => {
    const thrower = new EventTarget();
    const obj = {
      handleEvent(ev) {
        out('handleEvent this', this === obj, ev.type);
        throw new Error('handleEvent error');
      },
    };
    thrower.addEventListener('boom', obj);
    out('dispatch returned', thrower.dispatchEvent(new Event('boom')));
  },
  () => {
    // AbortSignal.timeout: a TimeoutError DOMException; its timer does not keep the process
    // alive, so another one does.
    const keepAlive = setTimeout(() => out('timeout never fired'), 5000);
    const timeoutSignal = AbortSignal.timeout(1);
    out('timeout pending', timeoutSignal.aborted);
    timeoutSignal.onabort = () => {
      const reason = timeoutSignal.reason;
      out('timeout', timeoutSignal.aborted, reason.name, reason.message, reason.code);
      clearTimeout(keepAlive);
    };
  },
];
function nextStep() {
  const step = steps.shift();
  if (step) setTimeout(step, 1);
}
process.on('uncaughtException', (er, origin) => {
  out('uncaught', er.message, origin);
  nextStep();
});
nextStep();

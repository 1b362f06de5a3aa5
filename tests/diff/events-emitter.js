'use strict';
// EventEmitter: listener bookkeeping, ordering, 'newListener'/'removeListener', errors,
// errorMonitor, captureRejections, max-listener warnings, util.inspect of emitters, statics.
const EventEmitter = require('events');
const util = require('util');

const out = (...args) => console.log(...args);
const show = (v) => util.inspect(v, { depth: 4 });
function err(fn) {
  try {
    fn();
    return 'no throw';
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}`;
  }
}

// --- module surface
out(Object.keys(EventEmitter));
out(show(EventEmitter));
out(EventEmitter === EventEmitter.EventEmitter, EventEmitter.usingDomains,
    EventEmitter.defaultMaxListeners, EventEmitter.captureRejections);
out(String(EventEmitter.captureRejectionSymbol), String(EventEmitter.errorMonitor));
for (const key of ['captureRejections', 'defaultMaxListeners', 'EventEmitterAsyncResource',
  'kMaxEventTargetListeners', 'once', 'init', 'setMaxListeners']) {
  const d = Object.getOwnPropertyDescriptor(EventEmitter, key);
  out(key, 'enumerable', d.enumerable, 'configurable', d.configurable, 'writable', d.writable,
      'get', typeof d.get, 'set', typeof d.set);
}
out(Object.keys(EventEmitter.prototype));
out(EventEmitter.prototype.on === EventEmitter.prototype.addListener,
    EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
out(EventEmitter.name, EventEmitter.length, EventEmitter.once.name, EventEmitter.on.name,
    EventEmitter.listenerCount.name, JSON.stringify(EventEmitter.init.name),
    JSON.stringify(EventEmitter.setMaxListeners.name));

// --- inspect of emitters in their various shapes
const e = new EventEmitter();
out(show(e));
function a() {}
function b() {}
function c() {}
e.on('x', a);
out(show(e));
e.on('x', b);
e.once('x', c);
out(show(e));
out(show(e.listeners('x')), show(e.rawListeners('x')));
out(e.rawListeners('x')[2].name, e.rawListeners('x')[2].listener === c);
e.prependListener('x', c);
e.prependOnceListener('x', a);
out(e.listeners('x').map((f) => f.name).join(','));
out(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', c), e.listenerCount('x', () => {}),
    e.listenerCount('nope'), e.listenerCount('x', null));
out(e.eventNames());
const sym = Symbol('s');
e.on(sym, a);
out(e.eventNames(), e.listenerCount(sym));
class MyEmitter extends EventEmitter {}
const my = new MyEmitter({ captureRejections: true });
my.setMaxListeners(3);
my.on('evt', a);
out(show(my));
out(show(new EventEmitter({ captureRejections: false })));

// --- emit order, arguments, this, return values
const order = [];
const em = new EventEmitter();
em.on('go', function(...args) { order.push(['first', this === em, args]); });
em.prependListener('go', () => order.push(['prepended']));
em.once('go', () => order.push(['once']));
em.on('go', () => {
  order.push(['adds-during-emit']);
  em.on('go', () => order.push(['added-late']));
});
out(em.emit('go', 1, 'two', { three: 3 }), em.emit('nothing'));
out(show(order));
order.length = 0;
em.emit('go');
out(show(order));

// removing during emit does not change the current round
const rem = new EventEmitter();
const seen = [];
function r1() { seen.push('r1'); rem.removeListener('e', r2); }
function r2() { seen.push('r2'); }
rem.on('e', r1);
rem.on('e', r2);
rem.emit('e');
rem.emit('e');
out(seen.join(','));

// changing the listener array during emit replaces it (copy on write)
const cow = new EventEmitter();
const before = [];
function cowA() { before.push('a'); }
function cowB() {
  before.push('b');
  cow.on('c', function cowC() { before.push('c'); });
  cow.removeListener('c', cowB);
}
cow.on('c', cowA);
cow.on('c', cowB);
const firstArray = cow._events.c;
cow.emit('c');
out(before.join(','), cow._events.c === firstArray, show(cow._events), show(firstArray));
cow.emit('c');
out(before.join(','));

// --- 'newListener' and 'removeListener'
const nl = new EventEmitter();
const evlog = [];
nl.on('newListener', (name, fn) => evlog.push(`new:${String(name)}:${fn.name}`));
nl.on('removeListener', (name, fn) => evlog.push(`remove:${String(name)}:${fn.name}`));
nl.on('foo', a);
nl.once('foo', b);
nl.emit('foo');
nl.on('bar', c);
nl.on('bar', a);
nl.removeListener('bar', c);
nl.off('bar', a);
nl.on('baz', a);
nl.on('baz', b);
nl.removeAllListeners('baz');
nl.on('qux', c);
nl.removeAllListeners();
out(evlog.join('\n'));
out(show(nl));

// 'newListener' listener adding a listener for the same event goes first
const nl2 = new EventEmitter();
nl2.once('newListener', (name) => {
  if (name === 'ev') nl2.on('ev', () => out('inserted first'));
});
nl2.on('ev', () => out('registered'));
nl2.emit('ev');

// --- removeListener details
const rl = new EventEmitter();
rl.on('d', a);
rl.on('d', b);
rl.on('d', a);
rl.removeListener('d', a); // removes the last occurrence
out(rl.listeners('d').map((f) => f.name).join(','));
rl.removeListener('d', c); // not registered: no-op
rl.removeListener('none', a);
out(rl.listenerCount('d'), show(rl._events));
rl.removeAllListeners('d');
out(show(rl), rl.eventNames());
out(rl.removeListener('x', a) === rl, rl.removeAllListeners() === rl, rl.on('x', a) === rl,
    rl.once('y', a) === rl, rl.prependListener('x', b) === rl, rl.setMaxListeners(2) === rl);

// --- listener validation and max listeners
out(err(() => e.on('x', 'str')));
out(err(() => e.once('x', null)));
out(err(() => e.prependListener('x', {})));
out(err(() => e.removeListener('x', 1)));
out(err(() => e.setMaxListeners(-1)));
out(err(() => e.setMaxListeners(NaN)));
out(err(() => e.setMaxListeners('10')));
out(err(() => { EventEmitter.defaultMaxListeners = -1; }));
out(err(() => { EventEmitter.defaultMaxListeners = 'x'; }));
out(err(() => { EventEmitter.captureRejections = 'yes'; }));
out(err(() => new EventEmitter({ captureRejections: 1 })));
out(err(() => EventEmitter.setMaxListeners(-5)));
out(err(() => EventEmitter.setMaxListeners(1, {})));
out(err(() => EventEmitter.getMaxListeners({})));
out(err(() => EventEmitter.getEventListeners({}, 'x')));
out(err(() => EventEmitter.listenerCount({}, 'x')));
out(new EventEmitter().getMaxListeners(), EventEmitter.getMaxListeners(new EventEmitter()));
const ml = new EventEmitter();
ml.setMaxListeners(0);
out(ml.getMaxListeners(), EventEmitter.getMaxListeners(ml));
EventEmitter.setMaxListeners(7, ml);
out(ml.getMaxListeners());
EventEmitter.defaultMaxListeners = 12;
out(new EventEmitter().getMaxListeners(), EventEmitter.defaultMaxListeners);
EventEmitter.setMaxListeners(15);
out(EventEmitter.defaultMaxListeners);
EventEmitter.setMaxListeners();
out(EventEmitter.defaultMaxListeners);
EventEmitter.defaultMaxListeners = 10;
out(EventEmitter.getEventListeners(e, 'x').map((f) => f.name).join(','),
    EventEmitter.listenerCount(e, 'x'));

// --- error events
const ee = new EventEmitter();
for (const value of [42, 'text', undefined, null, { a: 1, b: [1, 2] }, [1, 'x'], Symbol('q'),
  10n, () => {}]) {
  try {
    ee.emit('error', value);
  } catch (er) {
    out(er.name, er.code, er.message, er.context === value, Object.keys(er));
  }
}
const original = new TypeError('boom');
try {
  ee.emit('error', original);
} catch (er) {
  out(er === original, er.message, Object.keys(er));
}
try {
  ee.emit('error');
} catch (er) {
  out(er.code, er.message, 'context' in er, er.context);
}
class NamedEmitter extends EventEmitter {}
try {
  new NamedEmitter().emit('error', 'x');
} catch (er) {
  out(er.code, er.message);
}

// errorMonitor sees errors first and does not count as a handler
const mon = new EventEmitter();
const monLog = [];
mon.on(EventEmitter.errorMonitor, (er, extra) => monLog.push(`monitor:${er.message}:${extra}`));
try {
  mon.emit('error', new Error('m1'), 'extra');
} catch (er) {
  monLog.push(`thrown:${er.message}`);
}
mon.on('error', (er) => monLog.push(`handler:${er.message}`));
out(mon.emit('error', new Error('m2')), monLog.join(','));
out(mon.eventNames().map(String));

// --- captureRejections
process.on('unhandledRejection', (reason) => out('unhandledRejection', reason.message));

const cr = new EventEmitter({ captureRejections: true });
cr.on('work', async (n) => { throw new Error(`async fail ${n}`); });
cr.on('error', (er) => out('captured via error:', er.message));
out('emit returns', cr.emit('work', 1));

const cr2 = new EventEmitter({ captureRejections: true });
cr2[EventEmitter.captureRejectionSymbol] = function(er, type, ...args) {
  out('captured via symbol:', er.message, type, args, this === cr2);
};
cr2.on('job', async () => { throw new Error('sym fail'); });
cr2.emit('job', 'a', 2);

// A thenable whose rejection is captured; a `then` getter that throws becomes an 'error'.
const cr3 = new EventEmitter({ captureRejections: true });
cr3.on('error', (er) => out('cr3 error:', er.message));
cr3.on('t', () => ({ then(res, rej) { rej(new Error('thenable rejected')); } }));
cr3.on('g', () => ({ get then() { throw new Error('then getter'); } }));
cr3.emit('t');
cr3.emit('g');

// Without captureRejections, rejections are unhandled.
const plain = new EventEmitter();
plain.on('p', async () => { throw new Error('not captured'); });
plain.emit('p');

// EventEmitter.captureRejections changes the default for new emitters.
EventEmitter.captureRejections = true;
const dflt = new EventEmitter();
EventEmitter.captureRejections = false;
dflt.on('error', (er) => out('default capture:', er.message));
dflt.on('q', () => Promise.reject(new Error('from default')));
dflt.emit('q');
out(EventEmitter.captureRejections, show(dflt).includes('Symbol(kCapture): true'));

// --- EventEmitter.init and inheritance styles
function Legacy() {
  EventEmitter.call(this);
}
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
const legacy = new Legacy();
legacy.on('z', a);
out(show(legacy), legacy instanceof EventEmitter);
const initd = {};
EventEmitter.init.call(initd, { captureRejections: true });
out(show(initd));
const proto = { __proto__: EventEmitter.prototype, _events: { k: a } };
const shaped = Object.create(proto);
shaped._events = { __proto__: null, k: a };
shaped._eventsCount = 1;
EventEmitter.init.call(shaped);
shaped.removeListener('k', a);
out(show(shaped), shaped.eventNames());

setTimeout(() => out('done'), 5);

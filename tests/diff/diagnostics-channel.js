'use strict';
// node:diagnostics_channel: channels, stores and tracing channels, compared with Node 24.
const dc = require('node:diagnostics_channel');
const { AsyncLocalStorage } = require('node:async_hooks');

const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};

console.log(Object.keys(dc).join());
const a = dc.channel('a');
show('same', () => a === dc.channel('a'));
show('instanceof', () => [a instanceof dc.Channel, {} instanceof dc.Channel]);
show('name', () => a.name);
show('has0', () => [a.hasSubscribers, dc.hasSubscribers('a'), dc.hasSubscribers('none')]);
const s1 = (msg, name) => console.log('s1', JSON.stringify(msg), String(name));
a.subscribe(s1);
show('has1', () => [a.hasSubscribers, dc.hasSubscribers('a'), a === dc.channel('a')]);
a.publish({ n: 1 });
const s2 = () => console.log('s2');
dc.subscribe('a', s2);
a.publish('x');
show('unsub', () => [a.unsubscribe(s1), a.unsubscribe(s1), dc.unsubscribe('a', s2), a.hasSubscribers]);
a.publish('nobody');
show('unsub none', () => dc.unsubscribe('zz', s1));

const sym = Symbol('sym');
show('symbol', () => [dc.channel(sym) === dc.channel(sym), String(dc.channel(sym).name)]);
dc.subscribe(sym, (m, n) => console.log('symbol got', m, String(n)));
dc.channel(sym).publish(7);

// Duplicate subscription and unsubscribe during publish.
const b = dc.channel('b');
const g2 = () => console.log('g2');
const g1 = (m) => { console.log('g1', m); b.unsubscribe(g2); };
b.subscribe(g1); b.subscribe(g2); b.subscribe(g2);
b.publish(1);
b.publish(2);
b.publish(3);

for (const bad of [1, null, undefined, {}, true]) {
  show(`channel(${String(bad)})`, () => dc.channel(bad));
}
show('subscribe bad', () => a.subscribe(5));
show('dc.subscribe bad', () => dc.subscribe('q', 'str'));
show('hasSubscribers(1)', () => dc.hasSubscribers(1));
show('tracing(1)', () => dc.tracingChannel(1));
show('tracing({start:1})', () => dc.tracingChannel({ start: 1 }));

// Stores.
const als = new AsyncLocalStorage();
const st = dc.channel('stores');
show('runStores inactive', () => st.runStores({ a: 1 }, (x, y) => [x, y, als.getStore()], null, 1, 2));
show('bindStore', () => [st.bindStore(als, (d) => ({ wrapped: d })), st.hasSubscribers]);
st.subscribe((m) => console.log('stores publish sees', JSON.stringify(als.getStore()), JSON.stringify(m)));
show('runStores', () => st.runStores({ a: 1 }, function(x) { return [x, als.getStore()]; }, null, 9));
show('outside', () => als.getStore());
show('unbind', () => [st.unbindStore(als), st.unbindStore(als)]);
st.bindStore(als);
show('identity', () => st.runStores('plain', () => als.getStore()));
st.unbindStore(als);

// Tracing channels.
const tc = dc.tracingChannel('op');
show('tc names', () => ['start', 'end', 'asyncStart', 'asyncEnd', 'error'].map((k) => tc[k].name));
show('tc has0', () => tc.hasSubscribers);
show('fast path', () => tc.traceSync((x) => x * 2, {}, null, 21));
const events = [];
const handlers = {};
for (const k of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[k] = (ctx) => events.push(`${k}:${ctx.result ?? ''}:${ctx.error?.message ?? ''}`);
}
tc.subscribe(handlers);
show('tc has1', () => tc.hasSubscribers);
show('traceSync', () => tc.traceSync(function(x) { return `${this.t}${x}`; }, { id: 1 }, { t: 'T' }, 5));
show('events', () => events.splice(0).join(' '));
show('traceSync throws', () => tc.traceSync(() => { throw new Error('boom'); }));
show('events', () => events.splice(0).join(' '));
const cbCtx = {};
show('traceCallback', () => tc.traceCallback((v, cb) => { cb(null, v + 1); return 'ret'; }, -1, cbCtx, null, 1,
                                             (err, res) => console.log('cb got', err, res)));
show('events', () => events.splice(0).join(' '));
show('traceCallback err', () => tc.traceCallback((cb) => cb(new Error('cberr')), 0, {}, null,
                                                 (err) => console.log('cb err', err.message)));
show('events', () => events.splice(0).join(' '));
show('traceCallback bad', () => tc.traceCallback(() => {}, -1, {}, null, 1));
show('unsub handlers', () => [tc.unsubscribe({ start: () => {} }), tc.unsubscribe({})]);

const ctxP = {};
tc.tracePromise(async (x) => x + 1, ctxP, null, 41).then((v) => {
  console.log('promise', v, ctxP.result);
  console.log('events', events.splice(0).join(' '));
  return tc.tracePromise(() => Promise.reject(new Error('rej')), {});
}).catch((e) => {
  console.log('rejected', e.message);
  console.log('events', events.splice(0).join(' '));
  return tc.tracePromise(() => ({ then(r) { r('thenable'); } }));
}).then((v) => {
  console.log('thenable', v, events.splice(0).join(' '));
  console.log('unsub all', tc.unsubscribe(handlers), tc.hasSubscribers);
  // Channels object form.
  const parts = {};
  for (const k of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) parts[k] = dc.channel(`custom:${k}`);
  const t2 = dc.tracingChannel(parts);
  console.log('custom', t2.start === parts.start, t2.error.name);
  // A throwing subscriber does not stop the publisher; the error is uncaught on a later tick.
  process.on('uncaughtException', (err) => console.log('uncaught', err.message));
  const e = dc.channel('throws');
  e.subscribe(() => { throw new Error('sub failed'); });
  e.subscribe(() => console.log('second subscriber still runs'));
  e.publish(null);
  console.log('publish returned');
});

// EventEmitterAsyncResource (also through ESM's named import), createHook's AsyncResource
// events, and the async context across an ES module's top-level await.
import { EventEmitterAsyncResource, EventEmitter } from 'node:events';
import { AsyncLocalStorage, AsyncResource, createHook, executionAsyncId, triggerAsyncId } from 'node:async_hooks';

const als = new AsyncLocalStorage();
console.log(typeof EventEmitterAsyncResource, EventEmitterAsyncResource.prototype instanceof EventEmitter);

const ee = als.run('created', () => new EventEmitterAsyncResource({ name: 'Thing' }));
ee.on('ev', (v) => console.log('listener', v, als.getStore(), executionAsyncId() === ee.asyncId,
                               triggerAsyncId() === ee.triggerAsyncId));
als.run('emitter', () => ee.emit('ev', 1));
console.log(ee.asyncResource instanceof AsyncResource, ee.asyncResource.eventEmitter === ee,
            typeof ee.asyncId, typeof ee.triggerAsyncId);
try { new EventEmitterAsyncResource(); } catch (e) { console.log(e.name, e.code, e.message); }
const named = new EventEmitterAsyncResource('byString');
console.log(named instanceof EventEmitter);

// Only this resource's events are printed (Node also reports its timers and immediates).
const events = [];
let mine = -1;
const hook = createHook({
  init(id, type, trigger, resource) {
    if (type === 'MINE') { mine = id; events.push(['init', type, typeof trigger, resource instanceof AsyncResource]); }
  },
  before(id) { if (id === mine) events.push(['before']); },
  after(id) { if (id === mine) events.push(['after']); },
  destroy(id) { if (id === mine) events.push(['destroy']); },
});
console.log(hook.enable() === hook);
const r = new AsyncResource('MINE');
r.runInAsyncScope(() => events.push(['inside', executionAsyncId() === r.asyncId()]));
r.emitDestroy();
console.log('destroy is deferred:', events.some((e) => e[0] === 'destroy'));
await new Promise((res) => setImmediate(res));
await new Promise((res) => setImmediate(res));
hook.disable();
new AsyncResource('AFTER_DISABLE').emitDestroy();
for (const e of events) console.log(e.join(' '));

await als.run('tla', async () => {
  await new Promise((res) => setTimeout(res, 1));
  console.log('after top-level await timer', als.getStore());
});
console.log('module end', als.getStore());

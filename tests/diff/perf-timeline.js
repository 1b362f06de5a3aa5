'use strict';
// perf_hooks' timeline compared with Node 24: marks, measures (explicit times only, so the
// output is deterministic), entry lists, observers, timerify and Node's errors.
const {
  performance, PerformanceObserver, PerformanceEntry, PerformanceMark, PerformanceMeasure,
  PerformanceObserverEntryList, constants,
} = require('perf_hooks');
const util = require('util');

function show(fn) {
  try {
    const r = fn();
    console.log('ok', util.inspect(r, { depth: 3 }));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const names = (list) => list.map((e) => `${e.name}:${e.entryType}:${e.startTime}:${e.duration}`).join(' ');

console.log(Object.keys(require('perf_hooks')).filter((k) => !/Resource|SlidingWindow|importHistogram/.test(k)).join(' '));
console.log(util.inspect(constants));
console.log(PerformanceObserver.supportedEntryTypes.join());
console.log(typeof performance.now(), typeof performance.timeOrigin, performance.timeOrigin > 1.6e12);
console.log(performance === globalThis.performance, globalThis.PerformanceMark === PerformanceMark);
console.log(Object.keys(performance.toJSON()).join(), util.inspect(performance.eventLoopUtilization()));
console.log(Object.prototype.toString.call(performance));

const a = performance.mark('a', { startTime: 5, detail: { x: [1, 2] } });
console.log(util.inspect(a), JSON.stringify(a), a instanceof PerformanceEntry, Object.keys(a));
console.log(a.detail === a.detail, util.inspect(performance.mark('b', { startTime: 10 })));
const c = new PerformanceMark('c', { startTime: 20 });
console.log(util.inspect(c), performance.getEntriesByName('c').length);
show(() => performance.mark());
show(() => performance.mark('x', { startTime: -1 }));
show(() => performance.mark('x', { startTime: 'x' }));
show(() => performance.mark('x', 5));
show(() => performance.mark('x', { detail: () => {} }));
show(() => performance.measure());
show(() => performance.measure('m1', 'a', 'b'));
show(() => performance.measure('m2', 'nope'));
show(() => performance.measure('m3', { start: 1, end: 4, detail: 7 }));
show(() => performance.measure('m4', { start: 1, end: 4, duration: 2 }));
show(() => performance.measure('m6', { start: 'a', duration: 2 }));
show(() => performance.measure('m7', { end: 9, duration: 2 }));
show(() => performance.measure('m8', { start: 1 }, 'a'));
show(() => performance.measure('m9', 'a', 'a'));
show(() => performance.measure('m10', { start: -1 }));
show(() => performance.measure('m12', 3, 'a'));
show(() => performance.measure('m13', undefined, 'b'));
show(() => performance.measure('m14', { start: 'b', end: 'a' }));
show(() => new PerformanceEntry());
show(() => new PerformanceMeasure());
show(() => new PerformanceObserverEntryList());
console.log(names(performance.getEntries()));
console.log(names(performance.getEntriesByType('mark')));
console.log(names(performance.getEntriesByName('m3')), names(performance.getEntriesByName('m3', 'mark')));
performance.clearMarks('a');
console.log(names(performance.getEntries()));
show(() => performance.measure('m15', 'a'));
performance.clearMeasures('m3');
console.log(names(performance.getEntriesByType('measure')));
performance.clearMeasures();
performance.clearMarks();
console.log(names(performance.getEntries()));

show(() => new PerformanceObserver());
show(() => new PerformanceObserver(() => {}).observe());
show(() => new PerformanceObserver(() => {}).observe({}));
show(() => new PerformanceObserver(() => {}).observe({ entryTypes: ['mark'], type: 'mark' }));
show(() => new PerformanceObserver(() => {}).observe({ entryTypes: 'mark' }));

const f = performance.timerify(function foo(x, y) { return x + y; });
console.log(f.name, f.length, f(1, 2));
class K { constructor(v) { this.v = v; } }
const TK = performance.timerify(K);
console.log(new TK(3).v, new TK(4) instanceof K);
show(() => performance.timerify(5));
show(() => performance.timerify(() => {}, { histogram: 5 }));

performance.mark('early', { startTime: 1 });
const obs = new PerformanceObserver((list, o) => {
  console.log('obs', o === obs, list instanceof PerformanceObserverEntryList,
              list.getEntries().map((e) => `${e.name}:${e.entryType}`).join());
  console.log(' by type', list.getEntriesByType('mark').map((e) => e.name).join(),
              list.getEntriesByName('zz', 'measure').length);
});
obs.observe({ entryTypes: ['mark', 'measure', 'function', 'unknown-type'] });
performance.mark('z1', { startTime: 100 });
performance.measure('zz', { start: 100, end: 101 });
f(3, 4);
const taken = obs.takeRecords();
console.log('taken', taken.map((e) => e.name).join());
performance.mark('z2', { startTime: 50 });
const once = new PerformanceObserver((list, o) => {
  console.log('buffered', list.getEntries().map((e) => e.name).join());
  o.disconnect();
});
once.observe({ type: 'mark', buffered: true });
setImmediate(() => {
  obs.disconnect();
  performance.mark('after');
  setImmediate(() => console.log('done'));
});

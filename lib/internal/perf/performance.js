'use strict';
// The Performance object (globalThis.performance), timerify() and eventLoopUtilization().
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { EventTarget } = require('internal/event_target');
const clock = require('internal/perf/clock');
const {
  PerformanceEntry, PerformanceNodeEntry, makeEntry, enqueue, hasObserver, getBufferedEntries, kSkip,
} = require('internal/perf/observe');
const usertiming = require('internal/perf/usertiming');
const { isRecordableHistogram } = require('internal/perf/histogram');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kPerformance = Symbol('kPerformance');

class PerformanceNodeTiming extends PerformanceEntry {
  constructor() {
    super(kSkip, 'node', 'node', 0, 0);
  }

  get duration() { return clock.now(); }
  get nodeStart() { return 0; }
  get v8Start() { return 0; }
  get environment() { return 0; }
  get bootstrapComplete() { return 0; }
  get loopStart() { return clock.loopStart(); }
  get loopExit() { return -1; }
  get idleTime() { return clock.idleTime(); }

  toJSON() {
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: this.duration,
      nodeStart: 0, v8Start: 0, bootstrapComplete: 0, environment: 0,
      loopStart: this.loopStart, loopExit: -1, idleTime: this.idleTime,
    };
  }
}
let nodeTiming;
function getNodeTiming() { return (nodeTiming ??= new PerformanceNodeTiming()); }

function eventLoopUtilization(util1, util2) {
  const ls = clock.loopStart();
  if (ls <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = clock.idleTime();
  const active = clock.now() - ls - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !isRecordableHistogram(histogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  function complete(start, args) {
    const duration = clock.now() - start;
    if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil(duration * 1e6)));
    if (hasObserver('function')) {
      enqueue(makeEntry(PerformanceNodeEntry, fn.name, 'function', start, duration, args));
    }
  }
  function timerified(...args) {
    const isConstruct = new.target !== undefined;
    const start = clock.now();
    const result = isConstruct ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!isConstruct && typeof result?.finally === 'function') {
      return result.finally(() => complete(start, args));
    }
    complete(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

function check(p) { if (p?.[kPerformance] !== true) throw new ERR_INVALID_THIS('Performance'); }

class Performance extends EventTarget {
  constructor(skip) {
    if (skip !== kSkip) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kPerformance] = true;
  }

  clearMarks(name) { check(this); usertiming.clearMarks(name); }
  clearMeasures(name) { check(this); usertiming.clearMeasures(name); }
  clearResourceTimings() { check(this); }
  getEntries() { check(this); return getBufferedEntries(); }
  getEntriesByName(name, type) {
    check(this);
    if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('name');
    return getBufferedEntries(`${name}`, type === undefined ? undefined : `${type}`);
  }
  getEntriesByType(type) {
    check(this);
    if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('type');
    return getBufferedEntries(undefined, `${type}`);
  }
  mark(...args) { check(this); return usertiming.mark(...args); }
  measure(...args) { check(this); return usertiming.measure(...args); }
  now() { check(this); return clock.now(); }
  setResourceTimingBufferSize() { check(this); }
  get timeOrigin() { check(this); return clock.getTimeOrigin(); }
  toJSON() {
    check(this);
    return {
      nodeTiming: getNodeTiming(), timeOrigin: clock.getTimeOrigin(),
      eventLoopUtilization: eventLoopUtilization(),
    };
  }
  get nodeTiming() { return getNodeTiming(); }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect(this.toJSON(), opts)}`;
  }
}
Performance.prototype.eventLoopUtilization = eventLoopUtilization;
Performance.prototype.timerify = timerify;
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Performance', configurable: true,
});

const performance = new Performance(kSkip);

module.exports = { Performance, performance, timerify, eventLoopUtilization, PerformanceNodeTiming };

'use strict';
// node:perf_hooks — the Performance timeline (marks, measures, observers), timerify,
// event-loop utilization and delay, and histograms. Pieces live in lib/internal/perf/.
const {
  PerformanceEntry, PerformanceObserver, PerformanceObserverEntryList,
} = require('internal/perf/observe');
const { PerformanceMark, PerformanceMeasure } = require('internal/perf/usertiming');
const { Performance, performance, timerify, eventLoopUtilization } = require('internal/perf/performance');
const { createHistogram, monitorEventLoopDelay } = require('internal/perf/histogram');

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP: 2,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  monitorEventLoopDelay,
  eventLoopUtilization,
  timerify,
  createHistogram,
  performance,
};
Object.defineProperty(module.exports, 'constants', {
  __proto__: null, configurable: false, enumerable: true, value: constants,
});

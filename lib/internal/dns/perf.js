'use strict';
// 'dns' performance entries (PerformanceObserver with entryTypes ['dns']), as Node makes them:
// a request records its start when an observer exists, and on success one PerformanceNodeEntry
// named after the call ('lookup', 'lookupService', 'queryA' …) carries both details merged.

const { hasObserver, enqueue, makeEntry, PerformanceNodeEntry } = require('internal/perf/observe');
const { now } = require('internal/perf/clock');

const kPerf = Symbol('kDnsPerf');

function startPerf(req, name, detail) {
  if (!hasObserver('dns')) return;
  req[kPerf] = { name, detail, start: now() };
}

function stopPerf(req, detail) {
  const ctx = req[kPerf];
  if (ctx === undefined || !hasObserver('dns')) return;
  req[kPerf] = undefined;
  enqueue(makeEntry(PerformanceNodeEntry, ctx.name, 'dns', ctx.start, now() - ctx.start,
                    { ...ctx.detail, ...detail }));
}

module.exports = { startPerf, stopPerf };

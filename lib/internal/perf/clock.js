'use strict';
// The performance clock: milliseconds since the time origin (when this runtime's process
// binding started, i.e. early in start-up), and the node timing milestones on that scale.
const { hrtimeMs, startTime } = internalBinding('process');
const perf = internalBinding('performance');

function now() { return hrtimeMs() - startTime; }

let timeOrigin;
function getTimeOrigin() {
  if (timeOrigin === undefined) timeOrigin = perf.wallMs() - now();
  return timeOrigin;
}

function loopStart() {
  const s = perf.loopStart();
  return s < 0 ? -1 : s - startTime;
}

// Milestones; protoJS starts the engine and the environment together, before the time origin.
const nodeTimingNames = new Set(['nodeStart', 'v8Start', 'environment', 'bootstrapComplete',
                                 'loopStart', 'loopExit']);
function nodeTimingValue(name) {
  switch (name) {
    case 'loopStart': return loopStart();
    case 'loopExit': return -1;
    default: return 0;
  }
}

function idleTime() { return perf.loopIdleTime(); }

module.exports = { now, getTimeOrigin, loopStart, idleTime, nodeTimingNames, nodeTimingValue };

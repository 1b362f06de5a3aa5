'use strict';
// process.nextTick's queue and the drain Node runs after every callback from native code:
// all nextTicks, then microtasks, repeated until both are empty, then promise rejections.
const binding = internalBinding('timers');
const { processPromiseRejections, hasRejectionsToProcess } = require('internal/process/promises');
const asyncFrame = require('internal/async_context_frame');

// A FIFO of tick objects in a growable ring of arrays.
let head = [];
let headIndex = 0;
let tail = head;
const chunks = [];

function push(item) {
  tail.push(item);
}
function shift() {
  if (headIndex < head.length) {
    const item = head[headIndex];
    head[headIndex++] = undefined;
    return item;
  }
  if (head !== tail) {
    head = chunks.shift();
    headIndex = 0;
    return shift();
  }
  if (headIndex > 0) { head.length = 0; headIndex = 0; }
  return undefined;
}
function isEmpty() { return headIndex >= head.length && head === tail; }
// Keep chunks bounded: start a new chunk after 2048 items.
function enqueue(item) {
  if (tail.length >= 2048) {
    const next = [];
    chunks.push(next);
    tail = next;
  }
  push(item);
}

let tickScheduled = false;

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  if (!tickScheduled) {
    tickScheduled = true;
    binding.setTickScheduled(true);
  }
  enqueue({ callback, args, frame: asyncFrame.current() });
}

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = shift()) !== undefined) {
      const { callback, args } = tock;
      const prior = asyncFrame.enter(tock.frame);
      try {
        switch (args.length) {
          case 0: callback(); break;
          case 1: callback(args[0]); break;
          case 2: callback(args[0], args[1]); break;
          default: callback(...args);
        }
      } finally {
        asyncFrame.exit(prior);
      }
    }
    binding.runMicrotasks();
  } while (!isEmpty() || processPromiseRejections());
  tickScheduled = false;
  binding.setTickScheduled(false);
}

// Between two timers or immediates: what Node calls runNextTicks().
function runNextTicks() {
  if (!tickScheduled && !hasRejectionsToProcess()) binding.runMicrotasks();
  if (!tickScheduled && !hasRejectionsToProcess()) return;
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
  binding.queueMicrotask(callback);
}

// Whether nextTick callbacks are waiting (http emits a response's 'close' in place of a new
// tick when nothing was queued before it).
function hasPendingTicks() { return !isEmpty(); }

module.exports = { nextTick, processTicksAndRejections, runNextTicks, queueMicrotask, hasPendingTicks };

'use strict';
// Timers and immediates with Node's ordering. All timers of an Environment live in one binary
// heap ordered by (expiry, creation order); native code (src/modules/timers.cc) owns a single
// uv_timer armed for the earliest expiry and calls processTimers(now) when it fires.
// Between two callbacks the nextTick queue and microtasks are drained, as Node does.
const binding = internalBinding('timers');
const { runNextTicks } = require('internal/process/task_queues');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kId = Symbol('asyncId');
const kFrame = Symbol('asyncContextFrame');
const kFired = Symbol('fired');  // a one-shot timer that ran (refresh() reactivates it)
const asyncFrame = require('internal/async_context_frame');

let nextId = 1;
let seq = 0;
let refCount = 0;          // referenced, scheduled timers
let scheduledExpiry = 0;   // expiry the native timer is armed for (0 = none)
const knownTimers = new Map();  // numeric id → Timeout (for clearTimeout(number))

// ---------- storage: one list per duration, a heap of lists ----------
// Timers of one duration expire in the order they were (re)scheduled, so each duration keeps a
// doubly linked list in that order, and a small binary heap orders the lists by their first
// timer's (expiry, creation sequence) — the same global order as one heap of all timers, with
// O(1) insert, clear and refresh (Node's timer lists). kList is the timer's list, null when
// it is not scheduled.
const kList = Symbol('timerList');
const lists = new Map();  // duration → TimerList
const heap = [];          // non-empty TimerLists

class TimerList {
  constructor(duration) {
    this.duration = duration;
    this.head = null;
    this.tail = null;
    this.heapIndex = -1;
  }
}

function less(a, b) {
  const x = a.head, y = b.head;
  return x._expiry < y._expiry || (x._expiry === y._expiry && x._seq < y._seq);
}
function swap(i, j) { const t = heap[i]; heap[i] = heap[j]; heap[j] = t; heap[i].heapIndex = i; heap[j].heapIndex = j; }
function up(i) { while (i > 0) { const p = (i - 1) >> 1; if (!less(heap[i], heap[p])) break; swap(i, p); i = p; } }
function down(i) {
  for (;;) {
    const l = 2 * i + 1, r = l + 1;
    let m = i;
    if (l < heap.length && less(heap[l], heap[m])) m = l;
    if (r < heap.length && less(heap[r], heap[m])) m = r;
    if (m === i) return;
    swap(i, m); i = m;
  }
}
function heapRemoveList(list) {
  const i = list.heapIndex;
  const last = heap.pop();
  if (i < heap.length) { heap[i] = last; last.heapIndex = i; up(i); down(last.heapIndex); }
  list.heapIndex = -1;
}

// Appends a timer (its _expiry and _seq set) to its duration's list.
function listInsert(t) {
  let list = lists.get(t._idleTimeout);
  if (list === undefined) {
    list = new TimerList(t._idleTimeout);
    lists.set(t._idleTimeout, list);
  }
  t[kList] = list;
  t._timerNext = null;
  t._timerPrev = list.tail;
  if (list.tail !== null) {
    list.tail._timerNext = t;
    list.tail = t;
  } else {
    list.head = list.tail = t;
    list.heapIndex = heap.length;
    heap.push(list);
    up(list.heapIndex);
  }
}

function listRemove(t) {
  const list = t[kList];
  if (list === null || list === undefined) return;
  const wasHead = list.head === t;
  if (t._timerPrev !== null) t._timerPrev._timerNext = t._timerNext; else list.head = t._timerNext;
  if (t._timerNext !== null) t._timerNext._timerPrev = t._timerPrev; else list.tail = t._timerPrev;
  t._timerNext = t._timerPrev = null;
  t[kList] = null;
  if (!wasHead) return;
  if (list.head === null) {
    heapRemoveList(list);
    lists.delete(list.duration);
  } else {
    down(list.heapIndex);  // its first timer is now a later one
  }
}

function isScheduled(t) { return t[kList] !== null && t[kList] !== undefined; }

function updateRef(delta) {
  const before = refCount > 0;
  refCount += delta;
  const after = refCount > 0;
  if (before !== after) binding.toggleTimerRef(after);
}

function arm() {
  if (heap.length === 0) { scheduledExpiry = 0; return; }
  const first = heap[0].head._expiry;
  if (scheduledExpiry !== 0 && scheduledExpiry <= first) return;
  scheduledExpiry = first;
  binding.scheduleTimer(Math.max(1, first - binding.getLibuvNow()));
}

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
}

function normalizeDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    } else if (after < 0) {
      process.emitWarning(`${after} is a negative number.\nTimeout duration was set to 1.`, 'TimeoutNegativeWarning');
    } else if (Number.isNaN(after) && arguments.length && false) {
      /* NaN becomes 1 silently in Node 24 unless it came from a non-number */
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = normalizeDelay(after);
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kId] = nextId++;
    this[kList] = null;
    this._timerPrev = null;
    this._timerNext = null;
    this._idleStart = 0;
    this._expiry = 0;
    this._seq = 0;
    this[kFrame] = asyncFrame.current();
    schedule(this, binding.getLibuvNow());
  }
  refresh() {
    if (isScheduled(this)) {
      listRemove(this);
      schedule(this, binding.getLibuvNow(), true);
    } else if (this[kFired]) {
      // As Node's: a timer that already ran is scheduled again (a cleared one is not).
      this[kFired] = false;
      this._destroyed = false;
      schedule(this, binding.getLibuvNow());
    }
    return this;
  }
  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed && isScheduled(this)) updateRef(-1);
    }
    return this;
  }
  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed && isScheduled(this)) updateRef(1);
    }
    return this;
  }
  hasRef() { return this[kRefed]; }
  close() { clearTimeout(this); return this; }
  [Symbol.toPrimitive]() {
    knownTimers.set(this[kId], this);
    return this[kId];
  }
  [Symbol.dispose]() { clearTimeout(this); }
}

function schedule(timer, start, keepRef) {
  timer._idleStart = start;
  timer._expiry = start + timer._idleTimeout;
  timer._seq = seq++;
  listInsert(timer);
  if (!keepRef && timer[kRefed]) updateRef(1);
  arm();
}

// Schedules `timer` again for msecs from now, whether it is pending, ran or was cleared (net's
// socket idle timer: one Timeout per socket for its whole life).
function rearm(timer, msecs) {
  const pending = isScheduled(timer);
  if (pending) listRemove(timer);
  timer._idleTimeout = normalizeDelay(msecs);
  if (pending) {
    schedule(timer, binding.getLibuvNow(), true);
    return;
  }
  timer._destroyed = false;
  timer[kFired] = false;
  timer[kFrame] = asyncFrame.current();
  schedule(timer, binding.getLibuvNow());
}

function unschedule(timer) {
  if (isScheduled(timer)) {
    listRemove(timer);
    if (timer[kRefed]) updateRef(-1);
  }
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout !== undefined && timer[kId] !== undefined) {
    timer._destroyed = true;
    timer[kFired] = false;
    unschedule(timer);
    knownTimers.delete(timer[kId]);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimers.get(Number(timer));
    if (t !== undefined) clearTimeout(t);
  }
}

// Called by native code when the uv timer fires; re-arms the native timer before returning.
function processTimers(now) {
  scheduledExpiry = 0;
  let ran = false;
  try {
    while (heap.length > 0) {
      const timer = heap[0].head;
      // `now` stays the time this turn started, as in Node: a timer created by a callback of
      // this turn (its start read afresh) waits for a later turn, after the check phase.
      if (timer._expiry > now) break;
      if (ran) runNextTicks();
      else ran = true;
      if (heap.length === 0 || heap[0].head !== timer) continue;  // a tick changed the timers
      unschedule(timer);
      if (timer._destroyed) continue;
      const start = timer._repeat ? binding.getLibuvNow() : 0;
      const args = timer._timerArgs;
      const prior = asyncFrame.enter(timer[kFrame]);
      try {
        if (args === undefined) timer._onTimeout();
        else timer._onTimeout(...args);
      } finally {
        asyncFrame.exit(prior);
        if (timer._repeat && !timer._destroyed && !isScheduled(timer)) {
          timer._idleTimeout = timer._repeat;
          schedule(timer, start);
        } else if (!isScheduled(timer) && !timer._destroyed) {
          timer._destroyed = true;
          timer[kFired] = true;
          knownTimers.delete(timer[kId]);
        }
      }
    }
  } finally {
    arm();
  }
}

// ---------- immediates ----------
class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this[kFrame] = asyncFrame.current();
    this._destroyed = false;
    this[kRefed] = true;
    this._next = null;
    this._prev = null;
    immediateCount++;
    immediateRefCount++;
    if (immediateRefCount === 1) binding.toggleImmediateRef(true);
    append(this);
  }
  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed && ++immediateRefCount === 1) binding.toggleImmediateRef(true);
    }
    return this;
  }
  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed && --immediateRefCount === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }
  hasRef() { return !!this[kRefed]; }
  [Symbol.dispose]() { clearImmediate(this); }
}

let qHead = null;
let qTail = null;
let immediateCount = 0;
let immediateRefCount = 0;

function append(item) {
  item._prev = qTail;
  item._next = null;
  if (qTail) qTail._next = item; else qHead = item;
  qTail = item;
  binding.setImmediatePending(true);
}
function unlink(item) {
  if (item._prev) item._prev._next = item._next; else if (qHead === item) qHead = item._next;
  if (item._next) item._next._prev = item._prev; else if (qTail === item) qTail = item._prev;
  item._next = item._prev = null;
}

function retire(immediate) {
  immediate._destroyed = true;
  immediateCount--;
  if (immediate[kRefed] && --immediateRefCount === 0) binding.toggleImmediateRef(false);
  immediate[kRefed] = null;
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
  retire(immediate);
  unlink(immediate);
  immediate._onImmediate = null;
  if (qHead === null) binding.setImmediatePending(false);
}

// Runs the immediates queued before this turn of the check phase.
function processImmediate() {
  const last = qTail;
  let ran = false;
  while (qHead !== null) {
    const immediate = qHead;
    unlink(immediate);
    if (immediate._destroyed) { if (immediate === last) break; continue; }
    if (ran) runNextTicks(); else ran = true;
    retire(immediate);
    const cb = immediate._onImmediate;
    const args = immediate._argv;
    immediate._onImmediate = null;
    const prior = asyncFrame.enter(immediate[kFrame]);
    try {
      if (args === undefined) cb(); else cb(...args);
    } finally {
      asyncFrame.exit(prior);
      if (qHead === null) binding.setImmediatePending(false);
    }
    if (immediate === last) break;
  }
  if (qHead === null) binding.setImmediatePending(false);
}

// Referenced timers and immediates (process.getActiveResourcesInfo()).
function activeResourceCounts() { return { timeouts: refCount, immediates: immediateRefCount }; }

module.exports = {
  activeResourceCounts,
  rearm,
  Timeout, Immediate, TIMEOUT_MAX, kRefed, clearTimeout, clearImmediate, processTimers,
  processImmediate, validateCallback,
};

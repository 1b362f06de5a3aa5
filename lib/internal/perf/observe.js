'use strict';
// Performance entries and their observers: PerformanceEntry (and the node-specific entry kind
// used for 'function' entries), PerformanceObserver, PerformanceObserverEntryList, the
// buffer of marks and measures that performance.getEntries*() reads, and enqueue(), which
// hands a new entry to the observers (their callbacks run in a later immediate, batched).
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kSkip = Symbol('kSkip');
const kName = Symbol('kName');
const kType = Symbol('kType');
const kStart = Symbol('kStart');
const kDuration = Symbol('kDuration');
const kDetail = Symbol('kDetail');

const supportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'quic', 'resource',
]);

function isEntry(e) { return e != null && typeof e === 'object' && kType in e; }
function entryCheck(e) { if (!isEntry(e)) throw new ERR_INVALID_THIS('PerformanceEntry'); }

class PerformanceEntry {
  constructor(skip, name, type, start, duration, detail) {
    if (skip !== kSkip) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
    this[kDetail] = detail;
  }

  get name() { entryCheck(this); return this[kName]; }
  get entryType() { entryCheck(this); return this[kType]; }
  get startTime() { entryCheck(this); return this[kStart]; }
  get duration() { entryCheck(this); return this[kDuration]; }

  toJSON() {
    entryCheck(this);
    return { name: this[kName], entryType: this[kType], startTime: this[kStart], duration: this[kDuration] };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
  }
}

// Entries Node creates itself that carry a detail ('function' entries: the call's arguments).
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() { entryCheck(this); return this[kDetail]; }
  toJSON() { return { ...super.toJSON(), detail: this[kDetail] }; }
}

function makeEntry(Cls, name, type, start, duration, detail) {
  return new Cls(kSkip, name, type, start, duration, detail);
}

// The user-timing buffer (marks and measures, in creation order).
let buffer = [];

function sortByStart(list) {
  return list.slice().sort((a, b) => a[kStart] - b[kStart]);
}

function filterEntries(list, name, type) {
  const out = [];
  for (const e of list) {
    if (name !== undefined && e[kName] !== name) continue;
    if (type !== undefined && e[kType] !== type) continue;
    out.push(e);
  }
  return sortByStart(out);
}

function getBufferedEntries(name, type) { return filterEntries(buffer, name, type); }

function clearBuffered(type, name) {
  buffer = buffer.filter((e) => e[kType] !== type || (name !== undefined && e[kName] !== name));
}

// Observers.
const kCallback = Symbol('kCallback');
const kTypes = Symbol('kTypes');
const kMode = Symbol('kMode');
const kRecords = Symbol('kRecords');
const observers = new Set();
const pending = new Set();
let dispatchScheduled = false;

function scheduleDispatch() {
  if (dispatchScheduled) return;
  dispatchScheduled = true;
  require('timers').setImmediate(() => {
    dispatchScheduled = false;
    const list = [...pending];
    pending.clear();
    for (const o of list) {
      if (o[kRecords].length === 0) continue;
      const entries = new PerformanceObserverEntryList(kSkip, o[kRecords]);
      o[kRecords] = [];
      o[kCallback].call(o, entries, o);
    }
  });
}

function deliver(observer, entry) {
  observer[kRecords].push(entry);
  pending.add(observer);
  scheduleDispatch();
}

function enqueue(entry) {
  if (entry[kType] === 'mark' || entry[kType] === 'measure') buffer.push(entry);
  for (const o of observers) {
    if (o[kTypes].has(entry[kType])) deliver(o, entry);
  }
}

function hasObserver(type) {
  for (const o of observers) if (o[kTypes].has(type)) return true;
  return false;
}

class PerformanceObserverEntryList {
  constructor(skip, entries) {
    if (skip !== kSkip) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kRecords] = sortByStart(entries);
  }

  getEntries() { return this[kRecords].slice(); }
  getEntriesByType(type) { return filterEntries(this[kRecords], undefined, `${type}`); }
  getEntriesByName(name, type) {
    return filterEntries(this[kRecords], `${name}`, type === undefined ? undefined : `${type}`);
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(this[kRecords], opts)}`;
  }
}

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    this[kCallback] = callback;
    this[kTypes] = new Set();
    this[kMode] = undefined;
    this[kRecords] = [];
  }

  static get supportedEntryTypes() { return supportedEntryTypes; }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes) || entryTypes.some((t) => typeof t !== 'string')) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this[kMode] = 'multiple';
      this[kTypes].clear();
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) this[kTypes].add(t);
    } else {
      if (this[kMode] === 'multiple') this[kTypes].clear();
      this[kMode] = 'single';
      const t = `${type}`;
      if (!supportedEntryTypes.includes(t)) return;
      this[kTypes].add(t);
      if (buffered) {
        for (const e of getBufferedEntries(undefined, t)) deliver(this, e);
      }
    }
    if (this[kTypes].size > 0) observers.add(this);
    else observers.delete(this);
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this[kRecords] = [];
    this[kTypes].clear();
    this[kMode] = undefined;
  }

  takeRecords() {
    const list = this[kRecords];
    this[kRecords] = [];
    return list;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: [...this[kTypes]],
      buffer: this[kRecords],
    }, opts)}`;
  }
}

module.exports = {
  PerformanceEntry, PerformanceNodeEntry, PerformanceObserver, PerformanceObserverEntryList,
  makeEntry, enqueue, hasObserver, getBufferedEntries, clearBuffered, supportedEntryTypes,
  kSkip, kName, kType, kStart, kDuration, kDetail, entryCheck,
};

'use strict';
// fs.watch (FSWatcher over uv_fs_event), fs.watchFile/unwatchFile (StatWatcher over uv_fs_poll)
// and fs.promises.watch (an async iterator of { eventType, filename }).
// Recursive watching on Linux (where inotify is not recursive) is RecursiveWatcher: one
// uv_fs_event per directory, filenames relative to the watched root, directories created later
// watched as they appear.

const { EventEmitter } = require('events');
const path = require('path');
const {
  AbortError,
  UVException,
  codes: { ERR_FS_WATCH_QUEUE_OVERFLOW, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateIgnoreOption,
  validateObject,
  validateUint32,
} = require('internal/validators');
const { FSEvent, StatWatcher: StatWatcherHandle, kFsStatsFieldsNumber } =
  internalBinding('fs_event_wrap');

const UV_ENOSPC = -28;
const kFSWatchStart = Symbol('kFSWatchStart');
const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');
const kFSStatWatcherAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');
const kOldStatus = Symbol('kOldStatus');
const kRefCount = Symbol('kRefCount');
const kUseBigint = Symbol('kUseBigint');
const kEmptyObject = Object.freeze({ __proto__: null });

let fsUtils;
function utils() { return fsUtils ??= require('internal/fs/utils'); }
let BufferCtor;
function lazyBuffer() { return BufferCtor ??= require('buffer').Buffer; }
let kResistStopPropagation;
function resist() {
  return kResistStopPropagation ??= require('internal/event_target').kResistStopPropagation;
}

// A filename from the binding in the caller's encoding: strings are utf8, bytes anything else.
function encodeName(name, encoding) {
  if (name == null || typeof name === 'string') return name;
  const buf = lazyBuffer().from(name.buffer, name.byteOffset, name.byteLength);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

function watchError(err, filename, message) {
  const error = new UVException({ errno: err, syscall: 'watch', path: filename, message });
  error.filename = filename;
  return error;
}

// Node's `ignore` option: a glob string, RegExp, function, or an array of those.
function makeIgnoreMatcher(ignore) {
  if (ignore == null) return null;
  const list = Array.isArray(ignore) ? ignore : [ignore];
  const tests = list.map((m) => {
    if (typeof m === 'function') return m;
    if (m instanceof RegExp) return (f) => { m.lastIndex = 0; return m.test(f); };
    return (f) => path.matchesGlob(f, m);
  });
  return (filename) => {
    if (filename == null) return false;
    const name = typeof filename === 'string' ? filename : String(filename);
    for (const t of tests) if (t(name)) return true;
    return false;
  };
}

function emitCloseNT(self) { self.emit('close'); }

// ---- fs.watch ----------------------------------------------------------------------------

function FSWatcher() {
  EventEmitter.call(this);
  this._handle = new FSEvent();
  this._ignoreMatcher = null;
  this._handle.onchange = function(status, eventType, filename) {
    const self = this.owner;
    filename = encodeName(filename, this.encoding);
    if (status < 0) {
      if (self._handle !== null) {
        self._handle.close();
        self._handle = null;
      }
      self.emit('error', watchError(status, filename));
      return;
    }
    if (self._ignoreMatcher !== null && self._ignoreMatcher(filename)) return;
    self.emit('change', eventType, filename);
  };
  this._handle.owner = this;
}
Object.setPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(FSWatcher, EventEmitter);

FSWatcher.prototype[kFSWatchStart] = function(filename, persistent, recursive, encoding) {
  if (this._handle === null || this._handle.isInitialized()) return;
  filename = utils().getValidatedPath(filename, 'filename');
  this._handle.encoding = encoding;
  const err = this._handle.start(path.toNamespacedPath(`${filename}`), persistent, recursive,
                                 encoding);
  if (err) {
    throw watchError(err, filename,
                     err === UV_ENOSPC ? 'System limit for number of file watchers reached' : '');
  }
};

FSWatcher.prototype.start = () => {};

FSWatcher.prototype.close = function() {
  if (this._handle === null || !this._handle.isInitialized()) return;
  this._handle.close();
  this._handle = null;
  process.nextTick(emitCloseNT, this);
};

FSWatcher.prototype.ref = function() {
  if (this._handle) this._handle.ref();
  return this;
};

FSWatcher.prototype.unref = function() {
  if (this._handle) this._handle.unref();
  return this;
};

// Linux recursive watcher: an FSEvent per directory below the root.
class RecursiveWatcher extends EventEmitter {
  #root = '';
  #persistent = true;
  #encoding = undefined;
  #handles = new Map();  // absolute directory → FSEvent
  #closed = false;
  #refed = true;
  _ignoreMatcher = null;

  constructor(options) {
    super();
    this.#persistent = options.persistent !== false;
    this.#encoding = options.encoding;
  }

  [kFSWatchStart](filename) {
    filename = path.resolve(`${utils().getValidatedPath(filename, 'filename')}`);
    const kind = internalBinding('fs').internalModuleStat(filename);
    if (kind < 0) {
      const error = new UVException({ errno: kind, syscall: 'stat', path: filename });
      error.filename = filename;
      throw error;
    }
    this.#root = filename;
    if (kind === 1) this.#watchTree(filename, false);
    else this.#watchOne(filename, false);
  }

  #watchOne(dir, announce) {
    if (this.#closed || this.#handles.has(dir)) return;
    const handle = new FSEvent();
    handle.onchange = (status, eventType, name) => this.#onEvent(dir, status, eventType, name);
    const err = handle.start(dir, this.#persistent, false, undefined);
    if (err) {
      if (dir === this.#root) {
        throw watchError(err, dir,
                         err === UV_ENOSPC ? 'System limit for number of file watchers reached' : '');
      }
      return;  // vanished in the meantime
    }
    if (!this.#refed) handle.unref();
    this.#handles.set(dir, handle);
    if (announce) this.#emitChange('rename', dir);
  }

  // Watches dir and every directory below it; with `announce`, reports each entry found as
  // 'rename' (they appeared after the watch started).
  #watchTree(dir, announce) {
    this.#watchOne(dir, false);
    const { opendir } = internalBinding('fs_dir');
    let handle;
    try {
      handle = opendir(dir, undefined);
    } catch {
      return;
    }
    try {
      for (;;) {
        const batch = handle.read(undefined, 64);
        if (batch === null) break;
        for (let i = 0; i < batch.length; i += 2) {
          const full = path.join(dir, batch[i]);
          if (announce) this.#emitChange('rename', full);
          if (batch[i + 1] === 2 /* UV_DIRENT_DIR */) this.#watchTree(full, announce);
        }
      }
    } catch {
      // A directory that disappears while being read is simply not watched.
    } finally {
      try { handle.close(); } catch { /* already gone */ }
    }
  }

  #emitChange(eventType, full) {
    if (this.#closed) return;
    let rel = full === this.#root ? path.basename(full) : path.relative(this.#root, full);
    if (this.#encoding && this.#encoding !== 'utf8' && this.#encoding !== 'utf-8') {
      const buf = lazyBuffer().from(rel);
      rel = this.#encoding === 'buffer' ? buf : buf.toString(this.#encoding);
    }
    if (this._ignoreMatcher !== null && this._ignoreMatcher(rel)) return;
    this.emit('change', eventType, rel);
  }

  #onEvent(dir, status, eventType, name) {
    if (this.#closed) return;
    if (status < 0) {
      const error = watchError(status, dir);
      this.close();
      this.emit('error', error);
      return;
    }
    const full = name == null ? dir : path.join(dir, name);
    this.#emitChange(eventType, full);
    if (eventType !== 'rename' || full === dir) return;
    const kind = internalBinding('fs').internalModuleStat(full);
    if (kind === 1 && !this.#handles.has(full)) {
      this.#watchTree(full, true);
    } else if (kind < 0) {
      this.#unwatchBelow(full);
    }
  }

  #unwatchBelow(dir) {
    const prefix = dir + path.sep;
    for (const [d, handle] of this.#handles) {
      if (d === dir || d.startsWith(prefix)) {
        handle.close();
        this.#handles.delete(d);
      }
    }
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const handle of this.#handles.values()) handle.close();
    this.#handles.clear();
    process.nextTick(emitCloseNT, this);
  }

  ref() {
    this.#refed = true;
    for (const handle of this.#handles.values()) handle.ref();
    return this;
  }

  unref() {
    this.#refed = false;
    for (const handle of this.#handles.values()) handle.unref();
    return this;
  }
}

function getWatchOptions(options) {
  if (options == null || typeof options === 'function') return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  return { ...options };
}

function validateEncodingOption(encoding) {
  if (encoding == null || encoding === 'buffer' || encoding === 'utf8' || encoding === 'utf-8') {
    return;
  }
  if (typeof encoding !== 'string' || !lazyBuffer().isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// fs.watch(filename[, options][, listener])
function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = getWatchOptions(options);
  validateEncodingOption(options.encoding);
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  validateBoolean(options.recursive, 'options.recursive');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  validateIgnoreOption(options.ignore, 'options.ignore');
  if (listener !== undefined) validateFunction(listener, 'listener');

  let watcher;
  const validated = utils().getValidatedPath(filename);
  if (options.recursive && process.platform === 'linux') {
    watcher = new RecursiveWatcher(options);
    watcher._ignoreMatcher = makeIgnoreMatcher(options.ignore);
    watcher[kFSWatchStart](validated);
  } else {
    watcher = new FSWatcher();
    watcher._ignoreMatcher = makeIgnoreMatcher(options.ignore);
    watcher[kFSWatchStart](validated, options.persistent, options.recursive, options.encoding);
  }
  if (listener) watcher.addListener('change', listener);
  const { signal } = options;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { __proto__: null, [resist()]: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// ---- fs.watchFile ------------------------------------------------------------------------

function StatWatcher(bigint) {
  EventEmitter.call(this);
  this._handle = null;
  this[kOldStatus] = -1;
  this[kUseBigint] = bigint;
  this[kRefCount] = 1;
}
Object.setPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StatWatcher, EventEmitter);

function onStatChange(newStatus, stats) {
  const self = this.owner;
  // A file that keeps not existing reports nothing.
  if (self[kOldStatus] === -1 && newStatus === -1 &&
      stats[2] === stats[kFsStatsFieldsNumber + 2]) {
    return;
  }
  self[kOldStatus] = newStatus;
  const { getStatsFromBinding } = utils();
  self.emit('change', getStatsFromBinding(stats.subarray(0, kFsStatsFieldsNumber)),
            getStatsFromBinding(stats.subarray(kFsStatsFieldsNumber)));
}

StatWatcher.prototype[kFSStatWatcherStart] = function(filename, persistent, interval) {
  if (this._handle !== null) return;
  this._handle = new StatWatcherHandle(this[kUseBigint]);
  this._handle.owner = this;
  this._handle.onchange = onStatChange;
  this[kOldStatus] = -1;
  filename = utils().getValidatedPath(filename, 'filename');
  validateUint32(interval, 'interval');
  const err = this._handle.start(path.toNamespacedPath(`${filename}`), interval);
  if (err) {
    this._handle.close();
    this._handle = null;
    throw watchError(err, filename);
  }
  if (!persistent) {
    this[kRefCount] = 0;
    this._handle.unref();
  }
};

StatWatcher.prototype.start = () => {};

// Persistent watchFile() calls on one file keep the handle referenced until as many listeners
// are gone ('add' per persistent call, 'clean' per removed listener, 'cleanAll').
StatWatcher.prototype[kFSStatWatcherAddOrCleanRef] = function(operate) {
  if (operate === 'add') {
    this[kRefCount]++;
    if (this[kRefCount] === 1) this.ref();
  } else if (operate === 'clean') {
    if (this[kRefCount] > 0) this[kRefCount]--;
    if (this[kRefCount] === 0) this.unref();
  } else if (operate === 'cleanAll') {
    this[kRefCount] = 0;
    this.unref();
  }
};

StatWatcher.prototype.stop = function() {
  if (this._handle === null) return;
  process.nextTick((self) => self.emit('stop'), this);
  this._handle.close();
  this._handle = null;
};

StatWatcher.prototype.ref = function() {
  if (this._handle) this._handle.ref();
  return this;
};

StatWatcher.prototype.unref = function() {
  if (this._handle) this._handle.unref();
  return this;
};

const statWatchers = new Map();

// fs.watchFile(filename[, options], listener)
function watchFile(filename, options, listener) {
  filename = path.resolve(`${utils().getValidatedPath(filename)}`);
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat[kFSStatWatcherStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else if (options.persistent) {
    stat[kFSStatWatcherAddOrCleanRef]('add');
  }
  stat.addListener('change', listener);
  return stat;
}

// fs.unwatchFile(filename[, listener])
function unwatchFile(filename, listener) {
  filename = path.resolve(`${utils().getValidatedPath(filename)}`);
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) stat[kFSStatWatcherAddOrCleanRef]('clean');
  } else {
    stat.removeAllListeners('change');
    stat[kFSStatWatcherAddOrCleanRef]('cleanAll');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// ---- fs.promises.watch -------------------------------------------------------------------

// fs.promises.watch(filename[, options]) → AsyncIterator<{ eventType, filename }>
async function* promisesWatch(filename, options = kEmptyObject) {
  validateObject(options, 'options');
  const {
    persistent = true,
    recursive = false,
    encoding = 'utf8',
    signal,
    maxQueue = 2048,
    overflow = 'ignore',
    ignore,
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  validateIgnoreOption(ignore, 'options.ignore');
  validateUint32(maxQueue, 'options.maxQueue');
  if (overflow !== 'ignore' && overflow !== 'throw') {
    throw new ERR_INVALID_ARG_VALUE('options.overflow', overflow,
                                    "must be either 'ignore' or 'throw'");
  }
  validateEncodingOption(encoding);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const watcher = watch(filename, { persistent, recursive, encoding, ignore });
  const queue = [];
  let wake = null;
  let failure = null;
  let done = false;
  const notify = () => { if (wake) { const w = wake; wake = null; w(); } };
  watcher.on('change', (eventType, name) => {
    if (queue.length >= maxQueue) {
      if (overflow === 'throw') {
        failure = new ERR_FS_WATCH_QUEUE_OVERFLOW(maxQueue);
        watcher.close();
      } else {
        process.emitWarning('fs.watch maxQueue exceeded');
      }
      notify();
      return;
    }
    queue.push({ __proto__: null, eventType, filename: name });
    notify();
  });
  watcher.on('error', (err) => { failure = err; watcher.close(); notify(); });
  watcher.on('close', () => { done = true; notify(); });
  let onAbort;
  if (signal) {
    onAbort = () => {
      failure = new AbortError(undefined, { cause: signal.reason });
      watcher.close();
      notify();
    };
    signal.addEventListener('abort', onAbort, { __proto__: null, once: true, [resist()]: true });
  }
  try {
    for (;;) {
      while (queue.length > 0) {
        yield queue.shift();  // { __proto__: null, eventType, filename }, as Node's
      }
      if (failure) throw failure;
      if (done) return;
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    if (signal) signal.removeEventListener('abort', onAbort);
    watcher.close();
  }
}

module.exports = {
  FSWatcher,
  StatWatcher,
  RecursiveWatcher,
  kFSWatchStart,
  kFSStatWatcherStart,
  kFSStatWatcherAddOrCleanRef,
  watch,
  watchPromise: promisesWatch,
  watchFile,
  unwatchFile,
};

'use strict';
// fs.Dir, fs.opendir/opendirSync and fs.promises.opendir over internalBinding('fs_dir').
// Asynchronous operations on one Dir run one at a time: later read()/close() calls wait in a
// queue; synchronous calls while one is in flight throw ERR_DIR_CONCURRENT_OPERATION.

const path = require('path');
const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const dirBinding = internalBinding('fs_dir');

const kHandle = Symbol('kDirHandle');
const kPath = Symbol('kDirPath');
const kBuffered = Symbol('kDirBufferedEntries');
const kClosed = Symbol('kDirClosed');
const kOptions = Symbol('kDirOptions');
const kQueue = Symbol('kDirOperationQueue');
const kReadImpl = Symbol('kDirReadImpl');

let fsUtils;
function utils() { return fsUtils ??= require('internal/fs/utils'); }
let BufferCtor;
function lazyBuffer() { return BufferCtor ??= require('buffer').Buffer; }

// The binding gives raw bytes for non-utf8 encodings.
function decodeName(name, encoding) {
  if (typeof name === 'string') return name;
  const buf = lazyBuffer().from(name.buffer, name.byteOffset, name.byteLength);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

function promiseWithCallback(fn) {
  return new Promise((resolve, reject) => {
    fn((err, value) => (err ? reject(err) : resolve(value)));
  });
}

class Dir {
  constructor(handle, dirPath, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kHandle] = handle;
    this[kBuffered] = [];
    this[kPath] = dirPath;
    this[kClosed] = false;
    this[kQueue] = null;  // null, or operations waiting for the one in flight
    this[kOptions] = {
      bufferSize: 32,
      ...utils().getOptions(options, { encoding: 'utf8' }),
    };
    validateUint32(this[kOptions].bufferSize, 'options.bufferSize', true);
  }

  get path() {
    return this[kPath];
  }

  #pushEntries(parent, result) {
    const { Dirent } = utils();
    const { encoding } = this[kOptions];
    for (let i = 0; i < result.length; i += 2) {
      this[kBuffered].push(new Dirent(decodeName(result[i], encoding), result[i + 1], parent));
    }
  }

  // With `recursive`, a directory's entries follow it (read synchronously, as Node does).
  #readSubdirectory(dirent) {
    const name = typeof dirent.name === 'string' ? dirent.name : dirent.name.toString();
    const sub = path.join(`${dirent.parentPath}`, name);
    const { encoding, bufferSize } = this[kOptions];
    const handle = dirBinding.opendir(path.toNamespacedPath(sub), encoding);
    try {
      for (;;) {
        const result = handle.read(encoding, bufferSize);
        if (result === null) break;
        this.#pushEntries(sub, result);
      }
    } finally {
      handle.close();
    }
  }

  #take() {
    const dirent = this[kBuffered].shift();
    if (this[kOptions].recursive && dirent.isDirectory()) this.#readSubdirectory(dirent);
    return dirent;
  }

  read(callback) {
    return this[kReadImpl](true, callback);
  }

  [kReadImpl](maybeSync, callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return promiseWithCallback((cb) => this[kReadImpl](false, cb));
    }
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    validateFunction(callback, 'callback');
    if (this[kQueue] !== null) {
      this[kQueue].push(() => this[kReadImpl](maybeSync, callback));
      return;
    }
    if (this[kBuffered].length > 0) {
      let dirent;
      try {
        dirent = this.#take();
      } catch (err) {
        callback(err);
        return;
      }
      if (maybeSync) process.nextTick(callback, null, dirent);
      else callback(null, dirent);
      return;
    }
    this[kQueue] = [];
    const { encoding, bufferSize } = this[kOptions];
    this[kHandle].read(encoding, bufferSize, (err, result) => {
      process.nextTick(() => this.#runQueue());
      if (err || result === null) {
        callback(err, result);
        return;
      }
      let dirent;
      try {
        this.#pushEntries(this[kPath], result);
        dirent = this.#take();
      } catch (error) {
        callback(error);
        return;
      }
      callback(null, dirent);
    });
  }

  #runQueue() {
    const queue = this[kQueue];
    this[kQueue] = null;
    if (queue) for (const op of queue) op();
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kBuffered].length === 0) {
      const { encoding, bufferSize } = this[kOptions];
      const result = this[kHandle].read(encoding, bufferSize);
      if (result === null) return null;
      this.#pushEntries(this[kPath], result);
    }
    return this.#take();
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return promiseWithCallback((cb) => this.close(cb));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kQueue] !== null) {
      this[kQueue].push(() => this.close(callback));
      return;
    }
    this[kClosed] = true;
    this[kHandle].close((err) => callback(err));
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
    this[kHandle].close();
  }

  async* entries() {
    try {
      for (;;) {
        const dirent = await promiseWithCallback((cb) => this[kReadImpl](false, cb));
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this[kClosed]) await promiseWithCallback((cb) => this.close(cb));
    }
  }

  [Symbol.dispose]() {
    if (this[kClosed]) return;
    this.closeSync();
  }

  async [Symbol.asyncDispose]() {
    if (this[kClosed]) return;
    await this.close();
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: Dir.prototype.entries,
  enumerable: false,
  writable: true,
  configurable: true,
});

// fs.opendir(path[, options], callback)
function opendir(dirPath, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  dirPath = utils().getValidatedPath(dirPath);
  options = utils().getOptions(options, { encoding: 'utf8' });
  dirBinding.opendir(path.toNamespacedPath(`${dirPath}`), options.encoding, (err, h) => {
    if (err) {
      callback(err);
      return;
    }
    let dir;
    try {
      dir = new Dir(h, dirPath, options);
    } catch (e) {
      h.close();
      callback(e);
      return;
    }
    callback(null, dir);
  });
}

// fs.opendirSync(path[, options])
function opendirSync(dirPath, options) {
  dirPath = utils().getValidatedPath(dirPath);
  options = utils().getOptions(options, { encoding: 'utf8' });
  const handle = dirBinding.opendir(path.toNamespacedPath(`${dirPath}`), options.encoding);
  try {
    return new Dir(handle, dirPath, options);
  } catch (e) {
    handle.close();
    throw e;
  }
}

// fs.promises.opendir(path[, options])
function opendirPromise(dirPath, options) {
  return new Promise((resolve, reject) => {
    opendir(dirPath, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

module.exports = {
  Dir,
  opendir,
  opendirSync,
  opendirPromise,
};

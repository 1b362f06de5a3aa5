'use strict';
// ZlibBase: the Transform stream every zlib and brotli stream is built on. It drives one
// native context (internalBinding('zlib'), see src/modules/zlib_compression.h): each written
// chunk goes through handle.write() on the thread pool, output is pushed in `chunkSize` slices,
// and a chunk is done when the codec left room in the output buffer. processChunkSync() is the
// same loop with handle.writeSync(), used by the *Sync convenience functions.

const { Buffer, kMaxLength } = require('buffer');
const { Transform, finished } = require('stream');
const {
  codes: { ERR_BUFFER_TOO_LARGE, ERR_TRAILING_JUNK_AFTER_STREAM_END },
  genericNodeError,
} = require('internal/errors');
const {
  checkRangesOrGetDefault, validateBoolean, validateFiniteNumber,
} = require('internal/validators');
const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;

const constants = internalBinding('zlib').constants;
const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK,
  BROTLI_ENCODE, BROTLI_DECODE, BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA,
  ZSTD_COMPRESS, ZSTD_DECOMPRESS, ZSTD_e_continue, ZSTD_e_end,
} = constants;

const kZlibFlushBound = [Z_NO_FLUSH, Z_BLOCK];
const kBrotliFlushBound = [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA];
const kZstdFlushBound = [ZSTD_e_continue, ZSTD_e_end];
const ownerSymbol = Symbol('owner_symbol');
const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');
const maxLength = typeof kMaxLength === 'number' ? kMaxLength : Number.MAX_SAFE_INTEGER;

// The error a codec reports through handle.onerror(message, errno, code).
function zlibOnError(message, errno, code) {
  const self = this[ownerSymbol];
  const error = genericNodeError(message, { errno, code });
  error.errno = errno;
  error.code = code;
  self.destroy(error);
  self[kError] = error;
}

// ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }): defaults per codec family.
function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = maxLength;
  const flushBound = mode === BROTLI_ENCODE || mode === BROTLI_DECODE ? kBrotliFlushBound :
    mode === ZSTD_COMPRESS || mode === ZSTD_DECOMPRESS ? kZstdFlushBound : kZlibFlushBound;
  const [flushMin, flushMax] = flushBound;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', flushMin, flushMax, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
                                          flushMin, flushMax, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
                                              1, maxLength, maxLength);
    if (opts.rejectGarbageAfterEnd !== undefined) {
      validateBoolean(opts.rejectGarbageAfterEnd, 'options.rejectGarbageAfterEnd');
    }
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Reflect.apply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[ownerSymbol] = this;
  handle.onerror = zlibOnError;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._flushBound = flushBound;
  this._info = opts?.info;
  this._maxOutputLength = maxOutputLength;
  this._rejectGarbageAfterEnd = opts?.rejectGarbageAfterEnd === true;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  return this._handle.reset();
};

// Transform's end-of-input hook: one more (empty) write with the finish flush.
ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

// Strength order of the zlib flush kinds, for the last chunk's flush.
const kFlushOrder = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
const flushRank = [];
kFlushOrder.forEach((flag, i) => { flushRank[flag] = i; });
function maxFlush(a, b) {
  return flushRank[a] > flushRank[b] ? a : b;
}

// Empty buffers written by flush() to carry a flush kind through the write queue.
const kFlushBuffers = [];
for (const flag of kFlushOrder) {
  kFlushBuffers[flag] = Buffer.from(new ArrayBuffer(0));
  kFlushBuffers[flag][kFlushFlag] = flag;
}

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  kind = checkRangesOrGetDefault(kind, 'kind', this._flushBound[0], this._flushBound[1],
                                 this._defaultFullFlushFlag);
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also carries the finish flush.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

function processChunkSync(self, chunk, flushFlag) {
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  const buffers = [];
  let nread = 0;
  let inputRead = 0;
  const state = self._writeState;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;

  let error;
  self.on('error', function onError(er) { error = er; });

  while (true) {
    handle.writeSync(flushFlag, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
    if (error) throw error;
    else if (self[kError]) throw self[kError];

    const availOutAfter = state[0];
    const availInAfter = state[1];
    const inDelta = availInBefore - availInAfter;
    inputRead += inDelta;
    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      buffers.push(buffer.slice(offset, offset + have));
      offset += have;
      nread += have;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }
    // The output buffer is full (or used up): continue in a fresh one.
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }
    if (availOutAfter !== 0) {
      // Room left in the output but input not taken: the compressed stream ended early.
      if (availInAfter > 0 && self._rejectGarbageAfterEnd) {
        closeHandle(self);
        throw new ERR_TRAILING_JUNK_AFTER_STREAM_END();
      }
      break;
    }
    inOff += inDelta;
    availInBefore = availInAfter;
  }

  self.bytesWritten = inputRead;
  closeHandle(self);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) return process.nextTick(cb);
  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;
  handle.write(flushFlag, chunk, 0, handle.availInBefore,
               self._outBuffer, self._outOffset, handle.availOutBefore);
}

// The native write callback (`this` is the handle).
function processCallback() {
  const handle = this;
  const self = this[ownerSymbol];
  const state = self._writeState;

  if (self.destroyed) {
    this.buffer = null;
    this.cb();
    return;
  }

  const availOutAfter = state[0];
  const availInAfter = state[1];
  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;

  const have = handle.availOutBefore - availOutAfter;
  let streamBufferIsFull = false;
  if (have > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    streamBufferIsFull = !self.push(out);
  }

  if (self.destroyed) {
    this.cb();
    return;
  }

  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }

  if (availOutAfter === 0) {
    // More output is waiting: write again from where the input stopped.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;
    const again = () => handle.write(handle.flushFlag, handle.buffer, handle.inOff,
                                     handle.availInBefore, self._outBuffer, self._outOffset,
                                     self._chunkSize);
    if (!streamBufferIsFull) {
      again();
    } else {
      // Wait until the reader wants more.
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        again();
        self._read(n);
      };
    }
    return;
  }

  if (availInAfter > 0) {
    // Output room is left but input is not taken: the compressed stream ended early.
    if (self._rejectGarbageAfterEnd) {
      const err = new ERR_TRAILING_JUNK_AFTER_STREAM_END();
      self.destroy(err);
      this.cb(err);
      return;
    }
    self.push(null);
  }

  this.buffer = null;
  this.cb();
}

function closeHandle(engine) {
  engine._handle?.close();
  engine._handle = null;
}

module.exports = {
  ZlibBase,
  processCallback,
  processChunkSync,
  closeHandle,
  ownerSymbol,
};

'use strict';
// net.Socket: a stream.Duplex over a TCP or Pipe handle (internalBinding('tcp_wrap') /
// ('pipe_wrap'), docs/BINDINGS.md). Reads and writes go through internal/stream_base_commons
// (sync-first writes, one onread per chunk); connecting lives in internal/net/connect.

const stream = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_HANDLE_TYPE, ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION, ERR_OUT_OF_RANGE, ERR_MISSING_ARGS,
  },
  errnoException, AbortError, genericNodeError,
} = require('internal/errors');
const {
  validateNumber, validateFunction, validateAbortSignal, validateString, validateInt32,
} = require('internal/validators');
const {
  kOwner, kUpdateTimer, kAfterAsyncWrite, kBuffer, kBufferCb, kBufferGen, writeGeneric, writevGeneric, onStreamRead,
} = require('internal/stream_base_commons');
const {
  normalizedArgsSymbol, kTimeout, kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay,
  kSetKeepAliveInterval, kSetKeepAliveCount, kSetTOS,
  kLastWriteQueueSize, kBytesRead, kBytesWritten, kReinitializeHandle, normalizeArgs,
} = require('internal/net/common');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { UV_EOF } = internalBinding('stream_wrap');
const { rearm: rearmTimer } = require('internal/timers');
const UV_ENOTCONN = -107;
let netClientSocketChannel;  // diagnostics_channel 'net.client.socket', on the first connect()

let connectImpl;
function connectModule() {
  connectImpl ??= require('internal/net/connect');
  return connectImpl;
}

function noop() {}

// A handle for an inherited descriptor: a TCP or Pipe, as the descriptor is.
function createHandle(fd, isServer) {
  validateInt32(fd, 'fd', 0);
  const type = internalBinding('stdio').guessHandleType(fd);
  if (type === 'PIPE') return new Pipe(isServer ? PipeConstants.SERVER : PipeConstants.SOCKET);
  if (type === 'TCP') return new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  throw new (require('internal/errors').codes.ERR_INVALID_FD_TYPE)(type);
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode, 'is not supported');
  }
  if (typeof options?.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options?.blockList !== 'undefined' &&
      !require('internal/blocklist').BlockList.isBlockList(options.blockList)) {
    throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
  }

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kBuffer] = null;
  this[kBufferCb] = null;
  this[kBufferGen] = null;
  this._closeAfterHandlingError = false;

  if (typeof options === 'number') options = { fd: options };  // legacy form
  else options = { ...options };

  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;  // 'close' comes when the handle has closed
  options.autoDestroy = true;
  options.decodeStrings = false;
  stream.Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    this._handle = createHandle(fd, false);
    const err = this._handle.open(fd);
    if (err) throw errnoException(err, 'open');
  }

  const onread = options.onread;
  if (onread !== null && typeof onread === 'object' &&
      (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    if (typeof onread.buffer === 'function') {
      this[kBuffer] = true;
      this[kBufferGen] = onread.buffer;
    } else {
      this[kBuffer] = onread.buffer;
    }
    this[kBufferCb] = onread.callback;
  }

  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
  if (options.typeOfService !== undefined) {
    validateInt32(options.typeOfService, 'options.typeOfService', 0, 255);
  }
  this[kSetTOS] = options.typeOfService;

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);

  this._pendingData = null;
  this._pendingEncoding = '';

  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }

  if (options.signal) addClientAbortSignalOption(this, options);

  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  if (options.blockList) this.blockList = options.blockList;
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  const handle = self._handle;
  if (handle) {
    handle[kOwner] = self;
    handle.onread = onStreamRead;
    if (handle.reading === undefined) handle.reading = false;
    if (self[kBuffer]) {
      const gen = self[kBufferGen];
      if (gen !== null) {
        const buf = gen();
        if (!(buf instanceof Uint8Array)) return;
        self[kBuffer] = buf;
      }
    }
  }
}

function addClientAbortSignalOption(self, options) {
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  let disposable;
  function onAbort() {
    disposable?.[Symbol.dispose]();
    self._aborted = true;
    self.destroy(new AbortError(undefined, { cause: signal.reason }));
  }
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    process.nextTick(() => {
      disposable = require('events').addAbortListener(signal, onAbort);
    });
  }
}

// The peer ended its side: without allowHalfOpen, Duplex ends ours; later writes fail.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = genericNodeError('This socket has been ended by the other party', { code: 'EPIPE' });
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

Socket.prototype[kReinitializeHandle] = function reinitializeHandle(handle) {
  this._handle?.close();
  this._handle = handle;
  this._handle[kOwner] = this;
  initSocketHandle(this);
};

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};
Socket.prototype[kUpdateTimer] = Socket.prototype._unrefTimer;

Socket.prototype._final = function(cb) {
  if (this.connecting) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  const req = { oncomplete: afterShutdown, handle: this._handle, callback: cb };
  const err = this._handle.shutdown(req);
  if (err === 1 || err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(errnoException(err, 'shutdown'));
};

function afterShutdown() { this.callback(); }

// Idle timeout: 'timeout' after msecs without reads or writes (0 disables it).
Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  if (typeof msecs !== 'number' || !(msecs >= 0) || msecs === Infinity) {
    validateNumber(msecs, 'msecs');
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  if (msecs > 2 ** 31 - 1) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${2 ** 31 - 1}.`, 'TimeoutOverflowWarning');
    msecs = 2 ** 31 - 1;
  }
  // The socket keeps one Timeout and re-arms it (an HTTP server sets and clears the idle
  // timeout around every request of a keep-alive connection).
  const existing = this[kTimeout];
  if (msecs === 0) {
    if (existing !== null) clearTimeout(existing);
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    if (existing !== null) {
      rearmTimer(existing, msecs);
    } else {
      const timer = globalThis.setTimeout(onSocketTimeout, msecs, this);
      timer.unref();
      this[kTimeout] = timer;
    }
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

// Fires once per idle period: activity (_unrefTimer) re-arms it.
function onSocketTimeout(socket) { socket._onTimeout(); }

Socket.prototype._onTimeout = function() {
  const handle = this._handle;
  const lastWriteQueueSize = this[kLastWriteQueueSize];
  if (lastWriteQueueSize > 0 && handle) {
    // A write still in progress: not idle.
    const writeQueueSize = handle.getWriteQueueSize();
    if (lastWriteQueueSize !== writeQueueSize) {
      this[kLastWriteQueueSize] = writeQueueSize;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

// setKeepAlive(enable[, initialDelay[, interval[, count]]]) or setKeepAlive({ enable,
// initialDelay, interval, count }); times in ms (applied in whole seconds).
Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs, intervalMsecs, count) {
  if (enable !== null && typeof enable === 'object') {
    const options = enable;
    enable = options.enable;
    initialDelayMsecs = options.initialDelay;
    intervalMsecs = options.interval;
    count = options.count;
  }
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  const interval = intervalMsecs === undefined ? undefined : ~~(intervalMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this[kSetKeepAliveInterval] = interval;
    this[kSetKeepAliveCount] = count;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] ||
      (enable && (this[kSetKeepAliveInitialDelay] !== initialDelay ||
                  this[kSetKeepAliveInterval] !== interval || this[kSetKeepAliveCount] !== count))) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this[kSetKeepAliveInterval] = interval;
    this[kSetKeepAliveCount] = count;
    this._handle.setKeepAlive(enable, initialDelay, interval, count);
  }
  return this;
};

// The IP type of service (DSCP/ECN byte) of the connection's packets.
Socket.prototype.setTypeOfService = function(tos) {
  if (Number.isNaN(tos)) throw new ERR_INVALID_ARG_TYPE('tos', 'number', tos);
  validateInt32(tos, 'tos', 0, 255);
  if (!this._handle || !this._handle.setTypeOfService) {
    this[kSetTOS] = tos;
    return this;
  }
  if (tos !== this[kSetTOS]) {
    this[kSetTOS] = tos;
    const err = this._handle.setTypeOfService(tos);
    if (err) throw errnoException(err, 'setTypeOfService');
  }
  return this;
};

Socket.prototype.getTypeOfService = function() {
  if (!this._handle || !this._handle.getTypeOfService) {
    return this[kSetTOS] !== undefined ? this[kSetTOS] : 0;
  }
  const res = this._handle.getTypeOfService();
  if (typeof res === 'number' && res < 0) throw errnoException(res, 'getTypeOfService');
  return res;
};

Socket.prototype.address = function() { return this._getsockname(); };

Object.defineProperty(Socket.prototype, '_connecting', {
  __proto__: null, configurable: false, enumerable: false,
  get() { return this.connecting; },
});

Object.defineProperty(Socket.prototype, 'pending', {
  __proto__: null, configurable: true, enumerable: false,
  get() { return !this._handle || this.connecting; },
});

Object.defineProperty(Socket.prototype, 'readyState', {
  __proto__: null, configurable: false, enumerable: false,
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  __proto__: null, configurable: false, enumerable: false,
  get() { return this._handle ? this.writableLength : undefined; },
});

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

Socket.prototype.end = function(data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) this.once('connect', () => this._reset());
    else this._reset();
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype.pause = function() {
  if (this[kBuffer] && !this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const err = this._handle.readStop();
      if (err) this.destroy(errnoException(err, 'read'));
    }
  }
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return stream.Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function(n) {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return stream.Duplex.prototype.read.call(this, n);
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function(exception, cb) {
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    clearTimeout(s[kTimeout]);
  }
  if (this._handle) {
    const isException = exception ? true : false;
    this[kBytesRead] = this._handle.getBytesRead();
    this[kBytesWritten] = this._handle.getBytesWritten();
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = this._handle.reset(() => this.emit('close', isException));
      if (err) this.emit('error', errnoException(err, 'reset'));
    } else if (this._closeAfterHandlingError) {
      // Close in a microtask so the socket is still usable by an 'error' handler.
      queueMicrotask(() => closeSocketHandle(this, isException, true));
    } else {
      closeSocketHandle(this, isException);
    }
    if (!this._closeAfterHandlingError) {
      this._handle.onread = noop;
      this._handle = null;
      this._sockname = null;
    }
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function closeSocketHandle(self, isException, ignoreErrors) {
  if (self._handle) {
    self._handle.close(() => self.emit('close', isException));
  }
  if (ignoreErrors && self._handle) {
    self._handle.onread = noop;
    self._handle = null;
    self._sockname = null;
  }
}

function emitCloseNT(self) { self.emit('close'); }

Socket.prototype._getpeername = function() {
  if (!this._handle || !this._handle.getpeername || this.connecting) {
    return this._peername || {};
  } else if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function() {
  if (!this._handle || !this._handle.getsockname) {
    return this._sockname || {};
  } else if (!this._sockname) {
    this._sockname = {};
    this._handle.getsockname(this._sockname);
  }
  return this._sockname;
};

function addressGetter(method, key) {
  return {
    __proto__: null, configurable: false, enumerable: true,
    get() { return this[method]()[key]; },
  };
}
Object.defineProperty(Socket.prototype, 'remoteAddress', addressGetter('_getpeername', 'address'));
Object.defineProperty(Socket.prototype, 'remoteFamily', addressGetter('_getpeername', 'family'));
Object.defineProperty(Socket.prototype, 'remotePort', addressGetter('_getpeername', 'port'));
Object.defineProperty(Socket.prototype, 'localAddress', addressGetter('_getsockname', 'address'));
Object.defineProperty(Socket.prototype, 'localPort', addressGetter('_getsockname', 'port'));
Object.defineProperty(Socket.prototype, 'localFamily', addressGetter('_getsockname', 'family'));

Socket.prototype[kAfterAsyncWrite] = function() { this[kLastWriteQueueSize] = 0; };

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  // Writes before the connection is up wait for 'connect'.
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const req = writev ? writevGeneric(this, data, cb) : writeGeneric(this, data, encoding, cb);
  if (req.async) this[kLastWriteQueueSize] = req.bytes;
};

Socket.prototype._writev = function(chunks, cb) { this._writeGeneric(true, chunks, '', cb); };
Socket.prototype._write = function(data, encoding, cb) { this._writeGeneric(false, data, encoding, cb); };

Object.defineProperty(Socket.prototype, 'bytesRead', {
  __proto__: null, configurable: false, enumerable: true,
  get() { return this._handle ? this._handle.getBytesRead() : this[kBytesRead]; },
});

Object.defineProperty(Socket.prototype, '_bytesDispatched', {
  __proto__: null, configurable: true, enumerable: false, writable: true, value: 0,
});

// Bytes handed to the handle plus those still buffered or waiting for the connection.
Object.defineProperty(Socket.prototype, 'bytesWritten', {
  __proto__: null, configurable: false, enumerable: true,
  get() {
    let bytes = this._bytesDispatched;
    const data = this._pendingData;
    const encoding = this._pendingEncoding;
    const writableBuffer = this.writableBuffer;
    if (!writableBuffer) return undefined;
    for (const el of writableBuffer) {
      bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
    }
    if (Array.isArray(data)) {
      for (let i = 0; i < data.length; i++) {
        const chunk = data[i];
        if (data.allBuffers || chunk instanceof Buffer) bytes += chunk.length;
        else bytes += Buffer.byteLength(chunk.chunk, chunk.encoding);
      }
    } else if (data) {
      if (typeof data !== 'string') bytes += data.length;
      else bytes += Buffer.byteLength(data, encoding);
    }
    return bytes;
  },
});

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];

  netClientSocketChannel ??= require('diagnostics_channel').channel('net.client.socket');
  if (netClientSocketChannel.hasSubscribers) netClientSocketChannel.publish({ socket: this });
  if (cb !== null) this.once('connect', cb);
  if (this._parent?.connecting) return this;
  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  const pipe = !!path;
  if (!this._handle) {
    this._handle = pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
    initSocketHandle(this);
  }
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    connectModule().internalConnect(this, path);
  } else {
    connectModule().lookupAndConnect(this, options);
  }
  return this;
};

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

module.exports = { Socket, initSocketHandle, createHandle, UV_EOF };

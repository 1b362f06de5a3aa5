'use strict';
// net.Server: listens on a TCP port, a Unix-domain socket path, an inherited descriptor or an
// existing handle, and wraps each accepted connection in a net.Socket.

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING,
  },
  errnoException, UVExceptionWithHostPort,
} = require('internal/errors');
const { validateAbortSignal, validateNumber, validatePort } = require('internal/validators');
const { isIP, parseIPv6 } = require('internal/net/ip');
const netServerSocketChannel = require('diagnostics_channel').channel('net.server.socket');
const {
  kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay, DEFAULT_IPV4_ADDR, DEFAULT_IPV6_ADDR,
  toNumber, isPipeName, normalizeArgs,
} = require('internal/net/common');
const { kOwner } = require('internal/stream_base_commons');
const { Socket, createHandle } = require('internal/net/socket');
const { defaultLookup } = require('internal/net/lookup');
const { getDefaultHighWaterMark } = require('internal/streams/state');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const UV_EINVAL = -22;

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options.highWaterMark !== 'undefined') {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = getDefaultHighWaterMark();
  }

  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;

  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? getDefaultHighWaterMark();
  if (options.blockList) {
    const { BlockList } = require('internal/blocklist');
    if (!BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// A bound (not yet listening) server handle, or a negative errno.
function createServerHandle(address, port, addressType, fd, flags) {
  let err = 0;
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = createHandle(fd, true);
    } catch {
      return UV_EINVAL;
    }
    err = handle.open(fd);
    if (err) return err;
  } else if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }
  if (address || port || isTCP) {
    if (!address) {
      // The unspecified IPv6 address (dual-stack) first, else IPv4's.
      err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags);
      if (err) {
        handle.close();
        return createServerHandle(DEFAULT_IPV4_ADDR, port, undefined, undefined, flags);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else {
      err = handle.bind(address, port, flags);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function emitErrorNT(self, err) { self.emit('error', err); }
function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}
function emitCloseNT(self) { self.emit('close'); }

Server.prototype._listen2 = function setupListenHandle(address, port, addressType, backlog, fd, flags) {
  if (!this._handle) {
    let rval = null;
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, fd, flags);
      if (typeof rval === 'number') {
        rval = null;
        address = DEFAULT_IPV4_ADDR;
        addressType = 4;
      } else {
        address = DEFAULT_IPV6_ADDR;
        addressType = 6;
      }
    }
    if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      const error = new UVExceptionWithHostPort(rval, 'listen', address, port);
      process.nextTick(emitErrorNT, this, error);
      return;
    }
    this._handle = rval;
  }
  this._handle.onconnection = onconnection;
  this._handle[kOwner] = this;
  const err = this._handle.listen(backlog || 511);
  if (err) {
    const ex = new UVExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = addressType + ':' + address + ':' + port;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
};

function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags) {
  // No cluster module: every listen is the primary's.
  server._listen2(address, port, addressType, backlog, fd, flags);
}

function getFlags(options) {
  let flags = 0;
  if (options.ipv6Only === true) flags |= TCPConstants.UV_TCP_IPV6ONLY;
  if (options.reusePort === true) flags |= TCPConstants.UV_TCP_REUSEPORT;
  return flags;
}

function addServerAbortSignalOption(self, options) {
  if (options?.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => { self.close(); };
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    const disposable = EventEmitter.addAbortListener(signal, onAborted);
    self.once('close', disposable[Symbol.dispose]);
  }
}

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs =
    toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);

  options = options._handle || options.handle || options;
  const flags = getFlags(options);
  this._listeningId++;

  // (handle[, backlog][, cb]) with a TCP or Pipe handle
  if (options instanceof TCP || options instanceof Pipe) {
    this._handle = options;
    listenInCluster(this, null, -1, -1, backlogFromArgs, undefined, true);
    return this;
  }
  addServerAbortSignalOption(this, options);
  // ({ fd }[, backlog][, cb])
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
    return this;
  }
  // listen(), listen(cb), listen(null …), { port: undefined | null }: any free port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.reusePort === true) options.exclusive = true;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
    } else {
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive, flags);
    }
    return this;
  }
  // (path[, backlog][, cb]) or ({ path })
  if (options.path && isPipeName(options.path)) {
    if (options.path[0] === '\0' && (options.readableAll || options.writableAll)) {
      throw new ERR_INVALID_ARG_VALUE('options', options,
        'can not set readableAll or writableAllt to true when path is abstract unix socket');
    }
    const pipeName = this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, pipeName, -1, -1, backlog, undefined, options.exclusive);
    if (!this._handle) return this;  // failed: 'error' comes on the next tick
    let mode = 0;
    if (options.readableAll === true) mode |= PipeConstants.UV_READABLE;
    if (options.writableAll === true) mode |= PipeConstants.UV_WRITABLE;
    if (mode !== 0) {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close();
        this._handle = null;
        throw errnoException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }
  if (!(('port' in options) || ('path' in options))) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function isIPv6LinkLocal(ip) {
  const b = parseIPv6(ip);
  return b !== null && b[0] === 0xfe && (b[1] & 0xc0) === 0x80;
}

// A name to listen on: its first address that is not IPv6 link-local (else the first).
function lookupAndListen(self, port, address, backlog, exclusive, flags) {
  const listeningId = self._listeningId;
  defaultLookup()(address, { all: true }, function doListen(err, addresses) {
    if (listeningId !== self._listeningId) return;
    if (err) {
      self.emit('error', err);
    } else {
      const chosen = addresses.find((a) => !isIPv6LinkLocal(a.address)) ?? addresses[0];
      listenInCluster(self, chosen.address, port, chosen?.family || 4, backlog, undefined,
                      exclusive, flags);
    }
  });
}

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !!this._handle; },
});

Server.prototype.address = function() {
  if (this._handle && this._handle.getsockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) throw errnoException(err, 'address');
    return out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

function onconnection(err, clientHandle) {
  const self = this[kOwner];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    if (clientHandle.getsockname || clientHandle.getpeername) {
      const data = { __proto__: null };
      if (clientHandle.getsockname) {
        const local = { __proto__: null };
        clientHandle.getsockname(local);
        data.localAddress = local.address;
        data.localPort = local.port;
        data.localFamily = local.family;
      }
      if (clientHandle.getpeername) {
        const remote = { __proto__: null };
        clientHandle.getpeername(remote);
        data.remoteAddress = remote.address;
        data.remotePort = remote.port;
        data.remoteFamily = remote.family;
      }
      self.emit('drop', data);
    } else {
      self.emit('drop');
    }
    clientHandle.close();
    return;
  }
  if (self.blockList && typeof clientHandle.getpeername === 'function') {
    const remote = { __proto__: null };
    clientHandle.getpeername(remote);
    const addressType = isIP(remote.address);
    if (addressType && self.blockList.check(remote.address, `ipv${addressType}`)) {
      clientHandle.close();
      return;
    }
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
  if (netServerSocketChannel.hasSubscribers) netServerSocketChannel.publish({ socket });
}

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function(cb) {
  this._listeningId++;
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

Server.prototype[Symbol.asyncDispose] = async function() {
  if (!this._handle) return;
  await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  switch (event) {
    case 'connection':
      sock.destroy(err);
      break;
    default:
      this.emit('error', err);
  }
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};


module.exports = { Server, createServerHandle };

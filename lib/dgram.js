'use strict';
// node:dgram — UDP sockets over internalBinding('udp_wrap') (src/modules/udp_wrap.cc).
// A socket binds implicitly on its first send or connect; sends and connects issued while the
// bind (a name lookup, then bind(2)) is in progress wait in a queue flushed on 'listening'.
// Cluster is not part of protoJS: `exclusive` is accepted and has no effect. receiveBlockList
// drops datagrams from blocked senders; sendBlockList refuses sends and connects to blocked ones.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  ErrnoException,
  ExceptionWithHostPort,
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FD_TYPE,
    ERR_IP_BLOCKED,
    ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
} = require('internal/errors');
const { kStateSymbol, newHandle, createSocketHandle } = require('internal/dgram');
const { isIP } = require('internal/net/ip');
const {
  isInt32,
  validateAbortSignal,
  validateNumber,
  validateObject,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { addAbortListener } = require('internal/events/abort_listener');
const { UDP, constants: { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR, UV_UDP_REUSEPORT } } =
  internalBinding('udp_wrap');

const UNBOUND = 0;
const BINDING = 1;
const BOUND = 2;
const DISCONNECTED = 0;
const CONNECTING = 1;
const CONNECTED = 2;
const RECV_BUFFER = true;
const SEND_BUFFER = false;
const kOwner = Symbol('owner');
const kEmptyObject = Object.freeze({ __proto__: null });
const udpSocketChannel = require('diagnostics_channel').channel('udp.socket');

let BlockList;
function validateBlockList(list, name) {
  BlockList ??= require('internal/blocklist').BlockList;
  if (!BlockList.isBlockList(list)) throw new ERR_INVALID_ARG_TYPE(name, 'net.BlockList', list);
  return list;
}

// Whether a BlockList (receiveBlockList / sendBlockList) refuses this address.
function blocked(list, address) {
  return list !== undefined && list.check(address, `ipv${isIP(address)}`);
}

let util;
function lazyUtil() {
  util ??= require('util');
  return util;
}

function Socket(type, listener) {
  EventEmitter.call(this);
  let options;
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let receiveBlockList;
  let sendBlockList;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (options.recvBufferSize) validateUint32(options.recvBufferSize, 'options.recvBufferSize');
    if (options.sendBufferSize) validateUint32(options.sendBufferSize, 'options.sendBufferSize');
    recvBufferSize = options.recvBufferSize;
    sendBufferSize = options.sendBufferSize;
    if (options.receiveBlockList) {
      receiveBlockList = validateBlockList(options.receiveBlockList, 'options.receiveBlockList');
    }
    if (options.sendBlockList) {
      sendBlockList = validateBlockList(options.sendBlockList, 'options.sendBlockList');
    }
  }
  const handle = newHandle(type, lookup);
  handle[kOwner] = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);

  this[kStateSymbol] = {
    handle,
    receiving: false,
    bindState: UNBOUND,
    connectState: DISCONNECTED,
    queue: undefined,
    reuseAddr: options?.reuseAddr,
    reusePort: options?.reusePort,
    ipv6Only: options?.ipv6Only,
    recvBufferSize,
    sendBufferSize,
    receiveBlockList,
    sendBlockList,
  };

  if (options?.signal !== undefined) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kStateSymbol].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      const disposable = addAbortListener(signal, onAborted);
      this.once('close', disposable[Symbol.dispose]);
    }
  }
  if (udpSocketChannel.hasSubscribers) udpSocketChannel.publish({ socket: this });
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kStateSymbol].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function startReceiving(socket) {
  const state = socket[kStateSymbol];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
}

function startListening(socket) {
  startReceiving(socket);
  socket.emit('listening');
}

function stopReceiving(socket) {
  const state = socket[kStateSymbol];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

function onMessage(nread, handle, ab, rinfo) {
  const self = handle[kOwner];
  if (nread < 0) {
    self.emit('error', new ErrnoException(nread, 'recvmsg'));
    return;
  }
  if (blocked(self[kStateSymbol].receiveBlockList, rinfo.address)) return;
  const buf = new FastBuffer(ab);
  rinfo.size = buf.length;
  self.emit('message', buf, rinfo);
}

function bindFlags(state) {
  let flags = 0;
  if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
  if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
  if (state.reusePort) flags |= UV_UDP_REUSEPORT;
  return flags;
}

function replaceHandle(self, handle) {
  const state = self[kStateSymbol];
  const old = state.handle;
  if (!old.hasRef() && typeof handle.unref === 'function') handle.unref();
  handle.lookup = old.lookup;
  handle.bind = old.bind;
  handle.send = old.send;
  handle[kOwner] = self;
  old.close();
  state.handle = handle;
}

function bufferSize(self, size, buffer) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const ctx = {};
  const ret = self[kStateSymbol].handle.bufferSize(size, buffer, ctx);
  if (ret === undefined) throw new ERR_SOCKET_BUFFER_SIZE(ctx);
  return ret;
}

Socket.prototype.bind = function bind(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.bindState !== UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    const removeListeners = () => {
      this.removeListener(EventEmitter.errorMonitor, removeListeners);
      this.removeListener('listening', onListening);
    };
    const onListening = () => {
      removeListeners();
      cb.call(this);
    };
    this.on(EventEmitter.errorMonitor, removeListeners);
    this.on('listening', onListening);
  }

  // A ready handle (Node's cluster hands these out).
  if (port !== null && typeof port === 'object' && typeof port.recvStart === 'function') {
    replaceHandle(this, port);
    startListening(this);
    return this;
  }

  // An existing descriptor.
  if (port !== null && typeof port === 'object' && isInt32(port.fd) && port.fd > 0) {
    const fd = port.fd;
    const type = internalBinding('stdio').guessHandleType(fd);
    if (type !== 'UDP') throw new ERR_INVALID_FD_TYPE(type);
    const err = state.handle.open(fd);
    if (err) throw new ErrnoException(err, 'open');
    startListening(this);
    return this;
  }

  let address;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return;  // closed meanwhile
    if (err) {
      state.bindState = UNBOUND;
      this.emit('error', err);
      return;
    }
    const bindErr = state.handle.bind(ip, port || 0, bindFlags(state));
    if (bindErr) {
      state.bindState = UNBOUND;
      this.emit('error', new ExceptionWithHostPort(bindErr, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

// bind(2) without a name lookup: returns the bound address at once; 'listening' follows on
// the next tick.
Socket.prototype.bindSync = function bindSync(options = kEmptyObject) {
  healthCheck(this);
  validateObject(options, 'options');
  const state = this[kStateSymbol];
  if (state.bindState !== UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  const port = validatePort(options.port ?? 0, 'options.port');
  let { address } = options;
  if (!address) {
    address = this.type === 'udp4' ? '0.0.0.0' : '::';
  } else {
    validateString(address, 'options.address');
    if (isIP(address) === 0) {
      throw new ERR_INVALID_ARG_VALUE('options.address', address,
                                      'must be a numeric IP address; bindSync does not perform DNS resolution');
    }
  }
  state.bindState = BINDING;
  const err = state.handle.bind(address, port, bindFlags(state));
  if (err) {
    state.bindState = UNBOUND;
    throw new ExceptionWithHostPort(err, 'bind', address, port);
  }
  startReceiving(this);
  process.nextTick(emitIfOpen, this, 'listening');
  return this.address();
};

function emitIfOpen(socket, event) {
  if (socket[kStateSymbol].handle) socket.emit(event);
}

function enqueue(self, job) {
  const state = self[kStateSymbol];
  if (state.queue === undefined) {
    state.queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  state.queue.push(job);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  const state = this[kStateSymbol];
  const queue = state.queue;
  state.queue = undefined;
  for (const job of queue) job();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kStateSymbol].queue = undefined;
}

Socket.prototype.connect = function connect(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kStateSymbol];
  if (state.connectState !== DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECTING;
  if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BOUND) {
    enqueue(this, () => startConnect(this, port, address, callback));
    return;
  }
  startConnect(this, port, address, callback);
};

function startConnect(self, port, address, callback) {
  const state = self[kStateSymbol];
  if (callback) self.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex && blocked(state.sendBlockList, ip)) ex = new ERR_IP_BLOCKED(ip);
    if (!ex) {
      const err = state.handle.connect(ip, port);
      if (err) ex = new ExceptionWithHostPort(err, 'connect', address, port);
    }
    if (ex) {
      state.connectState = DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          self.removeListener('connect', callback);
          callback(ex);
        } else {
          self.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECTED;
    process.nextTick(() => self.emit('connect'));
  });
}

// connect(2) without a name lookup; 'connect' follows on the next tick.
Socket.prototype.connectSync = function connectSync(port, address) {
  healthCheck(this);
  port = validatePort(port, 'Port', false);
  const state = this[kStateSymbol];
  if (state.connectState !== DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  if (address == null || address === '') {
    address = this.type === 'udp4' ? '127.0.0.1' : '::1';
  } else {
    validateString(address, 'address');
    if (isIP(address) === 0) {
      throw new ERR_INVALID_ARG_VALUE('address', address,
                                      'must be a numeric IP address; connectSync does not perform DNS resolution');
    }
  }
  if (state.bindState === UNBOUND) this.bindSync();
  else if (state.bindState !== BOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.connectState = CONNECTING;
  if (blocked(state.sendBlockList, address)) {
    state.connectState = DISCONNECTED;
    throw new ERR_IP_BLOCKED(address);
  }
  const err = state.handle.connect(address, port);
  if (err) {
    state.connectState = DISCONNECTED;
    throw new ExceptionWithHostPort(err, 'connect', address, port);
  }
  state.connectState = CONNECTED;
  process.nextTick(emitIfOpen, this, 'connect');
};

Socket.prototype.disconnect = function disconnect() {
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const err = state.handle.disconnect();
  if (err) throw new ErrnoException(err, 'connect');
  state.connectState = DISCONNECTED;
};

// The legacy spelling of send(buffer, offset, length, port, address, callback).
Socket.prototype.sendto = function sendto(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

const kBufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', kBufferTypes, buffer);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (typeof buf === 'string') out[i] = Buffer.from(buf);
    else if (Buffer.isBuffer(buf)) out[i] = buf;
    else if (!isArrayBufferView(buf)) return null;
    else out[i] = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  return out;
}

// Forms (unconnected): (buf, offset, length, port[, address][, cb]), (bufOrList, port[, address][, cb]);
// connected: (buf, offset, length[, cb]), (bufOrList[, cb]).
Socket.prototype.send = function send(buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kStateSymbol];
  const connected = state.connectState === CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }

  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') list = [Buffer.from(buffer)];
    else if (!isArrayBufferView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', kBufferTypes, buffer);
    else list = [buffer];
  } else if (!(list = fixBufferList(buffer))) {
    throw new ERR_INVALID_ARG_TYPE('buffer list arguments', kBufferTypes, buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(new FastBuffer());

  if (state.bindState !== BOUND) {
    enqueue(this, this.send.bind(this, list, port, address, callback));
    return;
  }

  if (connected) {
    doSend(null, this, null, list, address, port, callback);
  } else {
    state.handle.lookup(address, (ex, ip) => doSend(ex, this, ip, list, address, port, callback));
  }
};

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kStateSymbol];
  if (ex) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  if (ip && blocked(state.sendBlockList, ip)) {
    if (callback) process.nextTick(callback, new ERR_IP_BLOCKED(ip));
    return;
  }

  const req = { list, address, port, callback, oncomplete: undefined };
  if (callback) req.oncomplete = afterSend;
  const err = port ?
    state.handle.send(req, list, list.length, port, ip, !!callback) :
    state.handle.send(req, list, list.length, !!callback);
  if (err >= 1) {
    // Sent at once: the binding returns the datagram's size + 1.
    if (callback) process.nextTick(callback, null, err - 1);
    return;
  }
  if (err && callback) {
    process.nextTick(callback, new ExceptionWithHostPort(err, 'send', address, port));
  }
}

function afterSend(status, sent) {
  const err = status ? new ExceptionWithHostPort(status, 'send', this.address, this.port) : null;
  this.callback(err, sent);
}

Socket.prototype.close = function close(callback) {
  const state = this[kStateSymbol];
  const queue = state.queue;
  if (typeof callback === 'function') this.on('close', callback);
  if (queue !== undefined) {
    queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

Socket.prototype[Symbol.asyncDispose] = async function asyncDispose() {
  if (!this[kStateSymbol].handle) return;
  await new Promise((resolve, reject) => {
    try {
      this.close((err) => (err ? reject(err) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
};

Socket.prototype.address = function address() {
  healthCheck(this);
  const out = {};
  const err = this[kStateSymbol].handle.getsockname(out);
  if (err) throw new ErrnoException(err, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function remoteAddress() {
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const out = {};
  const err = state.handle.getpeername(out);
  if (err) throw new ErrnoException(err, 'getpeername');
  return out;
};

Socket.prototype.setBroadcast = function setBroadcast(arg) {
  const err = this[kStateSymbol].handle.setBroadcast(arg ? 1 : 0);
  if (err) throw new ErrnoException(err, 'setBroadcast');
};

Socket.prototype.setTTL = function setTTL(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kStateSymbol].handle.setTTL(ttl);
  if (err) throw new ErrnoException(err, 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function setMulticastTTL(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kStateSymbol].handle.setMulticastTTL(ttl);
  if (err) throw new ErrnoException(err, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function setMulticastLoopback(arg) {
  const err = this[kStateSymbol].handle.setMulticastLoopback(arg ? 1 : 0);
  if (err) throw new ErrnoException(err, 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function setMulticastInterface(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  const err = this[kStateSymbol].handle.setMulticastInterface(interfaceAddress);
  if (err) throw new ErrnoException(err, 'setMulticastInterface');
};

Socket.prototype.addMembership = function addMembership(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = this[kStateSymbol].handle.addMembership(multicastAddress, interfaceAddress);
  if (err) throw new ErrnoException(err, 'addMembership');
};

Socket.prototype.dropMembership = function dropMembership(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = this[kStateSymbol].handle.dropMembership(multicastAddress, interfaceAddress);
  if (err) throw new ErrnoException(err, 'dropMembership');
};

Socket.prototype.addSourceSpecificMembership = function addSourceSpecificMembership(
  sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = this[kStateSymbol].handle.addSourceSpecificMembership(
    sourceAddress, groupAddress, interfaceAddress);
  if (err) throw new ErrnoException(err, 'addSourceSpecificMembership');
};

Socket.prototype.dropSourceSpecificMembership = function dropSourceSpecificMembership(
  sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = this[kStateSymbol].handle.dropSourceSpecificMembership(
    sourceAddress, groupAddress, interfaceAddress);
  if (err) throw new ErrnoException(err, 'dropSourceSpecificMembership');
};

Socket.prototype.ref = function ref() {
  const handle = this[kStateSymbol].handle;
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  const handle = this[kStateSymbol].handle;
  if (handle) handle.unref();
  return this;
};

Socket.prototype.setRecvBufferSize = function setRecvBufferSize(size) {
  bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function setSendBufferSize(size) {
  bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function getRecvBufferSize() {
  return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function getSendBufferSize() {
  return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function getSendQueueSize() {
  return this[kStateSymbol].handle.getSendQueueSize();
};

Socket.prototype.getSendQueueCount = function getSendQueueCount() {
  return this[kStateSymbol].handle.getSendQueueCount();
};

// Deprecated views of the socket's state (DEP0112), as Node keeps them.
function deprecatedState(name, key) {
  const msg = `Socket.prototype.${name} is deprecated`;
  let get;
  let set;
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null,
    configurable: true,
    get() {
      get ??= lazyUtil().deprecate(function() { return this[kStateSymbol][key]; }, msg, 'DEP0112');
      return get.call(this);
    },
    set(value) {
      set ??= lazyUtil().deprecate(function(v) { this[kStateSymbol][key] = v; }, msg, 'DEP0112');
      set.call(this, value);
    },
  });
}
deprecatedState('_handle', 'handle');
deprecatedState('_receiving', 'receiving');
deprecatedState('_bindState', 'bindState');
deprecatedState('_queue', 'queue');
deprecatedState('_reuseAddr', 'reuseAddr');

function deprecatedMethod(name, fn) {
  let wrapped;
  Socket.prototype[name] = function() {
    wrapped ??= lazyUtil().deprecate(fn, `Socket.prototype.${name}() is deprecated`, 'DEP0112');
    return wrapped.call(this);
  };
}
deprecatedMethod('_healthCheck', function() { healthCheck(this); });
deprecatedMethod('_stopReceiving', function() { stopReceiving(this); });

Object.defineProperty(UDP.prototype, 'owner', {
  __proto__: null,
  configurable: true,
  get() { return this[kOwner]; },
  set(v) { this[kOwner] = v; },
});

let deprecatedCreateHandle;
function _createSocketHandle(...args) {
  deprecatedCreateHandle ??= lazyUtil().deprecate(createSocketHandle,
                                                  'dgram._createSocketHandle() is deprecated', 'DEP0112');
  return deprecatedCreateHandle(...args);
}

module.exports = { _createSocketHandle, createSocket, Socket };

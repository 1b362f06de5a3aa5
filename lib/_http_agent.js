'use strict';
// http.Agent: the client's connection pool (Node's _http_agent). Sockets are kept per
// "host:port:localAddress[:family][:socketPath]" name; a request takes a free socket, or a new
// one under maxSockets/maxTotalSockets, or waits in `requests`. With keepAlive a socket whose
// response ended goes back to `freeSockets` (lifo or fifo), unref'd, until maxFreeSockets,
// its timeout or the server's Keep-Alive hint.
// Proxy support (proxyEnv, NODE_USE_ENV_PROXY) is not implemented.

const net = require('net');
const EventEmitter = require('events');
const asyncFrame = require('internal/async_context_frame');
const { kOwner, onStreamRead } = require('internal/stream_base_commons');
const { validateNumber, validateOneOf, validateString } = require('internal/validators');

const kOnKeylog = Symbol('onkeylog');
const kRequestOptions = Symbol('requestOptions');
const kRequestFrame = Symbol('requestAsyncFrame');
const kFreeSocketDataGuard = Symbol('freeSocketDataGuard');
const kEmptyObject = Object.freeze({ __proto__: null });

function freeSocketErrorListener(err) {
  this.destroy();
  this.emit('agentRemove');
}

// Bytes arriving on an idle pooled socket would be taken for the next request's response
// (response-queue poisoning): such a socket is destroyed.
function freeSocketOnReadGuard(nread) {
  if (nread === 0) return;
  this[kOwner]?.destroy();
}

function installFreeSocketDataGuard(socket) {
  if (socket.readableLength > 0) {
    socket.destroy();
    return;
  }
  if (socket.connecting) {
    socket[kFreeSocketDataGuard] = function onConnect() {
      socket[kFreeSocketDataGuard] = null;
      installFreeSocketDataGuard(socket);
    };
    socket.once('connect', socket[kFreeSocketDataGuard]);
    return;
  }
  const handle = socket._handle;
  if (handle) {
    handle.onread = freeSocketOnReadGuard;
    if (!handle.reading) {
      handle.reading = true;
      if (handle.readStart()) socket.destroy();
    }
  }
}

function removeFreeSocketDataGuard(socket) {
  if (socket[kFreeSocketDataGuard]) {
    socket.removeListener('connect', socket[kFreeSocketDataGuard]);
    socket[kFreeSocketDataGuard] = null;
  }
  const handle = socket._handle;
  if (handle?.onread === freeSocketOnReadGuard) handle.onread = onStreamRead;
}

function once(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

function hasPendingRead(socket) {
  if (socket.connecting) return false;
  const handle = socket._handle;
  return typeof handle?.hasPendingRead === 'function' && handle.hasPendingRead() === true;
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.options = { __proto__: null, ...options };
  this.defaultPort = this.options.defaultPort || 80;
  this.protocol = this.options.protocol || 'http:';
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  // Don't confuse net and make it think that we're connecting to a pipe
  this.options.path = null;
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets;
  this.totalSocketCount = 0;
  const buffer = this.options.agentKeepAliveTimeoutBuffer;
  this.agentKeepAliveTimeoutBuffer =
    typeof buffer === 'number' && buffer >= 0 && Number.isFinite(buffer) ? buffer : 1000;

  validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
  if (this.maxTotalSockets !== undefined) validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
  else this.maxTotalSockets = Infinity;

  this.on('free', onFree);
  // keylog events (TLS) only when someone listens.
  this.on('newListener', maybeEnableKeylog);
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

// A socket finished its request: the next waiting request takes it, or it goes to the free
// pool (keepAlive), or it is destroyed.
function onFree(socket, options) {
  const name = this.getName(options);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const requests = this.requests[name];
  if (requests?.length) {
    const req = requests.shift();
    const frame = req[kRequestFrame];
    if (frame !== undefined) {
      req[kRequestFrame] = undefined;
      asyncFrame.run(frame, setRequestSocket, undefined, this, req, socket);
    } else {
      setRequestSocket(this, req, socket);
    }
    if (requests.length === 0) delete this.requests[name];
    return;
  }
  const req = socket._httpMessage;
  if (!req || !req.shouldKeepAlive || !this.keepAlive) {
    socket.destroy();
    return;
  }
  const freeSockets = this.freeSockets[name] || [];
  const freeLen = freeSockets.length;
  let count = freeLen;
  if (this.sockets[name]) count += this.sockets[name].length;
  if (this.totalSocketCount > this.maxTotalSockets || count > this.maxSockets ||
      freeLen >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
    socket.destroy();
    return;
  }
  this.freeSockets[name] = freeSockets;
  socket._httpMessage = null;
  this.removeSocket(socket, options);
  socket.once('error', freeSocketErrorListener);
  installFreeSocketDataGuard(socket);
  freeSockets.push(socket);
}

function maybeEnableKeylog(eventName) {
  if (eventName !== 'keylog') return;
  this.removeListener('newListener', maybeEnableKeylog);
  const agent = this;
  this[kOnKeylog] = function onkeylog(keylog) {
    agent.emit('keylog', keylog, this);
  };
  for (const set of [this.freeSockets, this.sockets]) {
    for (const sockets of Object.values(set)) {
      for (const socket of sockets) socket.on('keylog', this[kOnKeylog]);
    }
  }
}

Agent.defaultMaxSockets = Infinity;

Agent.prototype.createConnection = net.createConnection;

// The pool key of a set of request options.
Agent.prototype.getName = function getName(options = kEmptyObject) {
  let name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  // The family only when given, as Node's (parallel/test-http-agent-getname).
  if (options.family === 4 || options.family === 6) name += `:${options.family}`;
  if (options.socketPath) name += `:${options.socketPath}`;
  return name;
};

Agent.prototype.addRequest = function addRequest(req, options, port, localAddress) {
  if (typeof options === 'string') {
    // Legacy API: addRequest(req, host, port, localAddress)
    options = { __proto__: null, host: options, port, localAddress };
  }
  // The agent's options override the request's.
  options = { __proto__: null, ...options, ...this.options };
  if (options.socketPath) options.path = options.socketPath;
  normalizeServerName(options, req);

  const name = this.getName(options);
  this.sockets[name] ||= [];

  const freeSockets = this.freeSockets[name];
  let socket;
  if (freeSockets) {
    while (freeSockets.length && freeSockets[0].destroyed) freeSockets.shift();
    socket = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
    // A pooled socket with something to read (the server's FIN or stray bytes) is not reused.
    while (socket && hasPendingRead(socket)) {
      socket.destroy();
      socket = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
    }
    if (!freeSockets.length) delete this.freeSockets[name];
  }

  const freeLen = freeSockets ? freeSockets.length : 0;
  const sockLen = freeLen + this.sockets[name].length;

  // A pooled socket takes the request's highWaterMark.
  if (socket && options.highWaterMark != null && socket.writableHighWaterMark !== options.highWaterMark) {
    socket._writableState.highWaterMark = options.highWaterMark;
  }

  if (socket) {
    this.reuseSocket(socket, req);
    setRequestSocket(this, req, socket);
    this.sockets[name].push(socket);
  } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(req, options, (err, socket) => {
      if (err) req.onSocket(socket, err);
      else setRequestSocket(this, req, socket);
    });
  } else {
    // Over the limit: the request waits for a socket (in its own async context).
    this.requests[name] ||= [];
    req[kRequestOptions] = options;
    req[kRequestFrame] = asyncFrame.current();
    this.requests[name].push(req);
  }
};

Agent.prototype.createSocket = function createSocket(req, options, cb) {
  options = { __proto__: null, ...options, ...this.options };
  if (options.socketPath) options.path = options.socketPath;
  normalizeServerName(options, req);
  // The request's own timeout wins.
  const timeout = req.timeout || this.options.timeout || undefined;
  if (timeout) options.timeout = timeout;
  const name = this.getName(options);
  options._agentKey = name;
  options.encoding = null;

  const oncreate = once((err, s) => {
    if (err) return cb(err);
    this.sockets[name] ||= [];
    this.sockets[name].push(s);
    this.totalSocketCount++;
    installListeners(this, s, options);
    cb(null, s);
  });
  if (this.keepAlive) {
    options.keepAlive = this.keepAlive;
    options.keepAliveInitialDelay = this.keepAliveMsecs;
  }
  const newSocket = this.createConnection(options, oncreate);
  if (newSocket) oncreate(null, newSocket);
};

function normalizeServerName(options, req) {
  if (!options.servername && options.servername !== '') {
    options.servername = calculateServerName(options, req);
  }
}

// The TLS server name: the Host header's host part if set, else options.host; never an IP.
function calculateServerName(options, req) {
  let servername = options.host;
  const hostHeader = req.getHeader('host');
  if (hostHeader) {
    validateString(hostHeader, 'options.headers.host');
    if (hostHeader[0] === '[') {
      const index = hostHeader.indexOf(']');
      servername = index === -1 ? hostHeader : hostHeader.substring(1, index);
    } else {
      servername = hostHeader.split(':', 1)[0];
    }
  }
  if (net.isIP(servername)) servername = '';
  return servername;
}

function installListeners(agent, s, options) {
  function onFreeSocket() {
    agent.emit('free', s, options);
  }
  s.on('free', onFreeSocket);

  // The only place sockets leave the agent: every error ends in 'close'.
  function onClose(err) {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
  }
  s.on('close', onClose);

  function onTimeout() {
    // An idle pooled socket that times out is destroyed.
    const sockets = agent.freeSockets;
    if (Object.keys(sockets).some((name) => sockets[name].includes(s))) s.destroy();
  }
  s.on('timeout', onTimeout);

  // The socket leaves the pool for good (an upgrade took it over).
  function onRemove() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFreeSocket);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  }
  s.on('agentRemove', onRemove);

  if (agent[kOnKeylog]) s.on('keylog', agent[kOnKeylog]);
}

Agent.prototype.removeSocket = function removeSocket(s, options) {
  const name = this.getName(options);
  const sets = [this.sockets];
  // A destroyed socket leaves the free pool too.
  if (!s.writable) sets.push(this.freeSockets);
  for (const sockets of sets) {
    if (sockets[name]) {
      const index = sockets[name].indexOf(s);
      if (index !== -1) {
        sockets[name].splice(index, 1);
        if (sockets[name].length === 0) delete sockets[name];
      }
    }
  }

  let req;
  if (this.requests[name]?.length) {
    req = this.requests[name][0];
  } else {
    // A waiting request of another origin may use the freed capacity.
    const keys = Object.keys(this.requests);
    for (let i = 0; i < keys.length; i++) {
      const prop = keys[i];
      if (this.sockets[prop]?.length) break;
      req = this.requests[prop][0];
      options = req[kRequestOptions];
      break;
    }
  }

  if (req && options) {
    req[kRequestOptions] = undefined;
    // A socket of a waiting request's name closed: a new one is made for it.
    this.createSocket(req, options, (err, socket) => {
      if (err) req.onSocket(null, err);
      else socket.emit('free');
    });
  }
};

Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  let agentTimeout = this.options.timeout || 0;
  let canKeepSocketAlive = true;
  const res = socket._httpMessage?.res;
  if (res) {
    const keepAliveHint = res.headers['keep-alive'];
    if (keepAliveHint) {
      const hint = /^timeout=(\d+)/.exec(keepAliveHint)?.[1];
      if (hint) {
        // Expire a little before the server's announced timeout, to avoid ECONNRESET.
        let serverHintTimeout = (Number.parseInt(hint) * 1000) - this.agentKeepAliveTimeoutBuffer;
        serverHintTimeout = serverHintTimeout > 0 ? serverHintTimeout : 0;
        if (serverHintTimeout === 0) canKeepSocketAlive = false;
        else if (serverHintTimeout < agentTimeout) agentTimeout = serverHintTimeout;
      }
    }
  }
  if (socket.timeout !== agentTimeout) socket.setTimeout(agentTimeout);
  return canKeepSocketAlive;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  socket.removeListener('error', freeSocketErrorListener);
  removeFreeSocketDataGuard(socket);
  req.reusedSocket = true;
  socket.ref();
};

Agent.prototype.destroy = function destroy() {
  for (const set of [this.freeSockets, this.sockets]) {
    for (const key of Object.keys(set)) {
      for (const socket of set[key]) socket.destroy();
    }
  }
};

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

module.exports = {
  Agent,
  globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }),
};

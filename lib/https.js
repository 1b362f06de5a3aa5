'use strict';
// node:https: HTTP over TLS. https.Server is a tls.Server whose secure connections get http's
// connection handling (_http_server's connection listener, as Node does); https.Agent is an
// http.Agent whose connections come from tls.connect, with a TLS session cache per
// connection name, so a second connection to a server resumes the first one's session.
// Proxy tunnelling (NODE_USE_ENV_PROXY / proxyEnv) is not implemented, as in http.Agent.

const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const {
  Server: HttpServer, setupConnectionsTracking, storeHTTPOptions, _connectionListener, httpServerPreClose,
} = require('_http_server');
const { ClientRequest } = require('_http_client');
const { URL, urlToHttpOptions, isURL } = require('internal/url');
const { validateObject } = require('internal/validators');
const { promisify } = require('util');

const kPerRequestCheckServerIdentity = Symbol('per-request checkServerIdentity');
let perRequestCheckServerIdentityIndex = 0;

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  let ALPNProtocols = ['http/1.1'];
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  } else {
    validateObject(opts, 'options');
    // ALPNProtocols and ALPNCallback exclude each other: no default when either is given.
    if (opts.ALPNProtocols || opts.ALPNCallback) ALPNProtocols = undefined;
  }
  storeHTTPOptions.call(this, opts);
  tls.Server.call(this, { noDelay: true, ALPNProtocols, ...opts }, _connectionListener);
  this.httpAllowHalfOpen = false;
  if (requestListener) this.addListener('request', requestListener);
  this.addListener('tlsClientError', function onTlsClientError(err, conn) {
    if (!this.emit('clientError', err, conn)) conn.destroy(err);
  });
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.on('listening', setupConnectionsTracking);
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);

Server.prototype.closeAllConnections = HttpServer.prototype.closeAllConnections;
Server.prototype.closeIdleConnections = HttpServer.prototype.closeIdleConnections;
Server.prototype.setTimeout = HttpServer.prototype.setTimeout;

Server.prototype.close = function close() {
  httpServerPreClose(this);
  Reflect.apply(tls.Server.prototype.close, this, arguments);
  return this;
};

Server.prototype[Symbol.asyncDispose] = async function() {
  await promisify(this.close).call(this);
};

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// Agent.createConnection: (options[, cb]), (port, host, options[, cb]) or (port, options[, cb]).
function createConnection(...args) {
  let options;
  if (args[0] !== null && typeof args[0] === 'object') options = args[0];
  else if (args[1] !== null && typeof args[1] === 'object') options = { ...args[1] };
  else if (args[2] === null || typeof args[2] !== 'object') options = {};
  else options = { ...args[2] };
  if (typeof args[0] === 'number') options.port = args[0];
  if (typeof args[1] === 'string') options.host = args[1];

  const reuseSession = options._agentKey && !options[kPerRequestCheckServerIdentity];
  if (reuseSession) {
    const session = this._getSession(options._agentKey);
    if (session) options = { session, ...options };
  }
  const socket = tls.connect(options);
  if (options[kPerRequestCheckServerIdentity]) socket[kPerRequestCheckServerIdentity] = true;
  if (reuseSession) {
    socket.on('session', (session) => this._cacheSession(options._agentKey, session));
    socket.once('close', (err) => {
      if (err) this._evictSession(options._agentKey);
    });
  }
  return socket;
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  options = { __proto__: null, ...options };
  options.defaultPort ??= 443;
  options.protocol ??= 'https:';
  HttpAgent.call(this, options);
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);
Agent.prototype.createConnection = createConnection;

// A connection checked by a request's own checkServerIdentity is not pooled.
Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  if (socket[kPerRequestCheckServerIdentity]) return false;
  return HttpAgent.prototype.keepSocketAlive.call(this, socket);
};

// Keys of TLS options typed and sized, so distinct policies never share a pooled connection;
// objects by identity.
const tlsPolicyObjectIds = new WeakMap();
let tlsPolicyObjectId = 0;

function optionKey(value) {
  if (value === undefined) return '';
  if (value === null) return 'n';
  if (Array.isArray(value)) {
    let key = `a${value.length}`;
    for (const item of value) {
      const k = optionKey(item);
      key += `:${k.length}:${k}`;
    }
    return key;
  }
  if (ArrayBuffer.isView(value)) {
    const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    return `v${bytes.byteLength}:${bytes.toString('base64')}`;
  }
  const type = typeof value;
  if (type === 'object' || type === 'function') {
    let id = tlsPolicyObjectIds.get(value);
    if (id === undefined) {
      id = ++tlsPolicyObjectId;
      tlsPolicyObjectIds.set(value, id);
    }
    return `o${id}`;
  }
  const string = String(value);
  return `${type[0]}${string.length}:${string}`;
}

function keyMaterialKey(value, passphrase, property, truthy) {
  if (!Array.isArray(value)) return `${optionKey(value)}:${optionKey(passphrase)}`;
  let key = `a${value.length}`;
  for (const item of value) {
    let raw = item;
    let pass = passphrase;
    if (item !== null && typeof item === 'object' && !ArrayBuffer.isView(item)) {
      if (truthy) {
        raw = item[property] || item;
        pass = item.passphrase || passphrase;
      } else {
        raw = item[property] !== undefined ? item[property] : item;
        pass = item.passphrase !== undefined ? item.passphrase : passphrase;
      }
    }
    const itemKey = `${optionKey(raw)}:${optionKey(pass)}`;
    key += `:${itemKey.length}:${itemKey}`;
  }
  return key;
}

// The pool key: http's, then every TLS option that changes the connection, in Node's order.
Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  const add = (value) => { name += ':' + value; };
  add(options.ca ? optionKey(options.ca) : '');
  add(options.cert ? optionKey(options.cert) : '');
  add(options.clientCertEngine || '');
  add(options.ciphers || '');
  add(options.key ? keyMaterialKey(options.key, options.passphrase, 'pem', false) : '');
  add(options.pfx ? keyMaterialKey(options.pfx, options.passphrase, 'buf', true) : '');
  add(options.rejectUnauthorized !== undefined ? options.rejectUnauthorized : '');
  add(options.servername && options.servername !== options.host ? options.servername : '');
  add(options.minVersion || '');
  add(options.maxVersion || '');
  add(options.secureProtocol || '');
  add(options.crl ? optionKey(options.crl) : '');
  add(options.honorCipherOrder !== undefined ? options.honorCipherOrder : '');
  add(options.ecdhCurve || '');
  add(options.dhparam || '');
  add(options.secureOptions !== undefined ? options.secureOptions : '');
  add(options.sessionIdContext || '');
  add(options.sigalgs ? JSON.stringify(options.sigalgs) : '');
  add(options.privateKeyIdentifier || '');
  add(options.privateKeyEngine || '');
  add(options.secureContext ? optionKey(options.secureContext) : '');
  add(options.allowPartialTrustChain !== undefined ? optionKey(options.allowPartialTrustChain) : '');
  add(options.ALPNProtocols ? optionKey(options.ALPNProtocols) : '');
  add(options.certificateCompression ? optionKey(options.certificateCompression) : '');
  add(options.minDHSize !== undefined ? optionKey(options.minDHSize) : '');
  add(options.pskCallback ? optionKey(options.pskCallback) : '');
  add(options.requestOCSP !== undefined ? optionKey(options.requestOCSP) : '');
  add(options.session ? optionKey(options.session) : '');
  if (options[kPerRequestCheckServerIdentity]) add(options[kPerRequestCheckServerIdentity]);
  return name;
};

Agent.prototype._getSession = function _getSession(key) {
  return this._sessionCache.map[key];
};

Agent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0) return;
  if (this._sessionCache.map[key]) {
    this._sessionCache.map[key] = session;
    return;
  }
  if (this._sessionCache.list.length >= this.maxCachedSessions) {
    const oldKey = this._sessionCache.list.shift();
    delete this._sessionCache.map[oldKey];
  }
  this._sessionCache.list.push(key);
  this._sessionCache.map[key] = session;
};

Agent.prototype._evictSession = function _evictSession(key) {
  const index = this._sessionCache.list.indexOf(key);
  if (index === -1) return;
  this._sessionCache.list.splice(index, 1);
  delete this._sessionCache.map[key];
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function hasAgentCheckServerIdentity(options) {
  let { agent } = options;
  if (agent === false) return false;
  if (agent === null || agent === undefined) {
    if (typeof options.createConnection === 'function') return false;
    agent = module.exports.globalAgent;
  }
  return agent?.options?.checkServerIdentity !== undefined;
}

// request(url[, options][, cb]) or request(options[, cb])
function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') options = urlToHttpOptions(new URL(args.shift()));
  else if (isURL(args[0])) options = urlToHttpOptions(args.shift());
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  if (options.checkServerIdentity !== undefined && options.checkServerIdentity !== tls.checkServerIdentity &&
      !hasAgentCheckServerIdentity(options)) {
    options[kPerRequestCheckServerIdentity] = ++perRequestCheckServerIdentityIndex;
  }
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  return Reflect.construct(ClientRequest, args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };

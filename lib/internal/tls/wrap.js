'use strict';
// tls.TLSSocket: a net.Socket whose handle is a TLSHandle (internal/tls/handle.js) over the
// transport — the handle of a connected net.Socket, a JSStreamHandle over any other Duplex, or a
// new TCP/Pipe handle that tls.connect() connects. Node's event order and state: 'secure' when
// the handshake ends (then 'secureConnect' on clients, 'secureConnection' on servers),
// authorized/authorizationError, alpnProtocol, servername, 'session', 'keylog', and errors
// before the socket's control is released reported through '_tlsError'.

const net = require('net');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MULTIPLE_CALLBACK, ERR_SOCKET_CLOSED,
    ERR_TLS_ALPN_CALLBACK_INVALID_RESULT, ERR_TLS_HANDSHAKE_TIMEOUT, ERR_TLS_INVALID_CONTEXT,
    ERR_TLS_INVALID_STATE, ERR_TLS_RENEGOTIATION_DISABLED, ERR_TLS_SESSION_ATTACK, ERR_TLS_SNI_FROM_SERVER,
  },
} = require('internal/errors');
const {
  validateBoolean, validateBuffer, validateFunction, validateInt32, validateObject, validateString,
  validateUint32,
} = require('internal/validators');
const { kOwner } = require('internal/stream_base_commons');
const { kReinitializeHandle } = require('internal/net/common');
const { TLSHandle } = require('internal/tls/handle');
let JSStreamHandle;  // loaded for the first TLS socket over a JS stream
const common = require('internal/tls/common');
const { SecureContext: NativeSecureContext } = internalBinding('tls_wrap');

const kConnectOptions = Symbol('connect-options');
const kDisableRenegotiation = Symbol('disable-renegotiation');
const kErrorEmitted = Symbol('error-emitted');
const kRes = Symbol('res');
const kSecureContext = Symbol('secureContext');
const kALPNCallback = Symbol('alpncallback');
const kPendingSession = Symbol('pendingSession');
const kIsVerified = Symbol('verified');
const kPskCallback = Symbol('pskcallback');

// --tls-keylog=file and --trace-tls (src/core/cli.cc).
const { tlsKeylog, traceTls } = internalBinding('options');
let warnOnTlsKeylog = true;
let warnOnTlsKeylogError = true;
let tlsTracingWarned = false;

let tlsModule;
function tls() { tlsModule ??= require('tls'); return tlsModule; }

// ---- sessions carry the name they were authenticated for (Node 24) ----

const kSessionPrefix = Buffer.from('\0nodejs:tls:session:1\0');

function sessionServerIdentity(options) {
  return options?.servername || options?.host || options?.socket?._host || 'localhost';
}

function wrapSessionState(session, options) {
  if (!Buffer.isBuffer(session) || options?.isServer) return session;
  const name = Buffer.from(sessionServerIdentity(options), 'utf8');
  const len = Buffer.allocUnsafe(2);
  len.writeUInt16BE(name.length, 0);
  return Buffer.concat([kSessionPrefix, len, name, session]);
}

function unwrapSessionState(session) {
  if (!Buffer.isBuffer(session) || session.length < kSessionPrefix.length + 2 ||
      Buffer.compare(session.subarray(0, kSessionPrefix.length), kSessionPrefix) !== 0) return undefined;
  const start = kSessionPrefix.length;
  const end = start + 2 + session.readUInt16BE(start);
  if (session.length < end) return undefined;
  return { servername: session.toString('utf8', start + 2, end), session: session.subarray(end) };
}

// The session to offer, or undefined: a wrapped session only to the name it was made for; a
// raw one only when the peer is not being verified.
function getSessionForReuse(session, options) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  if (options?.isServer) return session;
  const wrapped = unwrapSessionState(session);
  if (wrapped !== undefined) {
    return wrapped.servername === sessionServerIdentity(options) ? wrapped.session : undefined;
  }
  if (Buffer.isBuffer(session) && options?.rejectUnauthorized !== false) return undefined;
  return session;
}

// ---- handle callbacks (this = the TLSHandle, this[kOwner] = the TLSSocket) ----

function onhandshakestart(now) {
  const last = this.lastHandshakeTime;
  this.lastHandshakeTime = now;
  if (last === 0) return;
  if ((now - last) >= tls().CLIENT_RENEG_WINDOW * 1000) this.handshakes = 1;
  else this.handshakes++;
  const owner = this[kOwner];
  if (this.handshakes > tls().CLIENT_RENEG_LIMIT) {
    owner._emitTLSError(new ERR_TLS_SESSION_ATTACK());
    return;
  }
  if (owner[kDisableRenegotiation]) owner._emitTLSError(new ERR_TLS_RENEGOTIATION_DISABLED());
}

function onhandshakedoneServer() {
  const owner = this[kOwner];
  if (owner._newSessionPending) {  // the 'newSession' listener has not finished
    owner._securePending = true;
    return;
  }
  owner._finishInit();
}

function loadSession(hello) {
  const owner = this[kOwner];
  if (owner.destroyed) return;
  let once = false;
  function onSession(err, session) {
    if (once) return owner.destroy(new ERR_MULTIPLE_CALLBACK());
    once = true;
    if (err) return owner.destroy(err);
    if (owner._handle === null) return owner.destroy(new ERR_SOCKET_CLOSED());
    owner._handle.loadSession(session);
    owner._handle.clientHelloDone();
  }
  let listened = false;
  if (hello.sessionId.length > 0 && !hello.tlsTicket && owner.server) {
    try {
      listened = owner.server.emit('resumeSession', hello.sessionId, onSession);
    } catch (err) {
      onSession(err);
      listened = true;
    }
  }
  if (!listened) owner._handle.clientHelloDone();
}

function loadSNI(info) {
  const owner = this[kOwner];
  if (owner.destroyed) return;
  const servername = info.servername;
  if (!servername || !owner._SNICallback) return requestOCSP(owner, info);
  let once = false;
  try {
    owner._SNICallback(servername, (err, context) => {
      if (once) return owner.destroy(new ERR_MULTIPLE_CALLBACK());
      once = true;
      if (err) return owner.destroy(err);
      if (owner._handle === null) return owner.destroy(new ERR_SOCKET_CLOSED());
      if (context) owner._handle.sni_context = context.context || context;
      requestOCSP(owner, info);
    });
  } catch (err) {
    owner.destroy(err);
  }
}

// A client asked for a stapled OCSP response: the server's 'OCSPRequest' listeners give it.
function requestOCSP(socket, info) {
  if (!info.OCSPRequest || !socket.server) return certCbDone(socket);
  let ctx = socket._handle.sni_context;
  if (!ctx) {
    ctx = socket.server._sharedCreds;
    if (!ctx) return certCbDone(socket);  // a plain net.Server's socket
  }
  if (ctx.context) ctx = ctx.context;
  if (socket.server.listenerCount('OCSPRequest') === 0) return certCbDone(socket);
  let once = false;
  const onOCSP = (err, response) => {
    if (once) return socket.destroy(new ERR_MULTIPLE_CALLBACK());
    once = true;
    if (err) return socket.destroy(err);
    if (socket._handle === null) return socket.destroy(new ERR_SOCKET_CLOSED());
    if (response) socket._handle.setOCSPResponse(response);
    certCbDone(socket);
  };
  try {
    socket.server.emit('OCSPRequest', common.toBuffer(ctx.getCertificate()), common.toBuffer(ctx.getIssuer()), onOCSP);
  } catch (err) {
    socket.destroy(err);
  }
}

function onocspresponse(resp) {
  this[kOwner].emit('OCSPResponse', resp);
}

function certCbDone(socket) {
  try {
    socket._handle.certCbDone();
  } catch (err) {
    socket.destroy(err);
  }
}

function callALPNCallback(protocolsBuffer) {
  const socket = this[kOwner];
  try {
    const servername = this.getServername();
    const protocols = [];
    for (let offset = 0; offset < protocolsBuffer.length;) {
      const len = protocolsBuffer[offset];
      protocols.push(protocolsBuffer.toString('ascii', offset + 1, offset + 1 + len));
      offset += 1 + len;
    }
    const selected = socket[kALPNCallback]({ servername, protocols });
    if (selected === undefined) return undefined;  // every offered protocol refused
    const index = protocols.indexOf(selected);
    if (index === -1) throw new ERR_TLS_ALPN_CALLBACK_INVALID_RESULT(selected, protocols);
    let offset = 0;
    for (let i = 0; i < index; i++) offset += 1 + protocols[i].length;
    return offset;
  } catch (err) {
    socket.destroy(err);
    return undefined;
  }
}

function onnewsessionClient(sessionId, session) {
  const owner = this[kOwner];
  const wrapped = wrapSessionState(session, owner[kConnectOptions]);
  if (owner[kIsVerified]) owner.emit('session', wrapped);
  else owner[kPendingSession] = wrapped;
}

function onnewsessionServer(sessionId, session) {
  const owner = this[kOwner];
  if (!owner.server) return;
  let once = false;
  const done = () => {
    if (once) return;
    once = true;
    if (owner._handle === null) return owner.destroy(new ERR_SOCKET_CLOSED());
    this.newSessionDone();
    owner._newSessionPending = false;
    if (owner._securePending) owner._finishInit();
    owner._securePending = false;
  };
  owner._newSessionPending = true;
  let emitted = false;
  try {
    emitted = owner.server.emit('newSession', sessionId, session, done);
  } catch (err) {
    owner.server.emit('error', err);
  }
  if (!emitted) done();
}

// TLS-PSK: the server looks the identity's key up; the client names its identity and key.
function onPskServerCallback(identity, maxPskLen) {
  const owner = this[kOwner];
  try {
    const ret = owner[kPskCallback](owner, identity);
    if (ret == null) return undefined;
    let psk;
    if (ArrayBuffer.isView(ret)) {
      psk = ret;
    } else {
      if (typeof ret !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('ret', ['Object', 'Buffer', 'TypedArray', 'DataView'], ret);
      }
      psk = ret.psk;
      validateBuffer(psk, 'psk');
    }
    if (psk.length > maxPskLen) {
      throw new ERR_INVALID_ARG_VALUE('psk', psk, `Pre-shared key exceeds ${maxPskLen} bytes`);
    }
    return psk;
  } catch (err) {
    owner.destroy(err);
    return undefined;
  }
}

function onPskClientCallback(hint, maxPskLen, maxIdentityLen) {
  const owner = this[kOwner];
  try {
    const ret = owner[kPskCallback](hint);
    if (ret == null) return undefined;
    validateObject(ret, 'ret');
    validateBuffer(ret.psk, 'psk');
    if (ret.psk.length > maxPskLen) {
      throw new ERR_INVALID_ARG_VALUE('psk', ret.psk, `Pre-shared key exceeds ${maxPskLen} bytes`);
    }
    validateString(ret.identity, 'identity');
    if (Buffer.byteLength(ret.identity) > maxIdentityLen) {
      throw new ERR_INVALID_ARG_VALUE('identity', ret.identity, `PSK identity exceeds ${maxIdentityLen} bytes`);
    }
    return { psk: ret.psk, identity: ret.identity };
  } catch (err) {
    owner.destroy(err);
    return undefined;
  }
}

function onkeylog(line) {
  this[kOwner].emit('keylog', line);
}

function onerror(err) {
  const owner = this[kOwner];
  if (owner._hadError) return;
  owner._hadError = true;
  if (!owner._secureEstablished) {
    // Closed only after the error was handled, so 'tlsClientError' listeners still see the socket.
    owner._closeAfterHandlingError = true;
    owner.destroy(err);
  } else if (owner._tlsOptions?.isServer && owner._rejectUnauthorized &&
             /peer did not return a certificate/.test(err.message)) {
    owner.destroy();
  } else {
    owner._emitTLSError(err);
  }
}

// Data the wrapped socket had already read goes in first; then reading starts.
function initRead(tlsSocket, socket) {
  if (!tlsSocket._handle) return;
  if (socket?.readableLength) {
    let buf;
    while ((buf = socket.read()) !== null) tlsSocket._handle.receive(buf);
  }
  tlsSocket.read(0);
}

function onSocketCloseDestroySSL() {
  setImmediate(() => this._destroySSL());
  this[kRes] = null;
}

function keylogNewListener(event) {
  if (event !== 'keylog' || !this._handle) return;
  this._handle.enableKeylogCallback();
  this.removeListener('newListener', keylogNewListener);
}

function appendToTlsKeylog(line) {
  require('fs').appendFile(tlsKeylog, line, { mode: 0o600 }, (err) => {
    if (err && warnOnTlsKeylogError) {
      warnOnTlsKeylogError = false;
      process.emitWarning(`Failed to write TLS keylog (this warning will not be repeated): ${err}`);
    }
  });
}

function sessionNewListener(event) {
  if (event !== 'session' || !this._handle) return;
  this._handle.enableSessionCallbacks();
  this.removeListener('newListener', sessionNewListener);
}

// ---- TLSSocket ----

function TLSSocket(socket, opts) {
  const tlsOptions = { ...opts };
  let enableTrace = tlsOptions.enableTrace;
  if (enableTrace == null) {
    enableTrace = traceTls;
    if (enableTrace && !tlsTracingWarned) {
      tlsTracingWarned = true;
      process.emitWarning('Enabling --trace-tls can expose sensitive data in the resulting log.');
    }
  } else {
    validateBoolean(enableTrace, 'options.enableTrace');
  }
  if (tlsOptions.ALPNProtocols) tls().convertALPNProtocols(tlsOptions.ALPNProtocols, tlsOptions);

  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this[kALPNCallback] = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this[kRes] = null;
  this[kSecureContext] = null;
  this[kIsVerified] = false;
  this[kPendingSession] = null;

  let wrap = null;
  let handle = null;
  if (socket) {
    wrap = socket;
    // A connected net.Socket lends its handle; any other stream gets a JS stream handle.
    if (socket instanceof net.Socket && socket._handle) {
      handle = socket._handle;
    } else {
      JSStreamHandle ??= require('internal/tls/js_stream_handle').JSStreamHandle;
      handle = new JSStreamHandle(socket);
    }
  }
  this.encrypted = true;

  net.Socket.call(this, {
    handle: this._wrapHandle(wrap, handle),
    allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    onread: !socket ? tlsOptions.onread : null,
    signal: tlsOptions.signal,
    noDelay: tlsOptions.noDelay,
    keepAlive: tlsOptions.keepAlive,
    keepAliveInitialDelay: tlsOptions.keepAliveInitialDelay,
  });
  this.ssl = this._handle;
  this.on('error', this._tlsError);
  this._init(socket, wrap);
  if (enableTrace && this._handle) this._handle.enableTrace();
  process.nextTick(initRead, this, socket);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

TLSSocket.prototype._wrapHandle = function(wrap, handle) {
  const options = this._tlsOptions;
  if (!handle) {
    if (options.pipe) {
      const { Pipe, constants } = internalBinding('pipe_wrap');
      handle = new Pipe(constants.SOCKET);
    } else {
      const { TCP, constants } = internalBinding('tcp_wrap');
      handle = new TCP(constants.SOCKET);
    }
    handle[kOwner] = this;
  }
  const context = options.secureContext || options.credentials || tls().createSecureContext(options);
  if (!(context?.context instanceof NativeSecureContext)) throw new ERR_TLS_INVALID_CONTEXT('context');
  const res = new TLSHandle(handle, wrap, context, !!options.isServer);
  if (JSStreamHandle !== undefined && handle instanceof JSStreamHandle) {
    handle.onerror = (err) => this._emitTLSError(err);
  }
  this[kRes] = res;
  this[kSecureContext] = context;
  if (this.listenerCount('close', onSocketCloseDestroySSL) === 0) this.on('close', onSocketCloseDestroySSL);
  if (wrap) wrap.on('close', () => this.destroy());
  return res;
};

// net's Happy Eyeballs connected through another TCP handle: wrap that one instead.
TLSSocket.prototype[kReinitializeHandle] = function reinitializeHandle(handle) {
  const servername = this.ssl ? this._handle.getServername() : null;
  const session = this.ssl ? this._handle.getSession() : null;
  handle[kOwner] = this;
  const res = this._wrapHandle(null, handle);
  net.Socket.prototype[kReinitializeHandle].call(this, res);
  this.ssl = this._handle;
  this._init();
  if (session) this.setSession(session);
  if (servername) this.setServername(servername);
};

TLSSocket.prototype._destroySSL = function _destroySSL() {
  if (this.ssl) {
    this.ssl.destroySSL();
    this.ssl = null;
  }
  const context = this[kSecureContext];
  if (context !== null && context.singleUse && context.context !== null) {
    context.context.close();
    context.context = null;
  }
  this[kSecureContext] = null;
  this[kPendingSession] = null;
  this[kIsVerified] = false;
};

TLSSocket.prototype._init = function(socket, wrap) {
  const options = this._tlsOptions;
  const ssl = this._handle;
  this.server = options.server;

  // Clients always check the server's certificate; servers ask for one only when told to.
  const requestCert = !!options.requestCert || !options.isServer;
  const rejectUnauthorized = !!options.rejectUnauthorized;
  this._requestCert = requestCert;
  this._rejectUnauthorized = rejectUnauthorized;
  if (requestCert || rejectUnauthorized) ssl.setVerifyMode(requestCert, rejectUnauthorized);

  ssl.onkeylog = onkeylog;
  if (this.listenerCount('newListener', keylogNewListener) === 0) this.on('newListener', keylogNewListener);

  if (options.isServer) {
    ssl.onhandshakestart = onhandshakestart;
    ssl.onhandshakedone = onhandshakedoneServer;
    ssl.onclienthello = loadSession;
    ssl.oncertcb = loadSNI;
    ssl.onnewsession = onnewsessionServer;
    ssl.lastHandshakeTime = 0;
    ssl.handshakes = 0;
    if (options.ALPNCallback) {
      validateFunction(options.ALPNCallback, 'options.ALPNCallback');
      this[kALPNCallback] = options.ALPNCallback;
      ssl.ALPNCallback = callALPNCallback;
      ssl.enableALPNCb();
    }
    if (this.server) {
      if (this.server.listenerCount('resumeSession') > 0 || this.server.listenerCount('newSession') > 0) {
        ssl.enableSessionCallbacks();
      }
      if (this.server.listenerCount('OCSPRequest') > 0) ssl.enableCertCb();
    }
  } else {
    ssl.onhandshakestart = () => {};
    ssl.onhandshakedone = () => this._finishInit();
    ssl.onocspresponse = onocspresponse;
    if (options.session) ssl.setSession(options.session);
    ssl.onnewsession = onnewsessionClient;
    if (this.listenerCount('newListener', sessionNewListener) === 0) this.on('newListener', sessionNewListener);
  }
  // --tls-keylog: every connection's key-log lines are appended to the file.
  if (tlsKeylog) {
    if (warnOnTlsKeylog) {
      warnOnTlsKeylog = false;
      process.emitWarning(`Using --tls-keylog makes TLS connections insecure by writing secret key material to file ${tlsKeylog}`);
    }
    this.on('keylog', appendToTlsKeylog);
  }

  ssl.onerror = onerror;

  // SNI: a custom SNICallback, or the server's addContext() list.
  if (options.isServer && options.SNICallback &&
      (options.SNICallback !== defaultSNICallback || (options.server && options.server._contexts.length))) {
    validateFunction(options.SNICallback, 'options.SNICallback');
    this._SNICallback = options.SNICallback;
    ssl.enableCertCb();
  }

  if (options.ALPNProtocols) ssl.setALPNProtocols(options.ALPNProtocols);

  if (options.pskCallback) {
    validateFunction(options.pskCallback, 'pskCallback');
    ssl.onpskexchange = options.isServer ? onPskServerCallback : onPskClientCallback;
    this[kPskCallback] = options.pskCallback;
    ssl.enablePskCallback();
    if (options.pskIdentityHint) {
      validateString(options.pskIdentityHint, 'options.pskIdentityHint');
      ssl.setPskIdentityHint(options.pskIdentityHint);
    }
  }

  const connectOptions = this[kConnectOptions];
  if (!options.isServer && connectOptions?.servername) this.setServername(connectOptions.servername);

  if (options.handshakeTimeout > 0) this.setTimeout(options.handshakeTimeout, this._handleTimeout);

  if (socket instanceof net.Socket) {
    this._parent = socket;
    this.connecting = socket.connecting || !socket._handle;
    socket.once('connect', () => {
      this.connecting = false;
      this.emit('connect');
    });
  }

  if (wrap) {
    wrap.on('error', (err) => this._emitTLSError(err));
  } else {
    this.connecting = true;  // tls.connect() connects the new handle
  }
};

TLSSocket.prototype.renegotiate = function(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (this.destroyed) return;
  let requestCert = !!this._requestCert;
  let rejectUnauthorized = !!this._rejectUnauthorized;
  if (options.requestCert !== undefined) requestCert = !!options.requestCert;
  if (options.rejectUnauthorized !== undefined) rejectUnauthorized = !!options.rejectUnauthorized;
  if (requestCert !== this._requestCert || rejectUnauthorized !== this._rejectUnauthorized) {
    this._handle.setVerifyMode(requestCert, rejectUnauthorized);
    this._requestCert = requestCert;
    this._rejectUnauthorized = rejectUnauthorized;
  }
  try {
    this._handle.renegotiate();
  } catch (err) {
    if (callback) process.nextTick(callback, err);
    return false;
  }
  if (callback) this.once('secure', () => callback(null));
  return true;
};

TLSSocket.prototype.disableRenegotiation = function disableRenegotiation() {
  this[kDisableRenegotiation] = true;
};

TLSSocket.prototype.exportKeyingMaterial = function(length, label, context) {
  validateUint32(length, 'length', true);
  validateString(label, 'label');
  if (context !== undefined) validateBuffer(context, 'context');
  if (!this._secureEstablished) throw new ERR_TLS_INVALID_STATE();
  return this._handle.exportKeyingMaterial(length, label, context);
};

TLSSocket.prototype.setMaxSendFragment = function setMaxSendFragment(size) {
  validateInt32(size, 'size');
  return this._handle.setMaxSendFragment(size) === 1;
};

TLSSocket.prototype._handleTimeout = function() {
  this._emitTLSError(new ERR_TLS_HANDSHAKE_TIMEOUT());
};

TLSSocket.prototype._emitTLSError = function(err) {
  const e = this._tlsError(err);
  if (e) this.emit('error', e);
};

TLSSocket.prototype._tlsError = function(err) {
  this.emit('_tlsError', err);
  return this._controlReleased ? err : null;
};

TLSSocket.prototype._releaseControl = function() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  this.removeListener('error', this._tlsError);
  return true;
};

TLSSocket.prototype._finishInit = function() {
  if (!this._handle) return;  // destroyed while the last handshake flight was processed
  this.alpnProtocol = this._handle.getALPNNegotiatedProtocol();
  if (this.servername === null) this.servername = this._handle.getServername();
  this._secureEstablished = true;
  if (this._tlsOptions.handshakeTimeout > 0) this.setTimeout(0, this._handleTimeout);
  this.emit('secure');
};

TLSSocket.prototype._start = function() {
  if (this.connecting) {
    this.once('connect', this._start);
    return;
  }
  if (!this._handle) return;  // destroyed before connecting
  if (this._tlsOptions.requestOCSP) this._handle.requestOCSP();
  this._handle.start();
};

TLSSocket.prototype.setServername = function(name) {
  validateString(name, 'name');
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  this._handle.setServername(name);
};

TLSSocket.prototype.setSession = function(session) {
  session = getSessionForReuse(session, this[kConnectOptions] || this._tlsOptions);
  if (session !== undefined) this._handle.setSession(session);
};

TLSSocket.prototype.getSession = function() {
  if (!this._handle) return null;
  return wrapSessionState(this._handle.getSession(), this[kConnectOptions] || this._tlsOptions);
};

TLSSocket.prototype.getPeerCertificate = function(detailed) {
  if (this._handle) return common.translatePeerCertificate(this._handle.getPeerCertificate(detailed)) || {};
  return null;
};

TLSSocket.prototype.getCertificate = function() {
  if (this._handle) return common.translatePeerCertificate(this._handle.getCertificate()) || {};
  return null;
};

TLSSocket.prototype.setKeyCert = function(context) {
  if (!this._handle) return;
  const secureContext = context instanceof common.SecureContext ? context : tls().createSecureContext(context);
  this._handle.setKeyCert(secureContext.context);
};

for (const method of ['getCipher', 'getSharedSigalgs', 'getEphemeralKeyInfo', 'getFinished',
  'getPeerFinished', 'getProtocol', 'getTLSTicket', 'isSessionReused', 'enableTrace']) {
  TLSSocket.prototype[method] = function(...args) {
    return this._handle ? this._handle[method](...args) : null;
  };
}

// The default SNICallback: the last addContext() entry whose pattern matches.
function defaultSNICallback(servername, callback) {
  const contexts = this.server._contexts;
  for (let i = contexts.length - 1; i >= 0; --i) {
    if (contexts[i][0].test(servername)) {
      callback(null, contexts[i][1]);
      return;
    }
  }
  callback(null, undefined);
}

module.exports = {
  TLSSocket, defaultSNICallback, getSessionForReuse, sessionServerIdentity,
  kConnectOptions, kErrorEmitted, kIsVerified, kPendingSession,
};

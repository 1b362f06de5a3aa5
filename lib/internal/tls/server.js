'use strict';
// tls.Server: a net.Server whose connections become server-side TLSSockets. 'secureConnection'
// after the handshake (with the client's certificate checked when requestCert is set),
// 'tlsClientError' for connections that fail before it, SNI contexts (addContext, SNICallback),
// ALPN, session ticket keys and the session-cache events.

const net = require('net');
const EventEmitter = require('events');
const {
  connResetException,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS, ERR_TLS_REQUIRED_SERVER_NAME,
  },
} = require('internal/errors');
const {
  validateBuffer, validateFunction, validateNumber, validateObject, validateString,
} = require('internal/validators');
const common = require('internal/tls/common');
const { TLSSocket, defaultSNICallback, kErrorEmitted } = require('internal/tls/wrap');
const { digestHex } = internalBinding('tls_wrap');

const kHandshakeTimeout = Symbol('handshake-timeout');
const kSNICallback = Symbol('snicallback');
const kEnableTrace = Symbol('enableTrace');
const kPskCallback = Symbol('pskcallback');
const kPskIdentityHint = Symbol('pskidentityhint');

let tlsModule;
function tls() { tlsModule ??= require('tls'); return tlsModule; }

function onServerSocketSecure() {
  if (this._requestCert) {
    const verifyError = this._handle.verifyError();
    if (verifyError) {
      this.authorizationError = verifyError.code;
      if (this._rejectUnauthorized) this.destroy();
    } else if (!this._handle.hasPeerCertificate()) {
      // A resumed TLS 1.3 session verifies as OK without a certificate: not authorized.
      this.authorizationError = 'UNABLE_TO_GET_ISSUER_CERT';
      if (this._rejectUnauthorized) this.destroy();
    } else {
      this.authorized = true;
    }
  }
  if (!this.destroyed && this._releaseControl()) {
    this.secureConnecting = false;
    this._tlsOptions.server.emit('secureConnection', this);
  }
}

function onSocketTLSError(err) {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    this._tlsOptions.server.emit('tlsClientError', err, this);
  }
}

function onSocketKeylog(line) {
  this._tlsOptions.server.emit('keylog', line, this);
}

function onSocketClose(err) {
  if (err) return;  // the error was reported already
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    this._tlsOptions.server.emit('tlsClientError', connResetException('socket hang up'), this);
  }
}

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    handshakeTimeout: this[kHandshakeTimeout],
    ALPNProtocols: this.ALPNProtocols,
    ALPNCallback: this.ALPNCallback,
    SNICallback: this[kSNICallback] || defaultSNICallback,
    enableTrace: this[kEnableTrace],
    pauseOnConnect: this.pauseOnConnect,
    pskCallback: this[kPskCallback],
    pskIdentityHint: this[kPskIdentityHint],
  });
  socket.on('secure', onServerSocketSecure);
  if (this.listenerCount('keylog') > 0) socket.on('keylog', onSocketKeylog);
  socket[kErrorEmitted] = false;
  socket.on('close', onSocketClose);
  socket.on('_tlsError', onSocketTLSError);
  socket.on('error', onSocketTLSError);
}

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options ??= {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  this.ALPNCallback = options.ALPNCallback;
  if (this.ALPNCallback && options.ALPNProtocols) throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
  if (options.sessionTimeout) this.sessionTimeout = options.sessionTimeout;
  if (options.ticketKeys) this.ticketKeys = options.ticketKeys;
  if (options.ALPNProtocols) tls().convertALPNProtocols(options.ALPNProtocols, this);
  this.setSecureContext(options);
  this[kHandshakeTimeout] = options.handshakeTimeout || (120 * 1000);
  this[kSNICallback] = options.SNICallback;
  validateNumber(this[kHandshakeTimeout], 'options.handshakeTimeout');
  if (this[kSNICallback]) validateFunction(this[kSNICallback], 'options.SNICallback');
  this[kPskCallback] = options.pskCallback;
  this[kPskIdentityHint] = options.pskIdentityHint;
  if (this[kPskCallback]) validateFunction(this[kPskCallback], 'options.pskCallback');
  if (this[kPskIdentityHint]) validateString(this[kPskIdentityHint], 'options.pskIdentityHint');
  net.Server.call(this, options, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
  this[kEnableTrace] = options.enableTrace;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

const kContextOptions = ['pfx', 'key', 'passphrase', 'cert', 'clientCertEngine', 'ca', 'minVersion',
  'maxVersion', 'secureProtocol', 'crl', 'ciphers', 'dhparam'];

Server.prototype.setSecureContext = function(options) {
  validateObject(options, 'options');
  for (const name of kContextOptions) this[name] = options[name] ? options[name] : undefined;
  this.sigalgs = options.sigalgs;
  this.ecdhCurve = options.ecdhCurve;
  this.honorCipherOrder = options.honorCipherOrder !== undefined ? !!options.honorCipherOrder : true;
  this.secureOptions = options.secureOptions || undefined;
  // Node's default: the SHA-1 of the command line, so each program has its own sessions.
  this.sessionIdContext = options.sessionIdContext ||
    digestHex('sha1', process.argv.join(' ')).slice(0, 32);
  if (options.sessionTimeout) this.sessionTimeout = options.sessionTimeout;
  if (options.ticketKeys) this.ticketKeys = options.ticketKeys;
  this.privateKeyIdentifier = options.privateKeyIdentifier;
  this.privateKeyEngine = options.privateKeyEngine;
  this.certificateCompression = options.certificateCompression;
  this._sharedCreds = tls().createSecureContext({
    pfx: this.pfx, key: this.key, passphrase: this.passphrase, cert: this.cert,
    clientCertEngine: this.clientCertEngine, ca: this.ca, ciphers: this.ciphers, sigalgs: this.sigalgs,
    ecdhCurve: this.ecdhCurve, dhparam: this.dhparam, minVersion: this.minVersion,
    maxVersion: this.maxVersion, secureProtocol: this.secureProtocol, secureOptions: this.secureOptions,
    honorCipherOrder: this.honorCipherOrder, crl: this.crl, sessionIdContext: this.sessionIdContext,
    ticketKeys: this.ticketKeys, sessionTimeout: this.sessionTimeout,
    privateKeyIdentifier: this.privateKeyIdentifier, privateKeyEngine: this.privateKeyEngine,
    certificateCompression: this.certificateCompression,
  });
};

Server.prototype._getServerData = function() {
  return { ticketKeys: this.getTicketKeys().toString('hex') };
};

Server.prototype._setServerData = function(data) {
  this.setTicketKeys(Buffer.from(data.ticketKeys, 'hex'));
};

Server.prototype.getTicketKeys = function getTicketKeys() {
  return common.toBuffer(this._sharedCreds.context.getTicketKeys());
};

Server.prototype.setTicketKeys = function setTicketKeys(keys) {
  validateBuffer(keys);
  if (keys.byteLength !== 48) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)(
      'keys', keys.byteLength, 'must be exactly 48 bytes');
  }
  this._sharedCreds.context.setTicketKeys(keys);
};

// SNI: a context for the names matching `servername` ('*' matches one label).
Server.prototype.addContext = function(servername, context) {
  if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
  const pattern = servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replaceAll('*', '[^.]*');
  const re = new RegExp(`^${pattern}$`, 'i');
  const secureContext = context instanceof common.SecureContext ? context : tls().createSecureContext(context);
  this._contexts.push([re, secureContext.context]);
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'secureConnection') {
    sock.destroy(err);
    return;
  }
  net.Server.prototype[EventEmitter.captureRejectionSymbol].call(this, err, event, sock);
};

function createServer(options, listener) {
  return new Server(options, listener);
}

module.exports = { Server, createServer };

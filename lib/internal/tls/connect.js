'use strict';
// tls.connect(): a client TLSSocket over a new TCP/Pipe connection or a given socket; the
// server's certificate is checked when the handshake ends (chain, then checkServerIdentity),
// before 'secureConnect'.

const net = require('net');
const { connResetException, codes: { ERR_TLS_DH_PARAM_SIZE } } = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');
const {
  TLSSocket, getSessionForReuse, sessionServerIdentity, kConnectOptions, kIsVerified, kPendingSession,
} = require('internal/tls/wrap');

let ipServernameWarned = false;
let warnOnAllowUnauthorized = true;

function getAllowUnauthorized() {
  const allow = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allow && warnOnAllowUnauthorized) {
    warnOnAllowUnauthorized = false;
    process.emitWarning("Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' " +
                        'makes TLS connections and HTTPS requests insecure by disabling ' +
                        'certificate verification.');
  }
  return allow;
}

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  // (port, host, options) or (port, options): the TLS options join the normalized ones.
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') Object.assign(options, listArgs[1]);
  else Object.assign(options, listArgs[2]);
  return cb ? [options, cb] : [options];
}

function onConnectSecure() {
  const options = this[kConnectOptions];
  const keyInfo = this.getEphemeralKeyInfo();
  if (keyInfo && keyInfo.type === 'DH' && keyInfo.size < options.minDHSize) {
    const err = new ERR_TLS_DH_PARAM_SIZE(keyInfo.size);
    this.emit('error', err);
    this.destroy();
    return;
  }
  let verifyError = this._handle.verifyError();
  // The name is checked unless the server resumed a session made for it.
  if (!verifyError && !this.isSessionReused()) {
    const cert = this.getPeerCertificate(true);
    verifyError = options.checkServerIdentity(sessionServerIdentity(options), cert);
  }
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    if (options.rejectUnauthorized !== false) {
      this.destroy(verifyError);
      return;
    }
  } else {
    this.authorized = true;
  }
  this.secureConnecting = false;
  this.emit('secureConnect');
  this[kIsVerified] = true;
  const session = this[kPendingSession];
  this[kPendingSession] = null;
  if (session) this.emit('session', session);
  this.removeListener('end', onConnectEnd);
}

function onConnectEnd() {
  if (!this._hadError) {
    const options = this[kConnectOptions];
    this._hadError = true;
    const error = connResetException('Client network socket disconnected before secure TLS connection was established');
    error.path = options.path;
    error.host = options.host;
    error.port = options.port;
    error.localAddress = options.localAddress;
    this.destroy(error);
  }
}

// connect([port][, host][, options][, cb])
function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const tls = require('tls');
  const allowUnauthorized = getAllowUnauthorized();
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: tls.DEFAULT_CIPHERS,
    checkServerIdentity: tls.checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);

  const context = options.secureContext || tls.createSecureContext(options);
  options.session = getSessionForReuse(options.session, options);

  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: !!options.path,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    requestOCSP: options.requestOCSP,
    enableTrace: options.enableTrace,
    pskCallback: options.pskCallback,
    highWaterMark: options.highWaterMark,
    onread: options.onread,
    signal: options.signal,
    noDelay: options.noDelay,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
  });
  options.rejectUnauthorized = options.rejectUnauthorized !== false;
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);

  if (!options.socket) {
    // A socket we made ourselves is ours to connect.
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect(options, tlssock._start);
  }
  tlssock._releaseControl();
  if (options.session) tlssock.setSession(options.session);
  if (options.servername) {
    if (!ipServernameWarned && net.isIP(options.servername)) {
      process.emitWarning('Setting the TLS ServerName to an IP address is not permitted by ' +
                          'RFC 6066. This will be ignored in a future version.',
                          'DeprecationWarning', 'DEP0123');
      ipServernameWarned = true;
    }
    tlssock.setServername(options.servername);
  }
  if (options.socket) tlssock._start();
  tlssock.on('secure', onConnectSecure);
  tlssock.prependListener('end', onConnectEnd);
  return tlssock;
}

module.exports = { connect, getAllowUnauthorized };

'use strict';
// tls.SecureContext (a JS object holding the native SecureContext as `.context`, as Node's),
// tls.createSecureContext and the certificate objects of getPeerCertificate().

const {
  codes: { ERR_TLS_INVALID_PROTOCOL_VERSION, ERR_TLS_PROTOCOL_VERSION_CONFLICT },
} = require('internal/errors');
const { validateInteger } = require('internal/validators');
const { FastBuffer } = require('internal/buffer');
const { configSecureContext } = require('internal/tls/secure_context');
const {
  SecureContext: NativeSecureContext,
  constants: { TLS1_VERSION, TLS1_1_VERSION, TLS1_2_VERSION, TLS1_3_VERSION, SSL_OP_CIPHER_SERVER_PREFERENCE },
} = internalBinding('tls_wrap');

function toVersion(which, v, def) {
  v ??= def;
  if (v === 'TLSv1') return TLS1_VERSION;
  if (v === 'TLSv1.1') return TLS1_1_VERSION;
  if (v === 'TLSv1.2') return TLS1_2_VERSION;
  if (v === 'TLSv1.3') return TLS1_3_VERSION;
  throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which);
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) {
    return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  }
  if (secureProtocol) {
    if (minVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    if (maxVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
  }
  const tls = require('tls');
  this.context = new NativeSecureContext();
  this.context.init(secureProtocol,
                    toVersion('minimum', minVersion, tls.DEFAULT_MIN_VERSION),
                    toVersion('maximum', maxVersion, tls.DEFAULT_MAX_VERSION));
  if (secureOptions) {
    validateInteger(secureOptions, 'secureOptions');
    this.context.setOptions(secureOptions);
  }
}

function createSecureContext(options) {
  options ||= {};
  const { honorCipherOrder, minVersion, maxVersion, secureProtocol, singleUse } = options;
  let { secureOptions } = options;
  if (honorCipherOrder) secureOptions |= SSL_OP_CIPHER_SERVER_PREFERENCE;
  const c = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  configSecureContext(c.context, options);
  // A context made for one connection is freed with it (TLSSocket closes it).
  if (singleUse) c.singleUse = true;
  return c;
}

function toBuffer(u8) {
  return u8 instanceof Uint8Array ? new FastBuffer(u8.buffer, u8.byteOffset, u8.byteLength) : u8;
}

// The binding's certificate object made into Node's: Buffers for raw/pubkey, infoAccess parsed
// into { 'OCSP - URI': [...] , ... }, through the whole issuer chain.
function translatePeerCertificate(c) {
  if (!c) return null;
  if (c.raw instanceof Uint8Array && !Buffer.isBuffer(c.raw)) c.raw = toBuffer(c.raw);
  if (c.pubkey instanceof Uint8Array && !Buffer.isBuffer(c.pubkey)) c.pubkey = toBuffer(c.pubkey);
  if (c.issuerCertificate != null && c.issuerCertificate !== c) {
    c.issuerCertificate = translatePeerCertificate(c.issuerCertificate);
  }
  if (c.infoAccess != null && typeof c.infoAccess === 'string') {
    const info = c.infoAccess;
    c.infoAccess = { __proto__: null };
    info.replace(/([^\n:]*):([^\n]*)(?:\n|$)/g, (all, key, val) => {
      if (val.charCodeAt(0) === 0x22) val = JSON.parse(val);  // a JSON-quoted name
      if (key in c.infoAccess) c.infoAccess[key].push(val);
      else c.infoAccess[key] = [val];
    });
  }
  return c;
}

module.exports = { SecureContext, createSecureContext, translatePeerCertificate, toBuffer };

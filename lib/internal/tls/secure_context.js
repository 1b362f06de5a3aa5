'use strict';
// tls.createSecureContext's options applied to a native SecureContext
// (internalBinding('tls_wrap').SecureContext, src/modules/tls_context.cc), in Node's order and
// with Node's validation: ciphers first (an @SECLEVEL in them changes what later steps accept),
// trust (ca, or the default store), certificates before keys, then the rest.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED },
} = require('internal/errors');
const {
  validateArray, validateBuffer, validateInt32, validateObject, validateString,
} = require('internal/validators');
const { constants: { TLS1_2_VERSION, TLS1_3_VERSION } } = internalBinding('tls_wrap');

function defaultCiphers() { return require('tls').DEFAULT_CIPHERS; }
function defaultEcdhCurve() { return require('tls').DEFAULT_ECDH_CURVE || 'auto'; }

function checkKeyOrCert(name, value) {
  if (typeof value !== 'string' && !ArrayBuffer.isView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function toBuffer(value) {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  return value;
}

// OpenSSL keeps TLS 1.3 suites ("TLS_…") apart from the older cipher list.
function splitCiphers(ciphers, name) {
  const all = String(ciphers || defaultCiphers()).split(':');
  const isSuite = (c) => c.startsWith('TLS_') || c.startsWith('!TLS_');
  const cipherList = all.filter((c) => c.length > 0 && !isSuite(c)).join(':');
  const cipherSuites = all.filter((c) => c.length > 0 && isSuite(c)).join(':');
  if (cipherList === '' && cipherSuites === '') throw new ERR_INVALID_ARG_VALUE(name, all);
  return { cipherList, cipherSuites };
}

function setKeys(context, key, passphrase, name) {
  const keys = Array.isArray(key) ? key : [key];
  for (const item of keys) {
    const pem = item?.pem !== undefined ? item.pem : item;
    const pass = item?.passphrase !== undefined ? item.passphrase : passphrase;
    checkKeyOrCert(`${name}.key`, pem);
    if (pass !== undefined && pass !== null) validateString(pass, `${name}.passphrase`);
    context.setKey(pem, pass);
  }
}

function configSecureContext(context, options = {}, name = 'options') {
  validateObject(options, name);
  const {
    allowPartialTrustChain, ca, cert, certificateCompression, ciphers = defaultCiphers(),
    clientCertEngine, crl, dhparam, ecdhCurve = defaultEcdhCurve(), key, passphrase, pfx,
    privateKeyIdentifier, privateKeyEngine, sessionIdContext, sessionTimeout, sigalgs, ticketKeys,
  } = options;

  if (ciphers !== undefined && ciphers !== null) validateString(ciphers, `${name}.ciphers`);
  const { cipherList, cipherSuites } = splitCiphers(ciphers, `${name}.ciphers`);
  if (cipherSuites !== '') context.setCipherSuites(cipherSuites);
  context.setCiphers(cipherList);
  if (cipherList === '' && context.getMinProto() < TLS1_3_VERSION && context.getMaxProto() > TLS1_2_VERSION) {
    context.setMinProto(TLS1_3_VERSION);
  }

  // ca, cert and key may be falsy (then unused), as in Node.
  if (ca) {
    for (const c of Array.isArray(ca) ? ca : [ca]) {
      checkKeyOrCert(`${name}.ca`, c);
      context.addCACert(c);
    }
  } else {
    context.addRootCerts();
  }
  if (allowPartialTrustChain) context.setAllowPartialTrustChain();

  if (cert) {
    for (const c of Array.isArray(cert) ? cert : [cert]) {
      checkKeyOrCert(`${name}.cert`, c);
      context.setCert(c);
    }
  }
  if (key) setKeys(context, key, passphrase, name);

  if (certificateCompression != null) {
    validateArray(certificateCompression, `${name}.certificateCompression`);
    for (let i = 0; i < certificateCompression.length; i++) {
      const algo = certificateCompression[i];
      if (algo !== 'zlib' && algo !== 'brotli' && algo !== 'zstd') {
        throw new ERR_INVALID_ARG_VALUE(`${name}.certificateCompression[${i}]`, algo,
                                        "must be 'zlib', 'brotli', or 'zstd'");
      }
    }
    if (certificateCompression.length > 3) {
      throw new ERR_INVALID_ARG_VALUE(`${name}.certificateCompression`, certificateCompression,
                                      'can specify at most 3 algorithms');
    }
    // OpenSSL 3.0 has no certificate compression (RFC 8879 arrived in 3.2): certificates are
    // sent uncompressed, which every peer accepts.
  }

  if (sigalgs !== undefined && sigalgs !== null) {
    validateString(sigalgs, `${name}.sigalgs`);
    if (sigalgs === '') throw new ERR_INVALID_ARG_VALUE(`${name}.sigalgs`, sigalgs);
    context.setSigalgs(sigalgs);
  }

  if (privateKeyIdentifier !== undefined && privateKeyIdentifier !== null) {
    if (privateKeyEngine === undefined || privateKeyEngine === null) {
      throw new ERR_INVALID_ARG_VALUE(`${name}.privateKeyEngine`, privateKeyEngine);
    }
    if (key) throw new ERR_INVALID_ARG_VALUE(`${name}.privateKeyIdentifier`, privateKeyIdentifier);
    if (typeof privateKeyIdentifier !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(`${name}.privateKeyIdentifier`, ['string', 'null', 'undefined'],
                                     privateKeyIdentifier);
    }
    if (typeof privateKeyEngine !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(`${name}.privateKeyEngine`, ['string', 'null', 'undefined'],
                                     privateKeyEngine);
    }
    // OpenSSL engines are not supported by this build (they are deprecated in OpenSSL 3).
    throw new ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED();
  }

  validateString(ecdhCurve, `${name}.ecdhCurve`);
  context.setECDHCurve(ecdhCurve);

  if (dhparam !== undefined && dhparam !== null) {
    checkKeyOrCert(`${name}.dhparam`, dhparam);
    const warning = context.setDHParam(dhparam === 'auto' || dhparam);
    if (warning) process.emitWarning(warning, 'SecurityWarning');
  }

  if (crl !== undefined && crl !== null) {
    for (const c of Array.isArray(crl) ? crl : [crl]) {
      checkKeyOrCert(`${name}.crl`, c);
      context.addCRL(c);
    }
  }

  if (sessionIdContext !== undefined && sessionIdContext !== null) {
    validateString(sessionIdContext, `${name}.sessionIdContext`);
    context.setSessionIdContext(sessionIdContext);
  }

  if (pfx !== undefined && pfx !== null) {
    for (const item of Array.isArray(pfx) ? pfx : [pfx]) {
      const raw = Array.isArray(pfx) ? (item.buf || item) : item;
      const pass = Array.isArray(pfx) ? (item.passphrase || passphrase) : passphrase;
      if (pass !== undefined && pass !== null && (Array.isArray(pfx) || pass)) {
        context.loadPKCS12(toBuffer(raw), toBuffer(pass));
      } else {
        context.loadPKCS12(toBuffer(raw));
      }
    }
  }

  if (typeof clientCertEngine === 'string') {
    throw new ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED();
  } else if (clientCertEngine !== undefined && clientCertEngine !== null) {
    throw new ERR_INVALID_ARG_TYPE(`${name}.clientCertEngine`, ['string', 'null', 'undefined'],
                                   clientCertEngine);
  }

  if (ticketKeys !== undefined && ticketKeys !== null) {
    validateBuffer(ticketKeys, `${name}.ticketKeys`);
    if (ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE(`${name}.ticketKeys`, ticketKeys.byteLength, 'must be exactly 48 bytes');
    }
    context.setTicketKeys(ticketKeys);
  }

  if (sessionTimeout !== undefined && sessionTimeout !== null) {
    validateInt32(sessionTimeout, `${name}.sessionTimeout`, 0);
    context.setSessionTimeout(sessionTimeout);
  }
}

module.exports = { configSecureContext };

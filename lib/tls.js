'use strict';
// node:tls over OpenSSL 3 (internalBinding('tls_wrap'), docs/BINDINGS.md). TLSSocket, Server and
// connect live in lib/internal/tls/*; this file holds the module's constants, certificate
// stores, ALPN list encoding and Node's checkServerIdentity.
//
// Trust: the default CA store is the system's (OpenSSL's hashed directory, /etc/ssl/certs on
// Debian, plus SSL_CERT_FILE/SSL_CERT_DIR and NODE_EXTRA_CA_CERTS), where Node uses the Mozilla
// roots it bundles. tls.rootCertificates lists the system bundle (ca-certificates.crt).

const net = require('net');
const {
  codes: {
    ERR_TLS_CERT_ALTNAME_FORMAT, ERR_TLS_CERT_ALTNAME_INVALID, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { validateArray, validateString } = require('internal/validators');
const binding = internalBinding('tls_wrap');
const tlsCommon = require('internal/tls/common');
const { TLSSocket } = require('internal/tls/wrap');
const { Server, createServer } = require('internal/tls/server');
const { connect } = require('internal/tls/connect');

exports.CLIENT_RENEG_LIMIT = 3;
exports.CLIENT_RENEG_WINDOW = 600;

// Node 24's defaults, or what --tls-cipher-list, --tls-min-v1.x and --tls-max-v1.x set.
const cliOptions = internalBinding('options');
exports.DEFAULT_CIPHERS = cliOptions.tlsCipherList || [
  'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-SHA256',
  'DHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384', 'DHE-RSA-AES256-SHA384',
  'ECDHE-RSA-AES256-SHA256', 'DHE-RSA-AES256-SHA256', 'HIGH', '!aNULL', '!eNULL', '!EXPORT',
  '!DES', '!RC4', '!MD5', '!PSK', '!SRP', '!CAMELLIA',
].join(':');
exports.DEFAULT_ECDH_CURVE = 'auto';
exports.DEFAULT_MIN_VERSION = cliOptions.tlsMinVersion || 'TLSv1.2';
exports.DEFAULT_MAX_VERSION = cliOptions.tlsMaxVersion || 'TLSv1.3';

// RFC 8879 certificate compression needs OpenSSL 3.2; the linked 3.0 has none to offer.
exports.getCertificateCompressionAlgorithms = function getCertificateCompressionAlgorithms() {
  return [];
};

let ciphers;
exports.getCiphers = function getCiphers() {
  if (ciphers === undefined) {
    ciphers = [...new Set(binding.getSSLCiphers().map((c) => c.toLowerCase()))].sort();
  }
  return ciphers;
};

// ---- certificate stores ----

let bundled;
let extra;
let defaults;

function bundledCertificates() {
  bundled ??= Object.freeze(binding.getRootCertificates());
  return bundled;
}

function extraCertificates() {
  extra ??= Object.freeze(binding.getExtraCACertificates());
  return extra;
}

Object.defineProperty(exports, 'rootCertificates', {
  __proto__: null, configurable: false, enumerable: true, get: bundledCertificates,
});

function defaultCertificates() {
  if (defaults) return defaults;
  defaults = [...bundledCertificates()];
  if (process.env.NODE_EXTRA_CA_CERTS) defaults.push(...extraCertificates());
  return Object.freeze(defaults);
}

exports.getCACertificates = function getCACertificates(type = 'default') {
  validateString(type, 'type');
  switch (type) {
    case 'default': return defaultCertificates();
    case 'bundled': return bundledCertificates();
    case 'system': return bundledCertificates();  // this runtime's bundle is the system's
    case 'extra': return extraCertificates();
    default: throw new ERR_INVALID_ARG_VALUE('type', type);
  }
};

exports.setDefaultCACertificates = function setDefaultCACertificates(certs) {
  validateArray(certs, 'certs');
  for (let i = 0; i < certs.length; i++) {
    if (typeof certs[i] !== 'string' && !ArrayBuffer.isView(certs[i])) {
      throw new ERR_INVALID_ARG_TYPE(`certs[${i}]`, ['string', 'ArrayBufferView'], certs[i]);
    }
  }
  defaults = Object.freeze(binding.setDefaultCACertificates(certs));
};

// ---- ALPN ----

// ['h2', 'http/1.1'] → <2>h2<8>http/1.1
function convertProtocols(protocols) {
  const lens = new Array(protocols.length);
  const size = protocols.reduce((total, p, i) => {
    const len = Buffer.byteLength(p);
    if (len === 0) throw new ERR_INVALID_ARG_VALUE(`protocols[${i}]`, p, 'must be a non-empty string');
    if (len > 255) {
      throw new ERR_OUT_OF_RANGE(`The byte length of the protocol at index ${i} exceeds the maximum length.`,
                                 '<= 255', len, true);
    }
    lens[i] = len;
    return total + 1 + len;
  }, 0);
  const buf = Buffer.allocUnsafe(size);
  let offset = 0;
  for (let i = 0; i < protocols.length; i++) {
    buf[offset++] = lens[i];
    buf.write(protocols[i], offset);
    offset += lens[i];
  }
  return buf;
}

function validateALPNBuffer(buffer) {
  for (let offset = 0; offset < buffer.length;) {
    const len = buffer[offset];
    if (len === 0) throw new ERR_INVALID_ARG_VALUE('ALPNProtocols', buffer, 'must not contain zero-length protocol');
    if (offset + 1 + len > buffer.length) {
      throw new ERR_INVALID_ARG_VALUE('ALPNProtocols', buffer, 'contains truncated protocol');
    }
    offset += 1 + len;
  }
}

exports.convertALPNProtocols = function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    out.ALPNProtocols = convertProtocols(protocols);
  } else if (protocols instanceof Uint8Array) {
    const buf = Buffer.from(protocols);  // a copy the caller cannot change
    validateALPNBuffer(buf);
    out.ALPNProtocols = buf;
  } else if (ArrayBuffer.isView(protocols)) {
    const buf = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
    validateALPNBuffer(buf);
    out.ALPNProtocols = buf;
  }
};

// ---- checkServerIdentity (RFC 6125, as Node applies it) ----

function unfqdn(host) { return host.replace(/[.]$/, ''); }

// Lower-cases A-Z only (String#toLowerCase is locale-sensitive).
function splitHost(host) {
  return unfqdn(host).replace(/[A-Z]/g, (c) => String.fromCharCode(32 + c.charCodeAt(0))).split('.');
}

function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  // No IDNA U-labels, control characters or blanks in names.
  if (patternParts.some((s) => /[^\u0021-\u007F]/u.test(s))) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const pieces = patternSubdomain.split('*', 3);
  // No wildcard, or an A-label (wildcards never apply to punycode).
  if (pieces.length === 1 || patternSubdomain.includes('xn--')) return hostSubdomain === patternSubdomain;
  if (!wildcards) return false;
  if (pieces.length > 2) return false;          // at most one '*'
  if (patternParts.length <= 2) return false;   // no '*.tld'
  const [prefix, suffix] = pieces;
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  return hostSubdomain.startsWith(prefix) && hostSubdomain.endsWith(suffix);
}

// A JSON string literal, exactly (ECMA-404): how quoted alt names are written.
// eslint-disable-next-line no-control-regex
const jsonStringPattern = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/;

function splitEscapedAltNames(altNames) {
  const result = [];
  let current = '';
  let offset = 0;
  while (offset !== altNames.length) {
    const nextSep = altNames.indexOf(',', offset);
    const nextQuote = altNames.indexOf('"', offset);
    if (nextQuote !== -1 && (nextSep === -1 || nextQuote < nextSep)) {
      current += altNames.substring(offset, nextQuote);
      const match = jsonStringPattern.exec(altNames.substring(nextQuote));
      if (!match) throw new ERR_TLS_CERT_ALTNAME_FORMAT();
      current += JSON.parse(match[0]);
      offset = nextQuote + match[0].length;
    } else if (nextSep !== -1) {
      current += altNames.substring(offset, nextSep);
      result.push(current);
      current = '';
      offset = nextSep + 2;
    } else {
      current += altNames.substring(offset);
      offset = altNames.length;
    }
  }
  result.push(current);
  return result;
}

exports.checkServerIdentity = function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  const { domainToASCII } = require('internal/url');
  const { canonicalizeIP } = binding;

  hostname = '' + hostname;
  const hostnameASCII = domainToASCII(hostname);
  hostname = unfqdn(hostname);
  const hostnameASCIIWithoutFQDN = unfqdn(hostnameASCII);
  const hostnameIsIP = net.isIP(hostname);
  const hostnameASCIIIsIP = net.isIP(hostnameASCIIWithoutFQDN);

  if (altNames) {
    const names = altNames.includes('"') ? splitEscapedAltNames(altNames) : altNames.split(', ');
    for (const name of names) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }

  // A spelling of an address that only IDNA turns into one is refused outright.
  if (!hostnameIsIP && hostnameASCIIIsIP) {
    return new ERR_TLS_CERT_ALTNAME_INVALID('Host is a non-canonical IP address', hostname, cert);
  }

  let valid = false;
  let reason = 'Unknown reason';
  if (hostnameIsIP) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ` + ips.join(', ');
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostnameASCIIWithoutFQDN);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      // The Common Name counts only when the certificate names no DNS or IP identities.
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
};

exports.createSecureContext = tlsCommon.createSecureContext;
exports.SecureContext = tlsCommon.SecureContext;
exports.TLSSocket = TLSSocket;
exports.Server = Server;
exports.createServer = createServer;
exports.connect = connect;

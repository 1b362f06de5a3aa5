'use strict';
// Node's legacy URL API: url.parse(), url.format(), url.resolve(), url.resolveObject() and the
// Url class. Not the URL Standard: this keeps Node's historical (RFC 2396-ish) behaviour,
// including its quirks, and the deprecations Node 24 emits (DEP0169, DEP0170).
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');

let querystring;
function qs() { return querystring ||= require('querystring'); }

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const PROTOCOL_RE = /^[a-z0-9.+-]+:/i;
const PORT_RE = /:[0-9]*$/;
const HOST_WITH_AUTH_RE = /^\/\/[^@/]+@[^@/]+/;
const SIMPLE_PATH_RE = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const HOSTNAME_MAX = 255;
const FORBIDDEN_HOST = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const FORBIDDEN_HOST_IPV6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Protocols that never have a host, and those that always get "//".
const HOSTLESS = new Set(['javascript', 'javascript:']);
const SLASHED = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const UNSAFE = HOSTLESS;

// Characters url.parse always escapes in the part after the host.
const AUTO_ESCAPE = {
  __proto__: null, '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', '\'': '%27',
  '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const AUTO_ESCAPE_RE = /[\t\n\r "'<>\\^`{|}]/g;

// Characters that end the host (or may never be in one) while scanning after "//".
function isNonHostChar(c) {
  switch (c) {
    case 0x20: case 0x22: case 0x25: case 0x27: case 0x3b: case 0x3c: case 0x3e: case 0x5c:
    case 0x5e: case 0x60: case 0x7b: case 0x7c: case 0x7d:
      return true;
    default:
      return false;
  }
}

// Whether the caller (the first frame outside node: internals) lives in node_modules.
function calledFromNodeModules() {
  const stack = new Error().stack || '';
  for (const line of stack.split('\n').slice(1)) {
    const m = /\((.*):\d+:\d+\)$/.exec(line) || /at (.*):\d+:\d+$/.exec(line);
    if (!m) continue;
    const file = m[1];
    if (file.startsWith('node:')) continue;
    return /[\\/]node_modules[\\/]/.test(file);
  }
  return false;
}

let warnedParse = false;
function warnParse() {
  if (warnedParse || calledFromNodeModules()) return;
  warnedParse = true;
  process.emitWarning(
    '`url.parse()` behavior is not standardized and prone to errors that have security ' +
    'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` ' +
    'vulnerabilities.', 'DeprecationWarning', 'DEP0169');
}

let idnaToASCII;
// The legacy parser's IDNA step: lenient (tabs and newlines vanish, failure gives '').
function legacyToASCII(hostname) {
  hostname = hostname.replace(/[\t\n\r]/g, '');
  if (/^[\0-\x7f]*$/.test(hostname)) return hostname.toLowerCase();
  idnaToASCII ||= internalBinding('url').domainToASCII;
  return idnaToASCII(hostname) ?? '';
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  warnParse();
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

function isWs(c) { return c < 33 || c === 0xa0 || c === 0xfeff; }

// Trims whitespace and turns backslashes before the first '?' or '#' into slashes.
function prepare(url) {
  let start = 0, end = url.length;
  while (start < end && isWs(url.charCodeAt(start))) start++;
  while (end > start && isWs(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let hasHash = false, hasAt = false, split = false, last = start;
  for (let i = start; i < end; i++) {
    const c = url.charCodeAt(i);
    if (!split) {
      if (c === 0x40) hasAt = true;
      else if (c === 0x23) { hasHash = true; split = true; }
      else if (c === 0x3f) split = true;
      else if (c === 0x5c) { rest += url.slice(last, i) + '/'; last = i + 1; }
    } else if (c === 0x23) {
      hasHash = true;
    }
  }
  rest += url.slice(last, end);
  return { rest, hasHash, hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasHash, hasAt } = prepare(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = SIMPLE_PATH_RE.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? qs().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = PROTOCOL_RE.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || HOST_WITH_AUTH_RE.test(rest)) {
    slashes = rest.charCodeAt(0) === 0x2f && rest.charCodeAt(1) === 0x2f;
    if (slashes && !(proto && HOSTLESS.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!HOSTLESS.has(lowerProto) && (slashes || (proto && !SLASHED.has(proto)))) {
    // The host ends at the first '/', '?' or '#'; before the last '@' anything is auth.
    let hostEnd = -1, atSign = -1, nonHost = -1;
    for (let i = 0; i < rest.length && hostEnd === -1; i++) {
      const c = rest.charCodeAt(i);
      if (c === 0x23 || c === 0x2f || c === 0x3f) {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
      } else if (c === 0x40) {
        atSign = i;
        nonHost = -1;
      } else if (isNonHostChar(c) && nonHost === -1) {
        nonHost = i;
      }
    }
    let hostStart = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      hostStart = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(hostStart);
      rest = '';
    } else {
      this.host = rest.slice(hostStart, nonHost);
      rest = rest.slice(nonHost);
    }
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6 = isIpv6Hostname(hostname);
    if (!ipv6) rest = splitHostname(this, rest, hostname, url);
    if (this.hostname.length > HOSTNAME_MAX) this.hostname = '';
    else this.hostname = this.hostname.toLowerCase();
    if (this.hostname !== '') {
      if (ipv6) {
        if (FORBIDDEN_HOST_IPV6.test(this.hostname)) throw new ERR_INVALID_URL(url);
      } else {
        this.hostname = legacyToASCII(this.hostname);
        // A hostname emptied or given forbidden characters by IDNA would be spoofing.
        if (this.hostname === '' || FORBIDDEN_HOST.test(this.hostname)) throw new ERR_INVALID_URL(url);
      }
    }
    this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = '/' + rest;
    }
  }

  if (!UNSAFE.has(lowerProto)) rest = rest.replace(AUTO_ESCAPE_RE, (c) => AUTO_ESCAPE[c]);

  let questionIdx = -1, hashIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 0x23) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (c === 0x3f && questionIdx === -1) {
      questionIdx = i;
    }
  }
  if (questionIdx !== -1) {
    const end = hashIdx === -1 ? rest.length : hashIdx;
    this.search = rest.slice(questionIdx, end);
    this.query = rest.slice(questionIdx + 1, end);
    if (parseQueryString) this.query = qs().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  const firstIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (SLASHED.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

function isIpv6Hostname(h) {
  return h.charCodeAt(0) === 0x5b && h.charCodeAt(h.length - 1) === 0x5d;
}

// Cuts the hostname at the first character a hostname cannot hold; the remainder goes back
// into the path (with a DEP0170 warning, once, as Node 24 does).
let warnedInvalid = false;
function splitHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname.charCodeAt(i);
    if (c === 0x2f || c === 0x5c || c === 0x23 || c === 0x3f || c === 0x3a) {
      self.hostname = hostname.slice(0, i);
      if (!warnedInvalid) {
        warnedInvalid = true;
        process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
                            'DeprecationWarning', 'DEP0170');
      }
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = PORT_RE.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Auth characters url.format leaves as they are.
const AUTH_KEEP = /[A-Za-z0-9!'()*\-._~:]/;
function escapeAuth(auth) {
  let out = '';
  for (let i = 0; i < auth.length; i++) {
    const ch = auth[i];
    const c = auth.charCodeAt(i);
    if (c < 0x80 && AUTH_KEEP.test(ch)) out += ch;
    else out += qs().escape(c >= 0xd800 && c <= 0xdbff && i + 1 < auth.length ? auth.slice(i, ++i + 1) : ch);
  }
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = escapeAuth(auth) + '@';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    host = auth + (h.includes(':') && !isIpv6Hostname(h) ? `[${h}]` : h);
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') query = qs().stringify(this.query);
  let search = this.search || (query && '?' + query) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  if (this.slashes || SLASHED.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 0x23) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 0x3f) search = '?' + search;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else {
    const { isURLObject } = require('internal/url');
    if (isURLObject(urlObject)) return formatWHATWG(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

// url.format(URL, { auth, fragment, search, unicode })
function formatWHATWG(u, options) {
  let fragment = true, unicode = false, search = true, auth = true;
  if (options) {
    validateObject(options, 'options');
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  const { urlRecord } = require('internal/url');
  const { serialize } = require('internal/url_parser');
  const { hostToUnicode } = require('internal/url_host');
  const rec = { ...urlRecord(u) };
  if (!fragment) rec.fragment = null;
  if (!search) rec.query = null;
  if (!auth) { rec.username = ''; rec.password = ''; }
  if (unicode && rec.host) rec.host = hostToUnicode(rec.host);
  return serialize(rec);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  for (const k of Object.keys(this)) result[k] = this[k];
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // Protocol-relative ("//host/…"): everything but the protocol comes from relative.
  if (relative.slashes && !relative.protocol) {
    for (const k of Object.keys(relative)) if (k !== 'protocol') result[k] = relative[k];
    if (SLASHED.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // A different protocol: relative is absolute, except that non-slashed protocols keep
    // their own meaning entirely.
    if (!SLASHED.has(relative.protocol)) {
      for (const k of Object.keys(relative)) result[k] = relative[k];
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !HOSTLESS.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !SLASHED.has(result.protocol);

  // For non-slashed protocols the host is the first path segment ("mailto:a@b" …).
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    if (!srcPath) srcPath = [];
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only the query changes. A non-slashed protocol's host was moved into the path above:
    // take it back out.
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      const authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
      if (authInHost) {
        result.auth = authInHost.shift();
        result.host = result.hostname = authInHost.shift();
      }
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  // Resolve '.' and '..'; a trailing one leaves a trailing slash.
  let last = srcPath.slice(-1)[0];
  const hasTrailingSlash = (((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '');
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && (srcPath.join('/').slice(-1) !== '/')) srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    const authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
    if (authInHost) {
      result.auth = authInHost.shift();
      result.host = result.hostname = authInHost.shift();
    }
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');
  if (srcPath.length > 0) result.pathname = srcPath.join('/');
  else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

module.exports = { Url, urlParse, urlResolve, urlResolveObject, urlFormat };

'use strict';
// WHATWG URL (the URL class of the URL Standard, with Node's extras: URL.parse, canParse,
// createObjectURL/revokeObjectURL, util.inspect output) and Node's URL helpers.
const {
  basicParse, serialize, serializePath, origin, isSpecialScheme, defaultPort, S,
} = require('internal/url_parser');
const { USERINFO, percentEncode, toUSVString } = require('internal/url_encode');
const { parseHost, hostToUnicode } = require('internal/url_host');
const {
  URLSearchParams, parseForm, setQueryUpdater, getList, setList, bindURL,
} = require('internal/url_search_params');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL, ERR_MISSING_ARGS },
} = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// The parser is native (src/modules/url_parser.cc, about 10× faster than the same state machine
// in JS under QuickJS); the JS one (internal/url_parser) serves the setters' state overrides.
const { parse: nativeParse } = internalBinding('url');

// A URL record from the binding's array, with the href it serialises to.
function recordFrom(a) {
  const path = a[7] ? a[6] : (a[6] === '' ? [] : a[6].slice(1).split('/'));
  return {
    scheme: a[1], username: a[2], password: a[3], host: a[4], port: a[5] < 0 ? null : a[5],
    path, query: a[8], fragment: a[9],
  };
}

function receiverError() {
  return new TypeError('Receiver must be an instance of class URL');
}

class URL {
  #url;               // the URL record (internal/url_parser)
  #href = null;       // cached serialisation
  #searchParams = null;

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#url in self)) throw receiverError();
  }
  static isURLObject(v) { return v !== null && typeof v === 'object' && #url in v; }
  static record(u) { return u.#url; }
  static setQuery(u, query) {
    u.#url.query = query;
    u.#href = null;
  }

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const a = base === undefined ? nativeParse(input) : nativeParse(input, base);
    if (a === undefined) throw new ERR_INVALID_URL(input, base);
    this.#url = recordFrom(a);
    this.#href = a[0];
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base === undefined) return nativeParse(input) !== undefined;
    return nativeParse(input, toUSVString(base)) !== undefined;
  }

  static createObjectURL(obj) {
    return createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    revokeObjectURL(url);
  }

  #changed() {
    this.#href = null;
  }

  #syncParams() {
    if (this.#searchParams !== null) {
      const q = this.#url.query;
      setList(this.#searchParams, q ? parseForm(q) : []);
    }
  }

  toString() {
    URL.#check(this);
    return this.#href ??= serialize(this.#url);
  }

  get href() {
    URL.#check(this);
    return this.#href ??= serialize(this.#url);
  }

  set href(value) {
    URL.#check(this);
    value = toUSVString(value);
    const a = nativeParse(value);
    if (a === undefined) throw new ERR_INVALID_URL(value);
    this.#url = recordFrom(a);
    this.#href = a[0];
    this.#syncParams();
  }

  get origin() {
    URL.#check(this);
    return origin(this.#url);
  }

  get protocol() {
    URL.#check(this);
    return this.#url.scheme + ':';
  }

  set protocol(value) {
    URL.#check(this);
    basicParse(toUSVString(value) + ':', null, this.#url, S.SCHEME_START);
    this.#changed();
  }

  get username() {
    URL.#check(this);
    return this.#url.username;
  }

  set username(value) {
    URL.#check(this);
    value = toUSVString(value);
    const u = this.#url;
    if (u.host === null || u.host === '' || u.scheme === 'file') return;
    u.username = percentEncode(value, USERINFO);
    this.#changed();
  }

  get password() {
    URL.#check(this);
    return this.#url.password;
  }

  set password(value) {
    URL.#check(this);
    value = toUSVString(value);
    const u = this.#url;
    if (u.host === null || u.host === '' || u.scheme === 'file') return;
    u.password = percentEncode(value, USERINFO);
    this.#changed();
  }

  get host() {
    URL.#check(this);
    const u = this.#url;
    if (u.host === null) return '';
    return u.port === null ? u.host : `${u.host}:${u.port}`;
  }

  set host(value) {
    URL.#check(this);
    value = toUSVString(value);
    if (typeof this.#url.path === 'string') return;
    basicParse(value, null, this.#url, S.HOST);
    this.#changed();
  }

  get hostname() {
    URL.#check(this);
    return this.#url.host ?? '';
  }

  set hostname(value) {
    URL.#check(this);
    value = toUSVString(value);
    if (typeof this.#url.path === 'string') return;
    basicParse(value, null, this.#url, S.HOSTNAME);
    this.#changed();
  }

  get port() {
    URL.#check(this);
    const p = this.#url.port;
    return p === null ? '' : `${p}`;
  }

  set port(value) {
    URL.#check(this);
    value = toUSVString(value);
    const u = this.#url;
    if (u.host === null || u.host === '' || u.scheme === 'file') return;
    if (value === '') u.port = null;
    else basicParse(value, null, u, S.PORT);
    this.#changed();
  }

  get pathname() {
    URL.#check(this);
    return serializePath(this.#url);
  }

  set pathname(value) {
    URL.#check(this);
    value = toUSVString(value);
    const u = this.#url;
    if (typeof u.path === 'string') return;
    u.path = [];
    basicParse(value, null, u, S.PATH_START);
    this.#changed();
  }

  get search() {
    URL.#check(this);
    const q = this.#url.query;
    return q === null || q === '' ? '' : '?' + q;
  }

  set search(value) {
    URL.#check(this);
    value = toUSVString(value);
    const u = this.#url;
    if (value === '') {
      u.query = null;
    } else {
      if (value[0] === '?') value = value.slice(1);
      u.query = '';
      basicParse(value, null, u, S.QUERY);
    }
    this.#changed();
    this.#syncParams();
  }

  get searchParams() {
    URL.#check(this);
    if (this.#searchParams === null) {
      const p = new URLSearchParams();
      const q = this.#url.query;
      if (q) setList(p, parseForm(q));
      bindURL(p, this);
      this.#searchParams = p;
    }
    return this.#searchParams;
  }

  get hash() {
    URL.#check(this);
    const f = this.#url.fragment;
    return f === null || f === '' ? '' : '#' + f;
  }

  set hash(value) {
    URL.#check(this);
    value = toUSVString(value);
    const u = this.#url;
    if (value === '') {
      u.fragment = null;
    } else {
      if (value[0] === '#') value = value.slice(1);
      u.fragment = '';
      basicParse(value, null, u, S.FRAGMENT);
    }
    this.#changed();
  }

  toJSON() {
    URL.#check(this);
    return this.#href ??= serialize(this.#url);
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const ctor = this.constructor;
    const obj = { __proto__: { constructor: ctor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (opts.showHidden) obj[Symbol('context')] = { ...this.#url };
    return `${ctor.name} ${inspect(obj, opts)}`;
  }
}

const isURLObject = URL.isURLObject;
const urlRecord = URL.record;
const setURLQuery = URL.setQuery;
delete URL.isURLObject;
delete URL.record;
delete URL.setQuery;
setQueryUpdater(setURLQuery);

// WebIDL: attributes and operations are enumerable; the class is URL with @@toStringTag.
for (const key of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(URL.prototype, key, desc);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const key of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  const desc = Object.getOwnPropertyDescriptor(URL, key);
  desc.enumerable = true;
  Object.defineProperty(URL, key, desc);
}

// Node's duck type for URL-like objects (used by fs, http …).
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

// ---- Blob URLs (blob:nodedata:<uuid>): the registry lives with Blob (internal/blob) ----
function createObjectURL(obj) {
  return require('internal/blob').createObjectURL(obj);
}

function revokeObjectURL(url) {
  if (typeof url !== 'string') return;
  const rec = basicParse(toUSVString(url), null);
  if (rec === null || rec.scheme !== 'blob') return;
  require('internal/blob').revokeObjectURL(`blob:${serializePath(rec)}`);
}

// A new Blob over the one a blob:nodedata: URL names, or undefined (buffer.resolveObjectURL).
function resolveObjectURL(url) {
  return require('internal/blob').resolveObjectURL(url);
}

// ---- domains ----
function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseHost(toUSVString(domain), true);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseHost(toUSVString(domain), true);
  return host === null ? '' : hostToUnicode(host);
}

// ---- http options ----
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return require('internal/url_path').fileURLToPath(fileURLOrPath);
}

module.exports = {
  URL, URLSearchParams, isURL, isURLObject, urlRecord, domainToASCII, domainToUnicode,
  urlToHttpOptions, toPathIfFileURL, createObjectURL, revokeObjectURL, resolveObjectURL,
  isSpecialScheme, defaultPort,
};

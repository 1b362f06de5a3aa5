'use strict';
// The URL Standard's basic URL parser (the state machine, with state overrides for the
// setters) and URL serialiser. A URL record is a plain object:
//   { scheme, username, password, host (serialised string or null), port (number or null),
//     path (array of segments, or a string when opaque), query (string|null),
//     fragment (string|null) }
// Parse failure is `null`.
const {
  C0_CONTROL, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO, percentEncode,
} = require('internal/url_encode');
const { parseHost } = require('internal/url_host');

const SPECIAL = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
function isSpecialScheme(s) { return s in SPECIAL; }
function defaultPort(s) { return s in SPECIAL ? SPECIAL[s] : null; }

const S = {
  SCHEME_START: 1, SCHEME: 2, NO_SCHEME: 3, SPECIAL_RELATIVE_OR_AUTHORITY: 4, PATH_OR_AUTHORITY: 5,
  RELATIVE: 6, RELATIVE_SLASH: 7, SPECIAL_AUTHORITY_SLASHES: 8, SPECIAL_AUTHORITY_IGNORE_SLASHES: 9,
  AUTHORITY: 10, HOST: 11, HOSTNAME: 12, PORT: 13, FILE: 14, FILE_SLASH: 15, FILE_HOST: 16,
  PATH_START: 17, PATH: 18, OPAQUE_PATH: 19, QUERY: 20, FRAGMENT: 21,
};

// The states as plain constants: `case S.X` would be a property load per comparison.
const ST_SCHEME_START = 1;
const ST_SCHEME = 2;
const ST_NO_SCHEME = 3;
const ST_SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const ST_PATH_OR_AUTHORITY = 5;
const ST_RELATIVE = 6;
const ST_RELATIVE_SLASH = 7;
const ST_SPECIAL_AUTHORITY_SLASHES = 8;
const ST_SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const ST_AUTHORITY = 10;
const ST_HOST = 11;
const ST_HOSTNAME = 12;
const ST_PORT = 13;
const ST_FILE = 14;
const ST_FILE_SLASH = 15;
const ST_FILE_HOST = 16;
const ST_PATH_START = 17;
const ST_PATH = 18;
const ST_OPAQUE_PATH = 19;
const ST_QUERY = 20;
const ST_FRAGMENT = 21;

const EOF = -1;

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function cloneRecord(u) {
  return {
    scheme: u.scheme, username: u.username, password: u.password, host: u.host, port: u.port,
    path: typeof u.path === 'string' ? u.path : u.path.slice(), query: u.query, fragment: u.fragment,
  };
}

function isAlpha(c) { return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a); }
function isDigit(c) { return c >= 0x30 && c <= 0x39; }

function isWindowsDriveLetter(s, normalizedOnly) {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
    (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

// "starts with a Windows drive letter": two code points that are one, then EOF or / \ ? #.
function startsWithWindowsDriveLetter(input, p) {
  if (input.length - p < 2) return false;
  if (!isWindowsDriveLetter(input.slice(p, p + 2), false)) return false;
  if (input.length - p === 2) return true;
  const c = input[p + 2];
  return c === '/' || c === '\\' || c === '?' || c === '#';
}

function isSingleDot(s) { return s === '.' || s.length === 3 && s.toLowerCase() === '%2e'; }
function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4: { const l = s.toLowerCase(); return l === '.%2e' || l === '%2e.'; }
    case 6: return s.toLowerCase() === '%2e%2e';
    default: return false;
  }
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function includesCredentials(url) { return url.username !== '' || url.password !== ''; }

const TAB_NEWLINE = /[\t\n\r]/g;

// Strips leading and trailing C0 controls and spaces (no regex: this runs on every parse).
function trimC0(s) {
  let start = 0, end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function hasTabOrNewline(s) {
  return s.indexOf('\t') !== -1 || s.indexOf('\n') !== -1 || s.indexOf('\r') !== -1;
}

// Returns the record (a new one, or `url` modified when a state override is given), or null.
// With a state override, a return without failure is `url`; failure leaves url as the spec
// leaves it (the setters ignore the result).
function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    input = trimC0(input);
  }
  if (hasTabOrNewline(input)) input = input.replace(TAB_NEWLINE, '');
  let state = stateOverride || ST_SCHEME_START;
  let buffer = '';
  let atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
  const len = input.length;

  for (let p = 0; ; p++) {
    const c = p < len ? input.charCodeAt(p) : EOF;
    switch (state) {
      case ST_SCHEME_START:
        if (isAlpha(c)) {
          buffer += input[p].toLowerCase();
          state = ST_SCHEME;
        } else if (!stateOverride) {
          state = ST_NO_SCHEME;
          p--;
        } else {
          return null;
        }
        break;

      case ST_SCHEME:
        if (isAlpha(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
          buffer += input[p].toLowerCase();
        } else if (c === 0x3a) {
          if (stateOverride) {
            const wasSpecial = isSpecialScheme(url.scheme);
            const isSpecial = isSpecialScheme(buffer);
            if (wasSpecial !== isSpecial) return url;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = ST_FILE;
          } else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) {
            state = ST_SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = ST_SPECIAL_AUTHORITY_SLASHES;
          } else if (input.charCodeAt(p + 1) === 0x2f) {
            state = ST_PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = ST_OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = ST_NO_SCHEME;
          p = -1;
        } else {
          return null;
        }
        break;

      case ST_NO_SCHEME:
        if (!base || (typeof base.path === 'string' && c !== 0x23)) return null;
        if (typeof base.path === 'string' && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = ST_FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = ST_RELATIVE;
          p--;
        } else {
          state = ST_FILE;
          p--;
        }
        break;

      case ST_SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2f && input.charCodeAt(p + 1) === 0x2f) {
          state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = ST_RELATIVE;
          p--;
        }
        break;

      case ST_PATH_OR_AUTHORITY:
        if (c === 0x2f) {
          state = ST_AUTHORITY;
        } else {
          state = ST_PATH;
          p--;
        }
        break;

      case ST_RELATIVE:
        url.scheme = base.scheme;
        if (c === 0x2f) {
          state = ST_RELATIVE_SLASH;
        } else if (isSpecialScheme(url.scheme) && c === 0x5c) {
          state = ST_RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = ST_QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = ST_FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = ST_PATH;
            p--;
          }
        }
        break;

      case ST_RELATIVE_SLASH:
        if (isSpecialScheme(url.scheme) && (c === 0x2f || c === 0x5c)) {
          state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2f) {
          state = ST_AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = ST_PATH;
          p--;
        }
        break;

      case ST_SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2f && input.charCodeAt(p + 1) === 0x2f) {
          state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p--;
        }
        break;

      case ST_SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2f && c !== 0x5c) {
          state = ST_AUTHORITY;
          p--;
        }
        break;

      case ST_AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          let user = '', pass = buffer;
          if (!passwordTokenSeen) {
            const k = buffer.indexOf(':');
            if (k === -1) {
              user = buffer;
              pass = '';
            } else {
              passwordTokenSeen = true;
              user = buffer.slice(0, k);
              pass = buffer.slice(k + 1);
            }
          }
          if (user) url.username += percentEncode(user, USERINFO);
          if (pass) url.password += percentEncode(pass, USERINFO);
          buffer = '';
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (c === 0x5c && isSpecialScheme(url.scheme))) {
          if (atSignSeen && buffer === '') return null;
          p -= buffer.length + 1;
          buffer = '';
          state = ST_HOST;
        } else {
          buffer += input[p];
        }
        break;

      case ST_HOST:
      case ST_HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = ST_FILE_HOST;
        } else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return null;
          if (stateOverride === ST_HOSTNAME) return null;
          const host = parseHost(buffer, isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = ST_PORT;
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (c === 0x5c && isSpecialScheme(url.scheme))) {
          p--;
          if (isSpecialScheme(url.scheme) && buffer === '') return null;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return null;
          const host = parseHost(buffer, isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = ST_PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === 0x5b) insideBrackets = true;
          if (c === 0x5d) insideBrackets = false;
          buffer += input[p];
        }
        break;

      case ST_PORT:
        if (isDigit(c)) {
          buffer += input[p];
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (c === 0x5c && isSpecialScheme(url.scheme)) || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return null;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = ST_PATH_START;
          p--;
        } else {
          return null;
        }
        break;

      case ST_FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = ST_FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = ST_QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = ST_FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, p)) shortenPath(url);
            else url.path = [];
            state = ST_PATH;
            p--;
          }
        } else {
          state = ST_PATH;
          p--;
        }
        break;

      case ST_FILE_SLASH:
        if (c === 0x2f || c === 0x5c) {
          state = ST_FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, p) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = ST_PATH;
          p--;
        }
        break;

      case ST_FILE_HOST:
        if (c === EOF || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
            state = ST_PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = ST_PATH_START;
          } else {
            let host = parseHost(buffer, true);
            if (host === null) return null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = ST_PATH_START;
          }
        } else {
          buffer += input[p];
        }
        break;

      case ST_PATH_START:
        if (isSpecialScheme(url.scheme)) {
          state = ST_PATH;
          if (c !== 0x2f && c !== 0x5c) p--;
        } else if (!stateOverride && c === 0x3f) {
          url.query = '';
          state = ST_QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = ST_FRAGMENT;
        } else if (c !== EOF) {
          state = ST_PATH;
          if (c !== 0x2f) p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case ST_PATH: {
        // Take a whole segment at once.
        const special = isSpecialScheme(url.scheme);
        let end = p;
        while (end < len) {
          const d = input.charCodeAt(end);
          if (d === 0x2f || (special && d === 0x5c) || (!stateOverride && (d === 0x3f || d === 0x23))) break;
          end++;
        }
        if (end > p) buffer += percentEncode(input.slice(p, end), PATH);
        p = end;
        const d = p < len ? input.charCodeAt(p) : EOF;
        const slash = d === 0x2f || (special && d === 0x5c);
        if (isDoubleDot(buffer)) {
          shortenPath(url);
          if (!slash) url.path.push('');
        } else if (isSingleDot(buffer)) {
          if (!slash) url.path.push('');
        } else {
          if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer, false)) {
            buffer = buffer[0] + ':';
          }
          url.path.push(buffer);
        }
        buffer = '';
        if (d === 0x3f) {
          url.query = '';
          state = ST_QUERY;
        } else if (d === 0x23) {
          url.fragment = '';
          state = ST_FRAGMENT;
        }
        break;
      }

      case ST_OPAQUE_PATH: {
        let end = p;
        while (end < len) {
          const d = input.charCodeAt(end);
          if (d === 0x3f || d === 0x23) break;
          end++;
        }
        let seg = input.slice(p, end);
        p = end;
        // A space right before '?' or '#' is percent-encoded so it survives their removal.
        if (p < len && seg.endsWith(' ')) seg = seg.slice(0, -1) + '%20';
        if (seg) url.path += percentEncode(seg, C0_CONTROL);
        if (p < len) {
          if (input.charCodeAt(p) === 0x3f) {
            url.query = '';
            state = ST_QUERY;
          } else {
            url.fragment = '';
            state = ST_FRAGMENT;
          }
        }
        break;
      }

      case ST_QUERY: {
        let end = p;
        if (!stateOverride) while (end < len && input.charCodeAt(end) !== 0x23) end++;
        else end = len;
        const set = isSpecialScheme(url.scheme) ? SPECIAL_QUERY : QUERY;
        url.query += percentEncode(input.slice(p, end), set);
        p = end;
        if (p < len) {
          url.fragment = '';
          state = ST_FRAGMENT;
        }
        break;
      }

      case ST_FRAGMENT:
        if (p < len) {
          url.fragment += percentEncode(input.slice(p), FRAGMENT);
          p = len;
        }
        break;
    }
    // Done once a run ends with the pointer at EOF (a state that stepped back runs again).
    if (p >= len) break;
  }
  return url;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (const seg of url.path) out += '/' + seg;
  return out;
}

function serialize(url, excludeFragment = false) {
  let out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function origin(url) {
  switch (url.scheme) {
    case 'blob': {
      if (typeof url.path !== 'string' && url.path.length === 0) return 'null';
      const inner = basicParse(serializePath(url), null);
      if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return origin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return url.scheme + '://' + url.host + (url.port !== null ? ':' + url.port : '');
    default:
      return 'null';
  }
}

module.exports = {
  basicParse, serialize, serializePath, origin, cloneRecord, newRecord, isSpecialScheme, defaultPort, S,
};

'use strict';
// node:punycode (deprecated, DEP0040): RFC 3492 Punycode and the IDNA helpers of the
// punycode.js 2.x API that Node bundles. The warning is emitted once, on first load, unless
// the loading code lives in node_modules (as Node 24 does).
const { decode, encode, ucs2decode, ucs2encode } = require('internal/url_punycode');

function calledFromNodeModules() {
  const stack = new Error().stack || '';
  for (const line of stack.split('\n').slice(1)) {
    const m = /\((.*):\d+:\d+\)$/.exec(line) || /at (.*):\d+:\d+$/.exec(line);
    if (!m || m[1].startsWith('node:')) continue;
    return /[\\/]node_modules[\\/]/.test(m[1]);
  }
  return false;
}

if (!calledFromNodeModules()) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
                      'DeprecationWarning', 'DEP0040');
}

const SEPARATORS = /[\x2E\u3002\uFF0E\uFF61]/g;

// Applies fn to each label of a domain or of the domain part of an e-mail address.
function mapDomain(domain, fn) {
  const parts = domain.split('@');
  let result = '';
  if (parts.length > 1) {
    result = parts[0] + '@';
    domain = parts[1];
  }
  domain = domain.replace(SEPARATORS, '.');
  return result + domain.split('.').map(fn).join('.');
}

function toUnicode(input) {
  return mapDomain(input, (s) => (/^xn--/.test(s) ? decode(s.slice(4).toLowerCase()) : s));
}

function toASCII(input) {
  return mapDomain(input, (s) => (/[^\0-\x7F]/.test(s) ? 'xn--' + encode(s) : s));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: (points) => ucs2encode(points) },
  decode,
  encode,
  toASCII,
  toUnicode,
};

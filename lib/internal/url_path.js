'use strict';
// file: URL ↔ path conversion for the module system (node:url builds on the full URL parser).
function pathToFileURL(p) {
  let out = 'file://';
  const bytes = new TextEncoderLite().encode(p);
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    if (b >= 0x80 || b <= 0x20 || '"#%<>?[\\]^`{|}'.includes(c) || b === 0x7f) {
      out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
    } else {
      out += c;
    }
  }
  return out;
}

class TextEncoderLite {
  encode(s) { return internalBinding('encoding').encodeUtf8(s); }
}

function fileURLToPath(url) {
  const href = typeof url === 'string' ? url : url && url.href;
  const { codes: { ERR_INVALID_URL_SCHEME, ERR_INVALID_ARG_TYPE, ERR_INVALID_FILE_URL_PATH, ERR_INVALID_FILE_URL_HOST } } = require('internal/errors');
  if (typeof href !== 'string') throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
  if (!href.startsWith('file:')) throw new ERR_INVALID_URL_SCHEME('file');
  let rest = href.slice(5);
  const q = rest.search(/[?#]/);
  if (q !== -1) rest = rest.slice(0, q);
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const host = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
    if (host !== '' && host !== 'localhost') throw new ERR_INVALID_FILE_URL_HOST('linux');
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  if (/%2f/i.test(rest)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  const bytes = [];
  for (let i = 0; i < rest.length; i++) {
    const ch = rest.charCodeAt(i);
    if (ch === 0x25 && /^[0-9a-fA-F]{2}$/.test(rest.slice(i + 1, i + 3))) {
      bytes.push(parseInt(rest.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (ch < 0x80) {
      bytes.push(ch);
    } else {
      for (const b of internalBinding('encoding').encodeUtf8(rest[i])) bytes.push(b);
    }
  }
  return internalBinding('encoding').decodeUtf8(new Uint8Array(bytes), false, true);
}

module.exports = { pathToFileURL, fileURLToPath };

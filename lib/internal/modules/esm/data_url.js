'use strict';
// `data:` module specifiers (RFC 2397): import 'data:text/javascript,…' or
// 'data:application/json;base64,…', as Node's ESM loader accepts them.

const kBase64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(text) {
  const clean = text.replace(/[\t\n\f\r ]/g, '').replace(/=+$/, '');
  const out = [];
  let acc = 0, bits = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = kBase64.indexOf(clean[i]);
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) { bits -= 8; out.push((acc >> bits) & 0xff); }
  }
  return new Uint8Array(out);
}

function percentDecode(text) {
  const out = [];
  const bytes = new TextEncoder().encode(text);
  const hex = (b) => (b >= 48 && b <= 57 ? b - 48 : (b | 32) >= 97 && (b | 32) <= 102 ? (b | 32) - 87 : -1);
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 37 && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
      out.push(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
      i += 2;
    } else {
      out.push(bytes[i]);
    }
  }
  return new Uint8Array(out);
}

// 'data:…' → { format: 'module' | 'json', source }; throws Node's errors for bad input.
function loadDataURL(url) {
  const { codes: { ERR_INVALID_URL, ERR_UNKNOWN_MODULE_FORMAT } } = require('internal/errors');
  const comma = url.indexOf(',');
  if (comma === -1) throw new ERR_INVALID_URL(url);
  const params = url.slice(5, comma).split(';').map((s) => s.trim());
  const base64 = params.length > 1 && params[params.length - 1].toLowerCase() === 'base64';
  const mime = (params[0] || 'text/plain').toLowerCase();
  const body = base64 ? decodeBase64(String.fromCharCode(...percentDecode(url.slice(comma + 1)))) :
    percentDecode(url.slice(comma + 1));
  if (body === null) throw new ERR_INVALID_URL(url);
  const source = new TextDecoder().decode(body);
  if (mime === 'text/javascript' || mime === 'application/javascript') return { format: 'module', source };
  if (mime === 'application/json') return { format: 'json', source };
  throw new ERR_UNKNOWN_MODULE_FORMAT(mime, url);
}

module.exports = { loadDataURL };

'use strict';
// The URL Standard's percent-encode sets and UTF-8 percent-encoding / percent-decoding.
const { encodeUtf8, decodeUtf8 } = internalBinding('encoding');

// Each set is a 128-entry table of ASCII code points to encode; every non-ASCII code point is
// always encoded.
function makeSet(base, extra) {
  const t = base ? base.slice() : new Uint8Array(128);
  if (!base) { for (let i = 0; i < 0x20; i++) t[i] = 1; t[0x7f] = 1; }
  for (const ch of extra) t[ch.charCodeAt(0)] = 1;
  return t;
}
const C0_CONTROL = makeSet(null, '');
const FRAGMENT = makeSet(C0_CONTROL, ' "<>`');
const QUERY = makeSet(C0_CONTROL, ' "#<>');
const SPECIAL_QUERY = makeSet(QUERY, "'");
const PATH = makeSet(QUERY, '?^`{}');
const USERINFO = makeSet(PATH, '/:;=@[\\]|');
const COMPONENT = makeSet(USERINFO, '$%&+,');
const FORM = makeSet(COMPONENT, "!'()~");

const HEX = [];
for (let i = 0; i < 256; i++) HEX.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());

function encodeNonAscii(s) {
  let out = '';
  for (const b of encodeUtf8(s)) out += HEX[b];
  return out;
}

// UTF-8 percent-encodes every code point of `s` that is in `set` (non-ASCII always).
// With spaceAsPlus, U+0020 becomes '+' (application/x-www-form-urlencoded).
function percentEncode(s, set, spaceAsPlus = false) {
  const n = s.length;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || set[c] === 1) break;
  }
  if (i === n) return s;
  let out = s.slice(0, i);
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (set[c] !== 1) out += s[i];
      else if (c === 0x20 && spaceAsPlus) out += '+';
      else out += HEX[c];
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && s.charCodeAt(j) >= 0x80) j++;
    out += encodeNonAscii(s.slice(i, j));
    i = j;
  }
  return out;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Percent-decodes `s` (a string) and decodes the bytes as UTF-8 (invalid → U+FFFD, no BOM).
function percentDecodeString(s, plusAsSpace = false) {
  if (s.indexOf('%') === -1) {
    if (!plusAsSpace || s.indexOf('+') === -1) return s;
    return s.replace(/\+/g, ' ');
  }
  const bytes = encodeUtf8(plusAsSpace ? s.replace(/\+/g, ' ') : s);
  const out = new Uint8Array(bytes.length);
  let k = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length) {
      const h = hexValue(bytes[i + 1]), l = hexValue(bytes[i + 2]);
      if (h >= 0 && l >= 0) { out[k++] = h * 16 + l; i += 2; continue; }
    }
    out[k++] = b;
  }
  return decodeUtf8(out.subarray(0, k), false, true);
}

// Lone surrogates become U+FFFD (WebIDL USVString).
function toUSVString(v) {
  const s = `${v}`;
  if (typeof s.toWellFormed === 'function') return s.toWellFormed();
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

module.exports = {
  C0_CONTROL, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO, COMPONENT, FORM,
  percentEncode, percentDecodeString, hexValue, toUSVString, HEX,
};

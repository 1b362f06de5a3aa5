'use strict';
// The data: URL processor (https://fetch.spec.whatwg.org/#data-url-processor):
// url string -> { mimeType (serialized), body: Buffer } or null on failure.

const { Buffer } = require('buffer');
const { parseMimeType, serializeMimeType } = require('internal/fetch/mime');

function isASCIIWhitespace(c) {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

function stripASCIIWhitespace(s) {
  let start = 0;
  let end = s.length;
  while (start < end && isASCIIWhitespace(s.charCodeAt(start))) start++;
  while (end > start && isASCIIWhitespace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// https://url.spec.whatwg.org/#percent-decode over the string's UTF-8 bytes.
function percentDecode(input) {
  const bytes = Buffer.from(input, 'utf8');
  const out = Buffer.allocUnsafe(bytes.length);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length) {
      const hi = hexValue(bytes[i + 1]);
      const lo = hexValue(bytes[i + 2]);
      if (hi !== -1 && lo !== -1) {
        out[j++] = (hi << 4) | lo;
        i += 2;
        continue;
      }
    }
    out[j++] = b;
  }
  return out.subarray(0, j);
}

// https://infra.spec.whatwg.org/#forgiving-base64-decode
function forgivingBase64(data) {
  data = data.replace(/[\t\n\f\r ]/g, '');
  if (data.length % 4 === 0) data = data.replace(/==?$/, '');
  if (data.length % 4 === 1 || /[^+/0-9A-Za-z]/.test(data)) return null;
  return Buffer.from(data, 'base64');
}

function processDataURL(href) {
  let input = href.slice(5);  // after `data:`
  const hash = input.indexOf('#');
  if (hash !== -1) input = input.slice(0, hash);
  const comma = input.indexOf(',');
  if (comma === -1) return null;
  let mimeType = stripASCIIWhitespace(input.slice(0, comma));
  let body = percentDecode(input.slice(comma + 1));
  const base64 = /;[\u0020]*base64$/i.exec(mimeType);
  if (base64 !== null) {
    body = forgivingBase64(body.toString('latin1'));
    if (body === null) return null;
    mimeType = mimeType.slice(0, base64.index);
  }
  if (mimeType.startsWith(';')) mimeType = `text/plain${mimeType}`;
  const record = parseMimeType(mimeType);
  return { mimeType: record === null ? 'text/plain;charset=US-ASCII' : serializeMimeType(record), body };
}

module.exports = { processDataURL };

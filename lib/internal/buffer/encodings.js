'use strict';
// Buffer encodings: name normalisation (Node's accepted spellings, any letter case) and the ids
// the native binding (src/modules/buffer.cc) uses for them.

const kUtf8 = 0;
const kUcs2 = 1;
const kLatin1 = 2;
const kAscii = 3;
const kBase64 = 4;
const kBase64Url = 5;
const kHex = 6;

// Normalised name -> id.
const encodingIds = {
  __proto__: null,
  utf8: kUtf8, ucs2: kUcs2, utf16le: kUcs2, latin1: kLatin1, ascii: kAscii,
  base64: kBase64, base64url: kBase64Url, hex: kHex,
};

function slowCases(enc) {
  switch (enc.length) {
    case 4:
      if (enc === 'UTF8') return 'utf8';
      if (enc === 'ucs2' || enc === 'UCS2') return 'utf16le';
      enc = enc.toLowerCase();
      if (enc === 'utf8') return 'utf8';
      if (enc === 'ucs2') return 'utf16le';
      break;
    case 3:
      if (enc === 'hex' || enc === 'HEX' || enc.toLowerCase() === 'hex') return 'hex';
      break;
    case 5:
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      if (enc === 'UTF-8') return 'utf8';
      if (enc === 'ASCII') return 'ascii';
      if (enc === 'UCS-2') return 'utf16le';
      enc = enc.toLowerCase();
      if (enc === 'utf-8') return 'utf8';
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      break;
    case 6:
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      if (enc === 'BASE64') return 'base64';
      if (enc === 'LATIN1' || enc === 'BINARY') return 'latin1';
      enc = enc.toLowerCase();
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      break;
    case 7:
      if (enc === 'utf16le' || enc === 'UTF16LE' || enc.toLowerCase() === 'utf16le') return 'utf16le';
      break;
    case 8:
      if (enc === 'utf-16le' || enc === 'UTF-16LE' || enc.toLowerCase() === 'utf-16le') return 'utf16le';
      break;
    case 9:
      if (enc === 'base64url' || enc === 'BASE64URL' || enc.toLowerCase() === 'base64url') return 'base64url';
      break;
    default:
  }
  return undefined;
}

// Node's normalizeEncoding: undefined/null/'' mean utf8; an unknown name gives undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (typeof enc !== 'string') enc = `${enc}`;
  return enc === '' ? 'utf8' : slowCases(enc);
}

// The id for an encoding argument (Node's getEncodingOps), or -1 if it is not one Node knows.
function encodingId(enc) {
  if (enc === 'utf8') return kUtf8;
  const name = slowCases(typeof enc === 'string' ? enc : `${enc}`);
  return name === undefined ? -1 : encodingIds[name];
}

module.exports = {
  normalizeEncoding, encodingId, encodingIds,
  kUtf8, kUcs2, kLatin1, kAscii, kBase64, kBase64Url, kHex,
};

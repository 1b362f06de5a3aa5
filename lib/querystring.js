'use strict';
// node:querystring — parse/stringify of URL query strings with Node's exact behaviour
// (custom separators, maxKeys, custom encode/decode functions, escape/unescape quirks).
const {
  codes: { ERR_INVALID_URI },
} = require('internal/errors');

// Characters escape() keeps: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const NO_ESCAPE = new Uint8Array(128);
for (const ch of "-._~!'()*") NO_ESCAPE[ch.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) NO_ESCAPE[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) { NO_ESCAPE[c] = 1; NO_ESCAPE[c + 0x20] = 1; }
const HEX = [];
for (let i = 0; i < 256; i++) HEX.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());

// UTF-8 percent-encoding. A surrogate always takes the next code unit as its pair (Node's
// behaviour: "\ud800x" encodes as U+10078); one at the end throws ERR_INVALID_URI.
function encodeStr(str, noEscape) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscape[c] === 1) continue;
      out += str.slice(last, i) + HEX[c];
    } else if (c < 0x800) {
      out += str.slice(last, i) + HEX[0xc0 | (c >> 6)] + HEX[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += str.slice(last, i) + HEX[0xe0 | (c >> 12)] + HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)];
    } else {
      if (i + 1 >= str.length) throw new ERR_INVALID_URI();
      const start = i;
      const c2 = str.charCodeAt(++i) & 0x3ff;
      c = 0x10000 + (((c & 0x3ff) << 10) | c2);
      out += str.slice(last, start) + HEX[0xf0 | (c >> 18)] + HEX[0x80 | ((c >> 12) & 0x3f)] +
        HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return out + str.slice(last);
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, NO_ESCAPE);
}

function unhex(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Bytes of `s` with %XX decoded (and '+' as space when decodeSpaces); other characters
// contribute their code unit's low byte.
function unescapeBytes(s, decodeSpaces) {
  const out = new Uint8Array(s.length);
  let o = 0;
  let hasHex = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 0x2b && decodeSpaces) { out[o++] = 0x20; continue; }
    if (c === 0x25 && i < s.length - 2) {
      const hi = unhex(s.charCodeAt(i + 1));
      const lo = hi >= 0 ? unhex(s.charCodeAt(i + 2)) : -1;
      if (hi >= 0 && lo >= 0) {
        c = hi * 16 + lo;
        hasHex = true;
        i += 2;
      }
    }
    out[o++] = c;
  }
  return { out, length: hasHex ? o : out.length };
}

function unescapeBuffer(s, decodeSpaces) {
  const { out, length } = unescapeBytes(`${s}`, decodeSpaces);
  let B;
  try {
    B = require('buffer').Buffer;
  } catch {
    return out.subarray(0, length);
  }
  return B.from(out.buffer, 0, length);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    const { out, length } = unescapeBytes(`${s}`, decodeSpaces);
    return internalBinding('encoding').decodeUtf8(out.subarray(0, length), false, true);
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeValue(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  // 1e21 and above print with a '+', which needs escaping.
  if (typeof v === 'number' && Number.isFinite(v)) return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeValue : (v, enc) => enc(stringifyPrimitive(v));
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < v.length; j++) {
        if (j) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

function charCodes(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}

function isHexCode(c) { return unhex(c) >= 0; }

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (Array.isArray(cur)) cur.push(value);
  else obj[key] = [cur, value];
}

// A single left-to-right scan: separators match greedily without backtracking, '+' becomes a
// space, and the decode function is only called for parts holding a valid %XX (or always,
// when it is a custom one).
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepCodes = sep ? charCodes(String(sep)) : [0x26];
  const eqCodes = eq ? charCodes(String(eq)) : [0x3d];
  const sepLen = sepCodes.length, eqLen = eqCodes.length;
  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : 0;
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== qsUnescape;
  const plus = custom ? '%20' : ' ';

  let lastPos = 0, sepIdx = 0, eqIdx = 0;
  let key = '', value = '';
  let keyEncoded = custom, valEncoded = custom;
  let hexRun = 0;  // 1 after '%', 2 after '%X'; a third hex digit marks the part encoded

  for (let i = 0; i < qs.length; i++) {
    const c = qs.charCodeAt(i);
    if (c === sepCodes[sepIdx]) {
      if (++sepIdx !== sepLen) continue;
      const end = i - sepLen + 1;
      if (eqIdx < eqLen) {
        if (lastPos < end) {
          key += qs.slice(lastPos, end);
        } else if (key.length === 0) {
          if (--pairs === 0) return obj;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += qs.slice(lastPos, end);
      }
      addPair(obj, key, value, keyEncoded, valEncoded, decode);
      if (--pairs === 0) return obj;
      keyEncoded = valEncoded = custom;
      key = value = '';
      hexRun = 0;
      lastPos = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqLen) {
      // Still in the key.
      if (c === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqLen + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          hexRun = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (c === 0x25) { hexRun = 1; continue; }
        if (hexRun > 0) {
          if (isHexCode(c)) {
            if (++hexRun === 3) keyEncoded = true;
            continue;
          }
          hexRun = 0;
        }
      }
      if (c === 0x2b) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plus;
        lastPos = i + 1;
        continue;
      }
    }
    if (c === 0x2b) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plus;
      lastPos = i + 1;
    } else if (!valEncoded) {
      if (c === 0x25) {
        hexRun = 1;
      } else if (hexRun > 0) {
        if (isHexCode(c)) {
          if (++hexRun === 3) valEncoded = true;
        } else {
          hexRun = 0;
        }
      }
    }
  }
  if (lastPos < qs.length) {
    if (eqIdx < eqLen) key += qs.slice(lastPos);
    else if (sepIdx < sepLen) value += qs.slice(lastPos);
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valEncoded, decode);
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

'use strict';
// WHATWG Encoding: TextEncoder and TextDecoder (utf-8, utf-16le, utf-16be, windows-1252).
// UTF-8 bytes go through internalBinding('encoding'); the other encodings are decoded here.

const binding = internalBinding('encoding');

let errorsModule;
function codes() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule.codes;
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// label -> canonical encoding name (WHATWG labels for the supported encodings)
const kLabels = new Map();
function addLabels(name, labels) {
  for (const l of labels) kLabels.set(l, name);
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
  'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff',
  'utf-16', 'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
  'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
  'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']);

function getEncodingFromLabel(label) {
  const key = String(label).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
  return kLabels.get(key);
}

// windows-1252 bytes 0x80..0x9F
const kWin1252 = [
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
];

function invalidData(encoding) {
  const { ERR_ENCODING_INVALID_ENCODED_DATA } = codes();
  return new ERR_ENCODING_INVALID_ENCODED_DATA(encoding, undefined);
}

function fromCodeUnits(units) {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) {
    out += String.fromCharCode.apply(null, units.slice(i, i + 8192));
  }
  return out;
}

// ---- TextEncoder --------------------------------------------------------------------------

class TextEncoder {
  get encoding() {
    if (!(this instanceof TextEncoder)) throw new (codes().ERR_INVALID_THIS)('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!(this instanceof TextEncoder)) throw new (codes().ERR_INVALID_THIS)('TextEncoder');
    return binding.encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    if (!(this instanceof TextEncoder)) throw new (codes().ERR_INVALID_THIS)('TextEncoder');
    if (typeof src !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('src', 'string', src);
    if (!(dest instanceof Uint8Array)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('dest', 'Uint8Array', dest);
    }
    let read = 0;
    let written = 0;
    const cap = dest.length;
    const len = src.length;
    while (read < len) {
      let cp = src.charCodeAt(read);
      let units = 1;
      if (cp >= 0xD800 && cp <= 0xDBFF && read + 1 < len) {
        const lo = src.charCodeAt(read + 1);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          units = 2;
        }
      }
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD; // lone surrogate
      if (cp < 0x80) {
        if (written + 1 > cap) break;
        dest[written++] = cp;
      } else if (cp < 0x800) {
        if (written + 2 > cap) break;
        dest[written++] = 0xC0 | (cp >> 6);
        dest[written++] = 0x80 | (cp & 0x3F);
      } else if (cp < 0x10000) {
        if (written + 3 > cap) break;
        dest[written++] = 0xE0 | (cp >> 12);
        dest[written++] = 0x80 | ((cp >> 6) & 0x3F);
        dest[written++] = 0x80 | (cp & 0x3F);
      } else {
        if (written + 4 > cap) break;
        dest[written++] = 0xF0 | (cp >> 18);
        dest[written++] = 0x80 | ((cp >> 12) & 0x3F);
        dest[written++] = 0x80 | ((cp >> 6) & 0x3F);
        dest[written++] = 0x80 | (cp & 0x3F);
      }
      read += units;
    }
    return { read, written };
  }

  [kInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const fmt = typeof inspect === 'function' ? inspect : require('internal/util/inspect').inspect;
    return fmt({ encoding: 'utf-8' }, options);
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encode: { enumerable: true },
  encodeInto: { enumerable: true },
  encoding: { enumerable: true },
  [Symbol.toStringTag]: { value: 'TextEncoder', configurable: true },
});

// ---- TextDecoder --------------------------------------------------------------------------

// Number of trailing bytes of `u8` that start an incomplete (but so far valid) UTF-8 sequence.
function incompleteUtf8Tail(u8) {
  const n = u8.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = u8[n - back];
    if ((b & 0xC0) === 0x80) continue; // continuation byte: keep looking for the lead
    let need = 0;
    if (b >= 0xC2 && b <= 0xDF) need = 2;
    else if (b >= 0xE0 && b <= 0xEF) need = 3;
    else if (b >= 0xF0 && b <= 0xF4) need = 4;
    if (need <= back) return 0;
    if (back >= 2) {
      const b1 = u8[n - back + 1];
      let lo = 0x80;
      let hi = 0xBF;
      if (b === 0xE0) lo = 0xA0;
      else if (b === 0xED) hi = 0x9F;
      else if (b === 0xF0) lo = 0x90;
      else if (b === 0xF4) hi = 0x8F;
      if (b1 < lo || b1 > hi) return 0;
    }
    return back;
  }
  return 0;
}

function toUint8Array(input) {
  if (input === undefined) return new Uint8Array(0);
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (input instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  const types = require('internal/util/types');
  if (types.isAnyArrayBuffer(input)) return new Uint8Array(input);
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ' +
    'ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

function concatBytes(a, b) {
  if (a === null || a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null; // bytes held back between streamed decode() calls
  #bomSeen = false; // whether the start of the stream has been processed

  constructor(encoding = 'utf-8', options = undefined) {
    const name = getEncodingFromLabel(encoding);
    if (name === undefined) throw new (codes().ERR_ENCODING_NOT_SUPPORTED)(`${encoding}`);
    if (options !== undefined && options !== null && typeof options !== 'object' &&
        typeof options !== 'function') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'object', options);
    }
    this.#encoding = name;
    this.#fatal = Boolean(options && options.fatal);
    this.#ignoreBOM = Boolean(options && options.ignoreBOM);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#encoding in self)) {
      throw new (codes().ERR_INVALID_THIS)('TextDecoder');
    }
  }

  decode(input = undefined, options = undefined) {
    TextDecoder.#check(this);
    let bytes = toUint8Array(input);
    const stream = Boolean(options && options.stream);
    bytes = concatBytes(this.#pending, bytes);
    this.#pending = null;
    let tail = 0;
    if (stream) {
      if (this.#encoding === 'utf-8') tail = incompleteUtf8Tail(bytes);
      else if (this.#encoding === 'utf-16le' || this.#encoding === 'utf-16be') {
        tail = bytesHeldUtf16(bytes, this.#encoding === 'utf-16be');
      }
      if (tail > 0) {
        this.#pending = bytes.slice(bytes.length - tail);
        bytes = bytes.subarray(0, bytes.length - tail);
      }
    }
    const atStart = !this.#bomSeen;
    let result;
    switch (this.#encoding) {
      case 'utf-8':
        result = binding.decodeUtf8(bytes, this.#fatal, this.#ignoreBOM || !atStart);
        break;
      case 'utf-16le':
      case 'utf-16be':
        result = this.#decodeUtf16(bytes, this.#encoding === 'utf-16be', atStart, stream);
        break;
      default:
        result = decodeWindows1252(bytes);
        break;
    }
    if (stream) {
      // The BOM is only looked for at the very start of a stream.
      if (bytes.length > 0 || this.#pending !== null) {
        if (!(atStart && bytes.length === 0)) this.#bomSeen = true;
      }
    } else {
      this.#bomSeen = false;
    }
    return result;
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  #decodeUtf16(bytes, bigEndian, atStart, stream) {
    const units = [];
    let i = 0;
    const n = bytes.length - (bytes.length % 2);
    if (atStart && !this.#ignoreBOM && n >= 2) {
      const first = bigEndian ? (bytes[0] << 8) | bytes[1] : bytes[0] | (bytes[1] << 8);
      if (first === 0xFEFF) i = 2;
    }
    for (; i < n; i += 2) {
      const u = bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
      if (u >= 0xD800 && u <= 0xDBFF) {
        if (i + 3 < n + 0) {
          const lo = bigEndian ? (bytes[i + 2] << 8) | bytes[i + 3] : bytes[i + 2] | (bytes[i + 3] << 8);
          if (lo >= 0xDC00 && lo <= 0xDFFF) {
            units.push(u, lo);
            i += 2;
            continue;
          }
        }
        if (this.#fatal) throw invalidData(this.#encoding);
        units.push(0xFFFD);
      } else if (u >= 0xDC00 && u <= 0xDFFF) {
        if (this.#fatal) throw invalidData(this.#encoding);
        units.push(0xFFFD);
      } else {
        units.push(u);
      }
    }
    if (n !== bytes.length && !stream) {
      if (this.#fatal) throw invalidData(this.#encoding);
      units.push(0xFFFD);
    }
    return fromCodeUnits(units);
  }

  [kInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const fmt = typeof inspect === 'function' ? inspect : require('internal/util/inspect').inspect;
    const fields = { encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM };
    return `TextDecoder ${fmt(fields, options)}`;
  }
}

// In stream mode, hold an odd trailing byte and a trailing high surrogate.
function bytesHeldUtf16(bytes, bigEndian) {
  let held = bytes.length % 2;
  const end = bytes.length - held;
  if (end >= 2) {
    const u = bigEndian ? (bytes[end - 2] << 8) | bytes[end - 1] : bytes[end - 2] | (bytes[end - 1] << 8);
    if (u >= 0xD800 && u <= 0xDBFF) held += 2;
  }
  return held;
}

function decodeWindows1252(bytes) {
  const units = new Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b <= 0x9F ? kWin1252[b - 0x80] : b;
  }
  return fromCodeUnits(units);
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { enumerable: true },
  encoding: { enumerable: true },
  fatal: { enumerable: true },
  ignoreBOM: { enumerable: true },
  [Symbol.toStringTag]: { value: 'TextDecoder', configurable: true },
});

module.exports = {
  TextEncoder,
  TextDecoder,
  getEncodingFromLabel,
};

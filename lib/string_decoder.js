'use strict';
// node:string_decoder. Decodes a byte stream chunk by chunk without splitting characters: an
// incomplete UTF-8 / UTF-16 character or base64 group at the end of a chunk waits for the
// next one. The state lives in a 7-byte buffer as in Node (so inspect shows the same):
// bytes 0–3 the incomplete character, 4 bytes still missing, 5 bytes buffered, 6 encoding.

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { normalizeEncoding, encodingId } = require('internal/buffer/encodings');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING } } = require('internal/errors');
const { slice: decodeBytes } = internalBinding('buffer');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissing = 4;
const kBuffered = 5;
const kEncoding = 6;
// Node's internal encoding numbers (src/api/encoding.cc), kept in the state's last byte.
const kNodeEncoding = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };

function normalize(enc) {
  const name = normalizeEncoding(enc);
  if (name === undefined) {
    if (Buffer.isEncoding === isEncoding || !Buffer.isEncoding(enc)) throw new ERR_UNKNOWN_ENCODING(enc);
    return enc;
  }
  return name;
}
const isEncoding = Buffer.isEncoding;

function text(state, id, bytes, start, end) {
  return end > start ? decodeBytes(bytes, id, start, end) : '';
}

function decode(self, buf) {
  const state = self[kNativeDecoder];
  const name = self.encoding;
  const id = encodingId(name);
  const bytes = buf instanceof Uint8Array ? buf : new FastBuffer(buf.buffer, buf.byteOffset, buf.byteLength);
  let start = 0;
  let end = bytes.length;
  if (name !== 'utf8' && name !== 'utf16le' && name !== 'base64' && name !== 'base64url') {
    return text(state, id, bytes, start, end);
  }
  let prepend = '';
  if (state[kMissing] > 0) {
    if (name === 'utf8') {
      // A byte that cannot continue the pending character ends it (it decodes as U+FFFD).
      for (let i = 0; i < end && i < state[kMissing]; i++) {
        if ((bytes[i] & 0xc0) !== 0x80) {
          state[kMissing] = 0;
          state.set(bytes.subarray(0, i), state[kBuffered]);
          state[kBuffered] += i;
          start += i;
          break;
        }
      }
    }
    const found = Math.min(end - start, state[kMissing]);
    state.set(bytes.subarray(start, start + found), state[kBuffered]);
    start += found;
    state[kMissing] -= found;
    state[kBuffered] += found;
    if (state[kMissing] === 0) {
      prepend = decodeBytes(state, id, 0, state[kBuffered]);
      state[kBuffered] = 0;
    }
  }
  if (start === end) return prepend;
  const n = end - start;
  if (name === 'utf8') {
    if (bytes[end - 1] & 0x80) {
      // Find where the last character starts and whether it is complete.
      for (let i = end - 1; ; i--) {
        state[kBuffered]++;
        const b = bytes[i];
        if ((b & 0xc0) === 0x80) {
          if (state[kBuffered] >= 4 || i === start) {
            state[kBuffered] = 0;
            break;
          }
        } else {
          let need;
          if ((b & 0xe0) === 0xc0) need = 2;
          else if ((b & 0xf0) === 0xe0) need = 3;
          else if ((b & 0xf8) === 0xf0) need = 4;
          else {
            state[kBuffered] = 0;
            break;
          }
          state[kMissing] = need;
          if (state[kBuffered] >= state[kMissing]) {
            state[kMissing] = 0;
            state[kBuffered] = 0;
          }
          state[kMissing] -= state[kBuffered];
          break;
        }
      }
    }
  } else if (name === 'utf16le') {
    if (n % 2 === 1) {
      state[kBuffered] = 1;
      state[kMissing] = 1;
    } else if ((bytes[end - 1] & 0xfc) === 0xd8) {
      state[kBuffered] = 2;
      state[kMissing] = 2;
    }
  } else {
    state[kBuffered] = n % 3;
    if (state[kBuffered] > 0) state[kMissing] = 3 - state[kBuffered];
  }
  const keep = state[kBuffered];
  if (keep > 0) {
    end -= keep;
    state.set(bytes.subarray(end, end + keep), 0);
  }
  return prepend + text(state, id, bytes, start, end);
}

function flush(self) {
  const state = self[kNativeDecoder];
  if (self.encoding === 'utf16le' && state[kBuffered] % 2 === 1) {
    // A lone trailing byte of UTF-16 is dropped.
    state[kMissing]--;
    state[kBuffered]--;
  }
  if (state[kBuffered] === 0) return '';
  const out = decodeBytes(state, encodingId(self.encoding), 0, state[kBuffered]);
  state[kMissing] = 0;
  state[kBuffered] = 0;
  return out;
}

class StringDecoder {
  constructor(encoding) {
    this.encoding = normalize(encoding);
    const state = Buffer.alloc(7);
    state[kEncoding] = kNodeEncoding[this.encoding] ?? 1;
    this[kNativeDecoder] = state;
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
    return decode(this, buf);
  }

  end(buf) {
    let ret = '';
    if (buf !== undefined) ret = this.write(buf);
    if (this[kNativeDecoder][kBuffered] > 0) ret += flush(this);
    return ret;
  }

  // Decodes buf from offset on, forgetting any pending partial character.
  text(buf, offset) {
    this[kNativeDecoder][kMissing] = 0;
    this[kNativeDecoder][kBuffered] = 0;
    return this.write(buf.slice(offset));
  }

  get lastChar() {
    return this[kNativeDecoder].subarray(0, 4);
  }

  get lastNeed() {
    return this[kNativeDecoder][kMissing];
  }

  get lastTotal() {
    return this[kNativeDecoder][kBuffered] + this[kNativeDecoder][kMissing];
  }
}

for (const name of ['lastChar', 'lastNeed', 'lastTotal']) {
  const d = Object.getOwnPropertyDescriptor(StringDecoder.prototype, name);
  d.enumerable = true;
  Object.defineProperty(StringDecoder.prototype, name, d);
}

module.exports = { StringDecoder };

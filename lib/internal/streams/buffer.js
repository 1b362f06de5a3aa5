'use strict';
// The Buffer the stream classes use: node:buffer when it is built in, otherwise a minimal
// Uint8Array subclass (utf8/latin1 only) so object-mode and string streams still work.
let mod;
try {
  mod = require('buffer');
} catch {
  mod = null;
}
if (!mod || typeof mod.Buffer !== 'function') {
  const { TextEncoder, TextDecoder } = require('internal/encoding');
  class Buffer extends Uint8Array {
    static from(value, encOrOffset, length) {
      if (typeof value === 'string') {
        if (encOrOffset === 'latin1' || encOrOffset === 'binary') {
          const b = new Buffer(value.length);
          for (let i = 0; i < value.length; i++) b[i] = value.charCodeAt(i) & 255;
          return b;
        }
        const u = new TextEncoder().encode(value);
        return new Buffer(u.buffer, u.byteOffset, u.byteLength);
      }
      if (value instanceof ArrayBuffer) {
        return new Buffer(value, encOrOffset || 0, length ?? value.byteLength - (encOrOffset || 0));
      }
      const b = new Buffer(value.length);
      b.set(value);
      return b;
    }
    static alloc(n) { return new Buffer(n); }
    static allocUnsafe(n) { return new Buffer(n); }
    static isBuffer(b) { return b instanceof Buffer; }
    static isEncoding(e) {
      return typeof e === 'string' &&
        ['utf8', 'utf-8', 'latin1', 'binary', 'buffer', 'hex', 'base64', 'ascii', 'ucs2',
         'utf16le', 'base64url'].includes(e.toLowerCase());
    }
    static concat(list, total) {
      if (total === undefined) total = list.reduce((a, b) => a + b.length, 0);
      const out = new Buffer(total);
      let o = 0;
      for (const b of list) { out.set(b, o); o += b.length; }
      return out;
    }
    static byteLength(s) { return typeof s === 'string' ? new TextEncoder().encode(s).length : s.byteLength; }
    toString(enc) {
      if (enc === 'latin1' || enc === 'binary') return String.fromCharCode(...this);
      return new TextDecoder().decode(this);
    }
    slice(a, b) { const s = this.subarray(a, b); return new Buffer(s.buffer, s.byteOffset, s.length); }
  }
  mod = { Buffer };
}
module.exports = mod;

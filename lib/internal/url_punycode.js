'use strict';
// Punycode (RFC 3492) over arrays of code points, shared by URL host serialisation
// (domainToUnicode) and the deprecated node:punycode module.
const BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 128;
const MAX_INT = 0x7fffffff;

class PunycodeError extends RangeError {}

function adapt(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  for (; delta > ((BASE - TMIN) * TMAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - TMIN));
  return Math.floor(k + (BASE - TMIN + 1) * delta / (delta + SKEW));
}

function digitToBasic(d) { return d + 22 + 75 * (d < 26); }  // 0..25 → a..z, 26..35 → 0..9

function basicToDigit(c) {
  if (c >= 0x30 && c < 0x3a) return 26 + (c - 0x30);
  if (c >= 0x41 && c < 0x5b) return c - 0x41;
  if (c >= 0x61 && c < 0x7b) return c - 0x61;
  return BASE;
}

// Array of code points (numbers) from a string: surrogate pairs joined, lone ones kept.
function ucs2decode(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) { out.push(((c & 0x3ff) << 10) + (d & 0x3ff) + 0x10000); i++; continue; }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(points) {
  let s = '';
  for (const p of points) s += String.fromCodePoint(p);
  return s;
}

// Decodes a Punycode string (without "xn--") to a string; throws PunycodeError.
function decode(input) {
  const output = [];
  let n = INITIAL_N, i = 0, bias = INITIAL_BIAS;
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) throw new PunycodeError('Illegal input >= 0x80 (not a basic code point)');
    output.push(c);
  }
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) throw new PunycodeError('Invalid input');
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= BASE) throw new PunycodeError('Invalid input');
      if (digit > Math.floor((MAX_INT - i) / w)) throw new PunycodeError('Overflow: input needs wider integers to process');
      i += digit * w;
      const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
      if (digit < t) break;
      const baseMinusT = BASE - t;
      if (w > Math.floor(MAX_INT / baseMinusT)) throw new PunycodeError('Overflow: input needs wider integers to process');
      w *= baseMinusT;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > MAX_INT - n) throw new PunycodeError('Overflow: input needs wider integers to process');
    n += Math.floor(i / out);
    i %= out;
    if (n > 0x10ffff) throw new PunycodeError('Invalid input');
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

// Encodes a string to Punycode (without "xn--"); throws PunycodeError on overflow.
function encode(inputStr) {
  const input = ucs2decode(inputStr);
  let n = INITIAL_N, delta = 0, bias = INITIAL_BIAS;
  let output = '';
  for (const c of input) if (c < 0x80) output += String.fromCharCode(c);
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output += '-';
  while (handled < input.length) {
    let m = MAX_INT;
    for (const c of input) if (c >= n && c < m) m = c;
    const plus = handled + 1;
    if (m - n > Math.floor((MAX_INT - delta) / plus)) throw new PunycodeError('Overflow: input needs wider integers to process');
    delta += (m - n) * plus;
    n = m;
    for (const c of input) {
      if (c < n && ++delta > MAX_INT) throw new PunycodeError('Overflow: input needs wider integers to process');
      if (c === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
          if (q < t) break;
          const qMinusT = q - t, baseMinusT = BASE - t;
          output += String.fromCharCode(digitToBasic(t + qMinusT % baseMinusT));
          q = Math.floor(qMinusT / baseMinusT);
        }
        output += String.fromCharCode(digitToBasic(q));
        bias = adapt(delta, plus, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

module.exports = { decode, encode, ucs2decode, ucs2encode, PunycodeError };

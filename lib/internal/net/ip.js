'use strict';
// IP address text: isIP/isIPv4/isIPv6 (node:net) and the byte forms BlockList and SocketAddress
// compare. IPv4 is dotted-quad with no leading zeros; IPv6 is RFC 4291 text (one '::', an
// optional embedded IPv4 tail, an optional %zone), as Node accepts them.

// 4 bytes, or null.
function parseIPv4(s) {
  if (typeof s !== 'string') return null;
  const len = s.length;
  if (len < 7 || len > 15) return null;
  const out = new Uint8Array(4);
  let part = 0, value = -1, digits = 0;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? s.charCodeAt(i) : 46;
    if (c === 46) {  // '.'
      if (digits === 0 || part > 3) return null;
      out[part++] = value;
      value = -1;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && value === 0) return null;  // leading zero
      value = digits === 0 ? c - 48 : value * 10 + (c - 48);
      if (value > 255) return null;
      digits++;
    } else {
      return null;
    }
  }
  return part === 4 ? out : null;
}

function isHex(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

// 16 bytes, or null. A %zone suffix is accepted (letters, digits, '-', '.', ':') and ignored.
function parseIPv6(s) {
  if (typeof s !== 'string') return null;
  let end = s.indexOf('%');
  if (end !== -1) {
    if (end === s.length - 1) return null;
    for (let i = end + 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!(isHex(c) || (c >= 71 && c <= 90) || (c >= 103 && c <= 122) || c === 45 || c === 46 || c === 58)) return null;
    }
  } else {
    end = s.length;
  }
  if (end < 2) return null;
  const groups = [];
  let gap = -1;  // index in groups where '::' stands
  let i = 0;
  if (s.charCodeAt(0) === 58) {
    if (s.charCodeAt(1) !== 58) return null;
    gap = 0;
    i = 2;
    if (i === end) return new Uint8Array(16);
  }
  while (i < end) {
    let j = i;
    while (j < end && isHex(s.charCodeAt(j))) j++;
    if (j < end && s.charCodeAt(j) === 46) {  // embedded IPv4 tail
      const v4 = parseIPv4(s.slice(i, end));
      if (v4 === null || groups.length > 6) return null;
      groups.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      i = end;
      break;
    }
    if (j === i || j - i > 4) return null;
    groups.push(Number.parseInt(s.slice(i, j), 16));
    if (j === end) { i = end; break; }
    if (s.charCodeAt(j) !== 58) return null;
    if (j + 1 < end && s.charCodeAt(j + 1) === 58) {
      if (gap !== -1) return null;
      gap = groups.length;
      i = j + 2;
    } else {
      if (j + 1 === end) return null;  // a trailing single ':'
      i = j + 1;
    }
  }
  if (groups.length > 8 || (gap === -1 && groups.length !== 8) || (gap !== -1 && groups.length > 7)) {
    return null;
  }
  const out = new Uint8Array(16);
  const tail = gap === -1 ? 0 : groups.length - gap;
  for (let k = 0; k < groups.length; k++) {
    const pos = gap !== -1 && k >= gap ? 8 - tail + (k - gap) : k;
    out[pos * 2] = groups[k] >> 8;
    out[pos * 2 + 1] = groups[k] & 0xff;
  }
  return out;
}

function isIPv4(s) { return parseIPv4(`${s}`) !== null; }
function isIPv6(s) { return parseIPv6(`${s}`) !== null; }
function isIP(s) {
  s = `${s}`;
  if (parseIPv4(s) !== null) return 4;
  if (parseIPv6(s) !== null) return 6;
  return 0;
}

function formatIPv4(b, off = 0) {
  return `${b[off]}.${b[off + 1]}.${b[off + 2]}.${b[off + 3]}`;
}

// RFC 5952 text as glibc's inet_ntop writes it (IPv4-mapped and -compatible tails dotted).
function formatIPv6(b) {
  const words = [];
  for (let i = 0; i < 8; i++) words.push((b[i * 2] << 8) | b[i * 2 + 1]);
  let bestBase = -1, bestLen = 0, curBase = -1, curLen = 0;
  for (let i = 0; i < 8; i++) {
    if (words[i] === 0) {
      if (curBase === -1) { curBase = i; curLen = 1; } else curLen++;
      if (curLen > bestLen) { bestBase = curBase; bestLen = curLen; }
    } else {
      curBase = -1;
    }
  }
  if (bestLen < 2) bestBase = -1;
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (bestBase !== -1 && i >= bestBase && i < bestBase + bestLen) {
      if (i === bestBase) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    if (i === 6 && bestBase === 0 && (bestLen === 6 || (bestLen === 5 && words[5] === 0xffff))) {
      out += formatIPv4(b, 12);
      break;
    }
    out += words[i].toString(16);
  }
  if (bestBase !== -1 && bestBase + bestLen === 8) out += ':';
  return out;
}

module.exports = { isIP, isIPv4, isIPv6, parseIPv4, parseIPv6, formatIPv4, formatIPv6 };

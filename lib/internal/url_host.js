'use strict';
// The URL Standard's host parser and serialiser: domains (UTS #46 via ICU, see
// src/modules/url.cc), IPv4 with hex/octal parts, IPv6 with compression, opaque hosts.
// Hosts are kept serialised (IPv6 in brackets); failure is `null`.
const { C0_CONTROL, percentEncode, percentDecodeString } = require('internal/url_encode');
const punycode = require('internal/url_punycode');

let binding;

// Forbidden host code points; forbidden domain code points add C0 controls, '%' and DEL.
const FORBIDDEN_HOST = /[\0\t\n\r #/:<>?@[\\\]^|]/;
const FORBIDDEN_DOMAIN = /[\0-\x20#%/:<>?@[\\\]^|\x7f]/;

function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) { radix = 16; s = s.slice(2); }
  else if (s.length >= 2 && s[0] === '0') { radix = 8; s = s.slice(1); }
  if (s === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(s)) return NaN;
  return parseInt(s, radix);
}

function isAsciiDigits(s) {
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

// Cheap pre-check: the last label starts with a digit (all IPv4 number forms do).
function lastLabelStartsWithDigit(s) {
  let end = s.length;
  if (s.charCodeAt(end - 1) === 0x2e) end--;
  const dot = s.lastIndexOf('.', end - 1);
  const c = s.charCodeAt(dot + 1);
  return c >= 0x30 && c <= 0x39;
}

function isAscii(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

// Lower-cases ASCII and reports failure (null) on a forbidden domain code point.
function asciiDomain(s) {
  let lower = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f) return null;
    if (c >= 0x41 && c <= 0x5a) lower = true;
    else if (FORBIDDEN_DOMAIN_ASCII[c] === 1) return null;
  }
  return lower ? s.toLowerCase() : s;
}
const FORBIDDEN_DOMAIN_ASCII = new Uint8Array(128);
for (const ch of '#%/:<>?@[\\]^|') FORBIDDEN_DOMAIN_ASCII[ch.charCodeAt(0)] = 1;

function endsInANumber(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (isAsciiDigits(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

// Returns the serialised address or null.
function parseIPv4(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const nums = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (Number.isNaN(n)) return null;
    nums.push(n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  const last = nums[nums.length - 1];
  if (last >= 256 ** (5 - nums.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < nums.length - 1; i++) ipv4 += nums[i] * 256 ** (3 - i);
  return serializeIPv4(ipv4);
}

function serializeIPv4(n) {
  return `${Math.floor(n / 16777216) % 256}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

function isHex(c) { return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66); }
function isDigit(c) { return c >= 0x30 && c <= 0x39; }

// Parses the text between brackets; returns the bracketed serialisation or null.
function parseIPv6(s) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0, compress = -1, p = 0;
  const n = s.length;
  const at = (i) => (i < n ? s.charCodeAt(i) : -1);
  if (at(p) === 0x3a) {
    if (at(p + 1) !== 0x3a) return null;
    p += 2;
    compress = ++pieceIndex;
  }
  while (p < n) {
    if (pieceIndex === 8) return null;
    if (at(p) === 0x3a) {
      if (compress !== -1) return null;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0, length = 0;
    while (length < 4 && isHex(at(p))) { value = value * 16 + parseInt(s[p], 16); p++; length++; }
    if (at(p) === 0x2e) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (p < n) {
        let ipv4Piece = -1;
        if (numbersSeen > 0) {
          if (at(p) === 0x2e && numbersSeen < 4) p++;
          else return null;
        }
        if (!isDigit(at(p))) return null;
        while (isDigit(at(p))) {
          const number = at(p) - 0x30;
          if (ipv4Piece === -1) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === 0x3a) {
      p++;
      if (p >= n) return null;
    } else if (p < n) {
      return null;
    }
    address[pieceIndex++] = value;
  }
  if (compress !== -1) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return serializeIPv6(address);
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  let out = '[';
  for (let i = 0; i < 8; i++) {
    if (i === best) {
      out += i === 0 ? '::' : ':';
      i += bestLen - 1;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out + ']';
}

// UTS #46 ToASCII with the URL Standard's options; null on failure.
function domainToASCIIInternal(domain) {
  let ascii;
  if (isAscii(domain)) {
    ascii = domain.toLowerCase();
  } else {
    binding ||= internalBinding('url');
    ascii = binding.domainToASCII(domain);
    if (ascii === undefined) return null;
  }
  if (ascii === '') return null;
  return ascii;
}

// Host parser: `special` false means opaque-host parsing for non-special URLs.
function parseHost(input, special) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    return parseIPv6(input.slice(1, -1));
  }
  if (!special) {
    if (FORBIDDEN_HOST.test(input)) return null;
    return percentEncode(input, C0_CONTROL);
  }
  const domain = percentDecodeString(input);
  let ascii;
  if (isAscii(domain)) {
    ascii = domain === '' ? null : asciiDomain(domain);
  } else {
    ascii = domainToASCIIInternal(domain);
    if (ascii !== null && FORBIDDEN_DOMAIN.test(ascii)) ascii = null;
  }
  if (ascii === null) return null;
  if (lastLabelStartsWithDigit(ascii) && endsInANumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

// Host → Unicode for display: each "xn--" label is Punycode-decoded when it decodes.
function hostToUnicode(host) {
  if (host.indexOf('xn--') === -1 && host.indexOf('XN--') === -1) return host;
  return host.split('.').map((label) => {
    if (!/^xn--/i.test(label)) return label;
    try {
      return punycode.decode(label.slice(4));
    } catch {
      return label;
    }
  }).join('.');
}

module.exports = { parseHost, parseIPv4, parseIPv6, hostToUnicode, FORBIDDEN_HOST };

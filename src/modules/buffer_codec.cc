// Byte codecs behind Buffer (see buffer_codec.h). Hot loops work on whole words where the data
// allows (ASCII runs) and fall back to one character at a time only where it must.
#include "modules/buffer_codec.h"
#include <cstring>

namespace pjs::codec {

namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ull;

// Length of the leading run of bytes < 0x80.
size_t asciiPrefix(const uint8_t* p, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & kHighBits) break;
  }
  while (i < n && p[i] < 0x80) i++;
  return i;
}

// Decodes one UTF-8 sequence at p[i] (i < n), WHATWG style: an invalid maximal subpart
// yields U+FFFD. Returns the bytes consumed.
inline size_t utf8Step(const uint8_t* p, size_t i, size_t n, uint32_t* cp) {
  uint8_t b = p[i];
  if (b < 0x80) { *cp = b; return 1; }
  size_t need;
  uint8_t lo = 0x80, hi = 0xBF;
  uint32_t c;
  if (b >= 0xC2 && b <= 0xDF) { need = 1; c = b & 0x1F; }
  else if (b >= 0xE0 && b <= 0xEF) { need = 2; c = b & 0x0F; if (b == 0xE0) lo = 0xA0; if (b == 0xED) hi = 0x9F; }
  else if (b >= 0xF0 && b <= 0xF4) { need = 3; c = b & 0x07; if (b == 0xF0) lo = 0x90; if (b == 0xF4) hi = 0x8F; }
  else { *cp = 0xFFFD; return 1; }
  size_t j = 1;
  for (; j <= need; j++) {
    if (i + j >= n) break;
    uint8_t x = p[i + j];
    if (x < lo || x > hi) break;
    lo = 0x80; hi = 0xBF;
    c = (c << 6) | (x & 0x3F);
  }
  if (j == need + 1) { *cp = c; return j; }
  *cp = 0xFFFD;
  return j;
}

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char kB64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const char kHex[] = "0123456789abcdef";

// Base64 digit values, both alphabets; 255 = not a digit.
struct Unbase64 {
  uint8_t v[256];
  constexpr Unbase64() : v() {
    for (int i = 0; i < 256; i++) v[i] = 255;
    for (int i = 0; i < 64; i++) { v[static_cast<uint8_t>(kB64[i])] = i; v[static_cast<uint8_t>(kB64Url[i])] = i; }
  }
};
constexpr Unbase64 kUnbase64;

struct Unhex {
  uint8_t v[256];
  constexpr Unhex() : v() {
    for (int i = 0; i < 256; i++) v[i] = 255;
    for (int i = 0; i < 10; i++) v['0' + i] = i;
    for (int i = 0; i < 6; i++) { v['a' + i] = 10 + i; v['A' + i] = 10 + i; }
  }
};
constexpr Unhex kUnhex;

// Node reads 16-bit characters through their low byte here (a cast to uint8_t).
inline uint8_t unb64(uint32_t c) { return kUnbase64.v[c & 0xFF]; }
inline uint8_t unhex(uint32_t c) { return kUnhex.v[c & 0xFF]; }

template <typename C>
size_t utf8LengthT(const C* s, size_t n) {
  size_t out = n;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = s[i];
    if (c < 0x80) continue;
    if (c < 0x800) { out += 1; continue; }
    if constexpr (sizeof(C) == 2) {
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
        out += 2; i++;  // pair: 2 units -> 4 bytes
        continue;
      }
    }
    out += 2;
  }
  return out;
}

template <typename C>
size_t writeUtf8T(const C* s, size_t n, uint8_t* d, size_t cap) {
  size_t i = 0, o = 0;
  while (i < n) {
    if constexpr (sizeof(C) == 1) {
      size_t run = asciiPrefix(s + i, n - i);
      if (run) {
        if (run > cap - o) run = cap - o;
        std::memcpy(d + o, s + i, run);
        i += run; o += run;
        if (i >= n || o >= cap) break;
      }
    }
    uint32_t c = s[i];
    if (c < 0x80) {
      if (o + 1 > cap) break;
      d[o++] = static_cast<uint8_t>(c); i++;
    } else if (c < 0x800) {
      if (o + 2 > cap) break;
      d[o++] = static_cast<uint8_t>(0xC0 | (c >> 6));
      d[o++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      i++;
    } else {
      size_t used = 1;
      if (c >= 0xD800 && c <= 0xDFFF) {
        if (c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
          c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
          used = 2;
        } else {
          c = 0xFFFD;
        }
      }
      if (c >= 0x10000) {
        if (o + 4 > cap) break;
        d[o++] = static_cast<uint8_t>(0xF0 | (c >> 18));
        d[o++] = static_cast<uint8_t>(0x80 | ((c >> 12) & 0x3F));
        d[o++] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
        d[o++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      } else {
        if (o + 3 > cap) break;
        d[o++] = static_cast<uint8_t>(0xE0 | (c >> 12));
        d[o++] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
        d[o++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      }
      i += used;
    }
  }
  return o;
}

template <typename C>
size_t writeLatin1T(const C* s, size_t n, uint8_t* d, size_t cap) {
  size_t m = n < cap ? n : cap;
  if constexpr (sizeof(C) == 1) {
    if (m) std::memcpy(d, s, m);
  } else {
    for (size_t i = 0; i < m; i++) d[i] = static_cast<uint8_t>(s[i]);
  }
  return m;
}

template <typename C>
size_t writeUcs2T(const C* s, size_t n, uint8_t* d, size_t cap) {
  size_t m = cap / 2;
  if (n < m) m = n;
  for (size_t i = 0; i < m; i++) {
    uint16_t c = s[i];
    d[2 * i] = static_cast<uint8_t>(c);
    d[2 * i + 1] = static_cast<uint8_t>(c >> 8);
  }
  return m * 2;
}

template <typename C>
size_t writeHexT(const C* s, size_t n, uint8_t* d, size_t cap) {
  size_t m = n / 2;
  if (cap < m) m = cap;
  for (size_t i = 0; i < m; i++) {
    uint8_t a = unhex(s[2 * i]), b = unhex(s[2 * i + 1]);
    if ((a | b) == 255) return i;
    d[i] = static_cast<uint8_t>((a << 4) | b);
  }
  return m;
}

// Node's lenient base64: characters outside both alphabets are skipped, '=' ends the data,
// a partial final group still yields the bytes its digits complete.
template <typename C>
size_t writeBase64T(const C* s, size_t n, uint8_t* d, size_t cap) {
  size_t i = 0, o = 0;
  // Fast path: whole groups of four valid digits.
  while (i + 4 <= n && o + 3 <= cap) {
    uint8_t a = unb64(s[i]), b = unb64(s[i + 1]), c = unb64(s[i + 2]), e = unb64(s[i + 3]);
    if ((a | b | c | e) & 0x80) break;
    d[o] = static_cast<uint8_t>((a << 2) | (b >> 4));
    d[o + 1] = static_cast<uint8_t>((b << 4) | (c >> 2));
    d[o + 2] = static_cast<uint8_t>((c << 6) | e);
    i += 4; o += 3;
  }
  // Slow path: one digit at a time.
  uint8_t prev = 0;
  int k = 0;  // position in the current group
  while (i < n) {
    uint32_t ch = s[i++] & 0xFF;
    uint8_t v = unb64(ch);
    if (v == 255) {
      if (ch == '=') break;
      continue;
    }
    if (k > 0) {
      if (o >= cap) break;
      if (k == 1) d[o++] = static_cast<uint8_t>((prev << 2) | (v >> 4));
      else if (k == 2) d[o++] = static_cast<uint8_t>((prev << 4) | (v >> 2));
      else d[o++] = static_cast<uint8_t>((prev << 6) | v);
    }
    prev = v;
    k = (k + 1) & 3;
  }
  return o;
}

template <typename C>
size_t base64LengthT(const C* s, size_t n) {
  if (n > 0 && s[n - 1] == '=') n--;
  if (n > 1 && s[n - 1] == '=') n--;
  return (n * 3) >> 2;
}

template <typename C>
size_t writeT(const C* s, size_t n, Encoding enc, uint8_t* d, size_t cap) {
  switch (enc) {
    case UTF8: return writeUtf8T(s, n, d, cap);
    case UCS2: return writeUcs2T(s, n, d, cap);
    case LATIN1: case ASCII: return writeLatin1T(s, n, d, cap);
    case BASE64: case BASE64URL: return writeBase64T(s, n, d, cap);
    case HEX: return writeHexT(s, n, d, cap);
  }
  return 0;
}

// Two output characters per table entry: 12 bits of input -> 2 base64 digits, 8 bits -> 2 hex
// digits (stored in memory order).
struct PairTables {
  uint16_t b64[4096], b64url[4096], hex[256];
  constexpr PairTables() : b64(), b64url(), hex() {
    for (int i = 0; i < 4096; i++) {
      b64[i] = static_cast<uint16_t>(static_cast<uint8_t>(kB64[i >> 6]) | (static_cast<uint8_t>(kB64[i & 63]) << 8));
      b64url[i] = static_cast<uint16_t>(static_cast<uint8_t>(kB64Url[i >> 6]) | (static_cast<uint8_t>(kB64Url[i & 63]) << 8));
    }
    for (int i = 0; i < 256; i++)
      hex[i] = static_cast<uint16_t>(static_cast<uint8_t>(kHex[i >> 4]) | (static_cast<uint8_t>(kHex[i & 15]) << 8));
  }
};
constexpr PairTables kPairs;

void encodeBase64(const uint8_t* p, size_t n, uint8_t* out, bool url) {
  const char* t = url ? kB64Url : kB64;
  const uint16_t* pairs = url ? kPairs.b64url : kPairs.b64;
  size_t i = 0, o = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (p[i] << 16) | (p[i + 1] << 8) | p[i + 2];
    uint16_t hi = pairs[v >> 12], lo = pairs[v & 4095];
    std::memcpy(out + o, &hi, 2);
    std::memcpy(out + o + 2, &lo, 2);
    o += 4;
  }
  size_t rest = n - i;
  if (rest == 1) {
    uint32_t v = p[i] << 16;
    out[o++] = t[v >> 18]; out[o++] = t[(v >> 12) & 63];
    if (!url) { out[o++] = '='; out[o++] = '='; }
  } else if (rest == 2) {
    uint32_t v = (p[i] << 16) | (p[i + 1] << 8);
    out[o++] = t[v >> 18]; out[o++] = t[(v >> 12) & 63]; out[o++] = t[(v >> 6) & 63];
    if (!url) out[o++] = '=';
  }
}

}  // namespace

size_t utf8Length(const Chars& s) {
  if (s.s8) {
    // 8-bit strings: 1 byte per char plus 1 more for each char >= 0x80.
    size_t extra = 0, i = 0;
    for (; i + 8 <= s.len; i += 8) {
      uint64_t w;
      std::memcpy(&w, s.s8 + i, 8);
      extra += __builtin_popcountll(w & kHighBits);
    }
    for (; i < s.len; i++) extra += s.s8[i] >> 7;
    return s.len + extra;
  }
  return utf8LengthT(s.s16, s.len);
}

size_t byteLength(const Chars& s, Encoding enc) {
  switch (enc) {
    case UTF8: return utf8Length(s);
    case UCS2: return s.len * 2;
    case LATIN1: case ASCII: return s.len;
    case BASE64: case BASE64URL: return s.s8 ? base64LengthT(s.s8, s.len) : base64LengthT(s.s16, s.len);
    case HEX: return s.len >> 1;
  }
  return 0;
}

size_t write(const Chars& s, Encoding enc, uint8_t* dst, size_t cap) {
  return s.s8 ? writeT(s.s8, s.len, enc, dst, cap) : writeT(s.s16, s.len, enc, dst, cap);
}

Decoded measure(const uint8_t* p, size_t n, Encoding enc) {
  switch (enc) {
    case UTF8: {
      size_t i = asciiPrefix(p, n), len = i;
      bool wide = false;
      while (i < n) {
        if (p[i] < 0x80) {
          size_t run = asciiPrefix(p + i, n - i);
          i += run; len += run;
          continue;
        }
        uint32_t cp;
        i += utf8Step(p, i, n, &cp);
        if (cp > 0xFF) wide = true;
        len += cp >= 0x10000 ? 2 : 1;
      }
      return {len, wide};
    }
    case UCS2: return {n / 2, true};
    case LATIN1: case ASCII: return {n, false};
    case BASE64: return {(n + 2) / 3 * 4, false};
    case BASE64URL: return {(n * 4 + 2) / 3, false};
    case HEX: return {n * 2, false};
  }
  return {0, false};
}

void decode(const uint8_t* p, size_t n, Encoding enc, uint8_t* out8, uint16_t* out16) {
  switch (enc) {
    case UTF8: {
      size_t i = 0, o = 0;
      while (i < n) {
        size_t run = asciiPrefix(p + i, n - i);
        if (out8) std::memcpy(out8 + o, p + i, run);
        else for (size_t k = 0; k < run; k++) out16[o + k] = p[i + k];
        i += run; o += run;
        if (i >= n) break;
        uint32_t cp;
        i += utf8Step(p, i, n, &cp);
        if (out8) {
          out8[o++] = static_cast<uint8_t>(cp);
        } else if (cp >= 0x10000) {
          cp -= 0x10000;
          out16[o++] = static_cast<uint16_t>(0xD800 + (cp >> 10));
          out16[o++] = static_cast<uint16_t>(0xDC00 + (cp & 0x3FF));
        } else {
          out16[o++] = static_cast<uint16_t>(cp);
        }
      }
      return;
    }
    case UCS2:
      for (size_t i = 0; i + 1 < n; i += 2) out16[i / 2] = static_cast<uint16_t>(p[i] | (p[i + 1] << 8));
      return;
    case LATIN1: if (n) std::memcpy(out8, p, n); return;
    case ASCII: for (size_t i = 0; i < n; i++) out8[i] = p[i] & 0x7F; return;
    case BASE64: case BASE64URL: encodeBase64(p, n, out8, enc == BASE64URL); return;
    case HEX:
      for (size_t i = 0; i < n; i++) std::memcpy(out8 + 2 * i, &kPairs.hex[p[i]], 2);
      return;
  }
}

size_t asciiPrefixLength(const uint8_t* p, size_t n) { return asciiPrefix(p, n); }

size_t decodeUtf8To16(const uint8_t* p, size_t n, uint16_t* out, uint32_t* maxUnit) {
  size_t i = 0, o = 0;
  uint32_t max = 0;
  while (i < n) {
    size_t run = asciiPrefix(p + i, n - i);
    for (size_t k = 0; k < run; k++) out[o + k] = p[i + k];
    i += run; o += run;
    if (i >= n) break;
    uint8_t b = p[i];
    // Common valid 2- and 3-byte forms inline; everything else through utf8Step.
    if (b >= 0xC2 && b <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      uint32_t c = ((b & 0x1F) << 6) | (p[i + 1] & 0x3F);
      out[o++] = static_cast<uint16_t>(c);
      if (c > max) max = c;
      i += 2;
      continue;
    }
    if (b >= 0xE1 && b <= 0xEC && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
      uint32_t c = ((b & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
      out[o++] = static_cast<uint16_t>(c);
      if (c > max) max = c;
      i += 3;
      continue;
    }
    uint32_t cp;
    i += utf8Step(p, i, n, &cp);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out[o++] = static_cast<uint16_t>(0xD800 + (cp >> 10));
      out[o++] = static_cast<uint16_t>(0xDC00 + (cp & 0x3FF));
      max = 0xFFFF;
    } else {
      out[o++] = static_cast<uint16_t>(cp);
      if (cp > max) max = cp;
    }
  }
  // ASCII-only stretches left max at 0: report at least 0x7F when anything was written.
  *maxUnit = o ? (max > 0x7F ? max : 0x7F) : 0;
  return o;
}

bool isAscii(const uint8_t* p, size_t n) { return asciiPrefix(p, n) == n; }

bool isUtf8(const uint8_t* p, size_t n) {
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) { i += asciiPrefix(p + i, n - i); continue; }
    uint32_t cp;
    size_t used = utf8Step(p, i, n, &cp);
    if (cp == 0xFFFD) {
      // A real U+FFFD is EF BF BD (3 bytes); a replacement came from an invalid subpart.
      if (!(used == 3 && p[i] == 0xEF && p[i + 1] == 0xBF && p[i + 2] == 0xBD)) return false;
    }
    i += used;
  }
  return true;
}

}  // namespace pjs::codec

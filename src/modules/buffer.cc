// internalBinding('buffer'): the native half of lib/buffer.js — encoding and decoding strings,
// byte lengths, compare, copy, fill, search, byte swaps and validity checks, all working on the
// engine's own string and typed-array storage (src/engine/qjs_bytes.h), never byte by byte
// through JS. Argument validation with Node's errors happens in JS before these are called.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>
#include "binding/call.h"
#include "core/environment.h"
#include "binding/string_chars.h"
#include "modules/buffer_codec.h"
#include "modules/buffer_string.h"
#include "qjs_bytes.h"

namespace pjs {

namespace {

using codec::Chars;
using codec::Encoding;

// A view's bytes (typed array, DataView, ArrayBuffer).
struct Bytes {
  uint8_t* p = nullptr;
  size_t n = 0;
};

Bytes viewOf(JSContext* ctx, JSValueConst v) {
  Bytes b;
  if (pjs_view_bytes(v, &b.p, &b.n) < 0)
    throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "argument must be a buffer");
  return b;
}

// A string argument's characters (a TypeError for anything else).
class StringArg : public StringChars {
 public:
  StringArg(JSContext* ctx, JSValueConst v) : StringChars(ctx, v) {
    if (!isString()) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "argument must be a string");
  }
};

inline double dbl(JSContext* ctx, JSValueConst v) {
  if (JS_VALUE_GET_TAG(v) == JS_TAG_INT) return JS_VALUE_GET_INT(v);
  double d = 0;
  if (JS_ToFloat64(ctx, &d, v) < 0) throw JsThrow{};
  return d;
}

// An index argument clamped to [0, max] (NaN -> 0, fractions truncated).
inline size_t index(JSContext* ctx, JSValueConst v, size_t max) {
  double d = dbl(ctx, v);
  if (!(d > 0)) return 0;
  if (d >= static_cast<double>(max)) return max;
  return static_cast<size_t>(d);
}

inline Encoding enc(JSContext* ctx, JSValueConst v) {
  int e = static_cast<int>(dbl(ctx, v));
  if (e < codec::UTF8 || e > codec::HEX) e = codec::UTF8;
  return static_cast<Encoding>(e);
}

inline Value int64v(JSContext* ctx, int64_t n) { return Value(ctx, JS_NewInt64(ctx, n)); }

// UTF-8 bytes to a string: ASCII is copied into an 8-bit string; anything else is decoded in
// one pass into scratch UTF-16 (reused between calls, so no fresh pages each time), then
// copied into an exactly sized string — 8-bit when every character is Latin-1.
// Node's (V8's) longest string: 2^29 - 24 characters.
constexpr size_t kStringMaxLength = (1u << 29) - 24;

[[noreturn]] void stringTooLong(JSContext* ctx) {
  throwError(ctx, ErrorKind::Error, "ERR_STRING_TOO_LONG", "Cannot create a string longer than 0x1fffffe8 characters");
}

Value makeUtf8String(JSContext* ctx, const uint8_t* p, size_t n) {
  if (codec::asciiPrefixLength(p, n) == n) {
    if (n > kStringMaxLength) stringTooLong(ctx);
    uint8_t* out;
    Value s(ctx, pjs_new_string8(ctx, static_cast<uint32_t>(n), &out));
    if (s.isException()) throw JsThrow{};
    if (n) std::memcpy(out, p, n);
    return s;
  }
  static thread_local std::vector<uint16_t> scratch;
  std::vector<uint16_t> big;
  std::vector<uint16_t>& units = n <= (1u << 22) ? scratch : big;
  if (units.size() < n) units.resize(n);
  uint32_t max;
  size_t len = codec::decodeUtf8To16(p, n, units.data(), &max);
  if (len > kStringMaxLength) stringTooLong(ctx);
  if (max < 0x100) {
    uint8_t* out8;
    Value s8(ctx, pjs_new_string8(ctx, static_cast<uint32_t>(len), &out8));
    if (s8.isException()) throw JsThrow{};
    for (size_t i = 0; i < len; i++) out8[i] = static_cast<uint8_t>(units[i]);
    return s8;
  }
  uint16_t* out;
  Value s(ctx, pjs_new_string16(ctx, static_cast<uint32_t>(len), &out));
  if (s.isException()) throw JsThrow{};
  if (len) std::memcpy(out, units.data(), len * 2);
  return s;
}

Value makeString(JSContext* ctx, const uint8_t* p, size_t n, Encoding e) {
  if (n == 0) return Value(ctx, JS_NewStringLen(ctx, "", 0));
  if (e == codec::UTF8) return makeUtf8String(ctx, p, n);
  codec::Decoded d = codec::measure(p, n, e);
  if (d.len == 0) return Value(ctx, JS_NewStringLen(ctx, "", 0));
  if (d.len > kStringMaxLength) stringTooLong(ctx);
  if (d.wide) {
    uint16_t* out;
    Value s(ctx, pjs_new_string16(ctx, static_cast<uint32_t>(d.len), &out));
    if (s.isException()) throw JsThrow{};
    codec::decode(p, n, e, nullptr, out);
    return s;
  }
  uint8_t* out;
  Value s(ctx, pjs_new_string8(ctx, static_cast<uint32_t>(d.len), &out));
  if (s.isException()) throw JsThrow{};
  codec::decode(p, n, e, out, nullptr);
  return s;
}

// byteLength(string, enc)
Value byteLength(Call& c) {
  StringArg s(c.ctx(), c.raw(0));
  return int64v(c.ctx(), static_cast<int64_t>(codec::byteLength(s.chars, enc(c.ctx(), c.raw(1)))));
}

// write(buf, string, offset, maxLength, enc) -> bytes written
Value write(Call& c) {
  JSContext* ctx = c.ctx();
  Bytes b = viewOf(ctx, c.raw(0));
  StringArg s(ctx, c.raw(1));
  size_t off = index(ctx, c.raw(2), b.n);
  size_t max = index(ctx, c.raw(3), b.n - off);
  if (!max) return int64v(ctx, 0);
  return int64v(ctx, static_cast<int64_t>(codec::write(s.chars, enc(ctx, c.raw(4)), b.p + off, max)));
}

// slice(buf, enc, start, end) -> string
Value slice(Call& c) {
  JSContext* ctx = c.ctx();
  Bytes b = viewOf(ctx, c.raw(0));
  size_t start = index(ctx, c.raw(2), b.n);
  size_t end = c.has(3) ? index(ctx, c.raw(3), b.n) : b.n;
  if (end <= start) return Value(ctx, JS_NewStringLen(ctx, "", 0));
  return makeString(ctx, b.p + start, end - start, enc(ctx, c.raw(1)));
}

int normalize(int cmp, size_t a, size_t b) {
  if (cmp == 0) return a > b ? 1 : (a < b ? -1 : 0);
  return cmp > 0 ? 1 : -1;
}

// compare(a, b) -> -1 | 0 | 1
Value compare(Call& c) {
  Bytes a = viewOf(c.ctx(), c.raw(0)), b = viewOf(c.ctx(), c.raw(1));
  size_t n = std::min(a.n, b.n);
  return int64v(c.ctx(), normalize(n ? std::memcmp(a.p, b.p, n) : 0, a.n, b.n));
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
Value compareOffset(Call& c) {
  JSContext* ctx = c.ctx();
  Bytes src = viewOf(ctx, c.raw(0)), tgt = viewOf(ctx, c.raw(1));
  double ts = dbl(ctx, c.raw(2)), ss = dbl(ctx, c.raw(3));
  if (ss > static_cast<double>(src.n)) throwRangeError(ctx, "ERR_OUT_OF_RANGE", "The value of \"sourceStart\" is out of range.");
  if (ts > static_cast<double>(tgt.n)) throwRangeError(ctx, "ERR_OUT_OF_RANGE", "The value of \"targetStart\" is out of range.");
  size_t tStart = index(ctx, c.raw(2), tgt.n), sStart = index(ctx, c.raw(3), src.n);
  size_t tEnd = std::max(tStart, index(ctx, c.raw(4), tgt.n));
  size_t sEnd = std::max(sStart, index(ctx, c.raw(5), src.n));
  size_t n = std::min({sEnd - sStart, tEnd - tStart, src.n - sStart});
  int cmp = n ? std::memcmp(src.p + sStart, tgt.p + tStart, n) : 0;
  return int64v(ctx, normalize(cmp, sEnd - sStart, tEnd - tStart));
}

// copy(source, target, targetStart, sourceStart, nb) -> bytes copied
Value copy(Call& c) {
  JSContext* ctx = c.ctx();
  Bytes src = viewOf(ctx, c.raw(0)), tgt = viewOf(ctx, c.raw(1));
  size_t ts = index(ctx, c.raw(2), tgt.n), ss = index(ctx, c.raw(3), src.n);
  size_t nb = index(ctx, c.raw(4), std::min(tgt.n - ts, src.n - ss));
  if (nb) std::memmove(tgt.p + ts, src.p + ss, nb);
  return int64v(ctx, static_cast<int64_t>(nb));
}

void fillPattern(uint8_t* p, size_t n, const uint8_t* pat, size_t m) {
  if (n == 0) return;
  if (m == 1) { std::memset(p, pat[0], n); return; }
  size_t first = std::min(n, m);
  std::memmove(p, pat, first);
  // Double the filled prefix until the range is full.
  size_t done = first;
  while (done < n) {
    size_t k = std::min(done, n - done);
    std::memcpy(p + done, p, k);
    done += k;
  }
}

// fill(buf, value, start, end, enc) -> undefined, or -1 when value encodes to no bytes
// (Node's ERR_INVALID_ARG_VALUE), -2 when the range is outside the buffer.
Value fill(Call& c) {
  JSContext* ctx = c.ctx();
  Bytes b = viewOf(ctx, c.raw(0));
  double ds = dbl(ctx, c.raw(2)), de = dbl(ctx, c.raw(3));
  if (ds < 0 || de > static_cast<double>(b.n) || ds > de) return int64v(ctx, -2);
  size_t start = static_cast<size_t>(ds), end = static_cast<size_t>(de);
  size_t n = end - start;
  JSValueConst v = c.raw(1);
  if (JS_IsString(v) || JS_VALUE_GET_TAG(v) == JS_TAG_STRING_ROPE) {
    StringArg s(ctx, v);
    Encoding e = enc(ctx, c.raw(4));
    std::vector<uint8_t> pat(codec::byteLength(s.chars, e));
    size_t m = codec::write(s.chars, e, pat.data(), pat.size());
    if (m == 0) return int64v(ctx, -1);
    if (n) fillPattern(b.p + start, n, pat.data(), m);
    return undefined(ctx);
  }
  uint8_t* vp;
  size_t vn;
  if (pjs_view_bytes(v, &vp, &vn) == 0) {
    if (vn == 0) return int64v(ctx, -1);
    if (n) {
      std::vector<uint8_t> pat(vp, vp + vn);  // the pattern may overlap the target
      fillPattern(b.p + start, n, pat.data(), vn);
    }
    return undefined(ctx);
  }
  uint32_t x = 0;
  if (JS_ToUint32(ctx, &x, v) < 0) throw JsThrow{};
  if (n) std::memset(b.p + start, static_cast<uint8_t>(x & 255), n);
  return undefined(ctx);
}

// Node's start position for a search (src/node_buffer.cc IndexOfOffset): -1 for no match.
int64_t searchStart(size_t length, int64_t off, int64_t needle, bool forward) {
  int64_t len = static_cast<int64_t>(length);
  if (off < 0) {
    if (off + len >= 0) return len + off;
    if (forward || needle == 0) return 0;
    return -1;
  }
  if (off + needle <= len) return off;
  if (needle == 0) return len;
  if (forward) return -1;
  return len - 1;
}

// Position of needle in hay starting at `from` (forward) or the last one at or before `from`;
// `step` 2 matches only at even positions (UCS-2). Returns -1 when absent.
int64_t find(const uint8_t* hay, size_t hn, const uint8_t* nd, size_t nn, size_t from, bool forward, size_t step) {
  if (nn > hn) return -1;
  if (forward) {
    size_t pos = from;
    if (step == 2) pos &= ~static_cast<size_t>(1);  // the code unit holding byte `from`
    while (pos + nn <= hn) {
      const void* r = memmem(hay + pos, hn - pos, nd, nn);
      if (!r) return -1;
      size_t at = static_cast<const uint8_t*>(r) - hay;
      if (step == 1 || !(at & 1)) return static_cast<int64_t>(at);
      pos = at + 1;
    }
    return -1;
  }
  size_t last = std::min(from, hn - nn);
  if (step == 2) last &= ~static_cast<size_t>(1);
  for (size_t i = last + step;;) {
    if (i < step) return -1;
    i -= step;
    if (step == 1) {
      const void* r = memrchr(hay, nd[0], i + 1);
      if (!r) return -1;
      i = static_cast<const uint8_t*>(r) - hay;
    }
    if (hay[i] == nd[0] && std::memcmp(hay + i, nd, nn) == 0) return static_cast<int64_t>(i);
  }
}

// Node's search rules (IndexOfString / IndexOfBuffer in src/node_buffer.cc). For UCS-2 the
// haystack is whole code units: a string needle measures offsets from the even length, a
// buffer needle from the full length (and an empty one then stops at the even length).
int64_t searchBytes(JSContext* ctx, Bytes hay, const uint8_t* nd, size_t nn, JSValueConst offArg, Encoding e,
                    bool forward, bool bufferNeedle) {
  double od = dbl(ctx, offArg);
  int64_t off = std::isnan(od) ? 0 : static_cast<int64_t>(std::trunc(od));
  const bool ucs2 = e == codec::UCS2;
  const size_t even = hay.n & ~static_cast<size_t>(1);
  if (ucs2 && !bufferNeedle) hay.n = even;
  int64_t start = searchStart(hay.n, off, static_cast<int64_t>(nn), forward);
  if (nn == 0) return ucs2 && bufferNeedle ? std::min<int64_t>(start, static_cast<int64_t>(even)) : start;
  if (ucs2) hay.n = even;
  if (hay.n == 0 || start <= -1) return -1;
  size_t from = static_cast<size_t>(start);
  if ((forward && nn + from > hay.n) || nn > hay.n) return -1;
  if (ucs2) {
    if (hay.n < 2 || nn < 2) return -1;
    return find(hay.p, hay.n, nd, nn & ~static_cast<size_t>(1), from, forward, 2);
  }
  return find(hay.p, hay.n, nd, nn, from, forward, 1);
}

// indexOfString(buf, string, byteOffset, enc, forward)
Value indexOfString(Call& c) {
  JSContext* ctx = c.ctx();
  Bytes hay = viewOf(ctx, c.raw(0));
  StringArg s(ctx, c.raw(1));
  Encoding e = enc(ctx, c.raw(3));
  std::vector<uint8_t> nd(codec::byteLength(s.chars, e));
  size_t nn = codec::write(s.chars, e, nd.data(), nd.size());
  return int64v(ctx, searchBytes(ctx, hay, nd.data(), nn, c.raw(2), e, c.boolean(4), false));
}

// indexOfBuffer(buf, needle, byteOffset, enc, forward)
Value indexOfBuffer(Call& c) {
  JSContext* ctx = c.ctx();
  Bytes hay = viewOf(ctx, c.raw(0)), nd = viewOf(ctx, c.raw(1));
  std::vector<uint8_t> copyOf(nd.p, nd.p + nd.n);
  return int64v(ctx, searchBytes(ctx, hay, copyOf.data(), copyOf.size(), c.raw(2), enc(ctx, c.raw(3)), c.boolean(4), true));
}

// indexOfNumber(buf, byte, byteOffset, forward)
Value indexOfNumber(Call& c) {
  JSContext* ctx = c.ctx();
  Bytes hay = viewOf(ctx, c.raw(0));
  uint32_t needle = 0;
  if (JS_ToUint32(ctx, &needle, c.raw(1)) < 0) throw JsThrow{};
  double od = dbl(ctx, c.raw(2));
  int64_t off = std::isnan(od) ? 0 : static_cast<int64_t>(std::trunc(od));
  bool forward = c.boolean(3);
  int64_t start = searchStart(hay.n, off, 1, forward);
  if (start <= -1 || hay.n == 0) return int64v(ctx, -1);
  size_t from = static_cast<size_t>(start);
  const void* r = forward ? std::memchr(hay.p + from, static_cast<uint8_t>(needle), hay.n - from)
                          : memrchr(hay.p, static_cast<uint8_t>(needle), from + 1);
  return int64v(ctx, r ? static_cast<const uint8_t*>(r) - hay.p : -1);
}

template <int N>
Value swap(Call& c) {
  Bytes b = viewOf(c.ctx(), c.raw(0));
  for (size_t i = 0; i + N <= b.n; i += N) std::reverse(b.p + i, b.p + i + N);
  return undefined(c.ctx());
}

Value isUtf8(Call& c) {
  Bytes b = viewOf(c.ctx(), c.raw(0));
  return boolean(c.ctx(), codec::isUtf8(b.p, b.n));
}

Value isAscii(Call& c) {
  Bytes b = viewOf(c.ctx(), c.raw(0));
  return boolean(c.ctx(), codec::isAscii(b.p, b.n));
}

// isDetached(view): whether a view's (or buffer's) memory is gone.
Value isDetached(Call& c) { return boolean(c.ctx(), pjs_is_detached(c.raw(0)) != 0); }

// Buffer.prototype.indexOf / lastIndexOf in front of the JS versions: a Uint8Array `this`, a
// number or string needle, no encoding and an integer (or no) byteOffset are searched here;
// anything else goes to the JS function (magic 1 = forward).
JSValue fastSearch(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int magic, JSValue* data) {
  const bool forward = magic == 1;
  JSValueConst val = argc > 0 ? argv[0] : JS_UNDEFINED;
  JSValueConst offArg = argc > 1 ? argv[1] : JS_UNDEFINED;
  uint8_t* p;
  size_t n;
  if ((argc > 2 && !JS_IsUndefined(argv[2])) || !pjs_is_uint8array(self) || pjs_view_bytes(self, &p, &n) < 0 ||
      !(JS_IsUndefined(offArg) || JS_VALUE_GET_TAG(offArg) == JS_TAG_INT))
    return JS_Call(ctx, data[0], self, argc, argv);
  int64_t off = JS_IsUndefined(offArg) ? (forward ? 0 : static_cast<int64_t>(n)) : JS_VALUE_GET_INT(offArg);
  if (JS_VALUE_GET_TAG(val) == JS_TAG_INT) {
    int64_t start = searchStart(n, off, 1, forward);
    if (start <= -1 || n == 0) return JS_NewInt32(ctx, -1);
    uint8_t byte = static_cast<uint8_t>(JS_VALUE_GET_INT(val));
    size_t from = static_cast<size_t>(start);
    const void* r = forward ? std::memchr(p + from, byte, n - from) : memrchr(p, byte, from + 1);
    return JS_NewInt64(ctx, r ? static_cast<const uint8_t*>(r) - p : -1);
  }
  if (JS_IsString(val)) {
    try {
      StringArg s(ctx, val);
      std::vector<uint8_t> nd(codec::byteLength(s.chars, codec::UTF8));
      size_t nn = codec::write(s.chars, codec::UTF8, nd.data(), nd.size());
      Value offVal = int64v(ctx, off);
      return JS_NewInt64(ctx, searchBytes(ctx, Bytes{p, n}, nd.data(), nn, offVal.get(), codec::UTF8, forward, false));
    } catch (const JsThrow&) {
      return JS_EXCEPTION;
    }
  }
  return JS_Call(ctx, data[0], self, argc, argv);
}

// fastSearch(forward, slowFn) -> function
Value makeFastSearch(Call& c) {
  JSValueConst slow = c.raw(1);
  return Value(c.ctx(), JS_NewCFunctionData(c.ctx(), fastSearch, 2, c.boolean(0) ? 1 : 0, 1, const_cast<JSValue*>(&slow)));
}

Value isUint8Array(Call& c) { return boolean(c.ctx(), pjs_is_uint8array(c.raw(0)) != 0); }

}  // namespace

Value bytesToString(JSContext* ctx, const uint8_t* p, size_t n, codec::Encoding e) {
  return makeString(ctx, p, n, e);
}

void init_buffer_rw(Environment& env, const Value& t);  // buffer_rw.cc

void init_buffer_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  init_buffer_rw(env, t);
  setMethod<byteLength>(ctx, t, "byteLength", 2);
  setMethod<write>(ctx, t, "write", 5);
  setMethod<slice>(ctx, t, "slice", 4);
  setMethod<compare>(ctx, t, "compare", 2);
  setMethod<compareOffset>(ctx, t, "compareOffset", 6);
  setMethod<copy>(ctx, t, "copy", 5);
  setMethod<fill>(ctx, t, "fill", 5);
  setMethod<indexOfString>(ctx, t, "indexOfString", 5);
  setMethod<indexOfBuffer>(ctx, t, "indexOfBuffer", 5);
  setMethod<indexOfNumber>(ctx, t, "indexOfNumber", 4);
  setMethod<swap<2>>(ctx, t, "swap16", 1);
  setMethod<swap<4>>(ctx, t, "swap32", 1);
  setMethod<swap<8>>(ctx, t, "swap64", 1);
  setMethod<isUtf8>(ctx, t, "isUtf8", 1);
  setMethod<isAscii>(ctx, t, "isAscii", 1);
  setMethod<isDetached>(ctx, t, "isDetached", 1);
  setMethod<isUint8Array>(ctx, t, "isUint8Array", 1);
  setMethod<makeFastSearch>(ctx, t, "fastSearch", 2);
}

}  // namespace pjs

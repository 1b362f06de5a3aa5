// Fast paths of Buffer.prototype.read*/write* for numbers (internalBinding('buffer')
// .fastAccessor): one native call reads or stores the bytes when `this` is a Uint8Array, the
// offset an in-range integer and the value a number in range. Anything else (wrong types,
// out of range, other typed arrays) goes to the JS implementation it wraps, which throws
// Node's errors; so behaviour is the JS one and only the common case is native.
#include <cmath>
#include <cstring>
#include "binding/call.h"
#include "core/environment.h"
#include "qjs_bytes.h"

namespace pjs {

namespace {

// magic = kind | width << 4 | (bigEndian ? 0x100 : 0) | (write ? 0x200 : 0)
enum Kind { kUnsigned = 0, kSigned = 1, kFloat = 2, kBigUnsigned = 3, kBigSigned = 4 };

inline bool intArg(JSValueConst v, int64_t* out) {
  int tag = JS_VALUE_GET_TAG(v);
  if (tag == JS_TAG_INT) { *out = JS_VALUE_GET_INT(v); return true; }
  if (tag == JS_TAG_FLOAT64) {
    double d = JS_VALUE_GET_FLOAT64(v);
    if (d >= -9007199254740991.0 && d <= 9007199254740991.0 && std::trunc(d) == d) { *out = static_cast<int64_t>(d); return true; }
  }
  return false;
}

inline bool numArg(JSValueConst v, double* out) {
  int tag = JS_VALUE_GET_TAG(v);
  if (tag == JS_TAG_INT) { *out = JS_VALUE_GET_INT(v); return true; }
  if (tag == JS_TAG_FLOAT64) { *out = JS_VALUE_GET_FLOAT64(v); return true; }
  return false;
}

inline uint64_t load(const uint8_t* p, int width, bool be) {
  uint64_t v = 0;
  if (be) for (int i = 0; i < width; i++) v = (v << 8) | p[i];
  else for (int i = width - 1; i >= 0; i--) v = (v << 8) | p[i];
  return v;
}

inline void store(uint8_t* p, uint64_t v, int width, bool be) {
  if (be) for (int i = width - 1; i >= 0; i--) { p[i] = static_cast<uint8_t>(v); v >>= 8; }
  else for (int i = 0; i < width; i++) { p[i] = static_cast<uint8_t>(v); v >>= 8; }
}

JSValue accessor(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int magic, JSValue* data) {
  const int kind = magic & 0xF, width = (magic >> 4) & 0xF;
  const bool be = magic & 0x100, isWrite = magic & 0x200;
  uint8_t* p;
  size_t n;
  int64_t off = 0;
  JSValueConst offArg = isWrite ? (argc > 1 ? argv[1] : JS_UNDEFINED) : (argc > 0 ? argv[0] : JS_UNDEFINED);
  if (!pjs_is_uint8array(self) || pjs_view_bytes(self, &p, &n) < 0) goto slow;
  if (!JS_IsUndefined(offArg) && !intArg(offArg, &off)) goto slow;
  if (off < 0 || static_cast<uint64_t>(off) + width > n) goto slow;
  p += off;
  if (!isWrite) {
    uint64_t v = load(p, width, be);
    switch (kind) {
      case kUnsigned: return width == 4 ? JS_NewUint32(ctx, static_cast<uint32_t>(v)) : JS_NewInt32(ctx, static_cast<int32_t>(v));
      case kSigned: {
        int shift = 64 - width * 8;
        return JS_NewInt32(ctx, static_cast<int32_t>(static_cast<int64_t>(v << shift) >> shift));
      }
      case kFloat:
        if (width == 4) { uint32_t u = static_cast<uint32_t>(v); float f; std::memcpy(&f, &u, 4); return JS_NewFloat64(ctx, f); }
        else { double d; std::memcpy(&d, &v, 8); return JS_NewFloat64(ctx, d); }
      case kBigUnsigned: return JS_NewBigUint64(ctx, v);
      case kBigSigned: return JS_NewBigInt64(ctx, static_cast<int64_t>(v));
    }
    goto slow;
  } else {
    JSValueConst val = argc > 0 ? argv[0] : JS_UNDEFINED;
    double d;
    if (!numArg(val, &d)) goto slow;
    uint64_t bits;
    if (kind == kFloat) {
      if (width == 4) { float f = static_cast<float>(d); uint32_t u; std::memcpy(&u, &f, 4); bits = u; }
      else std::memcpy(&bits, &d, 8);
    } else if (kind == kUnsigned) {
      double max = width == 4 ? 4294967295.0 : static_cast<double>((1u << (width * 8)) - 1);
      if (!(d >= 0 && d <= max)) goto slow;
      bits = static_cast<uint64_t>(d);  // fractions truncate, as the JS stores do
    } else if (kind == kSigned) {
      double lim = std::ldexp(1.0, width * 8 - 1);
      if (!(d >= -lim && d <= lim - 1)) goto slow;
      bits = static_cast<uint64_t>(static_cast<int64_t>(d));
    } else {
      goto slow;
    }
    store(p, bits, width, be);
    return JS_NewInt64(ctx, off + width);
  }
slow:
  return JS_Call(ctx, data[0], self, argc, argv);
}

// fastAccessor(magic, slowFn, length) -> function
Value fastAccessor(Call& c) {
  JSContext* ctx = c.ctx();
  int magic = static_cast<int>(c.integer(0));
  JSValueConst slow = c.raw(1);
  int length = static_cast<int>(c.integer(2));
  return Value(ctx, JS_NewCFunctionData(ctx, accessor, length, magic, 1, const_cast<JSValue*>(&slow)));
}

}  // namespace

void init_buffer_rw(Environment& env, const Value& t) {
  setMethod<fastAccessor>(env.context(), t, "fastAccessor", 3);
}

}  // namespace pjs

#include "binding/value.h"
#include <cmath>

namespace pjs {

std::string Value::toString() const {
  size_t len = 0;
  const char* s = JS_ToCStringLen(ctx_, &len, v_);
  if (!s) { JS_FreeValue(ctx_, JS_GetException(ctx_)); return std::string(); }
  std::string out(s, len);
  JS_FreeCString(ctx_, s);
  return out;
}

int64_t Value::toInt64(int64_t fallback) const {
  int64_t n;
  if (JS_ToInt64(ctx_, &n, v_) < 0) { JS_FreeValue(ctx_, JS_GetException(ctx_)); return fallback; }
  return n;
}

double Value::toNumber(double fallback) const {
  double d;
  if (JS_ToFloat64(ctx_, &d, v_) < 0) { JS_FreeValue(ctx_, JS_GetException(ctx_)); return fallback; }
  return d;
}

Value str(JSContext* ctx, std::string_view s) { return Value(ctx, JS_NewStringLen(ctx, s.data(), s.size())); }
Value num(JSContext* ctx, double d) { return Value(ctx, JS_NewFloat64(ctx, d)); }
Value i64(JSContext* ctx, int64_t n) { return Value(ctx, JS_NewInt64(ctx, n)); }
Value boolean(JSContext* ctx, bool b) { return Value(ctx, JS_NewBool(ctx, b)); }
Value undefined(JSContext* ctx) { return Value(ctx, JS_UNDEFINED); }
Value null(JSContext* ctx) { return Value(ctx, JS_NULL); }
Value object(JSContext* ctx) { return Value(ctx, JS_NewObject(ctx)); }
Value array(JSContext* ctx) { return Value(ctx, JS_NewArray(ctx)); }
Value bigint64(JSContext* ctx, int64_t n) { return Value(ctx, JS_NewBigInt64(ctx, n)); }

Value bytes(JSContext* ctx, const void* data, size_t len) {
  Value ab(ctx, JS_NewArrayBufferCopy(ctx, static_cast<const uint8_t*>(data), len));
  // The engine's constructor reads argv[0..2] unconditionally: pass all three.
  JSValue args[3] = {ab.get(), JS_NewInt32(ctx, 0), JS_NewInt64(ctx, static_cast<int64_t>(len))};
  return Value(ctx, JS_NewTypedArray(ctx, 3, args, JS_TYPED_ARRAY_UINT8));
}

}  // namespace pjs

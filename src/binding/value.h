// Owned JS values: the only way native module code holds a JSValue. Copy = dup, destroy = free,
// so module code never calls JS_FreeValue by hand.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include "quickjs.h"

namespace pjs {

class Value {
 public:
  Value() = default;
  // Takes ownership of v (a new reference).
  Value(JSContext* ctx, JSValue v) : ctx_(ctx), v_(v) {}
  static Value borrow(JSContext* ctx, JSValueConst v) { return Value(ctx, JS_DupValue(ctx, v)); }
  Value(const Value& o) : ctx_(o.ctx_), v_(o.ctx_ ? JS_DupValue(o.ctx_, o.v_) : o.v_) {}
  Value(Value&& o) noexcept : ctx_(o.ctx_), v_(o.v_) { o.v_ = JS_UNDEFINED; }
  Value& operator=(Value o) noexcept { std::swap(ctx_, o.ctx_); std::swap(v_, o.v_); return *this; }
  ~Value() { if (ctx_) JS_FreeValue(ctx_, v_); }

  // Gives the reference away (to return it to the engine).
  JSValue release() { JSValue v = v_; v_ = JS_UNDEFINED; return v; }
  JSValueConst get() const { return v_; }
  JSContext* ctx() const { return ctx_; }

  bool isUndefined() const { return JS_IsUndefined(v_); }
  bool isNull() const { return JS_IsNull(v_); }
  bool isNullish() const { return isUndefined() || isNull(); }
  bool isException() const { return JS_IsException(v_); }
  bool isObject() const { return JS_IsObject(v_); }
  bool isString() const { return JS_IsString(v_); }
  bool isNumber() const { return JS_IsNumber(v_); }
  bool isFunction() const { return ctx_ && JS_IsFunction(ctx_, v_); }

  Value get(const char* name) const { return Value(ctx_, JS_GetPropertyStr(ctx_, v_, name)); }
  Value get(uint32_t i) const { return Value(ctx_, JS_GetPropertyUint32(ctx_, v_, i)); }
  void set(const char* name, Value v) const { JS_SetPropertyStr(ctx_, v_, name, v.release()); }
  void set(uint32_t i, Value v) const { JS_SetPropertyUint32(ctx_, v_, i, v.release()); }

  // Conversions (no exceptions; use Call::arg for checked argument conversion).
  std::string toString() const;
  int64_t toInt64(int64_t fallback = 0) const;
  double toNumber(double fallback = 0) const;
  bool toBool() const { return JS_ToBool(ctx_, v_) > 0; }

 private:
  JSContext* ctx_ = nullptr;
  JSValue v_ = JS_UNDEFINED;
};

// Constructors of new values.
Value str(JSContext* ctx, std::string_view s);
Value num(JSContext* ctx, double d);
Value i64(JSContext* ctx, int64_t n);
Value boolean(JSContext* ctx, bool b);
Value undefined(JSContext* ctx);
Value null(JSContext* ctx);
Value object(JSContext* ctx);
Value array(JSContext* ctx);
Value bigint64(JSContext* ctx, int64_t n);
Value bytes(JSContext* ctx, const void* data, size_t len);  // Uint8Array copy

}  // namespace pjs

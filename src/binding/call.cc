#include "binding/call.h"
#include <cmath>
#include <vector>
#include "core/environment.h"

namespace pjs {

Environment& Call::env() const { return Environment::from(ctx_); }

static const char* typeName(JSContext* ctx, JSValueConst v) {
  if (JS_IsUndefined(v)) return "undefined";
  if (JS_IsNull(v)) return "null";
  if (JS_IsString(v)) return "string";
  if (JS_IsNumber(v)) return "number";
  if (JS_IsBool(v)) return "boolean";
  if (JS_IsBigInt(ctx, v)) return "bigint";
  if (JS_IsSymbol(v)) return "symbol";
  if (JS_IsFunction(ctx, v)) return "function";
  return "object";
}

[[noreturn]] static void badType(JSContext* ctx, int i, const char* name, const char* want, JSValueConst v) {
  std::string n = name ? name : ("argument " + std::to_string(i));
  throwTypeError(ctx, "ERR_INVALID_ARG_TYPE",
                 "The \"" + n + "\" argument must be of type " + want + ". Received type " +
                     typeName(ctx, v));
}

std::string Call::string(int i, const char* name) const {
  if (!JS_IsString(raw(i))) badType(ctx_, i, name, "string", raw(i));
  return arg(i).toString();
}

double Call::number(int i, const char* name) const {
  if (!JS_IsNumber(raw(i))) badType(ctx_, i, name, "number", raw(i));
  double d;
  JS_ToFloat64(ctx_, &d, raw(i));
  return d;
}

int64_t Call::integer(int i, const char* name) const {
  double d = number(i, name);
  if (!std::isfinite(d) || std::floor(d) != d) {
    std::string n = name ? name : ("argument " + std::to_string(i));
    throwRangeError(ctx_, "ERR_OUT_OF_RANGE", "The value of \"" + n + "\" is out of range. It must be an integer.");
  }
  return static_cast<int64_t>(d);
}

Value Call::function(int i, const char* name) const {
  if (!JS_IsFunction(ctx_, raw(i))) badType(ctx_, i, name, "function", raw(i));
  return arg(i);
}

Value callFunction(JSContext* ctx, const Value& fn, const Value& self, int argc, Value* argv) {
  JSValue args[16];
  std::vector<JSValue> big;
  JSValue* a = args;
  if (argc > 16) { big.resize(argc); a = big.data(); }
  for (int i = 0; i < argc; i++) a[i] = argv[i].get();
  return Value(ctx, JS_Call(ctx, fn.get(), self.get(), argc, a));
}

}  // namespace pjs

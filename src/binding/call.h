// Typed access to a native function's arguments, and registration of native functions.
// A native function has the signature `Value fn(Call&)`; register it with
//   setMethod<fn>(ctx, obj, "name", length)
// The trampoline converts C++ failures (JsThrow, std::exception, bad_alloc) into JS exceptions.
#pragma once
#include <new>
#include <stdexcept>
#include <string>
#include "binding/errors.h"
#include "binding/value.h"

namespace pjs {

class Environment;

class Call {
 public:
  Call(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv)
      : ctx_(ctx), self_(self), argc_(argc), argv_(argv) {}
  JSContext* ctx() const { return ctx_; }
  Environment& env() const;
  int length() const { return argc_; }
  JSValueConst raw(int i) const { return i < argc_ ? argv_[i] : JS_UNDEFINED; }
  Value arg(int i) const { return Value::borrow(ctx_, raw(i)); }
  Value self() const { return Value::borrow(ctx_, self_); }

  // Checked conversions: a wrong type throws ERR_INVALID_ARG_TYPE naming the argument.
  std::string string(int i, const char* name = nullptr) const;
  double number(int i, const char* name = nullptr) const;
  int64_t integer(int i, const char* name = nullptr) const;
  bool boolean(int i) const { return JS_ToBool(ctx_, raw(i)) > 0; }
  Value function(int i, const char* name = nullptr) const;
  bool has(int i) const { return i < argc_ && !JS_IsUndefined(argv_[i]); }

 private:
  JSContext* ctx_;
  JSValueConst self_;
  int argc_;
  JSValueConst* argv_;
};

using NativeFn = Value (*)(Call&);

template <NativeFn F>
JSValue trampoline(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv) {
  try {
    Call c(ctx, self, argc, argv);
    return F(c).release();
  } catch (const JsThrow&) {
    return JS_EXCEPTION;
  } catch (const std::bad_alloc&) {
    return JS_ThrowOutOfMemory(ctx);
  } catch (const std::exception& e) {
    return JS_ThrowInternalError(ctx, "%s", e.what());
  }
}

template <NativeFn F>
Value function(JSContext* ctx, const char* name, int length) {
  return Value(ctx, JS_NewCFunction(ctx, &trampoline<F>, name, length));
}

template <NativeFn F>
void setMethod(JSContext* ctx, const Value& obj, const char* name, int length) {
  obj.set(name, function<F>(ctx, name, length));
}

// Calls fn(this, args...) and returns the result (may be an exception value: check isException).
Value callFunction(JSContext* ctx, const Value& fn, const Value& self, int argc, Value* argv);

}  // namespace pjs

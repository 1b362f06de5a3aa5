#include "binding/errors.h"
#include <uv.h>
#include <string>

namespace pjs {

static JSValue newError(JSContext* ctx, ErrorKind kind, const std::string& msg) {
  const char* ctor = kind == ErrorKind::TypeError    ? "TypeError"
                     : kind == ErrorKind::RangeError ? "RangeError"
                     : kind == ErrorKind::SyntaxError ? "SyntaxError" : "Error";
  JSValue global = JS_GetGlobalObject(ctx);
  JSValue c = JS_GetPropertyStr(ctx, global, ctor);
  JSValue m = JS_NewStringLen(ctx, msg.data(), msg.size());
  JSValue err = JS_CallConstructor(ctx, c, 1, &m);
  JS_FreeValue(ctx, m);
  JS_FreeValue(ctx, c);
  JS_FreeValue(ctx, global);
  return err;
}

void throwError(JSContext* ctx, ErrorKind kind, const char* code, const std::string& msg) {
  JSValue err = newError(ctx, kind, msg);
  if (JS_IsException(err)) throw JsThrow{};
  if (code) {
    JS_DefinePropertyValueStr(ctx, err, "code", JS_NewString(ctx, code),
                              JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE | JS_PROP_ENUMERABLE);
    // Node's stack and toString show "Name [CODE]: message".
    JSValue stack = JS_GetPropertyStr(ctx, err, "stack");
    if (JS_IsString(stack)) {
      const char* s = JS_ToCString(ctx, stack);
      std::string st(s ? s : "");
      JS_FreeCString(ctx, s);
      JSValue name = JS_GetPropertyStr(ctx, err, "name");
      const char* n = JS_ToCString(ctx, name);
      std::string head = std::string(n ? n : "Error");
      JS_FreeCString(ctx, n);
      JS_FreeValue(ctx, name);
      std::string full = head + " [" + code + "]: " + msg + "\n" + st;
      JS_DefinePropertyValueStr(ctx, err, "stack", JS_NewStringLen(ctx, full.data(), full.size()),
                                JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
    }
    JS_FreeValue(ctx, stack);
  }
  JS_Throw(ctx, err);
  throw JsThrow{};
}

void throwTypeError(JSContext* ctx, const char* code, const std::string& msg) {
  throwError(ctx, ErrorKind::TypeError, code, msg);
}
void throwRangeError(JSContext* ctx, const char* code, const std::string& msg) {
  throwError(ctx, ErrorKind::RangeError, code, msg);
}

JSValue makeUvError(JSContext* ctx, int err, const char* syscall, const char* path, const char* dest) {
  const char* code = uv_err_name(err);
  std::string msg = std::string(code) + ": " + uv_strerror(err) + ", " + syscall;
  if (path) msg += std::string(" '") + path + "'";
  if (dest) msg += std::string(" -> '") + dest + "'";
  JSValue e = newError(ctx, ErrorKind::Error, msg);
  if (JS_IsException(e)) return e;
  const int flags = JS_PROP_C_W_E;
  JS_DefinePropertyValueStr(ctx, e, "errno", JS_NewInt32(ctx, err), flags);
  JS_DefinePropertyValueStr(ctx, e, "code", JS_NewString(ctx, code), flags);
  JS_DefinePropertyValueStr(ctx, e, "syscall", JS_NewString(ctx, syscall), flags);
  if (path) JS_DefinePropertyValueStr(ctx, e, "path", JS_NewString(ctx, path), flags);
  if (dest) JS_DefinePropertyValueStr(ctx, e, "dest", JS_NewString(ctx, dest), flags);
  return e;
}

void throwUvError(JSContext* ctx, int err, const char* syscall, const char* path, const char* dest) {
  JSValue e = makeUvError(ctx, err, syscall, path, dest);
  if (!JS_IsException(e)) JS_Throw(ctx, e);
  throw JsThrow{};
}

}  // namespace pjs

// internalBinding('util'): what util.inspect needs to see inside engine objects
// (docs/BINDINGS.md).
#include "binding/call.h"
#include "core/environment.h"
#include "qjs_engine.h"

namespace pjs {

static Value getPromiseDetails(Call& c) {
  JSContext* ctx = c.ctx();
  int s = JS_PromiseState(ctx, c.raw(0));
  if (s < 0) return undefined(ctx);
  Value out = array(ctx);
  out.set(0u, i64(ctx, s));
  if (s != JS_PROMISE_PENDING) out.set(1u, Value(ctx, JS_PromiseResult(ctx, c.raw(0))));
  return out;
}

static Value getProxyDetails(Call& c) {
  JSContext* ctx = c.ctx();
  JSValue target, handler;
  if (pjs_proxy_details(ctx, c.raw(0), &target, &handler) < 0) return undefined(ctx);
  Value t(ctx, target), h(ctx, handler);
  if (c.has(1) && !c.boolean(1)) return t;
  Value out = array(ctx);
  out.set(0u, t);
  out.set(1u, h);
  return out;
}

static Value previewEntries(Call& c) {
  JSContext* ctx = c.ctx();
  int kv = 0;
  Value entries(ctx, pjs_collection_entries(ctx, c.raw(0), &kv));
  if (entries.isUndefined()) return entries;
  if (!c.boolean(1)) return entries;
  Value out = array(ctx);
  out.set(0u, entries);
  out.set(1u, boolean(ctx, kv));
  return out;
}

static bool isArrayIndex(const char* s) {
  if (!*s) return false;
  if (s[0] == '0' && s[1]) return false;
  uint64_t n = 0;
  for (const char* p = s; *p; p++) {
    if (*p < '0' || *p > '9') return false;
    n = n * 10 + static_cast<uint64_t>(*p - '0');
    if (n >= 4294967295ULL) return false;
  }
  return true;
}

static Value getOwnNonIndexProperties(Call& c) {
  JSContext* ctx = c.ctx();
  if (!JS_IsObject(c.raw(0))) return array(ctx);
  bool onlyEnumerable = c.boolean(1);
  JSPropertyEnum* props = nullptr;
  uint32_t n = 0;
  int flags = JS_GPN_STRING_MASK | JS_GPN_SYMBOL_MASK | (onlyEnumerable ? JS_GPN_ENUM_ONLY : 0);
  if (JS_GetOwnPropertyNames(ctx, &props, &n, c.raw(0), flags) < 0) throw JsThrow{};
  Value out = array(ctx);
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++) {
    Value key(ctx, JS_AtomToValue(ctx, props[i].atom));
    bool skip = false;
    if (key.isString()) {
      const char* s = JS_ToCString(ctx, key.get());
      skip = s && isArrayIndex(s);
      JS_FreeCString(ctx, s);
    }
    if (!skip) out.set(k++, key);
  }
  for (uint32_t i = 0; i < n; i++) JS_FreeAtom(ctx, props[i].atom);
  js_free(ctx, props);
  return out;
}

static Value getConstructorName(Call& c) {
  JSContext* ctx = c.ctx();
  Value obj = c.arg(0);
  while (obj.isObject()) {
    JSPropertyDescriptor d;
    JSAtom a = JS_NewAtom(ctx, "constructor");
    int r = JS_GetOwnProperty(ctx, &d, obj.get(), a);
    JS_FreeAtom(ctx, a);
    if (r < 0) throw JsThrow{};
    if (r > 0) {
      Value v(ctx, d.value), g(ctx, d.getter), s(ctx, d.setter);
      if (v.isFunction()) {
        std::string n = v.get("name").toString();
        if (!n.empty()) return str(ctx, n);
      }
    }
    obj = Value(ctx, JS_GetPrototype(ctx, obj.get()));
  }
  return str(ctx, "");
}

// Error.captureStackTrace(obj, fn?) as V8 offers it.
static Value captureStackTrace(Call& c) {
  if (!JS_IsObject(c.raw(0)))
    throwTypeError(c.ctx(), "ERR_INVALID_ARG_TYPE", "Invalid argument");
  // Frames to drop without fn: this native function and the JS wrapper that calls it.
  pjs_capture_stack(c.ctx(), c.raw(0), c.raw(1), 2);
  return undefined(c.ctx());
}

// The runtime's Error.prepareStackTrace adapter (see pjs_set_prepare_stack_callback).
static Value setPrepareStackTraceCallback(Call& c) {
  pjs_set_prepare_stack_callback(c.ctx(), c.raw(0));
  return undefined(c.ctx());
}

static Value isClassConstructor(Call& c) { return boolean(c.ctx(), pjs_is_class_constructor(c.ctx(), c.raw(0))); }

void init_util_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<getPromiseDetails>(ctx, t, "getPromiseDetails", 1);
  setMethod<getProxyDetails>(ctx, t, "getProxyDetails", 2);
  setMethod<previewEntries>(ctx, t, "previewEntries", 2);
  setMethod<getOwnNonIndexProperties>(ctx, t, "getOwnNonIndexProperties", 2);
  setMethod<getConstructorName>(ctx, t, "getConstructorName", 1);
  setMethod<captureStackTrace>(ctx, t, "captureStackTrace", 2);
  setMethod<isClassConstructor>(ctx, t, "isClassConstructor", 1);
  setMethod<setPrepareStackTraceCallback>(ctx, t, "setPrepareStackTraceCallback", 1);
}

}  // namespace pjs

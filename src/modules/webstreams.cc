// internalBinding('webstreams'): ArrayBuffer transfer for the WHATWG Streams byte streams
// (the engine has no ArrayBuffer.prototype.transfer): copy the bytes into a new buffer and
// detach the old one, as the spec's TransferArrayBuffer requires.
#include "binding/call.h"
#include "core/environment.h"
#include "qjs_engine.h"

namespace pjs {

// Returns the bytes of a live ArrayBuffer, or nullptr when it is detached (no exception left).
static uint8_t* liveBytes(JSContext* ctx, JSValueConst v, size_t* size, bool* detached) {
  *detached = false;
  uint8_t* p = JS_GetArrayBuffer(ctx, size, v);
  if (p) return p;
  if (JS_HasException(ctx)) {
    JS_FreeValue(ctx, JS_GetException(ctx));
    *detached = true;
  }
  return nullptr;
}

static Value transfer(Call& c) {
  JSContext* ctx = c.ctx();
  if (pjs_brand(c.raw(0)) != PJS_BRAND_ARRAY_BUFFER) {
    throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"buffer\" argument must be an ArrayBuffer");
  }
  size_t size = 0;
  bool detached = false;
  uint8_t* p = liveBytes(ctx, c.raw(0), &size, &detached);
  if (detached) throwTypeError(ctx, "ERR_INVALID_STATE", "Invalid state: ArrayBuffer is detached");
  JSValue out = JS_NewArrayBufferCopy(ctx, p, size);
  if (JS_IsException(out)) throw JsThrow();
  JS_DetachArrayBuffer(ctx, c.raw(0));
  return Value(ctx, out);
}

static Value isDetached(Call& c) {
  JSContext* ctx = c.ctx();
  if (pjs_brand(c.raw(0)) != PJS_BRAND_ARRAY_BUFFER) return boolean(ctx, false);
  size_t size = 0;
  bool detached = false;
  liveBytes(ctx, c.raw(0), &size, &detached);
  return boolean(ctx, detached);
}

void init_webstreams_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<transfer>(ctx, t, "transfer", 1);
  setMethod<isDetached>(ctx, t, "isDetached", 1);
}

}  // namespace pjs

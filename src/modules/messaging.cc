// internalBinding('messaging'): what structured cloning (lib/internal/structured_clone.js)
// cannot do in JS on QuickJS 2025-04-26, which lacks ArrayBuffer.prototype.transfer/detached:
// transferArrayBuffer(ab) moves the bytes into a new ArrayBuffer and detaches `ab`;
// isDetached(ab) tells whether an ArrayBuffer was detached.
#include "binding/call.h"
#include "core/environment.h"

namespace pjs {

static Value transferArrayBuffer(Call& c) {
  size_t len = 0;
  uint8_t* data = JS_GetArrayBuffer(c.ctx(), &len, c.raw(0));
  if (!data && JS_HasException(c.ctx())) throw JsThrow{};  // not an ArrayBuffer, or detached
  Value copy(c.ctx(), check(JS_NewArrayBufferCopy(c.ctx(), data, len)));
  JS_DetachArrayBuffer(c.ctx(), c.raw(0));
  return copy;
}

static Value isDetached(Call& c) {
  size_t len = 0;
  uint8_t* data = JS_GetArrayBuffer(c.ctx(), &len, c.raw(0));
  if (data || !JS_HasException(c.ctx())) return boolean(c.ctx(), false);
  JS_FreeValue(c.ctx(), JS_GetException(c.ctx()));
  return boolean(c.ctx(), true);
}

void init_messaging_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<transferArrayBuffer>(ctx, t, "transferArrayBuffer", 1);
  setMethod<isDetached>(ctx, t, "isDetached", 1);
}

}  // namespace pjs

// internalBinding('async_context'): the current async context frame (AsyncLocalStorage's
// stores), kept by the engine layer (src/engine/qjs_engine.c) so promise reactions can capture it.
// getFrame() → the frame (undefined when empty); setFrame(frame) makes it current.
#include "binding/call.h"
#include "core/environment.h"
#include "qjs_engine.h"

namespace pjs {

static Value getFrame(Call& c) { return Value(c.ctx(), pjs_async_frame_get(c.ctx())); }

static Value setFrame(Call& c) {
  pjs_async_frame_set(c.ctx(), c.raw(0));
  return undefined(c.ctx());
}

void init_async_context_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<getFrame>(ctx, t, "getFrame", 0);
  setMethod<setFrame>(ctx, t, "setFrame", 1);
}

}  // namespace pjs

// The async context frame (AsyncLocalStorage's stores, docs/DESIGN.md) for native callbacks:
// capture it when a request is issued, and call the request's JS callback with it current, so
// the store propagates through native work as Node's does:
//   job->frame = AsyncFrame(ctx);                              // when issuing
//   job->frame.makeCallback(env, cb, undefined(ctx), 2, args); // on completion
#pragma once
#include "binding/value.h"
#include "core/environment.h"
#include "qjs_engine.h"

namespace pjs {

class AsyncFrame {
 public:
  AsyncFrame() = default;
  explicit AsyncFrame(JSContext* ctx) : frame_(ctx, pjs_async_frame_get(ctx)) {}

  // env.makeCallback(fn, self, argc, argv) with this frame current; the previous frame is
  // current again afterwards.
  Value makeCallback(Environment& env, const Value& fn, const Value& self, int argc, Value* argv) const {
    JSContext* ctx = env.context();
    Value saved(ctx, pjs_async_frame_get(ctx));
    pjs_async_frame_set(ctx, frame_.ctx() ? frame_.get() : JS_UNDEFINED);
    Value r = env.makeCallback(fn, self, argc, argv);
    pjs_async_frame_set(ctx, saved.get());
    return r;
  }

 private:
  Value frame_;
};

}  // namespace pjs

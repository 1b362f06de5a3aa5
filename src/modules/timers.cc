// internalBinding('timers'): the native half of timers, immediates, nextTick and microtasks.
// One uv_timer per Environment serves every JS timer (lib/internal/timers.js keeps them in a
// priority queue and asks for the next expiry); a uv_check runs setImmediate callbacks and a
// uv_idle keeps the loop from blocking while referenced immediates wait.
#include "binding/call.h"
#include "core/environment.h"
#include "qjs_engine.h"

namespace pjs {

// The JS side re-arms the handle itself (lib/internal/timers.js arm()), also when a timer
// callback threw, so nothing is done with processTimers' result here.
static void onTimer(uv_timer_t* h) {
  auto* env = static_cast<Environment*>(h->data);
  JSContext* ctx = env->context();
  Value now = num(ctx, static_cast<double>(uv_now(env->loop())));
  env->makeCallback(env->hook("processTimers"), undefined(ctx), 1, &now);
}

static void onCheck(uv_check_t* h) {
  auto* env = static_cast<Environment*>(h->data);
  if (!env->immediatePending) return;
  env->makeCallback(env->hook("processImmediate"), undefined(env->context()), 0, nullptr);
}

static void onIdle(uv_idle_t*) {}

static Value scheduleTimer(Call& c) {
  Environment& env = c.env();
  double ms = c.number(0, "duration");
  uv_timer_start(env.timerHandle(), onTimer, ms < 1 ? 1 : static_cast<uint64_t>(ms), 0);
  return undefined(c.ctx());
}

static Value toggleTimerRef(Call& c) {
  auto* h = reinterpret_cast<uv_handle_t*>(c.env().timerHandle());
  if (c.boolean(0)) uv_ref(h); else uv_unref(h);
  return undefined(c.ctx());
}

static Value setImmediatePending(Call& c) {
  Environment& env = c.env();
  env.immediatePending = c.boolean(0);
  if (env.immediatePending) uv_check_start(env.immediateCheck(), onCheck);
  else uv_check_stop(env.immediateCheck());
  return undefined(c.ctx());
}

static Value toggleImmediateRef(Call& c) {
  Environment& env = c.env();
  if (c.boolean(0)) uv_idle_start(env.immediateIdle(), onIdle);
  else uv_idle_stop(env.immediateIdle());
  return undefined(c.ctx());
}

// The loop's clock, brought up to date first (as Node's GetNow): a timer created after a long
// synchronous stretch counts from when it was created, not from the loop's last turn.
static Value getLibuvNow(Call& c) {
  uv_update_time(c.env().loop());
  return num(c.ctx(), static_cast<double>(uv_now(c.env().loop())));
}

static Value setTickScheduled(Call& c) {
  c.env().tickScheduled = c.boolean(0);
  return undefined(c.ctx());
}

// argv: [callback, async context frame captured by queueMicrotask]
static JSValue microtaskJob(JSContext* ctx, int argc, JSValueConst* argv) {
  pjs_async_frame_set(ctx, argv[1]);
  return JS_Call(ctx, argv[0], JS_UNDEFINED, 0, nullptr);
}

static Value queueMicrotask(Call& c) {
  Value fn = c.function(0, "callback");
  Value frame(c.ctx(), pjs_async_frame_get(c.ctx()));
  JSValueConst a[2] = {fn.get(), frame.get()};
  if (JS_EnqueueJob(c.ctx(), microtaskJob, 2, a) < 0) throw JsThrow{};
  return undefined(c.ctx());
}

static Value runMicrotasks(Call& c) {
  c.env().runMicrotasks();
  return undefined(c.ctx());
}

// takeRejections() → [[type, promise, reason], …]; type 0 unhandled, 1 handled later.
static Value takeRejections(Call& c) {
  Environment& env = c.env();
  JSContext* ctx = c.ctx();
  Value out = array(ctx);
  uint32_t i = 0;
  for (auto& r : env.pendingRejections) {
    Value e = array(ctx);
    e.set(0u, i64(ctx, r.type));
    e.set(1u, r.promise);
    e.set(2u, r.reason);
    out.set(i++, e);
  }
  env.pendingRejections.clear();
  return out;
}

void init_timers_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<scheduleTimer>(ctx, t, "scheduleTimer", 1);
  setMethod<toggleTimerRef>(ctx, t, "toggleTimerRef", 1);
  setMethod<setImmediatePending>(ctx, t, "setImmediatePending", 1);
  setMethod<toggleImmediateRef>(ctx, t, "toggleImmediateRef", 1);
  setMethod<getLibuvNow>(ctx, t, "getLibuvNow", 0);
  setMethod<setTickScheduled>(ctx, t, "setTickScheduled", 1);
  setMethod<queueMicrotask>(ctx, t, "queueMicrotask", 1);
  setMethod<runMicrotasks>(ctx, t, "runMicrotasks", 0);
  setMethod<takeRejections>(ctx, t, "takeRejections", 0);
}

}  // namespace pjs

#include "core/environment.h"
#include "core/stdio_state.h"
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include "binding/call.h"
#include "binding/native_object.h"
#include "core/bindings.h"
#include "core/compile_cache.h"
#include "core/module_hooks.h"
#include "core/builtins.h"
#include "qjs_engine.h"

#ifdef PJS_DEV_PROFILER  // -DPJS_DEV_PROFILER=ON: src/engine/qjs_profiler.inc
extern "C" void pjs_prof_start(JSRuntime*);
extern "C" void pjs_prof_dump(void);
#endif
namespace pjs {

static void onPromiseRejection(JSContext* ctx, JSValueConst promise, JSValueConst reason,
                               JS_BOOL is_handled, void* opaque) {
  auto* env = static_cast<Environment*>(opaque);
  env->pendingRejections.push_back(
      {is_handled ? 1 : 0, Value::borrow(ctx, promise), Value::borrow(ctx, reason)});
}

Environment::Environment(Options options) : options_(std::move(options)) {
  if (uv_loop_init(&loop_) != 0) throw std::runtime_error("uv_loop_init failed");
  loop_.data = this;
  uv_loop_configure(&loop_, UV_METRICS_IDLE_TIME);  // performance.eventLoopUtilization()
  rt_ = JS_NewRuntime();
  if (!rt_) throw std::runtime_error("JS_NewRuntime failed");
#ifdef PJS_DEV_PROFILER
  if (getenv("PJS_PROF")) pjs_prof_start(rt_);
#endif
  JS_SetRuntimeOpaque(rt_, this);
  JS_SetMaxStackSize(rt_, 4 * 1024 * 1024);
  // Cycle collection starts once this much was allocated since the last one (QuickJS: 256 KiB).
  // Start-up allocates ~2 MiB of long-lived objects; collecting cycles in the middle of it finds
  // nothing and costs ~8% of a short run.
  JS_SetGCThreshold(rt_, 4 * 1024 * 1024);
  ctx_ = JS_NewContext(rt_);
  if (!ctx_) throw std::runtime_error("JS_NewContext failed");
  JS_SetContextOpaque(ctx_, this);
  JS_SetHostPromiseRejectionTracker(rt_, onPromiseRejection, this);
  installModuleHooks(*this);

  uv_timer_init(&loop_, &timer_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
  uv_check_init(&loop_, &immediateCheck_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&immediateCheck_));
  uv_idle_init(&loop_, &immediateIdle_);
  timer_.data = immediateCheck_.data = immediateIdle_.data = this;
}

Environment::~Environment() {
  tearingDown = true;
#ifdef PJS_DEV_PROFILER
  if (getenv("PJS_PROF")) pjs_prof_dump();
#endif
  // Native objects drop their engine references (and close their handles) first.
  std::vector<NativeObject*> natives(nativeObjects.begin(), nativeObjects.end());
  for (NativeObject* n : natives) n->teardown();
  hooks_ = Value();
  bindings.clear();
  syntheticModules.clear();
  builtinModulesESM.clear();
  pendingRejections.clear();
  pjs_async_frame_set(ctx_, JS_UNDEFINED);
  pjs_set_prepare_stack_callback(ctx_, JS_UNDEFINED);
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&immediateCheck_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&immediateIdle_), nullptr);
  uv_run(&loop_, UV_RUN_DEFAULT);  // let close callbacks run
  JS_FreeContext(ctx_);
  JS_FreeRuntime(rt_);             // finalizers of the remaining native objects run here
  uv_run(&loop_, UV_RUN_DEFAULT);  // and the handles they closed finish closing
  uv_loop_close(&loop_);
}

static std::string describeException(JSContext* ctx, JSValueConst err) {
  Value e = Value::borrow(ctx, err);
  if (e.isObject()) {
    Value stack = e.get("stack");
    std::string head = e.toString();
    if (stack.isString()) {
      std::string s = stack.toString();
      if (s.rfind(head, 0) == 0) return s;  // V8-style stack already has the header
      return head + "\n" + s;
    }
    return head;
  }
  return e.toString();
}

void Environment::bootstrap() {
  if (bootstrapped_) return;
  bootstrapped_ = true;
  Value internalBinding = makeInternalBindingFunction(*this);
  Value realm = compileBuiltin(*this, "internal/bootstrap/realm");
  Value process = object(ctx_);
  Value module = object(ctx_);
  Value exports = object(ctx_);
  module.set("exports", exports);
  Value args[5] = {exports, undefined(ctx_), module, process, internalBinding};
  Value r = callFunction(ctx_, realm, undefined(ctx_), 5, args);
  if (r.isException()) {
    Value err(ctx_, JS_GetException(ctx_));
    throw std::runtime_error("bootstrap failed: " + describeException(ctx_, err.get()));
  }
  Value requireBuiltin = module.get("exports").get("requireBuiltin");
  Value id = str(ctx_, "internal/bootstrap/node");
  Value node = callFunction(ctx_, requireBuiltin, undefined(ctx_), 1, &id);
  if (node.isException()) {
    Value err(ctx_, JS_GetException(ctx_));
    throw std::runtime_error("bootstrap failed: " + describeException(ctx_, err.get()));
  }
  hooks_ = node.get("hooks");
}

Value Environment::hook(const char* name) const { return hooks_.get(name); }

void Environment::runMicrotasks() {
  JSContext* jctx;
  // Each job starts in the empty async context; a job registered within one (a promise reaction,
  // queueMicrotask) sets its own. The context current before the drain comes back after it.
  Value saved(ctx_, pjs_async_frame_get(ctx_));
  for (;;) {
    pjs_async_frame_set(ctx_, JS_UNDEFINED);
    int r = JS_ExecutePendingJob(rt_, &jctx);
    if (r == 0) break;
    if (r < 0) reportUncaught(Value(ctx_, JS_GetException(ctx_)));
  }
  pjs_async_frame_set(ctx_, saved.get());
}

void Environment::drainTasks() {
  if (!bootstrapped_) { runMicrotasks(); return; }
  while (tickScheduled || JS_IsJobPending(rt_) || !pendingRejections.empty()) {
    Value fn = hook("processTicksAndRejections");
    Value r = callFunction(ctx_, fn, undefined(ctx_), 0, nullptr);
    if (r.isException()) reportUncaught(Value(ctx_, JS_GetException(ctx_)));
    else break;
  }
}

Value Environment::makeCallback(const Value& fn, const Value& self, int argc, Value* argv) {
  Value r = callFunction(ctx_, fn, self, argc, argv);
  if (r.isException()) {
    reportUncaught(Value(ctx_, JS_GetException(ctx_)));
    r = undefined(ctx_);
  }
  drainTasks();
  return r;
}

void Environment::reportUncaught(Value error) {
  if (!bootstrapped_ || hooks_.isUndefined()) {
    fprintf(stderr, "%s\n", describeException(ctx_, error.get()).c_str());
    exit(1);
  }
  Value fn = hook("fatalException");
  Value r = callFunction(ctx_, fn, undefined(ctx_), 1, &error);
  if (r.isException()) {
    // The 'uncaughtException' handler itself threw: Node exits with 7.
    Value e2(ctx_, JS_GetException(ctx_));
    fprintf(stderr, "%s\n", describeException(ctx_, e2.get()).c_str());
    exit(7);
  }
}

void Environment::exit(int code) {
  fflush(stdout);
  fflush(stderr);
  uv_tty_reset_mode();  // a terminal left in raw mode (the REPL's editor) gets its mode back
  restoreStdioState();
  ::exit(code);
}

void Environment::runLoop() {
  Value emitBeforeExit = hook("emitBeforeExit");
  if (loopStartNs == 0) loopStartNs = uv_hrtime();
  for (;;) {
    uv_run(&loop_, UV_RUN_DEFAULT);
    Value r = callFunction(ctx_, emitBeforeExit, undefined(ctx_), 0, nullptr);
    if (r.isException()) reportUncaught(Value(ctx_, JS_GetException(ctx_)));
    drainTasks();
    if (!uv_loop_alive(&loop_)) break;
  }
}

int Environment::run() {
  bootstrap();
  Value runMain = hook("runMain");
  makeCallback(runMain, undefined(ctx_), 0, nullptr);
  runLoop();
  Value r = callFunction(ctx_, hook("emitExit"), undefined(ctx_), 0, nullptr);
  if (r.isException()) {
    reportUncaught(Value(ctx_, JS_GetException(ctx_)));
    return 7;
  }
  return static_cast<int>(r.toInt64(0));
}

std::string Environment::evalToString(const std::string& source, const std::string& filename) {
  bootstrap();
  Value r(ctx_, JS_Eval(ctx_, source.c_str(), source.size(), filename.c_str(), JS_EVAL_TYPE_GLOBAL));
  if (r.isException()) {
    Value err(ctx_, JS_GetException(ctx_));
    throw std::runtime_error(describeException(ctx_, err.get()));
  }
  drainTasks();
  runLoop();
  return r.toString();
}

}  // namespace pjs

// One Environment per thread: engine runtime and context, libuv loop, the JS hooks installed by
// the bootstrap, timer and immediate handles, pending promise rejections and the native module
// records. Nothing in protoJS keeps mutable state outside an Environment, so a worker thread is
// just another Environment.
#pragma once
#include <uv.h>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>
#include "binding/value.h"
#include "core/options.h"
#include "quickjs.h"

namespace pjs {

class CompileCache;

class Environment {
 public:
  explicit Environment(Options options = {});
  ~Environment();
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;

  static Environment& from(JSContext* ctx) {
    return *static_cast<Environment*>(JS_GetContextOpaque(ctx));
  }

  JSRuntime* runtime() const { return rt_; }
  JSContext* context() const { return ctx_; }
  uv_loop_t* loop() { return &loop_; }
  const Options& options() const { return options_; }

  // Loads lib/internal/bootstrap/* (once). Must precede everything below.
  void bootstrap();
  // Runs the program the options name (file, -e, stdin, REPL), then the event loop until it is
  // empty, 'beforeExit' and 'exit'. Returns the process exit code.
  int run();
  // Evaluates `source` as a sloppy script in the global scope, runs the loop to completion and
  // returns String(result). Used by embedders and unit tests. Throws std::runtime_error with the
  // JS error's stack if evaluation throws.
  std::string evalToString(const std::string& source, const std::string& filename = "[eval]");

  // Native → JS entry point (Node's MakeCallback): calls fn; an exception goes to the
  // uncaught-exception machinery; then drains nextTicks, microtasks and promise rejections.
  Value makeCallback(const Value& fn, const Value& self, int argc, Value* argv);
  // Drains the nextTick queue, microtasks and rejection processing (JS processTicksAndRejections).
  void drainTasks();
  // Hands an exception that nobody caught to process's 'uncaughtException' machinery.
  void reportUncaught(Value error);

  // A JS function installed by the bootstrap (see lib/internal/bootstrap/node.js `hooks`).
  Value hook(const char* name) const;
  // Runs pending promise jobs only (no nextTicks).
  void runMicrotasks();

  // Stops the loop and records the exit code; the process exits after the current callback.
  [[noreturn]] void exit(int code);

  // Timers (lib/internal/timers.js drives these).
  uv_timer_t* timerHandle() { return &timer_; }
  uv_check_t* immediateCheck() { return &immediateCheck_; }
  uv_idle_t* immediateIdle() { return &immediateIdle_; }
  bool immediatePending = false;
  bool tickScheduled = false;

  // Promise rejections reported by the engine, processed by JS after microtasks.
  struct Rejection { int type; Value promise; Value reason; };
  std::vector<Rejection> pendingRejections;

  // Synthetic ES modules (CommonJS, JSON, builtins seen from ESM): module → [names, getter].
  struct SyntheticModule { std::vector<std::string> names; Value getter; bool builtin = false; };
  std::unordered_map<JSModuleDef*, SyntheticModule> syntheticModules;
  // Evaluated builtin modules seen from ESM, kept for module.syncBuiltinESMExports().
  std::vector<std::pair<JSModuleDef*, SyntheticModule>> builtinModulesESM;

  // The module loader's realpath cache (fs binding realpathCached): real path of every path
  // prefix resolved so far, keyed by real parent + "/" + name. Kept for the process, as Node's.
  struct RealpathEntry { std::string real; bool isDir; };
  using RealpathCache = std::unordered_map<std::string, RealpathEntry>;
  RealpathCache moduleRealpathCache;

  // The compile cache of user modules, once enabled (core/compile_cache.h).
  std::unique_ptr<CompileCache> compileCache;
  // protoJS's default cache of package files (node_modules), set up on first use; off (null
  // after the attempt) when disabled or unusable. Not used while compileCache is set.
  std::unique_ptr<CompileCache> defaultCompileCache;
  bool defaultCompileCacheTried = false;

  // Native binding objects already created (internalBinding cache).
  std::unordered_map<std::string, Value> bindings;

  // Live C++ objects owned by JS objects (binding/native_object.h); torn down with the
  // Environment. tearingDown is set while that happens: no JS may run then.
  std::unordered_set<class NativeObject*> nativeObjects;
  bool tearingDown = false;

  // uv_hrtime() when the event loop first ran (0 before): perf_hooks' nodeTiming.loopStart.
  uint64_t loopStartNs = 0;

 private:
  void runLoop();
  Options options_;
  JSRuntime* rt_ = nullptr;
  JSContext* ctx_ = nullptr;
  uv_loop_t loop_{};
  uv_timer_t timer_{};
  uv_check_t immediateCheck_{};
  uv_idle_t immediateIdle_{};
  Value hooks_;
  bool bootstrapped_ = false;
};

}  // namespace pjs

// internalBinding('v8'): the engine's memory figures for lib/v8.js (getHeapStatistics and
// friends). QuickJS has one malloc-based heap per runtime; lib/v8.js maps these figures onto
// V8's field names (docs/BINDINGS.md says which field comes from what).
#include "binding/call.h"
#include "core/environment.h"

namespace pjs {

// heapFigures() → { mallocSize, mallocLimit, mallocCount, memoryUsed, codeSize, pc2lineSize,
//                   functionCount, objectCount, stringSize }
static Value heapFigures(Call& c) {
  JSContext* ctx = c.ctx();
  JSMemoryUsage mu;
  JS_ComputeMemoryUsage(JS_GetRuntime(ctx), &mu);
  Value o = object(ctx);
  o.set("mallocSize", num(ctx, static_cast<double>(mu.malloc_size)));
  o.set("mallocLimit", num(ctx, static_cast<double>(mu.malloc_limit)));
  o.set("mallocCount", num(ctx, static_cast<double>(mu.malloc_count)));
  o.set("memoryUsed", num(ctx, static_cast<double>(mu.memory_used_size)));
  o.set("codeSize", num(ctx, static_cast<double>(mu.js_func_code_size)));
  o.set("pc2lineSize", num(ctx, static_cast<double>(mu.js_func_pc2line_size)));
  o.set("functionCount", num(ctx, static_cast<double>(mu.js_func_count)));
  o.set("objectCount", num(ctx, static_cast<double>(mu.obj_count)));
  o.set("stringSize", num(ctx, static_cast<double>(mu.str_size)));
  return o;
}

// totalMemory() → bytes of RAM, bounded by the cgroup limit (the default heap limit's basis)
static Value totalMemory(Call& c) {
  uint64_t total = uv_get_total_memory();
  uint64_t constrained = uv_get_constrained_memory();
  if (constrained > 0 && constrained < total) total = constrained;
  return num(c.ctx(), static_cast<double>(total));
}

void init_v8_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<heapFigures>(ctx, t, "heapFigures", 0);
  setMethod<totalMemory>(ctx, t, "totalMemory", 0);
}

}  // namespace pjs

// internalBinding('performance'): the loop facts perf_hooks needs beyond process.hrtime —
// loopIdleTime() (ms the loop spent waiting, uv_metrics_idle_time), loopStart() (uv_hrtime in ms
// when the loop first ran, -1 before) and wallMs() (the wall clock in ms with µs precision, for
// performance.timeOrigin).
#include "binding/call.h"
#include "core/environment.h"

namespace pjs {

static Value loopIdleTime(Call& c) {
  return num(c.ctx(), static_cast<double>(uv_metrics_idle_time(c.env().loop())) / 1e6);
}

static Value loopStart(Call& c) {
  uint64_t s = c.env().loopStartNs;
  return num(c.ctx(), s == 0 ? -1.0 : static_cast<double>(s) / 1e6);
}

static Value wallMs(Call& c) {
  uv_timeval64_t tv;
  if (uv_gettimeofday(&tv) != 0) return num(c.ctx(), 0);
  return num(c.ctx(), static_cast<double>(tv.tv_sec) * 1e3 + static_cast<double>(tv.tv_usec) / 1e3);
}

void init_performance_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<loopIdleTime>(ctx, t, "loopIdleTime", 0);
  setMethod<loopStart>(ctx, t, "loopStart", 0);
  setMethod<wallMs>(ctx, t, "wallMs", 0);
}

}  // namespace pjs

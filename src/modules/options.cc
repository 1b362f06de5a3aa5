// internalBinding('options'): the parsed command line (src/core/options.h) as a plain object.
#include "binding/call.h"
#include "core/cli.h"
#include "core/environment.h"

namespace pjs {

static Value strings(JSContext* ctx, const std::vector<std::string>& v) {
  Value a = array(ctx);
  for (size_t i = 0; i < v.size(); i++) a.set(static_cast<uint32_t>(i), str(ctx, v[i]));
  return a;
}

void init_options_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  const Options& o = env.options();
  t.set("execPath", str(ctx, o.execPath));
  t.set("argv0", str(ctx, o.argv0));
  t.set("execArgv", strings(ctx, o.execArgv));
  t.set("argv", strings(ctx, o.argv));
  t.set("script", str(ctx, o.script));
  t.set("hasEval", boolean(ctx, o.hasEval));
  t.set("print", boolean(ctx, o.print));
  t.set("evalSource", str(ctx, o.evalSource));
  t.set("forceRepl", boolean(ctx, o.forceRepl));
  t.set("inputType", str(ctx, o.inputType));
  t.set("preload", strings(ctx, o.preload));
  t.set("imports", strings(ctx, o.imports));
  t.set("cpuThreads", i64(ctx, o.cpuThreads));
  t.set("ioThreads", i64(ctx, o.ioThreads));
  t.set("testOnly", boolean(ctx, o.testOnly));
  t.set("protojsVersion", str(ctx, kProtojsVersion));
  t.set("nodeVersion", str(ctx, kNodeVersion));
  t.set("quickjsVersion", str(ctx, PJS_QUICKJS_VERSION));
}

}  // namespace pjs

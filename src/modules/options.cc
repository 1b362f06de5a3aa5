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
  t.set("nodeOptions", strings(ctx, o.nodeOptions));
  // What configures the runtime: NODE_OPTIONS' options, then the command line's.
  std::vector<std::string> runtime = o.nodeOptions;
  runtime.insert(runtime.end(), o.execArgv.begin(), o.execArgv.end());
  t.set("runtimeArgs", strings(ctx, runtime));
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
  // Node's precedence when several are given: the lowest minimum, the highest maximum.
  const char* tlsMin = o.tlsMinV10 ? "TLSv1" : o.tlsMinV11 ? "TLSv1.1" : o.tlsMinV12 ? "TLSv1.2"
                     : o.tlsMinV13 ? "TLSv1.3" : "";
  const char* tlsMax = o.tlsMaxV13 ? "TLSv1.3" : o.tlsMaxV12 ? "TLSv1.2" : "";
  t.set("tlsMinVersion", str(ctx, tlsMin));
  t.set("tlsMaxVersion", str(ctx, tlsMax));
  t.set("tlsCipherList", str(ctx, o.tlsCipherList));
  t.set("tlsKeylog", str(ctx, o.tlsKeylog));
  t.set("traceTls", boolean(ctx, o.traceTls));
  t.set("protojsVersion", str(ctx, kProtojsVersion));
  t.set("nodeVersion", str(ctx, kNodeVersion));
  t.set("quickjsVersion", str(ctx, PJS_QUICKJS_VERSION));
}

}  // namespace pjs

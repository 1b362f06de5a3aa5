#include "core/bindings.h"
#include <cstring>
#include "binding/call.h"
#include "core/environment.h"

namespace pjs {

#define PJS_BINDINGS(V) \
  V(builtins) V(contextify) V(options) V(process) V(timers) V(stdio) V(signal_wrap) V(util) V(types) \
  V(encoding) V(fs) V(tty) V(os) V(stream_wrap) V(pipe_wrap) V(url) \
  V(performance) V(messaging) V(async_context) \
  V(fs_event_wrap) V(fs_dir) \
  V(buffer) \
  V(webstreams) \
  V(zlib) \
  V(v8) \
  V(tcp_wrap) \
  V(udp_wrap) \
  V(cares_wrap) \
  V(crypto) \
  V(tls_wrap) \
  V(compile_cache) \
  V(http_parser)

#define DECLARE(name) void init_##name##_binding(Environment& env, const Value& target);
PJS_BINDINGS(DECLARE)
#undef DECLARE

struct BindingEntry { const char* name; void (*init)(Environment&, const Value&); };
static constexpr BindingEntry kBindings[] = {
#define ENTRY(name) {#name, init_##name##_binding},
    PJS_BINDINGS(ENTRY)
#undef ENTRY
};

Value getBinding(Environment& env, const std::string& name) {
  auto it = env.bindings.find(name);
  if (it != env.bindings.end()) return it->second;
  for (const auto& b : kBindings) {
    if (name == b.name) {
      Value target = object(env.context());
      b.init(env, target);
      env.bindings.emplace(name, target);
      return target;
    }
  }
  throwTypeError(env.context(), "ERR_INVALID_ARG_VALUE", "No such binding: " + name);
}

static Value internalBinding(Call& c) { return getBinding(c.env(), c.string(0, "name")); }

Value makeInternalBindingFunction(Environment& env) {
  return function<internalBinding>(env.context(), "internalBinding", 1);
}

}  // namespace pjs

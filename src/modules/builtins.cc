// internalBinding('builtins'): the embedded lib/ (see src/core/builtins.h).
#include "core/builtins.h"
#include "binding/call.h"
#include "core/environment.h"
#include "core/module_hooks.h"

namespace pjs {

static Value compile(Call& c) { return compileBuiltin(c.env(), c.string(0, "id")); }
static Value has(Call& c) { return boolean(c.ctx(), findBuiltin(c.string(0, "id")) != nullptr); }
static Value ids(Call& c) {
  Value a = array(c.ctx());
  for (size_t i = 0; i < kEmbeddedBuiltinCount; i++) a.set(static_cast<uint32_t>(i), str(c.ctx(), kEmbeddedBuiltins[i].id));
  return a;
}

static Value syncBuiltinESMExports(Call& c) {
  if (!syncBuiltinModules(c.env())) throw JsThrow{};
  return undefined(c.ctx());
}

void init_builtins_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<compile>(ctx, t, "compile", 1);
  setMethod<has>(ctx, t, "has", 1);
  setMethod<ids>(ctx, t, "ids", 0);
  setMethod<syncBuiltinESMExports>(ctx, t, "syncBuiltinESMExports", 0);
}

}  // namespace pjs

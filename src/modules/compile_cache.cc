// internalBinding('compile_cache'): enabling the compile cache of user modules and asking where
// it is (lib/module.js has Node's API over it; the cache itself is src/core/compile_cache.*).
#include "core/compile_cache.h"
#include "binding/call.h"
#include "core/environment.h"

namespace pjs {

// enable(directory, portable) → [status, message, directory] (module.enableCompileCache's
// result, as Node's binding returns it). `directory` is absolute and normalized (by lib/module.js).
static Value enable(Call& c) {
  std::string dir = c.string(0, "directory");
  CompileCache::EnableResult r = CompileCache::enable(c.env(), dir, c.boolean(1));
  JSContext* ctx = c.ctx();
  Value out = array(ctx);
  out.set(0u, i64(ctx, r.status));
  out.set(1u, r.message.empty() ? undefined(ctx) : str(ctx, r.message));
  out.set(2u, r.directory.empty() ? undefined(ctx) : str(ctx, r.directory));
  return out;
}

// getDirectory() → the directory holding the entries, or undefined while the cache is off.
static Value getDirectory(Call& c) {
  CompileCache* cache = c.env().compileCache.get();
  return cache ? str(c.ctx(), cache->directory()) : undefined(c.ctx());
}

void init_compile_cache_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<enable>(ctx, t, "enable", 2);
  setMethod<getDirectory>(ctx, t, "getDirectory", 0);
}

}  // namespace pjs

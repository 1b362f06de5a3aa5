#include "core/module_hooks.h"
#include <cstring>
#include "binding/call.h"
#include "core/compile_cache.h"
#include "core/environment.h"

namespace pjs {

static char* normalize(JSContext* ctx, const char* base, const char* name, void* opaque) {
  auto* env = static_cast<Environment*>(opaque);
  Value args[2] = {str(ctx, name), str(ctx, base ? base : "")};
  Value r = callFunction(ctx, env->hook("esmResolve"), undefined(ctx), 2, args);
  if (r.isException()) return nullptr;  // exception stays pending for the engine
  std::string s = r.toString();
  char* out = static_cast<char*>(js_malloc(ctx, s.size() + 1));
  if (!out) return nullptr;
  memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

static int setExports(JSContext* ctx, JSModuleDef* m, const Environment::SyntheticModule& sm) {
  Value exports = callFunction(ctx, sm.getter, undefined(ctx), 0, nullptr);
  if (exports.isException()) return -1;
  for (const auto& n : sm.names) {
    Value v = exports.get(n.c_str());
    if (JS_SetModuleExport(ctx, m, n.c_str(), v.release()) < 0) return -1;
  }
  return 0;
}

static int syntheticInit(JSContext* ctx, JSModuleDef* m) {
  Environment& env = Environment::from(ctx);
  auto it = env.syntheticModules.find(m);
  if (it == env.syntheticModules.end()) return 0;
  Environment::SyntheticModule sm = std::move(it->second);
  env.syntheticModules.erase(it);
  if (setExports(ctx, m, sm) < 0) return -1;
  if (sm.builtin) env.builtinModulesESM.emplace_back(m, std::move(sm));
  return 0;
}

bool syncBuiltinModules(Environment& env) {
  for (const auto& [m, sm] : env.builtinModulesESM) {
    if (setExports(env.context(), m, sm) < 0) return false;
  }
  return true;
}

static JSModuleDef* load(JSContext* ctx, const char* name, void* opaque) {
  auto* env = static_cast<Environment*>(opaque);
  Value arg = str(ctx, name);
  Value rec = callFunction(ctx, env->hook("esmLoad"), undefined(ctx), 1, &arg);
  if (rec.isException()) return nullptr;
  std::string format = rec.get("format").toString();
  if (format == "module") {
    Value source = rec.get("source");
    // A module file may come from the compile cache (keyed by its source as read, before any
    // rewrite); otherwise the source is rewritten (esm/rewrite.js), compiled and cached.
    CompileCache* cache = rec.get("file").toBool() ? CompileCache::forFile(*env, name) : nullptr;
    CompileCache::Key key;
    JSValue fn = JS_UNINITIALIZED;
    if (cache) {
      key = cache->key(CompileCache::kESModule, name, "", source.toString());
      fn = cache->read(ctx, key);
    }
    if (JS_IsUninitialized(fn)) {
      Value rewritten = callFunction(ctx, env->hook("esmRewrite"), undefined(ctx), 1, &source);
      if (rewritten.isException()) return nullptr;
      std::string code = rewritten.toString();
      fn = JS_Eval(ctx, code.c_str(), code.size(), name, JS_EVAL_TYPE_MODULE | JS_EVAL_FLAG_COMPILE_ONLY);
      if (JS_IsException(fn)) return nullptr;
      if (cache) cache->write(ctx, key, fn);
    }
    auto* m = static_cast<JSModuleDef*>(JS_VALUE_GET_PTR(fn));
    Value meta(ctx, JS_GetImportMeta(ctx, m));
    Value args[2] = {meta, arg};
    Value r = callFunction(ctx, env->hook("initImportMeta"), undefined(ctx), 2, args);
    JS_FreeValue(ctx, fn);  // the runtime's module list keeps the record
    if (r.isException()) return nullptr;
    return m;
  }
  // synthetic: { format, names: [...], getter() → { name: value } }
  JSModuleDef* m = JS_NewCModule(ctx, name, syntheticInit);
  if (!m) return nullptr;
  Environment::SyntheticModule sm;
  Value names = rec.get("names");
  int64_t len = names.get("length").toInt64(0);
  for (int64_t i = 0; i < len; i++) {
    std::string n = names.get(static_cast<uint32_t>(i)).toString();
    if (JS_AddModuleExport(ctx, m, n.c_str()) < 0) return nullptr;
    sm.names.push_back(std::move(n));
  }
  sm.getter = rec.get("getter");
  sm.builtin = format == "builtin";
  env->syntheticModules.emplace(m, std::move(sm));
  return m;
}

void installModuleHooks(Environment& env) {
  JS_SetModuleLoaderFunc(env.runtime(), normalize, load, &env);
}

}  // namespace pjs

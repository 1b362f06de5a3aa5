// internalBinding('contextify'): compiling user code. CommonJS wrappers, scripts for -e and the
// REPL, and entry points into the ES module graph.
#include "binding/call.h"
#include "core/compile_cache.h"
#include "core/environment.h"
#include "qjs_engine.h"

namespace pjs {

// compileFunction(source, filename, params[], cacheable) → function(params…) { source }
// The parameter list sits on the first line so reported line numbers match the file. With
// `cacheable` (a module file) and the compile cache enabled, the bytecode comes from, or goes
// to, the cache (core/compile_cache.h).
static Value compileFunction(Call& c) {
  std::string src = c.string(0, "source");
  std::string filename = c.string(1, "filename");
  std::string params;
  Value p = c.arg(2);
  int64_t n = p.isObject() ? p.get("length").toInt64(0) : 0;
  for (int64_t i = 0; i < n; i++) {
    if (i) params += ", ";
    params += p.get(static_cast<uint32_t>(i)).toString();
  }
  JSContext* ctx = c.ctx();
  CompileCache* cache = c.boolean(3) ? c.env().compileCache.get() : nullptr;
  std::string wrapped = "(function (" + params + ") {" + src + "\n})";
  if (!cache) {
    return Value(ctx, check(JS_Eval(ctx, wrapped.c_str(), wrapped.size(), filename.c_str(), JS_EVAL_TYPE_GLOBAL)));
  }
  CompileCache::Key key = cache->key(CompileCache::kCommonJS, filename, params, src);
  JSValue code = cache->read(ctx, key);
  if (JS_IsUninitialized(code)) {
    code = check(JS_Eval(ctx, wrapped.c_str(), wrapped.size(), filename.c_str(),
                         JS_EVAL_TYPE_GLOBAL | JS_EVAL_FLAG_COMPILE_ONLY));
    cache->write(ctx, key, code);
  }
  return Value(ctx, check(JS_EvalFunction(ctx, code)));  // runs the script: the function
}

// runScript(source, filename) → completion value of a sloppy global script.
static Value runScript(Call& c) {
  std::string src = c.string(0, "source");
  std::string filename = c.string(1, "filename");
  JSContext* ctx = c.ctx();
  return Value(ctx, check(JS_Eval(ctx, src.c_str(), src.size(), filename.c_str(), JS_EVAL_TYPE_GLOBAL)));
}

// checkSyntax(source, filename, isModule) → undefined, or the SyntaxError (not thrown).
static Value checkSyntax(Call& c) {
  std::string src = c.string(0, "source");
  std::string filename = c.string(1, "filename");
  int flags = (c.boolean(2) ? JS_EVAL_TYPE_MODULE : JS_EVAL_TYPE_GLOBAL) | JS_EVAL_FLAG_COMPILE_ONLY;
  JSContext* ctx = c.ctx();
  JSValue fn = JS_Eval(ctx, src.c_str(), src.size(), filename.c_str(), flags);
  if (JS_IsException(fn)) return Value(ctx, JS_GetException(ctx));
  JS_FreeValue(ctx, fn);
  return undefined(ctx);
}

// importSync(specifier, base) → [namespace, evaluationPromise]
static Value importSync(Call& c) {
  std::string spec = c.string(0, "specifier");
  std::string base = c.has(1) ? c.string(1, "base") : std::string();
  JSContext* ctx = c.ctx();
  JSValue promise;
  Value ns(ctx, check(pjs_import_sync(ctx, base.c_str(), spec.c_str(), &promise)));
  Value out = array(ctx);
  out.set(0u, ns);
  out.set(1u, Value(ctx, promise));
  return out;
}

// promiseState(p) → 0 pending, 1 fulfilled, 2 rejected
static Value promiseState(Call& c) {
  int s = JS_PromiseState(c.ctx(), c.raw(0));
  return i64(c.ctx(), s < 0 ? -1 : s);
}

void init_contextify_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<compileFunction>(ctx, t, "compileFunction", 4);
  setMethod<runScript>(ctx, t, "runScript", 2);
  setMethod<checkSyntax>(ctx, t, "checkSyntax", 3);
  setMethod<importSync>(ctx, t, "importSync", 2);
  setMethod<promiseState>(ctx, t, "promiseState", 1);
}

}  // namespace pjs

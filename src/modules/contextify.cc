// internalBinding('contextify'): compiling user code. CommonJS wrappers, scripts for -e and the
// REPL, and entry points into the ES module graph.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <optional>
#include <string_view>
#include "binding/call.h"
#include "modules/buffer_codec.h"
#include "core/compile_cache.h"
#include "core/environment.h"
#include "qjs_engine.h"

namespace pjs {

static std::string joinParams(const Value& p) {
  std::string params;
  int64_t n = p.isObject() ? p.get("length").toInt64(0) : 0;
  for (int64_t i = 0; i < n; i++) {
    if (i) params += ", ";
    params += p.get(static_cast<uint32_t>(i)).toString();
  }
  return params;
}

// function(params…) { src }: the parameter list sits on the first line so reported line numbers
// match the file. With a cache (a module file, and the API cache enabled or the file in a
// package: CompileCache::forFile), the bytecode comes from, or goes to, the cache
// (core/compile_cache.h).
static Value compileWrapped(JSContext* ctx, CompileCache* cache, std::string_view src,
                            const std::string& filename, const std::string& params) {
  std::string wrapped;
  wrapped.reserve(src.size() + params.size() + 16);
  wrapped += "(function (";
  wrapped += params;
  wrapped += ") {";
  wrapped += src;
  wrapped += "\n})";
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

// compileFunction(source, filename, params[], cacheable) → function(params…) { source }
static Value compileFunction(Call& c) {
  std::string src = c.string(0, "source");
  std::string filename = c.string(1, "filename");
  std::string params = joinParams(c.arg(2));
  CompileCache* cache = c.boolean(3) ? CompileCache::forFile(c.env(), filename) : nullptr;
  return compileWrapped(c.ctx(), cache, src, filename, params);
}

static int openModuleFile(const std::string& filename) {
  int fd;
  do fd = ::open(filename.c_str(), O_RDONLY | O_CLOEXEC); while (fd < 0 && errno == EINTR);
  return fd;
}

// The bytes of a module file (throws the open/read error as Node's readFileSync does). A regular
// file is read up to the size fstat gave (as Node's readFileSync), others to the end. `fd`: the
// file opened already (closed here), or -1.
static std::string readModuleFile(JSContext* ctx, const std::string& filename, int fd = -1) {
  std::string src;
  if (fd < 0) fd = openModuleFile(filename);
  if (fd < 0) throwUvError(ctx, -errno, "open", filename.c_str());
  struct stat st;
  size_t expect = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? static_cast<size_t>(st.st_size) : 0;
  src.resize(expect > 0 ? expect : 65536);
  size_t got = 0;
  while (expect == 0 || got < expect) {
    if (got == src.size()) src.resize(src.size() * 2);
    ssize_t n = ::read(fd, src.data() + got, src.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = -errno;
      ::close(fd);
      throwUvError(ctx, err, "read", filename.c_str());
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  src.resize(got);
  return src;
}

// compileFile(filename, params[], cacheable) → the CommonJS wrapper function of a file, read
// here as bytes — its source never becomes a JS string (Module._compile's byte-order-mark and
// "#!" handling is applied). undefined when the file is not well-formed UTF-8: the caller then
// reads it as a string (invalid sequences become U+FFFD) and uses compileFunction.
static Value compileFile(Call& c) {
  std::string filename = c.string(0, "filename");
  std::string params = joinParams(c.arg(1));
  JSContext* ctx = c.ctx();
  std::string src = readModuleFile(ctx, filename);
  if (!codec::isUtf8(reinterpret_cast<const uint8_t*>(src.data()), src.size())) return undefined(ctx);
  // as Module._compile: a "#!" line at the very start becomes a comment (same length: patched in
  // place), else a byte-order mark is dropped
  std::string_view body(src);
  if (body.substr(0, 2) == "#!") {
    src[0] = '/';
    src[1] = '/';
  } else if (body.substr(0, 3) == "\xEF\xBB\xBF") {
    body.remove_prefix(3);
  }
  CompileCache* cache = c.boolean(2) ? CompileCache::forFile(c.env(), filename) : nullptr;
  return compileWrapped(ctx, cache, body, filename, params);
}

// parsePackageJSON(filename[, missing]) → the parsed value of a JSON file (require() of .json
// files and package.json reading), read and parsed here so the caller does not open the file
// again; inside a package (a /node_modules/ segment) the value comes from, or goes into,
// protoJS's default compile cache. undefined when the file is not plain well-formed UTF-8 JSON
// without a byte-order mark, or (without `missing`) does not exist: the caller then reads and
// parses it as before and reports any error as before. `missing` (when given) is returned for a
// file that does not exist (ENOENT, ENOTDIR): package.json lookups probe many directories, and
// an error object costs ~250k instructions. Throws the file's other open/read errors.
static Value parsePackageJSON(Call& c) {
  std::string filename = c.string(0, "filename");
  JSContext* ctx = c.ctx();
  int fd = openModuleFile(filename);
  if (fd < 0) {
    int err = errno;
    if ((err == ENOENT || err == ENOTDIR) && c.has(1)) return Value(ctx, JS_DupValue(ctx, c.raw(1)));
    throwUvError(ctx, -err, "open", filename.c_str());
  }
  std::string src = readModuleFile(ctx, filename, fd);
  if (src.substr(0, 3) == "\xEF\xBB\xBF" ||
      !codec::isUtf8(reinterpret_cast<const uint8_t*>(src.data()), src.size())) {
    return undefined(ctx);
  }
  CompileCache* cache = CompileCache::defaultForFile(c.env(), filename);
  std::optional<CompileCache::Key> key;
  if (cache) {
    key = cache->key(CompileCache::kJSON, filename, "", src);
    JSValue v = cache->read(ctx, *key);
    if (!JS_IsUninitialized(v)) return Value(ctx, v);
  }
  JSValue v = JS_ParseJSON(ctx, src.c_str(), src.size(), filename.c_str());  // src is NUL-terminated
  if (JS_IsException(v)) {
    JS_FreeValue(ctx, JS_GetException(ctx));  // the caller's JSON.parse reports it
    return undefined(ctx);
  }
  if (cache) cache->write(ctx, *key, v);
  return Value(ctx, v);
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
  setMethod<compileFile>(ctx, t, "compileFile", 3);
  setMethod<parsePackageJSON>(ctx, t, "parsePackageJSON", 2);
  setMethod<runScript>(ctx, t, "runScript", 2);
  setMethod<checkSyntax>(ctx, t, "checkSyntax", 3);
  setMethod<importSync>(ctx, t, "importSync", 2);
  setMethod<promiseState>(ctx, t, "promiseState", 1);
}

}  // namespace pjs

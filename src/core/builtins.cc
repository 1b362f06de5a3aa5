#include "core/builtins.h"
#include <algorithm>
#include <cstring>
#include "binding/errors.h"
#include "core/environment.h"

namespace pjs {

const EmbeddedBuiltin* findBuiltin(std::string_view id) {
  const EmbeddedBuiltin* end = kEmbeddedBuiltins + kEmbeddedBuiltinCount;
  const EmbeddedBuiltin* it = std::lower_bound(
      kEmbeddedBuiltins, end, id,
      [](const EmbeddedBuiltin& b, std::string_view k) { return std::string_view(b.id) < k; });
  if (it != end && std::string_view(it->id) == id) return it;
  return nullptr;
}

Value compileBuiltin(Environment& env, const std::string& id) {
  JSContext* ctx = env.context();
  const EmbeddedBuiltin* b = findBuiltin(id);
  if (!b) throwTypeError(ctx, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: " + id);
  // ROM_DATA: the engine reads strings and bytecode in place instead of copying them.
  JSValue obj = check(JS_ReadObject(ctx, b->bytecode, b->size, JS_READ_OBJ_BYTECODE | JS_READ_OBJ_ROM_DATA));
  return Value(ctx, check(JS_EvalFunction(ctx, obj)));
}

}  // namespace pjs

// The JS library (lib/) embedded in the binary as QuickJS bytecode by tools/js2c.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include "binding/value.h"

namespace pjs {
class Environment;

struct EmbeddedBuiltin {
  const char* id;          // "fs", "internal/errors" …
  const uint8_t* bytecode; // compiled `(function (exports, require, module, process, internalBinding) {…})`
  uint32_t size;
};
extern const EmbeddedBuiltin kEmbeddedBuiltins[];  // sorted by id (generated)
extern const size_t kEmbeddedBuiltinCount;

const EmbeddedBuiltin* findBuiltin(std::string_view id);
// Loads the bytecode of `id` and returns its wrapper function; throws JsThrow if unknown.
Value compileBuiltin(Environment& env, const std::string& id);
}  // namespace pjs

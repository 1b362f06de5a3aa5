// internalBinding(name): the registry of native bindings. Each src/modules/<name>.cc defines
// `void initXxxBinding(Environment&, const Value& target)` that fills `target`.
#pragma once
#include "binding/value.h"

namespace pjs {
class Environment;
// Returns the (cached) binding object, or throws ERR_INVALID_ARG_VALUE for an unknown name.
Value getBinding(Environment& env, const std::string& name);
// The native function exposed to lib/ as `internalBinding`.
Value makeInternalBindingFunction(Environment& env);
}  // namespace pjs

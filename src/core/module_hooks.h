// The engine's ES module hooks. Resolution and loading policy live in JS
// (lib/internal/modules/esm/*.js, installed as bootstrap hooks esmResolve/esmLoad); this file
// turns their answers into QuickJS module records: source text modules, or synthetic modules
// (CommonJS, JSON, builtins) whose exports a JS getter supplies when the module evaluates.
#pragma once
namespace pjs {
class Environment;
void installModuleHooks(Environment& env);
// module.syncBuiltinESMExports(): builtin modules' ES exports take their exports' current values.
// Returns false with an exception pending if a getter threw.
bool syncBuiltinModules(Environment& env);
}  // namespace pjs

// The engine's ES module hooks. Resolution and loading policy live in JS
// (lib/internal/modules/esm/*.js, installed as bootstrap hooks esmResolve/esmLoad); this file
// turns their answers into QuickJS module records: source text modules, or synthetic modules
// (CommonJS, JSON, builtins) whose exports a JS getter supplies when the module evaluates.
#pragma once
namespace pjs {
class Environment;
void installModuleHooks(Environment& env);
}  // namespace pjs

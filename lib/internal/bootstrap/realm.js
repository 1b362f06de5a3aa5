'use strict';
// The first JS to run in an Environment: the loader of builtin modules. Called by native code
// as (exports, undefined, module, process, internalBinding); exports requireBuiltin.
const { compile, has, ids } = internalBinding('builtins');

// Symbol.dispose and Symbol.asyncDispose (explicit resource management), which Node 24's engine
// has and QuickJS 2025-04-26 lacks; the library keys [Symbol.dispose]() methods on them.
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol(`Symbol.${name}`), writable: false, enumerable: false, configurable: false });
  }
}
const cache = new Map();

// Builtins that can only be required with the node: scheme.
const schemeOnly = new Set(['test', 'test/reporters', 'sqlite', 'sea']);

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  if (!has(id)) {
    const err = new Error(`No such built-in module: ${id}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  const mod = { exports: {}, id, loaded: false };
  cache.set(id, mod);
  try {
    compile(id).call(mod.exports, mod.exports, requireBuiltin, mod, process, internalBinding);
  } catch (err) {
    cache.delete(id);
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

let publicIds;
// Public builtin ids (what module.builtinModules lists), without the node: prefix.
function builtinIds() {
  if (publicIds === undefined) {
    publicIds = ids().filter((id) => !id.startsWith('internal/') && !schemeOnly.has(id));
  }
  return publicIds;
}

// Is `id` (maybe "node:"-prefixed) a builtin a user may load?
function isPublicBuiltin(id) {
  if (id.startsWith('node:')) {
    const bare = id.slice(5);
    return schemeOnly.has(bare) ? has(bare) : builtinIds().includes(bare);
  }
  return builtinIds().includes(id);
}

module.exports = { requireBuiltin, builtinIds, isPublicBuiltin, schemeOnly };
cache.set('internal/bootstrap/realm', { exports: module.exports, id: 'internal/bootstrap/realm', loaded: true });

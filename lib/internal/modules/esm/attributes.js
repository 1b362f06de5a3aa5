'use strict';
// Import attributes (`import x from './d.json' with { type: 'json' }`, `import(s, { with })`).
// esm/rewrite.js moves every attribute into its specifier before the engine compiles the module
// (QuickJS 2025-04-26 parses neither form); the resolver then splits the specifier and applies
// Node's rules here.

const kSep = '\u0001';  // not NUL: specifiers pass through C strings

// import(specifier, options): Node's checks of the options, then the specifier with attributes.
// An invalid argument becomes a rejected import (the resolver throws the error it encodes).
function importWith(specifier, options) {
  const fail = (msg) => `${kSep}error${kSep}${msg}`;
  if (options === undefined) return specifier;
  if (options === null || typeof options !== 'object') return fail('The second argument to import() must be an object');
  const attrs = options.with ?? options.assert;
  if (attrs === undefined) return specifier;
  if (attrs === null || typeof attrs !== 'object') return fail('The \'with\' option must be an object');
  const plain = {};
  for (const key of Object.keys(attrs)) {
    if (typeof attrs[key] !== 'string') return fail('Import attribute value must be a string');
    if (key === 'type') plain[key] = attrs[key];  // as V8, import() passes on only known keys
  }
  return `${specifier}${kSep}${JSON.stringify(plain)}`;
}

// "spec\0{json}" → [spec, attributes]; "\0error\0msg" throws TypeError(msg).
function splitSpecifier(specifier) {
  const at = specifier.indexOf(kSep);
  if (at === -1) return [specifier, {}];
  if (specifier.startsWith(`${kSep}error${kSep}`)) throw new TypeError(specifier.slice(7));
  return [specifier.slice(0, at), JSON.parse(specifier.slice(at + 1))];
}

// Node's rules (esm/assert.js): only `type` is known; JSON needs `type: 'json'`; other formats
// take no type.
function validateAttributes(url, format, attrs) {
  const { codes } = require('internal/errors');
  for (const key of Object.keys(attrs)) {
    if (key !== 'type') throw new codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(key, attrs[key], url);
  }
  const validType = format === 'json' ? 'json' : undefined;
  if (attrs.type === validType) return;
  if (attrs.type === undefined) throw new codes.ERR_IMPORT_ATTRIBUTE_MISSING(url, 'type', validType);
  if (attrs.type !== 'json') throw new codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', attrs.type, url);
  throw new codes.ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(url, attrs.type);
}

module.exports = { kSep, importWith, splitSpecifier, validateAttributes };

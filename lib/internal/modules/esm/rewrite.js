'use strict';
// Module syntax that QuickJS 2025-04-26 cannot parse, rewritten before compiling:
//   'spec' with { type: 'json' }    →  "spec\u0001{"type":"json"}"   (clause blanked; attributes.js)
//   import(a, b)                    →  import(__protojsImportWith(a, b))
//   export { x as 'module.exports' } →  export { x as __protojs_module_exports }
// Line numbers never change; a rewritten line's columns may.
const { tokenize, stringValue } = require('internal/modules/esm/tokenizer');
const { kSep } = require('internal/modules/esm/attributes');

// The export name Node 24 gives require(esm) for `export { x as 'module.exports' }`.
const kModuleExportsName = '__protojs_module_exports';

// `{ type: 'json', … }` starting at toks[k] (the `{`) → [attributes, index of `}`], or null.
function readAttributes(toks, k) {
  const attrs = {};
  let j = k + 1;
  while (j < toks.length && !(toks[j].t === 'p' && toks[j].v === '}')) {
    const key = toks[j];
    if (!(key.t === 'id' || key.t === 'str') || toks[j + 1]?.v !== ':' || toks[j + 2]?.t !== 'str') return null;
    attrs[key.t === 'id' ? key.v : stringValue(key)] = stringValue(toks[j + 2]);
    j += 3;
    if (toks[j]?.t === 'p' && toks[j].v === ',') j++;
  }
  return j < toks.length ? [attrs, j] : null;
}

// Index of the `)` closing the `(` at toks[k], and of the first comma at its top level.
function callExtent(toks, k) {
  let depth = 0, comma = -1;
  for (let j = k; j < toks.length; j++) {
    const t = toks[j];
    if (t.t !== 'p') continue;
    if (t.v === '(' || t.v === '[' || t.v === '{') depth++;
    else if (t.v === ')' || t.v === ']' || t.v === '}') {
      depth--;
      if (depth === 0) return { close: j, comma };
    } else if (t.v === ',' && depth === 1 && comma === -1) comma = j;
  }
  return null;
}

const blank = (text) => text.replace(/[^\n]/g, ' ');

// The source rewritten as described at the top of this file (unchanged when nothing applies).
// Only `with {` (a static clause), `with:` (the options of import()) and 'module.exports' can
// need a rewrite (a module is strict code: there is no `with` statement); other sources, most
// of them, are not tokenized.
const kMayNeedRewrite = /\bwith\s*\{|\bwith\s*['"]?\s*:|['"]module\.exports['"]/;

function rewriteModuleSource(src) {
  if (!kMayNeedRewrite.test(src)) return src;
  const toks = tokenize(src);
  const edits = [];  // [start, end, replacement], non-overlapping
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.t !== 'id') continue;
    if (t.v === 'with' && toks[k - 1]?.t === 'str' && toks[k + 1]?.v === '{' &&
        (toks[k - 2]?.v === 'from' || toks[k - 2]?.v === 'import')) {
      const r = readAttributes(toks, k + 1);
      if (r === null) continue;
      const spec = toks[k - 1];
      const clause = src.slice(t.s, toks[r[1]].e);
      edits.push([spec.s, toks[r[1]].e,
        JSON.stringify(stringValue(spec) + kSep + JSON.stringify(r[0])) + blank(src.slice(spec.e, t.s)) + blank(clause)]);
      k = r[1];
    } else if (t.v === 'import' && toks[k + 1]?.v === '(' && toks[k - 1]?.v !== '.') {
      const x = callExtent(toks, k + 1);
      if (x === null || x.comma === -1 || x.comma + 1 === x.close) continue;
      edits.push([toks[k + 1].e, toks[k + 1].e, '__protojsImportWith(']);
      edits.push([toks[x.close].s, toks[x.close].s, ')']);
    } else if (t.v === 'as' && toks[k + 1]?.t === 'str' && stringValue(toks[k + 1]) === 'module.exports') {
      edits.push([toks[k + 1].s, toks[k + 1].e, kModuleExportsName]);
    }
  }
  if (edits.length === 0) return src;
  edits.sort((a, b) => b[0] - a[0]);
  let out = src;
  for (const [s, e, text] of edits) out = out.slice(0, s) + text + out.slice(e);
  return out;
}

module.exports = { rewriteModuleSource, kModuleExportsName };

'use strict';
// Import attributes (`import x from './d.json' with { type: 'json' }`, `import(s, { with })`).
// QuickJS 2025-04-26 parses neither form, so before compiling, a module's source is rewritten:
//   static:  'spec' with { type: 'json' }  →  "spec\u0001{"type":"json"}"  (the clause blanked)
//   dynamic: import(a, b)                  →  import(__protojsImportWith(a, b))
// Every import therefore reaches the resolver with its attributes in the specifier, where
// validate() applies Node's rules. Line numbers never change; a rewritten line's columns may.

const kSep = '\u0001';  // not NUL: specifiers pass through C strings
const kRegexAfterWord = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete',
  'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

// Significant tokens of `src`: { t: 'id' | 'str' | 'num' | 'p' | 'tpl' | 're', v, s, e }.
function tokenize(src) {
  const out = [];
  const braces = [];  // for each open `${`: the brace depth at which its template resumes
  let depth = 0;
  let i = 0;
  const n = src.length;
  const last = () => out[out.length - 1];
  const regexAllowed = () => {
    const tk = last();
    if (tk === undefined) return true;
    if (tk.t === 'id') return kRegexAfterWord.has(tk.v);
    if (tk.t === 'p') return !(tk.v === ')' || tk.v === ']' || tk.v === '}');
    return false;
  };
  const scanTemplate = (start) => {  // from just after ` or }; returns index after ` or ${
    let j = start;
    while (j < n) {
      const c = src[j];
      if (c === '\\') { j += 2; continue; }
      if (c === '`') return { end: j + 1, open: false };
      if (c === '$' && src[j + 1] === '{') return { end: j + 2, open: true };
      j++;
    }
    return { end: n, open: false };
  };
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\ufeff') { i++; continue; }
    if (c === '/' && src[i + 1] === '/') { while (i < n && src[i] !== '\n') i++; continue; }
    if (c === '/' && src[i + 1] === '*') { const e = src.indexOf('*/', i + 2); i = e === -1 ? n : e + 2; continue; }
    const s = i;
    if (c === '"' || c === '\'') {
      i++;
      while (i < n && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      i++;
      out.push({ t: 'str', v: src.slice(s, i), s, e: i });
      continue;
    }
    if (c === '`' || (c === '}' && braces.length && braces[braces.length - 1] === depth)) {
      if (c === '}') braces.pop();
      const r = scanTemplate(i + 1);
      i = r.end;
      if (r.open) { braces.push(depth); }
      out.push({ t: 'tpl', v: '', s, e: i });
      continue;
    }
    if (c === '/' && regexAllowed()) {
      i++;
      let inClass = false;
      while (i < n && src[i] !== '\n') {
        const d = src[i];
        if (d === '\\') { i += 2; continue; }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) { i++; break; }
        i++;
      }
      while (i < n && /[\w$]/.test(src[i])) i++;
      out.push({ t: 're', v: '', s, e: i });
      continue;
    }
    if (/[A-Za-z_$\u0080-\uffff]/.test(c)) {
      while (i < n && /[\w$\u0080-\uffff]/.test(src[i])) i++;
      out.push({ t: 'id', v: src.slice(s, i), s, e: i });
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1]))) {
      i++;
      while (i < n && /[\w.]/.test(src[i])) i++;
      out.push({ t: 'num', v: '', s, e: i });
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    i++;
    out.push({ t: 'p', v: c, s, e: i });
  }
  return out;
}

function stringValue(tok) {
  // A module specifier or attribute value: a plain string literal (escapes via JSON rules).
  const body = tok.v.slice(1, -1);
  if (!body.includes('\\')) return body;
  try { return JSON.parse(`"${body.replace(/\\'/g, '\'').replace(/"/g, '\\"')}"`); } catch { return body; }
}

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

// The source with every import attribute moved into its specifier (see the top of the file).
function rewriteImportAttributes(src) {
  if (!/\bwith\b/.test(src)) return src;
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
    }
  }
  if (edits.length === 0) return src;
  edits.sort((a, b) => b[0] - a[0]);
  let out = src;
  for (const [s, e, text] of edits) out = out.slice(0, s) + text + out.slice(e);
  return out;
}

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

module.exports = { rewriteImportAttributes, importWith, splitSpecifier, validateAttributes };

'use strict';
// A small JavaScript tokenizer for source rewrites (esm/rewrite.js): it knows strings, template
// literals (with nested substitutions), comments and regular expression literals well enough
// to find import and export syntax, and nothing more.

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

module.exports = { tokenize, stringValue };

'use strict';
// A small JavaScript tokenizer for source rewrites (esm/rewrite.js): it knows strings, template
// literals (with nested substitutions), comments and regular expression literals well enough
// to find import and export syntax, and nothing more.

const kRegexAfterWord = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete',
  'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

// Character classes by code unit (charCodeAt: no one-character strings, no RegExp per char).
const isSpace = (c) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff;
const isDigit = (c) => c >= 48 && c <= 57;
const isIdentStart = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c >= 0x80;
const isIdentPart = (c) => isIdentStart(c) || isDigit(c);
const isWordChar = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || isDigit(c);  // \w

// Significant tokens of `src`: { t: 'id' | 'str' | 'num' | 'p' | 'tpl' | 're', v, s, e }.
function tokenize(src) {
  const out = [];
  const braces = [];  // for each open `${`: the brace depth at which its template resumes
  let depth = 0;
  let i = 0;
  const n = src.length;
  const regexAllowed = () => {
    const tk = out[out.length - 1];
    if (tk === undefined) return true;
    if (tk.t === 'id') return kRegexAfterWord.has(tk.v);
    if (tk.t === 'p') return !(tk.v === ')' || tk.v === ']' || tk.v === '}');
    return false;
  };
  const scanTemplate = (start) => {  // from just after ` or }; returns index after ` or ${
    let j = start;
    while (j < n) {
      const c = src.charCodeAt(j);
      if (c === 92) { j += 2; continue; }  // backslash
      if (c === 96) return { end: j + 1, open: false };  // `
      if (c === 36 && src.charCodeAt(j + 1) === 123) return { end: j + 2, open: true };  // ${
      j++;
    }
    return { end: n, open: false };
  };
  while (i < n) {
    const c = src.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    if (c === 47) {  // /
      const d = src.charCodeAt(i + 1);
      if (d === 47) { i = src.indexOf('\n', i + 2); if (i === -1) i = n; continue; }
      if (d === 42) { const e = src.indexOf('*/', i + 2); i = e === -1 ? n : e + 2; continue; }
    }
    const s = i;
    if (c === 34 || c === 39) {  // " '
      i++;
      for (;;) {
        if (i >= n) break;
        const d = src.charCodeAt(i);
        if (d === c || d === 10) break;
        i += d === 92 ? 2 : 1;
      }
      i++;
      out.push({ t: 'str', v: src.slice(s, i), s, e: i });
      continue;
    }
    if (c === 96 || (c === 125 && braces.length && braces[braces.length - 1] === depth)) {  // ` or }
      if (c === 125) braces.pop();
      const r = scanTemplate(i + 1);
      i = r.end;
      if (r.open) { braces.push(depth); }
      out.push({ t: 'tpl', v: '', s, e: i });
      continue;
    }
    if (c === 47 && regexAllowed()) {
      i++;
      let inClass = false;
      while (i < n) {
        const d = src.charCodeAt(i);
        if (d === 10) break;
        if (d === 92) { i += 2; continue; }
        if (d === 91) inClass = true;
        else if (d === 93) inClass = false;
        else if (d === 47 && !inClass) { i++; break; }
        i++;
      }
      while (i < n && (isWordChar(src.charCodeAt(i)) || src.charCodeAt(i) === 36)) i++;  // flags: [\w$]
      out.push({ t: 're', v: '', s, e: i });
      continue;
    }
    if (isIdentStart(c)) {
      i++;
      while (i < n && isIdentPart(src.charCodeAt(i))) i++;
      out.push({ t: 'id', v: src.slice(s, i), s, e: i });
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(i + 1)))) {
      i++;
      while (i < n && (isWordChar(src.charCodeAt(i)) || src.charCodeAt(i) === 46)) i++;  // [\w.]
      out.push({ t: 'num', v: '', s, e: i });
      continue;
    }
    if (c === 123) depth++;
    else if (c === 125) depth--;
    i++;
    out.push({ t: 'p', v: src[s], s, e: i });
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

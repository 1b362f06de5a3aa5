'use strict';
// Static detection of a CommonJS module's named exports, for `import { x } from './cjs.js'`
// (Node uses cjs-module-lexer; this recognises the same common forms):
//   exports.x = / module.exports.x = / Object.defineProperty(exports, 'x', …)
//   module.exports = { a, b: …, 'c': … } / module.exports = require('./other') (re-export)
//   __exportStar(require('./x'), exports) / __export(require('./x')) (TypeScript output)
const ident = /^[A-Za-z_$][\w$]*$/;

function stripComments(src) {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

function objectLiteralKeys(src, start) {
  // src[start] === '{': collect keys at depth 1 up to the matching '}'
  const keys = [];
  let depth = 0, i = start, token = '', expectKey = true;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = src.indexOf(c, i + 1);
      if (end === -1) break;
      if (depth === 1 && expectKey) token = src.slice(i + 1, end);
      i = end;
      continue;
    }
    if (c === '{' || c === '[' || c === '(') { depth++; if (depth > 1) expectKey = false; continue; }
    if (c === '}' || c === ']' || c === ')') {
      if (depth === 1 && c === '}') { if (expectKey && token.trim()) keys.push(token.trim()); break; }
      depth--; continue;
    }
    if (depth !== 1) continue;
    if (c === ',') { if (expectKey && token.trim()) keys.push(token.trim()); token = ''; expectKey = true; continue; }
    if (c === ':') { if (expectKey && token.trim()) keys.push(token.trim()); token = ''; expectKey = false; continue; }
    if (expectKey) token += c;
  }
  return keys.filter((k) => !k.startsWith('...')).map((k) => k.replace(/^(get|set|async)\s+/, '').replace(/\s*\(.*$/, '')).filter((k) => k);
}

function detectExports(source) {
  const src = stripComments(source);
  const names = new Set();
  const reexports = [];
  let m;
  const assign = /(?:^|[^.\w$])(?:module\.)?exports\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*(['"])([^'"]+)\2\s*\])\s*=[^=]/g;
  while ((m = assign.exec(src)) !== null) names.add(m[1] || m[3]);
  const define = /Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*(['"])([^'"]+)\1/g;
  while ((m = define.exec(src)) !== null) names.add(m[2]);
  const literal = /(?:^|[^.\w$])module\.exports\s*=\s*\{/g;
  while ((m = literal.exec(src)) !== null) {
    for (const k of objectLiteralKeys(src, m.index + m[0].length - 1)) names.add(k);
  }
  const reexport = /(?:^|[^.\w$])module\.exports\s*=\s*require\(\s*(['"])([^'"]+)\1\s*\)/g;
  while ((m = reexport.exec(src)) !== null) reexports.push(m[2]);
  const star = /__exportStar\(\s*require\(\s*(['"])([^'"]+)\1\s*\)|__export\(\s*require\(\s*(['"])([^'"]+)\3\s*\)\s*\)/g;
  while ((m = star.exec(src)) !== null) reexports.push(m[2] || m[4]);
  names.delete('default');
  return { names: [...names].filter((n) => ident.test(n) || n.length > 0), reexports };
}

module.exports = { detectExports };

'use strict';
// Brace expansion for glob patterns, as the brace-expansion package bundled with Node's
// minimatch does it: "a{b,c}d" -> ["abd", "acd"], sequences "{1..3}", "{a..c}", "{01..10..2}",
// nested groups, "${...}" left alone, escaped braces and commas kept literally. Expansion
// stops at 100000 results or 4000000 characters.

const EXPANSION_MAX = 1e5;
const EXPANSION_MAX_LENGTH = 4e6;

// Placeholders for escaped characters while expanding (control characters plus a random
// part, so they cannot occur in patterns).
const salt = `${Math.random()}`;
const escSlash = `\0SLASH${salt}\0`;
const escOpen = `\0OPEN${salt}\0`;
const escClose = `\0CLOSE${salt}\0`;
const escComma = `\0COMMA${salt}\0`;
const escPeriod = `\0PERIOD${salt}\0`;

function escapeBraces(str) {
  return str.replaceAll('\\\\', escSlash).replaceAll('\\{', escOpen).replaceAll('\\}', escClose)
    .replaceAll('\\,', escComma).replaceAll('\\.', escPeriod);
}

function unescapeBraces(str) {
  return str.replaceAll(escSlash, '\\').replaceAll(escOpen, '{').replaceAll(escClose, '}')
    .replaceAll(escComma, ',').replaceAll(escPeriod, '.');
}

// [start, end] of the first balanced "{…}" pair (the innermost-leftmost rules of
// balanced-match), or undefined.
function balancedRange(str) {
  let ai = str.indexOf('{');
  let bi = str.indexOf('}', ai + 1);
  let i = ai;
  let result;
  if (ai >= 0 && bi > 0) {
    const begs = [];
    let left = str.length;
    let right;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf('{', i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== undefined) result = [r, bi];
      } else {
        const beg = begs.pop();
        if (beg !== undefined && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf('}', i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== undefined) result = [left, right];
  }
  return result;
}

function balanced(str) {
  const r = balancedRange(str);
  return r && { pre: str.slice(0, r[0]), body: str.slice(r[0] + 1, r[1]), post: str.slice(r[1] + 1) };
}

// Splits a group body at its top-level commas (commas inside nested groups stay).
function parseCommaParts(str) {
  if (!str) return [''];
  const m = balanced(str);
  if (!m) return str.split(',');
  const { pre, body, post } = m;
  const parts = pre.split(',');
  parts[parts.length - 1] += `{${body}}`;
  const postParts = parseCommaParts(post);
  if (post.length) {
    parts[parts.length - 1] += postParts.shift();
    parts.push(...postParts);
  }
  return parts;
}

function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}

function isPadded(el) {
  return /^-?0\d/.test(el);
}

// Every acc[i] + pre + values[j], within the limits (empty results dropped if asked).
function combine(acc, pre, values, max, maxLength, dropEmpties) {
  const out = [];
  let length = 0;
  for (const a of acc) {
    for (const v of values) {
      if (out.length >= max) return out;
      const expansion = a + pre + v;
      if (dropEmpties && !expansion) continue;
      if (length + expansion.length > maxLength) return out;
      out.push(expansion);
      length += expansion.length;
    }
  }
  return out;
}

function expandSequence(body, isAlphaSequence, max, maxLength) {
  const n = body.split(/\.\./);
  const out = [];
  if (n[0] === undefined || n[1] === undefined) return out;
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== undefined ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  const reverse = y < x;
  if (reverse) incr *= -1;
  const pad = n.some(isPadded);
  let length = 0;
  for (let i = x; reverse ? i >= y : i <= y; i += incr) {
    if (out.length >= max) break;
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === '\\') c = '';
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const zeros = '0'.repeat(need);
          c = i < 0 ? `-${zeros}${c.slice(1)}` : zeros + c;
        }
      }
    }
    if (length + c.length > maxLength) break;
    out.push(c);
    length += c.length;
  }
  return out;
}

function expandInner(str, max, maxLength, isTop) {
  let acc = [''];
  let dropEmpties = false;
  let firstGroup = true;
  for (;;) {
    const m = balanced(str);
    if (!m) return combine(acc, str, [''], max, maxLength, dropEmpties);
    const { pre } = m;
    // "${…}" is not an expansion.
    if (pre.endsWith('$')) {
      acc = combine(acc, `${pre}{${m.body}}`, [''], max, maxLength, dropEmpties && !m.post.length);
      firstGroup = false;
      if (!m.post.length) break;
      str = m.post;
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.includes(',');
    if (!isSequence && !isOptions) {
      // "{a}b,c}": the first '}' is literal.
      if (/,(?!,).*\}/.test(m.post)) {
        str = `${m.pre}{${m.body}${escClose}${m.post}`;
        isTop = true;
        continue;
      }
      return combine(acc, `${pre}{${m.body}}${m.post}`, [''], max, maxLength, dropEmpties);
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength);
    } else {
      let n = parseCommaParts(m.body);
      if (n.length === 1 && n[0] !== undefined) {
        // "{a{b,c}}": the inner group expands, the outer braces stay.
        n = expandInner(n[0], max, maxLength, false).map((s) => `{${s}}`);
        if (n.length === 1) {
          acc = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length);
          if (!m.post.length) break;
          str = m.post;
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) dropsEmpties = false;
      }
      values = [];
      let valuesLength = 0;
      outer: for (const part of n) {
        for (const v of expandInner(part, max, maxLength, false)) {
          if (dropsEmpties && !v) continue;
          if (values.length >= max || valuesLength + v.length > maxLength) break outer;
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    acc = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length);
    if (!m.post.length) break;
    str = m.post;
  }
  return acc;
}

function expandBraces(str) {
  if (!str) return [];
  // A leading "{}" is literal.
  if (str.slice(0, 2) === '{}') str = `\\{\\}${str.slice(2)}`;
  return expandInner(escapeBraces(str), EXPANSION_MAX, EXPANSION_MAX_LENGTH, true)
    .map(unescapeBraces);
}

module.exports = { expandBraces };

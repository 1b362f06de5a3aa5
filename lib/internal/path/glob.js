'use strict';
// Glob matching for path.matchesGlob(), following minimatch's defaults as Node uses them:
// brace expansion ({a,b}, {1..3}), '*', '?', '[...]' classes, '**' across segments, extglobs
// (@(a|b) *(a) +(a) ?(a) !(a)); '*', '?' and '**' do not match a leading '.' of a segment;
// no negation ('!pattern') and no comments. On win32 both '/' and '\' separate segments and
// '\' is not an escape character.

const MAX_BRACE_EXPANSION = 10000;

function expandBraces(pattern, windows) {
  // Find the first top-level {...} containing a ',' or '..'.
  let depth = 0;
  let start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && !windows) {
      i++;
      continue;
    }
    if (c === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const body = pattern.slice(start + 1, i);
        const alternatives = splitBraceBody(body, windows);
        const pre = pattern.slice(0, start);
        const post = pattern.slice(i + 1);
        let options = null;
        if (alternatives.length > 1) {
          options = alternatives;
        } else {
          options = expandSequence(body);
        }
        if (options === null) {
          // Not an expansion: keep the braces literally and look further.
          const rest = expandBraces(post, windows);
          return rest.map((r) => `${pre}{${body}}${r}`);
        }
        const out = [];
        for (const option of options) {
          for (const expanded of expandBraces(pre + option + post, windows)) {
            out.push(expanded);
            if (out.length > MAX_BRACE_EXPANSION) return out;
          }
        }
        return out;
      }
    }
  }
  return [pattern];
}

function splitBraceBody(body, windows) {
  const parts = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && !windows) {
      i++;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
    } else if (c === ',' && depth === 0) {
      parts.push(body.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(body.slice(last));
  return parts;
}

function expandSequence(body) {
  let m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const step = Math.abs(Number(m[3] || 1)) || 1;
    const width = (/^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2])) ?
      Math.max(m[1].length, m[2].length) : 0;
    const out = [];
    for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
      let s = String(Math.abs(v));
      if (width) s = s.padStart(width - (v < 0 ? 1 : 0), '0');
      out.push(v < 0 ? `-${s}` : s);
      if (out.length > MAX_BRACE_EXPANSION) break;
    }
    return out;
  }
  m = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(body);
  if (m) {
    const a = m[1].charCodeAt(0);
    const b = m[2].charCodeAt(0);
    const step = Math.abs(Number(m[3] || 1)) || 1;
    const out = [];
    for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
      out.push(String.fromCharCode(v));
    }
    return out;
  }
  return null;
}

const posixClasses = {
  __proto__: null,
  alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', ascii: '\\x00-\\x7f', blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f', digit: '0-9', graph: '\\x21-\\x7e', lower: 'a-z',
  print: '\\x20-\\x7e', punct: '!-\\/:-@\\[-`{-~', space: ' \\t\\r\\n\\v\\f', upper: 'A-Z',
  word: 'a-zA-Z0-9_', xdigit: 'A-Fa-f0-9',
};

function escapeRegExp(s) {
  return s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
}

// Parses a bracket expression starting at pattern[i] === '['. Returns [source, nextIndex] or
// null when the bracket is not closed (then '[' is literal).
function parseClass(pattern, i, windows) {
  let j = i + 1;
  let negate = false;
  if (pattern[j] === '!' || pattern[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  let first = true;
  for (; j < pattern.length; j++) {
    const c = pattern[j];
    if (c === ']' && !first) {
      if (body === '') return null;
      return [negate ? `(?!\\.)[^/${body}]` : `[${body}]`, j + 1];
    }
    first = false;
    if (c === '[' && pattern[j + 1] === ':') {
      const end = pattern.indexOf(':]', j + 2);
      if (end !== -1) {
        const name = pattern.slice(j + 2, end);
        if (posixClasses[name] !== undefined) {
          body += posixClasses[name];
          j = end + 1;
          continue;
        }
      }
    }
    if (c === '\\' && !windows && j + 1 < pattern.length) {
      body += escapeRegExp(pattern[++j]);
      continue;
    }
    if (c === '-' && body !== '' && pattern[j + 1] !== ']') {
      body += '-';
      continue;
    }
    body += c === '/' ? '' : escapeRegExp(c);
  }
  return null;
}

// Converts one path segment of a pattern into a RegExp source (without anchors).
function segmentToRegExp(segment, windows) {
  let re = '';
  let i = 0;
  const stack = []; // open extglobs
  while (i < segment.length) {
    const c = segment[i];
    const atStart = re === '' || re.endsWith('(?:') || re.endsWith('|');
    if (c === '\\' && !windows && i + 1 < segment.length) {
      re += escapeRegExp(segment[i + 1]);
      i += 2;
      continue;
    }
    if ('@*+?!'.includes(c) && segment[i + 1] === '(' && hasClosingParen(segment, i + 2)) {
      stack.push(c);
      re += c === '!' ? `${reIsSegmentStart(re) ? '(?!\\.)' : ''}(?:(?!(?:` : '(?:';
      i += 2;
      continue;
    }
    if (c === '|' && stack.length > 0) {
      re += '|';
      i++;
      continue;
    }
    if (c === ')' && stack.length > 0) {
      const type = stack.pop();
      if (type === '!') re += ')$)[^/]*?)';
      else if (type === '@') re += ')';
      else if (type === '*') re += ')*';
      else if (type === '+') re += ')+';
      else re += ')?';
      i++;
      continue;
    }
    if (c === '*') {
      while (segment[i + 1] === '*') i++;
      re += atStart && i - 0 >= 0 && reIsSegmentStart(re) ? '(?!\\.)[^/]*?' : '[^/]*?';
      i++;
      continue;
    }
    if (c === '?') {
      re += reIsSegmentStart(re) ? '(?!\\.)[^/]' : '[^/]';
      i++;
      continue;
    }
    if (c === '[') {
      const cls = parseClass(segment, i, windows);
      if (cls !== null) {
        re += cls[0];
        i = cls[1];
        continue;
      }
    }
    re += escapeRegExp(c);
    i++;
  }
  return re;
}

function reIsSegmentStart(re) {
  return re === '';
}

function hasClosingParen(s, from) {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return true;
  }
  return false;
}

const segmentCache = new Map();
function segmentMatcher(segment, windows) {
  const key = `${windows ? 'w' : 'p'}:${segment}`;
  let matcher = segmentCache.get(key);
  if (matcher === undefined) {
    if (!/[*?[(]/.test(segment) && (windows || !segment.includes('\\'))) {
      matcher = (s) => s === segment;
    } else {
      let re;
      try {
        re = new RegExp(`^${segmentToRegExp(segment, windows)}$`);
      } catch {
        re = new RegExp(`^${escapeRegExp(segment)}$`);
      }
      matcher = (s) => re.test(s);
    }
    if (segmentCache.size > 1000) segmentCache.clear();
    segmentCache.set(key, matcher);
  }
  return matcher;
}

function splitSegments(str, windows) {
  return windows ? str.split(/[\\/]+/) : str.split(/\/+/);
}

function matchSegments(file, fi, pattern, pi, windows) {
  for (; pi < pattern.length; pi++, fi++) {
    const p = pattern[pi];
    if (p === '**') {
      if (pi === pattern.length - 1) {
        // '**' at the end matches one or more segments left, none of them dot segments.
        if (fi >= file.length) return false;
        for (let k = fi; k < file.length; k++) {
          const f = file[k];
          if (f === '.' || f === '..' || (f.startsWith('.') && f !== '')) return false;
        }
        return true;
      }
      for (let k = fi; k <= file.length; k++) {
        if (matchSegments(file, k, pattern, pi + 1, windows)) return true;
        const f = file[k];
        if (f === undefined || f === '.' || f === '..' || f.startsWith('.')) return false;
      }
      return false;
    }
    if (fi >= file.length) return false;
    const f = file[fi];
    if (p === '' ) {
      if (f !== '') return false;
      continue;
    }
    if (f === '' || !segmentMatcher(p, windows)(f)) return false;
  }
  if (fi === file.length) return true;
  // A trailing separator on the path is allowed.
  return fi === file.length - 1 && file[fi] === '';
}

// Path segments with '.' segments dropped and 'x/..' pairs resolved, as minimatch does.
function fileSegments(path, windows) {
  const out = [];
  for (const seg of splitSegments(path, windows)) {
    if (seg === '.' && out.length > 0) continue;
    if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..' &&
        out[out.length - 1] !== '' && out[out.length - 1] !== '.') {
      out.pop();
      continue;
    }
    out.push(seg);
  }
  return out;
}

function matchesGlob(path, pattern, windows) {
  // Node passes windowsPathsNoEscape: a backslash in a pattern is a separator, never an escape.
  pattern = pattern.replace(/\\/g, '/');
  windows = Boolean(windows);
  const file = fileSegments(path, windows);
  for (const expanded of expandBraces(pattern, windows)) {
    const segments = splitSegments(expanded, windows);
    // Collapse consecutive '**' segments.
    const collapsed = [];
    for (const s of segments) {
      if (s === '**' && collapsed[collapsed.length - 1] === '**') continue;
      collapsed.push(s);
    }
    if (matchSegments(file, 0, collapsed, 0, windows)) return true;
  }
  return false;
}

module.exports = { matchesGlob };

'use strict';
// fs.glob / fs.globSync / fsPromises.glob: shell-style patterns (`*`, `?`, `[…]`, `[!…]`,
// `{a,b}`, `**`) matched segment by segment while walking the tree. As in Node, `*` and `**`
// skip names that start with a dot unless the pattern segment itself starts with one.
// The walk itself is synchronous; the callback and promise forms deliver its results later.

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  validateArray, validateObject, validateFunction, validateBoolean, validateString,
} = require('internal/validators');
const { getStatsFromBinding, DirentFromStats, toPathIfFileURL } = require('internal/fs/utils');

const GLOBSTAR = Symbol('globstar');

function expandBraces(pattern) {
  const open = findBrace(pattern);
  if (open === -1) return [pattern];
  let depth = 0;
  const parts = [];
  let start = open + 1;
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') { i++; continue; }
    if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0) {
        parts.push(pattern.slice(start, i));
        if (parts.length < 2) return [pattern];  // `{a}` is literal
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        const out = [];
        for (const p of parts) for (const e of expandBraces(head + p + tail)) out.push(e);
        return out;
      }
    } else if (ch === ',' && depth === 1) {
      parts.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  return [pattern];
}

function findBrace(p) {
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') { i++; continue; }
    if (p[i] === '{') return i;
  }
  return -1;
}

function hasMagic(seg) { return /[*?[]/.test(seg); }

function segmentRegExp(seg) {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i];
    if (ch === '\\' && i + 1 < seg.length) { re += escapeRe(seg[++i]); continue; }
    if (ch === '*') { re += '[^/]*'; continue; }
    if (ch === '?') { re += '[^/]'; continue; }
    if (ch === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close !== -1) {
        let body = seg.slice(i + 1, close);
        let neg = false;
        if (body[0] === '!' || body[0] === '^') { neg = true; body = body.slice(1); }
        re += `[${neg ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]')}]`;
        i = close;
        continue;
      }
    }
    re += escapeRe(ch);
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(ch) { return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch; }

function compile(pattern) {
  const segs = pattern.split('/');
  const out = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if (s === '' && i > 0 && i < segs.length - 1) continue;  // `a//b`
    if (s === '**') {
      if (out[out.length - 1] !== GLOBSTAR) out.push(GLOBSTAR);
    } else if (hasMagic(s)) {
      out.push({ re: segmentRegExp(s), dot: s.startsWith('.') });
    } else {
      out.push(s);
    }
  }
  return out;
}

// Does a relative path (split into parts) match compiled segments?
function matchParts(segs, i, parts, j) {
  for (; i < segs.length; i++, j++) {
    const s = segs[i];
    if (s === GLOBSTAR) {
      for (let k = j; k <= parts.length; k++) {
        if (k > j && parts[k - 1].startsWith('.')) return false;
        if (matchParts(segs, i + 1, parts, k)) return true;
      }
      return false;
    }
    if (j >= parts.length) return false;
    if (typeof s === 'string') {
      if (s !== parts[j]) return false;
    } else if (!s.re.test(parts[j]) || (parts[j].startsWith('.') && !s.dot)) {
      return false;
    }
  }
  return j === parts.length;
}

function listDir(dir) {
  try {
    const [names, types] = binding.readdir(dir, true);
    return names.map((n, i) => ({ name: n, type: types[i] }));
  } catch {
    return [];
  }
}

function isDirEntry(dir, ent) {
  if (ent.type === 2) return true;  // UV_DIRENT_DIR
  if (ent.type === 3 || ent.type === 0) return binding.internalModuleStat(pathModule.join(dir, ent.name)) === 1;
  return false;
}

function exists(p) {
  try { binding.lstat(p, false); return true; } catch { return false; }
}

class Globber {
  constructor(patterns, options) {
    this.cwd = options.cwd;
    this.withFileTypes = options.withFileTypes;
    this.exclude = options.exclude;
    this.results = new Set();
  }

  isExcluded(rel) {
    const ex = this.exclude;
    if (!ex) return false;
    if (typeof ex === 'function') return !!ex(this.withFileTypes ? this.dirent(rel) : rel);
    return ex.some((m) => matchParts(m, 0, rel.split('/'), 0));
  }

  abs(rel) { return pathModule.resolve(this.cwd, rel === '' ? '.' : rel); }

  dirent(rel) {
    const full = this.abs(rel);
    const st = getStatsFromBinding(binding.lstat(full, false));
    return new DirentFromStats(pathModule.basename(full), st,
                               pathModule.join(this.cwd, pathModule.dirname(rel === '' ? '.' : rel)));
  }

  add(rel) {
    const r = rel === '' ? '.' : rel;
    if (this.results.has(r) || this.isExcluded(r)) return;
    this.results.add(r);
  }

  walk(segs, i, rel, needCheck) {
    if (i === segs.length) {
      if (!needCheck || exists(this.abs(rel))) this.add(rel);
      return;
    }
    const s = segs[i];
    const join = (name) => (rel === '' ? name : rel === '/' ? `/${name}` : `${rel}/${name}`);
    if (typeof s === 'string') {
      if (s === '' && i === 0) return this.walk(segs, 1, '/', false);
      if (s === '.' ) return this.walk(segs, i + 1, rel, needCheck);
      if (s === '..') return this.walk(segs, i + 1, pathModule.normalize(join('..')), true);
      return this.walk(segs, i + 1, join(s), true);
    }
    const dir = this.abs(rel);
    if (needCheck && binding.internalModuleStat(dir) !== 1) return;
    if (s === GLOBSTAR) {
      this.walk(segs, i + 1, rel, false);
      for (const ent of listDir(dir)) {
        if (ent.name.startsWith('.')) continue;
        const child = join(ent.name);
        if (ent.type === 2 && !this.isExcludedDir(child)) this.walk(segs, i, child, false);
        else if (i + 1 === segs.length) this.add(child);
        else this.walkAfterStar(segs, i + 1, child, ent, dir);
      }
      return;
    }
    for (const ent of listDir(dir)) {
      if (!s.re.test(ent.name) || (ent.name.startsWith('.') && !s.dot)) continue;
      const child = join(ent.name);
      if (i + 1 === segs.length) this.add(child);
      else if (isDirEntry(dir, ent)) this.walk(segs, i + 1, child, false);
    }
  }

  // A non-directory under `**`: only the remaining segments matching it alone count.
  walkAfterStar(segs, i, child, ent, dir) {
    if (i + 1 !== segs.length) return;
    const s = segs[i];
    if (typeof s === 'string' ? s === ent.name : (s.re.test(ent.name) && (!ent.name.startsWith('.') || s.dot))) {
      this.add(child);
    }
  }

  isExcludedDir(rel) {
    return typeof this.exclude === 'function' && this.isExcluded(rel);
  }

  run(patterns) {
    for (const pattern of patterns) {
      for (const p of expandBraces(pattern)) {
        let q = p;
        while (q.startsWith('./')) q = q.slice(2);
        this.walk(compile(q), 0, '', false);
      }
    }
    const out = Array.from(this.results);
    return this.withFileTypes ? out.map((r) => this.dirent(r)) : out;
  }
}

function normalizeArgs(pattern, options) {
  if (pattern === null || typeof pattern === 'object') {
    validateArray(pattern, 'patterns');
    for (let i = 0; i < pattern.length; i++) validateString(pattern[i], `patterns[${i}]`);
  } else {
    validateString(pattern, 'patterns');
    pattern = [pattern];
  }
  options ??= {};
  validateObject(options, 'options');
  const cwd = options.cwd === undefined ? '.' : `${toPathIfFileURL(options.cwd)}`;
  const withFileTypes = !!options.withFileTypes;
  if (options.withFileTypes !== undefined) validateBoolean(options.withFileTypes, 'options.withFileTypes');
  let exclude = options.exclude;
  if (exclude != null && typeof exclude !== 'function') {
    if (!Array.isArray(exclude)) throw new ERR_INVALID_ARG_TYPE('options.exclude', ['function', 'string[]'], exclude);
    exclude = exclude.flatMap((e) => expandBraces(e)).map((e) => compile(e.replace(/^(\.\/)+/, '')));
  }
  return { patterns: pattern, options: { cwd, withFileTypes, exclude } };
}

function globSync(pattern, options) {
  const a = normalizeArgs(pattern, options);
  return new Globber(a.patterns, a.options).run(a.patterns);
}

function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const a = normalizeArgs(pattern, options);
  setImmediate(() => {
    let result;
    try {
      result = new Globber(a.patterns, a.options).run(a.patterns);
    } catch (err) {
      return callback(err);
    }
    callback(null, result);
  });
}

async function* globPromise(pattern, options) {
  const a = normalizeArgs(pattern, options);
  await new Promise((resolve) => setImmediate(resolve));
  yield* new Globber(a.patterns, a.options).run(a.patterns);
}

module.exports = { glob, globSync, globPromise, matchGlob: (pattern, path) => matchParts(compile(pattern), 0, path.split('/'), 0) };

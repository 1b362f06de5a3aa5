'use strict';
// Glob matching for path.matchesGlob(), as Node does it: a minimatch matcher with Node's
// options (backslashes in patterns are separators, no negation, no comments, the
// "aggressive" optimization level, case-insensitive only on Windows and macOS hosts).
// Braces are expanded first ({a,b}, {1..3}); each alternative is split into segments, each
// segment becomes a string or a RegExp (internal/path/glob_ast), '**' matches any number of
// segments. '*', '?', '**' and classes never match a leading '.' of a segment; '.' and
// '..' segments are never matched by wildcards.

const { expandBraces } = require('internal/path/glob_braces');
const { GlobAST } = require('internal/path/glob_ast');

const GLOBSTAR = Symbol('globstar **');
const kMaxGlobstarRecursion = 200;
const kGlobPatternCacheLimit = 1000;

// Fast tests replacing the RegExp of common segment shapes (same results, as minimatch).
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotStarRE = /^\*+\.\*+$/;
const dotStarRE = /^\.\*+$/;
const starRE = /^\*+$/;
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;

function fastTestFor(pattern, nocase) {
  let m;
  if (starRE.test(pattern)) return (f) => f.length !== 0 && !f.startsWith('.');
  if ((m = pattern.match(starDotExtRE))) {
    const ext = nocase ? m[1].toLowerCase() : m[1];
    return nocase ? (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext) :
      (f) => !f.startsWith('.') && f.endsWith(ext);
  }
  if ((m = pattern.match(qmarksRE))) {
    const len = m[0].length;
    const noext = (f) => f.length === len && !f.startsWith('.');
    const ext = m[1];
    if (!ext) return noext;
    if (nocase) {
      const lower = ext.toLowerCase();
      return (f) => noext(f) && f.toLowerCase().endsWith(lower);
    }
    return (f) => noext(f) && f.endsWith(ext);
  }
  if (starDotStarRE.test(pattern)) return (f) => !f.startsWith('.') && f.includes('.');
  if (dotStarRE.test(pattern)) return (f) => f !== '.' && f !== '..' && f.startsWith('.');
  return null;
}

const isDots = (f) => f === '.' || f === '..' || f.startsWith('.');
const isDrive = (s) => typeof s === 'string' && /^[a-z]:$/i.test(s);

class GlobMatcher {
  constructor(pattern, { windows, nocase }) {
    this.isWindows = windows;
    this.options = { nocase, nocaseMagicOnly: true };
    // Backslashes are path separators in patterns, never escapes.
    this.pattern = pattern.replace(/\\/g, '/');
    this.empty = this.pattern === '';
    this.set = [];
    if (this.empty) return;
    const globSet = [...new Set(this.braceExpand())];
    const globParts = this.secondPhasePreProcess(
      this.firstPhasePreProcess(globSet.map((s) => this.slashSplit(s))));
    this.set = globParts.map((parts) => parts.map((part) => this.parse(part)));
    // A '?' in "//?/C:/…" (UNC long paths) is not magic.
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === '' && p[1] === '' && globParts[i][2] === '?' && isDrive(p[3])) p[2] = '?';
      }
    }
  }

  braceExpand() {
    if (!/\{(?:(?!\{).)*\}/.test(this.pattern)) return [this.pattern];
    return expandBraces(this.pattern);
  }

  slashSplit(p) {
    // A leading "//x" on Windows is a UNC path: keep both empty segments.
    if (this.isWindows && /^\/\/[^/]+/.test(p)) return ['', ...p.split(/\/+/)];
    return p.split(/\/+/);
  }

  parse(pattern) {
    if (pattern === '**') return GLOBSTAR;
    if (pattern === '') return '';
    const re = GlobAST.fromGlob(pattern, this.options).toMMPattern();
    const fastTest = fastTestFor(pattern, this.options.nocase);
    if (fastTest !== null && typeof re === 'object') {
      Object.defineProperty(re, 'test', { value: fastTest });
    }
    return re;
  }

  // Removes '.' and empty middle segments and "x/.." pairs of a pattern; splits
  // "**/../x/y" into "../x/y" and "**/x/y" alternatives.
  firstPhasePreProcess(globParts) {
    let didSomething;
    do {
      didSomething = false;
      for (const parts of globParts) {
        let gs = -1;
        while ((gs = parts.indexOf('**', gs + 1)) !== -1) {
          let gss = gs;
          while (parts[gss + 1] === '**') gss++;
          if (gss > gs) parts.splice(gs + 1, gss - gs);
          const next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== '..') continue;
          if (!p || p === '.' || p === '..' || !p2 || p2 === '.' || p2 === '..') continue;
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = '**';
          globParts.push(other);
          gs--;
        }
        didSomething = removeEmptyAndDotSegments(parts) || didSomething;
        let dd = 0;
        while ((dd = parts.indexOf('..', dd + 1)) !== -1) {
          const p = parts[dd - 1];
          if (p && p !== '.' && p !== '..' && p !== '**') {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === '**';
            parts.splice(dd - 1, 2, ...(needDot ? ['.'] : []));
            if (parts.length === 0) parts.push('');
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }

  // Merges alternatives that one of them covers ("a/*" and "a/b" -> "a/*").
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = partsMatch(globParts[i], globParts[j]);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((parts) => parts.length);
  }

  // The path's segments with '.' and empty middle segments and "x/.." pairs removed.
  levelTwoFileOptimize(parts) {
    let didSomething;
    do {
      didSomething = removeEmptyAndDotSegments(parts);
      let dd = 0;
      while ((dd = parts.indexOf('..', dd + 1)) !== -1) {
        const p = parts[dd - 1];
        if (p && p !== '.' && p !== '..' && p !== '**' && !(this.isWindows && isDrive(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [''] : parts;
  }

  match(f) {
    if (this.empty) return f === '';
    if (this.isWindows) f = f.split('\\').join('/');
    const ff = this.slashSplit(f);
    for (const pattern of this.set) {
      if (this.matchOne(ff, pattern)) return true;
    }
    return false;
  }

  matchOne(file, pattern) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      // Drive letters compare case-insensitively, also as "//?/C:/…".
      const fileDrive = isDrive(file[0]);
      const fileUNC = !fileDrive && file[0] === '' && file[1] === '' && file[2] === '?' &&
        /^[a-z]:$/i.test(file[3]);
      const patternDrive = isDrive(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === '' && pattern[1] === '' &&
        pattern[2] === '?' && isDrive(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : undefined;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : undefined;
      if (typeof fdi === 'number' && typeof pdi === 'number' &&
          file[fdi].toLowerCase() === pattern[pdi].toLowerCase()) {
        pattern[pdi] = file[fdi];
        patternStartIndex = pdi;
        fileStartIndex = fdi;
      }
    }
    file = this.levelTwoFileOptimize(file);
    if (pattern.includes(GLOBSTAR)) {
      return this.matchGlobstar(file, pattern, fileStartIndex, patternStartIndex);
    }
    return this.matchSegments(file, pattern, fileStartIndex, patternStartIndex);
  }

  // Patterns with '**': the part before the first '**' and the part after the last one are
  // anchored; the sections between are found in order, each '**' skipping segments (never
  // dot segments).
  matchGlobstar(file, pattern, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, lastgs);
    const tail = pattern.slice(lastgs + 1);
    if (head.length) {
      if (!this.matchSegments(file.slice(fileIndex, fileIndex + head.length), head, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length) return false;
      let tailStart = file.length - tail.length;
      if (this.matchSegments(file, tail, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        // A trailing separator on the path may follow the tail.
        if (file[file.length - 1] !== '' || fileIndex + tail.length === file.length) return false;
        tailStart--;
        if (!this.matchSegments(file, tail, tailStart, 0)) return false;
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = Boolean(fileTailMatch);
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        sawSome = true;
        if (isDots(String(file[i]))) return false;
      }
      return sawSome;
    }
    // Body sections between globstars: [segments, last file index where they may start].
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    return Boolean(this.matchBodySections(file, bodySegments, fileIndex, 0, 0, Boolean(fileTailMatch)));
  }

  // false: no match; null: no match and no point trying further.
  matchBodySections(file, bodySegments, fileIndex, bodyIndex, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        if (isDots(file[i])) return false;
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.matchSegments(file.slice(0, fileIndex + body.length), body, fileIndex, 0);
      if (m && globStarDepth < kMaxGlobstarRecursion) {
        const sub = this.matchBodySections(file, bodySegments, fileIndex + body.length,
                                           bodyIndex + 1, globStarDepth + 1, sawTail);
        if (sub !== false) return sub;
      }
      if (isDots(file[fileIndex])) return false;
      fileIndex++;
    }
    return null;
  }

  // Segment-by-segment match (no '**'); a trailing separator on the path is allowed.
  matchSegments(file, pattern, fileIndex, patternIndex) {
    let fi = fileIndex;
    let pi = patternIndex;
    const fl = file.length;
    const pl = pattern.length;
    for (; fi < fl && pi < pl; fi++, pi++) {
      const p = pattern[pi];
      if (p === GLOBSTAR) return false;
      const hit = typeof p === 'string' ? file[fi] === p : p.test(file[fi]);
      if (!hit) return false;
    }
    if (fi === fl && pi === pl) return true;
    if (fi === fl) return false;
    return fi === fl - 1 && file[fi] === '';
  }
}

// Removes '.' and '' segments that are neither first nor last (keeping the second '' of a
// leading "//"), and "./" or "./." left alone. Returns whether something was removed.
function removeEmptyAndDotSegments(parts) {
  let didSomething = false;
  for (let i = 1; i < parts.length - 1; i++) {
    const p = parts[i];
    if (i === 1 && p === '' && parts[0] === '') continue;
    if (p === '.' || p === '') {
      didSomething = true;
      parts.splice(i, 1);
      i--;
    }
  }
  if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
    didSomething = true;
    parts.pop();
  }
  return didSomething;
}

// Two alternatives that match the same paths as one of them, merged; else false.
function partsMatch(a, b) {
  let ai = 0;
  let bi = 0;
  const result = [];
  let which = '';
  while (ai < a.length && bi < b.length) {
    if (a[ai] === b[bi]) {
      result.push(which === 'b' ? b[bi] : a[ai]);
      ai++;
      bi++;
    } else if (a[ai] === '**' && b[bi] === a[ai + 1]) {
      result.push(a[ai]);
      ai++;
    } else if (b[bi] === '**' && a[ai] === b[bi + 1]) {
      result.push(b[bi]);
      bi++;
    } else if (a[ai] === '*' && b[bi] && !b[bi].startsWith('.') && b[bi] !== '**') {
      if (which === 'b') return false;
      which = 'a';
      result.push(a[ai]);
      ai++;
      bi++;
    } else if (b[bi] === '*' && a[ai] && !a[ai].startsWith('.') && a[ai] !== '**') {
      if (which === 'a') return false;
      which = 'b';
      result.push(b[bi]);
      ai++;
      bi++;
    } else {
      return false;
    }
  }
  return a.length === b.length && result;
}

const matcherCache = new Map();
const hostIsCaseInsensitive = process.platform === 'win32' || process.platform === 'darwin';

function matchesGlob(path, pattern, windows) {
  windows = Boolean(windows);
  const key = `${windows ? 'win32' : 'posix'}:${pattern}`;
  let matcher = matcherCache.get(key);
  if (matcher === undefined) {
    matcher = new GlobMatcher(pattern, { windows, nocase: hostIsCaseInsensitive });
    matcherCache.set(key, matcher);
    if (matcherCache.size >= kGlobPatternCacheLimit) {
      matcherCache.delete(matcherCache.keys().next().value);
    }
  }
  return matcher.match(path);
}

module.exports = { matchesGlob };

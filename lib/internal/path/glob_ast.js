'use strict';
// One path segment of a glob pattern turned into a RegExp (or a plain string when it has
// no magic), with the semantics of the minimatch bundled with Node: '*', '?', bracket
// classes (POSIX [:classes:] too), extglobs @(a|b) *(a) +(a) ?(a) !(a) nested up to a
// depth, and the rules that keep '*', '?' and classes from matching a leading '.'.
// A segment is parsed into a tree of extglob nodes; negated extglobs get everything after
// them in the segment appended, because "not this" must be tested against the rest too.

// ---- bracket expressions ---------------------------------------------------------------------

// [regexp source, needs the u flag, negated (matches what the others do not)]
const posixClasses = {
  '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
  '[:alpha:]': ['\\p{L}\\p{Nl}', true],
  '[:ascii:]': ['\\x00-\\x7f', false],
  '[:blank:]': ['\\p{Zs}\\t', true],
  '[:cntrl:]': ['\\p{Cc}', true],
  '[:digit:]': ['\\p{Nd}', true],
  '[:graph:]': ['\\p{Z}\\p{C}', true, true],
  '[:lower:]': ['\\p{Ll}', true],
  '[:print:]': ['\\p{C}', true],
  '[:punct:]': ['\\p{P}', true],
  '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
  '[:upper:]': ['\\p{Lu}', true],
  '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
  '[:xdigit:]': ['A-Fa-f0-9', false],
};

const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');

// Parses the bracket expression at glob[position] === '['.
// Returns [source, needs u flag, characters consumed (0: not a class), has magic].
function parseClass(glob, position) {
  const pos = position;
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = '';
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === '!' || c === '^') && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === ']' && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === '\\' && !escaping) {
      escaping = true;
      i++;
      continue;
    }
    if (c === '[' && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          // A class cannot end a range: the whole pattern matches nothing.
          if (rangeStart) return ['$.', false, glob.length - pos, true];
          i += cls.length;
          if (neg) negs.push(unip);
          else ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      // Backwards ranges ("z-a") match nothing.
      if (c > rangeStart) ranges.push(`${braceEscape(rangeStart)}-${braceEscape(c)}`);
      else if (c === rangeStart) ranges.push(braceEscape(c));
      rangeStart = '';
      i++;
      continue;
    }
    if (glob.startsWith('-]', i + 1)) {
      ranges.push(braceEscape(`${c}-`));
      i += 2;
      continue;
    }
    if (glob.startsWith('-', i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  // Not closed: a literal '['.
  if (endPos < i) return ['', false, 0, false];
  if (!ranges.length && !negs.length) return ['$.', false, glob.length - pos, true];
  // A single character needs no class.
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regExpEscape(r), false, endPos - pos, false];
  }
  const sranges = `[${negate ? '^' : ''}${ranges.join('')}]`;
  const snegs = `[${negate ? '' : '^'}${negs.join('')}]`;
  const comb = ranges.length && negs.length ? `(${sranges}|${snegs})` :
    ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
}

// A regexp source (or glob) back to the literal text: one-character classes ("[*]") and
// backslash escapes removed.
function unescape(s) {
  return s.replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2').replace(/\\([^/])/g, '$1');
}

// ---- extglob tree ------------------------------------------------------------------------------

const isExtglobType = (c) => c === '!' || c === '?' || c === '+' || c === '*' || c === '@';

// Which child extglob types a parent can absorb (a(b(x)) -> a(x)), and what the pair
// becomes when the parent holds only that child.
const adoptionMap = new Map([
  ['!', ['@']], ['?', ['?', '@']], ['@', ['@']], ['*', ['*', '+', '?', '@']], ['+', ['+', '@']],
]);
const adoptionWithSpaceMap = new Map([['!', ['?']], ['@', ['?']], ['+', ['?', '*']]]);
const adoptionAnyMap = new Map([
  ['!', ['?', '@']], ['?', ['?', '@']], ['@', ['?', '@']], ['*', ['*', '+', '?', '@']],
  ['+', ['+', '@', '?', '*']],
]);
const usurpMap = new Map([
  ['!', new Map([['!', '@']])],
  ['?', new Map([['*', '*'], ['+', '*']])],
  ['@', new Map([['!', '!'], ['?', '?'], ['@', '@'], ['*', '*'], ['+', '+']])],
  ['+', new Map([['?', '*'], ['*', '*']])],
]);

const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
const addPatternStart = new Set(['[', '.']);
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const qmark = '[^/]';
const star = `${qmark}*?`;
const starNoEmpty = `${qmark}+?`;

class GlobAST {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // An extglob without children ("!()").
  #emptyExt = false;

  constructor(type, parent, options = {}) {
    this.type = type;
    if (type) this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === '!' && !this.#root.#filledNegs) this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }

  get options() {
    return this.#options;
  }

  // The pattern text this node stands for.
  toString() {
    if (this.#toString !== undefined) return this.#toString;
    this.#toString = !this.type ? this.#parts.map((p) => String(p)).join('') :
      `${this.type}(${this.#parts.map((p) => String(p)).join('|')})`;
    return this.#toString;
  }

  // Appends to every negated extglob what follows it in its ancestors.
  #fillNegs() {
    if (this.#filledNegs) return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while ((n = this.#negs.pop())) {
      if (n.type !== '!') continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) part.copyIn(pp.#parts[i]);
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }

  push(...parts) {
    for (const p of parts) {
      if (p !== '') this.#parts.push(p);
    }
  }

  // Whether nothing but negated extglobs precede this node in the segment.
  isStart() {
    if (this.#root === this) return true;
    if (!this.#parent?.isStart()) return false;
    if (this.#parentIndex === 0) return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof GlobAST && pp.type === '!')) return false;
    }
    return true;
  }

  isEnd() {
    if (this.#root === this) return true;
    if (this.#parent?.type === '!') return true;
    if (!this.#parent?.isEnd()) return false;
    if (!this.type) return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }

  copyIn(part) {
    if (typeof part === 'string') this.push(part);
    else this.push(part.clone(this));
  }

  clone(parent) {
    const c = new GlobAST(this.type, parent);
    for (const p of this.#parts) c.copyIn(p);
    return c;
  }

  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      // Outside an extglob: text up to the next extglob.
      let i = pos;
      let acc = '';
      while (i < str.length) {
        const c = str.charAt(i++);
        if (escaping || c === '\\') {
          escaping = !escaping;
          acc += c;
          continue;
        }
        if (inBrace) {
          if (i === braceStart + 1) {
            if (c === '^' || c === '!') braceNeg = true;
          } else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc += c;
          continue;
        } else if (c === '[') {
          inBrace = true;
          braceStart = i;
          braceNeg = false;
          acc += c;
          continue;
        }
        if (!opt.noext && isExtglobType(c) && str.charAt(i) === '(' && extDepth <= maxDepth) {
          ast.push(acc);
          acc = '';
          const ext = new GlobAST(c, ast);
          i = GlobAST.#parseAST(str, ext, i, opt, extDepth + 1);
          ast.push(ext);
          continue;
        }
        acc += c;
      }
      ast.push(acc);
      return i;
    }

    // Inside an extglob, pos at its '(': alternatives up to the matching ')'.
    let i = pos + 1;
    let part = new GlobAST(null, ast);
    const parts = [];
    let acc = '';
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === '\\') {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === '^' || c === '!') braceNeg = true;
        } else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === '[') {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      if (!opt.noext && isExtglobType(c) && str.charAt(i) === '(' &&
          (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)))) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = '';
        const ext = new GlobAST(c, part);
        part.push(ext);
        i = GlobAST.#parseAST(str, ext, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === '|') {
        part.push(acc);
        acc = '';
        parts.push(part);
        part = new GlobAST(null, ast);
        continue;
      }
      if (c === ')') {
        if (acc === '' && ast.#parts.length === 0) ast.#emptyExt = true;
        part.push(acc);
        acc = '';
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    // Unterminated: not an extglob but literal text.
    ast.type = null;
    ast.#hasMagic = undefined;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }

  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }

  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== 'object' || child.type !== null || child.#parts.length !== 1 ||
        this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== 'object' || gc.type === null) return false;
    return this.#canAdoptType(gc.type, map);
  }

  #canAdoptType(c, map = adoptionAnyMap) {
    return Boolean(map.get(this.type)?.includes(c));
  }

  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new GlobAST(null, gc, this.options);
    blank.#parts.push('');
    gc.push(blank);
    this.#adopt(child, index);
  }

  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === 'object') p.#parent = this;
    }
    this.#toString = undefined;
  }

  #canUsurp(child) {
    if (!child || typeof child !== 'object' || child.type !== null || child.#parts.length !== 1 ||
        this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== 'object' || gc.type === null) return false;
    return Boolean(usurpMap.get(this.type)?.has(gc.type));
  }

  #usurp(child) {
    const gc = child.#parts[0];
    const nt = usurpMap.get(this.type)?.get(gc.type);
    if (!nt) return;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === 'object') p.#parent = this;
    }
    this.type = nt;
    this.#toString = undefined;
    this.#emptyExt = false;
  }

  // Simplifies nested extglobs (a parent absorbing or taking over its only child).
  #flatten() {
    if (!isExtglobType(this.type)) {
      for (const p of this.#parts) {
        if (typeof p === 'object') p.#flatten();
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === 'object') {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = undefined;
  }

  static fromGlob(pattern, options = {}) {
    const ast = new GlobAST(null, undefined, options);
    GlobAST.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }

  // The segment's matcher: a RegExp when it has magic, else the literal string.
  toMMPattern() {
    if (this !== this.#root) return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic ||
      (this.#options.nocase && !this.#options.nocaseMagicOnly &&
       glob.toUpperCase() !== glob.toLowerCase());
    if (!anyMagic) return body;
    const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
    return new RegExp(`^${re}$`, flags);
  }

  // [regexp source, unescaped body, has magic, needs the u flag]
  toRegExpSource(allowDot) {
    const dot = allowDot ?? Boolean(this.#options.dot);
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobType(this.type)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== 'string');
      const src = this.#parts.map((p) => {
        const [re, , hasMagic, uflag] = typeof p === 'string' ?
          GlobAST.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join('');
      let start = '';
      if (this.isStart() && typeof this.#parts[0] === 'string') {
        // '.' and '..' only match themselves.
        const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
        if (!dotTravAllowed) {
          const aps = addPatternStart;
          const needNoTrav = (dot && aps.has(src.charAt(0))) ||
            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
          const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
          start = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : '';
        }
      }
      let end = '';
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === '!') end = '(?:$|\\/)';
      return [start + src + end, unescape(src), (this.#hasMagic = Boolean(this.#hasMagic)), this.#uflag];
    }

    const repeated = this.type === '*' || this.type === '+';
    const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
      // An empty extglob alone in a segment is literal text.
      const s = this.toString();
      this.#parts = [s];
      this.type = null;
      this.#hasMagic = undefined;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot ? '' : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) bodyDotAllowed = '';
    if (bodyDotAllowed) body = `(?:${body})(?:${bodyDotAllowed})*?`;
    let final;
    if (this.type === '!' && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
    } else {
      let close;
      if (this.type === '!') {
        // !() must match something, but !(x) may match ''.
        close = `))${this.isStart() && !dot && !allowDot ? startNoDot : ''}${star})`;
      } else if (this.type === '@') {
        close = ')';
      } else if (this.type === '?') {
        close = ')?';
      } else if (this.type === '+' && bodyDotAllowed) {
        close = ')';
      } else if (this.type === '*' && bodyDotAllowed) {
        close = ')?';
      } else {
        close = `)${this.type}`;
      }
      final = start + body + close;
    }
    return [final, unescape(body), (this.#hasMagic = Boolean(this.#hasMagic)), this.#uflag];
  }

  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      const [re, , , uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || Boolean(p)).join('|');
  }

  // A run of plain glob text: [regexp source, unescaped text, has magic, needs the u flag].
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = '';
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? '\\' : '') + c;
        continue;
      }
      if (c === '*') {
        if (inStar) continue;
        inStar = true;
        // A segment of only stars must match something.
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      }
      inStar = false;
      if (c === '\\') {
        if (i === glob.length - 1) re += '\\\\';
        else escaping = true;
        continue;
      }
      if (c === '[') {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === '?') {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), Boolean(hasMagic), uflag];
  }
}

module.exports = { GlobAST };

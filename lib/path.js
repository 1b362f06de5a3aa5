'use strict';
// node:path — POSIX and Windows path manipulation (pure string functions).
// path.posix and path.win32 are complete implementations; the default export is the one for
// the current platform.

const { validateObject, validateString } = require('internal/validators');

const CHAR_DOT = 46;
const CHAR_FORWARD_SLASH = 47;
const CHAR_BACKWARD_SLASH = 92;
const CHAR_COLON = 58;
const CHAR_QUESTION_MARK = 63;

const platformIsWindows = process.platform === 'win32';

function isPosixSeparator(code) {
  return code === CHAR_FORWARD_SLASH;
}

function isWin32Separator(code) {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Resolves '.' and '..' segments of a root-less path, joining the kept segments with `sep`.
// With allowAboveRoot, leading '..' segments that cannot be resolved are kept.
// Does a POSIX path have no empty, '.' or '..' segment between its first and last separators?
// (indexOf scans: a RegExp here costs more than the segment loop it saves in QuickJS.)
function isNormalPosix(p) {
  if (p.indexOf('//') !== -1) return false;
  for (let i = p.indexOf('.'); i !== -1; i = p.indexOf('.', i + 1)) {
    if (i !== 0 && p.charCodeAt(i - 1) !== CHAR_FORWARD_SLASH) continue;  // not a segment start
    let j = i + 1;
    if (p.charCodeAt(j) === CHAR_DOT) j++;
    if (j === p.length || p.charCodeAt(j) === CHAR_FORWARD_SLASH) return false;  // '.' or '..'
  }
  return true;
}

function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  if (sep === '/') {
    // Fast path (most paths the module loader builds are already normal): only the leading and
    // trailing separators go; the loop below works per character.
    let start = 0;
    let end = path.length;
    while (start < end && path.charCodeAt(start) === CHAR_FORWARD_SLASH) start++;
    while (end > start && path.charCodeAt(end - 1) === CHAR_FORWARD_SLASH) end--;
    const inner = start === 0 && end === path.length ? path : path.slice(start, end);
    if (isNormalPosix(inner)) return inner;
  }
  const out = [];
  let start = 0;
  const len = path.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(path.charCodeAt(i))) continue;
    const segment = path.slice(start, i);
    start = i + 1;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (allowAboveRoot) {
        out.push('..');
      }
      continue;
    }
    out.push(segment);
  }
  return out.join(sep);
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// Splits a last path component (no separators) into [name, ext]. There is no extension when
// the component has no dot, when its last dot is its first character ('.bashrc'), or when the
// component is '..'. So '...' gives ['..', '.'] and '..a' gives ['.', '.a'].
function splitExt(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return [base, ''];
  return [base.slice(0, dot), base.slice(dot)];
}

// Last component of path[0..end) using isSep; returns [start, end] with trailing separators
// excluded (end === -1 when there is no component).
function lastComponent(path, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path.charCodeAt(end - 1))) end--;
  if (end === from) return [from, -1];
  let start = end - 1;
  while (start > from && !isSep(path.charCodeAt(start - 1))) start--;
  return [start, end];
}

// basename over path[from..]. With a suffix, the suffix is removed from the last component;
// like Node, when the component is itself a tail of a longer suffix the trailing separators
// are kept ('a/' for basename('x/a/', 'ba')) and an all-separator path is returned whole.
function basenameImpl(path, suffix, from, isSep) {
  const [start, end] = lastComponent(path, from, isSep);
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    return end === -1 ? '' : path.slice(start, end);
  }
  if (suffix === path) return '';
  if (end === -1) return path.slice(from);
  const base = path.slice(start, end);
  if (base.length >= suffix.length) {
    if (base !== suffix && base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
    return base;
  }
  return suffix.endsWith(base) ? path.slice(start) : base;
}

function extnameImpl(path, from, isSep) {
  const [start, end] = lastComponent(path, from, isSep);
  if (end === -1) return '';
  return splitExt(path.slice(start, end))[1];
}

// ---------------------------------------------------------------------------------------------
// POSIX

function posixCwd() {
  return process.cwd();
}

const posix = {
  resolve(...args) {
    let resolvedPath = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
      const path = i >= 0 ? args[i] : posixCwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolvedPath = `${path}/${resolvedPath}`;
      resolvedAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    }
    resolvedPath = normalizeSegments(resolvedPath, !resolvedAbsolute, '/', isPosixSeparator);
    if (resolvedAbsolute) return `/${resolvedPath}`;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    const trailingSeparator = path.charCodeAt(path.length - 1) === CHAR_FORWARD_SLASH;
    path = normalizeSegments(path, !isAbsolute, '/', isPosixSeparator);
    if (path.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) path += '/';
    return isAbsolute ? `/${path}` : path;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === CHAR_FORWARD_SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromParts.length && common < toParts.length &&
           fromParts[common] === toParts[common]) {
      common++;
    }
    const up = new Array(fromParts.length - common).fill('..');
    return up.concat(toParts.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    // The dirname ends at the separator just before the last component; separators before
    // that one are kept ('a//b' -> 'a/').
    const [start] = lastComponent(path, 0, isPosixSeparator);
    const sepIndex = start - 1;
    if (sepIndex <= 0) return hasRoot ? '/' : '.';
    if (hasRoot && sepIndex === 1) return '//';
    return path.slice(0, sepIndex);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameImpl(path, suffix, 0, isPosixSeparator);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameImpl(path, 0, isPosixSeparator);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    if (isAbsolute) ret.root = '/';
    const [start, end] = lastComponent(path, isAbsolute ? 1 : 0, isPosixSeparator);
    if (end === -1) {
      ret.dir = ret.root;
      return ret;
    }
    ret.base = path.slice(start, end);
    // Node quirk: '/..' parses as name '.' and ext '.'.
    if (start === 1 && isAbsolute && ret.base === '..') [ret.name, ret.ext] = ['.', '.'];
    else [ret.name, ret.ext] = splitExt(ret.base);
    if (start > 0) {
      let dirEnd = start - 1;
      if (dirEnd === 0 && isAbsolute) dirEnd = 1;
      ret.dir = path.slice(0, dirEnd);
    } else if (isAbsolute) {
      ret.dir = '/';
    }
    return ret;
  },

  matchesGlob(path, pattern) {
    return globMatch(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// ---------------------------------------------------------------------------------------------
// Windows

// Describes the root of a Windows path:
//   device: 'C:', '\\\\server\\share', '\\\\.' / '\\\\?' (device namespaces) or ''
//   rootEnd: index just after the root (device plus the separator that makes it absolute)
//   isAbsolute: whether the path is rooted
function win32Root(path) {
  const len = path.length;
  const result = { device: '', rootEnd: 0, isAbsolute: false };
  if (len === 0) return result;
  const code = path.charCodeAt(0);
  if (isWin32Separator(code)) {
    result.isAbsolute = true;
    result.rootEnd = 1;
    if (len > 1 && isWin32Separator(path.charCodeAt(1))) {
      // Possible UNC root: \\server\share
      let j = 2;
      while (j < len && !isWin32Separator(path.charCodeAt(j))) j++;
      if (j < len && j > 2) {
        const server = path.slice(2, j);
        let k = j;
        while (k < len && isWin32Separator(path.charCodeAt(k))) k++;
        if (k < len) {
          let m = k;
          while (m < len && !isWin32Separator(path.charCodeAt(m))) m++;
          if (server === '.' || server === '?') {
            result.device = `\\\\${server}`;
            result.rootEnd = 4;
          } else {
            result.device = `\\\\${server}\\${path.slice(k, m)}`;
            result.rootEnd = m;
          }
        }
      }
    }
  } else if (len > 1 && isDriveLetter(code) && path.charCodeAt(1) === CHAR_COLON) {
    result.device = path.slice(0, 2);
    result.rootEnd = 2;
    if (len > 2 && isWin32Separator(path.charCodeAt(2))) {
      result.isAbsolute = true;
      result.rootEnd = 3;
    }
  }
  return result;
}

// Root of a Windows path as dirname() and parse() see it: "\\server\share\" (any server,
// device namespaces included), "C:" or "C:\", or a single leading separator.
// wholeUnc: the path is only "\\server\share" (no separator after the share).
function win32PlainRoot(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (isWin32Separator(code)) {
    if (len > 1 && isWin32Separator(path.charCodeAt(1))) {
      let j = 2;
      while (j < len && !isWin32Separator(path.charCodeAt(j))) j++;
      if (j < len && j > 2) {
        let k = j;
        while (k < len && isWin32Separator(path.charCodeAt(k))) k++;
        if (k < len) {
          let m = k;
          while (m < len && !isWin32Separator(path.charCodeAt(m))) m++;
          if (m === len) return { rootEnd: len, wholeUnc: true };
          return { rootEnd: m + 1, wholeUnc: false };
        }
      }
    }
    return { rootEnd: 1, wholeUnc: false };
  }
  if (len >= 2 && isDriveLetter(code) && path.charCodeAt(1) === CHAR_COLON) {
    return { rootEnd: len > 2 && isWin32Separator(path.charCodeAt(2)) ? 3 : 2, wholeUnc: false };
  }
  return { rootEnd: 0, wholeUnc: false };
}

const forwardSlashes = /\//g;

// Reserved DOS device names; "CON:foo" must not turn into a drive-relative path.
const reservedDeviceNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);

function win32Cwd() {
  let cwd = process.cwd();
  if (!platformIsWindows) cwd = cwd.replace(forwardSlashes, '\\');
  return cwd;
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = win32Cwd();
      } else {
        // Per-drive working directory (cmd.exe keeps them in "=C:"-style variables).
        path = (process.env && process.env[`=${resolvedDevice}`]) || win32Cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === CHAR_BACKWARD_SLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }
      const { device, rootEnd, isAbsolute } = win32Root(path);
      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }
    resolvedTail = normalizeSegments(resolvedTail, !resolvedAbsolute, '\\', isWin32Separator);
    if (resolvedAbsolute) return `${resolvedDevice}\\${resolvedTail}`;
    return `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWin32Separator(path.charCodeAt(0)) ? '\\' : path;
    let { device, rootEnd } = win32Root(path);
    const { isAbsolute } = win32Root(path);
    let hasDevice = device !== '';
    if (rootEnd === 4 && (device === '\\\\.' || device === '\\\\?')) {
      // "\\.\CON:x" names a DOS device: Node rewrites it to the "\\?\CON:" namespace.
      const colon = path.indexOf(':');
      if (colon > 4 && reservedDeviceNames.has(path.slice(4, colon).toUpperCase())) {
        device = `\\\\?\\${path.slice(4, colon + 1)}`;
        rootEnd = colon + 1;
      }
    } else if (!hasDevice && !isAbsolute) {
      // Reserved DOS device names ("CON:x") are kept from reading as devices by a ".\"
      // prefix. Node 24 compares the text before the first colon, or, without a colon, all
      // but the last character (so "cona" is prefixed too); we match that.
      const colon = path.indexOf(':');
      const head = colon === -1 ? path.slice(0, -1) : path.slice(0, colon);
      if (reservedDeviceNames.has(head.toUpperCase())) {
        device = `.\\${path.slice(0, colon + 1)}`;
        rootEnd = colon + 1;
        hasDevice = true;
      }
    }
    let tail = rootEnd < len ?
      normalizeSegments(path.slice(rootEnd), !isAbsolute, '\\', isWin32Separator) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isWin32Separator(path.charCodeAt(len - 1))) tail += '\\';
    if (!hasDevice && !isAbsolute && path.includes(':')) {
      // A relative result must not read as drive-relative ("c:x") or as an alternate data
      // stream / device ("a:" or "a:\\b"): such results get a ".\" prefix.
      if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) &&
          tail.charCodeAt(1) === CHAR_COLON) {
        return `.\\${tail}`;
      }
      for (let idx = path.indexOf(':'); idx !== -1; idx = path.indexOf(':', idx + 1)) {
        if (idx === len - 1 || isWin32Separator(path.charCodeAt(idx + 1))) return `.\\${tail}`;
      }
    }
    if (isAbsolute) return `${device}\\${tail}`;
    return `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isWin32Separator(code) ||
      (len > 2 && isDriveLetter(code) && path.charCodeAt(1) === CHAR_COLON &&
       isWin32Separator(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // The joined path must not become a UNC path by accident ('\\' + 'server' ...): only when
    // the first non-empty part itself starts with two separators (and is not just separators)
    // are the leading separators kept.
    let needsReplace = true;
    let slashCount = 0;
    if (isWin32Separator(firstPart.charCodeAt(0))) {
      slashCount++;
      const firstLen = firstPart.length;
      if (firstLen > 1 && isWin32Separator(firstPart.charCodeAt(1))) {
        slashCount++;
        if (firstLen > 2) {
          if (isWin32Separator(firstPart.charCodeAt(2))) slashCount++;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isWin32Separator(joined.charCodeAt(slashCount))) {
        slashCount++;
      }
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }
    // Node 24 leaves the joined path unnormalized (only turning '/' into '\\') when one of
    // its backslash-separated parts starts with a reserved device name and a colon ("CON:").
    for (const part of joined.split('\\')) {
      const colon = part.indexOf(':');
      if (colon !== -1 && reservedDeviceNames.has(part.slice(0, colon).toUpperCase())) {
        return joined.replace(forwardSlashes, '\\');
      }
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    const fromLower = fromOrig.toLowerCase();
    const toLower = toOrig.toLowerCase();
    if (fromLower === toLower) return '';
    // When lower-casing changes a string's length, character positions of the two spellings
    // no longer line up: Node then compares '\\'-separated parts instead.
    if (fromLower.length !== fromOrig.length || toLower.length !== toOrig.length) {
      return win32RelativeByParts(fromOrig, toOrig);
    }
    return win32RelativeByChars(fromLower, toLower, toOrig);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolvedPath = win32.resolve(path);
    if (resolvedPath.length <= 2) return path;
    if (resolvedPath.charCodeAt(0) === CHAR_BACKWARD_SLASH) {
      if (resolvedPath.charCodeAt(1) === CHAR_BACKWARD_SLASH) {
        const code = resolvedPath.charCodeAt(2);
        if (code !== CHAR_QUESTION_MARK && code !== CHAR_DOT) {
          return `\\\\?\\UNC\\${resolvedPath.slice(2)}`;
        }
      }
    } else if (isDriveLetter(resolvedPath.charCodeAt(0)) &&
               resolvedPath.charCodeAt(1) === CHAR_COLON &&
               resolvedPath.charCodeAt(2) === CHAR_BACKWARD_SLASH) {
      return `\\\\?\\${resolvedPath}`;
    }
    return resolvedPath;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWin32Separator(path.charCodeAt(0)) ? path : '.';
    const { rootEnd, wholeUnc } = win32PlainRoot(path);
    if (wholeUnc) return path;
    const [start, end] = lastComponent(path, rootEnd, isWin32Separator);
    if (end === -1 || start === rootEnd) return rootEnd === 0 ? '.' : path.slice(0, rootEnd);
    return path.slice(0, start - 1);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    let from = 0;
    if (path.length >= 2 && isDriveLetter(path.charCodeAt(0)) &&
        path.charCodeAt(1) === CHAR_COLON) {
      from = 2;
    }
    return basenameImpl(path, suffix, from, isWin32Separator);
  },

  extname(path) {
    validateString(path, 'path');
    let from = 0;
    if (path.length >= 2 && path.charCodeAt(1) === CHAR_COLON &&
        isDriveLetter(path.charCodeAt(0))) {
      from = 2;
    }
    return extnameImpl(path, from, isWin32Separator);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    if (len === 1) {
      if (isWin32Separator(path.charCodeAt(0))) {
        ret.root = ret.dir = path;
      } else {
        ret.base = ret.name = path;
      }
      return ret;
    }
    const { rootEnd } = win32PlainRoot(path);
    ret.root = path.slice(0, rootEnd);
    const [start, end] = lastComponent(path, rootEnd, isWin32Separator);
    if (end === -1) {
      ret.dir = ret.root;
      return ret;
    }
    ret.base = path.slice(start, end);
    [ret.name, ret.ext] = splitExt(ret.base);
    ret.dir = start > rootEnd ? path.slice(0, start - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return globMatch(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

// relative() over two resolved paths, compared part by part ignoring case.
function win32RelativeByParts(fromOrig, toOrig) {
  const fromParts = fromOrig.split('\\');
  const toParts = toOrig.split('\\');
  if (fromParts[fromParts.length - 1] === '') fromParts.pop();
  if (toParts[toParts.length - 1] === '') toParts.pop();
  const length = Math.min(fromParts.length, toParts.length);
  let i = 0;
  while (i < length && fromParts[i].toLowerCase() === toParts[i].toLowerCase()) i++;
  if (i === 0) return toOrig;
  if (i === length && toParts.length === length) {
    return fromParts.length > length ? new Array(fromParts.length - i).fill('..').join('\\') : '';
  }
  return new Array(fromParts.length - i).fill('..').concat(toParts.slice(i)).join('\\');
}

// relative() over two resolved paths whose lower-case forms `from` and `to` line up with
// the original spellings character by character (Node's algorithm). Leading separators are
// skipped and trailing ones (a UNC root's) trimmed; the common prefix ends at the last
// separator both share.
function win32RelativeByChars(from, to, toOrig) {
  let fromStart = 0;
  while (fromStart < from.length && from.charCodeAt(fromStart) === CHAR_BACKWARD_SLASH) {
    fromStart++;
  }
  let fromEnd = from.length;
  while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === CHAR_BACKWARD_SLASH) {
    fromEnd--;
  }
  let toStart = 0;
  while (toStart < to.length && to.charCodeAt(toStart) === CHAR_BACKWARD_SLASH) toStart++;
  let toEnd = to.length;
  while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === CHAR_BACKWARD_SLASH) toEnd--;
  const fromLen = fromEnd - fromStart;
  const toLen = toEnd - toStart;
  const length = Math.min(fromLen, toLen);
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const code = from.charCodeAt(fromStart + i);
    if (code !== to.charCodeAt(toStart + i)) break;
    if (code === CHAR_BACKWARD_SLASH) lastCommonSep = i;
  }
  if (i !== length) {
    if (lastCommonSep === -1) return toOrig;
  } else {
    if (toLen > length) {
      // `from` is a base of `to` ('C:\\a' and 'C:\\a\\b'), or the device root ('C:\\').
      if (to.charCodeAt(toStart + i) === CHAR_BACKWARD_SLASH) return toOrig.slice(toStart + i + 1);
      if (i === 2) return toOrig.slice(toStart + i);
    }
    if (fromLen > length) {
      // `to` is a base of `from`, or the device root.
      if (from.charCodeAt(fromStart + i) === CHAR_BACKWARD_SLASH) lastCommonSep = i;
      else if (i === 2) lastCommonSep = 3;
    }
    if (lastCommonSep === -1) lastCommonSep = 0;
  }
  let out = '';
  for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
    if (i === fromEnd || from.charCodeAt(i) === CHAR_BACKWARD_SLASH) {
      out += out.length === 0 ? '..' : '\\..';
    }
  }
  toStart += lastCommonSep;
  if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
  if (toOrig.charCodeAt(toStart) === CHAR_BACKWARD_SLASH) ++toStart;
  return toOrig.slice(toStart, toEnd);
}

let globModule;
function globMatch(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (globModule === undefined) globModule = require('internal/path/glob');
  return globModule.matchesGlob(path, pattern, windows);
}

// Node's legacy alias of toNamespacedPath.
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

module.exports = platformIsWindows ? win32 : posix;

'use strict';
// fs.cp, fs.cpSync and fs.promises.cp. The copy is written once, as a generator that yields
// the file system operations it needs ([name, ...args]); runSync performs them with the
// synchronous fs calls, runAsync with fs.promises — so both forms take the same decisions in
// the same order. Checks and errors follow Node 24 (the top-level checks of cpSync throw the
// plain errors Node's native fast path throws; everything else throws SystemErrors).

const path = require('path');
const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');

const EEXIST = 17;
const ENOTDIR = 20;
const EISDIR = 21;
const EINVAL = 22;

let fsModule;
function lazyFs() { return fsModule ??= require('fs'); }
let fsUtils;
function utils() { return fsUtils ??= require('internal/fs/utils'); }

const defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaultCpOptions, mode: 0 };
  validateObject(options, 'options');
  options = { ...defaultCpOptions, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  // copyFile's mode: COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE at most.
  if (options.mode == null) options.mode = 0;
  else validateInteger(options.mode, 'mode', 0, 7);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

// ---- the copy, as a sequence of operations ------------------------------------------------

function cpError(Ctor, message, dest, errno, code) {
  return new Ctor({ message, path: dest, syscall: 'cp', errno, code });
}

// The plain errors of cpSync's native top-level checks.
function plainError(code, message) {
  const err = new Error(message);
  err.code = code;
  return err;
}

function areIdentical(a, b) {
  return b.ino && b.dev && b.ino === a.ino && b.dev === a.dev;
}

function pathParts(p) {
  return path.resolve(p).split(path.sep).filter(Boolean);
}

// Whether dest lies inside src (by path strings only).
function isSrcSubdir(src, dest) {
  const s = pathParts(src);
  const d = pathParts(dest);
  return s.every((part, i) => d[i] === part);
}

function* statOrNull(fn, p) {
  try {
    return yield [fn, p, { bigint: true }];
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

function* checkPaths(src, dest, opts, top) {
  if (opts.filter && !(yield ['filter', src, dest])) return { skipped: true };
  const statFn = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [statFn, src, { bigint: true }];
  const destStat = yield* statOrNull(statFn, dest);
  const plain = top && opts.sync;
  if (destStat) {
    // Node's native cpSync check compares what the paths point at (links followed).
    let same = areIdentical(srcStat, destStat);
    if (!same && plain && !opts.dereference) {
      const a = yield* statOrNull('stat', src);
      const b = yield* statOrNull('stat', dest);
      same = a !== null && b !== null && areIdentical(a, b);
    }
    if (same) {
      throw plain ? plainError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`) :
        cpError(ERR_FS_CP_EINVAL, 'src and dest cannot be the same', dest, EINVAL, 'EINVAL');
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw plain ?
        plainError('ERR_FS_CP_DIR_TO_NON_DIR',
                   `Cannot overwrite non-directory ${dest} with directory ${src}`) :
        cpError(ERR_FS_CP_DIR_TO_NON_DIR,
                `cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR,
                'EISDIR');
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw plain ?
        plainError('ERR_FS_CP_NON_DIR_TO_DIR',
                   `Cannot overwrite directory ${dest} with non-directory ${src}`) :
        cpError(ERR_FS_CP_NON_DIR_TO_DIR,
                `cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR,
                'ENOTDIR');
    }
  }
  if (plain && !opts.recursive && !srcStat.isDirectory() && srcStat.isSymbolicLink()) {
    // ... and refuses a link to a directory without `recursive`.
    const target = yield* statOrNull('stat', src);
    if (target?.isDirectory()) {
      throw plainError('ERR_FS_EISDIR',
                       `Recursive option not enabled, cannot copy a directory: ${src}${path.sep}`);
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw plain ?
      plainError('ERR_FS_CP_EINVAL',
                 `Cannot copy ${src}${path.sep} to a subdirectory of self ${dest}`) :
      cpError(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`, dest,
              EINVAL, 'EINVAL');
  }
  return { skipped: false, srcStat, destStat };
}

// dest's parent must not be src itself (through any path, compared by inode).
function* checkParentPaths(src, srcStat, dest) {
  const srcParent = path.resolve(path.dirname(src));
  const destParent = path.resolve(path.dirname(dest));
  if (destParent === srcParent || destParent === path.parse(destParent).root) return;
  const destStat = yield* statOrNull('stat', destParent);
  if (destStat === null) return;
  if (areIdentical(srcStat, destStat)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`, dest,
                  EINVAL, 'EINVAL');
  }
  yield* checkParentPaths(src, srcStat, destParent);
}

function* copyTop(src, dest, opts) {
  const checked = yield* checkPaths(src, dest, opts, true);
  if (checked.skipped) return;
  yield* checkParentPaths(src, checked.srcStat, dest);
  const destParent = path.dirname(dest);
  if ((yield* statOrNull('stat', destParent)) === null) {
    yield ['mkdir', destParent, { recursive: true }];
  }
  yield* copyEntry(checked.destStat, src, dest, opts, true);
}

function* copyEntry(destStat, src, dest, opts, top = false) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      if (top && opts.sync) {
        throw plainError('ERR_FS_EISDIR',
                         `Recursive option not enabled, cannot copy a directory: ${src}${path.sep}`);
      }
      throw cpError(ERR_FS_EISDIR, `${src} is a directory (not copied)`, src, EISDIR, 'EISDIR');
    }
    yield* copyDirectory(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    yield* copyRegular(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isSymbolicLink()) {
    yield* copySymlink(destStat, src, dest, opts);
  } else if (srcStat.isSocket()) {
    throw cpError(ERR_FS_CP_SOCKET, `cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL');
  } else if (srcStat.isFIFO()) {
    throw cpError(ERR_FS_CP_FIFO_PIPE, `cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL');
  } else {
    throw cpError(ERR_FS_CP_UNKNOWN, `cannot copy an unknown file type: ${dest}`, dest, EINVAL,
                  'EINVAL');
  }
}

function* copyRegular(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (opts.force) {
      yield ['unlink', dest];
    } else if (opts.errorOnExist) {
      throw cpError(ERR_FS_CP_EEXIST, `${dest} already exists`, dest, EEXIST, 'EEXIST');
    } else {
      return;
    }
  }
  yield ['copyFile', src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    // utimes opens the file for writing: make it writable first.
    if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
    yield* copyTimestamps(src, dest);
  }
  yield ['chmod', dest, srcStat.mode];
}

function* copyTimestamps(src, dest) {
  // Reading src changed its atime: stat it again.
  const now = yield ['stat', src];
  yield ['utimes', dest, now.atime, now.mtime];
}

function* copyDirectory(srcStat, destStat, src, dest, opts) {
  if (!destStat) {
    yield ['mkdir', dest];
  } else if (opts.errorOnExist && !opts.force) {
    throw cpError(ERR_FS_CP_EEXIST, `${dest} already exists`, dest, EEXIST, 'EEXIST');
  }
  const names = yield ['listdir', src];
  for (const name of names) {
    const srcItem = path.join(src, name);
    const destItem = path.join(dest, name);
    const checked = yield* checkPaths(srcItem, destItem, opts, false);
    if (!checked.skipped) yield* copyEntry(checked.destStat, srcItem, destItem, opts);
  }
  if (opts.preserveTimestamps) yield* copyTimestamps(src, dest);
  if (!destStat) yield ['chmod', dest, srcStat.mode];
}

function* copySymlink(destStat, src, dest, opts) {
  let resolvedSrc = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !path.isAbsolute(resolvedSrc)) {
    resolvedSrc = path.resolve(path.dirname(src), resolvedSrc);
  }
  const srcIsDir = internalBinding('fs').internalModuleStat(src) === 1;
  const type = srcIsDir ? 'dir' : 'file';
  if (!destStat) {
    yield ['symlink', resolvedSrc, dest, type];
    return;
  }
  let resolvedDest;
  try {
    resolvedDest = yield ['readlink', dest];
  } catch (err) {
    // dest is a regular file or directory: the symlink call reports what is wrong.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield ['symlink', resolvedSrc, dest, type];
      return;
    }
    throw err;
  }
  if (!path.isAbsolute(resolvedDest)) {
    resolvedDest = path.resolve(path.dirname(dest), resolvedDest);
  }
  const sameTarget = srcIsDir && resolvedSrc === resolvedDest &&
    !isSrcSubdir(yield ['realpath', src], yield ['realpath', opts.destRoot]);
  if (srcIsDir && isSrcSubdir(resolvedSrc, resolvedDest) && !sameTarget) {
    throw cpError(ERR_FS_CP_EINVAL,
                  `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest,
                  EINVAL, 'EINVAL');
  }
  const srcTarget = yield ['stat', src];
  if (srcTarget.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc) && !sameTarget) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
                  `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, EINVAL, 'EINVAL');
  }
  yield ['unlink', dest];
  yield ['symlink', resolvedSrc, dest, type];
}

// ---- drivers ------------------------------------------------------------------------------

function listdirSync(dir) {
  const d = lazyFs().opendirSync(dir);
  const names = [];
  try {
    for (let e; (e = d.readSync()) !== null;) names.push(e.name);
  } finally {
    d.closeSync();
  }
  return names;
}

async function listdirAsync(dir) {
  const d = await lazyFs().promises.opendir(dir);
  const names = [];
  for await (const e of d) names.push(e.name);
  return names;
}

function isThenable(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') &&
    typeof v.then === 'function';
}

function performSync(op, opts) {
  const fs = lazyFs();
  const [name, ...args] = op;
  switch (name) {
    case 'filter': {
      const result = opts.filter(...args);
      if (isThenable(result)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', result);
      return result;
    }
    case 'listdir': return listdirSync(args[0]);
    default: return fs[`${name}Sync`](...args);
  }
}

async function performAsync(op, opts) {
  const fsp = lazyFs().promises;
  const [name, ...args] = op;
  switch (name) {
    case 'filter': return opts.filter(...args);
    case 'listdir': return listdirAsync(args[0]);
    default: return fsp[name](...args);
  }
}

function runSync(gen, opts) {
  let step = gen.next();
  while (!step.done) {
    let value;
    try {
      value = performSync(step.value, opts);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
}

async function runAsync(gen, opts) {
  let step = gen.next();
  while (!step.done) {
    let value;
    try {
      value = await performAsync(step.value, opts);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
}

function cpSyncFn(src, dest, opts) {
  opts = { ...opts, destRoot: dest, sync: true };
  runSync(copyTop(src, dest, opts), opts);
}

function cpFn(src, dest, opts) {
  opts = { ...opts, destRoot: dest, sync: false };
  return runAsync(copyTop(src, dest, opts), opts);
}

function validatePaths(src, dest) {
  const { getValidatedPath } = utils();
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return [path.toNamespacedPath(`${src}`), path.toNamespacedPath(`${dest}`)];
}

// fs.cp(src, dest[, options], callback)
function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  options = validateCpOptions(options);
  [src, dest] = validatePaths(src, dest);
  cpFn(src, dest, options).then(() => callback(null), callback);
}

// fs.cpSync(src, dest[, options])
function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  [src, dest] = validatePaths(src, dest);
  cpSyncFn(src, dest, options);
}

// fs.promises.cp(src, dest[, options])
async function cpPromise(src, dest, options) {
  options = validateCpOptions(options);
  [src, dest] = validatePaths(src, dest);
  return cpFn(src, dest, options);
}

module.exports = {
  cp,
  cpSync,
  cpPromise,
  cpFn,
  cpSyncFn,
  validateCpOptions,
  areIdentical,
  isSrcSubdir,
};

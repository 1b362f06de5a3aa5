'use strict';
// node:fs — synchronous and callback APIs over internalBinding('fs') (src/modules/fs*.cc).
// Each binding function takes a callback as its last argument: absent → synchronous (throws),
// present → runs on libuv's thread pool and calls back on the loop as cb(err, value).
// fs.promises lives in lib/internal/fs/promises.js; streams, watchers, Dir and cp live in
// lib/internal/fs/{streams,watchers,dir,cp}.js and are loaded on first use.

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_FS_EISDIR,
    ERR_FS_FILE_TOO_LARGE,
  },
  AbortError,
} = require('internal/errors');
const {
  validateFunction,
  validateInteger,
  validateObject,
  validateBoolean,
  validateOneOf,
  validateString,
  validateEncoding,
  validateBuffer,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const {
  constants,
  kIoMaxLength,
  kMaxUserId,
  getBuffer,
  toBuffer,
  isUtf8,
  stringToBytes,
  bytesToString,
  isArrayBufferView,
  asUint8,
  Stats,
  getStatsFromBinding,
  getStatFsFromBinding,
  Dirent,
  DirentFromStats,
  stringToFlags,
  getValidatedPath,
  pathString,
  getValidatedFd,
  getOptions,
  copyObject,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validateBufferArray,
  toUnixTimestamp,
  validateRmOptions,
  validateRmdirOptions,
  getValidMode,
  validatePosition,
  parseFileMode,
} = require('internal/fs/utils');

const { F_OK, O_WRONLY, O_CREAT, O_TRUNC, O_APPEND, UV_DIRENT_DIR, UV_DIRENT_UNKNOWN } = constants;
const kEmptyObject = Object.freeze({ __proto__: null });

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function allocBytes(n) {
  const B = getBuffer();
  return B ? B.alloc(n) : new Uint8Array(n);
}

function toPosition(position) {
  if (position == null) return -1;
  return typeof position === 'bigint' ? Number(position) : position;
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// --- open / close / read / write --------------------------------------------------------
function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, (err) => callback(err));
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

function readArgs(fd, buffer, offsetOrOptions, length, position, nargs, sync) {
  let offset = offsetOrOptions;
  let params = null;
  if (sync) {
    if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
      if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
    }
  } else if (nargs <= 4) {
    params = undefined;
    if (nargs === 4) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      params = offsetOrOptions;
    } else if (nargs === 3 && !isArrayBufferView(buffer)) {
      params = buffer;
      ({ buffer = allocBytes(16384) } = params ?? kEmptyObject);
    } else if (nargs < 3) {
      buffer = allocBytes(16384);
    }
    if (params !== undefined) validateObject(params, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  return { buffer, offset, length, position };
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  const nargs = arguments.length;
  if (nargs <= 4) {
    if (nargs === 4) callback = length;
    else if (nargs === 3) callback = offsetOrOptions;
    else callback = buffer;
  }
  const a = readArgs(fd, buffer, offsetOrOptions, length, position, nargs, false);
  validateFunction(callback, 'cb');
  buffer = a.buffer;
  if (a.length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(a.offset, a.length, buffer.byteLength);
  if (a.position != null) validatePosition(a.position, 'position', a.length);
  binding.read(fd, asUint8(buffer), a.offset, a.length, toPosition(a.position),
               (err, bytesRead) => callback(err, bytesRead || 0, buffer));
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position != null) validatePosition(position, 'position', length);
  return binding.read(fd, asUint8(buffer), offset, length, toPosition(position));
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.writeBuffer(fd, asUint8(buffer), offset, length, toPosition(position),
                        (err, written) => callback(err, written || 0, buffer));
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  callback = maybeCallback(position);
  const done = (err, written) => callback(err, written || 0, str);
  if (length == null || isUtf8(length)) {
    binding.writeString(fd, str, toPosition(offset), done);
  } else {
    const bytes = stringToBytes(str, length);
    binding.writeBuffer(fd, asUint8(bytes), 0, bytes.byteLength, toPosition(offset), done);
  }
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.writeBuffer(fd, asUint8(buffer), offset, length, toPosition(position));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  if (length == null || isUtf8(length)) return binding.writeString(fd, buffer, toPosition(offset));
  const bytes = stringToBytes(buffer, length);
  return binding.writeBuffer(fd, asUint8(bytes), 0, bytes.byteLength, toPosition(offset));
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  binding.readBuffers(fd, buffers.map(asUint8), toPosition(position),
                      (err, n) => callback(err, n || 0, buffers));
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return binding.readBuffers(fd, buffers.map(asUint8), toPosition(position));
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writeBuffers(fd, buffers.map(asUint8), toPosition(position),
                       (err, n) => callback(err, n || 0, buffers));
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writeBuffers(fd, buffers.map(asUint8), toPosition(position));
}

// --- whole files ------------------------------------------------------------------------
function fileTarget(path) {
  if (typeof path === 'number') return getValidatedFd(path);
  return getValidatedPath(path);
}

function tooLarge(err) {
  if (err && err.code === 'EFBIG' && err.syscall === 'read') return new ERR_FS_FILE_TOO_LARGE(kIoMaxLength);
  return err;
}

function decodeResult(data, encoding) {
  if (encoding == null || encoding === 'buffer') return toBuffer(data);
  return bytesToString(data, encoding);
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const target = fileTarget(path);
  const flags = stringToFlags(options.flag);
  const encoding = options.encoding;
  const signal = options.signal;
  if (signal?.aborted) {
    process.nextTick(() => checkAborted(signal, callback));
    return;
  }
  const asString = encoding != null && isUtf8(encoding);
  binding.readFile(target, flags, asString, (err, data) => {
    if (checkAborted(signal, callback)) return;
    if (err) return callback(tooLarge(err));
    callback(null, asString ? data : decodeResult(data, encoding));
  });
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const target = fileTarget(path);
  const flags = stringToFlags(options.flag);
  const encoding = options.encoding;
  if (encoding != null && isUtf8(encoding)) {
    try { return binding.readFile(target, flags, true); } catch (err) { throw tooLarge(err); }
  }
  let data;
  try { data = binding.readFile(target, flags, false); } catch (err) { throw tooLarge(err); }
  return decodeResult(data, encoding);
}

function writeData(data, encoding) {
  if (isArrayBufferView(data)) return asUint8(data);
  validateStringAfterArrayBufferView(data, 'data');
  if (encoding == null || isUtf8(encoding)) return data;
  return asUint8(stringToBytes(data, encoding));
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = writeData(data, options.encoding);
  const target = fileTarget(path);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const signal = options.signal;
  if (signal?.aborted) {
    process.nextTick(() => checkAborted(signal, callback));
    return;
  }
  binding.writeFile(target, bytes, flags, mode, (err) => {
    if (checkAborted(signal, callback)) return;
    callback(err || null);
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = writeData(data, options.encoding);
  const flags = stringToFlags(options.flag || 'w');
  binding.writeFile(fileTarget(path), bytes, flags, parseFileMode(options.mode, 'mode', 0o666));
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || typeof path === 'number') options.flag = 'a';
  writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || typeof path === 'number') options.flag = 'a';
  writeFileSync(path, data, options);
}

// --- stat family ------------------------------------------------------------------------
function statCallback(callback) {
  return (err, a) => (err ? callback(err) : callback(null, getStatsFromBinding(a)));
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  binding.stat(getValidatedPath(path), !!options?.bigint, statCallback(callback));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  binding.lstat(getValidatedPath(path), !!options?.bigint, statCallback(callback));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fstat(fd, !!options?.bigint, statCallback(callback));
}

function statLike(fn, path, options) {
  const throwIfNoEntry = options?.throwIfNoEntry ?? true;
  try {
    return getStatsFromBinding(fn(getValidatedPath(path), !!options?.bigint));
  } catch (err) {
    if (!throwIfNoEntry && (err?.code === 'ENOENT' || (err?.code === 'ENOTDIR' && fn === binding.stat))) return undefined;
    throw err;
  }
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statLike(binding.stat, path, options);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statLike(binding.lstat, path, options);
}

function fstatSync(fd, options = { bigint: false }) {
  return getStatsFromBinding(binding.fstat(getValidatedFd(fd), !!options?.bigint));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = maybeCallback(callback);
  binding.statfs(getValidatedPath(path), !!options?.bigint,
                 (err, a) => (err ? callback(err) : callback(null, getStatFsFromBinding(a))));
}

function statfsSync(path, options = { bigint: false }) {
  return getStatFsFromBinding(binding.statfs(getValidatedPath(path), !!options?.bigint));
}

// --- directories ------------------------------------------------------------------------
function encodeNames(names, encoding) {
  if (encoding == null || isUtf8(encoding)) return names;
  if (encoding === 'buffer') return names.map((n) => stringToBytes(n, 'utf8'));
  return names.map((n) => bytesToString(stringToBytes(n, 'utf8'), encoding));
}

function makeDirents(path, result, encoding) {
  const [names, types] = result;
  const parent = pathString(path);
  const encoded = encodeNames(names, encoding);
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    if (types[i] === UV_DIRENT_UNKNOWN) {
      const st = lstatSync(pathModule.join(parent, names[i]));
      out[i] = new DirentFromStats(encoded[i], st, parent);
    } else {
      out[i] = new Dirent(encoded[i], types[i], parent);
    }
  }
  return out;
}

function readdirSyncRecursive(basePath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = options.encoding;
  const results = [];
  const queue = [pathString(basePath)];
  for (let q = 0; q < queue.length; q++) {
    const path = queue[q];
    if (withFileTypes) {
      const dirents = makeDirents(path, binding.readdir(path, true), encoding);
      for (const d of dirents) {
        results.push(d);
        if (d.isDirectory()) queue.push(pathModule.join(d.parentPath, `${d.name}`));
      }
    } else {
      const names = binding.readdir(path, false);
      for (const name of names) {
        const full = pathModule.join(path, name);
        const rel = pathModule.relative(queue[0], full);
        results.push(encoding == null || isUtf8(encoding) ? rel : encodeNames([rel], encoding)[0]);
        if (binding.internalModuleStat(full) === 1) queue.push(full);
      }
    }
  }
  return results;
}

function readdirOptions(options) {
  options = getOptions(options);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    // Directories are listed one by one off the JS thread; the walk order is the sync one's.
    readdirRecursiveAsync(path, options, callback);
    return;
  }
  const withTypes = !!options.withFileTypes;
  binding.readdir(path, withTypes, (err, result) => {
    if (err) return callback(err);
    let value;
    try {
      value = withTypes ? makeDirents(path, result, options.encoding) : encodeNames(result, options.encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, value);
  });
}

function readdirRecursiveAsync(basePath, options, callback) {
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = options.encoding;
  const results = [];
  const root = pathString(basePath);
  const queue = [root];
  let q = 0;
  const next = () => {
    if (q === queue.length) return callback(null, results);
    const path = queue[q++];
    binding.readdir(path, true, (err, result) => {
      if (err) return callback(err);
      try {
        if (withFileTypes) {
          for (const d of makeDirents(path, result, encoding)) {
            results.push(d);
            if (d.isDirectory()) queue.push(pathModule.join(d.parentPath, `${d.name}`));
          }
        } else {
          const [names] = result;
          for (const name of names) {
            const full = pathModule.join(path, name);
            const rel = pathModule.relative(root, full);
            results.push(encoding == null || isUtf8(encoding) ? rel : encodeNames([rel], encoding)[0]);
            if (binding.internalModuleStat(full) === 1) queue.push(full);
          }
        }
      } catch (e) {
        return callback(e);
      }
      next();
    });
  };
  next();
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) return readdirSyncRecursive(path, options);
  if (options.withFileTypes) return makeDirents(path, binding.readdir(path, true), options.encoding);
  return encodeNames(binding.readdir(path, false), options.encoding);
}

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) {
      recursive = options.recursive;
      validateBoolean(recursive, 'options.recursive');
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  binding.mkdir(path, mode, recursive, (err, first) => (first === undefined ? callback(err) : callback(err, first)));
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  const result = binding.mkdir(getValidatedPath(path), mode, recursive);
  if (recursive) return result;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, (err, p) => (err ? callback(err) : callback(null, encodeNames([p], options.encoding)[0])));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeNames([binding.mkdtemp(prefix)], options.encoding)[0];
}

let rmdirWarned = false;
function warnRmdirRecursive(options) {
  if (options?.recursive && !rmdirWarned) {
    rmdirWarned = true;
    process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
                        'will be removed. Use fs.rm(path, { recursive: true }) instead',
                        'DeprecationWarning', 'DEP0147');
  }
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  warnRmdirRecursive(options);
  if (options.recursive) {
    binding.rmTree(path, options.maxRetries, (err) => callback(err));
    return;
  }
  binding.rmdir(path, (err) => callback(err));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  warnRmdirRecursive(options);
  if (options.recursive) return binding.rmTree(path, options.maxRetries);
  binding.rmdir(path);
}

function eisdir(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path: pathString(path),
    syscall: 'rm',
    errno: 21,
  });
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  binding.lstat(path, false, (err, st) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return callback(null);
      return callback(err);
    }
    const isDir = (st[1] & constants.S_IFMT) === constants.S_IFDIR;
    if (isDir && !options.recursive) return callback(eisdir(path));
    if (isDir) binding.rmTree(path, options.maxRetries, (e) => callback(e));
    else binding.unlink(path, (e) => callback(options.force && e?.code === 'ENOENT' ? null : e));
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  let st;
  try {
    st = binding.lstat(path, false);
  } catch (err) {
    if (options.force && err.code === 'ENOENT') return;
    throw err;
  }
  const isDir = (st[1] & constants.S_IFMT) === constants.S_IFDIR;
  if (isDir && !options.recursive) throw eisdir(path);
  if (isDir) return binding.rmTree(path, options.maxRetries);
  try {
    binding.unlink(path);
  } catch (err) {
    if (!(options.force && err.code === 'ENOENT')) throw err;
  }
}

// --- names and links --------------------------------------------------------------------
function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'),
                 (err) => callback(err));
}

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, getValidMode(mode, 'copyFile'), (err) => callback(err));
}

function copyFileSync(src, dest, mode) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'),
                   getValidMode(mode, 'copyFile'));
}

function symlinkFlags(type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  return type === 'dir' ? constants.UV_FS_SYMLINK_DIR : type === 'junction' ? constants.UV_FS_SYMLINK_JUNCTION : 0;
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  const flags = symlinkFlags(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), flags, (err) => callback(err));
}

function symlinkSync(target, path, type) {
  const flags = symlinkFlags(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), flags);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  binding.readlink(getValidatedPath(path, 'oldPath'),
                   (err, s) => (err ? callback(err) : callback(null, encodeNames([s], options.encoding)[0])));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  return encodeNames([binding.readlink(getValidatedPath(path, 'oldPath'))], options.encoding)[0];
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'),
               (err) => callback(err));
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(getValidatedPath(path), (err) => callback(err));
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

// realpath: the C library's answer; on failure, the component-wise lstat error Node reports.
function realpathError(path, err) {
  const p = pathModule.resolve(pathString(path));
  let cur = '';
  for (const part of p.split('/')) {
    if (part === '') continue;
    cur += `/${part}`;
    try {
      binding.lstat(cur, false);
    } catch (e) {
      return e;
    }
  }
  return err;
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  let r;
  try {
    r = binding.realpathNative(p);
  } catch (err) {
    throw realpathError(p, err);
  }
  return encodeNames([r], options.encoding)[0];
}

realpathSync.native = function realpathSyncNative(path, options) {
  options = getOptions(options);
  return encodeNames([binding.realpathNative(getValidatedPath(path))], options.encoding)[0];
};

function realpath(p, options, callback) {
  callback = typeof options === 'function' ? options : maybeCallback(callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  binding.realpathNative(p, (err, r) => {
    if (err) return callback(realpathError(p, err));
    callback(null, encodeNames([r], options.encoding)[0]);
  });
}

realpath.native = function realpathNative(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  binding.realpathNative(getValidatedPath(path),
                         (err, r) => (err ? callback(err) : callback(null, encodeNames([r], options.encoding)[0])));
};

// --- permissions, owners, times ---------------------------------------------------------
function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, (err) => callback(err));
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), getValidMode(mode, 'access'));
}

function exists(path, callback) {
  maybeCallback(callback);
  try {
    path = getValidatedPath(path);
  } catch {
    return callback(false);
  }
  binding.access(path, F_OK, (err) => callback(!err));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

let existsWarned = false;
function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    if (!existsWarned) {
      existsWarned = true;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated',
                          'DeprecationWarning', 'DEP0187');
    }
    return false;
  }
  try {
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, (err) => callback(err));
}

function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, (err) => callback(err));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.chown(path, uid, gid, (err) => callback(err));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.lchown(path, uid, gid, (err) => callback(err));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, (err) => callback(err));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), (err) => callback(err));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), (err) => callback(err));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, (err) => callback(err));
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

// --- sizes and syncing ------------------------------------------------------------------
function truncate(path, len, callback) {
  if (typeof path === 'number') return ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.open(path, constants.O_RDWR, 0o666, (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, (err1) => {
      binding.close(fd, (err2) => callback(err1 || err2 || null));
    });
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  len = Math.max(0, len);
  const fd = binding.open(getValidatedPath(path), constants.O_RDWR, 0o666);
  try {
    binding.ftruncate(fd, len);
  } finally {
    binding.close(fd);
  }
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, (err) => callback(err));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, (err) => callback(err));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, (err) => callback(err));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

// fs.Stats: constructing one directly is deprecated (DEP0180); instanceof still works.
function deprecatedStats() {
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      process.emitWarning('fs.Stats constructor is deprecated.', 'DeprecationWarning', 'DEP0180');
    }
    return Reflect.construct(Stats, args, new.target || Stats);
  }
  Object.setPrototypeOf(deprecated, Stats);
  deprecated.prototype = Stats.prototype;
  return deprecated;
}

// --- lazily loaded parts ----------------------------------------------------------------
let streams;
function lazyStreams() {
  streams ??= require('internal/fs/streams');
  return streams;
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

function watch(...args) { return require('internal/fs/watchers').watch(...args); }
function watchFile(...args) { return require('internal/fs/watchers').watchFile(...args); }
function unwatchFile(...args) { return require('internal/fs/watchers').unwatchFile(...args); }
function opendir(...args) { return require('internal/fs/dir').opendir(...args); }
function opendirSync(...args) { return require('internal/fs/dir').opendirSync(...args); }
function glob(...args) { return require('internal/fs/glob').glob(...args); }
function globSync(...args) { return require('internal/fs/glob').globSync(...args); }

// A temporary directory removed by remove() or `using` (Symbol.dispose).
function mkdtempDisposableSync(prefix, options) {
  const path = mkdtempSync(prefix, options);
  const fullPath = pathModule.resolve(process.cwd(), pathString(path));
  const remove = () => { rmSync(fullPath, { recursive: true, force: true }); };
  return { path, remove, [Symbol.dispose]() { remove(); } };
}

// A Blob with the file's contents (read now; Node's is read lazily from the file).
function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  const { Blob } = require('buffer');
  return new Promise((resolve, reject) => {
    binding.readFile(path, constants.O_RDONLY, false, (err, data) => {
      if (err) return reject(err);
      resolve(new Blob([data], { type }));
    });
  });
}

function cp(...args) { return require('internal/fs/cp').cp(...args); }
function cpSync(...args) { return require('internal/fs/cp').cpSync(...args); }

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  glob,
  globSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  mkdtempDisposableSync,
  openAsBlob,
  open,
  openSync,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats: deprecatedStats(),
  opendir,
  opendirSync,
  _toUnixTimestamp: toUnixTimestamp,
};

function lazyGetter(name, get) {
  Object.defineProperty(fs, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get,
    set(value) {
      Object.defineProperty(fs, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
    },
  });
}
lazyGetter('ReadStream', () => lazyStreams().ReadStream);
lazyGetter('WriteStream', () => lazyStreams().WriteStream);
lazyGetter('FileReadStream', () => lazyStreams().ReadStream);
lazyGetter('FileWriteStream', () => lazyStreams().WriteStream);
lazyGetter('Dir', () => require('internal/fs/dir').Dir);

Object.defineProperties(fs, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/fs/promises').exports; },
  },
});

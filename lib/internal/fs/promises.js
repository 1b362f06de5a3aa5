'use strict';
// fs.promises: the promise API and FileHandle, over the same binding calls as lib/fs.js (each
// binding call takes a completion callback; here it settles a promise).

const binding = internalBinding('fs');
const EventEmitter = require('events');
const pathModule = require('path');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
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
  validateEncoding,
  validateBuffer,
  validateAbortSignal,
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

const { F_OK, O_RDWR, S_IFMT, S_IFDIR, UV_DIRENT_UNKNOWN } = constants;
const kEmptyObject = Object.freeze({ __proto__: null });
const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kLocked = Symbol('kLocked');

// Runs binding[fn](...args, cb) and returns a promise of its value.
function call(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

function toPosition(position) {
  if (position == null) return -1;
  return typeof position === 'bigint' ? Number(position) : position;
}

function allocBytes(n) {
  const B = getBuffer();
  return B ? B.alloc(n) : new Uint8Array(n);
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function encodeName(name, encoding) {
  if (encoding == null || isUtf8(encoding)) return name;
  const bytes = stringToBytes(name, 'utf8');
  return encoding === 'buffer' ? bytes : bytesToString(bytes, encoding);
}

// --- FileHandle -------------------------------------------------------------------------
class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  get fd() { return this[kFd]; }

  getAsyncId() { return -1; }

  appendFile(data, options) { return fsCall(writeFileHandle, this, data, appendOptions(options)); }
  chmod(mode) { return fsCall(fchmod, this, mode); }
  chown(uid, gid) { return fsCall(fchown, this, uid, gid); }
  datasync() { return fsCall(fdatasync, this); }
  sync() { return fsCall(fsync, this); }
  read(buffer, offset, length, position) { return fsCall(read, this, buffer, offset, length, position); }
  readv(buffers, position) { return fsCall(readv, this, buffers, position); }
  readFile(options) { return fsCall(readFileHandle, this, options); }
  stat(options) { return fsCall(fstat, this, options); }
  truncate(len = 0) { return fsCall(ftruncate, this, len); }
  utimes(atime, mtime) { return fsCall(futimes, this, atime, mtime); }
  write(buffer, offset, length, position) { return fsCall(write, this, buffer, offset, length, position); }
  writev(buffers, position) { return fsCall(writev, this, buffers, position); }
  writeFile(data, options) { return fsCall(writeFileHandle, this, data, options); }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      this[kClosePromise] = call(binding.close, fd).finally(() => { this[kClosePromise] = undefined; });
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseReject] = undefined;
        this[kCloseResolve] = undefined;
      });
    }
    this.emit('close');
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() { return this.close(); }

  readLines(options = undefined) {
    const { Interface } = require('readline');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  // The file's bytes as a web ReadableStream (read from the current position).
  readableWebStream(options = kEmptyObject) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    validateObject(options, 'options');
    const { autoClose = false } = options;
    this[kLocked] = true;
    const handle = this;
    const ReadableStream = globalThis.ReadableStream ?? require('stream/web').ReadableStream;
    return new ReadableStream({
      async pull(controller) {
        const { bytesRead, buffer } = await handle.read(allocBytes(65536), 0, 65536, null);
        if (bytesRead === 0) {
          controller.close();
          handle[kLocked] = false;
          if (autoClose) await handle.close();
          return;
        }
        controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead));
      },
      async cancel() {
        handle[kLocked] = false;
        if (autoClose) await handle.close();
      },
    });
  }
}

async function fsCall(fn, handle, ...args) {
  if (handle[kFd] === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle[kRefs]++;
    return await fn(handle, ...args);
  } finally {
    handle[kRefs]--;
    if (handle[kRefs] === 0 && handle[kCloseResolve]) {
      const fd = handle[kFd];
      handle[kFd] = -1;
      call(binding.close, fd).then(handle[kCloseResolve], handle[kCloseReject]);
    }
  }
}

// --- file descriptor operations (take a FileHandle) -------------------------------------
async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return call(binding.fchmod, handle.fd, mode).then(() => undefined);
}

async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  await call(binding.fchown, handle.fd, uid, gid);
}

async function fdatasync(handle) { await call(binding.fdatasync, handle.fd); }
async function fsync(handle) { await call(binding.fsync, handle.fd); }

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  await call(binding.ftruncate, handle.fd, Math.max(0, len));
}

async function futimes(handle, atime, mtime) {
  await call(binding.futimes, handle.fd, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function fstat(handle, options = { bigint: false }) {
  return getStatsFromBinding(await call(binding.fstat, handle.fd, !!options?.bigint));
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    bufferOrParams ??= kEmptyObject;
    validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    ({ buffer = allocBytes(16384), offset = 0, length = buffer.byteLength - offset,
       position = null } = bufferOrParams);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position != null) validatePosition(position, 'position', length);
  const bytesRead = await call(binding.read, handle.fd, asUint8(buffer), offset, length, toPosition(position));
  return { __proto__: null, bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = await call(binding.readBuffers, handle.fd, buffers.map(asUint8), toPosition(position));
  return { __proto__: null, bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = await call(binding.writeBuffer, handle.fd, asUint8(buffer), offset, length,
                                    toPosition(position));
    return { __proto__: null, bytesWritten, buffer };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  validateEncoding(buffer, length);
  let bytesWritten;
  if (length == null || isUtf8(length)) {
    bytesWritten = await call(binding.writeString, handle.fd, buffer, toPosition(offset));
  } else {
    const bytes = stringToBytes(buffer, length);
    bytesWritten = await call(binding.writeBuffer, handle.fd, asUint8(bytes), 0, bytes.byteLength, toPosition(offset));
  }
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = await call(binding.writeBuffers, handle.fd, buffers.map(asUint8), toPosition(position));
  return { __proto__: null, bytesWritten, buffers };
}

async function readFileTarget(target, options) {
  const flags = stringToFlags(options.flag);
  const signal = options.signal;
  checkAborted(signal);
  const encoding = options.encoding;
  const asString = encoding != null && isUtf8(encoding);
  let data;
  try {
    data = await call(binding.readFile, target, flags, asString);
  } catch (err) {
    if (err?.code === 'EFBIG' && err.syscall === 'read') throw new ERR_FS_FILE_TOO_LARGE(kIoMaxLength);
    throw err;
  }
  checkAborted(signal);
  if (asString) return data;
  if (encoding == null || encoding === 'buffer') return toBuffer(data);
  return bytesToString(data, encoding);
}

async function readFileHandle(handle, options) {
  options = getOptions(options, { flag: 'r' });
  return readFileTarget(handle.fd, options);
}

function isIterable(v) {
  return v != null && typeof v === 'object' &&
         (typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function');
}

function dataBytes(data, encoding) {
  if (isArrayBufferView(data)) return asUint8(data);
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (encoding == null || isUtf8(encoding)) return data;
  return asUint8(stringToBytes(data, encoding));
}

async function writeIterable(fd, data, encoding, signal) {
  for await (const chunk of data) {
    checkAborted(signal);
    const bytes = typeof chunk === 'string' ? dataBytes(chunk, encoding) : dataBytes(chunk);
    if (typeof bytes === 'string') await call(binding.writeString, fd, bytes, -1);
    else {
      let done = 0;
      while (done < bytes.byteLength) {
        done += await call(binding.writeBuffer, fd, bytes, done, bytes.byteLength - done, -1);
      }
    }
  }
}

async function writeFileHandle(handle, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  checkAborted(options.signal);
  if (!isArrayBufferView(data) && typeof data !== 'string' && isIterable(data)) {
    return writeIterable(handle.fd, data, options.encoding, options.signal);
  }
  const bytes = dataBytes(data, options.encoding);
  await call(binding.writeFile, handle.fd, bytes, 0, 0);
  checkAborted(options.signal);
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  options.flag ||= 'a';
  return options;
}

// --- path operations --------------------------------------------------------------------
async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  await call(binding.access, path, mode);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  await call(binding.copyFile, src, dest, getValidMode(mode, 'copyFile'));
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call(binding.open, path, flagsNumber, mode));
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await call(binding.rename, oldPath, newPath);
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  try {
    await fd.truncate(len);
  } finally {
    await fd.close();
  }
}

function eisdir(path) {
  return new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path: pathString(path), syscall: 'rm', errno: 21 });
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  let st;
  try {
    st = await call(binding.lstat, path, false);
  } catch (err) {
    if (options.force && err.code === 'ENOENT') return;
    throw err;
  }
  const isDir = (st[1] & S_IFMT) === S_IFDIR;
  if (isDir && !options.recursive) throw eisdir(path);
  if (isDir) return void await call(binding.rmTree, path, options.maxRetries);
  try {
    await call(binding.unlink, path);
  } catch (err) {
    if (!(options.force && err.code === 'ENOENT')) throw err;
  }
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) return void await call(binding.rmTree, path, options.maxRetries);
  await call(binding.rmdir, path);
}

async function mkdir(path, options) {
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
  path = getValidatedPath(path);
  const r = await call(binding.mkdir, path, mode, recursive);
  return recursive ? r : undefined;
}

function makeDirents(path, [names, types], encoding) {
  const parent = pathString(path);
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = encodeName(names[i], encoding);
    if (types[i] === UV_DIRENT_UNKNOWN) {
      const st = getStatsFromBinding(binding.lstat(pathModule.join(parent, names[i]), false));
      out[i] = new DirentFromStats(name, st, parent);
    } else {
      out[i] = new Dirent(name, types[i], parent);
    }
  }
  return out;
}

async function readdir(path, options) {
  options = getOptions(options);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  path = getValidatedPath(path);
  const withTypes = !!options.withFileTypes;
  const encoding = options.encoding;
  if (!options.recursive) {
    const r = await call(binding.readdir, path, withTypes);
    return withTypes ? makeDirents(path, r, encoding) : r.map((n) => encodeName(n, encoding));
  }
  const root = pathString(path);
  const results = [];
  const queue = [root];
  for (let q = 0; q < queue.length; q++) {
    const dir = queue[q];
    const r = await call(binding.readdir, dir, true);
    if (withTypes) {
      for (const d of makeDirents(dir, r, encoding)) {
        results.push(d);
        if (d.isDirectory()) queue.push(pathModule.join(dir, `${d.name}`));
      }
    } else {
      for (const name of r[0]) {
        const full = pathModule.join(dir, name);
        results.push(encodeName(pathModule.relative(root, full), encoding));
        if (binding.internalModuleStat(full) === 1) queue.push(full);
      }
    }
  }
  return results;
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(await call(binding.readlink, path), options.encoding);
}

async function symlink(target, path, type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  const flags = type === 'dir' ? 1 : type === 'junction' ? 2 : 0;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  await call(binding.symlink, target, path, flags);
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call(binding.lstat, path, !!options?.bigint));
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call(binding.stat, path, !!options?.bigint));
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(await call(binding.statfs, path, !!options?.bigint));
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await call(binding.link, existingPath, newPath);
}

async function unlink(path) {
  path = getValidatedPath(path);
  await call(binding.unlink, path);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  await call(binding.chmod, path, mode);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  await call(binding.lchown, path, uid, gid);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  await call(binding.chown, path, uid, gid);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call(binding.utimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call(binding.lutimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await call(binding.realpathNative, path), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(await call(binding.mkdtemp, prefix), options.encoding);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flag = options.flag || 'w';
  if (!isArrayBufferView(data) && typeof data !== 'string' && !isIterable(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
  }
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  checkAborted(options.signal);
  const flags = stringToFlags(flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (!isArrayBufferView(data) && typeof data !== 'string') {
    const fd = await call(binding.open, getValidatedPath(path), flags, mode);
    try {
      await writeIterable(fd, data, options.encoding, options.signal);
    } finally {
      await call(binding.close, fd);
    }
    return;
  }
  const bytes = dataBytes(data, options.encoding);
  const target = typeof path === 'number' ? getValidatedFd(path) : getValidatedPath(path);
  await call(binding.writeFile, target, bytes, flags, mode);
  checkAborted(options.signal);
}

async function appendFile(path, data, options) {
  return writeFile(path, data, appendOptions(options));
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return fsCall(readFileHandle, path, options);
  const target = typeof path === 'number' ? getValidatedFd(path) : getValidatedPath(path);
  return readFileTarget(target, options);
}

async function cp(src, dest, options) {
  return new Promise((resolve, reject) => {
    require('internal/fs/cp').cp(src, dest, options ?? {}, (err) => (err ? reject(err) : resolve()));
  });
}

function opendir(...args) {
  const dir = require('internal/fs/dir');
  if (dir.opendirPromise) return dir.opendirPromise(...args);
  return new Promise((resolve, reject) => {
    dir.opendir(...args, (err, d) => (err ? reject(err) : resolve(d)));
  });
}

function glob(...args) { return require('internal/fs/glob').globPromise(...args); }

async function mkdtempDisposable(prefix, options) {
  const path = await mkdtemp(prefix, options);
  const fullPath = pathModule.resolve(process.cwd(), pathString(path));
  const remove = async () => { await rm(fullPath, { recursive: true, force: true }); };
  return { path, remove, async [Symbol.asyncDispose]() { await remove(); } };
}

function watch(...args) { return require('internal/fs/watchers').watchPromise(...args); }

module.exports = {
  exports: {
    access,
    copyFile,
    cp,
    glob,
    open,
    opendir,
    rename,
    truncate,
    rm,
    rmdir,
    mkdir,
    readdir,
    readlink,
    symlink,
    lstat,
    stat,
    statfs,
    link,
    unlink,
    chmod,
    lchmod: undefined,
    lchown,
    chown,
    utimes,
    lutimes,
    realpath,
    mkdtemp,
    mkdtempDisposable,
    writeFile,
    appendFile,
    readFile,
    watch,
    constants,
  },
  FileHandle,
  kFd,
};

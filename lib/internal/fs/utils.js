'use strict';
// Shared pieces of node:fs — constants, Stats/BigIntStats/StatFs/Dirent, flag and mode parsing,
// path and argument validation, option handling and Buffer conversion.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_INVALID_URL_SCHEME,
  },
  hideStackFrames,
} = require('internal/errors');
const {
  validateFunction,
  validateInteger,
  validateObject,
  validateAbortSignal,
  validateBoolean,
  validateInt32,
  validateUint32,
  parseFileMode,
} = require('internal/validators');

const constants = Object.freeze({
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576,
  S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152,
  O_CREAT: 64, O_EXCL: 128,
  UV_FS_O_FILEMAP: 0, UV_FS_O_TEMPORARY: 0, UV_FS_O_SHORT_LIVED: 0, UV_FS_O_SEQUENTIAL: 0,
  UV_FS_O_RANDOM: 0,
  O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144,
  O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64,
  S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8,
  S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});
// Node prints `[Object: null prototype] {…}` for fs.constants; keep the same shape.

const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
  F_OK, X_OK, COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE,
} = constants;

const kIoMaxLength = 2 ** 31 - 1;
const kMaxUserId = 2 ** 32 - 1;

// --- Buffer (lib/buffer.js, when present) -------------------------------------------------
let BufferCtor;
function getBuffer() {
  if (BufferCtor === undefined) {
    try { BufferCtor = require('buffer').Buffer; } catch { BufferCtor = null; }
  }
  return BufferCtor;
}
// A Uint8Array from the binding as a Buffer over the same memory (no copy).
function toBuffer(u8) {
  const B = getBuffer();
  if (B === null || u8 instanceof B) return u8;
  return B.from(u8.buffer, u8.byteOffset, u8.byteLength);
}
function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8' || encoding === 'UTF8' || encoding === 'UTF-8';
}
// A string as bytes in `encoding` (Buffer when available; UTF-8 only without it).
function stringToBytes(string, encoding) {
  const B = getBuffer();
  if (B !== null) return B.from(string, encoding);
  return internalBinding('encoding').encodeUtf8(string);
}
function bytesToString(bytes, encoding) {
  const B = getBuffer();
  if (B !== null) return toBuffer(bytes).toString(encoding);
  return internalBinding('encoding').decodeUtf8(bytes, false, true);
}
function isArrayBufferView(v) { return ArrayBuffer.isView(v); }
function isUint8Array(v) { return v instanceof Uint8Array; }
// Any ArrayBufferView as a Uint8Array over the same bytes (what the binding reads/writes).
function asUint8(v) {
  if (v instanceof Uint8Array) return v;
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

// --- Stats ------------------------------------------------------------------------------
const kNsPerMsBigInt = 10n ** 6n;
const kNsPerSecBigInt = 10n ** 9n;

function dateFromMs(ms) { return new Date(Math.round(Number(ms))); }

class StatsBase {
  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

function fillBase(self, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  self.dev = dev; self.mode = mode; self.nlink = nlink; self.uid = uid; self.gid = gid;
  self.rdev = rdev; self.blksize = blksize; self.ino = ino; self.size = size; self.blocks = blocks;
}

// Date fields are computed on first read and can be overwritten (Node's lazy accessors).
function defineLazyDates(proto) {
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    const ms = `${name}Ms`;
    Object.defineProperty(proto, name, {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() {
        const value = dateFromMs(this[ms]);
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  fillBase(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
defineLazyDates(Stats.prototype);
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  fillBase(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / kNsPerMsBigInt;
  this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt;
  this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
defineLazyDates(BigIntStats.prototype);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

function msFromTime(sec, nsec) { return sec * 1e3 + nsec / 1e6; }

// The binding's 18-field array (see src/modules/fs_req.h) as Stats / BigIntStats.
function getStatsFromBinding(a) {
  if (a instanceof BigInt64Array) {
    return new BigIntStats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
                           a[10] * kNsPerSecBigInt + a[11], a[12] * kNsPerSecBigInt + a[13],
                           a[14] * kNsPerSecBigInt + a[15], a[16] * kNsPerSecBigInt + a[17]);
  }
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
                   msFromTime(a[10], a[11]), msFromTime(a[12], a[13]),
                   msFromTime(a[14], a[15]), msFromTime(a[16], a[17]));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.frsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}
function getStatFsFromBinding(a) { return new StatFs(a[0], a[1], a[2], a[3], a[4], a[5], a[6]); }

// --- Dirent -----------------------------------------------------------------------------
const kType = Symbol('type');
const kStats = Symbol('stats');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const name of Object.getOwnPropertyNames(Dirent.prototype)) {
  if (name === 'constructor') continue;
  DirentFromStats.prototype[name] = function() { return this[kStats][name](); };
}

function typeFromMode(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return UV_DIRENT_FILE;
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFIFO: return UV_DIRENT_FIFO;
    case S_IFSOCK: return UV_DIRENT_SOCKET;
    case S_IFCHR: return UV_DIRENT_CHAR;
    case S_IFBLK: return UV_DIRENT_BLOCK;
    default: return UV_DIRENT_UNKNOWN;
  }
}

// --- Flags and modes --------------------------------------------------------------------
const flagTable = {
  __proto__: null,
  'r': O_RDONLY, 'rs': O_RDONLY | O_SYNC, 'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY,
  'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, 'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL, 'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY,
  'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL, 'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC, 'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC, 'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const v = typeof flags === 'string' ? flagTable[flags] : undefined;
  if (v === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return v;
}

// --- Paths ------------------------------------------------------------------------------
function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' &&
         typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

function toPathIfFileURL(v) {
  if (!isURL(v)) return v;
  if (v.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return require('internal/url_path').fileURLToPath(v);
}

const nullCheck = hideStackFrames((path, propName, throwError = true) => {
  const pathIsString = typeof path === 'string';
  const pathIsUint8Array = isUint8Array(path);
  if ((!pathIsString && !pathIsUint8Array) ||
      (pathIsString && !path.includes('\u0000')) ||
      (pathIsUint8Array && !path.includes(0))) {
    return;
  }
  const err = new ERR_INVALID_ARG_VALUE(propName, path,
                                        'must be a string, Uint8Array, or URL without null bytes');
  if (throwError) throw err;
  return err;
});

const validatePath = hideStackFrames((path, propName = 'path') => {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  nullCheck(path, propName, true);
});

const getValidatedPath = hideStackFrames((fileURLOrPath, propName = 'path') => {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  return path;
});

// A path as the string Node puts into error messages and Dirent.parentPath.
function pathString(path) {
  return typeof path === 'string' ? path : bytesToString(path, 'utf8');
}

const getValidatedFd = hideStackFrames((fd, propName = 'fd') => {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
});

// --- Options ----------------------------------------------------------------------------
const kEncodings = new Set(['utf8', 'utf-8', 'ascii', 'latin1', 'binary', 'ucs2', 'ucs-2',
                            'utf16le', 'utf-16le', 'base64', 'base64url', 'hex', 'buffer']);

function assertEncoding(encoding) {
  if (encoding && !kEncodings.has(encoding) && !kEncodings.has(`${encoding}`.toLowerCase())) {
    const reason = 'is invalid encoding';
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, reason);
  }
}

function getOptions(options, defaultOptions = {}) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

const validateOffsetLengthRead = hideStackFrames((offset, length, bufferLength) => {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
});

const validateOffsetLengthWrite = hideStackFrames((offset, length, byteLength) => {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
});

const validateBufferArray = hideStackFrames((buffers, propName = 'buffers') => {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  return buffers;
});

// Seconds since the epoch from a number, numeric string or Date (utimes).
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

const validateRmOptions = hideStackFrames((options) => {
  if (options === undefined) return { ...defaultRmOptions };
  validateObject(options, 'options');
  const out = { ...defaultRmOptions, ...options };
  validateBoolean(out.recursive, 'options.recursive');
  validateBoolean(out.force, 'options.force');
  validateUint32(out.retryDelay, 'options.retryDelay');
  validateUint32(out.maxRetries, 'options.maxRetries');
  return out;
});

const validateRmdirOptions = hideStackFrames((options) => {
  if (options === undefined) return { recursive: false, retryDelay: 100, maxRetries: 0 };
  validateObject(options, 'options');
  const out = { recursive: false, retryDelay: 100, maxRetries: 0, ...options };
  validateBoolean(out.recursive, 'options.recursive');
  validateUint32(out.retryDelay, 'options.retryDelay');
  validateUint32(out.maxRetries, 'options.maxRetries');
  return out;
});

const getValidMode = hideStackFrames((mode, type) => {
  let min = 0, max = 7, def = F_OK;
  if (type === 'copyFile') {
    max = COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE;
    def = 0;
  } else if (type !== 'access') {
    min = 0;
  }
  if (mode == null) return def;
  if (typeof mode !== 'number') {
    const err = new TypeError('mode must be int32 or null/undefined');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  mode = Math.trunc(mode);
  if (!(mode >= min && mode <= max)) {
    const err = new RangeError(`mode is out of range: >= ${min} && <= ${max}`);
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return mode;
});

const validateCpOptions = null;

function validateCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

const validatePosition = hideStackFrames((position, name, length) => {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
});

module.exports = {
  constants,
  kIoMaxLength,
  kMaxUserId,
  getBuffer,
  toBuffer,
  isUtf8,
  stringToBytes,
  bytesToString,
  isArrayBufferView,
  isUint8Array,
  asUint8,
  Stats,
  BigIntStats,
  StatFs,
  getStatsFromBinding,
  getStatFsFromBinding,
  Dirent,
  DirentFromStats,
  typeFromMode,
  stringToFlags,
  isURL,
  toPathIfFileURL,
  nullCheck,
  validatePath,
  getValidatedPath,
  pathString,
  getValidatedFd,
  assertEncoding,
  getOptions,
  copyObject,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validateBufferArray,
  toUnixTimestamp,
  validateRmOptions,
  validateRmdirOptions,
  getValidMode,
  validateCpOptions,
  validateCallback,
  validatePosition,
  parseFileMode,
  X_OK,
};

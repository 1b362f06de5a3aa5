'use strict';
// process.stdout / stderr / stdin. Writes are synchronous, as Node's are on Linux for files,
// pipes and terminals. These are minimal writable objects for now; the full stream classes come
// with node:stream (docs/STATUS in README).
const EventEmitter = require('events');
const stdio = internalBinding('stdio');

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = stdio.guessHandleType(fd).toLowerCase();
    this.isTTY = this._type === 'tty' ? true : undefined;
    this.writable = true;
    this._isStdio = true;
    this.writableLength = 0;
    this.writableHighWaterMark = 16384;
    this.destroyed = false;
  }
  get columns() { const s = stdio.getWindowSize(this.fd); return s ? s[0] : undefined; }
  get rows() { const s = stdio.getWindowSize(this.fd); return s ? s[1] : undefined; }
  getWindowSize() { return stdio.getWindowSize(this.fd) || [80, 24]; }
  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    try {
      if (typeof chunk === 'string') stdio.writeString(this.fd, chunk);
      else if (chunk instanceof Uint8Array) stdio.writeBytes(this.fd, chunk);
      else {
        const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
    } catch (err) {
      if (err && err.code === 'EPIPE') {
        this.destroyed = true;
        if (typeof cb === 'function') process.nextTick(cb, err);
        process.nextTick(() => this.emit('error', err));
        return false;
      }
      throw err;
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }
  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    process.nextTick(() => this.emit('finish'));
    return this;
  }
  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }
  hasColors(count = 16, env = process.env) {
    if (typeof count === 'object') { env = count; count = 16; }
    return count <= 2 ** this.getColorDepth(env);
  }
  getColorDepth(env = process.env) {
    if (env.FORCE_COLOR !== undefined) {
      switch (env.FORCE_COLOR) {
        case '': case '1': case 'true': return 4;
        case '2': return 8;
        case '3': return 24;
        default: return 1;
      }
    }
    if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
    if (!this.isTTY) return 1;
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (env.TERM && /-256(color)?$/i.test(env.TERM)) return 8;
    return 4;
  }
}

class StdinStream extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    this._type = stdio.guessHandleType(0).toLowerCase();
    this.isTTY = this._type === 'tty' ? true : undefined;
    this.readable = true;
  }
  setEncoding() { return this; }
  setRawMode() { return this; }
  pause() { return this; }
  resume() { return this; }
  unref() { return this; }
  ref() { return this; }
}

const streams = [];
function getStdio(fd) {
  if (streams[fd] === undefined) streams[fd] = fd === 0 ? new StdinStream() : new SyncWriteStream(fd);
  return streams[fd];
}

module.exports = { getStdio, SyncWriteStream };

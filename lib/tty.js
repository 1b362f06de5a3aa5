'use strict';
// node:tty — isatty(fd), and the streams over a terminal: ReadStream (raw mode) and
// WriteStream (size, colours, cursor control), both net.Sockets over a TTY handle. Writes to a
// terminal are synchronous.

const { Socket } = require('internal/net/socket');
const { codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED } } = require('internal/errors');
const { errnoException } = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');
const { TTY, isTTY } = internalBinding('tty');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

function openTTY(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) throw new ERR_INVALID_FD(fd);
  try {
    return new TTY(fd);
  } catch (err) {
    throw new ERR_TTY_INIT_FAILED({ syscall: 'uv_tty_init', code: err.code, errno: err.errno,
      message: String(err.message).replace(/^[A-Z]+: /, '').replace(/, uv_tty_init$/, '') });
  }
}

class ReadStream extends Socket {
  constructor(fd, options = {}) {
    const handle = openTTY(fd);
    super({ readableHighWaterMark: 0, ...options, handle, manualStart: true });
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
  }

  setRawMode(flag) {
    flag = !!flag;
    const err = this._handle?.setRawMode(flag);
    if (err) {
      this.emit('error', errnoException(err, 'setRawMode'));
      return this;
    }
    this.isRaw = flag;
    return this;
  }
}

class WriteStream extends Socket {
  constructor(fd) {
    const handle = openTTY(fd);
    super({ readableHighWaterMark: 0, handle, manualStart: true });
    this.fd = fd;
    this._type = 'tty';
    // Terminals are written synchronously (on POSIX, as Node).
    handle.setBlocking(true);
    const size = handle.getWindowSize();
    if (size) {
      this.columns = size[0];
      this.rows = size[1];
    }
  }

  get isTTY() { return true; }

  getColorDepth(env) { return getColorDepth(env); }
  hasColors(count, env) { return hasColors(count, env); }

  // Re-reads the size after SIGWINCH; emits 'resize' when it changed.
  _refreshSize() {
    const oldCols = this.columns;
    const oldRows = this.rows;
    const size = this._handle?.getWindowSize();
    if (!size) {
      this.emit('error', errnoException(-9 /* EBADF */, 'getWindowSize'));
      return;
    }
    const [newCols, newRows] = size;
    if (oldCols !== newCols || oldRows !== newRows) {
      this.columns = newCols;
      this.rows = newRows;
      this.emit('resize');
    }
  }

  cursorTo(x, y, cb) { return require('internal/readline/callbacks').cursorTo(this, x, y, cb); }
  moveCursor(dx, dy, cb) { return require('internal/readline/callbacks').moveCursor(this, dx, dy, cb); }
  clearLine(dir, cb) { return require('internal/readline/callbacks').clearLine(this, dir, cb); }
  clearScreenDown(cb) { return require('internal/readline/callbacks').clearScreenDown(this, cb); }
  getWindowSize() { return [this.columns, this.rows]; }
}

module.exports = { isatty, ReadStream, WriteStream };

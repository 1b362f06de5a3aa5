'use strict';
// The real process.stdin/stdout/stderr, built as Node builds them on Linux:
//   stdout/stderr: terminal → tty.WriteStream, file → SyncWriteStream, pipe or socket → a
//     net.Socket (over a Pipe or TCP handle); all three write synchronously (pipes are made blocking, so
//     output is complete even at process.exit()). Destroying them never closes the fd.
//   stdin: terminal → tty.ReadStream, file → a file read stream, pipe or socket → a net.Socket. It starts paused, reads only once consumed, and stops reading (so the
//     process can exit) when paused.

const { Readable, Writable } = require('stream');

const binding = internalBinding('stdio');

// Writes a descriptor synchronously (Node's internal SyncWriteStream).
class SyncWriteStream extends Writable {
  constructor(fd, options = {}) {
    super({ autoDestroy: true });
    this.fd = fd;
    this.readable = false;
    this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  }

  _write(chunk, encoding, cb) {
    try {
      binding.writeBytes(this.fd, chunk);
    } catch (err) {
      return cb(err);
    }
    cb();
  }

  _destroy(err, cb) {
    if (this.fd === null) return cb(err);
    if (this.autoClose) {
      try { require('fs').closeSync(this.fd); } catch { /* already closed */ }
    }
    this.fd = null;
    cb(err);
  }

  destroySoon() { return this.destroy(); }
}

// stdout/stderr are never really destroyed: the descriptor stays open for the process.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

function createWritableStdioStream(fd) {
  let stream;
  switch (binding.guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE':
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    case 'PIPE':
    case 'TCP': {
      const { Socket } = require('internal/net/socket');
      stream = new Socket({ fd, readable: false, writable: true });
      stream._handle.setBlocking(true);  // synchronous, as Node's stdout on Linux pipes
      stream._type = 'pipe';
      break;
    }
    default:
      // Nowhere to write (a closed descriptor): a black hole, as Node's.
      stream = new Writable({ write(buf, enc, cb) { cb(); } });
  }
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  if (stream.isTTY) require('internal/process/winch').watch(stream);
  return stream;
}

// A regular file on stdin: read synchronously in chunks.
function createFileReadStream(fd) {
  let fsReadStream;
  try { fsReadStream = require('fs').ReadStream; } catch { /* node:fs not built in */ }
  if (typeof fsReadStream === 'function') return new fsReadStream(null, { fd, autoClose: false });
  return new Readable({
    highWaterMark: 65536,
    read(size) {
      let chunk;
      try {
        chunk = binding.readBytes(fd, size || 65536);
      } catch (err) {
        this.destroy(err);
        return;
      }
      this.push(chunk === null ? null : require('internal/streams/buffer').Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    },
  });
}

function createStdin() {
  const fd = 0;
  let stdin;
  switch (binding.guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stdin = new tty.ReadStream(fd);
      break;
    }
    case 'FILE':
      stdin = createFileReadStream(fd);
      break;
    case 'PIPE':
    case 'TCP': {
      const { Socket } = require('internal/net/socket');
      stdin = new Socket({ fd, readable: true, writable: false, manualStart: true });
      // stdin cannot be end()ed.
      stdin._writableState.ended = true;
      break;
    }
    default:
      // No input at all: an empty stream.
      stdin = new Readable({ read() {} });
      stdin.push(null);
  }
  stdin.fd = fd;
  // Starts paused: nothing is read (and the loop is not kept alive) until it is consumed.
  if (stdin._handle && stdin._handle.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }
  // After pause(), stop reading once the stream has (one tick later) so the process can exit.
  stdin.on('pause', () => process.nextTick(onpause));
  function onpause() {
    if (!stdin._handle) return;
    if (stdin._handle.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      stdin._handle.reading = false;
      stdin._handle.readStop();
    }
  }
  return stdin;
}

function createStdioStream(fd) {
  return fd === 0 ? createStdin() : createWritableStdioStream(fd);
}

module.exports = { createStdioStream, SyncWriteStream };

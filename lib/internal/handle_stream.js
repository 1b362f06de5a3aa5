'use strict';
// HandleStream: a stream.Duplex over a native stream handle (TTY or Pipe; docs/BINDINGS.md
// "stream_wrap") — the part of net.Socket that process.stdin/stdout/stderr and tty streams
// need (its class is named Socket, as what Node puts on piped stdio). Reading starts on the first _read() (or at once without manualStart), pauses when
// the buffer is full; writes go straight to the handle (synchronously when it is blocking).

const { Duplex } = require('stream');
const { errnoException } = require('internal/errors');
const { kOwner, writeGeneric, writevGeneric, onStreamRead } = require('internal/stream_base_commons');

class Socket extends Duplex {
  constructor(options = {}) {
    const { handle, manualStart = false, ...rest } = options;
    super({ allowHalfOpen: true, emitClose: false, autoDestroy: true, decodeStrings: false, ...rest });
    this._handle = handle;
    this.connecting = false;
    this._bytesDispatched = 0;
    handle[kOwner] = this;
    handle.onread = onStreamRead;
    handle.reading = false;
    if (options.readable === false) {
      this.push(null);
      this.read(0);
    } else if (!manualStart) {
      this.read(0);
    }
  }

  _read() {
    const handle = this._handle;
    if (!handle || handle.reading) return;
    handle.reading = true;
    const err = handle.readStart();
    if (err) this.destroy(errnoException(err, 'read'));
  }

  _write(data, encoding, cb) {
    if (!this._handle) return cb(new (require('internal/errors').codes.ERR_SOCKET_CLOSED)());
    writeGeneric(this, data, encoding, cb);
  }

  _writev(data, cb) {
    if (!this._handle) return cb(new (require('internal/errors').codes.ERR_SOCKET_CLOSED)());
    writevGeneric(this, data, cb);
  }

  _final(cb) {
    if (!this._handle) return cb();
    // As Node's sockets: the shutdown's own status is not reported (a pipe answers ENOTSOCK).
    const req = { oncomplete() { cb(); } };
    const err = this._handle.shutdown(req);
    if (err === 0) return;
    cb(err === -107 /* ENOTCONN */ ? undefined : errnoException(err, 'shutdown'));
  }

  _destroy(err, cb) {
    const handle = this._handle;
    if (!handle) return cb(err);
    this._handle = null;
    handle.onread = () => {};
    handle.close(() => {
      cb(err);
      this.emit('close', err != null);
    });
  }

  ref() {
    if (this._handle && typeof this._handle.ref === 'function') this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle && typeof this._handle.unref === 'function') this._handle.unref();
    return this;
  }

  get bytesWritten() {
    return this._handle ? this._handle.getBytesWritten() : this._bytesDispatched;
  }

  get bytesRead() { return this._handle ? this._handle.getBytesRead() : 0; }

  get pending() { return !this._handle; }
  get readyState() {
    if (this.readable && this.writable) return 'open';
    if (this.readable) return 'readOnly';
    if (this.writable) return 'writeOnly';
    return 'closed';
  }

  setNoDelay() { return this; }
  setKeepAlive() { return this; }
  setTimeout(ms, cb) {
    if (typeof cb === 'function') this.once('timeout', cb);
    return this;
  }
  address() { return {}; }
  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }
}

module.exports = { HandleStream: Socket };

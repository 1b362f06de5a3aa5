'use strict';
// A stream handle (the contract of internalBinding('stream_wrap'), docs/BINDINGS.md) over any
// JS Duplex, so a TLS connection can run over a stream that has no native handle (a
// stream.duplexPair side, a proxy tunnel, …) — the role of Node's JSStreamSocket. Reading
// starts with readStart(); 'end' arrives as UV_EOF; writes complete when the stream's write
// callback runs.

const { constants: { UV_EOF } } = internalBinding('tls_wrap');
const UV_ECONNRESET = -104;
const UV_EPIPE = -32;

class JSStreamHandle {
  constructor(stream) {
    this.stream = stream;
    this.reading = false;
    this.onread = null;
    this.onerror = null;  // (err): the stream failed
    this._bytesRead = 0;
    this._bytesWritten = 0;
    this._listening = false;
    this._ended = false;
    this._closed = false;
  }

  _listen() {
    if (this._listening) return;
    this._listening = true;
    const stream = this.stream;
    stream.on('data', (chunk) => {
      if (typeof chunk === 'string') chunk = Buffer.from(chunk);
      this._bytesRead += chunk.length;
      if (this.onread) this.onread(chunk.length, chunk);
    });
    stream.once('end', () => {
      this._ended = true;
      if (this.onread) this.onread(UV_EOF);
    });
    stream.on('error', (err) => {
      if (this.onerror) this.onerror(err);
    });
  }

  readStart() {
    this.reading = true;
    this._listen();
    this.stream.resume();
    return 0;
  }

  readStop() {
    this.reading = false;
    if (this._listening) this.stream.pause();
    return 0;
  }

  writeBuffer(req, data) {
    if (this._closed || this.stream.destroyed || this.stream.writableEnded) return UV_EPIPE;
    req.bytes = data.byteLength;
    req.async = true;
    this._bytesWritten += data.byteLength;
    this.stream.write(data, (err) => {
      if (typeof req.oncomplete === 'function') req.oncomplete(err ? UV_ECONNRESET : 0);
    });
    return 0;
  }

  writeString(req, string, encoding) {
    return this.writeBuffer(req, Buffer.from(string, encoding));
  }

  writev(req, chunks, allBuffers) {
    const list = [];
    if (allBuffers) list.push(...chunks);
    else for (let i = 0; i < chunks.length; i += 2) list.push(Buffer.from(chunks[i], chunks[i + 1]));
    return this.writeBuffer(req, list.length === 1 ? list[0] : Buffer.concat(list));
  }

  shutdown(req) {
    if (this._closed || this.stream.destroyed) return -107;  // ENOTCONN
    this.stream.end(() => {
      if (typeof req.oncomplete === 'function') req.oncomplete(0);
    });
    return 0;
  }

  close(cb) {
    if (this._closed) {
      if (cb) process.nextTick(cb);
      return;
    }
    this._closed = true;
    const stream = this.stream;
    if (stream.destroyed) {
      if (cb) process.nextTick(cb);
      return;
    }
    if (cb) stream.once('close', cb);
    stream.destroy();
  }

  getBytesRead() { return this._bytesRead; }
  getBytesWritten() { return this._bytesWritten; }
  getWriteQueueSize() { return this.stream.writableLength || 0; }
  ref() {}
  unref() {}
  hasRef() { return true; }
}

module.exports = { JSStreamHandle };

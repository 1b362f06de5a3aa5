'use strict';
// Glue between a JS stream and a native stream handle (internalBinding('stream_wrap'), see
// docs/BINDINGS.md): writes with Node's completion rules and the handle's onread callback.
// Used by process.stdin/stdout/stderr and tty streams; net sockets are meant to reuse it.

const { errnoException } = require('internal/errors');
const { UV_EOF } = internalBinding('stream_wrap');

const kOwner = Symbol('owner');  // handle → the JS stream that owns it

let BufferClass;
function getBuffer() {
  BufferClass ??= require('internal/streams/buffer').Buffer;
  return BufferClass;
}

function toBytes(chunk) {
  return chunk instanceof Uint8Array ? chunk
    : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

function nativeEncoding(encoding) {
  switch (encoding) {
    case undefined: case 'utf8': case 'utf-8': case 'buffer': return 'utf8';
    case 'latin1': case 'binary': case 'ascii': case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le':
      return encoding;
    default: return null;
  }
}

function createWriteReq(stream) {
  return { handle: stream._handle, oncomplete: onWriteComplete, async: false, bytes: 0, callback: null };
}

// The handle accepted the write: completes now if it finished synchronously, else on oncomplete.
function afterWriteDispatched(stream, req, err, cb) {
  if (err !== 0) return cb(errnoException(err, 'write'));
  stream._bytesDispatched = (stream._bytesDispatched || 0) + req.bytes;
  if (!req.async) cb();
  else req.callback = cb;
}

function onWriteComplete(status) {
  const stream = this.handle[kOwner];
  if (!stream || stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const ex = errnoException(status, 'write');
    if (typeof this.callback === 'function') this.callback(ex);
    else stream.destroy(ex);
    return;
  }
  if (typeof this.callback === 'function') this.callback(null);
}

function writeGeneric(stream, data, encoding, cb) {
  const req = createWriteReq(stream);
  let err;
  if (typeof data === 'string') {
    const enc = nativeEncoding(encoding);
    if (enc === null) {
      err = stream._handle.writeBuffer(req, toBytes(getBuffer().from(data, encoding)));
    } else {
      err = stream._handle.writeString(req, data, enc);
    }
  } else {
    err = stream._handle.writeBuffer(req, toBytes(data));
  }
  afterWriteDispatched(stream, req, err, cb);
  return req;
}

// data: [{ chunk, encoding }, …] (Writable's _writev), or allBuffers with data.allBuffers.
function writevGeneric(stream, data, cb) {
  const req = createWriteReq(stream);
  const chunks = [];
  let allBuffers = true;
  for (const { chunk } of data) if (typeof chunk === 'string') allBuffers = false;
  for (const { chunk, encoding } of data) {
    if (allBuffers) {
      chunks.push(toBytes(chunk));
    } else if (typeof chunk === 'string' && nativeEncoding(encoding) === null) {
      chunks.push(toBytes(getBuffer().from(chunk, encoding)), 'buffer');
    } else {
      chunks.push(typeof chunk === 'string' ? chunk : toBytes(chunk),
                  typeof chunk === 'string' ? nativeEncoding(encoding) : 'buffer');
    }
  }
  const err = stream._handle.writev(req, chunks, allBuffers);
  afterWriteDispatched(stream, req, err, cb);
  return req;
}

// handle.onread = onStreamRead: bytes go to stream.push(); end of input pushes null; an error
// destroys the stream.
function onStreamRead(nread, buf) {
  const stream = this[kOwner];
  if (!stream) return;
  if (nread > 0 && !stream.destroyed) {
    const chunk = getBuffer().from(buf.buffer, buf.byteOffset, buf.byteLength);
    if (!stream.push(chunk)) {
      this.reading = false;
      if (!stream.destroyed) {
        const err = this.readStop();
        if (err) stream.destroy(errnoException(err, 'read'));
      }
    }
    return;
  }
  if (nread === 0) return;
  this.reading = false;
  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }
  if (stream.destroyed) return;
  stream.push(null);
  stream.read(0);
}

module.exports = { kOwner, writeGeneric, writevGeneric, onStreamRead };

'use strict';
// Glue between a JS stream and a native stream handle (internalBinding('stream_wrap'), see
// docs/BINDINGS.md): writes with Node's completion rules and the handle's onread callback.
// Used by process.stdin/stdout/stderr, tty streams and net.Socket.

const { errnoException } = require('internal/errors');
const { UV_EOF, streamState, setBufferPrototype } = internalBinding('stream_wrap');

const kOwner = Symbol('owner');  // handle → the JS stream that owns it
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kBufferGen = Symbol('kBufferGen');
const { FastBuffer } = require('internal/buffer');
setBufferPrototype(FastBuffer.prototype);  // chunks read arrive as Buffers

// Node's stream handles have these as accessors: fd, bytesRead, bytesWritten, writeQueueSize.
function addHandleAccessors(proto) {
  if (Object.getOwnPropertyDescriptor(proto, 'fd')) return;
  const get = (fn) => ({ __proto__: null, configurable: true, enumerable: false, get: fn });
  Object.defineProperties(proto, {
    fd: get(function() { return this.getFd(); }),
    bytesRead: get(function() { return this.getBytesRead(); }),
    bytesWritten: get(function() { return this.getBytesWritten(); }),
    writeQueueSize: get(function() { return this.getWriteQueueSize(); }),
  });
}
addHandleAccessors(internalBinding('tcp_wrap').TCP.prototype);
addHandleAccessors(internalBinding('pipe_wrap').Pipe.prototype);
addHandleAccessors(internalBinding('tty').TTY.prototype);

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

const kWriteReq = Symbol('kWriteReq');  // a stream's spare write request

// A write request for the stream's handle. A write that completes at once leaves its request
// unused by the handle, so the stream keeps it for the next write; a queued one is the handle's
// until oncomplete, and the next write gets a new one (see afterWriteDispatched).
function createWriteReq(stream) {
  const spare = stream[kWriteReq];
  if (spare !== undefined && spare !== null && spare.handle === stream._handle) return spare;
  const req = { handle: stream._handle, oncomplete: onWriteComplete, async: false, bytes: 0, callback: null };
  stream[kWriteReq] = req;
  return req;
}

// The handle accepted the write: completes now if it finished synchronously, else on oncomplete.
function afterWriteDispatched(stream, req, err, cb) {
  // The handle left [bytes, async] of this write in streamState.
  req.bytes = streamState[0];
  req.async = streamState[1] !== 0;
  if (err !== 0) return cb(errnoException(err, 'write'));
  stream._bytesDispatched = (stream._bytesDispatched || 0) + req.bytes;
  if (!req.async) {
    cb();
  } else {
    req.callback = cb;
    if (stream[kWriteReq] === req) stream[kWriteReq] = null;  // the handle holds it now
  }
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
  if (stream[kUpdateTimer] !== undefined) stream[kUpdateTimer]();
  if (stream[kAfterAsyncWrite] !== undefined) stream[kAfterAsyncWrite]();
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

// data: [{ chunk, encoding }, …] as Writable's _writev gets it (data.allBuffers when every
// chunk is a Buffer). One native vectored write; strings in encodings the handle cannot write
// are converted here.
function writevGeneric(stream, data, cb) {
  const req = createWriteReq(stream);
  const n = data.length;
  let allBuffers = data.allBuffers === true;
  if (!allBuffers) {
    allBuffers = true;
    for (let i = 0; i < n; i++) {
      if (typeof data[i].chunk === 'string') { allBuffers = false; break; }
    }
  }
  let chunks;
  if (allBuffers) {
    chunks = new Array(n);
    for (let i = 0; i < n; i++) chunks[i] = toBytes(data[i].chunk);
  } else {
    chunks = new Array(n * 2);
    for (let i = 0; i < n; i++) {
      const { chunk, encoding } = data[i];
      if (typeof chunk !== 'string') {
        chunks[i * 2] = toBytes(chunk);
        chunks[i * 2 + 1] = 'buffer';
      } else {
        const enc = nativeEncoding(encoding);
        if (enc === null) {
          chunks[i * 2] = toBytes(getBuffer().from(chunk, encoding));
          chunks[i * 2 + 1] = 'buffer';
        } else {
          chunks[i * 2] = chunk;
          chunks[i * 2 + 1] = enc;
        }
      }
    }
  }
  const err = stream._handle.writev(req, chunks, allBuffers);
  afterWriteDispatched(stream, req, err, cb);
  return req;
}

// handle.onread = onStreamRead: bytes go to stream.push() (or, with net's `onread` option, into
// the user's buffer); end of input pushes null; an error destroys the stream. A stream with a
// [kUpdateTimer]() method (net.Socket) has it called on every read, for its idle timeout.
function onStreamRead(nread, buf) {
  const stream = this[kOwner];
  if (!stream) return;
  if (stream[kUpdateTimer] !== undefined) stream[kUpdateTimer]();
  if (nread > 0 && !stream.destroyed) {
    const ok = stream[kBuffer] ? deliverToUserBuffer(stream, buf) : stream.push(buf);
    if (!ok) {
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

// net's onread option: { buffer, callback }. The bytes are copied into the user's buffer (in
// pieces of its size) and callback(nread, buffer) runs for each; false from it pauses reading.
// With a buffer generator (stream[kBufferGen]) the next buffer is asked for after each piece.
function deliverToUserBuffer(stream, buf) {
  let ok = true;
  for (let off = 0; off < buf.byteLength;) {
    const target = stream[kBuffer];
    const n = Math.min(target.byteLength, buf.byteLength - off);
    if (n === 0) break;
    target.set(off === 0 && n === buf.byteLength ? buf : buf.subarray(off, off + n), 0);
    off += n;
    if (stream[kBufferCb](n, target) === false) ok = false;
    const gen = stream[kBufferGen];
    if (gen !== null) {
      const next = gen();
      if (next instanceof Uint8Array) stream[kBuffer] = next;
    }
  }
  return ok;
}

module.exports = {
  kOwner, kUpdateTimer, kAfterAsyncWrite, kBuffer, kBufferCb, kBufferGen, writeGeneric, writevGeneric, onStreamRead,
};

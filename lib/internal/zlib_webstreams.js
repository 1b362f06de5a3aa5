'use strict';
// CompressionStream / DecompressionStream (WHATWG Compression Streams) over node:zlib's
// streams: `writable` takes BufferSource chunks into the zlib stream, `readable` gives its
// output as Uint8Arrays. Formats: deflate, deflate-raw, gzip and (as Node 24) brotli.
// Decompression rejects data after the end of the compressed stream, as the standard says.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');

let zlib;
function lazyZlib() {
  zlib ??= require('zlib');
  return zlib;
}

let webstreams;
function lazyWebStreams() {
  webstreams ??= require('stream/web');
  return webstreams;
}

let finished;
function lazyFinished() {
  finished ??= require('stream').finished;
  return finished;
}

const kFormats = ['deflate', 'deflate-raw', 'gzip', 'brotli'];

function checkFormat(format, className) {
  format = `${format}`;
  if (!kFormats.includes(format)) {
    const err = new ERR_INVALID_ARG_VALUE('format', format);
    err.message = `Failed to construct '${className}': 1st argument '${format}' is not a valid ` +
      'enum value of type CompressionFormat.';
    throw err;
  }
  return format;
}

function toBytes(chunk) {
  if (isArrayBufferView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (isAnyArrayBuffer(chunk)) return new Uint8Array(chunk);
  throw new ERR_INVALID_ARG_TYPE('chunk', ['ArrayBuffer', 'ArrayBufferView'], chunk);
}

// The readable/writable pair over one zlib Transform.
function pairFromZlib(handle) {
  const { ReadableStream, WritableStream } = lazyWebStreams();
  let readController;
  let pendingError = null;
  const waiting = new Set();  // reject functions of writes and closes in flight
  const settle = (executor) => new Promise((resolve, reject) => {
    if (pendingError) return reject(pendingError);
    waiting.add(reject);
    executor((err) => {
      waiting.delete(reject);
      if (err) reject(err);
      else resolve();
    });
  });
  const readable = new ReadableStream({
    start(controller) {
      readController = controller;
      handle.pause();
      handle.on('data', (chunk) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if (controller.desiredSize <= 0) handle.pause();
      });
      handle.once('end', () => controller.close());
      handle.once('error', (err) => {
        pendingError = err;
        controller.error(err);
        for (const reject of waiting) reject(err);
        waiting.clear();
      });
    },
    pull() { handle.resume(); },
    cancel(reason) { handle.destroy(reason); },
  }, { highWaterMark: 0 });
  const writable = new WritableStream({
    write(chunk) {
      const bytes = toBytes(chunk);
      if (pendingError) throw pendingError;
      // Resolved once queued, as Node's adapter; with backpressure, once drained.
      if (handle.write(bytes)) return undefined;
      return settle((done) => handle.once('drain', () => done()));
    },
    close() {
      // Settles when both sides are done (or one fails), as Node's adapter.
      return settle((done) => {
        lazyFinished()(handle, (err) => done(err));
        handle.end();
      });
    },
    abort(reason) {
      handle.destroy(reason);
      readController?.error(reason);
    },
  });
  return { readable, writable };
}

class CompressionStream {
  #pair;

  constructor(format) {
    format = checkFormat(format, 'CompressionStream');
    const z = lazyZlib();
    const handle = format === 'deflate' ? z.createDeflate() :
      format === 'deflate-raw' ? z.createDeflateRaw() :
      format === 'gzip' ? z.createGzip() : z.createBrotliCompress();
    this.#pair = pairFromZlib(handle);
  }

  get readable() { return this.#pair.readable; }
  get writable() { return this.#pair.writable; }
}

class DecompressionStream {
  #pair;

  constructor(format) {
    format = checkFormat(format, 'DecompressionStream');
    const z = lazyZlib();
    const opts = { rejectGarbageAfterEnd: true };
    const handle = format === 'deflate' ? z.createInflate(opts) :
      format === 'deflate-raw' ? z.createInflateRaw(opts) :
      format === 'gzip' ? z.createGunzip(opts) : z.createBrotliDecompress(opts);
    this.#pair = pairFromZlib(handle);
  }

  get readable() { return this.#pair.readable; }
  get writable() { return this.#pair.writable; }
}

for (const C of [CompressionStream, DecompressionStream]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    __proto__: null, value: C.name, configurable: true,
  });
  for (const key of ['readable', 'writable']) {
    Object.defineProperty(C.prototype, key, { __proto__: null, enumerable: true });
  }
}

module.exports = { CompressionStream, DecompressionStream };

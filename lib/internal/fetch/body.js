'use strict';
// Bodies (https://fetch.spec.whatwg.org/#bodies): extracting one from a BodyInit, the Body
// mixin (text/json/arrayBuffer/bytes/blob/formData) and cloning.
//
// A body is { stream, source, bytes, length }. When the content is known up front (string,
// buffer, Blob, URLSearchParams, FormData) `bytes` holds it and the ReadableStream is made
// only when someone asks for `body`; until then consuming it reads `bytes` directly and sets
// `used`. Seen from JS this is the same as reading the stream, without its cost.

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { Blob, isBlob, kBytes } = require('internal/blob');
const { isAnyArrayBuffer, isUint8Array } = require('internal/util/types');
const { isParams } = require('internal/url_search_params');
const { isDisturbed } = require('internal/streams/utils');
const { illegalInvocation } = require('internal/fetch/webidl');
const { isFormData, getEntries, createFormData } = require('internal/fetch/formdata');
const { parseMimeType, serializeMimeType } = require('internal/fetch/mime');

let webstreams;
function lazyStreams() {
  return webstreams ??= require('internal/webstreams/readablestream');
}

function isReadableStream(v) {
  return typeof v === 'object' && v !== null && lazyStreams().isReadableStream(v);
}

// A fresh Uint8Array over its own ArrayBuffer (byte streams transfer what is enqueued).
function ownedCopy(bytes) {
  const out = new Uint8Array(bytes.byteLength);
  out.set(bytes);
  return out;
}

function toBytes(data) {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

// A byte stream that delivers `data` (string or Uint8Array) once and closes.
function bytesStream(data) {
  const { ReadableStream } = lazyStreams();
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const bytes = toBytes(data);
      if (bytes.byteLength) controller.enqueue(ownedCopy(bytes));
      controller.close();
      controller.byobRequest?.respond(0);
    },
  });
}

// A byte stream over an (async) iterable of chunks, as undici's ReadableStreamFrom.
function iterableStream(iterable) {
  const { ReadableStream } = lazyStreams();
  let iterator;
  return new ReadableStream({
    type: 'bytes',
    start() {
      iterator = iterable[Symbol.asyncIterator]();
    },
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) {
        queueMicrotask(() => {
          controller.close();
          controller.byobRequest?.respond(0);
        });
      } else {
        const buf = Buffer.isBuffer(value) ? value : Buffer.from(value);
        if (buf.byteLength) controller.enqueue(ownedCopy(buf));
      }
      return controller.desiredSize > 0;
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

// https://fetch.spec.whatwg.org/#concept-bodyinit-extract -> [body, contentType | null]
function extractBody(object, keepalive = false) {
  let stream = null;
  let bytes = null;
  let source = null;
  let type = null;
  if (typeof object === 'string') {
    bytes = source = object;
    type = 'text/plain;charset=UTF-8';
  } else if (isParams(object)) {
    bytes = source = object.toString();
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (isAnyArrayBuffer(object)) {
    bytes = source = new Uint8Array(object.slice(0));
  } else if (ArrayBuffer.isView(object)) {
    bytes = source = new Uint8Array(object.buffer.slice(object.byteOffset, object.byteOffset + object.byteLength));
  } else if (isFormData(object)) {
    const serialized = require('internal/fetch/multipart').serializeMultipart(getEntries(object));
    bytes = serialized.bytes;
    source = object;
    type = serialized.type;
  } else if (isBlob(object)) {
    bytes = object[kBytes];
    source = object;
    if (object.type) type = object.type;
  } else if (isReadableStream(object) || (object != null && typeof object[Symbol.asyncIterator] === 'function')) {
    if (keepalive) throw new TypeError('keepalive');
    if (isDisturbed(object) || object.locked) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    stream = isReadableStream(object) ? object : iterableStream(object);
  } else {
    bytes = source = `${object}`;
    type = 'text/plain;charset=UTF-8';
  }
  const length = bytes === null ? null : typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
  return [{ stream, source, bytes, length, used: false }, type];
}

// The body's stream, made on first use for a body whose bytes are known.
function bodyStream(body) {
  if (body.stream === null) {
    if (body.used) {
      // Consumed without a stream: what JS sees is a stream that was read to its end.
      const { ReadableStream } = lazyStreams();
      body.stream = new ReadableStream({ type: 'bytes', start(controller) { controller.close(); } });
      body.stream.getReader().read().catch(() => {});
    } else {
      body.stream = bytesStream(body.bytes);
    }
  }
  return body.stream;
}

function bodyUsed(body) {
  if (body === null) return false;
  return body.stream === null ? body.used : isDisturbed(body.stream);
}

function bodyUnusable(body) {
  if (body === null) return false;
  return body.stream === null ? body.used : (isDisturbed(body.stream) || body.stream.locked);
}

// https://fetch.spec.whatwg.org/#concept-body-clone
function cloneBody(body) {
  if (body.stream === null) return { ...body };
  const { 0: out1, 1: out2 } = body.stream.tee();
  body.stream = out1;
  return { stream: out2, source: body.source, bytes: null, length: body.length, used: false };
}

// Reads a stream to its end -> Buffer.
async function readAllBytes(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!isUint8Array(value)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
    total += value.byteLength;
  }
  if (chunks.length === 1) return new FastBuffer(chunks[0].buffer, chunks[0].byteOffset, chunks[0].byteLength);
  return Buffer.concat(chunks, total);
}

// The body's whole content -> Promise<Buffer> (possibly shared: callers copy).
function consumeBody(body) {
  if (body === null) return Promise.resolve(Buffer.alloc(0));
  if (body.stream === null) {
    body.used = true;
    return Promise.resolve(toBytes(body.bytes));
  }
  try {
    return readAllBytes(body.stream);
  } catch (err) {
    return Promise.reject(err);
  }
}

function utf8Decode(bytes) {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  return Buffer.prototype.toString.call(bytes instanceof Buffer ? bytes : new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'utf8');
}

function mimeTypeOf(headersList) {
  const value = headersList.get('content-type');
  return value === null ? null : extractMimeType(value);
}

// https://fetch.spec.whatwg.org/#concept-header-extract-mime-type over a combined value.
function extractMimeType(value) {
  let charset = null;
  let essence = null;
  let mimeType = null;
  for (const part of value.split(',')) {
    const parsed = parseMimeType(part);
    if (parsed === null || parsed.essence === '*/*') continue;
    mimeType = parsed;
    if (mimeType.essence !== essence) {
      charset = null;
      if (mimeType.parameters.has('charset')) charset = mimeType.parameters.get('charset');
      essence = mimeType.essence;
    } else if (!mimeType.parameters.has('charset') && charset !== null) {
      mimeType.parameters.set('charset', charset);
    }
  }
  return mimeType;
}

// Adds the Body mixin methods to `Class.prototype`. getState(obj) returns { body, headersList }
// or throws for a foreign `this`.
function mixinBody(Class, getState) {
  function consume(self, convert) {
    let state;
    try {
      state = getState(self);
    } catch {
      return Promise.reject(illegalInvocation());
    }
    if (bodyUnusable(state.body)) {
      return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    }
    if (state.aborted?.()) {
      const { DOMException } = require('internal/events/domexception');
      return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    }
    return consumeBody(state.body).then((bytes) => convert(bytes, state));
  }
  const methods = {
    blob() {
      return consume(this, (bytes, state) => {
        const mime = mimeTypeOf(state.headersList);
        return new Blob([bytes], { type: mime === null ? '' : serializeMimeType(mime) });
      });
    },
    arrayBuffer() {
      return consume(this, (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    },
    text() {
      return consume(this, utf8Decode);
    },
    json() {
      return consume(this, (bytes) => JSON.parse(utf8Decode(bytes)));
    },
    formData() {
      return consume(this, (bytes, state) => {
        const mime = mimeTypeOf(state.headersList);
        if (mime !== null) {
          if (mime.essence === 'multipart/form-data') {
            const buf = bytes instanceof Buffer ? bytes : new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength);
            return createFormData(require('internal/fetch/multipart').parseMultipart(buf, mime.parameters.get('boundary')));
          }
          if (mime.essence === 'application/x-www-form-urlencoded') {
            const { URLSearchParams } = require('internal/url');
            return createFormData([...new URLSearchParams(utf8Decode(bytes))]);
          }
        }
        throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
      });
    },
    bytes() {
      return consume(this, (bytes) => ownedCopy(bytes));
    },
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(Class.prototype, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

module.exports = {
  bodyStream,
  bodyUnusable,
  bodyUsed,
  cloneBody,
  consumeBody,
  extractBody,
  extractMimeType,
  isReadableStream,
  iterableStream,
  mixinBody,
  readAllBytes,
  utf8Decode,
};

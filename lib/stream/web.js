'use strict';
// node:stream/web — the WHATWG Streams classes.
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateBoolean } = require('internal/validators');
const {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamDefaultController,
  isReadableStream,
} = require('internal/webstreams/readablestream');
const {
  ReadableByteStreamController,
  ReadableStreamBYOBRequest,
} = require('internal/webstreams/bytestream');
const { readableStreamTee } = require('internal/webstreams/pipe');
const {
  WritableStream,
  WritableStreamDefaultController,
  WritableStreamDefaultWriter,
} = require('internal/webstreams/writablestream');
const {
  TransformStream,
  TransformStreamDefaultController,
} = require('internal/webstreams/transformstream');
const {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
} = require('internal/webstreams/queuingstrategies');
const { TextEncoderStream, TextDecoderStream } = require('internal/webstreams/encoding');

function ReadableStreamTee(stream, cloneForBranch2 = false) {
  if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
  validateBoolean(cloneForBranch2, 'cloneForBranch2');
  return readableStreamTee(stream, cloneForBranch2);
}

module.exports = {
  ReadableStream,
  ReadableStreamTee,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
};

// CompressionStream/DecompressionStream live with zlib (lib/internal/zlib_webstreams.js).
for (const name of ['CompressionStream', 'DecompressionStream']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      let value;
      try {
        value = require('internal/zlib_webstreams')[name];
      } catch {
        value = undefined;
      }
      Object.defineProperty(module.exports, name, {
        __proto__: null, value, enumerable: true, writable: true, configurable: true,
      });
      return value;
    },
  });
}

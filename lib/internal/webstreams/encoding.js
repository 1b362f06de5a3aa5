'use strict';
// TextEncoderStream / TextDecoderStream (https://encoding.spec.whatwg.org/#interface-textencoderstream):
// TransformStreams around TextEncoder/TextDecoder that carry state across chunks (a trailing
// high surrogate when encoding; partial multi-byte sequences when decoding).
const { TextEncoder, TextDecoder } = require('internal/encoding');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } } = require('internal/errors');
const { customInspect } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kStreaming = { stream: true };
const kEmptyObject = Object.freeze({ __proto__: null });

class TextEncoderStream {
  #pendingHighSurrogate = null;
  #encoder;
  #transform;

  constructor() {
    this.#encoder = new TextEncoder();
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        chunk = String(chunk);
        if (chunk.length === 0) return;
        if (this.#pendingHighSurrogate !== null) {
          chunk = this.#pendingHighSurrogate + chunk;
          this.#pendingHighSurrogate = null;
        }
        const last = chunk.charCodeAt(chunk.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          // Keep a trailing high surrogate for the next chunk's low surrogate.
          this.#pendingHighSurrogate = chunk.slice(-1);
          chunk = chunk.slice(0, -1);
          if (chunk.length === 0) return;
        }
        controller.enqueue(this.#encoder.encode(chunk));
      },
      flush: (controller) => {
        if (this.#pendingHighSurrogate !== null) {
          controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
        }
      },
    });
  }

  get encoding() {
    return this.#encoder.encoding;
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [kInspect](depth, options) {
    if (this == null) throw new ERR_INVALID_THIS('TextEncoderStream');
    return customInspect(depth, options, 'TextEncoderStream', {
      encoding: this.#encoder.encoding,
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    });
  }
}

class TextDecoderStream {
  #decoder;
  #transform;

  constructor(encoding = 'utf-8', options = kEmptyObject) {
    this.#decoder = new TextDecoder(encoding, options);
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        if (chunk === undefined) throw new ERR_INVALID_ARG_TYPE('chunk', 'string', chunk);
        const value = this.#decoder.decode(chunk, kStreaming);
        if (value) controller.enqueue(value);
      },
      flush: (controller) => {
        const value = this.#decoder.decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
    });
  }

  get encoding() {
    return this.#decoder.encoding;
  }

  get fatal() {
    return this.#decoder.fatal;
  }

  get ignoreBOM() {
    return this.#decoder.ignoreBOM;
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [kInspect](depth, options) {
    if (this == null) throw new ERR_INVALID_THIS('TextDecoderStream');
    return customInspect(depth, options, 'TextDecoderStream', {
      encoding: this.#decoder.encoding,
      fatal: this.#decoder.fatal,
      ignoreBOM: this.#decoder.ignoreBOM,
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    });
  }
}

const enumerable = { __proto__: null, enumerable: true };
Object.defineProperties(TextEncoderStream.prototype, {
  encoding: enumerable,
  readable: enumerable,
  writable: enumerable,
});
Object.defineProperties(TextDecoderStream.prototype, {
  encoding: enumerable,
  fatal: enumerable,
  ignoreBOM: enumerable,
  readable: enumerable,
  writable: enumerable,
});

module.exports = { TextEncoderStream, TextDecoderStream };

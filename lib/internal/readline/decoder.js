'use strict';
// A UTF-8 decoder for stream chunks: strings pass through, bytes are decoded with characters
// split across chunks kept for the next one (what readline needs of StringDecoder).

const { TextDecoder } = require('internal/encoding');

function createUtf8Decoder() {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return {
    write(chunk) {
      if (typeof chunk === 'string') return chunk;
      if (chunk == null) return '';
      if (ArrayBuffer.isView(chunk)) return decoder.decode(chunk, { stream: true });
      return String(chunk);
    },
    end() { return decoder.decode(); },
  };
}

module.exports = { createUtf8Decoder };

'use strict';
// buffer.transcode(source, from, to) between the encodings Node's ICU build supports for it
// (ascii, latin1/binary, ucs2/utf16le, utf8). Characters the target cannot hold become '?',
// as ICU's converters substitute them.

const { Buffer } = require('buffer');
const { normalizeEncoding } = require('internal/buffer/encodings');
const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
const { isUint8Array } = internalBinding('buffer');

const supported = new Set(['ascii', 'latin1', 'utf16le', 'utf8']);

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (from === to) return Buffer.from(source);
  if (!supported.has(from) || !supported.has(to)) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let text = Buffer.prototype.toString.call(source, from);
  if (to === 'latin1') text = text.replace(/[^\u0000-\u00ff]/gu, '?');
  else if (to === 'ascii') text = text.replace(/[^\u0000-\u007f]/gu, '?');
  return Buffer.from(text, to);
}

module.exports = { transcode };

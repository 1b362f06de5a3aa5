'use strict';
// util.styleText(format, text, options): wraps text in the ANSI codes of inspect.colors
// names or "#RGB"/"#RRGGBB" colours. A style's closing code inside the text (from nested
// styled text) is followed by its opening code again, so the outer style continues.
// Colours are left out when the stream (process.stdout by default) should not be coloured.

const { inspect } = require('internal/util/inspect');
const { shouldColorize } = require('internal/util/colors');
const {
  validateBoolean, validateObject, validateOneOf, validateString,
} = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');

const kHexCloseSeq = '\u001b[39m';
const hexColorRegExp = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

// Opening/closing sequences of an [open, close] code pair. Bold and dim share their
// closing code, so closing one must not end the other: their close is kept when reopening.
function codesToStyle(codes) {
  return {
    openSeq: `\u001b[${codes[0]}m`,
    closeSeq: `\u001b[${codes[1]}m`,
    keepClose: codes[0] === 2 || codes[0] === 1,
  };
}

function hexOpenSeq(hex) {
  const digits = hex.length === 4 ?
    hex[1] + hex[1] + hex[2] + hex[2] + hex[3] + hex[3] : hex.slice(1);
  const r = parseInt(digits.slice(0, 2), 16);
  const g = parseInt(digits.slice(2, 4), 16);
  const b = parseInt(digits.slice(4, 6), 16);
  return `\u001b[38;2;${r};${g};${b}m`;
}

// Reopens the style after each of its closing sequences inside str (except at the end).
function replaceCloseCode(str, closeSeq, openSeq, keepClose) {
  let index = str.indexOf(closeSeq);
  if (index === -1) return str;
  let result = '';
  let lastIndex = 0;
  const replacement = keepClose ? closeSeq + openSeq : openSeq;
  do {
    const afterClose = index + closeSeq.length;
    if (afterClose >= str.length) break;
    result += str.slice(lastIndex, index) + replacement;
    lastIndex = afterClose;
    index = str.indexOf(closeSeq, lastIndex);
  } while (index !== -1);
  return result + str.slice(lastIndex);
}

// The parts of a stream check Node's stream utilities make (Node streams or web streams).
function isNodeStream(obj) {
  return obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
}

function isWebStream(obj) {
  return Boolean(obj) && !isNodeStream(obj) &&
    ((typeof obj.pipeThrough === 'function' && typeof obj.getReader === 'function' &&
      typeof obj.cancel === 'function') ||
     (typeof obj.getWriter === 'function' && typeof obj.abort === 'function'));
}

function styleText(format, text, options) {
  const validateStream = options?.validateStream ?? true;
  validateString(text, 'text');
  if (options !== undefined) validateObject(options, 'options');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize;
  if (validateStream) {
    const stream = options?.stream ?? process.stdout;
    if (!isWebStream(stream) && !isNodeStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  const colors = inspect.colors;
  let openCodes = '';
  let closeCodes = '';
  let processedText = text;
  for (const key of formats) {
    if (key === 'none') continue;
    if (typeof key === 'string' && key[0] === '#') {
      if (!hexColorRegExp.test(key)) {
        throw new ERR_INVALID_ARG_VALUE('format', key,
                                        'must be a valid hex color (#RGB or #RRGGBB)');
      }
      if (skipColorize) continue;
      const openSeq = hexOpenSeq(key);
      openCodes += openSeq;
      closeCodes = kHexCloseSeq + closeCodes;
      processedText = replaceCloseCode(processedText, kHexCloseSeq, openSeq, false);
      continue;
    }
    const codes = colors[key];
    if (!codes) validateOneOf(key, 'format', Object.getOwnPropertyNames(colors));
    const { openSeq, closeSeq, keepClose } = codesToStyle(codes);
    openCodes += openSeq;
    closeCodes = closeSeq + closeCodes;
    processedText = replaceCloseCode(processedText, closeSeq, openSeq, keepClose);
  }
  if (skipColorize) return text;
  return `${openCodes}${processedText}${closeCodes}`;
}

module.exports = { styleText };

'use strict';
// Range checks shared by Buffer's read/write methods, with Node's errors and messages.

const { ERR_BUFFER_OUT_OF_BOUNDS, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;

function checkNumber(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

// Throws the error Node gives for a read/write at `value` that does not fit: a non-integer,
// a buffer too short for the width (`last` < 0), or an offset outside 0..last. `name` is
// 'byteLength' when the width itself is wrong.
function boundsError(value, last, name) {
  if (Math.floor(value) !== value) {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
    throw new ERR_OUT_OF_RANGE(name || 'offset', 'an integer', value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(name || 'offset', `>= ${name ? 1 : 0} and <= ${last}`, value);
}

// Offset check for a `width`-byte access.
function checkOffset(buf, offset, width) {
  checkNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + width - 1] === undefined) boundsError(offset, buf.length - width);
}

// Value range check for writing a `width`-byte integer, then the offset check.
function checkValue(value, min, max, buf, offset, width) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    const bits = width * 8;
    let range;
    if (width > 4) {
      range = (min === 0 || min === 0n) ? `>= 0${n} and < 2${n} ** ${bits}${n}` :
        `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkOffset(buf, offset, width);
}

module.exports = { checkNumber, boundsError, checkOffset, checkValue };

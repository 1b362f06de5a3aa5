'use strict';
// atob/btoa (HTML's forgiving base64), with Node's InvalidCharacterError DOMExceptions.

function invalid(message = 'Invalid character') {
  const { DOMException } = require('internal/events/domexception');
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalid();
  }
  return Buffer.from(input, 'latin1').toString('base64');
}

// ASCII whitespace atob ignores: tab, LF, FF, CR, space.
function isSpace(c) { return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20; }
function isDigit64(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
}

function atob(input) {
  input = `${input}`;
  let significant = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (isSpace(c)) continue;
    if (c === 0x3d) {
      significant++;
      equals++;
      if (equals > 2) throw invalid();
    } else if (isDigit64(c)) {
      significant++;
      if (equals) throw invalid();  // '=' only at the end
    } else {
      throw invalid();
    }
  }
  let rest = significant % 4;
  if (!rest) rest = (significant - equals) % 4;
  else if (equals) throw invalid();
  if (rest === 1) throw invalid('The string to be decoded is not correctly encoded.');
  return Buffer.from(input, 'base64').toString('latin1');
}

const { Buffer } = require('buffer');

module.exports = { atob, btoa };

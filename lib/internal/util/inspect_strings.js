'use strict';
// String-level helpers for util.inspect: colour tables, quoting/escaping of strings,
// number formatting (numeric separators), display width and ANSI escape stripping.

// ANSI SGR codes: [open, close]. Aliases are added as non-enumerable accessors below.
const colors = Object.assign(Object.create(null), {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  blink: [5, 25], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
  doubleunderline: [21, 24], black: [30, 39], red: [31, 39], green: [32, 39],
  yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39],
  greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39],
  magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39],
  bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
});

const colorAliases = [
  ['gray', 'grey'], ['gray', 'blackBright'], ['bgGray', 'bgGrey'], ['bgGray', 'bgBlackBright'],
  ['dim', 'faint'], ['strikethrough', 'crossedout'], ['strikethrough', 'strikeThrough'],
  ['strikethrough', 'crossedOut'], ['hidden', 'conceal'], ['inverse', 'swapColors'],
  ['inverse', 'swapcolors'], ['doubleunderline', 'doubleUnderline'],
];
for (const [original, alias] of colorAliases) {
  Object.defineProperty(colors, alias, {
    get() { return this[original]; },
    set(value) { Object.defineProperty(this, alias, { value, configurable: true, writable: true, enumerable: true }); },
    configurable: true,
    enumerable: false,
  });
}

const styles = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
  undefined: 'grey', null: 'bold', string: 'green', symbol: 'green',
  date: 'magenta', regexp: 'red', module: 'underline',
});

const colorCodeRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return String(str).replace(colorCodeRegExp, '');
}

// ---- string escaping ------------------------------------------------------------------

// Replacement text for characters that need escaping inside a quoted string.
const escapeTable = [];
for (let c = 0; c < 0xa0; c++) {
  if (c < 0x20 || c >= 0x7f) escapeTable[c] = '\\x' + c.toString(16).toUpperCase().padStart(2, '0');
}
escapeTable[8] = '\\b';
escapeTable[9] = '\\t';
escapeTable[10] = '\\n';
escapeTable[12] = '\\f';
escapeTable[13] = '\\r';
escapeTable[39] = "\\'";
escapeTable[92] = '\\\\';

const needsEscapeWithSingle =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeOther =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllWithSingle = new RegExp(needsEscapeWithSingle.source, 'g');
const escapeAllOther = new RegExp(needsEscapeOther.source, 'g');
// Escapes used in property names and symbol descriptions (no quote character involved).
const escapeSequencesNoQuote = new RegExp(
  '[\\x00-\\x1f\\x7f-\\x9f]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]', 'g');

function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  const known = escapeTable[code];
  return known !== undefined ? known : `\\u${code.toString(16)}`;
}

function escapeNoQuote(str) {
  return str.replace(escapeSequencesNoQuote, escapeChar);
}

// Quote a string the way Node does: single quotes by default, double quotes when the
// text contains single quotes only, backticks when it contains both kinds (and no
// backtick or template opener), otherwise single quotes with \' escapes.
function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  const pattern = quote === "'" ? escapeAllWithSingle : escapeAllOther;
  const test = quote === "'" ? needsEscapeWithSingle : needsEscapeOther;
  if (!test.test(str)) return quote + str + quote;
  return quote + str.replace(pattern, escapeChar) + quote;
}

// ---- numbers ----------------------------------------------------------------------------

function groupIntegerDigits(digits) {
  // digits: optional '-' followed by decimal digits.
  let sign = '';
  if (digits[0] === '-') { sign = '-'; digits = digits.slice(1); }
  let out = '';
  let i = digits.length;
  for (; i > 3; i -= 3) out = `_${digits.slice(i - 3, i)}${out}`;
  return sign + digits.slice(0, i) + out;
}

function groupFractionDigits(digits) {
  let out = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) out += `${digits.slice(i, i + 3)}_`;
  return out + digits.slice(i);
}

function formatNumber(stylize, number, numericSeparator) {
  if (Object.is(number, -0)) return stylize('-0', 'number');
  const text = `${number}`;
  if (!numericSeparator || !Number.isFinite(number) || text.includes('e')) {
    return stylize(text, 'number');
  }
  const dot = text.indexOf('.');
  if (dot === -1) return stylize(groupIntegerDigits(text), 'number');
  return stylize(`${groupIntegerDigits(text.slice(0, dot))}.${groupFractionDigits(text.slice(dot + 1))}`,
                 'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  const text = `${bigint}`;
  return stylize(`${numericSeparator ? groupIntegerDigits(text) : text}n`, 'bigint');
}

// ---- terminal helpers ------------------------------------------------------------------

const ansiPattern = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(ansiPattern, '');
}

// East Asian wide / fullwidth ranges (code points that take two terminal columns).
function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

// Number of terminal columns `str` occupies.
function getStringWidth(str, removeControlChars = true) {
  str = String(str);
  if (removeControlChars) str = str.replace(ansiPattern, '');
  let width = 0;
  let ascii = true;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) { ascii = false; break; }
  }
  if (ascii) return str.length;
  str = str.normalize('NFC');
  for (const ch of str) {
    const code = ch.codePointAt(0);
    if (isFullWidthCodePoint(code)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

module.exports = {
  colors,
  styles,
  removeColors,
  strEscape,
  escapeNoQuote,
  formatNumber,
  formatBigInt,
  stripVTControlCharacters,
  getStringWidth,
};

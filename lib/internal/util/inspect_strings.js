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
// An alias reads and writes the colour it stands for.
for (const [original, alias] of colorAliases) {
  Object.defineProperty(colors, alias, {
    get() { return this[original]; },
    set(value) { this[original] = value; },
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
function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  const known = escapeTable[code];
  return known !== undefined ? known : `\\u${code.toString(16)}`;
}

// Escapes a symbol's description for use as a property name (quotes and backslashes too).
function escapeSymbol(str) {
  return str.replace(escapeAllWithSingle, escapeChar);
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

// ANSI escape sequences (CSI and OSC), as Node matches them.
const ansiPattern = new RegExp(
  '(?:\\u001B\\][\\s\\S]*?(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:\\d{1,4}(?:[;:]\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  if (!str.includes('\u001B') && !str.includes('\u009B')) return str;
  return str.replace(ansiPattern, '');
}

// Code points of East Asian Width "W" or "F" (Unicode 14), as [first, count] pairs: these
// take two terminal columns.
const wideRanges = [
  0x1100, 96, 0x231a, 2, 0x2329, 2, 0x23e9, 4, 0x23f0, 1, 0x23f3, 1, 0x25fd, 2, 0x2614, 2,
  0x2648, 12, 0x267f, 1, 0x2693, 1, 0x26a1, 1, 0x26aa, 2, 0x26bd, 2, 0x26c4, 2, 0x26ce, 1,
  0x26d4, 1, 0x26ea, 1, 0x26f2, 2, 0x26f5, 1, 0x26fa, 1, 0x26fd, 1, 0x2705, 1, 0x270a, 2,
  0x2728, 1, 0x274c, 1, 0x274e, 1, 0x2753, 3, 0x2757, 1, 0x2795, 3, 0x27b0, 1, 0x27bf, 1,
  0x2b1b, 2, 0x2b50, 1, 0x2b55, 1, 0x2e80, 26, 0x2e9b, 89, 0x2f00, 214, 0x2ff0, 12, 0x3000, 63,
  0x3041, 86, 0x3099, 103, 0x3105, 43, 0x3131, 94, 0x3190, 84, 0x31f0, 47, 0x3220, 40,
  0x3250, 7024, 0x4e00, 22157, 0xa490, 55, 0xa960, 29, 0xac00, 11172, 0xf900, 512, 0xfe10, 10,
  0xfe30, 35, 0xfe54, 19, 0xfe68, 4, 0xff01, 96, 0xffe0, 7, 0x16fe0, 5, 0x16ff0, 2,
  0x17000, 6136, 0x18800, 1238, 0x18d00, 9, 0x1aff0, 4, 0x1aff5, 7, 0x1affd, 2, 0x1b000, 291,
  0x1b150, 3, 0x1b164, 4, 0x1b170, 396, 0x1f004, 1, 0x1f0cf, 1, 0x1f18e, 1, 0x1f191, 10,
  0x1f200, 3, 0x1f210, 44, 0x1f240, 9, 0x1f250, 2, 0x1f260, 6, 0x1f300, 33, 0x1f32d, 9,
  0x1f337, 70, 0x1f37e, 22, 0x1f3a0, 43, 0x1f3cf, 5, 0x1f3e0, 17, 0x1f3f4, 1, 0x1f3f8, 71,
  0x1f440, 1, 0x1f442, 187, 0x1f4ff, 63, 0x1f54b, 4, 0x1f550, 24, 0x1f57a, 1, 0x1f595, 2,
  0x1f5a4, 1, 0x1f5fb, 85, 0x1f680, 70, 0x1f6cc, 1, 0x1f6d0, 3, 0x1f6d5, 3, 0x1f6dd, 3,
  0x1f6eb, 2, 0x1f6f4, 9, 0x1f7e0, 12, 0x1f7f0, 1, 0x1f90c, 47, 0x1f93c, 10, 0x1f947, 185,
  0x1fa70, 5, 0x1fa78, 5, 0x1fa80, 7, 0x1fa90, 29, 0x1fab0, 11, 0x1fac0, 6, 0x1fad0, 10,
  0x1fae0, 8, 0x1faf0, 7, 0x20000, 65534, 0x30000, 65534,
];

function isWideCodePoint(code) {
  let lo = 0;
  let hi = wideRanges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const first = wideRanges[mid * 2];
    if (code < first) hi = mid - 1;
    else if (code >= first + wideRanges[mid * 2 + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

const emojiPresentation = /^\p{Emoji_Presentation}$/u;
const zeroWidth = /^[\p{Cc}\p{Cf}\p{Me}\p{Mn}\p{Emoji_Modifier}]$/u;

// Columns one code point takes, as Node (built with ICU) counts them: wide and fullwidth
// characters and emoji presentation characters take two; control, format and combining
// characters and emoji modifiers none (except the soft hyphen); everything else one.
function codePointWidth(ch) {
  const code = ch.codePointAt(0);
  if (isWideCodePoint(code) || emojiPresentation.test(ch)) return 2;
  if (code !== 0xad && zeroWidth.test(ch)) return 0;
  return 1;
}

// Number of terminal columns `str` occupies.
const notPrintableASCII = /[^\x20-\x7e]/;

// Whether every character is printable ASCII (one column each).
function isPrintableASCII(str) {
  return !notPrintableASCII.test(str);
}

function getStringWidth(str, removeControlChars = true) {
  str = String(str);
  if (removeControlChars) str = stripVTControlCharacters(str);
  if (isPrintableASCII(str)) return str.length;
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      for (const ch of str.slice(i).normalize('NFC')) width += codePointWidth(ch);
      break;
    }
    width += code >= 32 ? 1 : 0;
  }
  return width;
}

module.exports = {
  colors,
  styles,
  removeColors,
  strEscape,
  escapeSymbol,
  formatNumber,
  formatBigInt,
  stripVTControlCharacters,
  getStringWidth,
  isPrintableASCII,
};

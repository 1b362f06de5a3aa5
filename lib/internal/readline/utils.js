'use strict';
// Terminal helpers shared by readline and tty: CSI sequences, UTF-16 character lengths and the
// key decoder that turns terminal input into 'keypress' events (xterm, rxvt, linux console).

const kEscape = '\x1b';
const kUTF16SurrogateThreshold = 0x10000;

// CSI`${n}G` → '\x1b[nG'
function CSI(strings, ...args) {
  let out = `${kEscape}[`;
  for (let i = 0; i < args.length; i++) out += strings[i] + args[i];
  return out + strings[strings.length - 1];
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

// UTF-16 units of the character starting at i / ending before i.
function charLengthAt(str, i) {
  if (str.length <= i) return 1;  // moving past the end: one step
  return str.codePointAt(i) >= kUTF16SurrogateThreshold ? 2 : 1;
}

function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) >= kUTF16SurrogateThreshold) return 2;
  return 1;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = [...strings].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

// Names of escape sequences, by their code (the sequence without ESC, parameters and
// modifiers): '[A' is ↑ in every terminal, '[3~' is Delete …
const keyNames = {
  // xterm/gnome ESC O letter, ESC [ letter
  OP: 'f1', OQ: 'f2', OR: 'f3', OS: 'f4',
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  // xterm/rxvt ESC [ number ~
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4', '[15~': 'f5', '[17~': 'f6',
  '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  // linux console ESC [ [ letter
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  OA: 'up', OB: 'down', OC: 'right', OD: 'left', OE: 'clear', OF: 'end', OH: 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup',
  '[6~': 'pagedown', '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  // rxvt: $ is shift, ^ is ctrl; lower-case letters are shift/ctrl arrows
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  Oa: 'up', Ob: 'down', Oc: 'right', Od: 'left', Oe: 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
  '[Z': 'tab',
  '[200~': 'paste-start', '[201~': 'paste-end',
};
const shiftCodes = new Set(['[a', '[b', '[c', '[d', '[e', '[2$', '[3$', '[5$', '[6$', '[7$', '[8$', '[Z']);
const ctrlCodes = new Set(['Oa', 'Ob', 'Oc', 'Od', 'Oe', '[2^', '[3^', '[5^', '[6^', '[7^', '[8^']);

const isDigit = (ch) => ch >= '0' && ch <= '9';

// A generator fed one UTF-16 unit at a time (next(ch)); emits 'keypress' (s, key) on stream.
// next('') flushes a lone ESC (the escape-code timeout).
function* emitKeys(stream) {
  while (true) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // ESC O letter, ESC O modifier letter
        s += (ch = yield);
        if (isDigit(ch)) { modifier = Number(ch) - 1; s += (ch = yield); }
        code += ch;
      } else {
        s += (ch = yield);
        if (ch === '[') {  // linux console: ESC [ [ letter
          code += ch;
          s += (ch = yield);
        }
        // Parameters (digits and ';'), then the final character.
        let params = '';
        while ((isDigit(ch) || ch === ';') && params.length < 12) {
          params += ch;
          s += (ch = yield);
        }
        // ESC [ n ~ (n: 1–2 digits, or 3 digits alone), ESC [ n ; m ~, ESC [ letter,
        // ESC [ m letter, ESC [ 1 ; m letter; anything else keeps its whole text as code.
        let match;
        if ((ch === '~' || ch === '^' || ch === '$') &&
            (match = /^(?:(\d\d?)(?:;(\d))?|(\d{3}))$/.exec(params))) {
          code += (match[1] ?? match[3]) + ch;
          modifier = (Number(match[2]) || 1) - 1;
        } else if (/^[A-Za-z]$/.test(ch) && (match = /^(?:(\d;)?(\d))?$/.exec(params))) {
          code += ch;
          modifier = (Number(match[2]) || 1) - 1;
        } else {
          code += params + ch;
        }
      }
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      key.name = keyNames[code] ?? 'undefined';
      if (shiftCodes.has(code)) key.shift = true;
      if (ctrlCodes.has(code)) key.ctrl = true;
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a' && ch !== '') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      stream.emit('keypress', s, key);
    }
    // Anything else is a broken escape sequence: dropped.
  }
}

module.exports = {
  CSI,
  kEscape,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  emitKeys,
  kSubstringSearch: Symbol('kSubstringSearch'),
};

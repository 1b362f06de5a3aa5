'use strict';
// A line editor for the REPL on a terminal (raw mode): cursor movement, deletion, history.
//   ← → Home End (Ctrl+B/F/A/E), Ctrl+←/→ or Alt+B/F by word, Backspace, Delete, Ctrl+K/U/W,
//   ↑ ↓ (Ctrl+P/N) through history, Ctrl+L clears the screen, Enter submits,
//   Ctrl+C → onInterrupt(line), Ctrl+D on an empty line → onClose().
// Characters are edited as code points and drawn one column each.

const { TextDecoder } = require('internal/encoding');

class LineEditor {
  // tty: a TTY handle (internalBinding('tty')); write(text) prints; history: newest first.
  constructor(tty, write, { history = [], historySize = 1000, onLine, onClose, onInterrupt }) {
    this.tty = tty;
    this.write = write;
    this.history = history;
    this.historySize = historySize;
    this.onLine = onLine;
    this.onClose = onClose;
    this.onInterrupt = onInterrupt;
    this.decoder = new TextDecoder();
    this.pending = '';       // an incomplete escape sequence
    this.promptText = '> ';
    this.chars = [];
    this.cursor = 0;
    this.historyIndex = -1;  // -1: the line being typed
    this.draft = [];
    this.closed = false;
    tty.onread = (nread, chunk) => {
      if (nread < 0) return this.close();
      this.feed(this.decoder.decode(chunk, { stream: true }));
    };
    tty.readStart();
  }

  get line() { return this.chars.join(''); }

  prompt(text = this.promptText) {
    if (this.closed) return;
    this.tty.setRawMode(true);
    this.promptText = text;
    this.chars = [];
    this.cursor = 0;
    this.historyIndex = -1;
    this.render();
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.tty.setRawMode(false);
    this.tty.readStop();
    this.tty.close();
    this.onClose();
  }

  render() {
    const after = this.chars.length - this.cursor;
    this.write(`\r${this.promptText}${this.line}\x1b[K${after > 0 ? `\x1b[${after}D` : ''}`);
  }

  setLine(chars) {
    this.chars = chars;
    this.cursor = chars.length;
    this.render();
  }

  insert(text) {
    const add = [...text];
    this.chars.splice(this.cursor, 0, ...add);
    this.cursor += add.length;
    this.render();
  }

  wordLeft() {
    let i = this.cursor;
    while (i > 0 && /\s/.test(this.chars[i - 1])) i--;
    while (i > 0 && !/\s/.test(this.chars[i - 1])) i--;
    return i;
  }

  wordRight() {
    let i = this.cursor;
    while (i < this.chars.length && /\s/.test(this.chars[i])) i++;
    while (i < this.chars.length && !/\s/.test(this.chars[i])) i++;
    return i;
  }

  moveTo(i) { this.cursor = Math.max(0, Math.min(this.chars.length, i)); this.render(); }

  historyStep(delta) {
    const next = this.historyIndex + delta;
    if (next < -1 || next >= this.history.length) return;
    if (this.historyIndex === -1) this.draft = this.chars;
    this.historyIndex = next;
    this.setLine(next === -1 ? this.draft : [...this.history[next]]);
  }

  submit() {
    const text = this.line;
    this.write('\r\n');
    if (text.trim() !== '' && this.history[0] !== text) {
      this.history.unshift(text);
      if (this.history.length > this.historySize) this.history.length = this.historySize;
    }
    this.chars = [];
    this.cursor = 0;
    this.historyIndex = -1;
    // The line runs with the terminal in its normal mode, so Ctrl+C is a signal again: code
    // that never returns can still be stopped (it ends the process; Node's REPL interrupts it).
    // prompt() switches back to raw mode before it draws, so keys typed at it are edited.
    this.tty.setRawMode(false);
    this.onLine(text);
  }

  // One key (a character or an escape sequence).
  key(k) {
    switch (k) {
      case '\r': case '\n': return this.submit();
      case '\x7f': case '\b':
        if (this.cursor > 0) { this.chars.splice(this.cursor - 1, 1); this.cursor--; this.render(); }
        return;
      case '\x1b[3~': case '\x04':
        if (k === '\x04' && this.chars.length === 0) { this.write('\r\n'); return this.close(); }
        if (this.cursor < this.chars.length) { this.chars.splice(this.cursor, 1); this.render(); }
        return;
      case '\x01': case '\x1b[H': case '\x1bOH': case '\x1b[1~': case '\x1b[7~': return this.moveTo(0);
      case '\x05': case '\x1b[F': case '\x1bOF': case '\x1b[4~': case '\x1b[8~': return this.moveTo(this.chars.length);
      case '\x02': case '\x1b[D': case '\x1bOD': return this.moveTo(this.cursor - 1);
      case '\x06': case '\x1b[C': case '\x1bOC': return this.moveTo(this.cursor + 1);
      case '\x1b[1;5D': case '\x1bb': return this.moveTo(this.wordLeft());
      case '\x1b[1;5C': case '\x1bf': return this.moveTo(this.wordRight());
      case '\x10': case '\x1b[A': case '\x1bOA': return this.historyStep(1);
      case '\x0e': case '\x1b[B': case '\x1bOB': return this.historyStep(-1);
      case '\x0b': this.chars.length = this.cursor; return this.render();
      case '\x15': this.chars.splice(0, this.cursor); this.cursor = 0; return this.render();
      case '\x17': {
        const to = this.wordLeft();
        this.chars.splice(to, this.cursor - to);
        this.cursor = to;
        return this.render();
      }
      case '\x0c': this.write('\x1b[H\x1b[2J'); return this.render();
      case '\x03': {
        const text = this.line;
        this.write('\r\n');
        this.chars = [];
        this.cursor = 0;
        return this.onInterrupt(text);
      }
      default:
        if (k.length > 0 && k.codePointAt(0) >= 0x20 && k[0] !== '\x1b') this.insert(k);
    }
  }

  feed(text) {
    text = this.pending + text;
    this.pending = '';
    let i = 0;
    while (i < text.length && !this.closed) {
      const c = text[i];
      if (c !== '\x1b') {
        // Runs of printable characters are inserted at once (pastes stay fast).
        let j = i;
        while (j < text.length && text.codePointAt(j) >= 0x20 && text[j] !== '\x7f' && text[j] !== '\x1b') j++;
        if (j > i) { this.insert(text.slice(i, j)); i = j; continue; }
        this.key(c);
        i++;
        continue;
      }
      // ESC [ params final | ESC O x | ESC x
      if (i + 1 >= text.length) { this.pending = text.slice(i); return; }
      const next = text[i + 1];
      if (next === '[' || next === 'O') {
        let j = i + 2;
        while (j < text.length && /[0-9;?]/.test(text[j])) j++;
        if (j >= text.length) { this.pending = text.slice(i); return; }
        this.key(text.slice(i, j + 1));
        i = j + 1;
      } else {
        this.key(text.slice(i, i + 2));
        i += 2;
      }
    }
  }
}

module.exports = { LineEditor };

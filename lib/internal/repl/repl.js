'use strict';
// The REPL: evaluates lines in the global scope and prints results with util.inspect.
// Multi-line input continues while the code is incomplete; `_` holds the last result, `_error`
// the last error; .help, .exit, .clear, .break. On a terminal, input goes through the line
// editor (internal/repl/line_editor: cursor keys, history saved across sessions); otherwise
// (`-i` with piped input) lines are read as they come.
const stdio = internalBinding('stdio');
const { runScript, checkSyntax } = internalBinding('contextify');

// Code is incomplete when the engine's syntax error points at (or past) the end of the input:
// more lines may still finish it.
function isIncomplete(code) {
  const err = checkSyntax(code, '[repl]', false);
  if (err === undefined) return false;
  // An open template literal continues on the next line (an open quote does not).
  if (/end of string/.test(String(err.message)) && (code.split('`').length - 1) % 2 === 1) return true;
  const at = /\[repl\]:(\d+):(\d+)/.exec(String(err.stack));
  if (at === null) return false;
  const lines = code.split('\n');
  const line = Number(at[1]), column = Number(at[2]);
  return line > lines.length || (line === lines.length && column > lines[line - 1].trimEnd().length);
}

// An error's stack ends in the frames of the REPL itself: Node shows only the user's frames.
function withoutReplFrames(text) {
  const lines = text.split('\n');
  let i = lines.findIndex((l) => /^\s+at (<eval> \(\[repl\]|\[repl\]:|runScript \(native\))/.test(l));
  if (i === -1) return text;
  let j = i;
  while (j < lines.length && /^\s+at /.test(lines[j])) j++;
  lines.splice(i, j - i);
  return lines.join('\n');
}

const kHelp = '.break    Sometimes you get stuck, this gets you out\n' +
  '.clear    Alias for .break\n.exit     Exit the REPL\n.help     Print this help message\n\n' +
  'Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n';

class Session {
  constructor(write, colors) {
    this.write = write;
    this.colors = colors;
    this.buffer = '';
    const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
    const mod = new Module('<repl>', null);
    mod.filename = require('path').join(process.cwd(), '<repl>');
    mod.paths = Module._nodeModulePaths(process.cwd());
    globalThis.require = makeRequireFunction(mod);
    globalThis.module = mod;
  }

  get prompt() { return this.buffer ? '... ' : '> '; }

  // One line of input. Returns false when the session should end.
  line(line) {
    const trimmed = line.trim();
    if (/^\.(exit|help|break|clear)$/.test(trimmed) || (!this.buffer && trimmed.startsWith('.'))) {
      if (trimmed === '.exit') return false;
      if (trimmed === '.help') this.write(kHelp);
      else if (trimmed === '.break' || trimmed === '.clear') this.buffer = '';
      else this.write('Invalid REPL keyword\n');
      return true;
    }
    this.buffer += (this.buffer ? '\n' : '') + line;
    if (isIncomplete(this.buffer)) return true;
    const code = this.buffer;
    this.buffer = '';
    if (code.trim() === '') return true;
    this.evaluate(code);
    return true;
  }

  evaluate(code) {
    const { inspect } = require('internal/util/inspect');
    try {
      // Object literals typed at the prompt are expressions, as in Node's REPL.
      const src = /^\s*\{/.test(code) && /\}\s*;?\s*$/.test(code) &&
        checkSyntax(`(${code})`, '[repl]', false) === undefined ? `(${code})` : code;
      const result = runScript(src, '[repl]');
      this.write(`${inspect(result, { colors: this.colors })}\n`);
      if (result !== undefined) globalThis._ = result;
    } catch (err) {
      globalThis._error = err;
      this.write(`Uncaught ${withoutReplFrames(inspect(err, { colors: this.colors }))}\n`);
    }
  }
}

function startOnTerminal(session) {
  const { TTY } = internalBinding('tty');
  const { LineEditor } = require('internal/repl/line_editor');
  const hist = require('internal/repl/history');
  const file = hist.historyFile();
  const size = hist.historySize();
  let warned = false;
  let interrupted = false;
  const editor = new LineEditor(new TTY(0), session.write, {
    history: hist.loadHistory(file, size),
    historySize: size,
    onLine(text) {
      interrupted = false;
      const err = hist.saveHistory(file, editor.history);
      if (err && !warned) {
        warned = true;
        session.write(`Error: Could not open history file.\nREPL session history will not be persisted.\n`);
      }
      if (!session.line(text)) return editor.close();
      editor.prompt(session.prompt);
    },
    onInterrupt(text) {
      if (text === '' && session.buffer === '') {
        if (interrupted) return editor.close();
        interrupted = true;
        session.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      } else {
        interrupted = false;
      }
      session.buffer = '';
      editor.prompt(session.prompt);
    },
    onClose() { process.exit(); },  // as Node's REPL: its end ends the process
  });
  editor.prompt(session.prompt);
}

function startOnStream(session) {
  const step = () => {
    session.write(session.prompt);
    const line = stdio.readLine(0);
    if (line === null) { session.write('\n'); return process.exit(); }
    if (session.line(line)) setImmediate(step);
    else process.exit();
  };
  setImmediate(step);
}

function start() {
  const write = (text) => process.stdout.write(text);
  const onTerminal = stdio.guessHandleType(0) === 'TTY';
  const session = new Session(write, onTerminal && !!process.stdout.isTTY && process.stdout.hasColors());
  write(`Welcome to protoJS v${process.versions.protojs} (Node.js ${process.version} API).\n` +
    'Type ".help" for more information.\n');
  if (onTerminal) startOnTerminal(session);
  else startOnStream(session);
}

module.exports = { start, isIncomplete };

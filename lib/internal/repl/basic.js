'use strict';
// The REPL on a terminal: reads lines (the terminal's own line editing), evaluates them in the
// global scope, prints results with util.inspect. Multi-line input continues while the code is
// incomplete; `_` holds the last result; .help, .exit, .clear, .break. Not yet: arrow-key
// history and completion (they need raw terminal mode, which comes with node:readline).
const stdio = internalBinding('stdio');
const { runScript, checkSyntax } = internalBinding('contextify');

// Code is incomplete when the engine's syntax error points at (or past) the end of the input:
// more lines may still finish it.
function isIncomplete(code) {
  const err = checkSyntax(code, '[repl]', false);
  if (err === undefined) return false;
  const at = /\[repl\]:(\d+):(\d+)/.exec(String(err.stack));
  // An open template literal continues on the next line (an open quote does not).
  if (/end of string/.test(String(err.message)) && (code.split('`').length - 1) % 2 === 1) return true;
  if (at === null) return false;
  const lines = code.split('\n');
  const line = Number(at[1]), column = Number(at[2]);
  return line > lines.length || (line === lines.length && column > lines[line - 1].trimEnd().length);
}

function start() {
  const { inspect } = require('internal/util/inspect');
  const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
  const mod = new Module('<repl>', null);
  mod.filename = require('path').join(process.cwd(), '<repl>');
  mod.paths = Module._nodeModulePaths(process.cwd());
  globalThis.require = makeRequireFunction(mod);
  globalThis.module = mod;
  process.stdout.write(`Welcome to protoJS v${process.versions.protojs} (Node.js ${process.version} API).\nType ".help" for more information.\n`);
  let buffer = '';
  let last;
  const prompt = () => process.stdout.write(buffer ? '... ' : '> ');
  const step = () => {
    prompt();
    const line = stdio.readLine(0);
    if (line === null) { process.stdout.write('\n'); return finish(); }
    const trimmed = line.trim();
    if (/^\.(exit|help|break|clear)$/.test(trimmed) || (!buffer && trimmed.startsWith('.'))) {
      if (trimmed === '.exit') return finish();
      if (trimmed === '.help') {
        process.stdout.write('.break    Sometimes you get stuck, this gets you out\n.clear    Alias for .break\n.exit     Exit the REPL\n.help     Print this help message\n\nPress Ctrl+D to exit the REPL\n');
      } else if (trimmed === '.break' || trimmed === '.clear') {
        buffer = '';
      } else {
        process.stdout.write('Invalid REPL keyword\n');
      }
      return setImmediate(step);
    }
    buffer += (buffer ? '\n' : '') + line;
    if (isIncomplete(buffer)) return setImmediate(step);
    const code = buffer;
    buffer = '';
    try {
      // Object literals typed at the prompt are expressions, as in Node's REPL.
      const src = /^\s*\{/.test(code) && /\}\s*;?\s*$/.test(code) && checkSyntax(`(${code})`, '[repl]', false) === undefined ? `(${code})` : code;
      last = runScript(src, '[repl]');
      if (last !== undefined || !/^\s*(var|let|const|function|class)\b/.test(code)) {
        process.stdout.write(inspect(last, { colors: !!process.stdout.isTTY }) + '\n');
      }
      if (last !== undefined) globalThis._ = last;
    } catch (err) {
      process.stdout.write('Uncaught ' + inspect(err) + '\n');
    }
    setImmediate(step);
  };
  const finish = () => {};
  setImmediate(step);
}

module.exports = { start };

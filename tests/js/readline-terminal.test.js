'use strict';
// node:readline in terminal mode (fake TTY streams): keys, editing, history, completion.
const test = require('node:test');
const assert = require('node:assert');
const EventEmitter = require('node:events');
const readline = require('node:readline');

function fakeTTYInput() {
  const input = new EventEmitter();
  input.isTTY = true;
  input.isRaw = false;
  input.setRawMode = (mode) => { input.isRaw = mode; return input; };
  input.pause = () => input;
  input.resume = () => input;
  return input;
}
function fakeTTYOutput(columns = 80) {
  const out = new EventEmitter();
  out.isTTY = true;
  out.columns = columns;
  out.data = '';
  out.write = (s, cb) => { out.data += s; if (typeof cb === 'function') process.nextTick(cb); return true; };
  return out;
}
function setup(options = {}) {
  const input = fakeTTYInput();
  const output = fakeTTYOutput(options.columns);
  const rl = readline.createInterface({ input, output, ...options });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  return { input, output, rl, lines };
}

test('emitKeypressEvents decodes keys', () => {
  const input = new EventEmitter();
  readline.emitKeypressEvents(input);
  readline.emitKeypressEvents(input);  // once only
  const keys = [];
  input.on('keypress', (s, k) => keys.push([s, k.name, k.ctrl, k.meta, k.shift, k.sequence, k.code]));
  input.emit('data', 'aB1 \r\n\t\x7f\x03');
  input.emit('data', '\x1b[A\x1b[1;5C\x1b[3~\x1bOP\x1b[15~\x1bb\x1b[Z\x1b[5;2~');
  input.emit('data', '€');
  const P = (s, name, ctrl = false, meta = false, shift = false, seq = s, code) =>
    code === undefined ? [s, name, ctrl, meta, shift, seq, undefined] : [s, name, ctrl, meta, shift, seq, code];
  assert.deepStrictEqual(keys, [
    P('a', 'a'), P('B', 'b', false, false, true), P('1', '1'), P(' ', 'space'),
    P('\r', 'return'), P('\n', 'enter'), P('\t', 'tab'), P('\x7f', 'backspace'),
    P('\x03', 'c', true),
    [undefined, 'up', false, false, false, '\x1b[A', '[A'],
    [undefined, 'right', true, false, false, '\x1b[1;5C', '[C'],
    [undefined, 'delete', false, false, false, '\x1b[3~', '[3~'],
    [undefined, 'f1', false, false, false, '\x1bOP', 'OP'],
    [undefined, 'f5', false, false, false, '\x1b[15~', '[15~'],
    [undefined, 'b', false, true, false, '\x1bb', undefined],
    [undefined, 'tab', false, false, true, '\x1b[Z', '[Z'],
    [undefined, 'pageup', false, false, true, '\x1b[5;2~', '[5~'],
    P('€', undefined),
  ]);
});

test('a lone escape is emitted after the escape-code timeout', async () => {
  const input = fakeTTYInput();
  const rl = readline.createInterface({ input, output: fakeTTYOutput(), escapeCodeTimeout: 10 });
  const keys = [];
  input.on('keypress', (s, k) => keys.push(k.name));
  input.emit('data', '\x1b');
  await new Promise((r) => setTimeout(r, 50));
  assert.deepStrictEqual(keys, ['escape']);
  rl.close();
});

test('terminal mode: raw mode, prompt drawing and typing', () => {
  const { input, output, rl, lines } = setup({ prompt: '> ' });
  assert.strictEqual(rl.terminal, true);
  assert.strictEqual(input.isRaw, true);
  assert.strictEqual(rl.cursor, 0);
  rl.prompt();
  assert.strictEqual(output.data, '\x1b[1G\x1b[0J> \x1b[3G');
  output.data = '';
  input.emit('data', 'hi');
  assert.strictEqual(output.data, 'hi');
  assert.strictEqual(rl.line, 'hi');
  assert.strictEqual(rl.cursor, 2);
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 4 });
  input.emit('data', '\r');
  assert.deepStrictEqual(lines, ['hi']);
  assert.strictEqual(rl.line, '');
  rl.close();
  assert.strictEqual(input.isRaw, false);
});

test('editing keys', () => {
  const { input, rl, lines } = setup();
  const type = (s) => input.emit('data', s);
  type('hello world');
  type('\x1b[D\x1b[D');            // ← ←
  assert.strictEqual(rl.cursor, 9);
  type('\x01');                    // Ctrl+A
  assert.strictEqual(rl.cursor, 0);
  type('\x05');                    // Ctrl+E
  assert.strictEqual(rl.cursor, 11);
  type('\x17');                    // Ctrl+W deletes a word
  assert.strictEqual(rl.line, 'hello ');
  type('\x7f');                    // Backspace
  assert.strictEqual(rl.line, 'hello');
  type('\x1bb');                   // Meta+B
  assert.strictEqual(rl.cursor, 0);
  type('\x1b[3~');                 // Delete
  assert.strictEqual(rl.line, 'ello');
  type('\x06\x06');                // Ctrl+F twice
  type('\x0b');                    // Ctrl+K kills to the end
  assert.strictEqual(rl.line, 'el');
  type('\x19');                    // Ctrl+Y yanks it back
  assert.strictEqual(rl.line, 'ello');
  type('\x15');                    // Ctrl+U kills to the start
  assert.strictEqual(rl.line, '');
  type('abc\x1f');                 // Ctrl+_ undoes the last edit
  assert.strictEqual(rl.line, 'ab');
  type('\x1e');                    // Ctrl+^ redoes it
  assert.strictEqual(rl.line, 'abc');
  type('\x08');                    // Ctrl+H
  assert.strictEqual(rl.line, 'ab');
  type('\x01\x04');                // Ctrl+D deletes right when the line is not empty
  assert.strictEqual(rl.line, 'b');
  type('\n');
  assert.deepStrictEqual(lines, ['b']);
  rl.close();
});

test('history: up/down, prefix search, size and duplicates', () => {
  const { input, rl } = setup({ historySize: 3, removeHistoryDuplicates: true });
  const seen = [];
  rl.on('history', (h) => seen.push([...h]));
  for (const l of ['one', 'two', 'one', 'three', 'four']) input.emit('data', `${l}\r`);
  assert.deepStrictEqual(rl.history, ['four', 'three', 'one']);
  assert.deepStrictEqual(seen[2], ['one', 'two']);
  input.emit('data', '\x1b[A');
  assert.strictEqual(rl.line, 'four');
  input.emit('data', '\x1b[A\x1b[A');
  assert.strictEqual(rl.line, 'one');
  input.emit('data', '\x1b[B');
  assert.strictEqual(rl.line, 'three');
  input.emit('data', '\x1b[B\x1b[B');
  assert.strictEqual(rl.line, '');
  input.emit('data', 'o\x1b[A');   // prefix search: lines starting with 'o'
  assert.strictEqual(rl.line, 'one');
  rl.close();
  const rl2 = setup({ history: ['b', 'a'] }).rl;
  assert.deepStrictEqual(rl2.history, ['b', 'a']);
  rl2.close();
});

test('Ctrl+C emits SIGINT when listened to, else closes; Ctrl+D on an empty line closes', () => {
  const a = setup();
  let sigint = 0;
  a.rl.on('SIGINT', () => sigint++);
  a.input.emit('data', '\x03');
  assert.strictEqual(sigint, 1);
  assert.notStrictEqual(a.rl.closed, true);
  a.rl.close();
  const b = setup();
  b.input.emit('data', '\x03');
  assert.strictEqual(b.rl.closed, true);
  const c = setup();
  c.input.emit('data', '\x04');
  assert.strictEqual(c.rl.closed, true);
});

test('tab completion: common prefix, then a list on the second tab', async () => {
  const completer = (line) => {
    const words = ['apple', 'apricot', 'banana'];
    const hits = words.filter((w) => w.startsWith(line));
    return [hits.length ? hits : words, line];
  };
  const { input, output, rl } = setup({ completer });
  input.emit('data', 'b');
  input.emit('data', '\t');
  assert.strictEqual(rl.line, 'banana');
  input.emit('data', '\x15a');
  input.emit('data', '\t');
  assert.strictEqual(rl.line, 'ap');
  output.data = '';
  input.emit('data', '\t');
  assert.ok(output.data.includes('apple    apricot'), JSON.stringify(output.data));
  rl.close();
  // An asynchronous completer (two parameters).
  const d = setup({ completer: (line, cb) => setImmediate(() => cb(null, [['xyz'], line])) });
  d.input.emit('data', 'x');
  d.input.emit('data', '\t');
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
  assert.strictEqual(d.rl.line, 'xyz');
  d.rl.close();
});

test('pasted text with newlines gives one line each', () => {
  const { input, lines, rl } = setup();
  input.emit('data', 'a\nb\r\nc');
  assert.deepStrictEqual(lines, ['a', 'b']);
  assert.strictEqual(rl.line, 'c');
  input.emit('end');
  assert.deepStrictEqual(lines, ['a', 'b', 'c']);
  assert.strictEqual(rl.closed, true);
});

test('long lines wrap: cursor position by columns', () => {
  const { input, rl } = setup({ columns: 10, prompt: '$ ' });
  input.emit('data', 'abcdefghijkl');
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 1, cols: 4 });
  input.emit('data', '\x01');
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 2 });
  rl.close();
});

test('question in terminal mode; resize redraws', () => {
  const { input, output, rl } = setup();
  let answer;
  rl.question('Q? ', (a) => { answer = a; });
  assert.ok(output.data.endsWith('Q? \x1b[4G'), JSON.stringify(output.data));
  input.emit('data', 'yes\r');
  assert.strictEqual(answer, 'yes');
  output.data = '';
  output.emit('resize');
  assert.strictEqual(output.data, '\x1b[1G\x1b[0J> \x1b[3G');
  rl.close();
});

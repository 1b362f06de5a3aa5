'use strict';
// readline: key decoding, line splitting, terminal editing output and errors, printed.
const EventEmitter = require('events');
const readline = require('readline');

const show = (v) => JSON.stringify(v);
function input(tty) {
  const i = new EventEmitter();
  i.pause = () => i; i.resume = () => i;
  if (tty) { i.isTTY = true; i.isRaw = false; i.setRawMode = (m) => { i.isRaw = m; }; }
  return i;
}
function output(columns) {
  const o = new EventEmitter();
  o.isTTY = true; o.columns = columns; o.data = '';
  o.write = (s) => { o.data += s; return true; };
  return o;
}

// Key decoding
const keys = new EventEmitter();
readline.emitKeypressEvents(keys);
keys.on('keypress', (s, k) => console.log('key', show(s), k.name, k.ctrl, k.meta, k.shift, show(k.sequence), k.code));
const sequences = ['a', 'Z', '9', ' ', '\r', '\n', '\t', '\b', '\x7f', '\x00', '\x01', '\x1a', '\x1b\x1b',
  '\x1ba', '\x1bA', '\x1b\r', '\x1b\x7f', '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[E', '\x1b[F', '\x1b[H',
  '\x1bOA', '\x1bOF', '\x1bOH', '\x1bOP', '\x1bOQ', '\x1bOR', '\x1bOS', '\x1b[1~', '\x1b[2~', '\x1b[3~',
  '\x1b[4~', '\x1b[5~', '\x1b[6~', '\x1b[7~', '\x1b[8~', '\x1b[11~', '\x1b[12~', '\x1b[13~', '\x1b[14~',
  '\x1b[15~', '\x1b[17~', '\x1b[18~', '\x1b[19~', '\x1b[20~', '\x1b[21~', '\x1b[23~', '\x1b[24~',
  '\x1b[[A', '\x1b[[E', '\x1b[[5~', '\x1b[a', '\x1b[b', '\x1b[c', '\x1b[d', '\x1b[e', '\x1b[2$', '\x1b[3^',
  '\x1bOa', '\x1bOd', '\x1b[Z', '\x1b[1;2A', '\x1b[1;3B', '\x1b[1;4C', '\x1b[1;5D', '\x1b[1;6H',
  '\x1b[1;7F', '\x1b[1;8A', '\x1b[3;5~', '\x1b[5;3~', '\x1b[2;2~', '\x1b[200~', '\x1b[201~', '\x1b[5A',
  '\x1bO5P', '\x1b\x1b[A', '\x1b\x1bOB', '\x1b[99x', 'é', '日', '😀', '!', '~'];
for (const s of sequences) {
  console.log('in', show(s));
  keys.emit('data', s);
}

// Line splitting
const plain = input(false);
const rl = readline.createInterface({ input: plain });
rl.on('line', (l) => console.log('line', show(l)));
rl.on('close', () => console.log('close'));
for (const chunk of ['a\nb', '\r\n', 'c\r', 'd\r\r\n', '\n\n', 'é\u2028x\n', 'last']) plain.emit('data', chunk);
plain.emit('end');

// Terminal editing: what is drawn
const ti = input(true);
const to = output(20);
const trl = readline.createInterface({ input: ti, output: to, prompt: '>> ', historySize: 2 });
trl.on('line', (l) => console.log('tline', show(l)));
trl.on('history', (h) => console.log('history', show(h)));
trl.prompt();
const steps = ['abc', '\x1b[D', 'X', '\x01', '\x1b[3~', '\x05', '\x7f', '\r', 'second line that wraps past twenty',
  '\x01', '\x1b[1;5C', '\x17', '\r', 'third', '\r', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[B', '\x0c', '\x15', '\x03'];
for (const s of steps) {
  to.data = '';
  ti.emit('data', s);
  console.log('step', show(s), show(to.data), show(trl.line), trl.cursor, show(trl.getCursorPos()));
}
console.log('closed', trl.closed, 'raw', ti.isRaw);

// Errors
const errs = [
  () => readline.createInterface({ input: input(), historySize: -5 }),
  () => readline.createInterface({ input: input(), historySize: NaN }),
  () => readline.createInterface({ input: input(), completer: 'x' }),
  () => readline.createInterface({ input: input(), tabSize: -1 }),
  () => readline.createInterface({ input: input(), tabSize: 1.5 }),
  () => readline.createInterface({ input: input(), escapeCodeTimeout: Infinity }),
  () => readline.createInterface({ input: input(), history: {} }),
  () => readline.createInterface({ input: input(), signal: {} }),
  () => readline.cursorTo(to, 'a', 1),
  () => readline.cursorTo(to, NaN),
  () => readline.cursorTo(to, 1, NaN),
  () => readline.moveCursor(to, 1, 1, 'cb'),
  () => readline.clearScreenDown(to, 1),
  () => { const r = readline.createInterface({ input: input() }); r.close(); r.question('x', () => {}); },
  () => { const r = readline.createInterface({ input: input(), output: to }); r._writeToOutput(5); },
];
for (const f of errs) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}

'use strict';
// node:readline over plain (non-terminal) inputs: line splitting, events, question, errors.
const test = require('node:test');
const assert = require('node:assert');
const EventEmitter = require('node:events');
const readline = require('node:readline');

// A minimal readable: an EventEmitter with pause/resume (readline needs no more).
function fakeInput() {
  const input = new EventEmitter();
  input.paused = true;
  input.pause = () => { input.paused = true; return input; };
  input.resume = () => { input.paused = false; return input; };
  return input;
}
function fakeOutput(isTTY) {
  const out = new EventEmitter();
  out.data = '';
  out.write = (s, cb) => { out.data += s; if (typeof cb === 'function') process.nextTick(cb); return true; };
  if (isTTY) { out.isTTY = true; out.columns = 80; }
  return out;
}
function collect(rl) {
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  return lines;
}

test('lines split on \\n, \\r\\n and \\r across chunks', () => {
  const input = fakeInput();
  const rl = readline.createInterface({ input });
  const lines = collect(rl);
  assert.strictEqual(input.paused, false, 'the interface resumes its input');
  input.emit('data', 'a\r\nb\rc\n\nd');
  input.emit('data', 'e\r');
  input.emit('data', '\nf');
  input.emit('data', Uint8Array.from([0xe2, 0x82]));
  input.emit('data', Uint8Array.from([0xac, 0x0a]));
  assert.deepStrictEqual(lines, ['a', 'b', 'c', '', 'de', 'f€']);
  input.emit('data', 'tail');
  let closed = false;
  rl.on('close', () => { closed = true; });
  input.emit('end');
  assert.deepStrictEqual(lines, ['a', 'b', 'c', '', 'de', 'f€', 'tail']);
  assert.strictEqual(closed, true);
  assert.strictEqual(rl.closed, true);
});

test('crlfDelay: a \\n long after \\r is its own line only with a short delay', () => {
  const input = fakeInput();
  const rl = readline.createInterface({ input, crlfDelay: 5000 });
  assert.strictEqual(rl.crlfDelay, 5000);
  const lines = collect(rl);
  input.emit('data', 'x\r');
  input.emit('data', '\ny\n');
  assert.deepStrictEqual(lines, ['x', 'y']);
  assert.strictEqual(readline.createInterface({ input: fakeInput(), crlfDelay: 10 }).crlfDelay, 100);
  rl.close();
});

test('defaults and accessors', () => {
  const input = fakeInput();
  const rl = readline.createInterface({ input });
  assert.strictEqual(rl.terminal, false);
  assert.strictEqual(rl.getPrompt(), '> ');
  rl.setPrompt('$ ');
  assert.strictEqual(rl.getPrompt(), '$ ');
  assert.strictEqual(rl.historySize, 30);
  assert.strictEqual(rl.crlfDelay, 100);
  assert.strictEqual(rl.line, '');
  assert.strictEqual(rl.columns, Infinity);
  assert.strictEqual(rl.input, input);
  assert.ok(rl instanceof EventEmitter);
  assert.ok(rl instanceof readline.Interface);
  // Works without `new`, and with positional arguments.
  const rl2 = readline.Interface(fakeInput(), fakeOutput(false));
  assert.ok(rl2 instanceof readline.Interface);
  assert.strictEqual(rl2.terminal, false);
  rl.close();
  rl2.close();
});

test('pause, resume and close events', () => {
  const input = fakeInput();
  const rl = readline.createInterface({ input });
  const events = [];
  for (const e of ['pause', 'resume', 'close']) rl.on(e, () => events.push(e));
  rl.pause();
  assert.strictEqual(input.paused, true);
  rl.pause();
  rl.resume();
  assert.strictEqual(input.paused, false);
  rl.close();
  rl.close();
  assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'close']);
  assert.throws(() => rl.question('q', () => {}), { code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed' });
});

test('question and prompt write to the output', () => {
  const input = fakeInput();
  const output = fakeOutput(false);
  const rl = readline.createInterface({ input, output, prompt: 'P> ' });
  const lines = collect(rl);
  rl.prompt();
  assert.strictEqual(output.data, 'P> ');
  let answer;
  rl.question('name? ', (a) => { answer = a; });
  assert.strictEqual(output.data, 'P> name? ');
  input.emit('data', 'Ada\nnext\n');
  assert.strictEqual(answer, 'Ada');
  assert.deepStrictEqual(lines, ['next']);
  assert.strictEqual(rl.getPrompt(), 'P> ');
  rl.write('written\n');
  assert.deepStrictEqual(lines, ['next', 'written']);
  rl.close();
});

test('question with an aborted signal', async () => {
  const input = fakeInput();
  const rl = readline.createInterface({ input, output: fakeOutput(false) });
  const ac = new AbortController();
  let called = false;
  rl.question('q? ', { signal: ac.signal }, () => { called = true; });
  ac.abort();
  input.emit('data', 'late\n');
  assert.strictEqual(called, false);
  const { promisify } = require('node:util');
  const ask = promisify(rl.question).bind(rl);
  const p = ask('again? ');
  input.emit('data', 'yes\n');
  assert.strictEqual(await p, 'yes');
  await assert.rejects(ask('x', { signal: AbortSignal.abort() }), { name: 'AbortError', code: 'ABORT_ERR' });
  rl.close();
});

test('history is kept only on terminals; history option validation', () => {
  assert.throws(() => readline.createInterface({ input: fakeInput(), historySize: -1 }),
    { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => readline.createInterface({ input: fakeInput(), completer: 5 }),
    { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'completer' is invalid. Received 5" });
  assert.throws(() => readline.createInterface({ input: fakeInput(), tabSize: 0 }),
    { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => readline.createInterface({ input: fakeInput(), escapeCodeTimeout: 'x' }),
    { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => readline.createInterface({ input: fakeInput(), history: 'x' }),
    { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => readline.createInterface({ input: fakeInput(), signal: 'x' }),
    { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
});

test('signal closes the interface', async () => {
  const ac = new AbortController();
  const rl = readline.createInterface({ input: fakeInput(), signal: ac.signal });
  const closed = new Promise((resolve) => rl.on('close', resolve));
  ac.abort();
  await closed;
  assert.strictEqual(rl.closed, true);
  const rl2 = readline.createInterface({ input: fakeInput(), signal: AbortSignal.abort() });
  await new Promise((resolve) => rl2.on('close', resolve));
});

test('errors of the input are re-emitted', () => {
  const input = fakeInput();
  const rl = readline.createInterface({ input });
  let seen;
  rl.on('error', (e) => { seen = e; });
  const err = new Error('boom');
  input.emit('error', err);
  assert.strictEqual(seen, err);
  rl.close();
});

test('for await reads every line, then ends at close', async () => {
  const input = fakeInput();
  const rl = readline.createInterface({ input });
  setImmediate(() => {
    input.emit('data', 'one\ntwo\n');
    input.emit('data', 'three');
    input.emit('end');
  });
  const got = [];
  for await (const line of rl) got.push(line);
  assert.deepStrictEqual(got, ['one', 'two', 'three']);
});

test('cursor helpers write ANSI sequences', async () => {
  const out = fakeOutput(false);
  assert.strictEqual(readline.cursorTo(out, 3), true);
  readline.cursorTo(out, 3, 4);
  readline.moveCursor(out, -2, 3);
  readline.moveCursor(out, 5, -1);
  readline.moveCursor(out, 0, 0);
  readline.clearLine(out, -1);
  readline.clearLine(out, 1);
  readline.clearLine(out, 0);
  readline.clearScreenDown(out);
  assert.strictEqual(out.data, '\x1b[4G\x1b[5;4H\x1b[2D\x1b[3B\x1b[5C\x1b[1A\x1b[1K\x1b[0K\x1b[2K\x1b[0J');
  assert.throws(() => readline.cursorTo(out, undefined, 2), { code: 'ERR_INVALID_CURSOR_POS' });
  assert.throws(() => readline.cursorTo(out, NaN), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => readline.clearLine(out, 0, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(readline.cursorTo(null, 1), true);
  await new Promise((resolve) => readline.clearScreenDown(null, resolve));
  await new Promise((resolve) => readline.moveCursor(out, 1, 0, resolve));
});

test('readline.promises is readline/promises', () => {
  assert.strictEqual(readline.promises, require('node:readline/promises'));
});

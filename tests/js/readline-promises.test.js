'use strict';
// node:readline/promises: question() returning promises, and the Readline class.
const test = require('node:test');
const assert = require('node:assert');
const EventEmitter = require('node:events');
const readlinePromises = require('node:readline/promises');

function fakeInput() {
  const input = new EventEmitter();
  input.pause = () => input;
  input.resume = () => input;
  return input;
}
function fakeOutput() {
  const out = new EventEmitter();
  out.data = '';
  out.writable = true;
  out.write = (s, cb) => { out.data += s; if (typeof cb === 'function') process.nextTick(cb); return true; };
  return out;
}

test('question resolves with the next line', async () => {
  const input = fakeInput();
  const output = fakeOutput();
  const rl = readlinePromises.createInterface({ input, output });
  assert.ok(rl instanceof readlinePromises.Interface);
  const p = rl.question('Name? ');
  assert.strictEqual(output.data, 'Name? ');
  input.emit('data', 'Grace\n');
  assert.strictEqual(await p, 'Grace');
  rl.close();
  await assert.rejects(rl.question('again'), { code: 'ERR_USE_AFTER_CLOSE' });
});

test('question with a signal rejects with AbortError', async () => {
  const input = fakeInput();
  const rl = readlinePromises.createInterface({ input, output: fakeOutput() });
  await assert.rejects(rl.question('q', { signal: AbortSignal.abort('why') }),
    (err) => err.name === 'AbortError' && err.code === 'ABORT_ERR' && err.cause === 'why');
  const ac = new AbortController();
  const p = rl.question('q', { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError' });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  input.emit('data', 'after\n');
  assert.deepStrictEqual(lines, ['after']);
  await assert.rejects(rl.question('q', { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  rl.close();
});

test('Readline queues actions until commit', async () => {
  const out = fakeOutput();
  const r = new readlinePromises.Readline(out);
  assert.strictEqual(r.cursorTo(0).moveCursor(2, -1).clearLine(0).clearScreenDown(), r);
  assert.strictEqual(out.data, '');
  await r.commit();
  assert.strictEqual(out.data, '\x1b[1G\x1b[2C\x1b[1A\x1b[2K\x1b[0J');
  out.data = '';
  r.cursorTo(1, 2).clearLine(-1).clearLine(1).rollback();
  await r.commit();
  assert.strictEqual(out.data, '');
  r.cursorTo(1, 2).clearLine(-1).clearLine(1).moveCursor(0, 0);
  await r.commit();
  assert.strictEqual(out.data, '\x1b[3;2H\x1b[1K\x1b[0K');
  assert.throws(() => r.cursorTo('1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => r.clearLine(2), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => new readlinePromises.Readline({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new readlinePromises.Readline({ writable: false, write() {}, on() {} }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new readlinePromises.Readline(out, { autoCommit: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('Readline autoCommit writes on the next tick', async () => {
  const out = fakeOutput();
  const r = new readlinePromises.Readline(out, { autoCommit: true });
  r.moveCursor(-3, 2);
  assert.strictEqual(out.data, '');
  await new Promise((resolve) => process.nextTick(resolve));
  assert.strictEqual(out.data, '\x1b[3D\x1b[2B');
});

test('for await over a promises interface', async () => {
  const input = fakeInput();
  const rl = readlinePromises.createInterface({ input, crlfDelay: Infinity });
  process.nextTick(() => { input.emit('data', 'a\r\nb\n'); input.emit('end'); });
  const got = [];
  for await (const l of rl) got.push(l);
  assert.deepStrictEqual(got, ['a', 'b']);
});

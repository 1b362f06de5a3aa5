'use strict';
// fs.watch, fs.watchFile/unwatchFile and fs.promises.watch: each test makes one change, waits
// (bounded) for the event it must produce, then closes the watcher.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-watch-'));
const p = (...a) => path.join(root, ...a);
test.after(() => fs.rmSync(root, { recursive: true, force: true }));

// Resolves with the first event accepted by `match`; rejects after `ms` without one.
function waitFor(emitter, event, match, ms = 10000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.removeListener(event, on);
      reject(new Error(`no matching '${event}' event within ${ms} ms`));
    }, ms);
    function on(...args) {
      if (!match(...args)) return;
      clearTimeout(timer);
      emitter.removeListener(event, on);
      resolve(args);
    }
    emitter.on(event, on);
  });
}

test('watch a directory: rename and change events name the file', async () => {
  fs.mkdirSync(p('d1'));
  const w = fs.watch(p('d1'));
  assert.ok(w instanceof require('node:events').EventEmitter);
  const created = waitFor(w, 'change', (type, name) => type === 'rename' && name === 'f.txt');
  fs.writeFileSync(p('d1', 'f.txt'), 'a');
  assert.deepStrictEqual(await created, ['rename', 'f.txt']);
  const changed = waitFor(w, 'change', (type, name) => type === 'change' && name === 'f.txt');
  fs.appendFileSync(p('d1', 'f.txt'), 'b');
  assert.deepStrictEqual(await changed, ['change', 'f.txt']);
  const closed = waitFor(w, 'close', () => true);
  w.close();
  await closed;
  w.close();  // a second close is a no-op
});

test('watch a file with the listener argument and buffer encoding', async () => {
  fs.writeFileSync(p('file.txt'), 'x');
  let listener;
  const got = new Promise((resolve) => { listener = (type, name) => resolve([type, name]); });
  const w = fs.watch(p('file.txt'), { encoding: 'buffer' }, listener);
  fs.appendFileSync(p('file.txt'), 'y');
  const [type, name] = await got;
  assert.strictEqual(type, 'change');
  assert.ok(Buffer.isBuffer(name));
  assert.strictEqual(name.toString(), 'file.txt');
  w.close();
});

test('recursive watch reports paths relative to the root, also in new directories', async () => {
  fs.mkdirSync(p('r', 'a', 'b'), { recursive: true });
  const w = fs.watch(p('r'), { recursive: true });
  const deep = path.join('a', 'b', 'x');
  const ev = waitFor(w, 'change', (type, name) => name === deep);
  fs.writeFileSync(p('r', 'a', 'b', 'x'), '1');
  assert.strictEqual((await ev)[1], deep);
  w.close();
});

test('ignore option filters events', async () => {
  fs.mkdirSync(p('ig'));
  const seen = [];
  const w = fs.watch(p('ig'), { ignore: ['*.log', /^skip/] }, (type, name) => seen.push(name));
  const ev = waitFor(w, 'change', (type, name) => name === 'keep.txt');
  fs.writeFileSync(p('ig', 'a.log'), '');
  fs.writeFileSync(p('ig', 'skip-me'), '');
  fs.writeFileSync(p('ig', 'keep.txt'), '');
  await ev;
  assert.ok(!seen.includes('a.log'));
  assert.ok(!seen.includes('skip-me'));
  w.close();
});

test('watch errors', () => {
  assert.throws(() => fs.watch(p('missing')), (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'watch');
    assert.strictEqual(err.path, p('missing'));
    assert.strictEqual(err.filename, p('missing'));
    assert.strictEqual(err.message, `ENOENT: no such file or directory, watch '${p('missing')}'`);
    return true;
  });
  assert.throws(() => fs.watch(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.watch(root, { recursive: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.watch(root, { encoding: 'nope' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => fs.watch(root, { ignore: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('ref/unref return the watcher; an aborted signal closes it', async () => {
  const w = fs.watch(root);
  assert.strictEqual(w.unref(), w);
  assert.strictEqual(w.ref(), w);
  w.close();
  const ac = new AbortController();
  const w2 = fs.watch(root, { signal: ac.signal });
  const closed = waitFor(w2, 'close', () => true);
  ac.abort();
  await closed;
  const w3 = fs.watch(root, { signal: AbortSignal.abort() });
  await waitFor(w3, 'close', () => true);
});

test('watchFile reports curr and prev Stats; unwatchFile stops it', async () => {
  fs.writeFileSync(p('polled'), '1');
  const first = new Promise((resolve) => {
    fs.watchFile(p('polled'), { interval: 20 }, function listener(curr, prev) {
      resolve([curr, prev, this]);
    });
  });
  await new Promise((r) => setTimeout(r, 50));
  fs.writeFileSync(p('polled'), '12345');
  const [curr, prev, watcher] = await first;
  assert.ok(curr instanceof fs.Stats);
  assert.ok(prev instanceof fs.Stats);
  assert.strictEqual(curr.size, 5);
  assert.strictEqual(prev.size, 1);
  const stopped = waitFor(watcher, 'stop', () => true);
  fs.unwatchFile(p('polled'));
  await stopped;
});

test('watchFile on a missing file reports zeroed stats once, then the creation', async () => {
  const events = [];
  const created = new Promise((resolve) => {
    fs.watchFile(p('later'), { interval: 20, bigint: true }, (curr, prev) => {
      events.push([curr, prev]);
      if (curr.nlink > 0n) resolve();
    });
  });
  await new Promise((r) => setTimeout(r, 60));
  fs.writeFileSync(p('later'), 'now');
  await created;
  fs.unwatchFile(p('later'));
  const [curr, prev] = events.at(-1);
  assert.strictEqual(typeof curr.size, 'bigint');
  assert.strictEqual(curr.size, 3n);
  assert.strictEqual(prev.nlink, 0n);
  assert.strictEqual(events[0][0].nlink, 0n);
});

test('watchFile shares one StatWatcher per file; errors', () => {
  const l1 = () => {};
  const l2 = () => {};
  const a = fs.watchFile(p('shared'), l1);
  const b = fs.watchFile(p('shared'), { interval: 10 }, l2);
  assert.strictEqual(a, b);
  assert.strictEqual(a.listenerCount('change'), 2);
  fs.unwatchFile(p('shared'), l1);
  assert.strictEqual(a.listenerCount('change'), 1);
  fs.unwatchFile(p('shared'));
  assert.strictEqual(a.listenerCount('change'), 0);
  fs.unwatchFile(p('never-watched'));
  assert.throws(() => fs.watchFile(root), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.watchFile(root, { interval: 'x' }, l1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "interval" argument must be of type number. Received type string (\'x\')',
  });
  assert.throws(() => fs.unwatchFile(5), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('fs.promises.watch yields events and ends on abort', async () => {
  fs.mkdirSync(p('pw'));
  const ac = new AbortController();
  const it = fs.promises.watch(p('pw'), { signal: ac.signal });
  const next = it.next();
  setTimeout(() => fs.writeFileSync(p('pw', 'n'), ''), 50);
  const { value, done } = await next;
  assert.strictEqual(done, false);
  assert.deepStrictEqual({ ...value }, { eventType: 'rename', filename: 'n' });
  assert.strictEqual(Object.getPrototypeOf(value), null);
  ac.abort();
  await assert.rejects(it.next(), { name: 'AbortError', code: 'ABORT_ERR' });
  await assert.rejects(async () => {
    for await (const _ of fs.promises.watch(root, { signal: AbortSignal.abort() })) { /* none */ }
  }, { name: 'AbortError' });
});

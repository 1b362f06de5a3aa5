'use strict';
// fs.ReadStream / fs.WriteStream: data, ranges, counters, sources and errors.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { once } = require('node:events');
const { pipeline } = require('node:stream/promises');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-streams-'));
const p = (...a) => path.join(root, ...a);
test.after(() => fs.rmSync(root, { recursive: true, force: true }));

const data = Buffer.alloc(200000);
for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 255;
fs.writeFileSync(p('data.bin'), data);

async function readAll(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks);
}

test('reads the whole file in highWaterMark chunks', async () => {
  const r = fs.createReadStream(p('data.bin'), { highWaterMark: 65536 });
  assert.strictEqual(r.pending, true);
  const sizes = [];
  r.on('data', (c) => sizes.push(c.length));
  await once(r, 'open');
  assert.strictEqual(r.pending, false);
  await once(r, 'close');
  assert.deepStrictEqual(sizes, [65536, 65536, 65536, 200000 - 3 * 65536]);
  assert.strictEqual(r.bytesRead, 200000);
  assert.strictEqual(r.fd, null);
});

test('start and end are inclusive byte positions', async () => {
  const got = await readAll(fs.createReadStream(p('data.bin'), { start: 10, end: 19 }));
  assert.deepStrictEqual(got, data.subarray(10, 20));
  const tail = await readAll(fs.createReadStream(p('data.bin'), { start: 199990 }));
  assert.deepStrictEqual(tail, data.subarray(199990));
});

test('open and ready come before data; close after end', async () => {
  const order = [];
  const r = fs.createReadStream(p('data.bin'), { end: 0 });
  for (const e of ['open', 'ready', 'data', 'end', 'close']) r.on(e, () => order.push(e));
  await once(r, 'close');
  assert.deepStrictEqual(order, ['open', 'ready', 'data', 'end', 'close']);
});

test('a missing file errors with open ENOENT, then closes', async () => {
  const r = fs.createReadStream(p('missing'));
  const closed = new Promise((resolve) => r.on('close', resolve));
  const [err] = await once(r, 'error');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, p('missing'));
  await closed;
});

test('write stream: bytesWritten, flags, start', async () => {
  const w = fs.createWriteStream(p('out.txt'));
  w.write('hello ');
  w.write(Buffer.from('world'));
  w.end();
  await once(w, 'close');
  assert.strictEqual(w.bytesWritten, 11);
  assert.strictEqual(fs.readFileSync(p('out.txt'), 'utf8'), 'hello world');
  const w2 = fs.createWriteStream(p('out.txt'), { flags: 'r+', start: 6 });
  w2.end('WORLD');
  await once(w2, 'close');
  assert.strictEqual(fs.readFileSync(p('out.txt'), 'utf8'), 'hello WORLD');
  const w3 = fs.createWriteStream(p('out.txt'), { flags: 'a' });
  w3.end('!');
  await once(w3, 'close');
  assert.strictEqual(fs.readFileSync(p('out.txt'), 'utf8'), 'hello WORLD!');
});

test('pipeline copies a file', async () => {
  await pipeline(fs.createReadStream(p('data.bin')), fs.createWriteStream(p('copy.bin')));
  assert.deepStrictEqual(fs.readFileSync(p('copy.bin')), data);
});

test('fd and FileHandle sources', async () => {
  const fd = fs.openSync(p('data.bin'), 'r');
  const got = await readAll(fs.createReadStream(null, { fd, start: 5, end: 9, autoClose: false }));
  assert.deepStrictEqual(got, data.subarray(5, 10));
  fs.closeSync(fd);
  const fh = await fs.promises.open(p('data.bin'));
  const viaHandle = await readAll(fh.createReadStream({ end: 99 }));
  assert.deepStrictEqual(viaHandle, data.subarray(0, 100));
  assert.strictEqual(fh.fd, -1);  // autoClose closed the FileHandle
});

test('the fs option replaces the file operations', async () => {
  const calls = [];
  const w = fs.createWriteStream(p('custom.txt'), {
    fs: {
      open(...args) { calls.push('open'); return fs.open(...args); },
      write(...args) { calls.push('write'); return fs.write(...args); },
      close(...args) { calls.push('close'); return fs.close(...args); },
    },
  });
  w.end('x');
  await once(w, 'close');
  assert.deepStrictEqual(calls, ['open', 'write', 'close']);
});

test('argument errors', () => {
  assert.throws(() => fs.createReadStream(p('data.bin'), { start: 5, end: 2 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
  });
  assert.throws(() => fs.createReadStream(p('data.bin'), { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.createReadStream(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.createReadStream(p('data.bin'), { fd: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.createWriteStream(p('x'), { fs: { open() {}, close() {} } }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.fs.write" property must be of type function. Received undefined',
  });
  assert.throws(() => fs.createWriteStream(p('x'), { flush: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.ok(!fs.existsSync(p('x')));
});

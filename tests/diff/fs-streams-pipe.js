'use strict';
// fs streams used together: pipe and pipeline of a larger file, backpressure with small
// buffers, destroy while reading, errors from a custom fs, write after end, emitClose,
// async iteration, fs.promises FileHandle streams.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsx-p-'));
const src = path.join(dir, 'src.bin');
const big = Buffer.alloc(300000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 8)) & 255;
fs.writeFileSync(src, big);

function step(name, fn) { return new Promise((res) => fn(res)).then(() => console.log('--', name, 'done')); }

async function main() {
  await step('pipe', (done) => {
    const r = fs.createReadStream(src, { highWaterMark: 50000 });
    const w = fs.createWriteStream(path.join(dir, 'copy1'), { highWaterMark: 1000 });
    let chunks = 0;
    r.on('data', () => chunks++);
    r.pipe(w);
    w.on('finish', () => console.log('finish', w.bytesWritten, chunks));
    w.on('close', () => {
      console.log('same', Buffer.compare(fs.readFileSync(path.join(dir, 'copy1')), big) === 0, r.bytesRead);
      done();
    });
  });
  await step('pipeline', (done) => {
    pipeline(fs.createReadStream(src, { start: 1000, end: 250999 }),
             fs.createWriteStream(path.join(dir, 'copy2')), (err) => {
               const got = fs.readFileSync(path.join(dir, 'copy2'));
               console.log('pipeline', err, got.length, Buffer.compare(got, big.subarray(1000, 251000)) === 0);
               done();
             });
  });
  await step('pipeline error', (done) => {
    pipeline(fs.createReadStream(path.join(dir, 'none')),
             fs.createWriteStream(path.join(dir, 'copy3')), (err) => {
               console.log('pipeline err', err.code, err.syscall, fs.existsSync(path.join(dir, 'copy3')));
               done();
             });
  });
  await step('write backpressure', (done) => {
    const w = fs.createWriteStream(path.join(dir, 'bp'), { highWaterMark: 4 });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(w.write('ab'));
    console.log('write returns', results, w.writableLength, w.writableNeedDrain);
    w.on('drain', () => { console.log('drain', w.writableLength); w.end(); });
    w.on('close', () => { console.log('bp', fs.readFileSync(path.join(dir, 'bp'), 'latin1')); done(); });
  });
  await step('destroy while reading', (done) => {
    const r = fs.createReadStream(src, { highWaterMark: 1000 });
    let n = 0;
    r.on('data', () => { if (++n === 3) r.destroy(); });
    r.on('end', () => console.log('end (unexpected)'));
    r.on('close', () => { console.log('destroyed after', n, r.bytesRead, r.destroyed); done(); });
  });
  await step('destroy with error', (done) => {
    const r = fs.createReadStream(src);
    r.on('error', (e) => console.log('error', e.message));
    r.on('close', () => { console.log('closed', r.destroyed); done(); });
    r.destroy(new Error('boom'));
  });
  await step('custom read error', (done) => {
    const r = fs.createReadStream(src, { fs: {
      open: fs.open, close: fs.close,
      read(fd, buf, off, len, pos, cb) { process.nextTick(cb, Object.assign(new Error('read failed'), { code: 'EIO' })); },
    } });
    r.on('error', (e) => console.log('error', e.code, e.message));
    r.on('data', () => console.log('data (unexpected)'));
    r.on('close', () => { console.log('close'); done(); });
  });
  await step('custom close error', (done) => {
    const r = fs.createReadStream(src, { start: 0, end: 9, fs: {
      open: fs.open, read: fs.read,
      close(fd, cb) { fs.close(fd, () => cb(new Error('close failed'))); },
    } });
    r.resume();
    r.on('end', () => console.log('end'));
    r.on('error', (e) => console.log('error', e.message));
    r.on('close', () => { console.log('close'); done(); });
  });
  await step('write after end', (done) => {
    const w = fs.createWriteStream(path.join(dir, 'wae'));
    w.end('x');
    w.write('y', (e) => console.log('cb', e.code));
    w.on('error', (e) => console.log('error', e.code, e.message));
    w.on('close', () => { console.log('close', fs.readFileSync(path.join(dir, 'wae'), 'utf8')); done(); });
  });
  await step('emitClose false', (done) => {
    const w = fs.createWriteStream(path.join(dir, 'ec'), { emitClose: false });
    w.on('close', () => console.log('close (unexpected)'));
    w.end('data', () => { console.log('finished', w.closed); setImmediate(done); });
  });
  await step('autoClose false', (done) => {
    const w = fs.createWriteStream(path.join(dir, 'ac'), { autoClose: false });
    w.on('finish', () => console.log('finish', typeof w.fd, w.autoClose));
    w.on('close', () => { console.log('close', w.fd); done(); });
    w.end('z');
    w.on('finish', () => w.destroy());
  });
  await step('async iterate', async (done) => {
    const r = fs.createReadStream(src, { highWaterMark: 100000 });
    let total = 0;
    for await (const c of r) total += c.length;
    console.log('iterated', total);
    done();
  });
  await step('write strings and buffers', (done) => {
    const w = fs.createWriteStream(path.join(dir, 'mix'), { encoding: 'latin1' });
    w.write('é');
    w.write('abc', 'hex');
    w.write(new Uint8Array([65, 66]));
    w.end();
    w.on('close', () => { console.log('mix', [...fs.readFileSync(path.join(dir, 'mix'))]); done(); });
  });
  await step('ready before data', (done) => {
    const order = [];
    const r = fs.createReadStream(src, { end: 4 });
    r.on('open', () => order.push('open'));
    r.on('ready', () => order.push('ready'));
    r.on('data', () => order.push('data'));
    r.on('end', () => order.push('end'));
    r.on('close', () => { console.log(order.join(' ')); done(); });
  });
  await step('filehandle close ends stream', async (done) => {
    const fh = await fs.promises.open(src);
    const r = fh.createReadStream({ highWaterMark: 10 });
    r.on('close', () => { console.log('stream closed', fh.fd); done(); });
    r.once('data', () => r.destroy());
  });
  fs.rmSync(dir, { recursive: true });
}
main();

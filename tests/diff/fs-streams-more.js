'use strict';
// fs streams: subclass open(), flush, signal, close without data, destroySoon, autoClose, ranges.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsx-s5-'));
const f = path.join(dir, 'a');
fs.writeFileSync(f, 'abcdef');
class MyRead extends fs.ReadStream {
  open() { console.log('custom open'); fs.open(this.path, 'r', (e, fd) => { this.fd = fd; this.emit('open', fd); this.emit('ready'); }); }
}
(async () => {
  await new Promise((res) => { const r = new MyRead(f); r.on('data', (c) => console.log('data', String(c))); r.on('open', () => console.log('open ev')); r.on('close', res); });
  await new Promise((res) => { const calls = []; const w = fs.createWriteStream(path.join(dir, 'fl'), { flush: true, fs: { open: fs.open, write: fs.write, close: fs.close, fsync(fd, cb) { calls.push('fsync'); fs.fsync(fd, cb); } } }); w.end('x'); w.on('close', () => { console.log('flush', calls); res(); }); });
  await new Promise((res) => { const ac = new AbortController(); const r = fs.createReadStream(f, { signal: ac.signal }); r.on('error', (e) => console.log('abort', e.name, e.code)); r.on('close', res); ac.abort(); });
  await new Promise((res) => { const w = fs.createWriteStream(path.join(dir, 'c')); w.close(() => { console.log('closed without data', w.bytesWritten, fs.readFileSync(path.join(dir, 'c'), 'utf8') === ''); res(); }); });
  await new Promise((res) => { const w = fs.createWriteStream(path.join(dir, 'c2')); w.write('a'); w.destroySoon(); w.on('close', () => { console.log('destroySoon', fs.readFileSync(path.join(dir, 'c2'), 'utf8')); res(); }); });
  const r = fs.createReadStream(f); console.log('autoClose', r.autoClose); r.autoClose = false; console.log(r.autoClose, r._readableState.autoDestroy); r.destroy();
  await new Promise((res) => { const r2 = fs.createReadStream(f, { start: 2, end: 2 }); r2.on('data', (c) => console.log('one byte', String(c))); r2.on('close', res); });
  await new Promise((res) => { const r2 = fs.createReadStream(f, { start: 10 }); r2.on('data', (c) => console.log('past end', String(c))); r2.on('end', () => console.log('end past')); r2.on('close', res); });
  fs.rmSync(dir, { recursive: true });
})();

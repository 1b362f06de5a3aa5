'use strict';
// fs.ReadStream / fs.WriteStream: events and their order, ranges, flags, fd and FileHandle
// sources, the fs option, argument errors, open/read errors.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsx-s-'));
const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'hello world 0123456789');
function ev(s, name) {
  for (const e of ['open', 'ready', 'close', 'end', 'finish', 'error']) s.on(e, (a) => console.log(name, e, e === 'error' ? a.code : (e === 'open' ? typeof a : '')));
}
async function main() {
  await new Promise((res) => {
    const r = fs.createReadStream(f, { start: 2, end: 8, highWaterMark: 3 });
    console.log('pending', r.pending, r.path === f, r.flags, r.mode, r.start, r.end, r.autoClose);
    ev(r, 'r1');
    r.on('data', (c) => console.log('data', JSON.stringify(c.toString()), r.bytesRead));
    r.on('close', () => { console.log('bytesRead', r.bytesRead, r.pending, r.fd); res(); });
  });
  await new Promise((res) => {
    const r = fs.createReadStream(f, { end: 3 });
    r.on('data', (c) => console.log('hex', c));
    r.on('close', res);
  });
  await new Promise((res) => {
    const r = fs.createReadStream(path.join(dir, 'missing'));
    ev(r, 'r2');
    r.on('close', res);
  });
  await new Promise((res) => {
    const w = fs.createWriteStream(path.join(dir, 'w.txt'));
    ev(w, 'w1');
    console.log('w pending', w.pending, w.flags, w.bytesWritten);
    w.write('abc');
    w.write(Buffer.from('def'));
    w.end('ghi', () => console.log('end cb', w.bytesWritten));
    w.on('close', () => { console.log('content', fs.readFileSync(path.join(dir, 'w.txt'), 'utf8')); res(); });
  });
  await new Promise((res) => {
    const w = fs.createWriteStream(path.join(dir, 'w.txt'), { flags: 'r+', start: 3 });
    w.end('XYZ');
    w.on('close', () => { console.log('content2', fs.readFileSync(path.join(dir, 'w.txt'), 'utf8')); res(); });
  });
  await new Promise((res) => {
    const w = fs.createWriteStream(path.join(dir, 'w.txt'), { flags: 'a' });
    w.cork(); w.write('1'); w.write('2'); w.write('3'); process.nextTick(() => w.uncork());
    w.close(() => { console.log('content3', fs.readFileSync(path.join(dir, 'w.txt'), 'utf8'), w.bytesWritten); res(); });
  });
  await new Promise((res) => {
    const fd = fs.openSync(f, 'r');
    const r = fs.createReadStream(null, { fd, autoClose: false });
    ev(r, 'r3');
    let s = '';
    r.on('data', (c) => { s += c; });
    r.on('end', () => { console.log('fd read', s, r.pending); fs.closeSync(fd); res(); });
  });
  await new Promise((res) => {
    const calls = [];
    const r = fs.createReadStream(f, { fs: {
      open(p, fl, m, cb) { calls.push('open ' + fl + ' ' + m.toString(8)); fs.open(p, fl, m, cb); },
      read(...a) { calls.push('read ' + a[3] + ' ' + a[4]); fs.read(...a); },
      close(fd, cb) { calls.push('close'); fs.close(fd, cb); },
    }, highWaterMark: 100 });
    r.resume();
    r.on('close', () => { console.log(calls); res(); });
  });
  await new Promise((res) => {
    const calls = [];
    const w = fs.createWriteStream(path.join(dir, 'v.txt'), { fs: {
      open(p, fl, m, cb) { calls.push('open ' + fl); fs.open(p, fl, m, cb); },
      writev(fd, bufs, pos, cb) { calls.push('writev ' + bufs.length + ' ' + pos); fs.writev(fd, bufs, pos, cb); },
      close(fd, cb) { calls.push('close'); fs.close(fd, cb); },
    } });
    w.write('a'); w.write('b'); w.end('c');
    w.on('close', () => { console.log(calls, fs.readFileSync(path.join(dir, 'v.txt'), 'utf8')); res(); });
  });
  for (const [p, o] of [[f, { start: -1 }], [f, { start: 5, end: 2 }], [f, { end: 'x' }], [123, {}], [f, { fd: 'x' }], [f, { fs: { open: 1 } }], [f, { flags: 'zz' }], [f, { highWaterMark: -1 }], [f, 5]]) {
    try { const s = fs.createReadStream(p, o); s.on('error', (e) => console.log('async err', e.code)); s.destroy(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  for (const [p, o] of [[f, { start: -1 }], [f, { fs: { open() {}, close() {} } }], [f, { flush: 1 }], [f, { fd: 1.5 }]]) {
    try { const s = fs.createWriteStream(p, o); s.destroy(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  await new Promise((res) => {
    const w = fs.createWriteStream(path.join(dir, 'nodir', 'x'));
    ev(w, 'w4');
    w.write('x', (e) => console.log('write cb', e && e.code));
    w.on('close', res);
  });
  await new Promise((res) => {
    const r = fs.createReadStream(dir);
    ev(r, 'r5');
    r.resume();
    r.on('close', res);
  });
  const fh = await fs.promises.open(f);
  await new Promise((res) => {
    const r = fh.createReadStream({ start: 6 });
    let s = '';
    r.on('data', (c) => { s += c; });
    r.on('error', (e) => console.log('fh err', e.message)); r.on('end', () => console.log('fh end', r.bytesRead, r.pos, typeof r.fd)); r.on('close', () => { console.log('fh read', s, fh.fd); res(); });
  });
  const fh2 = await fs.promises.open(path.join(dir, 'fh.txt'), 'w');
  await new Promise((res) => {
    const w = fh2.createWriteStream();
    w.end('via filehandle');
    w.on('close', () => { console.log('fh write', fs.readFileSync(path.join(dir, 'fh.txt'), 'utf8'), fh2.fd); res(); });
  });
  const rs = fs.createReadStream(f);
  rs.close((err) => console.log('closed early', err && err.code, rs.destroyed));
  await new Promise((r) => setTimeout(r, 50));
  console.log(typeof fs.ReadStream, fs.createReadStream(f).destroy() instanceof fs.ReadStream, fs.ReadStream === fs.FileReadStream);
  const ws = fs.WriteStream(path.join(dir, 'y'));
  console.log(ws instanceof fs.WriteStream);
  ws.destroy();
  await new Promise((r) => setTimeout(r, 20));
  fs.rmSync(dir, { recursive: true });
}
main();

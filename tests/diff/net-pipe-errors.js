'use strict';
// Unix-domain socket errors: a path too long for sockaddr_un, a path that exists, a missing
// socket, a directory that does not exist (paths masked).
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-pipe-'));
const mask = (s) => String(s).split(dir).join('DIR');
const report = (label, e) => console.log(label, e.code, e.syscall, mask(e.message), mask(e.address), e.port);

const steps = [
  (next) => {
    const c = net.connect(path.join(dir, 'x'.repeat(120)));
    c.on('error', (e) => { report('connect long', e); next(); });
  },
  (next) => {
    const s = net.createServer();
    s.on('error', (e) => { report('listen long', e); next(); });
    s.listen(path.join(dir, 'y'.repeat(120)));
  },
  (next) => {
    const file = path.join(dir, 'file');
    fs.writeFileSync(file, '');
    const s = net.createServer();
    s.on('error', (e) => { report('listen existing', e); next(); });
    s.listen(file);
  },
  (next) => {
    const c = net.connect(path.join(dir, 'missing.sock'));
    c.on('error', (e) => { report('connect missing', e); next(); });
  },
  (next) => {
    const file = path.join(dir, 'file');
    const c = net.connect(file);
    c.on('error', (e) => { report('connect not a socket', e); next(); });
  },
  (next) => {
    const s = net.createServer();
    s.on('error', (e) => { report('listen no dir', e); next(); });
    s.listen(path.join(dir, 'nodir', 'a.sock'));
  },
];

(function run(i) {
  if (i === steps.length) {
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }
  steps[i](() => run(i + 1));
})(0);

'use strict';
// node:tls differential: the 'keylog' event on client sockets, on tls.Server (line, socket) and
// on a server-side TLSSocket made over a net.Socket — NSS key-log lines as Buffers ending in
// '\n', their labels in order and their number per handshake, for TLS 1.3 and 1.2, with and
// without session resumption, through a renegotiation, over a JS stream pair and with TLS-PSK.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', name));
const serverCreds = { key: fixture('server.key'), cert: fixture('server.crt') };
const ca = fixture('ca.crt');

function describe(lines) {
  const randoms = new Set();
  const out = lines.map((line) => {
    const text = line.toString('latin1');
    const [label, random, secret] = text.trimEnd().split(' ');
    randoms.add(random);
    return `${label}/${random.length}/${secret.length}/${Buffer.isBuffer(line)}/${text.endsWith('\n')}`;
  });
  return `${out.join(' ')} randoms=${randoms.size}`;
}

async function handshakes(maxVersion, count) {
  const server = tls.createServer({ ...serverCreds, maxVersion }, (s) => s.end('bye'));
  const serverLines = [];
  let sameSocket = true;
  server.on('keylog', (line, socket) => {
    serverLines.push(line);
    if (!(socket instanceof tls.TLSSocket)) sameSocket = false;
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const clientLines = [];
  let session;
  for (let i = 0; i < count; i++) {
    await new Promise((resolve) => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca, servername: 'localhost', session });
      c.on('keylog', (line) => clientLines.push(line));
      c.on('session', (s) => { session = s; });
      c.resume();
      c.on('close', resolve);
    });
  }
  server.close();
  console.log(maxVersion, 'handshakes', count);
  console.log('  client', describe(clientLines));
  console.log('  server', describe(serverLines), 'socket arg', sameSocket);
  const sorted = (l) => l.map(String).sort().join('');
  console.log('  both sides log the same secrets', sorted(clientLines) === sorted(serverLines));
}

// A TLSSocket made by hand on the server side emits 'keylog' itself.
async function handMadeServerSocket() {
  const lines = [];
  const server = net.createServer((raw) => {
    const s = new tls.TLSSocket(raw, { isServer: true, secureContext: tls.createSecureContext(serverCreds) });
    s.on('keylog', (line) => lines.push(line));
    s.on('secure', () => s.end('bye'));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca, servername: 'localhost' });
    c.resume();
    c.on('close', resolve);
  });
  server.close();
  console.log('hand-made server socket', describe(lines));
}

// A listener added only after the handshake sees nothing of it.
async function lateListener() {
  const server = tls.createServer(serverCreds, (s) => s.end('bye'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const lines = [];
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca, servername: 'localhost' });
    c.on('secureConnect', () => c.on('keylog', (line) => lines.push(line)));
    c.resume();
    c.on('close', resolve);
  });
  server.close();
  console.log('late listener lines', lines.length);
}

// A TLS 1.2 renegotiation logs a second CLIENT_RANDOM on both ends.
async function renegotiation() {
  const server = tls.createServer({ ...serverCreds, maxVersion: 'TLSv1.2' }, (s) => s.on('data', (d) => s.write(d)));
  const serverLabels = [];
  server.on('keylog', (line) => serverLabels.push(String(line).split(' ')[0]));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca, servername: 'localhost' });
  const clientLabels = [];
  c.on('keylog', (line) => clientLabels.push(String(line).split(' ')[0]));
  await new Promise((resolve) => c.on('secureConnect', resolve));
  const err = await new Promise((resolve) => c.renegotiate({}, resolve));
  console.log('renegotiation', err, 'client', clientLabels.join(','), 'server', serverLabels.join(','));
  c.destroy();
  server.close();
}

// Sockets over a JS stream pair (no TCP) and TLS-PSK connections log the same way.
async function overDuplexPair() {
  const [a, b] = require('stream').duplexPair();
  const s = new tls.TLSSocket(a, { isServer: true, secureContext: tls.createSecureContext(serverCreds) });
  const serverLines = [];
  s.on('keylog', (line) => serverLines.push(line));
  const c = tls.connect({ socket: b, ca, servername: 'localhost' });
  const clientLines = [];
  c.on('keylog', (line) => clientLines.push(line));
  s.on('secure', () => s.end('bye'));
  c.resume();
  await new Promise((resolve) => c.on('end', resolve));
  console.log('duplexPair client', describe(clientLines));
  console.log('duplexPair server', describe(serverLines));
  c.destroy();
  s.destroy();
}

async function psk() {
  const key = Buffer.alloc(16, 1);
  const common = { ciphers: 'PSK-AES128-GCM-SHA256', maxVersion: 'TLSv1.2' };
  const server = tls.createServer({ ...common, pskCallback: () => key }, (s) => s.end());
  const serverLines = [];
  server.on('keylog', (line) => serverLines.push(line));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const clientLines = [];
  await new Promise((resolve) => {
    const c = tls.connect({ ...common, port: server.address().port, host: '127.0.0.1',
                            checkServerIdentity: () => undefined, pskCallback: () => ({ psk: key, identity: 'id' }) });
    c.on('keylog', (line) => clientLines.push(line));
    c.resume();
    c.on('close', resolve);
  });
  server.close();
  console.log('psk client', describe(clientLines), 'server', describe(serverLines));
}

(async () => {
  await handshakes('TLSv1.3', 1);
  await handshakes('TLSv1.2', 1);
  await handshakes('TLSv1.3', 2);
  await handshakes('TLSv1.2', 2);
  await handMadeServerSocket();
  await lateListener();
  await renegotiation();
  await overDuplexPair();
  await psk();
})();

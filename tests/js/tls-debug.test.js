'use strict';
// node:tls debugging surface: the 'keylog' event (client sockets, tls.Server's (line, socket),
// only once a listener exists, key-log lines usable by a decoder: the same secrets on both
// ends) and packet tracing (enableTrace option and method; the trace itself goes to stderr and
// is compared with Node's by tests/cli/tls-flags-test.sh).
const test = require('node:test');
const assert = require('node:assert');
const tls = require('node:tls');
const fs = require('node:fs');
const path = require('node:path');
const { once } = require('node:events');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', name));
const serverCreds = { key: fixture('server.key'), cert: fixture('server.crt') };
const clientBase = { host: '127.0.0.1', servername: 'localhost', ca: fixture('ca.crt') };

async function listen(server) {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server.address().port;
}

async function roundTrip(port, options, onSocket = () => {}) {
  const c = tls.connect({ ...clientBase, port, ...options });
  onSocket(c);
  c.resume();
  await once(c, 'close');
  return c;
}

test('keylog: one CLIENT_RANDOM line per TLS 1.2 handshake, five secrets per TLS 1.3 one', async () => {
  for (const [maxVersion, labels] of [
    ['TLSv1.2', ['CLIENT_RANDOM']],
    ['TLSv1.3', ['SERVER_HANDSHAKE_TRAFFIC_SECRET', 'EXPORTER_SECRET', 'SERVER_TRAFFIC_SECRET_0',
      'CLIENT_HANDSHAKE_TRAFFIC_SECRET', 'CLIENT_TRAFFIC_SECRET_0']],
  ]) {
    const server = tls.createServer({ ...serverCreds, maxVersion }, (s) => s.end());
    const serverLines = [];
    const sockets = new Set();
    server.on('keylog', (line, socket) => { serverLines.push(line); sockets.add(socket); });
    const port = await listen(server);
    const clientLines = [];
    await roundTrip(port, {}, (c) => c.on('keylog', (line) => clientLines.push(line)));
    server.close();
    assert.deepStrictEqual(clientLines.map((l) => String(l).split(' ')[0]), labels, maxVersion);
    assert.strictEqual(serverLines.length, labels.length);
    assert.strictEqual(sockets.size, 1);
    assert.ok([...sockets][0] instanceof tls.TLSSocket);
    for (const line of clientLines) {
      assert.ok(Buffer.isBuffer(line));
      // label, the ClientHello random (32 bytes), the secret (48 bytes for the SHA-384 suites)
      assert.match(line.toString('latin1'), /^[A-Z_0-9]+ [0-9a-f]{64} [0-9a-f]{64,96}\n$/);
    }
    const randoms = new Set(clientLines.map((l) => String(l).split(' ')[1]));
    assert.strictEqual(randoms.size, 1);
    assert.deepStrictEqual(clientLines.map(String).sort(), serverLines.map(String).sort());
  }
});

test('keylog: a listener added after the handshake hears nothing; a server without one is not asked', async () => {
  const server = tls.createServer(serverCreds, (s) => {
    assert.strictEqual(s.listenerCount('keylog'), 0);
    s.end();
  });
  const port = await listen(server);
  const lines = [];
  await roundTrip(port, {}, (c) => {
    c.on('secureConnect', () => c.on('keylog', (line) => lines.push(line)));
  });
  server.close();
  assert.strictEqual(lines.length, 0);
});

test('enableTrace: validated as a boolean; the method proxies to the handle', () => {
  assert.throws(() => tls.connect({ port: 1, enableTrace: 'yes' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.enableTrace" property must be of type boolean. Received type string (\'yes\')',
  });
  assert.throws(() => new tls.TLSSocket(null, { enableTrace: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(typeof tls.TLSSocket.prototype.enableTrace, 'function');
  const socket = new tls.TLSSocket();
  assert.strictEqual(socket.enableTrace(), undefined);
  socket.destroy();
  socket._handle = null;
  assert.strictEqual(socket.enableTrace(), null);
});

test('getCertificateCompressionAlgorithms: what the linked OpenSSL offers, usable as certificateCompression', () => {
  const algorithms = tls.getCertificateCompressionAlgorithms();
  assert.ok(Array.isArray(algorithms));
  assert.notStrictEqual(tls.getCertificateCompressionAlgorithms(), algorithms);
  for (const name of algorithms) assert.ok(['zlib', 'brotli', 'zstd'].includes(name), name);
  tls.createSecureContext({ certificateCompression: algorithms });
});

'use strict';
// node:tls certificate checks: the chain (self-signed, unknown issuer, expired, accepted with
// `ca`, rejectUnauthorized: false), the name (checkServerIdentity rules and
// ERR_TLS_CERT_ALTNAME_INVALID), and client certificates (requestCert/rejectUnauthorized).
const test = require('node:test');
const assert = require('node:assert');
const tls = require('node:tls');
const fs = require('node:fs');
const path = require('node:path');
const { once } = require('node:events');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', name));
const ca = fixture('ca.crt');
const creds = (name) => ({ key: fixture(`${name}.key`), cert: fixture(`${name}.crt`) });

async function withServer(options, onConnection, fn) {
  const server = tls.createServer(options, onConnection);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    return await fn(server.address().port, server);
  } finally {
    server.close();
  }
}

// Connects and resolves with { error } or { socket } after the handshake.
function tryConnect(options) {
  return new Promise((resolve) => {
    const c = tls.connect({ host: '127.0.0.1', ...options }, () => resolve({ socket: c }));
    c.on('error', (error) => resolve({ error }));
  });
}

const chainCases = [
  ['self-signed', creds('self-signed'), {}, 'DEPTH_ZERO_SELF_SIGNED_CERT', /^self-signed certificate/],
  ['no issuer', creds('server'), {}, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', /^unable to verify the first certificate/],
  ['expired', creds('expired'), { ca }, 'CERT_HAS_EXPIRED', /^certificate has expired$/],
];

for (const [name, serverOptions, clientOptions, code, message] of chainCases) {
  test(`chain: ${name} is refused with ${code}`, async () => {
    await withServer(serverOptions, (s) => s.end(), async (port) => {
      const { error } = await tryConnect({ port, ...clientOptions });
      assert.strictEqual(error.code, code);
      assert.match(error.message, message);
      // Accepted, but unauthorized, when rejectUnauthorized is false.
      const { socket } = await tryConnect({ port, ...clientOptions, rejectUnauthorized: false });
      assert.strictEqual(socket.authorized, false);
      assert.strictEqual(socket.authorizationError, code);
      socket.destroy();
    });
  });
}

test('chain: self-signed certificate accepted when it is the ca', async () => {
  await withServer(creds('self-signed'), (s) => s.end('ok'), async (port) => {
    const { socket } = await tryConnect({ port, ca: fixture('self-signed.crt') });
    assert.strictEqual(socket.authorized, true);
    socket.destroy();
  });
});

test('name: wrong host refused with ERR_TLS_CERT_ALTNAME_INVALID', async () => {
  await withServer(creds('other'), (s) => s.end(), async (port) => {
    const { error } = await tryConnect({ port, ca, servername: 'localhost' });
    assert.strictEqual(error.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
    assert.strictEqual(error.message, "Hostname/IP does not match certificate's altnames: " +
      "Host: localhost. is not in the cert's altnames: DNS:example.test, DNS:*.example.test");
    assert.strictEqual(error.host, 'localhost');
    assert.strictEqual(error.cert.subject.CN, 'example.test');
    // The wildcard covers one label.
    const ok = await tryConnect({ port, ca, servername: 'www.example.test' });
    assert.strictEqual(ok.socket.authorized, true);
    ok.socket.destroy();
    // An IP host is matched against IP addresses only.
    const ip = await tryConnect({ port, ca });
    assert.strictEqual(ip.error.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
    assert.match(ip.error.message, /IP: 127\.0\.0\.1 is not in the cert's list: $/);
    // A custom check replaces Node's.
    let seen;
    const custom = await tryConnect({
      port, ca, servername: 'localhost',
      checkServerIdentity(host, cert) { seen = [host, cert.subject.CN]; },
    });
    assert.deepStrictEqual(seen, ['localhost', 'example.test']);
    assert.strictEqual(custom.socket.authorized, true);
    custom.socket.destroy();
  });
});

test('checkServerIdentity rules', () => {
  const check = (host, cert) => {
    const err = tls.checkServerIdentity(host, cert);
    return err === undefined ? 'ok' : err.reason;
  };
  const san = (names) => ({ subject: { CN: 'ignored' }, subjectaltname: names });
  assert.strictEqual(check('a.example.com', san('DNS:*.example.com')), 'ok');
  assert.strictEqual(check('A.EXAMPLE.COM.', san('DNS:*.example.com')), 'ok');
  assert.strictEqual(check('b.a.example.com', san('DNS:*.example.com')),
                     "Host: b.a.example.com. is not in the cert's altnames: DNS:*.example.com");
  assert.strictEqual(check('example.com', san('DNS:*.com')), "Host: example.com. is not in the cert's altnames: DNS:*.com");
  assert.strictEqual(check('foo-x.example.com', san('DNS:foo-*.example.com')), 'ok');
  assert.strictEqual(check('xn--x.example.com', san('DNS:xn--*.example.com')),
                     "Host: xn--x.example.com. is not in the cert's altnames: DNS:xn--*.example.com");
  assert.strictEqual(check('10.0.0.1', san('DNS:example.com, IP Address:10.0.0.1')), 'ok');
  assert.strictEqual(check('::1', san('IP Address:0:0:0:0:0:0:0:1')), 'ok');
  assert.strictEqual(check('10.0.0.2', san('IP Address:10.0.0.1')), "IP: 10.0.0.2 is not in the cert's list: 10.0.0.1");
  assert.strictEqual(check('localhost', { subject: { CN: 'localhost' } }), 'ok');
  assert.strictEqual(check('localhost', { subject: { CN: ['x', 'localhost'] } }), 'ok');
  assert.strictEqual(check('localhost', { subject: { CN: 'other' } }), "Host: localhost. is not cert's CN: other");
  assert.strictEqual(check('localhost', { subject: {} }), 'Cert does not contain a DNS name');
  assert.strictEqual(check('a.example.com', san('DNS:"a.example.com"')), 'ok');
  assert.throws(() => tls.checkServerIdentity('x', san('DNS:"bad')), { code: 'ERR_TLS_CERT_ALTNAME_FORMAT' });
  const err = tls.checkServerIdentity('x.test', san('DNS:y.test'));
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(err.host, 'x.test');
});

test('client certificates: required, verified, missing, untrusted, optional', async () => {
  const results = [];
  const server = tls.createServer({ ...creds('server'), requestCert: true, ca }, (s) => {
    const cert = s.getPeerCertificate();
    results.push(['connected', s.authorized, s.authorizationError, cert.subject && cert.subject.CN]);
    s.end('hi');
  });
  server.on('tlsClientError', (err) => results.push(['tlsClientError', err.code]));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = server.address().port;

  const good = await tryConnect({ port, ca, ...creds('client') });
  good.socket.resume();
  await once(good.socket, 'close');
  assert.deepStrictEqual(results.shift(), ['connected', true, null, 'protoJS client']);

  // No certificate: the server refuses it during the handshake (TLS 1.3: after the client
  // already finished, so the client sees the alert as an error).
  const none = tls.connect({ port, host: '127.0.0.1', ca });
  const [err] = await once(none, 'error');
  assert.strictEqual(err.code, 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED');
  await once(none, 'close');
  await new Promise((r) => setImmediate(r));
  assert.deepStrictEqual(results.shift(), ['tlsClientError', 'ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE']);

  // A certificate from an unknown issuer is verified after the handshake and the socket
  // destroyed (reported as a hang-up, since no error was emitted).
  const untrusted = await tryConnect({ port, ca, ...creds('self-signed') });
  untrusted.socket.resume();
  await once(untrusted.socket, 'close');
  await new Promise((r) => setImmediate(r));
  assert.deepStrictEqual(results.shift(), ['tlsClientError', 'ECONNRESET']);
  server.close();

  // With rejectUnauthorized: false the server keeps unverified clients, marked unauthorized.
  await withServer({ ...creds('server'), requestCert: true, rejectUnauthorized: false, ca }, (s) => {
    results.push([s.authorized, s.authorizationError]);
    s.end();
  }, async (p) => {
    for (const options of [{}, creds('self-signed'), creds('client')]) {
      const { socket } = await tryConnect({ port: p, ca, ...options });
      socket.resume();
      await once(socket, 'close');
    }
  });
  assert.deepStrictEqual(results, [
    [false, 'UNABLE_TO_GET_ISSUER_CERT'], [false, 'DEPTH_ZERO_SELF_SIGNED_CERT'], [true, null]]);
});

test('NODE_TLS_REJECT_UNAUTHORIZED=0 is not the default', async () => {
  assert.notStrictEqual(process.env.NODE_TLS_REJECT_UNAUTHORIZED, '0');
  await withServer(creds('self-signed'), (s) => s.end(), async (port) => {
    const { error } = await tryConnect({ port });
    assert.strictEqual(error.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
  });
});

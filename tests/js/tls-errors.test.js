'use strict';
// node:tls errors with Node's codes: bad keys/certificates/options (OpenSSL's reasons as
// ERR_OSSL_* / ERR_SSL_* with library and reason), a plain-text peer on either side, a peer
// that hangs up or never finishes the handshake, protocol version mismatches, bad arguments.
const test = require('node:test');
const assert = require('node:assert');
const tls = require('node:tls');
const net = require('node:net');
const fs = require('node:fs');
const path = require('node:path');
const { once } = require('node:events');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', name));
const serverCreds = { key: fixture('server.key'), cert: fixture('server.crt') };
const ca = fixture('ca.crt');

async function listen(server) {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server.address().port;
}

test('secure context: bad keys and certificates', () => {
  const cases = [
    [{ key: 'garbage', cert: fixture('server.crt') },
      { code: 'ERR_OSSL_UNSUPPORTED', library: 'DECODER routines', reason: 'unsupported',
        message: 'error:1E08010C:DECODER routines::unsupported' }],
    [{ key: fixture('server.key'), cert: 'garbage' },
      { code: 'ERR_OSSL_PEM_NO_START_LINE', library: 'PEM routines', reason: 'no start line',
        message: 'error:0480006C:PEM routines::no start line' }],
    [{ key: fixture('client.key'), cert: fixture('server.crt') },
      { code: 'ERR_OSSL_X509_KEY_VALUES_MISMATCH', library: 'x509 certificate routines',
        message: 'error:05800074:x509 certificate routines::key values mismatch' }],
    [{ key: fixture('server-enc.key'), passphrase: 'wrong', cert: fixture('server.crt') },
      { code: 'ERR_OSSL_BAD_DECRYPT', reason: 'bad decrypt' }],
    [{ ciphers: 'NOT-A-CIPHER' }, { code: 'ERR_SSL_NO_CIPHER_MATCH', library: 'SSL routines' }],
    [{ ecdhCurve: 'not-a-curve' }, { code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to set ECDH curve' }],
    [{ crl: 'garbage' }, { code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to parse CRL' }],
    [{ pfx: fixture('server.pfx'), passphrase: 'wrong' }, { message: 'mac verify failure' }],
    [{ minVersion: 'TLSv9' },
      { code: 'ERR_TLS_INVALID_PROTOCOL_VERSION', name: 'TypeError',
        message: '"TLSv9" is not a valid minimum TLS protocol version' }],
    [{ secureProtocol: 'nope' },
      { code: 'ERR_TLS_INVALID_PROTOCOL_METHOD', name: 'TypeError', message: 'Unknown method: nope' }],
    [{ secureProtocol: 'TLSv1_2_method', maxVersion: 'TLSv1.3' },
      { code: 'ERR_TLS_PROTOCOL_VERSION_CONFLICT',
        message: 'TLS protocol version "TLSv1.3" conflicts with secureProtocol "TLSv1_2_method"' }],
    [{ key: 5 }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }],
    [{ ca: [{}] }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }],
    [{ ciphers: 5 }, { code: 'ERR_INVALID_ARG_TYPE' }],
  ];
  for (const [options, expected] of cases) {
    assert.throws(() => tls.createSecureContext(options), expected, JSON.stringify(Object.keys(options)));
  }
});

test('secure context: what loads', () => {
  tls.createSecureContext({ key: fixture('server-enc.key'), passphrase: 'secret', cert: fixture('server.crt') });
  tls.createSecureContext({ key: [{ pem: fixture('server-enc.key'), passphrase: 'secret' }], cert: [fixture('server.crt')] });
  tls.createSecureContext({ pfx: fixture('server.pfx'), passphrase: 'secret' });
  tls.createSecureContext({ pfx: [{ buf: fixture('server.pfx'), passphrase: 'secret' }] });
  tls.createSecureContext({ ca: [fixture('ca.crt'), fixture('self-signed.crt').toString()] });
  tls.createSecureContext({ dhparam: fixture('dh2048.pem'), ecdhCurve: 'P-256:X25519' });
  tls.createSecureContext({ ciphers: 'TLS_AES_128_GCM_SHA256', sessionIdContext: 'abc', sessionTimeout: 60 });
  tls.createSecureContext({ sigalgs: 'RSA-PSS+SHA256:ECDSA+SHA256', honorCipherOrder: true });
  tls.createSecureContext({ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' });
  // Text that holds no DH parameters is ignored, as Node does.
  assert.ok(tls.createSecureContext({ dhparam: 'not pem' }) instanceof tls.SecureContext);
});

test('a client talking to a plain-text server: ERR_SSL_WRONG_VERSION_NUMBER', async () => {
  const server = net.createServer((s) => s.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
  const port = await listen(server);
  const c = tls.connect({ port, host: '127.0.0.1', ca });
  const [err] = await once(c, 'error');
  assert.strictEqual(err.code, 'ERR_SSL_WRONG_VERSION_NUMBER');
  assert.strictEqual(err.library, 'SSL routines');
  assert.strictEqual(err.reason, 'wrong version number');
  assert.match(err.message, /error:0A00010B:SSL routines:[^:]*:wrong version number/);
  server.close();
});

test('a plain-text client: tlsClientError ERR_SSL_HTTP_REQUEST', async () => {
  const server = tls.createServer(serverCreds, () => assert.fail('no secure connection'));
  const port = await listen(server);
  const clientError = once(server, 'tlsClientError');
  const c = net.connect(port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
  c.resume();
  const [err, socket] = await clientError;
  assert.strictEqual(err.code, 'ERR_SSL_HTTP_REQUEST');
  assert.ok(socket instanceof tls.TLSSocket);
  await once(c, 'close');
  server.close();
});

test('the server hangs up during the handshake: ECONNRESET', async () => {
  const server = net.createServer((s) => s.destroy());
  const port = await listen(server);
  const c = tls.connect({ port, host: '127.0.0.1', ca });
  const [err] = await once(c, 'error');
  assert.strictEqual(err.code, 'ECONNRESET');
  assert.strictEqual(err.message, 'Client network socket disconnected before secure TLS connection was established');
  assert.strictEqual(err.host, '127.0.0.1');
  assert.strictEqual(err.port, port);
  server.close();
});

test('the client hangs up during the handshake: tlsClientError ECONNRESET', async () => {
  const server = tls.createServer(serverCreds);
  const port = await listen(server);
  const clientError = once(server, 'tlsClientError');
  const c = net.connect(port, '127.0.0.1', () => c.destroy());
  const [err] = await clientError;
  assert.strictEqual(err.code, 'ECONNRESET');
  assert.strictEqual(err.message, 'socket hang up');
  server.close();
});

test('handshake timeout: ERR_TLS_HANDSHAKE_TIMEOUT', async () => {
  const server = tls.createServer({ ...serverCreds, handshakeTimeout: 50 });
  server.on('tlsClientError', (err, socket) => socket.destroy());
  const port = await listen(server);
  const clientError = once(server, 'tlsClientError');
  const c = net.connect(port, '127.0.0.1');  // never sends a ClientHello
  c.resume();
  const [err] = await clientError;
  assert.strictEqual(err.code, 'ERR_TLS_HANDSHAKE_TIMEOUT');
  assert.strictEqual(err.message, 'TLS handshake timeout');
  await once(c, 'close');
  server.close();
});

test('no common protocol version', async () => {
  const server = tls.createServer({ ...serverCreds, maxVersion: 'TLSv1.2' });
  const port = await listen(server);
  const serverError = once(server, 'tlsClientError');
  const c = tls.connect({ port, host: '127.0.0.1', ca, minVersion: 'TLSv1.3' });
  const [err] = await once(c, 'error');
  assert.strictEqual(err.code, 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
  const [serr] = await serverError;
  assert.strictEqual(serr.code, 'ERR_SSL_UNSUPPORTED_PROTOCOL');
  server.close();
});

test('bad arguments', () => {
  assert.throws(() => new tls.TLSSocket(null, { secureContext: {} }), {
    code: 'ERR_TLS_INVALID_CONTEXT', name: 'TypeError', message: 'context must be a SecureContext',
  });
  assert.throws(() => tls.createServer('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => tls.createServer({ SNICallback: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => tls.connect({ port: 1, checkServerIdentity: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
  const server = tls.createServer(serverCreds);
  assert.throws(() => server.setTicketKeys('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  const s = new tls.TLSSocket(null, { isServer: true, secureContext: tls.createSecureContext(serverCreds) });
  assert.throws(() => s.setServername('x'), { code: 'ERR_TLS_SNI_FROM_SERVER' });
  s.destroy();
});

'use strict';
// node:tls over loopback and over stream.duplexPair: handshake, certificate objects, cipher and
// protocol, ALPN, SNI, data both ways (large writes, writev, half-close), module shape.
// Certificates: tests/fixtures/tls (see its README).
const test = require('node:test');
const assert = require('node:assert');
const tls = require('node:tls');
const net = require('node:net');
const fs = require('node:fs');
const path = require('node:path');
const { once } = require('node:events');
const { duplexPair } = require('node:stream');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', name));
const serverCreds = { key: fixture('server.key'), cert: fixture('server.crt') };
const ca = fixture('ca.crt');

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

function collect(socket) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('end', () => resolve(Buffer.concat(chunks)));
    socket.on('error', reject);
  });
}

test('module shape and constants', () => {
  for (const name of ['connect', 'createServer', 'createSecureContext', 'checkServerIdentity',
    'getCiphers', 'convertALPNProtocols', 'getCACertificates', 'setDefaultCACertificates']) {
    assert.strictEqual(typeof tls[name], 'function', name);
  }
  assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
  assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
  assert.strictEqual(tls.DEFAULT_ECDH_CURVE, 'auto');
  assert.match(tls.DEFAULT_CIPHERS, /^TLS_AES_256_GCM_SHA384:/);
  assert.strictEqual(tls.CLIENT_RENEG_LIMIT, 3);
  assert.strictEqual(tls.CLIENT_RENEG_WINDOW, 600);
  const ciphers = tls.getCiphers();
  assert.ok(ciphers.includes('tls_aes_256_gcm_sha384'));
  assert.ok(ciphers.includes('ecdhe-rsa-aes128-gcm-sha256'));
  assert.deepStrictEqual(ciphers, [...ciphers].sort());
  assert.ok(Object.isFrozen(tls.rootCertificates));
  assert.ok(tls.rootCertificates.length > 0);
  for (const pem of tls.rootCertificates.slice(0, 5)) {
    assert.match(pem, /^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----$/);
  }
  assert.ok(new tls.TLSSocket() instanceof net.Socket);
  assert.ok(tls.createServer() instanceof net.Server);
  const ctx = tls.createSecureContext();
  assert.ok(ctx instanceof tls.SecureContext);
  assert.strictEqual(typeof ctx.context, 'object');
});

test('convertALPNProtocols', () => {
  const out = {};
  tls.convertALPNProtocols(['h2', 'http/1.1'], out);
  assert.deepStrictEqual(out.ALPNProtocols, Buffer.from('\x02h2\x08http/1.1', 'latin1'));
  assert.throws(() => tls.convertALPNProtocols([''], {}), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => tls.convertALPNProtocols(['x'.repeat(256)], {}), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => tls.convertALPNProtocols(Buffer.from([5, 1]), {}), { code: 'ERR_INVALID_ARG_VALUE' });
});

test('handshake, certificate objects, cipher and protocol', async () => {
  await withServer(serverCreds, (s) => {
    assert.strictEqual(s.encrypted, true);
    s.end('hello');
  }, async (port) => {
    const c = tls.connect({ port, host: '127.0.0.1', ca, servername: 'localhost' });
    const order = [];
    c.on('connect', () => order.push('connect'));
    c.on('secure', () => order.push('secure'));
    await once(c, 'secureConnect');
    order.push('secureConnect');
    assert.deepStrictEqual(order, ['connect', 'secure', 'secureConnect']);
    assert.strictEqual(c.authorized, true);
    assert.strictEqual(c.authorizationError, null);
    assert.strictEqual(c.getProtocol(), 'TLSv1.3');
    assert.deepStrictEqual(c.getCipher(), {
      name: 'TLS_AES_256_GCM_SHA384', standardName: 'TLS_AES_256_GCM_SHA384', version: 'TLSv1.3',
    });
    assert.strictEqual(c.alpnProtocol, false);
    assert.strictEqual(c.getFinished().length, 48);
    assert.strictEqual(c.getPeerFinished().length, 48);

    const cert = c.getPeerCertificate();
    assert.deepStrictEqual(Object.keys(cert), [
      'subject', 'issuer', 'subjectaltname', 'infoAccess', 'ca', 'modulus', 'exponent', 'pubkey',
      'bits', 'valid_from', 'valid_to', 'fingerprint', 'fingerprint256', 'fingerprint512',
      'ext_key_usage', 'serialNumber', 'raw', 'asn1Curve', 'nistCurve']);
    assert.strictEqual(Object.getPrototypeOf(cert.subject), null);
    assert.strictEqual(cert.subject.CN, 'localhost');
    assert.strictEqual(cert.subject.O, 'protoJS tests');
    assert.strictEqual(cert.issuer.CN, 'protoJS Test CA');
    assert.strictEqual(cert.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    assert.strictEqual(cert.ca, false);
    assert.strictEqual(cert.bits, 2048);
    assert.strictEqual(cert.exponent, '0x10001');
    assert.match(cert.modulus, /^[0-9A-F]{512}$/);
    assert.match(cert.fingerprint, /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
    assert.match(cert.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    assert.match(cert.valid_from, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
    assert.deepStrictEqual(cert.ext_key_usage, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
    assert.ok(Buffer.isBuffer(cert.raw));
    assert.ok(Buffer.isBuffer(cert.pubkey));
    const pem = fixture('server.crt').toString().replace(/-----[^-]+-----|\s/g, '');
    assert.strictEqual(cert.raw.toString('base64'), pem);

    const detailed = c.getPeerCertificate(true);
    assert.strictEqual(detailed.issuerCertificate.subject.CN, 'protoJS Test CA');
    assert.strictEqual(detailed.issuerCertificate.ca, true);
    assert.strictEqual(detailed.issuerCertificate.issuerCertificate, detailed.issuerCertificate);
    assert.deepStrictEqual(c.getCertificate(), {});

    assert.strictEqual(String(await collect(c)), 'hello');
  });
});

test('EC certificate', async () => {
  await withServer({ key: fixture('ec.key'), cert: fixture('ec.crt') }, (s) => s.end(), async (port) => {
    const c = tls.connect({ port, host: '127.0.0.1', ca });
    await once(c, 'secureConnect');
    const cert = c.getPeerCertificate();
    assert.strictEqual(cert.asn1Curve, 'prime256v1');
    assert.strictEqual(cert.nistCurve, 'P-256');
    assert.strictEqual(cert.bits, 256);
    assert.strictEqual(cert.modulus, undefined);
    assert.strictEqual(cert.pubkey.length, 65);
    assert.strictEqual(cert.pubkey[0], 4);
    c.resume();
    await once(c, 'end');
  });
});

test('server side: servername, certificate, peer certificate', async () => {
  let serverSide;
  await withServer(serverCreds, (s) => {
    serverSide = {
      servername: s.servername,
      protocol: s.getProtocol(),
      cert: s.getCertificate().subject.CN,
      peer: s.getPeerCertificate(),
      authorized: s.authorized,
    };
    s.end();
  }, async (port) => {
    const c = tls.connect({ port, host: '127.0.0.1', ca, servername: 'localhost' });
    c.resume();
    await once(c, 'end');
  });
  assert.deepStrictEqual(serverSide, {
    servername: 'localhost', protocol: 'TLSv1.3', cert: 'localhost', peer: {}, authorized: false,
  });
});

test('ALPN: negotiated, none, refused by the server, chosen by ALPNCallback', async () => {
  await withServer({ ...serverCreds, ALPNProtocols: ['h2', 'http/1.1'] }, (s) => s.end(String(s.alpnProtocol)), async (port) => {
    const c = tls.connect({ port, host: '127.0.0.1', ca, ALPNProtocols: ['http/1.1', 'h2'] });
    await once(c, 'secureConnect');
    assert.strictEqual(c.alpnProtocol, 'h2');  // the server's preference
    assert.strictEqual(String(await collect(c)), 'h2');

    const none = tls.connect({ port, host: '127.0.0.1', ca });
    await once(none, 'secureConnect');
    assert.strictEqual(none.alpnProtocol, false);
    assert.strictEqual(String(await collect(none)), 'false');

    const refused = tls.connect({ port, host: '127.0.0.1', ca, ALPNProtocols: ['spdy/3'] });
    const [err] = await once(refused, 'error');
    assert.strictEqual(err.code, 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL');
  });

  const seen = [];
  await withServer({
    ...serverCreds,
    ALPNCallback({ servername, protocols }) {
      seen.push(servername, ...protocols);
      return protocols.includes('b') ? 'b' : undefined;
    },
  }, (s) => s.end(String(s.alpnProtocol)), async (port) => {
    const c = tls.connect({ port, host: '127.0.0.1', ca, servername: 'localhost', ALPNProtocols: ['a', 'b'] });
    await once(c, 'secureConnect');
    assert.strictEqual(c.alpnProtocol, 'b');
    assert.strictEqual(String(await collect(c)), 'b');
  });
  assert.deepStrictEqual(seen, ['localhost', 'a', 'b']);

  assert.throws(() => tls.createServer({ ALPNCallback() {}, ALPNProtocols: ['a'] }),
                { code: 'ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS' });
});

test('ALPNCallback returning a protocol the client did not offer', async () => {
  await withServer({ ...serverCreds, ALPNCallback: () => 'zzz' }, null, async (port, server) => {
    const serverError = once(server, 'tlsClientError');
    const c = tls.connect({ port, host: '127.0.0.1', ca, ALPNProtocols: ['a'] });
    c.on('error', () => {});
    const [err] = await serverError;
    assert.strictEqual(err.code, 'ERR_TLS_ALPN_CALLBACK_INVALID_RESULT');
    assert.strictEqual(err.message,
                       "ALPN callback returned a value (zzz) that did not match any of the client's offered protocols (a)");
  });
});

test('SNI: SNICallback and addContext', async () => {
  const names = [];
  const contexts = {
    'a.test': tls.createSecureContext({ key: fixture('a-test.key'), cert: fixture('a-test.crt') }),
  };
  await withServer({
    ...serverCreds,
    SNICallback(name, cb) { names.push(name); setImmediate(cb, null, contexts[name]); },
  }, (s) => s.end(s.servername), async (port) => {
    for (const [name, cn] of [['a.test', 'a.test'], ['localhost', 'localhost']]) {
      const c = tls.connect({ port, host: '127.0.0.1', ca, servername: name });
      await once(c, 'secureConnect');
      assert.strictEqual(c.authorized, true);
      assert.strictEqual(c.getPeerCertificate().subject.CN, cn);
      assert.strictEqual(String(await collect(c)), name);
    }
  });
  assert.deepStrictEqual(names, ['a.test', 'localhost']);

  await withServer(serverCreds, (s) => s.end(), async (port, server) => {
    server.addContext('b.test', { key: fixture('b-test.key'), cert: fixture('b-test.crt') });
    server.addContext('*.example.test', { key: fixture('other.key'), cert: fixture('other.crt') });
    for (const [name, cn] of [['b.test', 'b.test'], ['www.example.test', 'example.test'], ['localhost', 'localhost']]) {
      const c = tls.connect({ port, host: '127.0.0.1', ca, servername: name });
      await once(c, 'secureConnect');
      assert.strictEqual(c.getPeerCertificate().subject.CN, cn, name);
      c.resume();
      await once(c, 'end');
    }
  });
  assert.throws(() => tls.createServer().addContext('', {}), { code: 'ERR_TLS_REQUIRED_SERVER_NAME' });
});

test('data both ways: large writes, writev, half-close', async () => {
  const big = Buffer.alloc(3 * 1024 * 1024 + 17);
  for (let i = 0; i < big.length; i++) big[i] = i % 251;
  await withServer({ ...serverCreds, allowHalfOpen: true }, (s) => {
    const chunks = [];
    s.on('data', (d) => chunks.push(d));
    s.on('end', () => {
      const all = Buffer.concat(chunks);
      s.end(`${all.length}:${all.equals(big) ? 'same' : 'different'}`);
    });
  }, async (port) => {
    const c = tls.connect({ port, host: '127.0.0.1', ca });
    await once(c, 'secureConnect');
    c.cork();
    c.write(big.subarray(0, 5));
    c.write(big.subarray(5, 1000));
    c.uncork();
    c.end(big.subarray(1000));
    assert.strictEqual(String(await collect(c)), `${big.length}:same`);
  });
});

test('writes before the handshake ends wait for it', async () => {
  await withServer(serverCreds, (s) => s.pipe(s), async (port) => {
    const c = tls.connect({ port, host: '127.0.0.1', ca });
    c.write('early ');
    c.end('bird');
    assert.strictEqual(String(await collect(c)), 'early bird');
  });
});

test('TLSSocket over stream.duplexPair (no network)', async () => {
  const [a, b] = duplexPair();
  const server = new tls.TLSSocket(a, { isServer: true, secureContext: tls.createSecureContext(serverCreds) });
  const secure = once(server, 'secure');
  server.on('data', (d) => server.write(String(d).toUpperCase()));
  const client = tls.connect({ socket: b, ca, servername: 'localhost' });
  await once(client, 'secureConnect');
  await secure;
  assert.strictEqual(client.authorized, true);
  assert.strictEqual(server.servername, 'localhost');
  client.write('over a pair');
  const [reply] = await once(client, 'data');
  assert.strictEqual(String(reply), 'OVER A PAIR');
  client.destroy();
  server.destroy();
});

test('tls.connect over an existing net.Socket', async () => {
  await withServer(serverCreds, (s) => s.end('via socket'), async (port) => {
    const raw = net.connect(port, '127.0.0.1');
    await once(raw, 'connect');
    const c = tls.connect({ socket: raw, ca, servername: 'localhost' });
    await once(c, 'secureConnect');
    assert.strictEqual(c.authorized, true);
    assert.strictEqual(c.remotePort, port);
    assert.strictEqual(String(await collect(c)), 'via socket');
  });
});

test('STARTTLS: both ends upgrade a plain connection in the middle', async () => {
  const ctx = tls.createSecureContext(serverCreds);
  const log = [];
  const server = net.createServer((raw) => {
    raw.once('data', (d) => {
      log.push(`server plain ${String(d).trim()}`);
      raw.write('OK\n');
      const secure = new tls.TLSSocket(raw, { isServer: true, secureContext: ctx, server });
      secure.on('data', (m) => secure.end(`secure ${m}`));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const plain = net.connect(server.address().port, '127.0.0.1', () => plain.write('STARTTLS\n'));
  const [reply] = await once(plain, 'data');
  log.push(`client plain ${String(reply).trim()}`);
  const c = tls.connect({ socket: plain, ca, servername: 'localhost' });
  await once(c, 'secureConnect');
  assert.strictEqual(c.authorized, true);
  c.write('hello');
  log.push(`client ${await collect(c)}`);
  server.close();
  assert.deepStrictEqual(log, ['server plain STARTTLS', 'client plain OK', 'client secure hello']);
});

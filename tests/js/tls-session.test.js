'use strict';
// node:tls sessions and connection secrets: resumption through tickets (TLS 1.3 and 1.2),
// ticket keys shared between servers, the server session cache events (newSession /
// resumeSession), Node's session wrapping, keylog, exportKeyingMaterial, renegotiation.
const test = require('node:test');
const assert = require('node:assert');
const tls = require('node:tls');
const fs = require('node:fs');
const path = require('node:path');
const { once } = require('node:events');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', name));
const serverCreds = { key: fixture('server.key'), cert: fixture('server.crt') };
const clientBase = { host: '127.0.0.1', servername: 'localhost', ca: fixture('ca.crt') };
const SSL_OP_NO_TICKET = 0x4000;

async function listen(server) {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server.address().port;
}

// One connection: resolves with { session, reused, protocol } once the server has closed it.
async function connectOnce(port, options = {}) {
  const c = tls.connect({ ...clientBase, port, ...options });
  let session;
  c.on('session', (s) => { session = s; });
  await once(c, 'secureConnect');
  const reused = c.isSessionReused();
  const protocol = c.getProtocol();
  c.resume();
  await once(c, 'close');
  return { session, reused, protocol, getSession: c.getSession() };
}

for (const maxVersion of ['TLSv1.3', 'TLSv1.2']) {
  test(`resumption with tickets (${maxVersion})`, async () => {
    const server = tls.createServer({ ...serverCreds, maxVersion }, (s) => s.end('x'));
    const port = await listen(server);
    const first = await connectOnce(port);
    assert.strictEqual(first.reused, false);
    assert.strictEqual(first.protocol, maxVersion);
    assert.ok(Buffer.isBuffer(first.session));
    // Node's session state names the host it was authenticated for.
    assert.ok(first.session.subarray(0, 22).equals(Buffer.from('\0nodejs:tls:session:1\0')));
    assert.strictEqual(first.session.toString('utf8', 24, 24 + first.session.readUInt16BE(22)), 'localhost');

    const second = await connectOnce(port, { session: first.session });
    assert.strictEqual(second.reused, true);
    // A session for another name is not offered.
    const other = await connectOnce(port, { session: first.session, servername: 'localhost.', checkServerIdentity: () => {} });
    assert.strictEqual(other.reused, false);
    server.close();
  });
}

test('ticket keys: getTicketKeys/setTicketKeys, resumption across servers sharing them', async () => {
  const keys = Buffer.alloc(48, 7);
  const s1 = tls.createServer({ ...serverCreds, ticketKeys: keys }, (s) => s.end());
  const s2 = tls.createServer(serverCreds, (s) => s.end());
  assert.strictEqual(s2.getTicketKeys().length, 48);
  assert.ok(!s2.getTicketKeys().equals(keys));
  s2.setTicketKeys(keys);
  assert.ok(s1.getTicketKeys().equals(keys));
  assert.ok(s2.getTicketKeys().equals(keys));
  const p1 = await listen(s1);
  const p2 = await listen(s2);
  const { session } = await connectOnce(p1);
  assert.strictEqual((await connectOnce(p2, { session })).reused, true);
  // A third server with its own keys cannot read the ticket: a full handshake.
  const s3 = tls.createServer(serverCreds, (s) => s.end());
  const p3 = await listen(s3);
  assert.strictEqual((await connectOnce(p3, { session })).reused, false);
  s1.close();
  s2.close();
  s3.close();
  assert.throws(() => tls.createSecureContext({ ticketKeys: Buffer.alloc(10) }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.ticketKeys' must be exactly 48 bytes. Received 10",
  });
});

test('server session cache: newSession and resumeSession (TLS 1.2 without tickets)', async () => {
  const cache = new Map();
  const events = [];
  const server = tls.createServer({ ...serverCreds, maxVersion: 'TLSv1.2', secureOptions: SSL_OP_NO_TICKET }, (s) => s.end());
  server.on('newSession', (id, data, cb) => {
    events.push(['newSession', id.length, Buffer.isBuffer(data)]);
    cache.set(id.toString('hex'), data);
    setImmediate(cb);
  });
  server.on('resumeSession', (id, cb) => {
    events.push(['resumeSession', cache.has(id.toString('hex'))]);
    setImmediate(cb, null, cache.get(id.toString('hex')) || null);
  });
  const port = await listen(server);
  const first = await connectOnce(port);
  assert.strictEqual(first.reused, false);
  const second = await connectOnce(port, { session: first.session });
  assert.strictEqual(second.reused, true);
  assert.deepStrictEqual(events, [['resumeSession', false], ['newSession', 32, true], ['resumeSession', true]]);
  server.close();
});

test('keylog lines on both sides', async () => {
  const server = tls.createServer(serverCreds, (s) => s.end());
  const serverLines = [];
  server.on('keylog', (line, socket) => {
    assert.ok(socket instanceof tls.TLSSocket);
    serverLines.push(line);
  });
  const port = await listen(server);
  const c = tls.connect({ ...clientBase, port });
  const clientLines = [];
  c.on('keylog', (line) => clientLines.push(line));
  c.resume();
  await once(c, 'close');
  server.close();
  const labels = (lines) => lines.map((l) => String(l).split(' ')[0]).sort();
  const expected = ['CLIENT_HANDSHAKE_TRAFFIC_SECRET', 'CLIENT_TRAFFIC_SECRET_0', 'EXPORTER_SECRET',
    'SERVER_HANDSHAKE_TRAFFIC_SECRET', 'SERVER_TRAFFIC_SECRET_0'];
  assert.deepStrictEqual(labels(clientLines), expected);
  assert.deepStrictEqual(labels(serverLines), expected);
  for (const line of clientLines) {
    assert.ok(Buffer.isBuffer(line));
    assert.match(String(line), /^[A-Z_0-9]+ [0-9a-f]{64} [0-9a-f]{64,96}\n$/);
  }
  // Both sides log the same secrets.
  assert.deepStrictEqual(clientLines.map(String).sort(), serverLines.map(String).sort());
});

test('exportKeyingMaterial agrees on both sides; finished messages', async () => {
  let serverMaterial;
  let serverFinished;
  const server = tls.createServer({ ...serverCreds, maxVersion: 'TLSv1.2' }, (s) => {
    serverMaterial = s.exportKeyingMaterial(32, 'EXPERIMENTAL-test', Buffer.from('ctx'));
    serverFinished = [s.getFinished(), s.getPeerFinished()];
    s.end();
  });
  const port = await listen(server);
  const c = tls.connect({ ...clientBase, port });
  await once(c, 'secureConnect');
  const material = c.exportKeyingMaterial(32, 'EXPERIMENTAL-test', Buffer.from('ctx'));
  assert.strictEqual(material.length, 32);
  const finished = [c.getFinished(), c.getPeerFinished()];
  c.resume();
  await once(c, 'close');
  server.close();
  assert.ok(material.equals(serverMaterial));
  assert.ok(finished[0].equals(serverFinished[1]));
  assert.ok(finished[1].equals(serverFinished[0]));
  assert.strictEqual(finished[0].length, 12);
  assert.throws(() => new tls.TLSSocket().exportKeyingMaterial(1, 'x'), { code: 'ERR_TLS_INVALID_STATE' });
});

test('renegotiation: refused on TLS 1.3, done on TLS 1.2', async () => {
  for (const [maxVersion, expected] of [['TLSv1.3', 'ERR_SSL_WRONG_SSL_VERSION'], ['TLSv1.2', null]]) {
    const server = tls.createServer({ ...serverCreds, maxVersion }, (s) => s.on('data', (d) => s.write(d)));
    const port = await listen(server);
    const c = tls.connect({ ...clientBase, port });
    await once(c, 'secureConnect');
    const [returned, code] = await new Promise((resolve) => {
      const r = c.renegotiate({}, (err) => resolve([r, err ? err.code : null]));
    });
    assert.strictEqual(code, expected, maxVersion);
    assert.strictEqual(returned, expected === null);
    c.write('still works');
    const [echo] = await once(c, 'data');
    assert.strictEqual(String(echo), 'still works');
    c.destroy();
    server.close();
  }
});

test('a server that disables renegotiation reports the attempt', async () => {
  const server = tls.createServer({ ...serverCreds, maxVersion: 'TLSv1.2' }, (s) => {
    s.disableRenegotiation();
    s.on('error', (err) => {
      assert.strictEqual(err.code, 'ERR_TLS_RENEGOTIATION_DISABLED');
      s.destroy();
    });
  });
  const port = await listen(server);
  const c = tls.connect({ ...clientBase, port });
  await once(c, 'secureConnect');
  c.on('error', () => {});
  c.renegotiate({}, () => {});
  await once(c, 'close');
  server.close();
});

test('TLS-PSK: pskCallback on both sides (TLS 1.2 PSK suite and TLS 1.3)', async () => {
  const key = Buffer.from('d731ef57be09e5204f0b205b60627028', 'hex');
  for (const [ciphers, maxVersion, expectedCipher] of [
    ['PSK-AES128-GCM-SHA256', 'TLSv1.2', 'PSK-AES128-GCM-SHA256'],
    [undefined, 'TLSv1.3', null],
  ]) {
    const seen = [];
    const server = tls.createServer({
      ciphers: ciphers || tls.DEFAULT_CIPHERS, maxVersion, pskIdentityHint: 'hint1',
      pskCallback(socket, identity) {
        seen.push(['server', identity, socket instanceof tls.TLSSocket]);
        return identity === 'TestUser' ? key : null;
      },
    }, (s) => s.end('psk ok'));
    const port = await listen(server);
    const c = tls.connect({
      port, host: '127.0.0.1', ciphers, maxVersion, checkServerIdentity: () => {},
      pskCallback(hint) {
        seen.push(['client', hint]);
        return { psk: key, identity: 'TestUser' };
      },
    });
    await once(c, 'secureConnect');
    assert.strictEqual(c.authorized, true);
    assert.strictEqual(c.getProtocol(), maxVersion);
    if (expectedCipher) assert.strictEqual(c.getCipher().name, expectedCipher);
    const chunks = [];
    c.on('data', (d) => chunks.push(d));
    await once(c, 'end');
    assert.strictEqual(String(Buffer.concat(chunks)), 'psk ok');
    server.close();
    // TLS 1.2 sends the server's hint; TLS 1.3 has none.
    assert.deepStrictEqual(seen, [['client', maxVersion === 'TLSv1.2' ? 'hint1' : null], ['server', 'TestUser', true]]);
  }

  // A wrong key fails the handshake.
  const server = tls.createServer({ ciphers: 'PSK-AES128-GCM-SHA256', maxVersion: 'TLSv1.2', pskCallback: () => key });
  server.on('tlsClientError', () => {});
  const port = await listen(server);
  const c = tls.connect({
    port, host: '127.0.0.1', ciphers: 'PSK-AES128-GCM-SHA256', maxVersion: 'TLSv1.2', checkServerIdentity: () => {},
    pskCallback: () => ({ psk: Buffer.alloc(16), identity: 'x' }),
  });
  const [err] = await once(c, 'error');
  assert.match(err.code, /^ERR_SSL_/);
  server.close();
});

test('OCSP stapling: OCSPRequest on the server, OCSPResponse on the client', async () => {
  for (const [maxVersion, response] of [['TLSv1.3', 'stapled'], ['TLSv1.2', 'stapled'], ['TLSv1.3', null]]) {
    const server = tls.createServer({ ...serverCreds, ca: fixture('ca.crt'), maxVersion }, (s) => s.end());
    const requests = [];
    server.on('OCSPRequest', (cert, issuer, cb) => {
      requests.push([cert.equals(pemBody('server.crt')), issuer.equals(pemBody('ca.crt'))]);
      setImmediate(cb, null, response && Buffer.from(response));
    });
    const port = await listen(server);
    const c = tls.connect({ ...clientBase, port, requestOCSP: true, maxVersion });
    const events = [];
    c.on('OCSPResponse', (r) => events.push(['OCSPResponse', r && String(r)]));
    c.on('secureConnect', () => events.push(['secureConnect']));
    c.resume();
    await once(c, 'close');
    server.close();
    assert.deepStrictEqual(requests, [[true, true]]);
    assert.deepStrictEqual(events, [['OCSPResponse', response], ['secureConnect']]);
  }
});

function pemBody(name) {
  return Buffer.from(fixture(name).toString().replace(/-----[^-]+-----|\s/g, ''), 'base64');
}

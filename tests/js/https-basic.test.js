'use strict';
// node:https over loopback: requests and responses over TLS (GET, POST with a body, URL
// forms), certificate checks on requests, the Agent (keep-alive reuse, TLS session cache,
// pool names that separate TLS policies), clientError for TLS failures, module shape.
const test = require('node:test');
const assert = require('node:assert');
const https = require('node:https');
const http = require('node:http');
const tls = require('node:tls');
const fs = require('node:fs');
const path = require('node:path');
const { once } = require('node:events');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', name));
const serverCreds = { key: fixture('server.key'), cert: fixture('server.crt') };
const ca = fixture('ca.crt');

async function withServer(options, handler, fn) {
  const server = https.createServer(options, handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    return await fn(server.address().port, server);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

function fetchText(options, body) {
  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ res, data, socket: req.socket }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('module shape', () => {
  assert.ok(https.globalAgent instanceof https.Agent);
  assert.ok(https.globalAgent instanceof http.Agent);
  assert.strictEqual(https.globalAgent.defaultPort, 443);
  assert.strictEqual(https.globalAgent.protocol, 'https:');
  assert.strictEqual(https.globalAgent.keepAlive, true);
  assert.strictEqual(https.globalAgent.maxCachedSessions, 100);
  const server = https.createServer();
  assert.ok(server instanceof tls.Server);
  assert.strictEqual(typeof server.closeIdleConnections, 'function');
  assert.strictEqual(typeof https.get, 'function');
  assert.strictEqual(new https.Agent({ maxCachedSessions: 0 }).maxCachedSessions, 0);
});

test('GET and POST over TLS', async () => {
  await withServer(serverCreds, (req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      res.setHeader('x-encrypted', String(req.socket.encrypted));
      res.setHeader('x-alpn', String(req.socket.alpnProtocol));
      res.end(`${req.method} ${req.url} ${body}`);
    });
  }, async (port) => {
    const get = await fetchText({ port, host: '127.0.0.1', path: '/hello', ca, servername: 'localhost' });
    assert.strictEqual(get.res.statusCode, 200);
    assert.strictEqual(get.data, 'GET /hello ');
    assert.strictEqual(get.res.headers['x-encrypted'], 'true');
    assert.strictEqual(get.res.headers['x-alpn'], 'false');  // the client offers no ALPN
    assert.ok(get.socket instanceof tls.TLSSocket);
    assert.strictEqual(get.socket.authorized, true);

    const post = await fetchText({ port, host: '127.0.0.1', method: 'POST', path: '/p', ca, servername: 'localhost' },
                                 'x'.repeat(100000));
    assert.strictEqual(post.data, `POST /p ${'x'.repeat(100000)}`);

    // URL form, https.get.
    const { res, body } = await new Promise((resolve, reject) => {
      https.get(`https://localhost:${port}/url?q=1`, { ca }, (r) => {
        let b = '';
        r.on('data', (d) => { b += d; });
        r.on('end', () => resolve({ res: r, body: b }));
      }).on('error', reject);
    });
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(body, 'GET /url?q=1 ');
  });
});

test('the server offers http/1.1 through ALPN', async () => {
  await withServer(serverCreds, (req, res) => res.end(String(req.socket.alpnProtocol)), async (port) => {
    const c = tls.connect({ port, host: '127.0.0.1', ca, ALPNProtocols: ['h2', 'http/1.1'] });
    await once(c, 'secureConnect');
    assert.strictEqual(c.alpnProtocol, 'http/1.1');
    c.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    const chunks = [];
    c.on('data', (d) => chunks.push(d));
    await once(c, 'end');
    assert.match(String(Buffer.concat(chunks)), /\r\n\r\nhttp\/1\.1$/);
  });
});

test('certificate checks on requests', async () => {
  await withServer({ key: fixture('self-signed.key'), cert: fixture('self-signed.crt') },
                   (req, res) => res.end('ok'), async (port) => {
    await assert.rejects(fetchText({ port, host: '127.0.0.1', agent: false }),
                         { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    const insecure = await fetchText({ port, host: '127.0.0.1', rejectUnauthorized: false, agent: false });
    assert.strictEqual(insecure.data, 'ok');
    assert.strictEqual(insecure.socket.authorized, false);
    const trusted = await fetchText({ port, host: 'localhost', ca: fixture('self-signed.crt'), agent: false });
    assert.strictEqual(trusted.data, 'ok');
  });
  await withServer({ key: fixture('other.key'), cert: fixture('other.crt') }, (req, res) => res.end(), async (port) => {
    await assert.rejects(fetchText({ port, host: '127.0.0.1', ca, servername: 'localhost', agent: false }),
                         { code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    // A request's own checkServerIdentity.
    const { res } = await fetchText({ port, host: '127.0.0.1', ca, checkServerIdentity: () => undefined });
    assert.strictEqual(res.statusCode, 200);
  });
});

test('client certificates through https', async () => {
  await withServer({ ...serverCreds, requestCert: true, rejectUnauthorized: true, ca }, (req, res) => {
    res.end(req.socket.getPeerCertificate().subject.CN);
  }, async (port) => {
    const { data } = await fetchText({ port, host: '127.0.0.1', ca, key: fixture('client.key'),
                                       cert: fixture('client.crt'), agent: false });
    assert.strictEqual(data, 'protoJS client');
  });
});

test('Agent: keep-alive reuse and the TLS session cache', async () => {
  const sockets = [];
  await withServer(serverCreds, (req, res) => res.end('x'), async (port) => {
    const keepAlive = new https.Agent({ keepAlive: true, ca });
    for (let i = 0; i < 2; i++) {
      const { socket } = await fetchText({ port, host: '127.0.0.1', agent: keepAlive, servername: 'localhost' });
      sockets.push(socket);
      await new Promise((r) => setImmediate(r));
    }
    assert.strictEqual(sockets[0], sockets[1]);  // one connection for both requests
    keepAlive.destroy();

    // New connections resume the cached session.
    const agent = new https.Agent({ keepAlive: false, ca });
    const first = await fetchText({ port, host: '127.0.0.1', agent, servername: 'localhost' });
    assert.strictEqual(first.socket.isSessionReused(), false);
    await new Promise((r) => setTimeout(r, 20));  // the TLS 1.3 tickets arrive after the handshake
    const names = Object.keys(agent._sessionCache.map);
    assert.strictEqual(names.length, 1);
    const second = await fetchText({ port, host: '127.0.0.1', agent, servername: 'localhost' });
    assert.strictEqual(second.socket.isSessionReused(), true);
    // maxCachedSessions: 0 keeps none.
    const noCache = new https.Agent({ keepAlive: false, ca, maxCachedSessions: 0 });
    await fetchText({ port, host: '127.0.0.1', agent: noCache, servername: 'localhost' });
    assert.deepStrictEqual(noCache._sessionCache, { map: {}, list: [] });
  });
});

test('Agent.getName separates TLS policies', () => {
  const agent = new https.Agent();
  const base = { host: 'localhost', port: 443 };
  const names = new Set([
    agent.getName(base),
    agent.getName({ ...base, ca: 'a' }),
    agent.getName({ ...base, ca: 'b' }),
    agent.getName({ ...base, rejectUnauthorized: false }),
    agent.getName({ ...base, servername: 'other' }),
    agent.getName({ ...base, minVersion: 'TLSv1.3' }),
    agent.getName({ ...base, ciphers: 'HIGH' }),
  ]);
  assert.strictEqual(names.size, 7);
  assert.strictEqual(agent.getName({ ...base, ca: 'a' }), agent.getName({ ...base, ca: 'a' }));
  assert.ok(agent.getName(base).startsWith('localhost:443:'));
});

test('clientError for a TLS failure', async () => {
  await withServer(serverCreds, () => assert.fail('no request'), async (port, server) => {
    const clientError = once(server, 'clientError');
    const net = require('node:net');
    const c = net.connect(port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    c.resume();
    const [err, socket] = await clientError;
    assert.strictEqual(err.code, 'ERR_SSL_HTTP_REQUEST');
    assert.ok(socket instanceof tls.TLSSocket);
    socket.destroy();
    await once(c, 'close');
  });
});

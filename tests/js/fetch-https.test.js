'use strict';
// fetch() over node:https against a local server (127.0.0.1, port 0) with the test CA:
// certificate errors surface as `fetch failed` with the TLS error as cause; with the CA added to
// the defaults (tls.setDefaultCACertificates) requests succeed, and br is offered and decoded.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

let https = null;
let tls = null;
try {
  https = require('node:https');
  tls = require('node:tls');
} catch {
  // Not built yet.
}
const skip = typeof https?.createServer === 'function' && typeof tls?.setDefaultCACertificates === 'function'
  ? false : 'node:https is not in this build yet';
const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', name));

function listen(key, cert) {
  const server = https.createServer({ key: fixture(key), cert: fixture(cert) }, (req, res) => {
    if (req.url === '/br') {
      res.writeHead(200, { 'content-encoding': 'br' });
      res.end(zlib.brotliCompressSync(`brotli over tls; asked for ${req.headers['accept-encoding']}`));
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => res.end(`${req.method} ${req.url} ${Buffer.concat(chunks)}`));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function close(server) {
  server.closeAllConnections?.();
  return new Promise((resolve) => server.close(resolve));
}

test('an untrusted certificate fails with the TLS error as cause', { skip }, async () => {
  const server = await listen('self-signed.key', 'self-signed.crt');
  try {
    await assert.rejects(fetch(`https://127.0.0.1:${server.address().port}/`), (e) => {
      assert.strictEqual(e.name, 'TypeError');
      assert.strictEqual(e.message, 'fetch failed');
      assert.strictEqual(e.cause.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
      return true;
    });
  } finally {
    await close(server);
  }
});

test('with the test CA trusted: GET, POST and br decoding', { skip }, async () => {
  const saved = tls.getCACertificates('default');
  tls.setDefaultCACertificates([...saved, fixture('ca.crt').toString()]);
  const server = await listen('server.key', 'server.crt');
  const base = `https://127.0.0.1:${server.address().port}`;
  try {
    let r = await fetch(`${base}/hello?x=1`);
    assert.deepStrictEqual([r.status, r.type, r.url, await r.text()], [200, 'basic', `${base}/hello?x=1`, 'GET /hello?x=1 ']);
    r = await fetch(`${base}/post`, { method: 'POST', body: 'secret payload' });
    assert.strictEqual(await r.text(), 'POST /post secret payload');
    r = await fetch(`${base}/br`);
    assert.strictEqual(await r.text(), 'brotli over tls; asked for br, gzip, deflate');
  } finally {
    tls.setDefaultCACertificates(saved);
    await close(server);
  }
});

'use strict';
// Server timeouts: headersTimeout and requestTimeout (408), keepAliveTimeout, server.timeout
// and 'timeout', closeIdleConnections / closeAllConnections, close() with keep-alive clients.
const test = require('node:test');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');
const { once } = require('node:events');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

// Opens a connection, writes `data`, collects what comes back until the server closes.
function openRaw(port, data) {
  const socket = net.connect(port, '127.0.0.1');
  const result = new Promise((resolve, reject) => {
    const chunks = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
  if (data) socket.write(data);
  return { socket, result };
}

test('headersTimeout: an incomplete head gets 408', async () => {
  const server = http.createServer({ headersTimeout: 150, requestTimeout: 1000, connectionsCheckingInterval: 30 },
                                   () => assert.fail('no request'));
  const errors = [];
  server.on('clientError', (err, socket) => {
    errors.push(err.code);
    socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  });
  const port = await listen(server);
  const start = Date.now();
  const { result } = openRaw(port, 'GET / HTTP/1.1\r\nHost: h\r\n');
  const text = await result;
  assert.strictEqual(text, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  assert.ok(Date.now() - start >= 100, 'not before the timeout');
  assert.deepStrictEqual(errors, ['ERR_HTTP_REQUEST_TIMEOUT']);
  server.close();
});

test('requestTimeout: an incomplete body gets 408 by default', async () => {
  let seen = 0;
  const server = http.createServer({ headersTimeout: 100, requestTimeout: 200, connectionsCheckingInterval: 30 },
                                   (req) => { seen++; req.resume(); });
  const port = await listen(server);
  const { result } = openRaw(port, 'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc');
  assert.strictEqual(await result, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  assert.strictEqual(seen, 1);
  server.close();
});

test('a connection that never sends anything times out too', async () => {
  const server = http.createServer({ headersTimeout: 100, requestTimeout: 150, connectionsCheckingInterval: 30 });
  const port = await listen(server);
  const { result } = openRaw(port);
  assert.strictEqual(await result, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  server.close();
});

test('headersTimeout may not exceed requestTimeout', () => {
  assert.throws(() => http.createServer({ headersTimeout: 2000, requestTimeout: 1000 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => http.createServer({ keepAliveTimeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => http.createServer({ requestTimeout: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
  const s = http.createServer({ requestTimeout: 0 });
  assert.strictEqual(s.headersTimeout, 0);
});

test('keepAliveTimeout closes an idle keep-alive connection', async () => {
  const server = http.createServer({ keepAliveTimeout: 100, keepAliveTimeoutBuffer: 0 }, (req, res) => res.end('ok'));
  const port = await listen(server);
  const start = Date.now();
  const { result } = openRaw(port, 'GET / HTTP/1.1\r\nHost: h\r\n\r\n');
  const text = await result;
  const elapsed = Date.now() - start;
  assert.match(text, /\r\nKeep-Alive: timeout=0\r\n/);
  assert.ok(text.endsWith('ok'));
  assert.ok(elapsed >= 90, `closed after ${elapsed} ms`);
  server.close();
});

test('server.timeout: the timeout event, or the socket is destroyed', async () => {
  const server = http.createServer((req, res) => {});  // never answers
  server.setTimeout(80);
  assert.strictEqual(server.timeout, 80);
  const port = await listen(server);
  const { result } = openRaw(port, 'GET / HTTP/1.1\r\nHost: h\r\n\r\n');
  assert.strictEqual(await result, '');  // destroyed without a response

  const timeouts = [];
  server.on('timeout', (socket) => {
    timeouts.push(socket instanceof net.Socket);
    socket.destroy();
  });
  const second = openRaw(port, 'GET / HTTP/1.1\r\nHost: h\r\n\r\n');
  await second.result;
  assert.deepStrictEqual(timeouts, [true]);
  server.close();
});

test('request and response timeout events', async () => {
  const events = [];
  const server = http.createServer((req, res) => {
    req.setTimeout(60, () => events.push('req timeout'));
    res.setTimeout(60, () => {
      events.push('res timeout');
      res.end('late');
    });
  });
  const port = await listen(server);
  const { result } = openRaw(port, 'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nConnection: close\r\n\r\nab');
  const text = await result;
  assert.ok(text.endsWith('late'));
  assert.deepStrictEqual(events, ['req timeout', 'res timeout']);
  server.close();
});

test('closeIdleConnections and closeAllConnections', async () => {
  let pending;
  const server = http.createServer((req, res) => {
    if (req.url === '/hang') pending = res;
    else res.end('ok');
  });
  const port = await listen(server);
  const idle = openRaw(port, 'GET / HTTP/1.1\r\nHost: h\r\n\r\n');
  const busy = openRaw(port, 'GET /hang HTTP/1.1\r\nHost: h\r\n\r\n');
  await new Promise((r) => { const t = setInterval(() => { if (pending) { clearInterval(t); r(); } }, 5); });
  await new Promise((r) => setTimeout(r, 30));
  server.closeIdleConnections();
  assert.ok((await idle.result).endsWith('ok'));
  assert.strictEqual(busy.socket.destroyed, false);
  server.closeAllConnections();
  assert.strictEqual(await busy.result, '');
  server.close();
});

test('close() ends idle keep-alive connections of an agent', async () => {
  const server = http.createServer((req, res) => res.end('ok'));
  const port = await listen(server);
  const agent = new http.Agent({ keepAlive: true });
  await new Promise((resolve) => http.get({ port, host: '127.0.0.1', agent }, (res) => { res.resume(); res.on('end', resolve); }));
  await new Promise((r) => setImmediate(r));
  const [socket] = Object.values(agent.freeSockets)[0];
  const closed = once(socket, 'close');
  const serverClosed = once(server, 'close');
  // The pooled socket is unref'd: a timer keeps the loop alive until it has seen the end.
  const keepAlive = setTimeout(() => {}, 5000);
  server.close();
  await serverClosed;
  await closed;
  clearTimeout(keepAlive);
  agent.destroy();
});

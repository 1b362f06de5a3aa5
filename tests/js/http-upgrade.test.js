'use strict';
// Protocol switches: 'upgrade' and 'connect' on server and client (bytes after the head are
// handed over as `head`, the socket leaves HTTP), Expect: 100-continue ('checkContinue',
// writeContinue, the client's 'continue'), 'checkExpectation'/417, writeProcessing and
// writeEarlyHints ('information' on the client).
const test = require('node:test');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');
const { once } = require('node:events');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function raw(port, data) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(data));
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}

test('upgrade: server and client, with bytes after the heads', async () => {
  const server = http.createServer(() => assert.fail('no request'));
  server.on('upgrade', (req, socket, head) => {
    assert.strictEqual(req.headers.upgrade, 'echo');
    assert.strictEqual(req.upgrade, true);
    assert.strictEqual(head.toString(), 'early');
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nfirst');
    socket.on('data', (d) => socket.write(d));
    socket.on('end', () => socket.end());
  });
  const port = await listen(server);
  const req = http.request({
    port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'echo' },
  });
  req.end('early');
  const [res, socket, head] = await once(req, 'upgrade');
  assert.strictEqual(res.statusCode, 101);
  assert.strictEqual(res.headers.upgrade, 'echo');
  assert.strictEqual(head.toString(), 'first');
  socket.write('ping');
  const [echo] = await once(socket, 'data');
  assert.strictEqual(echo.toString(), 'ping');
  socket.end();
  await once(socket, 'close');
  server.close();
});

test('an upgrade request without an upgrade listener is a normal request', async () => {
  const server = http.createServer((req, res) => res.end(`plain ${req.upgrade}`));
  const port = await listen(server);
  const text = await raw(port, 'GET / HTTP/1.1\r\nHost: h\r\nConnection: Upgrade, close\r\nUpgrade: x\r\n\r\n');
  assert.ok(text.endsWith('plain false'), text);
  server.close();
});

test('shouldUpgradeCallback decides', async () => {
  const server = http.createServer({ shouldUpgradeCallback: (req) => req.url === '/yes' }, (req, res) => res.end('no upgrade'));
  server.on('upgrade', (req, socket) => socket.end('HTTP/1.1 101 Switching Protocols\r\n\r\n'));
  const port = await listen(server);
  const yes = await raw(port, 'GET /yes HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\n');
  const no = await raw(port, 'GET /no HTTP/1.1\r\nHost: h\r\nConnection: Upgrade, close\r\nUpgrade: x\r\n\r\n');
  assert.strictEqual(yes, 'HTTP/1.1 101 Switching Protocols\r\n\r\n');
  assert.ok(no.endsWith('no upgrade'));
  server.close();
});

test('CONNECT on server and client', async () => {
  const target = net.createServer((s) => s.pipe(s));
  const targetPort = await listen(target);
  const proxy = http.createServer(() => assert.fail('no request'));
  proxy.on('connect', (req, socket, head) => {
    assert.strictEqual(req.method, 'CONNECT');
    assert.strictEqual(req.url, `127.0.0.1:${targetPort}`);
    const upstream = net.connect(targetPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
  });
  const port = await listen(proxy);
  const req = http.request({ port, host: '127.0.0.1', method: 'CONNECT', path: `127.0.0.1:${targetPort}` });
  req.end();
  const [res, socket, head] = await once(req, 'connect');
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(res.statusMessage, 'Connection Established');
  assert.strictEqual(head.length, 0);
  socket.write('through the tunnel');
  const [data] = await once(socket, 'data');
  assert.strictEqual(data.toString(), 'through the tunnel');
  socket.destroy();
  proxy.closeAllConnections();
  proxy.close();
  target.close();
});

test('CONNECT without a listener closes the connection', async () => {
  const server = http.createServer(() => assert.fail('no request'));
  const port = await listen(server);
  assert.strictEqual(await raw(port, 'CONNECT a:1 HTTP/1.1\r\nHost: a\r\n\r\n'), '');
  server.close();
});

test('Expect: 100-continue with checkContinue', async () => {
  const server = http.createServer();
  server.on('checkContinue', (req, res) => {
    res.writeContinue();
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end(`got ${body}`));
  });
  const port = await listen(server);
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', headers: { Expect: '100-continue' } });
  const events = [];
  req.on('continue', () => {
    events.push('continue');
    req.end('the body');
  });
  req.on('information', (info) => events.push(`information ${info.statusCode}`));
  const [res] = await once(req, 'response');
  let body = '';
  for await (const d of res) body += d;
  assert.strictEqual(body, 'got the body');
  assert.deepStrictEqual(events, ['continue', 'information 100']);
  server.close();
});

test('Expect: 100-continue without checkContinue: 100 is sent automatically', async () => {
  const server = http.createServer((req, res) => { req.resume(); req.on('end', () => res.end('done')); });
  const port = await listen(server);
  const text = await raw(port,
    'POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx');
  assert.match(text, /^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
  server.close();
});

test('other expectations: 417, or checkExpectation', async () => {
  const plain = http.createServer(() => assert.fail('no request'));
  const port = await listen(plain);
  const text = await raw(port, 'GET / HTTP/1.1\r\nHost: h\r\nExpect: something\r\nConnection: close\r\n\r\n');
  assert.match(text, /^HTTP\/1\.1 417 Expectation Failed\r\n/);
  plain.close();

  const custom = http.createServer(() => assert.fail('no request'));
  custom.on('checkExpectation', (req, res) => res.end(`expected ${req.headers.expect}`));
  const port2 = await listen(custom);
  const text2 = await raw(port2, 'GET / HTTP/1.1\r\nHost: h\r\nExpect: something\r\nConnection: close\r\n\r\n');
  assert.ok(text2.endsWith('expected something'));
  custom.close();
});

test('writeProcessing, writeEarlyHints and writeInformation reach the client as information', async () => {
  const server = http.createServer((req, res) => {
    res.writeProcessing();
    res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>; rel=preload; as=script'], 'x-hint': '1' });
    res.writeInformation(104, { 'x-info': 'yes' });
    res.end('final');
  });
  const port = await listen(server);
  const infos = [];
  const req = http.get({ port, host: '127.0.0.1' });
  req.on('information', (i) => infos.push([i.statusCode, i.statusMessage, i.headers]));
  const [res] = await once(req, 'response');
  let body = '';
  for await (const d of res) body += d;
  assert.strictEqual(body, 'final');
  assert.deepStrictEqual(infos, [
    [102, 'Processing', {}],
    [103, 'Early Hints', { link: '</a.css>; rel=preload; as=style, </b.js>; rel=preload; as=script', 'x-hint': '1' }],
    [104, 'unknown', { 'x-info': 'yes' }],
  ]);
  const res2 = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
  assert.throws(() => res2.writeInformation(200), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => res2.writeInformation(101), { code: 'ERR_HTTP_INVALID_STATUS_CODE' });
  assert.throws(() => res2.writeEarlyHints('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res2.writeEarlyHints({ link: 'bad link' }), { code: 'ERR_INVALID_ARG_VALUE' });
  server.close();
});

'use strict';
// node:net over loopback: echo, half-open, pause/resume, addresses, byte counters, ref/unref,
// connect forms and events, Unix-domain sockets in a temp dir.
const test = require('node:test');
const assert = require('node:assert');
const net = require('node:net');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { once } = require('node:events');

function listen(server, ...args) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(...args, () => { server.off('error', reject); resolve(server.address()); });
  });
}

function collect(socket) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('end', () => resolve(Buffer.concat(chunks)));
    socket.on('error', reject);
  });
}

test('module shape', () => {
  for (const name of ['connect', 'createConnection', 'createServer', 'isIP', 'isIPv4', 'isIPv6',
    'getDefaultAutoSelectFamily', 'setDefaultAutoSelectFamily',
    'getDefaultAutoSelectFamilyAttemptTimeout', 'setDefaultAutoSelectFamilyAttemptTimeout']) {
    assert.strictEqual(typeof net[name], 'function', name);
  }
  assert.strictEqual(net.Stream, net.Socket);
  assert.strictEqual(net.connect, net.createConnection);
  assert.ok(new net.Socket() instanceof require('node:stream').Duplex);
  assert.ok(net.Socket() instanceof net.Socket);
  assert.ok(net.Server() instanceof require('node:events'));
});

test('echo server and client', async () => {
  const server = net.createServer((s) => s.pipe(s));
  const { port, address, family } = await listen(server, 0, '127.0.0.1');
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 'IPv4');
  assert.ok(server.listening);
  const client = net.connect(port, '127.0.0.1');
  assert.strictEqual(client.readyState, 'opening');
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.pending, true);
  await once(client, 'connect');
  assert.strictEqual(client.readyState, 'open');
  assert.strictEqual(client.pending, false);
  assert.strictEqual(client.remoteAddress, '127.0.0.1');
  assert.strictEqual(client.remotePort, port);
  assert.strictEqual(client.remoteFamily, 'IPv4');
  assert.strictEqual(client.localAddress, '127.0.0.1');
  assert.strictEqual(typeof client.localPort, 'number');
  assert.strictEqual(client.localFamily, 'IPv4');
  assert.deepStrictEqual(client.address(), { address: '127.0.0.1', family: 'IPv4', port: client.localPort });
  const big = Buffer.alloc(1024 * 1024, 'x');
  const got = collect(client);
  client.write('hello ');
  client.write(Buffer.from('world '));
  client.write(big);
  client.end('bye');
  const data = await got;
  assert.strictEqual(data.length, 12 + big.length + 3);
  assert.strictEqual(data.subarray(0, 12).toString(), 'hello world ');
  assert.strictEqual(data.subarray(-3).toString(), 'bye');
  assert.strictEqual(client.bytesWritten, data.length);
  assert.strictEqual(client.bytesRead, data.length);
  await once(client, 'close');
  assert.strictEqual(client.readyState, 'closed');
  assert.strictEqual(client.bytesRead, data.length);
  server.close();
  await once(server, 'close');
  assert.strictEqual(server.listening, false);
});

test('writes before connect are queued; string encodings', async () => {
  const server = net.createServer((s) => s.pipe(s));
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.createConnection({ port, host: '127.0.0.1' });
  client.write('caf\u00e9 ', 'utf8');
  client.write('68656c6c6f', 'hex');
  client.write(' ');
  client.write('aGk=', 'base64');
  client.write(' \u00ff', 'latin1');
  client.end();
  const data = await collect(client);
  assert.strictEqual(data.toString('latin1'), 'caf\u00c3\u00a9 hello hi \u00ff');
  server.close();
});

test('half-open: allowHalfOpen server replies after the client ends', async () => {
  const server = net.createServer({ allowHalfOpen: true }, (s) => {
    let n = 0;
    s.on('data', (d) => { n += d.length; });
    s.on('end', () => {
      assert.strictEqual(s.readyState, 'writeOnly');
      s.end(`got ${n}`);
    });
  });
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
  await once(client, 'connect');
  client.end('12345');
  await once(client, 'finish');
  assert.strictEqual(client.readyState, 'readOnly');
  const data = await collect(client);
  assert.strictEqual(data.toString(), 'got 5');
  server.close();
});

test('without allowHalfOpen the socket ends its side when the peer ends', async () => {
  const server = net.createServer((s) => { s.end('bye'); });
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect(port, '127.0.0.1');
  const data = await collect(client);
  assert.strictEqual(data.toString(), 'bye');
  await once(client, 'close');
  assert.strictEqual(client.writable, false);
  server.close();
});

test('pause and resume; pauseOnConnect', async () => {
  const server = net.createServer({ pauseOnConnect: true }, (s) => {
    assert.strictEqual(s.isPaused(), true);
    setTimeout(() => s.resume(), 20);
    s.on('data', (d) => s.end(d));
  });
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect(port, '127.0.0.1');
  client.write('ping');
  client.pause();
  let early = false;
  client.on('data', () => { early = true; });
  await new Promise((r) => setTimeout(r, 50));
  assert.strictEqual(early, false);  // data listener while paused does not flow
  const done = collect(client);
  client.resume();
  assert.strictEqual((await done).toString(), 'ping');
  server.close();
});

test('connection events order: lookup, connect, ready', async () => {
  const server = net.createServer((s) => s.end());
  const { port } = await listen(server, 0, '127.0.0.1');
  const events = [];
  const client = net.connect({ port, host: 'localhost', family: 4 });
  client.on('lookup', (err, address, family, host) => {
    events.push(['lookup', err, address, family, host]);
  });
  client.on('connect', () => events.push(['connect']));
  client.on('ready', () => events.push(['ready']));
  client.resume();
  await once(client, 'close');
  assert.deepStrictEqual(events, [['lookup', null, '127.0.0.1', 4, 'localhost'], ['connect'], ['ready']]);
  server.close();
});

test('the lookup option replaces name resolution', async () => {
  const server = net.createServer((s) => s.end('x'));
  const { port } = await listen(server, 0, '127.0.0.1');
  const asked = [];
  const client = net.connect({
    port, host: 'my.example', autoSelectFamily: false,
    lookup(host, opts, cb) { asked.push(host); cb(null, '127.0.0.1', 4); },
  });
  assert.strictEqual((await collect(client)).toString(), 'x');
  assert.deepStrictEqual(asked, ['my.example']);
  server.close();
});

test('getConnections, server socket properties, close waits for connections', async () => {
  let serverSide;
  const server = net.createServer((s) => { serverSide = s; });
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect(port, '127.0.0.1');
  await Promise.all([once(server, 'connection'), once(client, 'connect')]);
  assert.strictEqual(serverSide.server, server);
  assert.strictEqual(serverSide.remotePort, client.localPort);
  const count = await new Promise((resolve, reject) => {
    server.getConnections((err, n) => (err ? reject(err) : resolve(n)));
  });
  assert.strictEqual(count, 1);
  let closed = false;
  server.close(() => { closed = true; });
  assert.strictEqual(server.listening, false);
  await new Promise((r) => setTimeout(r, 20));
  assert.strictEqual(closed, false);
  client.end();
  await once(server, 'close');
  assert.strictEqual(closed, true);
});

test('unref lets the process exit; ref reports state', async () => {
  const server = net.createServer();
  await listen(server, 0, '127.0.0.1');
  assert.strictEqual(server.unref(), server);
  assert.strictEqual(server.ref(), server);
  server.close();
  const sock = new net.Socket();
  assert.strictEqual(sock.unref(), sock);
  assert.strictEqual(sock.ref(), sock);
  sock.destroy();
});

test('setNoDelay, setKeepAlive and setTimeout return the socket', async () => {
  const server = net.createServer((s) => s.resume());
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect(port, '127.0.0.1');
  assert.strictEqual(client.setNoDelay(true), client);
  assert.strictEqual(client.setKeepAlive(true, 1000), client);
  await once(client, 'connect');
  assert.strictEqual(client.setNoDelay(), client);
  assert.strictEqual(client.setKeepAlive(false), client);
  assert.strictEqual(client.setTimeout(0), client);
  client.destroy();
  await once(client, 'close');
  server.close();
});

test('Unix-domain socket server and client', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-net-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const sockPath = path.join(dir, 's.sock');
  const server = net.createServer((s) => {
    assert.strictEqual(s.remoteAddress, undefined);
    s.pipe(s);
  });
  const addr = await listen(server, sockPath);
  assert.strictEqual(addr, sockPath);
  assert.strictEqual(server.address(), sockPath);
  assert.ok(fs.statSync(sockPath).isSocket());
  const client = net.connect(sockPath);
  await once(client, 'connect');
  client.end('over a unix socket');
  assert.strictEqual((await collect(client)).toString(), 'over a unix socket');
  server.close();
  await once(server, 'close');
  assert.strictEqual(fs.existsSync(sockPath), false);
});

test('Unix-domain socket: listen with options.path and readableAll/writableAll', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-net-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const sockPath = path.join(dir, 'o.sock');
  const server = net.createServer((s) => s.end('ok'));
  await listen(server, { path: sockPath, readableAll: true, writableAll: true });
  assert.strictEqual(fs.statSync(sockPath).mode & 0o666, 0o666);
  const client = net.createConnection({ path: sockPath });
  assert.strictEqual((await collect(client)).toString(), 'ok');
  server.close();
});

test('IPv6 loopback', async () => {
  const server = net.createServer((s) => s.end(s.remoteFamily));
  let addr;
  try {
    addr = await listen(server, 0, '::1');
  } catch (err) {
    assert.ok(['EADDRNOTAVAIL', 'EAFNOSUPPORT'].includes(err.code), err.code);
    return;  // no IPv6 on this machine
  }
  assert.strictEqual(addr.family, 'IPv6');
  assert.strictEqual(addr.address, '::1');
  const client = net.connect(addr.port, '::1');
  assert.strictEqual((await collect(client)).toString(), 'IPv6');
  server.close();
});

test('listen() with no port picks one on the unspecified address', async () => {
  const server = net.createServer((s) => s.end('any'));
  const addr = await listen(server);
  assert.ok(addr.port > 0);
  assert.ok(addr.address === '::' || addr.address === '0.0.0.0');
  const client = net.connect(addr.port, '127.0.0.1');
  assert.strictEqual((await collect(client)).toString(), 'any');
  server.close();
});

test('Unix-domain socket in the abstract namespace (Linux)', { skip: process.platform !== 'linux' && 'abstract sockets are Linux-only' }, async () => {
  const name = `\0pjs-net-test-${process.pid}`;
  const server = net.createServer((s) => s.end('abstract'));
  await listen(server, name);
  assert.strictEqual(server.address(), name);
  const other = net.createServer();
  other.listen(name);
  const [err] = await once(other, 'error');
  assert.strictEqual(err.code, 'EADDRINUSE');
  const client = net.connect(name);
  assert.strictEqual((await collect(client)).toString(), 'abstract');
  server.close();
  await once(server, 'close');
  const late = net.connect(name);
  const [refused] = await once(late, 'error');
  assert.strictEqual(refused.code, 'ECONNREFUSED');
});

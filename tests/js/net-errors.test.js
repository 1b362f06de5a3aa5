'use strict';
// node:net error cases: refused connections, resets, EPIPE after end, closed sockets, bad
// ports and arguments, listening twice, closing a closed server, EADDRINUSE.
const test = require('node:test');
const assert = require('node:assert');
const net = require('node:net');
const { once } = require('node:events');

function listen(server, ...args) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(...args, () => { server.off('error', reject); resolve(server.address()); });
  });
}

// A port nothing listens on: bound and closed again.
async function freePort() {
  const s = net.createServer();
  const { port } = await listen(s, 0, '127.0.0.1');
  await new Promise((r) => s.close(r));
  return port;
}

test('ECONNREFUSED with Node\'s message and fields', async () => {
  const port = await freePort();
  const client = net.connect(port, '127.0.0.1');
  const [err] = await once(client, 'error');
  assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
  assert.strictEqual(err.code, 'ECONNREFUSED');
  assert.strictEqual(err.errno, -111);
  assert.strictEqual(err.syscall, 'connect');
  assert.strictEqual(err.address, '127.0.0.1');
  assert.strictEqual(err.port, port);
  assert.strictEqual(client.destroyed, true);
  const [hadError] = await once(client, 'close');
  assert.strictEqual(hadError, true);
});

test('ECONNRESET when the peer resets', async () => {
  const server = net.createServer((s) => {
    s.on('data', () => s.resetAndDestroy());
  });
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect(port, '127.0.0.1');
  client.write('x');
  const [err] = await once(client, 'error');
  assert.strictEqual(err.code, 'ECONNRESET');
  assert.strictEqual(err.syscall, 'read');
  assert.strictEqual(err.message, 'read ECONNRESET');
  server.close();
});

test('EPIPE: writing after the other side ended', async () => {
  const server = net.createServer((s) => s.end());
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect({ port, host: '127.0.0.1', allowHalfOpen: false });
  client.resume();
  await once(client, 'end');
  await new Promise((r) => setImmediate(r));
  const err = await new Promise((resolve) => {
    const ret = client.write('late', resolve);
    assert.strictEqual(ret, false);
  });
  assert.strictEqual(err.code, 'EPIPE');
  assert.strictEqual(err.message, 'This socket has been ended by the other party');
  await once(client, 'close');
  server.close();
});

test('ERR_SOCKET_CLOSED: resetAndDestroy on a socket with no handle', async () => {
  const s = new net.Socket();
  s.resetAndDestroy();
  const [err] = await once(s, 'error');
  assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED');
  assert.strictEqual(err.message, 'Socket is closed');
});

test('bad ports', () => {
  for (const port of [-1, 65536, 1.5, 'abc', NaN, Infinity]) {
    assert.throws(() => net.connect({ port, host: '127.0.0.1' }), { code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError' },
                  String(port));
  }
  assert.throws(() => net.connect({ port: true, host: '127.0.0.1' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => net.createServer().listen(65536), {
    code: 'ERR_SOCKET_BAD_PORT',
    message: 'options.port should be >= 0 and < 65536. Received type number (65536).',
  });
  assert.throws(() => net.createServer().listen({ port: -1 }), { code: 'ERR_SOCKET_BAD_PORT' });
});

test('bad arguments', () => {
  assert.throws(() => net.connect({ port: 80, localAddress: 'nope' }), {
    code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: nope',
  });
  assert.throws(() => net.connect({ port: 80, host: 'x.invalid', lookup: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => net.connect({ port: 80, autoSelectFamily: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => net.createServer(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => net.createServer().listen({}), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /must have the property "port" or "path"/,
  });
  assert.throws(() => new net.Socket({ objectMode: true }), { code: 'ERR_INVALID_ARG_VALUE' });
  const s = new net.Socket();
  assert.throws(() => s.setTimeout(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => s.setTimeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => s.setTimeout(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  s.destroy();
});

test('a name that does not resolve', async () => {
  const client = net.connect({ port: 80, host: 'no-such-host.invalid' });
  const [err] = await once(client, 'error');
  assert.ok(['ENOTFOUND', 'EAI_AGAIN'].includes(err.code), err.code);
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'no-such-host.invalid');
});

test('listen twice: ERR_SERVER_ALREADY_LISTEN', async () => {
  const server = net.createServer();
  await listen(server, 0, '127.0.0.1');
  assert.throws(() => server.listen(0), {
    code: 'ERR_SERVER_ALREADY_LISTEN',
    message: 'Listen method has been called more than once without closing.',
  });
  server.close();
});

test('closing a server that is not running: ERR_SERVER_NOT_RUNNING', async () => {
  const server = net.createServer();
  const err = await new Promise((resolve) => server.close(resolve));
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
  assert.strictEqual(err.message, 'Server is not running.');
});

test('EADDRINUSE with Node\'s message', async () => {
  const a = net.createServer();
  const { port } = await listen(a, 0, '127.0.0.1');
  const b = net.createServer();
  b.listen(port, '127.0.0.1');
  const [err] = await once(b, 'error');
  assert.strictEqual(err.code, 'EADDRINUSE');
  assert.strictEqual(err.syscall, 'listen');
  assert.strictEqual(err.address, '127.0.0.1');
  assert.strictEqual(err.port, port);
  assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
  assert.strictEqual(b.listening, false);
  a.close();
});

test('connect to a missing Unix socket: ENOENT', async () => {
  const client = net.connect('/tmp/pjs-no-such-dir/none.sock');
  const [err] = await once(client, 'error');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'connect');
  assert.strictEqual(err.address, '/tmp/pjs-no-such-dir/none.sock');
  assert.strictEqual(err.message, 'connect ENOENT /tmp/pjs-no-such-dir/none.sock');
});

test('destroy while connecting: no connect, close without error', async () => {
  const server = net.createServer();
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect(port, '127.0.0.1');
  client.on('connect', () => assert.fail('connected'));
  client.destroy();
  const [hadError] = await once(client, 'close');
  assert.strictEqual(hadError, false);
  server.close();
});

test('write callback after destroy gets an error', async () => {
  const client = new net.Socket();
  client.destroy();
  await once(client, 'close');
  const err = await new Promise((resolve) => client.write('x', resolve));
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
});

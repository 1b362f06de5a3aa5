'use strict';
// dgram over IPv4 loopback: bind forms, message exchange, send callbacks, connect, buffer
// sizes, reuse options, synchronous bind/connect, close and async dispose, error cases.
const { test } = require('node:test');
const assert = require('node:assert');
const dgram = require('node:dgram');
const { once } = require('node:events');

const closeAll = (...sockets) => Promise.all(sockets.map((s) => new Promise((res) => s.close(res))));

async function bound(options = 'udp4', address = '127.0.0.1') {
  const s = dgram.createSocket(options);
  s.bind(0, address);
  await once(s, 'listening');
  return s;
}

test('bind forms: port + address, options object, callback only', async () => {
  const a = dgram.createSocket('udp4');
  await new Promise((res) => a.bind(0, '127.0.0.1', res));
  assert.deepStrictEqual(Object.keys(a.address()), ['address', 'family', 'port']);
  assert.strictEqual(a.address().address, '127.0.0.1');
  assert.strictEqual(a.address().family, 'IPv4');
  assert.ok(a.address().port > 0);

  const b = dgram.createSocket('udp4');
  await new Promise((res) => b.bind({ port: 0, address: '127.0.0.1', exclusive: true }, res));
  assert.strictEqual(b.address().address, '127.0.0.1');

  const c = dgram.createSocket('udp4');
  await new Promise((res) => c.bind(res));
  assert.strictEqual(c.address().address, '0.0.0.0');

  const d = dgram.createSocket('udp4');
  d.bind();
  await once(d, 'listening');
  assert.strictEqual(d.address().address, '0.0.0.0');
  await closeAll(a, b, c, d);
});

test('message carries the bytes and rinfo { address, family, port, size }', async () => {
  const server = await bound();
  const client = await bound();
  const got = once(server, 'message');
  client.send('hello', server.address().port, '127.0.0.1');
  const [msg, rinfo] = await got;
  assert.ok(Buffer.isBuffer(msg));
  assert.strictEqual(msg.toString(), 'hello');
  assert.deepStrictEqual(rinfo, { address: '127.0.0.1', family: 'IPv4', port: client.address().port, size: 5 });
  await closeAll(server, client);
});

test('send callback gets (null, bytes) for every buffer form', async () => {
  const server = await bound();
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  const sends = [
    [['abc', port, '127.0.0.1'], 3],
    [[Buffer.from('abcdef'), 1, 3, port, '127.0.0.1'], 3],
    [[[Buffer.from('ab'), 'cd'], port, '127.0.0.1'], 4],
    [[new Float64Array(2), port, '127.0.0.1'], 16],
    [[new DataView(new ArrayBuffer(3)), port], 3],
    [[[], port, '127.0.0.1'], 0],
  ];
  const received = [];
  server.on('message', (msg) => received.push(msg.length));
  for (const [args, bytes] of sends) {
    const n = await new Promise((res, rej) => client.send(...args, (err, sent) => (err ? rej(err) : res(sent))));
    assert.strictEqual(n, bytes);
  }
  while (received.length < sends.length) await once(server, 'message');
  assert.deepStrictEqual(received, sends.map(([, bytes]) => bytes));
  await closeAll(server, client);
});

test('many datagrams arrive in order and complete their callbacks', async () => {
  const server = await bound();
  const client = await bound();
  const n = 50;  // well inside the default receive buffer: loopback UDP drops nothing then
  const seen = [];
  server.on('message', (msg) => seen.push(msg.readUInt32BE(0)));
  let callbacks = 0;
  for (let i = 0; i < n; i++) {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(i);
    client.send(b, server.address().port, '127.0.0.1', (err) => {
      assert.ifError(err);
      callbacks++;
    });
  }
  assert.ok(client.getSendQueueCount() >= 0);
  while (seen.length < n) await once(server, 'message');
  while (callbacks < n) await new Promise((res) => setImmediate(res));
  assert.deepStrictEqual(seen, Array.from({ length: n }, (_, i) => i));
  assert.strictEqual(client.getSendQueueSize(), 0);
  assert.strictEqual(client.getSendQueueCount(), 0);
  await closeAll(server, client);
});

test('a large datagram (60 KiB) arrives whole', async () => {
  const server = await bound();
  const client = await bound();
  const payload = Buffer.alloc(60 * 1024, 7);
  const got = once(server, 'message');
  client.send(payload, server.address().port, '127.0.0.1');
  const [msg, rinfo] = await got;
  assert.strictEqual(rinfo.size, payload.length);
  assert.ok(msg.equals(payload));
  await closeAll(server, client);
});

test('connect: send without address, remoteAddress, disconnect', async () => {
  const server = await bound();
  const client = dgram.createSocket('udp4');
  await new Promise((res) => client.connect(server.address().port, '127.0.0.1', res));
  assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port: server.address().port });
  assert.throws(() => client.connect(server.address().port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
  const got = once(server, 'message');
  client.send('to peer');
  assert.strictEqual((await got)[0].toString(), 'to peer');
  assert.throws(() => client.send(Buffer.from('xyz'), 0, 1, 5000, '127.0.0.1'), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
  client.disconnect();
  assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
  assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
  await closeAll(server, client);
});

test('connect emits connect; a refused peer surfaces as ECONNREFUSED (recvmsg)', async () => {
  const gone = await bound();
  const port = gone.address().port;
  await closeAll(gone);
  const client = dgram.createSocket('udp4');
  const connected = once(client, 'connect');
  client.connect(port, '127.0.0.1');
  await connected;
  // The kernel answers the datagram with ICMP port-unreachable, reported on the socket.
  const err = await new Promise((resolve) => {
    const timer = setInterval(() => client.send('ping', (e) => { if (e) done(e); }), 50);
    const done = (e) => {
      clearInterval(timer);
      resolve(e);
    };
    client.once('error', done);
    client.send('ping', (e) => { if (e) done(e); });
  });
  assert.strictEqual(err.code, 'ECONNREFUSED');
  await closeAll(client);
});

test('EADDRINUSE carries Node message and fields; reuseAddr lets two sockets share', async () => {
  const a = await bound();
  const port = a.address().port;
  const b = dgram.createSocket('udp4');
  b.bind(port, '127.0.0.1');
  const [err] = await once(b, 'error');
  assert.strictEqual(err.code, 'EADDRINUSE');
  assert.strictEqual(err.syscall, 'bind');
  assert.strictEqual(err.address, '127.0.0.1');
  assert.strictEqual(err.port, port);
  assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
  await closeAll(a, b);

  const r1 = await bound({ type: 'udp4', reuseAddr: true });
  const r2 = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  await new Promise((res) => r2.bind(r1.address().port, '127.0.0.1', res));
  assert.strictEqual(r2.address().port, r1.address().port);
  await closeAll(r1, r2);
});

test('reusePort: two sockets bind one port', async (t) => {
  const first = dgram.createSocket({ type: 'udp4', reusePort: true });
  const ok = await new Promise((res) => {
    first.once('error', (e) => res(e));
    first.bind(0, '127.0.0.1', () => res(null));
  });
  if (ok) {
    await closeAll(first);
    t.skip(`SO_REUSEPORT unavailable here: ${ok.code}`);
    return;
  }
  const second = dgram.createSocket({ type: 'udp4', reusePort: true });
  await new Promise((res, rej) => {
    second.once('error', rej);
    second.bind(first.address().port, '127.0.0.1', res);
  });
  assert.strictEqual(second.address().port, first.address().port);
  // Without the option a third socket cannot join them.
  const third = dgram.createSocket('udp4');
  third.bind(first.address().port, '127.0.0.1');
  assert.strictEqual((await once(third, 'error'))[0].code, 'EADDRINUSE');
  await closeAll(first, second, third);
});

test('buffer sizes: options and setters', async () => {
  const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 10000, sendBufferSize: 12000 });
  assert.throws(() => s.getRecvBufferSize(), { code: 'ERR_SOCKET_BUFFER_SIZE', name: 'SystemError' });
  await new Promise((res) => s.bind(0, '127.0.0.1', res));
  // Linux doubles the value for bookkeeping.
  assert.ok(s.getRecvBufferSize() >= 10000);
  assert.ok(s.getSendBufferSize() >= 12000);
  s.setRecvBufferSize(20000);
  assert.ok(s.getRecvBufferSize() >= 20000);
  assert.throws(() => s.setSendBufferSize(1.5), { code: 'ERR_SOCKET_BAD_BUFFER_SIZE' });
  await closeAll(s);
});

test('bindSync and connectSync work without a lookup', async () => {
  const server = dgram.createSocket('udp4');
  const addr = server.bindSync({ port: 0, address: '127.0.0.1' });
  assert.strictEqual(addr.address, '127.0.0.1');
  let listening = false;
  server.on('listening', () => { listening = true; });
  assert.throws(() => server.bindSync(), { code: 'ERR_SOCKET_ALREADY_BOUND' });
  await new Promise((res) => process.nextTick(res));
  assert.strictEqual(listening, true);
  const client = dgram.createSocket('udp4');
  client.connectSync(addr.port, '127.0.0.1');
  assert.strictEqual(client.remoteAddress().port, addr.port);
  const got = once(server, 'message');
  client.send('sync');
  assert.strictEqual((await got)[0].toString(), 'sync');
  await closeAll(server, client);
});

test('close: callback and event once, then every call reports not running', async () => {
  const s = await bound();
  let closes = 0;
  s.on('close', () => closes++);
  await new Promise((res) => s.close(res));
  assert.strictEqual(closes, 1);
  assert.throws(() => s.send('x', 1234, '127.0.0.1'), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' });
  assert.throws(() => s.close(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
  assert.throws(() => s.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
  assert.strictEqual(s.ref(), s);
  assert.strictEqual(s.unref(), s);
});

test('Symbol.asyncDispose closes the socket', async () => {
  const s = await bound();
  let closed = false;
  s.on('close', () => { closed = true; });
  await s[Symbol.asyncDispose]();
  assert.strictEqual(closed, true);
  await s[Symbol.asyncDispose]();  // a second dispose is a no-op
});

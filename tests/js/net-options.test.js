'use strict';
// node:net options and less common paths: idle timeouts, maxConnections/'drop', listening on a
// handle or descriptor, abort signals, asyncDispose, local address binding, address families,
// Happy Eyeballs (autoSelectFamily), writev batching, onread buffers, type of service.
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

function collect(socket) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('end', () => resolve(Buffer.concat(chunks)));
    socket.on('error', reject);
  });
}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

test('setTimeout: "timeout" after idleness, again after new activity; 0 disables', async () => {
  const server = net.createServer((s) => s.on('data', (d) => s.write(d)));
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect(port, '127.0.0.1');
  await once(client, 'connect');
  let timeouts = 0;
  client.on('timeout', () => { timeouts++; });
  client.setTimeout(40);
  assert.strictEqual(client.timeout, 40);
  await once(client, 'timeout');
  await delay(100);
  assert.strictEqual(timeouts, 1);  // once per idle period
  client.write('x');
  await once(client, 'timeout');
  assert.strictEqual(timeouts, 2);
  client.setTimeout(0);
  client.write('y');
  await delay(100);
  assert.strictEqual(timeouts, 2);
  client.destroy();
  server.close();
});

test('connect with the timeout option', async () => {
  const server = net.createServer();
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect({ port, host: '127.0.0.1', timeout: 30 });
  await once(client, 'timeout');
  assert.strictEqual(client.timeout, 30);
  client.destroy();
  server.close();
});

test('maxConnections drops extra connections and emits "drop"', async () => {
  const kept = [];
  const server = net.createServer((s) => kept.push(s));
  server.maxConnections = 1;
  const { port } = await listen(server, 0, '127.0.0.1');
  const a = net.connect(port, '127.0.0.1');
  await once(server, 'connection');
  const b = net.connect(port, '127.0.0.1');
  b.on('error', () => {});
  const [data] = await once(server, 'drop');
  assert.strictEqual(data.localAddress, '127.0.0.1');
  assert.strictEqual(data.localPort, port);
  assert.strictEqual(data.localFamily, 'IPv4');
  assert.strictEqual(data.remoteAddress, '127.0.0.1');
  assert.strictEqual(data.remoteFamily, 'IPv4');
  assert.strictEqual(typeof data.remotePort, 'number');
  b.resume();
  await once(b, 'close');
  assert.strictEqual(kept.length, 1);
  a.destroy();
  server.close();
});

test('listen on an existing handle and on a descriptor', async () => {
  const first = net.createServer();
  await listen(first, 0, '127.0.0.1');
  const handle = first._handle;
  const fd = handle.fd ?? handle.getFd?.();
  const { port } = first.address();
  // Another server takes over the listening handle.
  first._handle = null;
  const second = net.createServer((s) => s.end('second'));
  await listen(second, handle);
  assert.strictEqual(second.address().port, port);
  const c = net.connect(port, '127.0.0.1');
  assert.strictEqual((await collect(c)).toString(), 'second');
  assert.ok(Number.isInteger(fd) && fd > 2);
  second.close();
  await once(second, 'close');
});

test('server listen({ fd }) with a descriptor this loop already watches: EEXIST', async () => {
  const owner = net.createServer();
  await listen(owner, 0, '127.0.0.1');
  const fd = owner._handle.fd ?? owner._handle.getFd();
  const server = net.createServer();
  server.listen({ fd });
  const [err] = await once(server, 'error');
  assert.strictEqual(err.code, 'EEXIST');
  assert.strictEqual(err.syscall, 'listen');
  assert.strictEqual(server.listening, false);
  owner.close();
});

test('server signal option closes the server', async () => {
  const ac = new AbortController();
  const server = net.createServer();
  await listen(server, { port: 0, host: '127.0.0.1', signal: ac.signal });
  assert.strictEqual(server.listening, true);
  ac.abort();
  await once(server, 'close');
  assert.strictEqual(server.listening, false);
});

test('client signal option destroys the socket with an AbortError', async () => {
  const server = net.createServer();
  const { port } = await listen(server, 0, '127.0.0.1');
  const ac = new AbortController();
  const client = net.connect({ port, host: '127.0.0.1', signal: ac.signal });
  await once(client, 'connect');
  ac.abort();
  const [err] = await once(client, 'error');
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  server.close();
});

test('Server[Symbol.asyncDispose] closes the server', async () => {
  const server = net.createServer();
  await listen(server, 0, '127.0.0.1');
  await server[Symbol.asyncDispose]();
  assert.strictEqual(server.listening, false);
  await server[Symbol.asyncDispose]();  // not running: resolves
});

test('noDelay, keepAlive and highWaterMark server options', async () => {
  const server = net.createServer({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000, highWaterMark: 1024 },
                                   (s) => { s.end(String(s.readableHighWaterMark)); });
  assert.strictEqual(server.noDelay, true);
  assert.strictEqual(server.keepAlive, true);
  assert.strictEqual(server.keepAliveInitialDelay, 1);
  const { port } = await listen(server, 0, '127.0.0.1');
  const c = net.connect({ port, host: '127.0.0.1', noDelay: true, keepAlive: true });
  assert.strictEqual((await collect(c)).toString(), '1024');
  server.close();
});

test('localAddress and localPort', async () => {
  const server = net.createServer((s) => s.end(`${s.remoteAddress} ${s.remotePort}`));
  const { port } = await listen(server, 0, '127.0.0.1');
  const probe = net.createServer();
  const { port: localPort } = await listen(probe, 0, '127.0.0.1');
  await new Promise((r) => probe.close(r));
  const c = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort });
  await once(c, 'connect');
  assert.strictEqual(c.localPort, localPort);
  assert.strictEqual((await collect(c)).toString(), `127.0.0.1 ${localPort}`);
  // localAddress alone: any local port.
  const d = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1' });
  assert.match((await collect(d)).toString(), /^127\.0\.0\.1 \d+$/);
  server.close();
});

test('family option picks the address family of a name', async () => {
  const server = net.createServer((s) => s.end(s.remoteFamily));
  const { port } = await listen(server, 0, '127.0.0.1');
  const c = net.connect({ port, host: 'localhost', family: 4 });
  assert.strictEqual((await collect(c)).toString(), 'IPv4');
  server.close();
});

test('autoSelectFamily: addresses tried in turn until one connects', async () => {
  const dead = net.createServer();
  const { port: deadPort } = await listen(dead, 0, '127.0.0.1');
  await new Promise((r) => dead.close(r));
  const server = net.createServer((s) => s.end('ok'));
  const { port } = await listen(server, 0, '127.0.0.1');
  const attempts = [];
  const failures = [];
  const client = net.connect({
    port, host: 'multi.example', autoSelectFamily: true, autoSelectFamilyAttemptTimeout: 1000,
    lookup(host, opts, cb) {
      assert.strictEqual(opts.all, true);
      process.nextTick(cb, null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]);
    },
  });
  client.on('connectionAttempt', (ip, p, family) => attempts.push([ip, p, family]));
  client.on('connectionAttemptFailed', (ip, p, family, err) => failures.push([ip, err.syscall]));
  const data = await collect(client);
  assert.strictEqual(data.toString(), 'ok');
  assert.deepStrictEqual(attempts, [['::1', port, 6], ['127.0.0.1', port, 4]]);
  assert.deepStrictEqual(failures, [['::1', 'connect']]);
  assert.deepStrictEqual(client.autoSelectFamilyAttemptedAddresses, [`::1:${port}`, `127.0.0.1:${port}`]);
  void deadPort;
  server.close();
});

test('autoSelectFamily: every attempt failing gives an AggregateError', async () => {
  const dead = net.createServer();
  const { port } = await listen(dead, 0, '127.0.0.1');
  await new Promise((r) => dead.close(r));
  const client = net.connect({
    port, host: 'multi.example',
    lookup(host, opts, cb) { cb(null, [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }]); },
  });
  const [err] = await once(client, 'error');
  assert.ok(err instanceof AggregateError);
  assert.strictEqual(err.code, 'ECONNREFUSED');
  assert.strictEqual(err.errors.length, 2);
  assert.strictEqual(err.errors[0].message, `connect ECONNREFUSED 127.0.0.1:${port}`);
});

test('autoSelectFamily off: one lookup result, "lookup" event', async () => {
  const server = net.createServer((s) => s.end('one'));
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect({
    port, host: 'single.example', autoSelectFamily: false,
    lookup(host, opts, cb) { assert.notStrictEqual(opts.all, true); process.nextTick(cb, null, '127.0.0.1', 4); },
  });
  const [err, ip, family, host] = await once(client, 'lookup');
  assert.deepStrictEqual([err, ip, family, host], [null, '127.0.0.1', 4, 'single.example']);
  assert.strictEqual((await collect(client)).toString(), 'one');
  server.close();
});

test('get/setDefaultAutoSelectFamily(AttemptTimeout)', () => {
  const family = net.getDefaultAutoSelectFamily();
  const timeout = net.getDefaultAutoSelectFamilyAttemptTimeout();
  assert.strictEqual(typeof family, 'boolean');
  net.setDefaultAutoSelectFamilyAttemptTimeout(5);
  assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
  net.setDefaultAutoSelectFamilyAttemptTimeout(timeout);
  net.setDefaultAutoSelectFamily(!family);
  assert.strictEqual(net.getDefaultAutoSelectFamily(), !family);
  net.setDefaultAutoSelectFamily(family);
  assert.throws(() => net.setDefaultAutoSelectFamily(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(0), { code: 'ERR_OUT_OF_RANGE' });
});

test('cork/uncork batches writes into one _writev', async () => {
  const server = net.createServer((s) => s.pipe(s));
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect(port, '127.0.0.1');
  await once(client, 'connect');
  let batches = 0;
  const orig = client._writev;
  client._writev = function(chunks, cb) { batches++; return orig.call(this, chunks, cb); };
  client.cork();
  client.write('a');
  client.write(Buffer.from('b'));
  client.write('c', 'latin1');
  assert.strictEqual(client.writableLength, 3);
  assert.strictEqual(client.bufferSize, 3);
  client.uncork();
  client.end();
  assert.strictEqual((await collect(client)).toString(), 'abc');
  assert.strictEqual(batches, 1);
  server.close();
});

test('bytesWritten counts data written before the connection exists', async () => {
  const server = net.createServer((s) => s.resume());
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect(port, '127.0.0.1');
  client.write('12345');
  client.write(Buffer.from('678'));
  assert.strictEqual(client.bytesWritten, 8);
  await once(client, 'connect');
  client.end();
  await once(client, 'finish');
  assert.strictEqual(client.bytesWritten, 8);
  client.destroy();
  server.close();
});

test('destroySoon ends, then destroys after the writes', async () => {
  const server = net.createServer();
  const got = new Promise((resolve) => server.on('connection', (s) => resolve(collect(s))));
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect(port, '127.0.0.1');
  client.write('soon');
  client.destroySoon();
  await once(client, 'close');
  assert.strictEqual(client.destroyed, true);
  assert.strictEqual((await got).toString(), 'soon');
  server.close();
});

test('end(data, cb): the callback runs when finished', async () => {
  const server = net.createServer((s) => s.resume());
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => client.end('bye', resolve));
  assert.strictEqual(client.writableFinished, true);
  client.destroy();
  server.close();
});

test('resetAndDestroy from the client: the server sees ECONNRESET', async () => {
  const server = net.createServer();
  const { port } = await listen(server, 0, '127.0.0.1');
  const serverSide = once(server, 'connection');
  const client = net.connect(port, '127.0.0.1');
  await once(client, 'connect');
  const [s] = await serverSide;
  client.resetAndDestroy();
  const [err] = await once(s, 'error');
  assert.strictEqual(err.code, 'ECONNRESET');
  server.close();
});

test('onread option: reads go into the given buffer', async () => {
  const server = net.createServer((s) => s.end('0123456789'));
  const { port } = await listen(server, 0, '127.0.0.1');
  const buffer = Buffer.alloc(4);
  const pieces = [];
  const client = net.connect({
    port, host: '127.0.0.1',
    onread: { buffer, callback(n, buf) { assert.strictEqual(buf, buffer); pieces.push(buf.toString('latin1', 0, n)); } },
  });
  await once(client, 'end');
  assert.strictEqual(pieces.join(''), '0123456789');
  assert.ok(pieces.every((p) => p.length <= 4));
  server.close();
});

test('client blockList: ERR_IP_BLOCKED', async () => {
  const blockList = new net.BlockList();
  blockList.addAddress('127.0.0.1');
  const client = net.connect({ port: 9, host: '127.0.0.1', blockList });
  const [err] = await once(client, 'error');
  assert.strictEqual(err.code, 'ERR_IP_BLOCKED');
  assert.strictEqual(err.message, 'IP(127.0.0.1) is blocked by net.BlockList');
});

test('connectionAttempt event for a single address', async () => {
  const server = net.createServer((s) => s.end());
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect(port, '127.0.0.1');
  const [ip, p, family] = await once(client, 'connectionAttempt');
  assert.deepStrictEqual([ip, p, family], ['127.0.0.1', port, 4]);
  client.resume();
  await once(client, 'close');
  server.close();
});

test('listen on "localhost"', async () => {
  const server = net.createServer((s) => s.end('local'));
  const { address, port } = await listen(server, 0, 'localhost');
  assert.ok(address === '127.0.0.1' || address === '::1', address);
  const c = net.connect(port, address);
  assert.strictEqual((await collect(c)).toString(), 'local');
  server.close();
});

test('ipv6Only: an IPv6 listener does not take IPv4 connections', async () => {
  const server = net.createServer((s) => s.end());
  try {
    await listen(server, { port: 0, host: '::', ipv6Only: true });
  } catch (err) {
    assert.ok(['EADDRNOTAVAIL', 'EAFNOSUPPORT'].includes(err.code), err.code);
    return;  // no IPv6 here
  }
  const c = net.connect(server.address().port, '127.0.0.1');
  const [err] = await once(c, 'error');
  assert.strictEqual(err.code, 'ECONNREFUSED');
  server.close();
});

test('setTypeOfService / getTypeOfService', async () => {
  const server = net.createServer((s) => s.resume());
  const { port } = await listen(server, 0, '127.0.0.1');
  const client = net.connect({ port, host: '127.0.0.1', typeOfService: 0x10 });
  await once(client, 'connect');
  assert.strictEqual(client.getTypeOfService(), 0x10);
  client.setTypeOfService(0x08);
  assert.strictEqual(client.getTypeOfService(), 0x08);
  assert.throws(() => client.setTypeOfService(256), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => client.setTypeOfService(NaN), { code: 'ERR_INVALID_ARG_TYPE' });
  client.destroy();
  server.close();
});

test('reusePort: two servers share a port; without it EADDRINUSE', async () => {
  const a = net.createServer((s) => s.end('a'));
  const { port } = await listen(a, { port: 0, host: '127.0.0.1', reusePort: true });
  const b = net.createServer((s) => s.end('b'));
  await listen(b, { port, host: '127.0.0.1', reusePort: true });
  assert.strictEqual(b.address().port, port);
  const c = net.createServer();
  c.listen({ port, host: '127.0.0.1' });
  const [err] = await once(c, 'error');
  assert.strictEqual(err.code, 'EADDRINUSE');
  const got = await collect(net.connect(port, '127.0.0.1'));
  assert.ok(['a', 'b'].includes(got.toString()));
  a.close();
  b.close();
});

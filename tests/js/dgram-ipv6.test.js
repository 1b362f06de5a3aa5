'use strict';
// dgram over IPv6 loopback (::1): exchange, connect, ipv6Only, the udp6 default addresses.
const { test } = require('node:test');
const assert = require('node:assert');
const dgram = require('node:dgram');
const { once } = require('node:events');

const closeAll = (...sockets) => Promise.all(sockets.map((s) => new Promise((res) => s.close(res))));

// Whether this machine has ::1 at all (a container may run without IPv6).
async function ipv6Available() {
  const s = dgram.createSocket('udp6');
  const err = await new Promise((res) => {
    s.once('error', res);
    s.bind(0, '::1', () => res(null));
  });
  if (!err) await closeAll(s);
  return err;
}

test('udp6 on ::1: exchange, rinfo, connect and remoteAddress', async (t) => {
  const missing = await ipv6Available();
  if (missing) {
    t.skip(`no IPv6 loopback here (bind ::1: ${missing.code})`);
    return;
  }
  const server = dgram.createSocket('udp6');
  await new Promise((res) => server.bind(0, '::1', res));
  assert.deepStrictEqual(server.address(), { address: '::1', family: 'IPv6', port: server.address().port });
  const client = dgram.createSocket('udp6');
  const got = once(server, 'message');
  client.send(Buffer.from('six'), server.address().port, '::1');
  const [msg, rinfo] = await got;
  assert.strictEqual(msg.toString(), 'six');
  assert.strictEqual(rinfo.address, '::1');
  assert.strictEqual(rinfo.family, 'IPv6');
  assert.strictEqual(rinfo.size, 3);
  assert.strictEqual(rinfo.port, client.address().port);

  // A udp6 send without an address goes to ::1.
  const again = once(server, 'message');
  client.send('default', server.address().port);
  assert.strictEqual((await again)[1].address, '::1');

  const connected = dgram.createSocket('udp6');
  await new Promise((res) => connected.connect(server.address().port, res));
  assert.deepStrictEqual(connected.remoteAddress(), { address: '::1', family: 'IPv6', port: server.address().port });
  const third = once(server, 'message');
  connected.send('connected');
  assert.strictEqual((await third)[0].toString(), 'connected');
  await closeAll(server, client, connected);
});

test('udp6 binds to :: by default; an IPv4 address is an error for udp6', async (t) => {
  const missing = await ipv6Available();
  if (missing) {
    t.skip(`no IPv6 loopback here (bind ::1: ${missing.code})`);
    return;
  }
  const s = dgram.createSocket('udp6');
  await new Promise((res) => s.bind(0, res));
  assert.strictEqual(s.address().address, '::');
  assert.strictEqual(s.address().family, 'IPv6');
  const v4 = dgram.createSocket({ type: 'udp6', lookup: (host, family, cb) => cb(null, host === '::' ? '::' : '127.0.0.1', 6) });
  const errored = new Promise((res) => v4.send('x', s.address().port, '127.0.0.1', res));
  const err = await errored;
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'EINVAL');
  assert.strictEqual(err.syscall, 'send');
  await closeAll(s, v4);
});

test('ipv6Only: an IPv6 socket on :: leaves the IPv4 port free', async (t) => {
  const missing = await ipv6Available();
  if (missing) {
    t.skip(`no IPv6 loopback here (bind ::1: ${missing.code})`);
    return;
  }
  const only = dgram.createSocket({ type: 'udp6', ipv6Only: true });
  await new Promise((res) => only.bind(0, '::', res));
  const port = only.address().port;
  const v4 = dgram.createSocket('udp4');
  const v4err = await new Promise((res) => {
    v4.once('error', res);
    v4.bind(port, '0.0.0.0', () => res(null));
  });
  assert.strictEqual(v4err, null);
  await closeAll(only, v4);

  // Without ipv6Only a dual-stack socket holds the IPv4 port too, where the kernel does
  // dual stack (bindv6only=0, the Linux default).
  const dual = dgram.createSocket('udp6');
  await new Promise((res) => dual.bind(0, '::', res));
  const v4b = dgram.createSocket('udp4');
  const clash = await new Promise((res) => {
    v4b.once('error', res);
    v4b.bind(dual.address().port, '0.0.0.0', () => res(null));
  });
  if (clash !== null) assert.strictEqual(clash.code, 'EADDRINUSE');
  await closeAll(dual, v4b);
});

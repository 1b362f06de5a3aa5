'use strict';
// Multicast on the loopback interface: group membership, loopback delivery, multicast TTL and
// interface, source-specific membership. Kernels (or containers) that do not route multicast
// over lo make the tests skip, saying why.
const { test } = require('node:test');
const assert = require('node:assert');
const dgram = require('node:dgram');

const closeAll = (...sockets) => Promise.all(sockets.map((s) => new Promise((res) => s.close(res))));

// Resolves with the first datagram, or null after `ms`.
function nextMessage(socket, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      socket.removeListener('message', onMessage);
      resolve(null);
    }, ms);
    function onMessage(msg, rinfo) {
      clearTimeout(timer);
      resolve({ msg, rinfo });
    }
    socket.once('message', onMessage);
  });
}

async function member(group) {
  const s = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  await new Promise((res) => s.bind(0, res));
  s.addMembership(group, '127.0.0.1');
  return s;
}

function sender() {
  const s = dgram.createSocket('udp4');
  s.bind(0, '127.0.0.1');
  return new Promise((res) => s.on('listening', () => {
    s.setMulticastInterface('127.0.0.1');
    s.setMulticastLoopback(true);
    res(s);
  }));
}

// Can this machine deliver a multicast datagram to itself over lo? null if yes, else why not.
async function probe() {
  let r;
  let s;
  try {
    r = await member('239.255.10.1');
    s = await sender();
  } catch (e) {
    if (r) await closeAll(r);
    return `joining a group on 127.0.0.1 failed (${e.code || e.message})`;
  }
  let why = null;
  const got = nextMessage(r, 2000);
  try {
    s.send('probe', r.address().port, '239.255.10.1');
  } catch (e) {
    why = `sending to a group failed (${e.code})`;
  }
  if (!why && (await got) === null) why = 'the kernel did not loop a multicast datagram back over lo within 2 s';
  await closeAll(r, s);
  return why;
}

let unavailable;
const available = async (t) => {
  unavailable ??= await probe();
  if (unavailable) t.skip(`multicast on loopback unavailable: ${unavailable}`);
  return !unavailable;
};

test('group membership: datagrams to the group arrive; TTL and loopback settings apply', async (t) => {
  if (!(await available(t))) return;
  const group = '239.255.10.2';
  const r = await member(group);
  const s = await sender();
  assert.strictEqual(s.setMulticastTTL(1), 1);
  assert.strictEqual(s.setMulticastLoopback(true), true);
  const got = nextMessage(r, 2000);
  s.send('to the group', r.address().port, group);
  const m = await got;
  assert.ok(m, 'no datagram arrived');
  assert.strictEqual(m.msg.toString(), 'to the group');
  assert.strictEqual(m.rinfo.address, '127.0.0.1');
  assert.strictEqual(m.rinfo.port, s.address().port);
  r.dropMembership(group, '127.0.0.1');
  assert.throws(() => r.dropMembership(group, '127.0.0.1'), { code: 'EADDRNOTAVAIL', syscall: 'dropMembership' });
  await closeAll(r, s);
});

test('source-specific membership joins (S,G) and leaves it', async (t) => {
  if (!(await available(t))) return;
  const group = '232.1.1.1';
  const r = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  await new Promise((res) => r.bind(0, res));
  try {
    r.addSourceSpecificMembership('127.0.0.1', group, '127.0.0.1');
  } catch (e) {
    await closeAll(r);
    t.skip(`source-specific multicast unavailable here (${e.code})`);
    return;
  }
  const s = await sender();
  const got = nextMessage(r, 2000);
  s.send('ssm', r.address().port, group);
  const m = await got;
  assert.ok(m, 'no datagram arrived from the joined source');
  assert.strictEqual(m.msg.toString(), 'ssm');
  r.dropSourceSpecificMembership('127.0.0.1', group, '127.0.0.1');
  assert.throws(() => r.dropSourceSpecificMembership('127.0.0.1', group, '127.0.0.1'),
                { syscall: 'dropSourceSpecificMembership' });
  assert.throws(() => r.addSourceSpecificMembership('127.0.0.1', '10.0.0.1'), { code: 'EINVAL' });
  await closeAll(r, s);
});

test('multicast argument errors', async () => {
  const s = dgram.createSocket('udp4');
  await new Promise((res) => s.bind(0, '127.0.0.1', res));
  assert.throws(() => s.addMembership(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => s.dropMembership(''), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => s.addMembership('not-an-ip'), { code: 'EINVAL', syscall: 'addMembership' });
  assert.throws(() => s.setMulticastInterface(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => s.setMulticastTTL('1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => s.setMulticastTTL(1000), { code: 'EINVAL', syscall: 'setMulticastTTL' });
  assert.throws(() => s.addSourceSpecificMembership('127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
  await closeAll(s);
});

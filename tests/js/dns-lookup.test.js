'use strict';
// dns.lookup and lookupService on 'localhost' and numeric addresses (nothing leaves the
// machine): families, all, orders, hints, promise forms, argument errors.
const { test } = require('node:test');
const assert = require('node:assert');
const dns = require('node:dns');
const dnsPromises = require('node:dns/promises');

const lookup = (...args) => new Promise((resolve, reject) => {
  dns.lookup(...args, (err, address, family) => (err ? reject(err) : resolve({ address, family })));
});

test('numeric addresses come back as they are, without a resolver', async () => {
  assert.deepStrictEqual(await lookup('127.0.0.1'), { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await lookup('::1'), { address: '::1', family: 6 });
  assert.deepStrictEqual(await lookup('fe80::1%lo'), { address: 'fe80::1%lo', family: 6 });
  assert.deepStrictEqual((await lookup('10.1.2.3', { all: true })).address, [{ address: '10.1.2.3', family: 4 }]);
});

test("'localhost' resolves through getaddrinfo with family 4, 'IPv4' and all", async () => {
  assert.deepStrictEqual(await lookup('localhost', 4), { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await lookup('localhost', { family: 'IPv4' }), { address: '127.0.0.1', family: 4 });
  const all = (await lookup('localhost', { all: true })).address;
  assert.ok(Array.isArray(all) && all.length >= 1);
  for (const entry of all) {
    assert.deepStrictEqual(Object.keys(entry), ['address', 'family']);
    assert.ok(entry.family === 4 || entry.family === 6);
  }
  assert.ok(all.some((e) => e.address === '127.0.0.1'));
});

test('orders: ipv4first puts IPv4 first, ipv6first IPv6 first, same addresses', async () => {
  const get = async (options) => (await lookup('localhost', { all: true, ...options })).address;
  const verbatim = await get({ order: 'verbatim' });
  const v4first = await get({ order: 'ipv4first' });
  const v6first = await get({ order: 'ipv6first' });
  const legacy = await get({ verbatim: false });
  const key = (list) => list.map((e) => e.address).sort().join();
  assert.strictEqual(key(v4first), key(verbatim));
  assert.strictEqual(key(v6first), key(verbatim));
  assert.deepStrictEqual(legacy, v4first);
  const firstOther = (list, family) => list.findIndex((e) => e.family !== family);
  const lastOf = (list, family) => list.map((e) => e.family).lastIndexOf(family);
  if (firstOther(v4first, 4) !== -1) assert.ok(lastOf(v4first, 4) < firstOther(v4first, 4));
  if (firstOther(v6first, 6) !== -1) assert.ok(lastOf(v6first, 6) < firstOther(v6first, 6));
});

test('setDefaultResultOrder/getDefaultResultOrder (verbatim by default) are shared with dns/promises', () => {
  assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
  dns.setDefaultResultOrder('ipv4first');
  assert.strictEqual(dnsPromises.getDefaultResultOrder(), 'ipv4first');
  dnsPromises.setDefaultResultOrder('verbatim');
  assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
  assert.throws(() => dns.setDefaultResultOrder('ipv5first'), { code: 'ERR_INVALID_ARG_VALUE' });
});

test('hints are passed to getaddrinfo; unknown hint bits are refused', async () => {
  const r = await lookup('localhost', { family: 4, hints: dns.ADDRCONFIG | dns.V4MAPPED | dns.ALL });
  assert.strictEqual(r.family, 4);
  assert.throws(() => dns.lookup('localhost', { hints: 0x4000 }, () => {}), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'hints' is invalid. Received 16384",
  });
});

test('promise forms', async () => {
  assert.deepStrictEqual(await dnsPromises.lookup('localhost', 4), { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await dns.promises.lookup('::1', { all: true }), [{ address: '::1', family: 6 }]);
  assert.deepStrictEqual(await dnsPromises.lookup('127.0.0.1', { family: 4, all: true }),
                         [{ address: '127.0.0.1', family: 4 }]);
  await assert.rejects(() => Promise.resolve().then(() => dnsPromises.lookup('localhost', { family: 'IPv4' })),
                       { code: 'ERR_INVALID_ARG_VALUE' });
  const svc = await dnsPromises.lookupService('127.0.0.1', 80);
  assert.strictEqual(typeof svc.hostname, 'string');
  assert.strictEqual(typeof svc.service, 'string');
});

test('lookupService gives a name and a service', async () => {
  const [host, service] = await new Promise((resolve, reject) => {
    dns.lookupService('127.0.0.1', 80, (err, h, s) => (err ? reject(err) : resolve([h, s])));
  });
  assert.strictEqual(typeof host, 'string');
  assert.ok(host.length > 0);
  assert.ok(service === 'http' || service === '80');
  assert.throws(() => dns.lookupService('localhost', 80, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => dns.lookupService('127.0.0.1', 65536, () => {}), { code: 'ERR_SOCKET_BAD_PORT' });
  assert.throws(() => dns.lookupService('127.0.0.1', 80), { code: 'ERR_MISSING_ARGS' });
});

test('argument errors', () => {
  assert.throws(() => dns.lookup('localhost'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dns.lookup('localhost', 7, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => dns.lookup('localhost', true, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dns.lookup({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dns.lookup('local\0host', () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => dns.lookup('localhost', { all: 'yes' }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dns.lookup('localhost', { order: 'x' }, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
});

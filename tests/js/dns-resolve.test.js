'use strict';
// Resolver and the module-level resolve* functions against a DNS server this test runs on
// 127.0.0.1 (tests/common/dns-server.js): every record kind, TTLs, servers with ports,
// local address, cancel, errors (ENOTFOUND, ENODATA, ESERVFAIL, ETIMEOUT, ECANCELLED).
const { test, before, after } = require('node:test');
const assert = require('node:assert');
const dns = require('node:dns');
const { startDnsServer } = require('../common/dns-server.js');

const records = {
  'host.test': [{ type: 'A', data: '192.0.2.1', ttl: 42 }, { type: 'AAAA', data: '2001:db8::1', ttl: 7 }],
  'mail.test': [{ type: 'MX', data: { priority: 5, exchange: 'mx.mail.test' } }],
  'text.test': [{ type: 'TXT', data: ['a', 'b'] }],
  'svc.test': [{ type: 'SRV', data: { priority: 1, weight: 2, port: 3, name: 'target.test' } }],
  'zone.test': [{ type: 'NS', data: 'ns.zone.test' },
                { type: 'SOA', data: { nsname: 'ns.zone.test', hostmaster: 'admin.zone.test', serial: 1,
                                       refresh: 2, retry: 3, expire: 4, minttl: 5 } }],
  'www.test': [{ type: 'CNAME', data: 'host.test' }],
  '1.2.0.192.in-addr.arpa': [{ type: 'PTR', data: 'host.test' }],
  'caa.test': [{ type: 'CAA', data: { critical: 0, tag: 'issue', value: 'ca.example' } }],
  'naptr.test': [{ type: 'NAPTR', data: { order: 1, preference: 2, flags: 'u', service: 'E2U+sip',
                                          regexp: '!^.*$!sip:x@test!', replacement: '' } }],
};

let server;
before(async () => {
  server = await startDnsServer((name, type) => {
    if (name.endsWith('.missing.test')) return { rcode: 'NXDOMAIN' };
    if (name === 'broken.test') return { rcode: 'SERVFAIL' };
    if (name === 'silent.test') return 'drop';
    const list = records[name] || [];
    return { answers: list.filter((r) => r.type === type || type === 'ANY') };
  });
});
after(() => server.close());

function resolver(options) {
  const r = new dns.Resolver(options);
  r.setServers([`127.0.0.1:${server.port}`]);
  return r;
}
const call = (r, method, ...args) => new Promise((resolve, reject) => {
  r[method](...args, (err, value) => (err ? reject(err) : resolve(value)));
});

test('getServers shows ports and brackets IPv6; the default port is left out', () => {
  const r = new dns.Resolver();
  r.setServers(['127.0.0.1', '127.0.0.1:5353', '[::1]', '[::1]:5300', '::2', '[::3]:53']);
  assert.deepStrictEqual(r.getServers(), ['127.0.0.1', '127.0.0.1:5353', '::1', '[::1]:5300', '::2', '::3']);
  assert.throws(() => r.setServers(['localhost']), { code: 'ERR_INVALID_IP_ADDRESS', name: 'TypeError' });
  assert.throws(() => r.setServers(['1.2.3.4:0x10']), { code: 'ERR_INVALID_IP_ADDRESS' });
  assert.throws(() => r.setServers('127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
  // A failed setServers leaves the previous list in place.
  assert.deepStrictEqual(r.getServers(), ['127.0.0.1', '127.0.0.1:5353', '::1', '[::1]:5300', '::2', '::3']);
});

test('A and AAAA with and without TTLs; CNAME is followed', async () => {
  const r = resolver();
  assert.deepStrictEqual(await call(r, 'resolve4', 'host.test'), ['192.0.2.1']);
  assert.deepStrictEqual(await call(r, 'resolve4', 'host.test', { ttl: true }), [{ address: '192.0.2.1', ttl: 42 }]);
  assert.deepStrictEqual(await call(r, 'resolve6', 'host.test', { ttl: true }), [{ address: '2001:db8::1', ttl: 7 }]);
  assert.deepStrictEqual(await call(r, 'resolve', 'host.test', 'AAAA'), ['2001:db8::1']);
  assert.deepStrictEqual(await call(r, 'resolveCname', 'www.test'), ['host.test']);
});

test('MX, TXT, SRV, NS, SOA, PTR, CAA, NAPTR and reverse', async () => {
  const r = resolver();
  assert.deepStrictEqual(await call(r, 'resolveMx', 'mail.test'), [{ exchange: 'mx.mail.test', priority: 5, type: 'MX' }]);
  assert.deepStrictEqual(await call(r, 'resolveTxt', 'text.test'), [['a', 'b']]);
  assert.deepStrictEqual(await call(r, 'resolveSrv', 'svc.test'),
                         [{ name: 'target.test', port: 3, priority: 1, weight: 2, type: 'SRV' }]);
  assert.deepStrictEqual(await call(r, 'resolveNs', 'zone.test'), ['ns.zone.test']);
  assert.deepStrictEqual(await call(r, 'resolveSoa', 'zone.test'), {
    nsname: 'ns.zone.test', hostmaster: 'admin.zone.test', serial: 1, refresh: 2, retry: 3, expire: 4, minttl: 5,
    type: undefined,  // as Node 24 returns it
  });
  assert.deepStrictEqual(await call(r, 'resolvePtr', '1.2.0.192.in-addr.arpa'), ['host.test']);
  assert.deepStrictEqual(await call(r, 'reverse', '192.0.2.1'), ['host.test']);
  assert.deepStrictEqual(await call(r, 'resolveCaa', 'caa.test'), [{ critical: 0, type: 'CAA', issue: 'ca.example' }]);
  assert.deepStrictEqual(await call(r, 'resolveNaptr', 'naptr.test'), [{
    flags: 'u', service: 'E2U+sip', regexp: '!^.*$!sip:x@test!', replacement: '', order: 1, preference: 2, type: undefined,
  }]);
});

test('resolveAny groups the records by type', async () => {
  const r = resolver();
  const any = await call(r, 'resolveAny', 'zone.test');
  assert.deepStrictEqual(any.map((x) => x.type), ['NS', 'SOA']);
  assert.deepStrictEqual(any[0], { value: 'ns.zone.test', type: 'NS' });
});

test('errors carry Node fields: ENOTFOUND, ENODATA, ESERVFAIL', async () => {
  const r = resolver();
  await assert.rejects(call(r, 'resolve4', 'x.missing.test'), (err) => {
    assert.strictEqual(err.code, 'ENOTFOUND');
    assert.strictEqual(err.syscall, 'queryA');
    assert.strictEqual(err.hostname, 'x.missing.test');
    assert.strictEqual(err.message, 'queryA ENOTFOUND x.missing.test');
    assert.ok('errno' in err);
    assert.strictEqual(err.errno, undefined);
    return true;
  });
  await assert.rejects(call(r, 'resolveMx', 'host.test'), { code: 'ENODATA', syscall: 'queryMx' });
  await assert.rejects(call(r, 'resolveTxt', 'broken.test'), { code: 'ESERVFAIL', syscall: 'queryTxt' });
  assert.throws(() => r.reverse('nonsense', () => {}), { code: 'EINVAL', syscall: 'getHostByAddr' });
  assert.throws(() => r.resolve('host.test', 'BOGUS', () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
});

test('a server that never answers gives ETIMEOUT after the timeout option', async () => {
  const r = resolver({ timeout: 150, tries: 1 });
  const started = Date.now();
  await assert.rejects(call(r, 'resolve4', 'silent.test'), { code: 'ETIMEOUT', syscall: 'queryA', hostname: 'silent.test' });
  assert.ok(Date.now() - started < 10000);
  const p = new dns.promises.Resolver({ timeout: 150, tries: 1 });
  p.setServers([`127.0.0.1:${server.port}`]);
  await assert.rejects(p.resolveSrv('silent.test'), { code: 'ETIMEOUT', syscall: 'querySrv' });
});

test('cancel() ends pending queries with ECANCELLED', async () => {
  const r = resolver({ timeout: 10000, tries: 1 });
  const pending = [call(r, 'resolve4', 'silent.test'), call(r, 'resolveTxt', 'silent.test')];
  setTimeout(() => r.cancel(), 20);
  for (const p of pending) await assert.rejects(p, { code: 'ECANCELLED' });
  // The resolver still works afterwards.
  assert.deepStrictEqual(await call(r, 'resolve4', 'host.test'), ['192.0.2.1']);
});

test('setLocalAddress: queries leave from the given source address', async () => {
  const r = resolver();
  r.setLocalAddress('127.0.0.2');
  const before = server.queries.length;
  assert.deepStrictEqual(await call(r, 'resolve4', 'host.test'), ['192.0.2.1']);
  assert.strictEqual(server.queries[before].from, '127.0.0.2');
  assert.throws(() => r.setLocalAddress('not an ip'), { code: 'ERR_INVALID_ARG_VALUE', message: 'Invalid IP address.' });
  assert.throws(() => r.setLocalAddress('127.0.0.1', '127.0.0.2'), { message: 'Cannot specify two IPv4 addresses.' });
});

test('module-level functions follow dns.setServers; dns.promises shares the default resolver', async () => {
  const previous = dns.getServers();
  dns.setServers([`127.0.0.1:${server.port}`]);
  try {
    assert.deepStrictEqual(dns.getServers(), [`127.0.0.1:${server.port}`]);
    assert.deepStrictEqual(await new Promise((res, rej) => dns.resolve4('host.test', (e, a) => (e ? rej(e) : res(a)))),
                           ['192.0.2.1']);
    assert.deepStrictEqual(await dns.promises.resolve4('host.test', { ttl: true }), [{ address: '192.0.2.1', ttl: 42 }]);
    assert.deepStrictEqual(await dns.promises.resolve('mail.test', 'MX'), [{ exchange: 'mx.mail.test', priority: 5, type: 'MX' }]);
    await assert.rejects(dns.promises.resolveNs('y.missing.test'), { code: 'ENOTFOUND', syscall: 'queryNs' });
  } finally {
    dns.setServers(previous);
  }
});

'use strict';
// protoJS's dns.lookup cache (docs/DESIGN.md "DNS lookup cache"): off by default; when on, a
// lookup's getaddrinfo result is kept for the TTL the dns resolver reports for the name. The
// resolver here is a DNS server this test runs on 127.0.0.1; the name is 'localhost' (answered
// by getaddrinfo from /etc/hosts), so nothing leaves the machine. Node has no such cache: under
// Node 24 the tests skip.
const { test, before, after } = require('node:test');
const assert = require('node:assert');
const dns = require('node:dns');
const { startDnsServer } = require('../common/dns-server.js');

const supported = typeof dns.setLookupCache === 'function';
const skip = supported ? false : 'the lookup cache is a protoJS option (Node has none)';

let server;
let answer = { ttl: 30 };  // what the test server says about 'localhost' right now
let previousServers;
before(async () => {
  server = await startDnsServer((name, type) => {
    if (name !== 'localhost') return { rcode: 'NXDOMAIN' };
    if (answer.drop) return 'drop';
    if (answer.rcode) return { rcode: answer.rcode };
    if (type === 'A') return { answers: [{ type: 'A', data: '127.0.0.1', ttl: answer.ttl }] };
    if (type === 'AAAA') return { answers: [{ type: 'AAAA', data: '::1', ttl: answer.ttl }] };
    return {};
  });
  previousServers = dns.getServers();
  dns.setServers([`127.0.0.1:${server.port}`]);
});
after(async () => {
  dns.setServers(previousServers);
  if (supported) dns.setLookupCache({ enabled: false, maxEntries: 1000, maxTtl: 300 });
  await server.close();
});

const lookup = (options) => new Promise((resolve, reject) => {
  dns.lookup('localhost', options, (err, address, family) => (err ? reject(err) : resolve({ address, family })));
});
const delay = (ms) => new Promise((res) => setTimeout(res, ms));
const queriesFor = () => server.queries.filter((q) => q.name === 'localhost').length;

// The TTL query runs after the lookup has answered: wait until the entry is stored (or not).
async function settled(expectedSize) {
  for (let i = 0; i < 200 && dns.getLookupCacheStats().size !== expectedSize; i++) await delay(10);
  return dns.getLookupCacheStats().size;
}

test('off by default: no TTL queries, nothing kept', { skip }, async () => {
  const stats = dns.getLookupCacheStats();
  assert.strictEqual(stats.enabled, false);
  const before = queriesFor();
  await lookup({ family: 4 });
  await lookup({ family: 4 });
  await delay(50);
  assert.strictEqual(queriesFor(), before);
  assert.deepStrictEqual(dns.getLookupCacheStats(), { ...stats, size: 0 });
});

test('a hit returns the stored result without asking again', { skip }, async () => {
  dns.setLookupCache({ enabled: true });
  dns.clearLookupCache();
  answer = { ttl: 30 };
  const first = await lookup({ family: 4, all: true });
  assert.strictEqual(await settled(1), 1);
  const asked = queriesFor();
  assert.ok(asked >= 1);
  assert.ok(server.queries.some((q) => q.name === 'localhost' && q.type === 'A'));
  const second = await lookup({ family: 4, all: true });
  assert.deepStrictEqual(second, first);
  assert.deepStrictEqual(await lookup({ family: 4 }), { address: '127.0.0.1', family: 4 });
  await dns.promises.lookup('localhost', { family: 4 });
  assert.strictEqual(queriesFor(), asked);
  const stats = dns.getLookupCacheStats();
  assert.strictEqual(stats.misses, 1);
  assert.strictEqual(stats.hits, 3);
});

test('the result equals an uncached lookup, for every family and order', { skip }, async () => {
  const cases = [{}, { family: 4 }, { family: 6, hints: dns.V4MAPPED }, { order: 'ipv4first' }, { order: 'ipv6first' }];
  dns.setLookupCache({ enabled: false });
  const plain = [];
  for (const c of cases) plain.push(await lookup({ ...c, all: true }).catch((e) => e.code));
  dns.setLookupCache({ enabled: true });
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < cases.length; i++) {
      assert.deepStrictEqual(await lookup({ ...cases[i], all: true }).catch((e) => e.code), plain[i]);
    }
    await delay(100);
  }
});

test('an entry expires with its TTL (and maxTtl caps it)', { skip }, async () => {
  dns.setLookupCache({ enabled: true, maxTtl: 300 });
  dns.clearLookupCache();
  answer = { ttl: 1 };
  await lookup({ family: 4 });
  assert.strictEqual(await settled(1), 1);
  // The entry was stored no later than now: 1.3 s on it has expired, however loaded the machine.
  await delay(1300);
  const asked = queriesFor();
  await lookup({ family: 4 });
  assert.deepStrictEqual([dns.getLookupCacheStats().hits, dns.getLookupCacheStats().misses], [0, 2]);
  assert.strictEqual(await settled(1), 1);
  assert.ok(queriesFor() > asked);

  dns.setLookupCache({ maxTtl: 1 });  // a long TTL is cut to one second
  dns.clearLookupCache();
  answer = { ttl: 3600 };
  await lookup({ family: 4 });
  assert.strictEqual(await settled(1), 1);
  await delay(1300);
  await lookup({ family: 4 });
  assert.deepStrictEqual([dns.getLookupCacheStats().hits, dns.getLookupCacheStats().misses], [0, 2]);
  dns.setLookupCache({ maxTtl: 300 });
});

test('not cached: TTL 0, a name DNS does not know, a silent or failing server', { skip }, async () => {
  dns.setLookupCache({ enabled: true });
  for (const a of [{ ttl: 0 }, { rcode: 'NXDOMAIN' }, { rcode: 'SERVFAIL' }, { drop: true }]) {
    dns.clearLookupCache();
    answer = a;
    const before = queriesFor();
    assert.deepStrictEqual(await lookup({ family: 4 }), { address: '127.0.0.1', family: 4 });
    for (let i = 0; i < 200 && queriesFor() === before; i++) await delay(10);
    await delay(50);
    assert.strictEqual(dns.getLookupCacheStats().size, 0, JSON.stringify(a));
    assert.deepStrictEqual(await lookup({ family: 4 }), { address: '127.0.0.1', family: 4 });
    assert.strictEqual(dns.getLookupCacheStats().hits, 0);
  }
  answer = { ttl: 30 };
});

test('maxEntries evicts the least recently used entry; options are checked', { skip }, async () => {
  dns.setLookupCache({ enabled: true, maxEntries: 2 });
  answer = { ttl: 30 };
  await lookup({ family: 4 });
  assert.strictEqual(await settled(1), 1);
  await lookup({ family: 4, order: 'ipv4first' });
  assert.strictEqual(await settled(2), 2);
  await lookup({ family: 4 });  // the first entry is now the most recently used
  await lookup({ family: 4, order: 'ipv6first' });
  assert.strictEqual(await settled(2), 2);
  const hits = dns.getLookupCacheStats().hits;
  await lookup({ family: 4 });
  assert.strictEqual(dns.getLookupCacheStats().hits, hits + 1);
  assert.throws(() => dns.setLookupCache({ maxEntries: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => dns.setLookupCache({ enabled: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dns.setLookupCache(null), { code: 'ERR_INVALID_ARG_TYPE' });
  dns.setLookupCache({ enabled: false, maxEntries: 1000 });
  assert.strictEqual(dns.getLookupCacheStats().size, 0);
  assert.ok(!Object.keys(dns).includes('setLookupCache'));
});

// Every resolve* kind against a DNS server this script runs on 127.0.0.1 (callback and promise
// forms, ttl option, resolveAny's grouping, errors from the server's rcodes).
'use strict';
const dns = require('dns');
const util = require('util');
const { startDnsServer } = require('../common/dns-server.js');

const zone = {
  'a.test': [{ type: 'A', data: '10.0.0.1', ttl: 60 }, { type: 'A', data: '10.0.0.2', ttl: 30 }],
  'aaaa.test': [{ type: 'AAAA', data: '2001:db8::1', ttl: 120 }, { type: 'AAAA', data: 'fe80::1:2', ttl: 5 }],
  'alias.test': [{ type: 'CNAME', data: 'a.test', ttl: 10 }],
  'mx.test': [{ type: 'MX', data: { priority: 10, exchange: 'mail1.test' } },
              { type: 'MX', data: { priority: 20, exchange: 'mail2.test' } }],
  'txt.test': [{ type: 'TXT', data: ['v=spf1', ' -all'] }, { type: 'TXT', data: ['second'] }],
  'srv.test': [{ type: 'SRV', data: { priority: 1, weight: 5, port: 5060, name: 'sip.test' } }],
  'ns.test': [{ type: 'NS', data: 'ns1.test' }, { type: 'NS', data: 'ns2.test' }],
  '1.0.0.10.in-addr.arpa': [{ type: 'PTR', data: 'host.test' }],
  'soa.test': [{ type: 'SOA', data: { nsname: 'ns.soa.test', hostmaster: 'root.soa.test', serial: 2024010101,
                                      refresh: 7200, retry: 3600, expire: 1209600, minttl: 300 } }],
  'naptr.test': [{ type: 'NAPTR', data: { order: 100, preference: 10, flags: 'S', service: 'SIP+D2U',
                                          regexp: '', replacement: '_sip._udp.test' } }],
  'caa.test': [{ type: 'CAA', data: { critical: 0, tag: 'issue', value: 'ca.test' } },
               { type: 'CAA', data: { critical: 128, tag: 'iodef', value: 'mailto:x@test' } }],
  'tlsa.test': [{ type: 'TLSA', data: { certUsage: 3, selector: 1, match: 1, data: Buffer.from('abcd', 'hex') } }],
};

function handler(name, type) {
  if (name === 'nx.test') return { rcode: 'NXDOMAIN' };
  if (name === 'fail.test') return { rcode: 'SERVFAIL' };
  if (name === 'refused.test') return { rcode: 'REFUSED' };
  if (name === 'any.test' && type === 'ANY') {
    return { answers: [...zone['a.test'], ...zone['aaaa.test'], ...zone['mx.test'], ...zone['txt.test'],
      ...zone['ns.test'], ...zone['srv.test'], ...zone['soa.test'], ...zone['caa.test'], ...zone['naptr.test']]
      .map((r) => ({ ...r, name: 'any.test' })) };
  }
  if (name === 'any2.test' && type === 'ANY') {
    return { answers: [{ type: 'CNAME', data: 'a.test' },
      { type: 'TLSA', data: { certUsage: 1, selector: 0, match: 2, data: Buffer.from('00ff', 'hex') } },
      { type: 'A', name: 'a.test', data: '10.0.0.1' }] };
  }
  if (name === 'any3.test' && type === 'ANY') {
    return { answers: [{ type: 'AAAA', data: '2001:db8::2' }, { type: 'TXT', data: ['x'] },
      { type: 'PTR', data: 'p1.test' }, { type: 'PTR', data: 'p2.test' }, { type: 'SRV', data: { priority: 0, weight: 0, port: 1, name: '.' } }] };
  }
  if (name === 'latin.test') return { answers: [{ type: 'TXT', data: [Buffer.from([0x68, 0xe9, 0xff])] }] };
  const records = zone[name] || [];
  const answers = records.filter((r) => r.type === type || type === 'ANY' || (r.type === 'CNAME'));
  const out = [...answers];
  for (const r of answers) {
    if (r.type === 'CNAME' && type !== 'CNAME') {
      out.push(...(zone[r.data] || []).filter((t) => t.type === type).map((t) => ({ ...t, name: r.data })));
    }
  }
  return { answers: out };
}

function show(label, err, value) {
  if (err) console.log(label, 'error', err.code, err.syscall, err.hostname, err.errno, err.message);
  else console.log(label, util.inspect(value, { depth: 5, breakLength: Infinity }));
}

(async () => {
  const server = await startDnsServer(handler);
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${server.port}`]);
  console.log('servers', resolver.getServers().map((s) => s.replace(String(server.port), 'PORT')));
  const cb = (m, ...args) => new Promise((res) => resolver[m](...args, (e, v) => { show(m + ' ' + args[0], e, v); res(); }));
  await cb('resolve4', 'a.test');
  await cb('resolve4', 'a.test', { ttl: true });
  await cb('resolve6', 'aaaa.test', { ttl: true });
  await cb('resolve6', 'aaaa.test');
  await cb('resolve4', 'alias.test');
  await cb('resolveCname', 'alias.test');
  await cb('resolveMx', 'mx.test');
  await cb('resolveTxt', 'txt.test');
  await cb('resolveSrv', 'srv.test');
  await cb('resolveNs', 'ns.test');
  await cb('resolvePtr', '1.0.0.10.in-addr.arpa');
  await cb('resolveSoa', 'soa.test');
  await cb('resolveNaptr', 'naptr.test');
  await cb('resolveCaa', 'caa.test');
  await cb('resolveTlsa', 'tlsa.test');
  await cb('resolveAny', 'any.test');
  await cb('resolveAny', 'any2.test');
  await cb('resolveAny', 'any3.test');
  await cb('resolveAny', 'empty.test');
  await cb('resolveTxt', 'latin.test');
  await cb('resolve', 'mx.test', 'MX');
  await cb('resolve', 'a.test');
  await cb('reverse', '10.0.0.1');
  await cb('resolve4', 'nx.test');
  await cb('resolve4', 'fail.test');
  await cb('resolve4', 'refused.test');
  await cb('resolve4', 'empty.test');
  await cb('resolveMx', 'a.test');
  await cb('resolveSoa', 'a.test');

  const p = new dns.promises.Resolver();
  p.setServers([`127.0.0.1:${server.port}`]);
  const pr = async (m, ...args) => {
    try { show('promises.' + m + ' ' + args[0], null, await p[m](...args)); } catch (e) { show('promises.' + m + ' ' + args[0], e); }
  };
  await pr('resolve4', 'a.test', { ttl: true });
  await pr('resolveTxt', 'txt.test');
  await pr('resolve', 'srv.test', 'SRV');
  await pr('resolveAny', 'any.test');
  await pr('resolve6', 'nx.test');
  await pr('resolveNs', 'fail.test');
  console.log('queries', server.queries.length);
  await server.close();
})();

// 'dns' performance entries: lookup, lookupService and resolver queries (callback and promise
// forms) each give one PerformanceNodeEntry with Node's name and merged detail.
'use strict';
const { PerformanceObserver } = require('perf_hooks');
const dns = require('dns');
const { startDnsServer } = require('../common/dns-server.js');

const seen = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    seen.push(`${e.constructor.name} ${e.name} ${e.entryType} ${typeof e.startTime} ${e.duration >= 0} ` +
              `${JSON.stringify(e.detail).replace(/"port":\d{4,5}/, '"port":PORT')} ${Object.keys(e.toJSON()).join()}`);
  }
});
obs.observe({ entryTypes: ['dns'] });

(async () => {
  const server = await startDnsServer(() => ({ answers: [{ type: 'A', data: '192.0.2.7', ttl: 9 }] }));
  await new Promise((res) => dns.lookup('localhost', 4, res));
  await new Promise((res) => dns.lookup('127.0.0.1', res));  // a literal: no request, no entry
  await new Promise((res) => dns.lookupService('127.0.0.1', 22, res));
  await dns.promises.lookup('localhost', { family: 4, all: true });
  await dns.promises.lookupService('127.0.0.1', 80);
  const r = new dns.Resolver();
  r.setServers([`127.0.0.1:${server.port}`]);
  await new Promise((res) => r.resolve4('a.test', { ttl: true }, res));
  const p = new dns.promises.Resolver();
  p.setServers([`127.0.0.1:${server.port}`]);
  await p.resolve4('b.test');
  await server.close();
  await new Promise((res) => setTimeout(res, 50));
  obs.disconnect();
  console.log(seen.join('\n'));
})();

// dns errors: bad arguments (Node's codes and messages), setServers validation, a server
// that never answers (ETIMEOUT with a short timeout), cancel() (ECANCELLED), NXDOMAIN
// (ENOTFOUND), nothing listening (ECONNREFUSED), and the error objects' fields.
'use strict';
const dns = require('dns');
const dgram = require('dgram');
const { startDnsServer } = require('../common/dns-server.js');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : JSON.stringify(r));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

function fields(e) {
  return JSON.stringify({ name: e.name, code: e.code, errno: e.errno, syscall: e.syscall,
                          hostname: e.hostname, message: e.message, keys: Object.keys(e) });
}

const r = new dns.Resolver();
attempt('setServers not array', () => r.setServers('1.2.3.4'));
attempt('setServers number item', () => r.setServers([1]));
attempt('setServers bad ip', () => r.setServers(['example.com']));
attempt('setServers bad ip6', () => r.setServers(['[::1']));
attempt('setServers bad port', () => r.setServers(['1.2.3.4:99999']));
attempt('setServers mix', () => { r.setServers(['1.2.3.4', '[::1]:5353', '5.6.7.8:53', '::2', '9.9.9.9:1053']); return r.getServers(); });
attempt('setServers empty', () => { r.setServers([]); return r.getServers(); });
attempt('Resolver timeout', () => new dns.Resolver({ timeout: 'x' }));
attempt('Resolver timeout range', () => new dns.Resolver({ timeout: -2 }));
attempt('Resolver tries', () => new dns.Resolver({ tries: 0 }));
attempt('Resolver maxTimeout', () => new dns.Resolver({ maxTimeout: -1 }));
attempt('resolve4 no cb', () => r.resolve4('x.test'));
attempt('resolve4 name', () => r.resolve4(42, () => {}));
attempt('resolve4 nul', () => r.resolve4('a\0b', () => {}));
attempt('resolve rrtype', () => r.resolve('x.test', 'BOGUS', () => {}));
attempt('resolve rrtype type', () => r.resolve('x.test', 5, () => {}));
attempt('reverse bad', () => r.reverse('not-an-ip', () => {}));
attempt('setLocalAddress bad', () => r.setLocalAddress('x'));
attempt('setLocalAddress two v4', () => r.setLocalAddress('1.2.3.4', '5.6.7.8'));
attempt('setLocalAddress two v6', () => r.setLocalAddress('::1', '::2'));
attempt('setLocalAddress type', () => r.setLocalAddress(5));
attempt('setLocalAddress ok', () => r.setLocalAddress('127.0.0.1', '::1'));
attempt('lookup no cb', () => dns.lookup('localhost'));
attempt('lookup bad family', () => dns.lookup('localhost', 5, () => {}));
attempt('lookup bad option family', () => dns.lookup('localhost', { family: 'IPv5' }, () => {}));
attempt('lookup bad hints', () => dns.lookup('localhost', { hints: 1 << 20 }, () => {}));
attempt('lookup hints type', () => dns.lookup('localhost', { hints: '1' }, () => {}));
attempt('lookup all type', () => dns.lookup('localhost', { all: 1 }, () => {}));
attempt('lookup order', () => dns.lookup('localhost', { order: 'random' }, () => {}));
attempt('lookup verbatim type', () => dns.lookup('localhost', { verbatim: 'yes' }, () => {}));
attempt('lookup options type', () => dns.lookup('localhost', 'x', () => {}));
attempt('lookup hostname type', () => dns.lookup(5, () => {}));
attempt('lookupService args', () => dns.lookupService('127.0.0.1', 80));
attempt('lookupService address', () => dns.lookupService('localhost', 80, () => {}));
attempt('lookupService port', () => dns.lookupService('127.0.0.1', 'x', () => {}));
attempt('lookupService port range', () => dns.lookupService('127.0.0.1', 70000, () => {}));
attempt('setDefaultResultOrder', () => dns.setDefaultResultOrder('random'));
attempt('promises.lookup family', () => dns.promises.lookup('localhost', { family: 'IPv4' }));
attempt('promises.lookupService', () => dns.promises.lookupService('127.0.0.1'));
attempt('promises.resolve rrtype', () => dns.promises.resolve('x', 'NOPE'));
attempt('promises.resolve rrtype type', () => dns.promises.resolve('x', 1));
attempt('dns.setServers bad', () => dns.setServers(['300.1.1.1']));

(async () => {
  // ENOTFOUND / ECONNREFUSED / ETIMEOUT / ECANCELLED from real exchanges.
  const server = await startDnsServer((name) => (name === 'slow.test' ? 'drop' : { rcode: 'NXDOMAIN' }));
  const fast = new dns.Resolver({ timeout: 200, tries: 1 });
  fast.setServers([`127.0.0.1:${server.port}`]);
  await new Promise((res) => fast.resolve4('missing.test', (e) => { console.log('nxdomain', fields(e)); res(); }));
  await new Promise((res) => fast.resolveTxt('slow.test', (e) => { console.log('timeout', fields(e)); res(); }));
  await fast.promises?.resolve4;
  const pfast = new dns.promises.Resolver({ timeout: 200, tries: 1 });
  pfast.setServers([`127.0.0.1:${server.port}`]);
  await pfast.resolve6('slow.test').catch((e) => console.log('promise timeout', fields(e)));

  const canceller = new dns.Resolver({ timeout: 5000, tries: 1 });
  canceller.setServers([`127.0.0.1:${server.port}`]);
  const order = [];
  await new Promise((res) => {
    let n = 0;
    const done = (tag) => (e) => { order.push(`${tag}:${e && e.code}`); if (++n === 2) res(); };
    canceller.resolve4('slow.test', done('a'));
    canceller.resolveMx('slow.test', done('b'));
    setTimeout(() => canceller.cancel(), 50);
  });
  console.log('cancel', order.join(' '));

  // setServers is refused while the resolver has queries in flight.
  const busy = new dns.Resolver({ timeout: 200, tries: 1 });
  busy.setServers([`127.0.0.1:${server.port}`]);
  const ended = new Promise((res) => busy.resolve4('slow.test', (e) => { console.log('busy query', e.code); res(); }));
  attempt('setServers while pending', () => busy.setServers(['127.0.0.1']));
  await ended;
  attempt('setServers after', () => { busy.setServers(['127.0.0.1']); return busy.getServers(); });

  // Nothing listens on this port: the kernel refuses the datagram.
  const closed = dgram.createSocket('udp4');
  await new Promise((res) => closed.bind(0, '127.0.0.1', res));
  const deadPort = closed.address().port;
  await new Promise((res) => closed.close(res));
  const refused = new dns.Resolver({ timeout: 1000, tries: 1 });
  refused.setServers([`127.0.0.1:${deadPort}`]);
  await new Promise((res) => refused.resolve4('x.test', (e) => { console.log('refused', e.code, e.syscall); res(); }));
  await server.close();
})();

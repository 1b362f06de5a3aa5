// dns.lookup / lookupService with 'localhost' and numeric addresses only: families, all,
// hints, orders (and the older verbatim option), setDefaultResultOrder, the promise forms,
// the module's shape and constants, falsy hostnames (DEP0118).
'use strict';
const dns = require('dns');
const dnsPromises = require('dns/promises');

const show = (label) => (err, ...rest) => console.log(label, err ? `${err.code} ${err.syscall}` : null, JSON.stringify(rest));
const lookupP = (label, ...args) => new Promise((res) => dns.lookup(...args, (err, ...rest) => { show(label)(err, ...rest); res(); }));

(async () => {
  console.log(Object.keys(dns).join(','));
  console.log(Object.keys(dnsPromises).join(','));
  console.log(dns.promises === dnsPromises, dns.ADDRCONFIG, dns.ALL, dns.V4MAPPED, dns.NOTFOUND, dns.CANCELLED);
  console.log(dns.getDefaultResultOrder(), dnsPromises.getDefaultResultOrder());
  console.log(typeof dns.lookup('127.0.0.1', () => {}), dns.lookup.length, dns.lookupService.length);

  await lookupP('v4 literal', '127.0.0.1');
  await lookupP('v6 literal', '::1');
  await lookupP('v6 literal all', '::1', { all: true });
  await lookupP('v4 literal family 6', '127.0.0.1', 6);
  await lookupP('localhost family 4', 'localhost', 4);
  await lookupP('localhost IPv4', 'localhost', { family: 'IPv4' });
  await lookupP('localhost all 4', 'localhost', { family: 4, all: true });
  await lookupP('localhost ipv4first all', 'localhost', { all: true, order: 'ipv4first', family: 4 });
  await lookupP('localhost verbatim false', 'localhost', { verbatim: false, family: 4 });
  await lookupP('localhost hints', 'localhost', { family: 4, hints: dns.ADDRCONFIG | dns.V4MAPPED });
  await lookupP('LOCALHOST', 'LOCALHOST', 4);
  await lookupP('fullwidth (IDNA to ASCII)', '\uff4c\uff4f\uff43\uff41\uff4c\uff48\uff4f\uff53\uff54', 4);
  await lookupP('localhost any family', 'localhost', { all: true });
  await lookupP('localhost ipv6first', 'localhost', { all: true, order: 'ipv6first' });

  process.on('warning', (w) => console.log('warning', w.name, w.code));
  await lookupP('empty', '', {});
  await lookupP('empty all', '', { all: true });
  await lookupP('null family 6', null, 6);

  dns.setDefaultResultOrder('ipv4first');
  console.log(dns.getDefaultResultOrder(), dnsPromises.getDefaultResultOrder());
  dnsPromises.setDefaultResultOrder('verbatim');
  console.log(dns.getDefaultResultOrder());

  console.log('promise', JSON.stringify(await dnsPromises.lookup('localhost', 4)));
  console.log('promise all', JSON.stringify(await dnsPromises.lookup('localhost', { family: 4, all: true })));
  console.log('promise literal', JSON.stringify(await dnsPromises.lookup('::1', { all: true })));
  console.log('promise empty', JSON.stringify(await dnsPromises.lookup('')));

  const { promisify } = require('util');
  console.log('promisified', JSON.stringify(await promisify(dns.lookup)('localhost', 4)));
  console.log('promisified service', JSON.stringify(await promisify(dns.lookupService)('127.0.0.1', 22)));

  await new Promise((res) => dns.lookupService('127.0.0.1', 22, (err, host, service) => {
    console.log('lookupService', err, host, service);
    res();
  }));
  console.log('promise lookupService', JSON.stringify(await dnsPromises.lookupService('127.0.0.1', '80')));
})();

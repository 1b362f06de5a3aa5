// AsyncLocalStorage through dns and dgram callbacks: lookups, lookupService, promises,
// resolver queries and send callbacks run in the context of their call; a socket's events in
// the context the socket was made (or bound) in. Lines are printed sorted at exit.
'use strict';
const { AsyncLocalStorage } = require('async_hooks');
const dns = require('dns');
const dgram = require('dgram');
const { startDnsServer } = require('../common/dns-server.js');

const als = new AsyncLocalStorage();
const lines = [];
const note = (what) => lines.push(`${what}: ${als.getStore()}`);
process.on('exit', () => console.log(lines.sort().join('\n')));

als.run('lookup', () => dns.lookup('localhost', 4, () => note('lookup callback')));
als.run('service', () => dns.lookupService('127.0.0.1', 22, () => note('lookupService callback')));
als.run('promise', () => dns.promises.lookup('localhost', 4).then(() => note('lookup promise')));
startDnsServer(() => ({ answers: [{ type: 'A', data: '192.0.2.9' }] })).then((server) => {
  const r = new dns.Resolver();
  r.setServers([`127.0.0.1:${server.port}`]);
  als.run('resolve', () => r.resolve4('x.test', () => {
    note('resolve4 callback');
    const p = new dns.promises.Resolver();
    p.setServers([`127.0.0.1:${server.port}`]);
    als.run('resolve promise', () => p.resolve4('x.test').then(() => {
      note('resolve4 promise');
      server.close();
    }));
  }));
});

let socket;
als.run('socket made', () => { socket = dgram.createSocket('udp4'); });
als.run('bind', () => socket.bind(0, '127.0.0.1', () => {
  note('listening');
  const client = dgram.createSocket('udp4');
  als.run('send', () => client.send('x', socket.address().port, '127.0.0.1', () => {
    note('send callback');
    client.close();
  }));
}));
socket.on('message', () => {
  note('message');
  als.run('close', () => socket.close(() => note('close callback')));
});

'use strict';
// node:net argument validation: the error (class, code, message) of each bad call, as Node 24's.
const net = require('net');
const tries = [
  () => net.connect(),
  () => net.connect({}),
  () => net.connect({ port: 80, host: 5 }),
  () => net.connect({ port: 80, host: 'a\0b' }),
  () => net.connect({ port: 80, localPort: 'x' }),
  () => net.connect({ port: 80, autoSelectFamilyAttemptTimeout: 0 }),
  () => net.connect({ path: 5 }),
  () => net.connect({ port: -1 }),
  () => net.connect({ port: '' }),
  () => net.connect({ port: ' ' }),
  () => net.connect({ port: '80' }).destroy(),
  () => net.createServer().listen({ port: 'abc' }),
  () => net.createServer().listen(-5),
  () => net.createServer().listen({ fd: -1 }),
  () => net.createServer().listen(true),
  () => net.createServer().listen({ path: '\0abs', readableAll: true }),
  () => new net.Socket({ readableObjectMode: true }),
  () => new net.Socket({ keepAliveInitialDelay: 'x' }),
  () => new net.Socket({ typeOfService: 300 }),
  () => new net.Socket({ blockList: {} }),
  () => new net.Socket({ fd: -1 }),
  () => new net.Socket({ fd: 'x' }),
  () => net.createServer({ highWaterMark: 'x' }),
  () => net.createServer({ blockList: 1 }),
  () => new net.Socket().setKeepAlive(true, 'x'),
  () => new net.Socket().setTimeout(Infinity),
  () => new net.Socket().setTimeout(2 ** 31),
  () => new net.Socket().connect({ port: 1, lookup: 'x', host: 'a.b' }),
  () => new net.Socket().write(5),
  () => new net.Socket().write(null),
  () => net.connect({ port: 80, family: 5, host: 'localhost' }).destroy(),
  () => new net.Socket().resetAndDestroy(),
  () => net.createServer().getConnections(),
];
for (const t of tries) {
  try {
    const r = t();
    console.log('ok', r && r.constructor && r.constructor.name);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.on('uncaughtException', (e) => console.log('uncaught', e.code, e.message));

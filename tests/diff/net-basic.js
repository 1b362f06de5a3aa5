'use strict';
// node:net differential: an echo round trip, event order, socket state over its life, errors
// (refused, bad port, already listening, not running) and BlockList/SocketAddress/isIP output.
const net = require('net');

const events = [];
const log = (...a) => console.log(...a);

function step1(done) {
  const server = net.createServer({ allowHalfOpen: true }, (s) => {
    s.on('data', (d) => events.push(`server data ${d}`));
    s.on('end', () => { events.push('server end'); s.end('pong'); });
    s.on('close', (hadErr) => events.push(`server socket close ${hadErr}`));
  });
  server.on('listening', () => events.push('listening'));
  server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    log('address', addr.address, addr.family, typeof addr.port);
    const c = net.connect({ port: addr.port, host: '127.0.0.1' });
    log('state while connecting', c.readyState, c.connecting, c.pending);
    c.on('connect', () => {
      events.push('connect');
      log('state when open', c.readyState, c.remoteAddress, c.remoteFamily, c.remotePort === addr.port);
    });
    c.on('ready', () => events.push('ready'));
    c.on('data', (d) => events.push(`client data ${d}`));
    c.on('end', () => events.push('client end'));
    c.on('finish', () => events.push('client finish'));
    c.on('close', (hadErr) => {
      events.push(`client close ${hadErr}`);
      log('state after close', c.readyState, c.destroyed, c.bytesRead, c.bytesWritten);
      server.close(() => {
        events.push('server close');
        log(events.join('\n'));
        done();
      });
    });
    c.end('ping');
  });
}

function step2(done) {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    try { s.listen(0); } catch (e) { log(e.code, e.message); }
    s.close(() => {
      const c = net.connect(port, '127.0.0.1');
      c.on('error', (e) => {
        log(e.code, e.syscall, e.errno, e.address, e.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
        s.close((err) => { log(err.code, err.message); done(); });
      });
    });
  });
}

function step3() {
  for (const p of [-1, 65536, true, 1.5]) {
    try { net.connect(p, '127.0.0.1'); } catch (e) { log(e.name, e.code, e.message); }
  }
  for (const a of ['1.2.3.4', '::1', '::ffff:1.2.3.4', '1.2.3', 'fe80::1%lo', 'abc']) {
    log(a, net.isIP(a), net.isIPv4(a), net.isIPv6(a));
  }
  const bl = new net.BlockList();
  bl.addAddress('1.2.3.4');
  bl.addRange('10.0.0.1', '10.0.0.9');
  bl.addSubnet('2001:db8::', 32, 'ipv6');
  log(bl.rules, bl.check('10.0.0.5'), bl.check('::ffff:1.2.3.4', 'ipv6'), bl.check('2001:db8::1', 'ipv6'));
  log(new net.SocketAddress({ address: '2001:0db8:0000:0000:0000:0000:0000:0001', family: 'ipv6', port: 8 }));
  log(net.SocketAddress.parse('[::ffff:1.2.3.4]:99'));
}

step1(() => step2(step3));

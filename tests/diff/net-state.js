'use strict';
// node:net socket and server state properties over a socket's life (ports masked).
const net = require('net');
const s = new net.Socket();
const mask = (v) => String(v).replace(/\d{4,5}/g, 'PORT');
const show = (label, x) => console.log(mask([label, x.readable, x.writable, x.readyState, x.pending, x.connecting, x.destroyed, x.bytesRead, x.bytesWritten, x.bufferSize, x.remoteAddress, x.localPort, JSON.stringify(x.address()), x.timeout, x.allowHalfOpen].join(' ')));
show('new', s);
const s2 = new net.Socket({ allowHalfOpen: true, readable: false, writable: false });
show('new2', s2);
s.destroy();
show('destroyed', s);
const server = net.createServer((c) => { show('accepted', c); c.end(); });
console.log('server', server.listening, server.address(), server.maxConnections, server.allowHalfOpen, server.pauseOnConnect, server.noDelay, server.keepAlive, server.keepAliveInitialDelay, typeof server.highWaterMark, typeof server._connectionKey);
server.listen(0, '127.0.0.1', () => {
  console.log('listening', server.listening, server._connectionKey.replace(/\d+$/, 'PORT'));
  const c = net.connect(server.address().port, '127.0.0.1');
  show('connecting', c);
  c.on('connect', () => show('connected', c));
  c.on('end', () => show('ended', c));
  c.on('close', () => { show('closed', c); server.close(); });
  c.resume();
});

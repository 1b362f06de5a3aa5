'use strict';
// An unref()ed server and unref()ed sockets do not keep the process alive; ref() again does.
const net = require('net');
let accepted = 0;
const server = net.createServer((s) => {
  s.unref();
  accepted++;
});
server.listen(0, '127.0.0.1', () => {
  console.log('listening');
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('connected');
    c.unref();
    server.unref();
    // A referenced timer keeps the process for a moment; after it nothing else does.
    setTimeout(() => console.log('timer'), 50);
  });
});
process.on('exit', (code) => console.log('exit', code, server.listening, accepted));

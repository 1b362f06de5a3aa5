'use strict';
// Piped stdout is a net.Socket over a Pipe handle, as in Node (run-diff.sh reads stdout
// through a pipe); tty streams are net.Sockets too.
const net = require('net');
const tty = require('tty');
const out = process.stdout;
console.log(out instanceof net.Socket, out.constructor.name, out._type, out.fd);
console.log(out.writable, out.readable, out.isTTY, out.pending, out.connecting);
console.log(out._handle.constructor.name, typeof out._handle.writev);
console.log(tty.ReadStream.prototype instanceof net.Socket, tty.WriteStream.prototype instanceof net.Socket);
console.log(out.remoteAddress, out.localAddress, JSON.stringify(out.address()));
out.write('written ', () => console.log('write callback'));
out.write(Buffer.from('bytes\n'));
process.stderr.write('');
console.log(process.stderr instanceof net.Socket || process.stderr instanceof require('stream').Writable);

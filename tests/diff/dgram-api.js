// dgram: argument errors with Node's codes and messages, state errors (bound, connected,
// closed), the module's shape and the order of socket events.
'use strict';
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined || typeof r === 'object' ? '' : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

console.log(Object.keys(dgram).join(','));
console.log(typeof dgram.Socket, dgram.createSocket('udp4') instanceof dgram.Socket);
attempt('bad type', () => dgram.createSocket('udp5'));
attempt('no type', () => dgram.createSocket());
attempt('options bad type', () => dgram.createSocket({ type: 'tcp' }));
attempt('bad lookup', () => dgram.createSocket({ type: 'udp4', lookup: 5 }));
attempt('bad recvBufferSize', () => dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }));
attempt('bad sendBufferSize', () => dgram.createSocket({ type: 'udp4', sendBufferSize: 'x' }));
attempt('bad signal', () => dgram.createSocket({ type: 'udp4', signal: {} }));

const s = dgram.createSocket('udp4');
attempt('send bad port', () => s.send('x', 0, '127.0.0.1'));
attempt('send port range', () => s.send('x', 70000, '127.0.0.1'));
attempt('send no port', () => s.send('x'));
attempt('send bad buffer', () => s.send(5, 1234, '127.0.0.1'));
attempt('send bad list', () => s.send([Buffer.from('a'), 5], 1234, '127.0.0.1'));
attempt('send bad address', () => s.send('x', 1234, 5));
attempt('send offset oob', () => s.send(Buffer.alloc(4), 5, 1, 1234, '127.0.0.1'));
attempt('send length oob', () => s.send(Buffer.alloc(4), 1, 4, 1234, '127.0.0.1'));
attempt('connect bad port', () => s.connect(0));
attempt('connect bad address', () => s.connect(1234, 5));
attempt('disconnect unconnected', () => s.disconnect());
attempt('remoteAddress unconnected', () => s.remoteAddress());
attempt('address unbound', () => s.address());
attempt('setTTL type', () => s.setTTL('x'));
attempt('setTTL unbound', () => s.setTTL(10));
attempt('setMulticastTTL type', () => s.setMulticastTTL('x'));
attempt('setBroadcast unbound', () => s.setBroadcast(true));
attempt('setMulticastInterface type', () => s.setMulticastInterface(5));
attempt('addMembership missing', () => s.addMembership());
attempt('addSourceSpecificMembership type', () => s.addSourceSpecificMembership(5, '232.1.1.1'));
attempt('dropSourceSpecificMembership type', () => s.dropSourceSpecificMembership('1.1.1.1', 5));
attempt('getRecvBufferSize unbound', () => s.getRecvBufferSize());
attempt('setSendBufferSize bad', () => s.setSendBufferSize(-5));
attempt('sendto bad offset', () => s.sendto('x', 'a', 1, 1234, '127.0.0.1'));
attempt('bindSync bad address', () => s.bindSync({ address: 'localhost' }));
attempt('bindSync bad port', () => s.bindSync({ port: -1 }));
attempt('connectSync bad address', () => s.connectSync(1234, 'localhost'));
attempt('getSendQueueSize', () => s.getSendQueueSize());
attempt('getSendQueueCount', () => s.getSendQueueCount());

const events = [];
s.on('listening', () => {
  events.push('listening');
  attempt('bind twice', () => s.bind(0));
  attempt('setTTL 300', () => s.setTTL(300));
  attempt('setTTL 64', () => s.setTTL(64));
  attempt('setMulticastTTL 2', () => s.setMulticastTTL(2));
  attempt('setMulticastLoopback', () => s.setMulticastLoopback(true));
  attempt('setBroadcast', () => s.setBroadcast(true));
  attempt('addMembership bad', () => s.addMembership('1.2.3.4'));
  attempt('dropMembership not member', () => s.dropMembership('239.1.1.1'));
  attempt('setMulticastInterface bad', () => s.setMulticastInterface('300.1.1.1'));
  attempt('setRecvBufferSize', () => s.setRecvBufferSize(16384));
  attempt('getRecvBufferSize', () => s.getRecvBufferSize() >= 16384);
  attempt('address family', () => s.address().family);
  s.close(() => {
    events.push('close cb');
    attempt('send closed', () => s.send('x', 1234, '127.0.0.1'));
    attempt('close closed', () => s.close());
    attempt('address closed', () => s.address());
    attempt('bind closed', () => s.bind(0));
    attempt('ref closed', () => s.ref() === s);
    attempt('unref closed', () => s.unref() === s);
    console.log(events.join(' > '));
    errors();
  });
});
s.on('close', () => events.push('close'));
s.bind(0, '127.0.0.1', () => events.push('bind cb'));

// Binding to an address in use: 'error' with Node's fields, the socket stays usable.
function errors() {
  const a = dgram.createSocket('udp4');
  a.bind(0, '127.0.0.1', () => {
    const port = a.address().port;
    const b = dgram.createSocket('udp4');
    b.on('error', (e) => {
      console.log('in use', e.code, e.syscall, e.errno === -98, e.message.replace(String(port), 'PORT'),
                  e.address, e.port === port);
      b.close();
      a.close();
      reuse();
    });
    b.bind(port, '127.0.0.1');
  });
}

// reuseAddr on both sockets: the second bind succeeds.
function reuse() {
  const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  a.bind(0, '127.0.0.1', () => {
    const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    b.on('error', (e) => console.log('reuse error', e.code));
    b.bind(a.address().port, '127.0.0.1', () => {
      console.log('reuseAddr both bound', b.address().port === a.address().port);
      a.close();
      b.close(signalled);
    });
  });
}

// An aborted signal closes the socket.
function signalled() {
  const ac = new AbortController();
  const c = dgram.createSocket({ type: 'udp4', signal: ac.signal });
  c.on('close', () => {
    console.log('closed by signal');
    const pre = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
    pre.on('close', () => console.log('pre-aborted closes'));
  });
  c.bind(0, '127.0.0.1', () => ac.abort());
}

// diagnostics_channel 'udp.socket' sees each new socket.
const dc = require('diagnostics_channel');
const onSocket = ({ socket }) => console.log('udp.socket published', socket instanceof dgram.Socket, socket.type);
dc.subscribe('udp.socket', onSocket);
dgram.createSocket('udp6').close();
dc.unsubscribe('udp.socket', onSocket);
dgram.createSocket('udp4').close();

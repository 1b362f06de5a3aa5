// dgram with net.BlockList: receiveBlockList drops datagrams from blocked senders,
// sendBlockList refuses sends and connects (ERR_IP_BLOCKED), bad list types are rejected.
'use strict';
const dgram = require('dgram');
const net = require('net');

try {
  dgram.createSocket({ type: 'udp4', receiveBlockList: {} });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  dgram.createSocket({ type: 'udp4', sendBlockList: [] });
} catch (e) {
  console.log(e.code, e.message);
}

const deny = new net.BlockList();
deny.addAddress('127.0.0.2');
const server = dgram.createSocket({ type: 'udp4', receiveBlockList: deny });
server.on('message', (msg, rinfo) => {
  console.log('message', msg.toString(), rinfo.address);
  if (msg.toString() === 'last') finish();
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const blockedSender = dgram.createSocket('udp4');
  blockedSender.bind(0, '127.0.0.2', () => {
    blockedSender.send('from blocked', port, '127.0.0.1', () => {
      const ok = dgram.createSocket({ type: 'udp4', sendBlockList: deny });
      ok.send('to blocked', port, '127.0.0.2', (err) => {
        console.log('send to blocked:', err.code, err.message);
        try {
          ok.connectSync(port, '127.0.0.2');
        } catch (e) {
          console.log('connectSync to blocked:', e.code);
        }
        ok.connect(port, '127.0.0.2', (e) => {
          console.log('connect to blocked:', e && e.code);
          ok.send('last', port, '127.0.0.1');
          globalThis.toClose = [ok, blockedSender];
        });
      });
    });
  });
});

function finish() {
  for (const s of [server, ...globalThis.toClose]) s.close();
}

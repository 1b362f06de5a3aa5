// ref/unref: an unref'd bound socket does not keep the process alive (the script ends by
// itself with its 'exit' output); ref() holds it again until close.
'use strict';
const dgram = require('dgram');

const held = dgram.createSocket('udp4');
const idle = dgram.createSocket('udp4');
idle.bind(0, '127.0.0.1', () => {
  idle.unref();
  console.log('idle bound and unref\'d');
});
held.bind(0, '127.0.0.1', () => {
  held.unref();
  held.ref();  // held again: the process waits for its message
  const client = dgram.createSocket('udp4');
  client.unref();  // an unref'd sender still sends
  client.send('ping', held.address().port, '127.0.0.1');
});
held.on('message', (msg) => {
  console.log('held got', msg.toString());
  held.close();
});
process.on('exit', () => console.log('exit'));

// dgram message exchange on loopback: every send form (string, Buffer, array, TypedArray,
// DataView, offset+length, empty), send callbacks, implicit bind, name lookup of the address,
// connect/remoteAddress/disconnect and their errors, IPv6 on ::1. Ports are not printed.
'use strict';
const dgram = require('dgram');

const log = (...a) => console.log(...a);
const rinfoText = (r) => `${r.address} ${r.family} size=${r.size} port=${typeof r.port}`;

function receiver(type, address) {
  return new Promise((resolve) => {
    const s = dgram.createSocket(type);
    const got = [];
    s.on('message', (msg, rinfo) => {
      got.push(`${JSON.stringify(msg.toString('latin1'))} ${Buffer.isBuffer(msg)} ${rinfoText(rinfo)}`);
      if (s.waiter && got.length >= s.waiter.n) { const w = s.waiter; s.waiter = null; w.resolve(); }
    });
    s.until = (n) => new Promise((res) => {
      if (got.length >= n) res();
      else s.waiter = { n, resolve: res };
    });
    s.got = got;
    s.bind(0, address, () => resolve(s));
  });
}

const sendP = (sock, ...args) => new Promise((res) => sock.send(...args, (err, bytes) => { log('  sent', err ? err.code : null, bytes); res(); }));

async function exchange(type, address) {
  log(`== ${type} ${address}`);
  const r = await receiver(type, address);
  const port = r.address().port;
  const c = dgram.createSocket(type);
  await sendP(c, 'string', port, address);
  await sendP(c, Buffer.from('buffer'), port, address);
  await sendP(c, [Buffer.from('li'), 'st', new Uint8Array([33])], port, address);
  await sendP(c, new Uint16Array([0x6968]), port, address);
  await sendP(c, new DataView(new Uint8Array([100, 118]).buffer), port, address);
  await sendP(c, Buffer.from('xxSLICExx'), 2, 5, port, address);
  await sendP(c, 'slice-str', 6, 3, port, address);
  await sendP(c, Buffer.alloc(0), port, address);
  await sendP(c, [], port, address);
  await sendP(c, 'default-address', port);
  await r.until(10);
  r.got.forEach((g) => log(' ', g));
  log('  client bound implicitly', typeof c.address().port);

  // Connected socket.
  const k = dgram.createSocket(type);
  await new Promise((res) => k.connect(port, address, res));
  const ra = k.remoteAddress();
  log('  remote', ra.address, ra.family, ra.port === port);
  try { k.connect(port, address); } catch (e) { log('  connect twice', e.code); }
  try { k.send('x', port, address); } catch (e) { log('  send with port when connected', e.code); }
  await new Promise((res) => k.send('connected', (e, n) => { log('  connected send', e, n); res(); }));
  await new Promise((res) => k.send(Buffer.from('..offset..'), 2, 6, (e, n) => { log('  connected offset send', e, n); res(); }));
  await r.until(12);
  r.got.slice(10).forEach((g) => log(' ', g));
  k.disconnect();
  try { k.remoteAddress(); } catch (e) { log('  after disconnect', e.code); }
  await sendP(k, 'after-disconnect', port, address);
  await r.until(13);
  log(' ', r.got[12]);
  await Promise.all([c, k, r].map((s) => new Promise((res) => s.close(res))));
}

(async () => {
  await exchange('udp4', '127.0.0.1');
  await exchange('udp6', '::1');

  // A name as the address goes through dns.lookup (udp4: 'localhost' is 127.0.0.1 in /etc/hosts).
  log('== lookup');
  const r = await receiver('udp4', '127.0.0.1');
  const c = dgram.createSocket('udp4');
  await sendP(c, 'via-name', r.address().port, 'localhost');
  await r.until(1);
  log(' ', r.got[0]);
  // A lookup that fails (no name leaves this machine: the lookup function is the test's own).
  const failLookup = (host, family, cb) => {
    if (host === 'no-such-host.test') {
      const e = new Error(`getaddrinfo ENOTFOUND ${host}`);
      e.code = 'ENOTFOUND';
      return process.nextTick(cb, e);
    }
    cb(null, host === '0.0.0.0' ? host : '127.0.0.1', 4);
  };
  const bad = dgram.createSocket({ type: 'udp4', lookup: failLookup });
  await new Promise((res) => bad.send('x', 1234, 'no-such-host.test', (e) => { log('  lookup failure', e.code, e.message); res(); }));
  bad.on('error', (e) => log('  bind error event', e.code));
  const badNoCb = dgram.createSocket({ type: 'udp4', lookup: failLookup });
  await new Promise((res) => { badNoCb.on('error', (e) => { log('  lookup failure as error event', e.code); res(); }); badNoCb.send('x', 1234, 'no-such-host.test'); });
  const badBind = dgram.createSocket({ type: 'udp4', lookup: failLookup });
  await new Promise((res) => { badBind.on('error', (e) => { log('  bind lookup failure', e.code); res(); }); badBind.bind(0, 'no-such-host.test'); });
  badBind.bind(0, '127.0.0.1', () => log('  bind after failed bind works'));
  // A custom lookup function is used for the address.
  const custom = dgram.createSocket({ type: 'udp4', lookup: (host, family, cb) => { log('  custom lookup', host, family); cb(null, '127.0.0.1', 4); } });
  await sendP(custom, 'custom', r.address().port, 'anything.test');
  await r.until(2);
  log(' ', r.got[1]);
  // Connecting to a name.
  const named = dgram.createSocket('udp4');
  named.on('connect', () => log('  connect event'));
  await new Promise((res) => named.connect(r.address().port, 'localhost', res));
  log('  connected to', named.remoteAddress().address);
  const failing = dgram.createSocket({ type: 'udp4', lookup: failLookup });
  await new Promise((res) => failing.connect(1234, 'no-such-host.test', (e) => { log('  connect lookup failure', e.code); res(); }));
  const failingEvt = dgram.createSocket({ type: 'udp4', lookup: failLookup });
  await new Promise((res) => { failingEvt.on('error', (e) => { log('  connect failure as error event', e.code); res(); }); failingEvt.connect(1234, 'no-such-host.test'); });
  // Closing while the implicit bind is pending: the close waits for it.
  const early = dgram.createSocket('udp4');
  early.send('x', r.address().port, '127.0.0.1');
  early.close(() => log('  closed after queued send'));
  await new Promise((res) => setTimeout(res, 100));
  await Promise.all([r, c, custom, named, failing, failingEvt, bad, badNoCb, badBind].map((s) => new Promise((res) => { try { s.close(res); } catch { res(); } })));
  log('done');
})();

'use strict';
// node:tls differential: what a connection tells about itself and the knobs it has —
// exportKeyingMaterial (validation, both ends agree, TLS 1.3's HKDF limit as OpenSSL's error),
// getFinished/getPeerFinished, getSharedSigalgs, getTLSTicket, setMaxSendFragment (validation,
// return value, records of that size on the wire) and disableRenegotiation, before, during and
// after a connection, for TLS 1.3 and 1.2 with RSA and EC certificates. (The lists and ticket
// sizes that depend on OpenSSL's version are summarized, not printed: Node bundles 3.5.)
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', name));
const ca = fixture('ca.crt');

const show = (v) => (v === undefined ? 'undefined' : v === null ? 'null'
  : Buffer.isBuffer(v) ? `Buffer(${v.length})` : JSON.stringify(v));
function attempt(name, fn) {
  try {
    console.log(' ', name, show(fn()));
  } catch (err) {
    console.log(' ', name, 'throws', err.name, err.code, err.message.split('. Received')[0],
                err.library ?? '', err.reason ?? '');
  }
}
function sigalgSummary(list) {
  if (!Array.isArray(list)) return show(list);
  const wellFormed = list.every((s) => /^[A-Za-z0-9-]+\+[A-Z0-9]+$/.test(s));
  return `array wellFormed=${wellFormed} rsaPss=${list.includes('RSA-PSS+SHA256')} ecdsa=${list.includes('ECDSA+SHA256')}`;
}

async function connection(maxVersion, certName) {
  console.log(maxVersion, certName);
  let serverSide;
  const server = tls.createServer({ key: fixture(`${certName}.key`), cert: fixture(`${certName}.crt`), maxVersion }, (s) => {
    serverSide = {
      ekm: s.exportKeyingMaterial(32, 'EXPERIMENTAL-diff', Buffer.from('context')),
      finished: s.getFinished(),
      peerFinished: s.getPeerFinished(),
      ticket: s.getTLSTicket(),
      sigalgs: sigalgSummary(s.getSharedSigalgs()),
    };
    s.disableRenegotiation();
    s.on('data', () => {
      console.log('  server setMaxSendFragment(512)', s.setMaxSendFragment(512));
      s.end('y'.repeat(3000));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca, servername: 'localhost' });
    console.log(' before the handshake');
    attempt('getFinished', () => c.getFinished());
    attempt('getPeerFinished', () => c.getPeerFinished());
    attempt('getTLSTicket', () => c.getTLSTicket());
    attempt('getSharedSigalgs', () => c.getSharedSigalgs());
    attempt('exportKeyingMaterial', () => c.exportKeyingMaterial(8, 'x'));
    let received = 0;
    let clientSide;
    c.on('data', (d) => { received += d.length; });
    c.on('secureConnect', () => {
      console.log(' connected', c.getProtocol());
      clientSide = {
        ekm: c.exportKeyingMaterial(32, 'EXPERIMENTAL-diff', Buffer.from('context')),
        ekmNoContext: c.exportKeyingMaterial(32, 'EXPERIMENTAL-diff'),
        finished: c.getFinished(),
        peerFinished: c.getPeerFinished(),
      };
      console.log('  finished', show(clientSide.finished), show(clientSide.peerFinished));
      console.log('  sigalgs', sigalgSummary(c.getSharedSigalgs()));
      attempt('ekm(0)', () => c.exportKeyingMaterial(0, 'EXPERIMENTAL-a'));
      attempt('ekm(12240)', () => c.exportKeyingMaterial(12240, 'x').length);
      attempt('ekm(12241)', () => c.exportKeyingMaterial(12241, 'x').length);
      attempt('ekm(-1)', () => c.exportKeyingMaterial(-1, 'x'));
      attempt('ekm(1.5)', () => c.exportKeyingMaterial(1.5, 'x'));
      attempt("ekm('1')", () => c.exportKeyingMaterial('1', 'x'));
      attempt('ekm label 2', () => c.exportKeyingMaterial(1, 2));
      attempt("ekm label ''", () => c.exportKeyingMaterial(4, ''));
      attempt("ekm context 'abc'", () => c.exportKeyingMaterial(1, 'x', 'abc'));
      attempt('ekm context Uint8Array', () => c.exportKeyingMaterial(1, 'x', new Uint8Array(2)));
      attempt('ekm context ArrayBuffer', () => c.exportKeyingMaterial(1, 'x', new ArrayBuffer(2)));
      for (const size of [0, 511, 512, 16384, 16385, -1, 1.5, '1000', null, 2 ** 31]) {
        attempt(`setMaxSendFragment(${show(size)})`, () => c.setMaxSendFragment(size));
      }
      attempt('disableRenegotiation', () => c.disableRenegotiation());
      console.log('  client ticket is a Buffer', Buffer.isBuffer(c.getTLSTicket()));
      c.write('go');
    });
    c.on('close', () => {
      console.log('  received', received);
      // The server's view, taken at its 'secureConnection' (after the client's with TLS 1.3).
      console.log('  ekm agrees', clientSide.ekm.equals(serverSide.ekm), 'without context differs',
                  !clientSide.ekm.equals(clientSide.ekmNoContext));
      console.log('  finished cross-equal', clientSide.finished.equals(serverSide.peerFinished) &&
                  clientSide.peerFinished.equals(serverSide.finished));
      console.log('  server ticket', show(serverSide.ticket), 'server sigalgs', serverSide.sigalgs);
      console.log(' after close');
      attempt('getFinished', () => c.getFinished());
      attempt('getSharedSigalgs', () => c.getSharedSigalgs());
      attempt('getTLSTicket', () => c.getTLSTicket());
      resolve();
    });
  });
  server.close();
}

(async () => {
  await connection('TLSv1.3', 'server');
  await connection('TLSv1.2', 'server');
  await connection('TLSv1.3', 'ec');
  await connection('TLSv1.2', 'ec');
})();

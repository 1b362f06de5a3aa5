'use strict';
// node:tls differential: a handshake's event order and what both ends report (certificates,
// cipher, protocol, ALPN, SNI, authorization), data both ways, and how failures surface
// (codes, messages of verification errors, the server's tlsClientError).
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', name));
const serverCreds = { key: fixture('server.key'), cert: fixture('server.crt') };
const ca = fixture('ca.crt');
const log = (...a) => console.log(...a);

function certSummary(c) {
  return {
    subject: { ...c.subject }, issuer: { ...c.issuer }, subjectaltname: c.subjectaltname, ca: c.ca,
    bits: c.bits, exponent: c.exponent, modulusLength: c.modulus && c.modulus.length,
    valid_from: c.valid_from, valid_to: c.valid_to, fingerprint256: c.fingerprint256,
    serialNumber: c.serialNumber, ext_key_usage: c.ext_key_usage, raw: c.raw && c.raw.length,
    pubkey: c.pubkey && c.pubkey.length, asn1Curve: c.asn1Curve, nistCurve: c.nistCurve,
  };
}

function run(serverOptions, clientOptions, onSecure) {
  return new Promise((resolve) => {
    const events = [];
    const server = tls.createServer(serverOptions, (s) => {
      events.push(`server secureConnection authorized=${s.authorized} servername=${s.servername} alpn=${s.alpnProtocol}`);
      s.on('data', (d) => { events.push(`server data ${d}`); s.end(String(d).toUpperCase()); });
      s.on('end', () => events.push('server end'));
    });
    server.on('tlsClientError', (err) => events.push(`server tlsClientError ${err.code}`));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ...clientOptions });
      c.on('secureConnect', () => {
        events.push(`client secureConnect authorized=${c.authorized} error=${c.authorizationError}`);
        if (onSecure) onSecure(c);
        c.write('ping');
      });
      c.on('data', (d) => events.push(`client data ${d}`));
      c.on('end', () => events.push('client end'));
      c.on('error', (err) => events.push(`client error ${err.code}: ${err.message.split(';')[0]}`));
      c.on('close', () => {
        setTimeout(() => {
          server.close();
          for (const e of events) log(' ', e);
          resolve();
        }, 20);
      });
    });
  });
}

(async () => {
  log('handshake with a trusted server');
  await run({ ...serverCreds, ALPNProtocols: ['h2', 'http/1.1'] },
            { ca, servername: 'localhost', ALPNProtocols: ['http/1.1'] }, (c) => {
    log('  protocol', c.getProtocol(), 'cipher', c.getCipher());
    log('  alpn', c.alpnProtocol, 'reused', c.isSessionReused(), 'finished', c.getFinished().length);
    const peer = c.getPeerCertificate(true);
    log('  peer', certSummary(peer));
    log('  issuer', certSummary(peer.issuerCertificate), peer.issuerCertificate.issuerCertificate === peer.issuerCertificate);
    log('  own certificate', JSON.stringify(c.getCertificate()));
  });

  log('EC certificate');
  await run({ key: fixture('ec.key'), cert: fixture('ec.crt') }, { ca }, (c) => {
    log('  peer', certSummary(c.getPeerCertificate()));
  });

  log('self-signed, refused');
  await run({ key: fixture('self-signed.key'), cert: fixture('self-signed.crt') }, {});
  log('self-signed, trusted as ca');
  await run({ key: fixture('self-signed.key'), cert: fixture('self-signed.crt') }, { ca: fixture('self-signed.crt') });
  log('unknown issuer, allowed');
  await run(serverCreds, { rejectUnauthorized: false });
  log('expired');
  await run({ key: fixture('expired.key'), cert: fixture('expired.crt') }, { ca });
  log('wrong name');
  await run({ key: fixture('other.key'), cert: fixture('other.crt') }, { ca, servername: 'localhost' });
  log('wildcard name');
  await run({ key: fixture('other.key'), cert: fixture('other.crt') }, { ca, servername: 'api.example.test' });
  log('client certificate');
  await run({ ...serverCreds, requestCert: true, ca }, { ca, key: fixture('client.key'), cert: fixture('client.crt') });
  log('TLS 1.2 cipher');
  await run({ ...serverCreds, maxVersion: 'TLSv1.2', ciphers: 'ECDHE-RSA-AES256-GCM-SHA384' }, { ca }, (c) => {
    log('  protocol', c.getProtocol(), 'cipher', c.getCipher(), 'finished', c.getFinished().length);
  });
})();

'use strict';
// node:tls differential: the errors of tls.createSecureContext and of bad TLS options (class,
// message, code, OpenSSL library and reason), and what the default context reports.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', name));

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, JSON.stringify(e.message), JSON.stringify({
      code: e.code, library: e.library, reason: e.reason,
    }));
  }
}

attempt('garbage key', () => tls.createSecureContext({ key: 'garbage', cert: fixture('server.crt') }));
attempt('garbage cert', () => tls.createSecureContext({ key: fixture('server.key'), cert: 'garbage' }));
attempt('key mismatch', () => tls.createSecureContext({ key: fixture('client.key'), cert: fixture('server.crt') }));
attempt('no passphrase', () => tls.createSecureContext({ key: fixture('server-enc.key'), cert: fixture('server.crt') }));
attempt('bad passphrase', () => tls.createSecureContext({ key: fixture('server-enc.key'), passphrase: 'x', cert: fixture('server.crt') }));
attempt('good passphrase', () => tls.createSecureContext({ key: fixture('server-enc.key'), passphrase: 'secret', cert: fixture('server.crt') }));
attempt('pfx', () => tls.createSecureContext({ pfx: fixture('server.pfx'), passphrase: 'secret' }));
attempt('pfx bad passphrase', () => tls.createSecureContext({ pfx: fixture('server.pfx'), passphrase: 'nope' }));
attempt('pfx garbage', () => tls.createSecureContext({ pfx: Buffer.from('garbage') }));
attempt('ciphers', () => tls.createSecureContext({ ciphers: 'nope' }));
attempt('TLS 1.3 suites', () => tls.createSecureContext({ ciphers: 'TLS_nope' }));
attempt('empty ciphers', () => tls.createSecureContext({ ciphers: ':' }));
attempt('ecdhCurve', () => tls.createSecureContext({ ecdhCurve: 'nope' }));
attempt('dhparam', () => tls.createSecureContext({ dhparam: fixture('dh2048.pem') }));
attempt('dhparam garbage', () => tls.createSecureContext({ dhparam: 'garbage' }));
attempt('ca garbage', () => tls.createSecureContext({ ca: 'garbage' }));
attempt('crl garbage', () => tls.createSecureContext({ crl: 'garbage' }));
attempt('minVersion', () => tls.createSecureContext({ minVersion: 'TLSv9' }));
attempt('maxVersion', () => tls.createSecureContext({ maxVersion: 'SSLv3' }));
attempt('secureProtocol', () => tls.createSecureContext({ secureProtocol: 'nope' }));
attempt('SSLv3 method', () => tls.createSecureContext({ secureProtocol: 'SSLv3_method' }));
attempt('secureProtocol conflict', () => tls.createSecureContext({ secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1.2' }));
attempt('sigalgs empty', () => tls.createSecureContext({ sigalgs: '' }));
attempt('key type', () => tls.createSecureContext({ key: 5 }));
attempt('cert type', () => tls.createSecureContext({ cert: [true] }));
attempt('ticketKeys', () => tls.createSecureContext({ ticketKeys: Buffer.alloc(10) }));
attempt('sessionTimeout', () => tls.createSecureContext({ sessionTimeout: -1 }));
attempt('passphrase type', () => tls.createSecureContext({ key: fixture('server.key'), passphrase: 5 }));
attempt('ALPN conflict', () => tls.createServer({ ALPNCallback() {}, ALPNProtocols: ['h2'] }));
attempt('ALPN empty name', () => tls.createServer({ ALPNProtocols: [''] }));
attempt('addContext', () => tls.createServer().addContext());
attempt('SNI from server', () => new tls.TLSSocket(null, { isServer: true }).setServername('x'));
attempt('handshakeTimeout', () => tls.createServer({ handshakeTimeout: 'x' }));

const ctx = tls.createSecureContext({ minVersion: 'TLSv1.3' });
console.log('protocol range', ctx.context.getMinProto(), ctx.context.getMaxProto());
console.log('ticket keys', ctx.context.getTicketKeys().length);
console.log('ciphers include', ['tls_aes_128_gcm_sha256', 'ecdhe-rsa-aes256-gcm-sha384'].map((c) => tls.getCiphers().includes(c)));

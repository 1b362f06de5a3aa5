// Symmetric ciphers over many modes, key/IV forms, data sizes and encodings; AEAD tags; RSA
// encryption; getCipherInfo; errors (last: Node leaves some OpenSSL errors queued).
const crypto = require('crypto');
const keys = require('./fixtures/crypto/keys');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, JSON.stringify(e.message));
  }
}

// Before anything else: Node reports stale queued OpenSSL errors here once other operations ran.
show('final twice', () => { const c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); c.final(); c.final(); });
show('update after final', () => { const c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); c.final(); c.update('x'); });
const rsaPub = crypto.createPublicKey(keys.rsa);
show('rsa oaep', () => crypto.privateDecrypt(keys.rsa, crypto.publicEncrypt(rsaPub, Buffer.from('secret'))).toString());
show('rsa oaep sha512 label', () => crypto.privateDecrypt({ key: keys.rsa, oaepHash: 'sha512', oaepLabel: 'lbl' },
  crypto.publicEncrypt({ key: keys.rsa, oaepHash: 'sha512', oaepLabel: 'lbl' }, 'x')).toString());
show('rsa privateEncrypt', () => crypto.privateEncrypt(keys.rsa, Buffer.from('raw data')));
show('rsa publicDecrypt', () => crypto.publicDecrypt(rsaPub, crypto.privateEncrypt(keys.rsa, Buffer.from('raw data'))).toString());
show('rsa no padding', () => crypto.publicEncrypt({ key: rsaPub, padding: crypto.constants.RSA_NO_PADDING }, Buffer.alloc(128, 1)));

const sizes = [0, 1, 15, 16, 17, 31, 32, 33, 100, 1000];
const ciphers = [
  ['aes-128-cbc', 16, 16], ['aes-192-cbc', 24, 16], ['aes-256-cbc', 32, 16], ['aes-128-ecb', 16, 0],
  ['aes-256-ctr', 32, 16], ['aes-128-cfb', 16, 16], ['aes-128-cfb8', 16, 16], ['aes-128-ofb', 16, 16],
  ['aes-256-xts', 64, 16], ['des-ede3-cbc', 24, 8], ['des-ede-cbc', 16, 8], ['chacha20', 32, 16],
  ['camellia-128-cbc', 16, 16], ['aria-128-cbc', 16, 16], ['sm4-cbc', 16, 16], ['AES-128-CBC', 16, 16], ['aes128', 16, 16],
];
for (const [name, keyLen, ivLen] of ciphers) {
  const key = Buffer.alloc(keyLen).map((_, i) => i * 7 + 1);
  const iv = ivLen ? Buffer.alloc(ivLen).map((_, i) => 255 - i) : null;
  const outs = [];
  for (const size of sizes) {
    if (name.endsWith('xts') && size < 16) continue;
    const data = Buffer.alloc(size).map((_, i) => (i * 31) & 255);
    const c = crypto.createCipheriv(name, key, iv);
    const ct = Buffer.concat([c.update(data), c.final()]);
    const d = crypto.createDecipheriv(name, key, iv);
    const pt = Buffer.concat([d.update(ct), d.final()]);
    outs.push(`${ct.length}:${ct.toString('hex').slice(0, 12)}:${pt.equals(data)}`);
  }
  console.log(name, outs.join(' '));
}

const key = Buffer.alloc(16, 5);
const iv = Buffer.alloc(16, 6);
for (const [inEnc, outEnc] of [['utf8', 'hex'], ['latin1', 'base64'], ['utf16le', 'base64url'], [undefined, 'latin1'], ['hex', 'utf8']]) {
  const input = inEnc === 'hex' ? '68656c6c6f' : 'héllo wörld ✓';
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  const out = c.update(input, inEnc, outEnc) + c.final(outEnc);
  console.log('encodings', inEnc, outEnc, JSON.stringify(out));
}
show('no padding', () => {
  const c = crypto.createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false);
  return Buffer.concat([c.update(Buffer.alloc(32, 1)), c.final()]);
});
show('decrypt without padding check', () => {
  const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  d.setAutoPadding(false);
  return Buffer.concat([d.update(Buffer.alloc(16)), d.final()]);
});

for (const [name, keyLen, ivLen, tagLen] of [
  ['aes-128-gcm', 16, 12, undefined], ['aes-256-gcm', 32, 12, 4], ['aes-128-gcm', 16, 1, 16], ['aes-192-gcm', 24, 64, 12],
  ['aes-128-ccm', 16, 12, 16], ['aes-256-ccm', 32, 7, 8], ['aes-128-ccm', 16, 13, 4], ['aes-128-ocb', 16, 12, 16],
  ['aes-256-ocb', 32, 15, 8], ['chacha20-poly1305', 32, 12, undefined], ['chacha20-poly1305', 32, 8, 10]]) {
  show(`${name} iv${ivLen} tag${tagLen}`, () => {
    const k = Buffer.alloc(keyLen, 9);
    const n = Buffer.alloc(ivLen, 3);
    const opts = tagLen === undefined ? undefined : { authTagLength: tagLen };
    const c = crypto.createCipheriv(name, k, n, opts);
    c.setAAD(Buffer.from('additional'), { plaintextLength: 11 });
    const ct = Buffer.concat([c.update('plain text!'), c.final()]);
    const tag = c.getAuthTag();
    const d = crypto.createDecipheriv(name, k, n, opts);
    d.setAuthTag(tag);
    d.setAAD(Buffer.from('additional'), { plaintextLength: 11 });
    const pt = Buffer.concat([d.update(ct), d.final()]).toString();
    return `${ct.toString('hex')} ${tag.toString('hex')} ${pt}`;
  });
}
show('gcm tampered', () => {
  const c = crypto.createCipheriv('aes-128-gcm', key, Buffer.alloc(12));
  const ct = Buffer.concat([c.update('message'), c.final()]);
  ct[0] ^= 1;
  const d = crypto.createDecipheriv('aes-128-gcm', key, Buffer.alloc(12));
  d.setAuthTag(c.getAuthTag());
  d.update(ct);
  return d.final();
});
show('ccm tampered', () => {
  const c = crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(12), { authTagLength: 16 });
  const ct = Buffer.concat([c.update('message'), c.final()]);
  const tag = c.getAuthTag();
  tag[0] ^= 1;
  const d = crypto.createDecipheriv('aes-128-ccm', key, Buffer.alloc(12), { authTagLength: 16 });
  d.setAuthTag(tag);
  d.update(ct);
  return d.final();
});

show('prototypes', () => [Object.getOwnPropertyNames(crypto.Cipheriv.prototype), Object.getOwnPropertyNames(crypto.Decipheriv.prototype)]);

show('bad decrypt', () => { const d = crypto.createDecipheriv('aes-128-cbc', key, iv); d.update(Buffer.alloc(16)); return d.final(); });
show('wrong final block', () => { const c = crypto.createCipheriv('aes-128-cbc', key, iv); c.setAutoPadding(false); c.update('x'); return c.final(); });
show('unknown cipher', () => crypto.createCipheriv('nope', key, iv));
show('key length', () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(5), iv));
show('iv length', () => crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(5)));
show('iv for ecb', () => crypto.createCipheriv('aes-128-ecb', key, iv));
show('no iv for cbc', () => crypto.createCipheriv('aes-128-cbc', key, null));
show('gcm empty iv', () => crypto.createCipheriv('aes-128-gcm', key, Buffer.alloc(0)));
show('ccm iv 14', () => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(14), { authTagLength: 16 }));
show('ccm no tag length', () => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(12)));
show('gcm tag 7', () => crypto.createCipheriv('aes-128-gcm', key, Buffer.alloc(12), { authTagLength: 7 }));
show('tag length string', () => crypto.createCipheriv('aes-128-gcm', key, Buffer.alloc(12), { authTagLength: '16' }));
show('ccm aad without length', () => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(12), { authTagLength: 16 }).setAAD(Buffer.alloc(1)));
show('setAAD on cbc', () => crypto.createCipheriv('aes-128-cbc', key, iv).setAAD(Buffer.alloc(1)));
show('setAuthTag length', () => crypto.createDecipheriv('aes-128-gcm', key, Buffer.alloc(12)).setAuthTag(Buffer.alloc(3)));
show('setAuthTag twice', () => { const d = crypto.createDecipheriv('aes-128-gcm', key, Buffer.alloc(12)); d.setAuthTag(Buffer.alloc(16)); d.setAuthTag(Buffer.alloc(16)); });
show('getAuthTag early', () => crypto.createCipheriv('aes-128-gcm', key, Buffer.alloc(12)).getAuthTag());
show('data type', () => crypto.createCipheriv('aes-128-cbc', key, iv).update(1));
show('output encoding', () => crypto.createCipheriv('aes-128-cbc', key, iv).update('x', 'utf8', 'bogus'));
show('iv type', () => crypto.createCipheriv('aes-128-cbc', key, 1));
show('key type', () => crypto.createCipheriv('aes-128-cbc', 1, iv));
show('info type', () => crypto.getCipherInfo({}));
show('info float', () => crypto.getCipherInfo(1.5));
show('rsa bad hash', () => crypto.publicEncrypt({ key: rsaPub, oaepHash: 'nope' }, Buffer.from('x')));
show('rsa too long', () => crypto.publicEncrypt(rsaPub, Buffer.alloc(200)));
show('rsa ec key', () => crypto.publicEncrypt(keys.ec, Buffer.from('x')));
for (const name of ['aes-256-gcm', 'aes-128-cbc', 'chacha20', 'chacha20-poly1305', 'des-ede3', 'id-aes256-wrap', 'aes-128-xts', 'AES256', 'nope']) {
  show(`info ${name}`, () => JSON.stringify(crypto.getCipherInfo(name)));
}
show('info nid', () => JSON.stringify(crypto.getCipherInfo(419)));
show('info lengths', () => [crypto.getCipherInfo('aes-128-ccm', { ivLength: 7 }), crypto.getCipherInfo('aes-128-ccm', { ivLength: 14 }),
  crypto.getCipherInfo('aes-128-cbc', { keyLength: 16 }), crypto.getCipherInfo('chacha20-poly1305', { keyLength: 16 })].map((x) => JSON.stringify(x)));
show('getCiphers', () => ['aes-128-cbc', 'aes-256-gcm', 'aes-128-ccm', 'chacha20-poly1305', 'des-ede3-cbc', 'id-aes128-wrap'].every((n) => crypto.getCiphers().includes(n)));

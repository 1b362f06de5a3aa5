// Signatures: createSign/createVerify and crypto.sign/verify over RSA (PKCS#1 v1.5 and PSS),
// ECDSA (DER and IEEE P1363), DSA and Ed25519, with Node's errors. Deterministic signatures
// (RSA PKCS#1 v1.5, Ed25519) are printed; the others are checked by verifying.
const crypto = require('crypto');
const keys = require('./fixtures/crypto/keys');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? r.toString('base64') : r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, JSON.stringify(e.message));
  }
}

const data = Buffer.from('signed message');
const rsaPub = crypto.createPublicKey(keys.rsa);
for (const alg of ['sha1', 'sha256', 'sha384', 'sha512', 'RSA-SHA256', 'sha3-256', 'md5']) {
  show(`rsa ${alg}`, () => crypto.sign(alg, data, keys.rsa));
  show(`rsa ${alg} stream`, () => crypto.createSign(alg).update('signed ').update(Buffer.from('message')).sign(keys.rsa, 'hex'));
  show(`rsa ${alg} verify`, () => [crypto.verify(alg, data, rsaPub, crypto.sign(alg, data, keys.rsa)),
    crypto.createVerify(alg).update(data).verify(keys.rsa, crypto.sign(alg, data, keys.rsa)),
    crypto.verify(alg, Buffer.from('other'), rsaPub, crypto.sign(alg, data, keys.rsa))]);
}
show('rsa default digest', () => crypto.sign(null, data, keys.rsa).equals(crypto.sign('sha256', data, keys.rsa)));
show('rsa pss', () => {
  const key = { key: keys.rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING };
  const sig = crypto.sign('sha256', data, key);
  return [sig.length, crypto.verify('sha256', data, { key: rsaPub, padding: 6 }, sig), crypto.verify('sha256', data, rsaPub, sig),
          crypto.verify('sha256', data, { key: rsaPub, padding: 6, saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST }, sig)];
});
show('rsa pss salt', () => {
  const sig = crypto.sign('sha256', data, { key: keys.rsa, padding: 6, saltLength: 20 });
  return [crypto.verify('sha256', data, { key: rsaPub, padding: 6, saltLength: 20 }, sig),
          crypto.verify('sha256', data, { key: rsaPub, padding: 6, saltLength: 21 }, sig)];
});
for (const name of ['ec', 'ec384', 'dsa']) {
  const pub = crypto.createPublicKey(keys[name]);
  show(`${name} der`, () => {
    const sig = crypto.sign('sha256', data, keys[name]);
    return [sig[0], crypto.verify('sha256', data, pub, sig), crypto.createVerify('sha256').update(data).verify(pub, sig)];
  });
  show(`${name} p1363`, () => {
    const sig = crypto.createSign('sha256').update(data).sign({ key: keys[name], dsaEncoding: 'ieee-p1363' });
    return [sig.length, crypto.verify('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' }, sig), crypto.verify('sha256', data, pub, sig)];
  });
}
show('ed25519', () => crypto.sign(null, data, keys.ed25519));
show('ed25519 verify', () => [crypto.verify(undefined, data, crypto.createPublicKey(keys.ed25519), crypto.sign(null, data, keys.ed25519)),
  crypto.verify(null, Buffer.from('x'), keys.ed25519, crypto.sign(null, data, keys.ed25519))]);
show('rfc 8032 test 1', () => {
  const key = crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' }, format: 'jwk' });
  return crypto.sign(null, Buffer.alloc(0), key).toString('hex');
});
show('garbage signatures', () => [crypto.verify('sha256', data, rsaPub, Buffer.alloc(3)),
  crypto.verify('sha256', data, keys.ec, Buffer.alloc(3)), crypto.verify('sha256', data, { key: keys.ec, dsaEncoding: 'ieee-p1363' }, Buffer.alloc(3)),
  crypto.verify(null, data, keys.ed25519, Buffer.alloc(64))]);
show('signature as string', () => crypto.verify('sha256', data, rsaPub, 'abc'));
show('verify hex encoding', () => crypto.createVerify('sha256').update(data).verify(rsaPub, crypto.sign('sha256', data, keys.rsa).toString('hex'), 'hex'));
show('stream write', () => {
  const s = crypto.createSign('sha256');
  s.write('signed ');
  s.end('message');
  return s.sign(keys.rsa).equals(crypto.sign('sha256', data, keys.rsa));
});
show('Sign prototype', () => [Object.getOwnPropertyNames(crypto.Sign.prototype), Object.getOwnPropertyNames(crypto.Verify.prototype),
  crypto.createSign('sha1') instanceof require('stream').Writable]);

show('createSign unknown', () => crypto.createSign('nope'));
show('createSign number', () => crypto.createSign(1));
show('sign without key', () => crypto.createSign('sha256').update('x').sign());
show('sign twice', () => { const s = crypto.createSign('sha256'); s.update('x'); s.sign(keys.rsa); return s.sign(keys.rsa); });
show('update after sign', () => { const s = crypto.createSign('sha256'); s.sign(keys.rsa); return s.update('x'); });
show('padding type', () => crypto.sign('sha256', data, { key: keys.rsa, padding: 'x' }));
show('padding value', () => crypto.sign('sha256', data, { key: keys.rsa, padding: 99 }));
show('dsaEncoding', () => crypto.sign('sha256', data, { key: keys.ec, dsaEncoding: 'x' }));
show('ed25519 with digest', () => crypto.sign('sha256', data, keys.ed25519));
show('ed25519 streaming', () => crypto.createSign('sha256').update('x').sign(keys.ed25519));
show('one-shot unknown digest', () => crypto.sign('nope', data, keys.rsa));
show('verify unknown digest', () => crypto.verify('nope', data, rsaPub, Buffer.alloc(1)));
show('data type', () => crypto.sign('sha256', 1, keys.rsa));
show('sign with public key', () => crypto.sign('sha256', data, crypto.createPublicKey(keys.rsa)));
show('sign with public pem', () => crypto.sign('sha256', data, rsaPub.export({ type: 'spki', format: 'pem' })));
show('sign with secret', () => crypto.sign('sha256', data, crypto.createSecretKey(Buffer.from('k'))));
show('callback type', () => crypto.sign('sha256', data, keys.rsa, 1));
crypto.sign('sha256', data, keys.rsa, (err, sig) => {
  console.log('async sign', err, sig.equals(crypto.sign('sha256', data, keys.rsa)));
  crypto.verify('sha256', data, rsaPub, sig, (err2, ok) => console.log('async verify', err2, ok));
});

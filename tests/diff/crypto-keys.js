// Asymmetric KeyObjects: import from PEM/DER/JWK/certificates, export to every encoding, key
// details and equality, and the errors of bad key input, compared with Node.
const crypto = require('crypto');
const keys = require('./fixtures/crypto/keys');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : Buffer.isBuffer(r) ? `<${r.toString('base64')}>` : r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, JSON.stringify(e.message));
  }
}

for (const name of ['rsa', 'ec', 'ec384', 'ed25519', 'x25519', 'dsa']) {
  const priv = crypto.createPrivateKey(keys[name]);
  const pub = crypto.createPublicKey(keys[name]);
  show(`${name} types`, () => [priv.type, priv.asymmetricKeyType, pub.type, pub.asymmetricKeyType, priv.symmetricKeySize]);
  show(`${name} details`, () => [priv.asymmetricKeyDetails, pub.asymmetricKeyDetails]);
  show(`${name} spki pem`, () => pub.export({ type: 'spki', format: 'pem' }));
  show(`${name} spki der`, () => pub.export({ type: 'spki', format: 'der' }));
  show(`${name} pkcs8 pem`, () => priv.export({ type: 'pkcs8', format: 'pem' }));
  show(`${name} pkcs8 der`, () => priv.export({ type: 'pkcs8', format: 'der' }));
  show(`${name} pkcs1 private`, () => priv.export({ type: 'pkcs1', format: 'pem' }));
  show(`${name} pkcs1 public`, () => pub.export({ type: 'pkcs1', format: 'der' }));
  show(`${name} sec1`, () => priv.export({ type: 'sec1', format: 'pem' }));
  show(`${name} jwk public`, () => pub.export({ format: 'jwk' }));
  show(`${name} jwk private`, () => priv.export({ format: 'jwk' }));
  show(`${name} equals`, () => [pub.equals(crypto.createPublicKey(priv)), pub.equals(priv), priv.equals(crypto.createPrivateKey(keys[name]))]);
  // Round trips through every input form.
  show(`${name} from der`, () => crypto.createPublicKey({ key: pub.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' }).equals(pub));
  show(`${name} private from der`, () => crypto.createPrivateKey({ key: priv.export({ type: 'pkcs8', format: 'der' }), format: 'der', type: 'pkcs8' }).equals(priv));
  show(`${name} from jwk`, () => {
    const jwk = priv.export({ format: 'jwk' });
    return [crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(priv), crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(pub)];
  });
  show(`${name} encrypted round trip`, () => {
    const pem = priv.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' });
    return [pem.split('\n')[0], crypto.createPrivateKey({ key: pem, passphrase: 'pw' }).equals(priv)];
  });
}
show('rsa pkcs1 input', () => crypto.createPrivateKey({ key: crypto.createPrivateKey(keys.rsa).export({ type: 'pkcs1', format: 'der' }), format: 'der', type: 'pkcs1' }).asymmetricKeyType);
show('ec sec1 der input', () => crypto.createPrivateKey({ key: crypto.createPrivateKey(keys.ec).export({ type: 'sec1', format: 'der' }), format: 'der', type: 'sec1' }).asymmetricKeyDetails);
show('certificate', () => crypto.createPublicKey(keys.cert).equals(crypto.createPublicKey(keys.rsa)));
show('pkcs1 encrypted', () => {
  const pem = crypto.createPrivateKey(keys.rsa).export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: Buffer.from('p') });
  return [pem.split('\n').slice(0, 2), crypto.createPrivateKey({ key: pem, passphrase: 'p' }).type];
});
show('rfc 8032 key', () => {
  const key = crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' }, format: 'jwk' });
  return crypto.createPublicKey(key).export({ format: 'jwk' });
});
show('inspect', () => [crypto.createPrivateKey(keys.ec), crypto.createPublicKey(keys.ec), Object.keys(crypto.createPublicKey(keys.ec))]);

// Bad input.
show('garbage private', () => crypto.createPrivateKey('not a key'));
show('garbage public', () => crypto.createPublicKey('not a key'));
show('public as private', () => crypto.createPrivateKey(crypto.createPublicKey(keys.rsa).export({ type: 'spki', format: 'pem' })));
show('number', () => crypto.createPrivateKey(1));
show('public number', () => crypto.createPublicKey(1));
show('key object to createPrivateKey', () => crypto.createPrivateKey(crypto.createPrivateKey(keys.ec)));
show('public from public object', () => crypto.createPublicKey(crypto.createPublicKey(keys.ec)));
show('public from secret', () => crypto.createPublicKey(crypto.createSecretKey(Buffer.from('k'))));
show('bad format', () => crypto.createPrivateKey({ key: keys.rsa, format: 'xyz' }));
show('bad type', () => crypto.createPrivateKey({ key: keys.rsa, type: 'spki' }));
show('der without type', () => crypto.createPrivateKey({ key: Buffer.from('00', 'hex'), format: 'der' }));
show('passphrase type', () => crypto.createPrivateKey({ key: keys.rsa, passphrase: 1 }));
show('key.key type', () => crypto.createPublicKey({ key: 1 }));
show('wrong passphrase', () => {
  const pem = crypto.createPrivateKey(keys.ec).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'right' });
  return crypto.createPrivateKey({ key: pem, passphrase: 'wrong' });
});
show('jwk bad kty', () => crypto.createPublicKey({ key: { kty: 'x' }, format: 'jwk' }));
show('jwk rsa missing', () => crypto.createPublicKey({ key: { kty: 'RSA', n: 'AQAB' }, format: 'jwk' }));
show('jwk ec curve', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-999', x: '', y: '' }, format: 'jwk' }));
show('jwk ec off curve', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'AQ', y: 'AQ' }, format: 'jwk' }));
show('jwk okp length', () => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: 'AQ' }, format: 'jwk' }));
show('jwk not object', () => crypto.createPublicKey({ key: 'x', format: 'jwk' }));
const rsaPriv = crypto.createPrivateKey(keys.rsa);
const rsaPub = crypto.createPublicKey(keys.rsa);
for (const [label, opts] of [
  ['no options', undefined], ['der no type', { format: 'der' }], ['public pkcs8', { format: 'pem', type: 'pkcs8' }],
  ['bad format', { format: 'x', type: 'spki' }]]) show(`public export ${label}`, () => rsaPub.export(opts));
for (const [label, opts] of [
  ['spki', { format: 'pem', type: 'spki' }], ['sec1 on rsa', { format: 'pem', type: 'sec1' }],
  ['unknown cipher', { format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' }],
  ['cipher without passphrase', { format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc' }],
  ['passphrase without cipher', { format: 'pem', type: 'pkcs8', passphrase: 'x' }],
  ['der pkcs1 encrypted', { format: 'der', type: 'pkcs1', cipher: 'aes-128-cbc', passphrase: 'x' }],
  ['jwk encrypted', { format: 'jwk', passphrase: 'x' }]]) show(`private export ${label}`, () => rsaPriv.export(opts));
show('ed25519 pkcs1', () => crypto.createPrivateKey(keys.ed25519).export({ format: 'pem', type: 'pkcs1' }));
show('x25519 jwk ec curve export', () => crypto.createPrivateKey(keys.dsa).export({ format: 'jwk' }));

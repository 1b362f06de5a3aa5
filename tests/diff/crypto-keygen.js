// Key pair and secret key generation: shapes, options and errors (never the key bytes).
const crypto = require('crypto');
const { promisify } = require('util');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, JSON.stringify(e.message));
  }
}

const describe = ({ publicKey, privateKey }) => [
  typeof publicKey === 'string' ? publicKey.split('\n')[0] : Buffer.isBuffer(publicKey) ? `der ${publicKey[0]}` :
    publicKey.type ? `${publicKey.type} ${publicKey.asymmetricKeyType}` : Object.keys(publicKey).join(','),
  typeof privateKey === 'string' ? privateKey.split('\n')[0] : Buffer.isBuffer(privateKey) ? `der ${privateKey[0]}` :
    privateKey.type ? `${privateKey.type} ${privateKey.asymmetricKeyType} ${JSON.stringify(privateKey.asymmetricKeyDetails, (k, v) => typeof v === 'bigint' ? `${v}n` : v)}` :
      Object.keys(privateKey).join(','),
];

show('rsa', () => describe(crypto.generateKeyPairSync('rsa', { modulusLength: 1024 })));
show('rsa exponent 3', () => describe(crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 })));
show('rsa encoded', () => describe(crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024, publicKeyEncoding: { type: 'pkcs1', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'der' } })));
show('rsa encrypted', () => describe(crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024, publicKeyEncoding: { type: 'spki', format: 'der' },
  privateKeyEncoding: { type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'x' } })));
show('rsa jwk', () => describe(crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } })));
show('rsa-pss', () => describe(crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha1', saltLength: 16 })));
show('rsa-pss plain', () => describe(crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024 })));
show('dsa', () => describe(crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 })));
for (const curve of ['P-256', 'prime256v1', 'P-384', 'secp256k1', 'P-521']) {
  show(`ec ${curve}`, () => describe(crypto.generateKeyPairSync('ec', { namedCurve: curve })));
}
show('ec sec1', () => describe(crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: { type: 'sec1', format: 'pem' } })));
for (const type of ['ed25519', 'ed448', 'x25519', 'x448']) show(type, () => describe(crypto.generateKeyPairSync(type)));
show('generated keys work', () => {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return crypto.verify('sha256', Buffer.from('m'), publicKey, crypto.sign('sha256', Buffer.from('m'), privateKey));
});

show('no type', () => crypto.generateKeyPairSync());
show('bad type', () => crypto.generateKeyPairSync('foo', {}));
show('rsa without options', () => crypto.generateKeyPairSync('rsa'));
show('options number', () => crypto.generateKeyPairSync('rsa', 1));
show('no modulusLength', () => crypto.generateKeyPairSync('rsa', {}));
show('modulusLength string', () => crypto.generateKeyPairSync('rsa', { modulusLength: '512' }));
show('modulusLength -1', () => crypto.generateKeyPairSync('rsa', { modulusLength: -1 }));
show('exponent type', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicExponent: 'x' }));
show('rsa too small', () => crypto.generateKeyPairSync('rsa', { modulusLength: 511 }));
show('public encoding type', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicKeyEncoding: 'x' }));
show('public encoding bad type', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicKeyEncoding: { type: 'x', format: 'pem' } }));
show('private passphrase without cipher', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, privateKeyEncoding: { type: 'pkcs8', format: 'pem', passphrase: 'x' } }));
show('ec no curve', () => crypto.generateKeyPairSync('ec', {}));
show('ec bad curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }));
show('ec paramEncoding', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'x' }));
show('ed options number', () => crypto.generateKeyPairSync('ed25519', 1));
show('rsa-pss hash', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 'nope' }));
show('rsa-pss hash type', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 1 }));
show('callback missing', () => crypto.generateKeyPair('rsa', { modulusLength: 512 }));

show('hmac key', () => crypto.generateKeySync('hmac', { length: 64 }).symmetricKeySize);
show('hmac odd bits', () => crypto.generateKeySync('hmac', { length: 12 }).symmetricKeySize);
show('aes key', () => crypto.generateKeySync('aes', { length: 256 }).symmetricKeySize);
show('aes bad', () => crypto.generateKeySync('aes', { length: 100 }));
show('hmac bad', () => crypto.generateKeySync('hmac', { length: 7 }));
show('secret bad type', () => crypto.generateKeySync('x', { length: 8 }));

(async () => {
  const pair = await promisify(crypto.generateKeyPair)('ed25519');
  console.log('promisified', Object.keys(pair), pair.publicKey.asymmetricKeyType);
  await new Promise((resolve) => crypto.generateKeyPair('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' } }, (err, pub, priv) => {
    console.log('callback', err, pub.split('\n')[0], priv.type);
    resolve();
  }));
  await new Promise((resolve) => crypto.generateKeyPair('rsa', { modulusLength: 100 }, (err) => {
    console.log('async error', err.message);
    resolve();
  }));
  crypto.generateKey('hmac', { length: 16 }, (err, key) => console.log('generateKey', err, key.symmetricKeySize));
})();

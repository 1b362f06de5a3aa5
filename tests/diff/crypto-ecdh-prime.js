// ECDH with fixed private keys on many curves, point formats and conversions, diffieHellman over
// KeyObjects, getCurves, and primality checks — all deterministic — plus their errors.
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

console.log('curves', crypto.getCurves().length, crypto.getCurves().join(','));
for (const curve of ['prime256v1', 'secp384r1', 'secp521r1', 'secp256k1', 'brainpoolP256r1', 'prime192v1', 'secp224r1']) {
  show(curve, () => {
    const a = crypto.createECDH(curve);
    const b = crypto.createECDH(curve);
    a.setPrivateKey(Buffer.alloc(20, 3));
    b.setPrivateKey('07'.repeat(20), 'hex');
    return [a.getPublicKey('hex'), a.getPublicKey('base64', 'compressed'), a.getPublicKey('hex', 'hybrid'),
            a.getPrivateKey('hex'), a.computeSecret(b.getPublicKey(null, 'compressed'), null, 'base64url'),
            crypto.ECDH.convertKey(b.getPublicKey(), curve, null, 'hex', 'compressed')].join(' ');
  });
}
show('small scalar', () => {
  const e = crypto.createECDH('prime256v1');
  e.setPrivateKey(Buffer.from([0, 0, 5]));
  return [e.getPrivateKey('hex'), e.getPublicKey('hex')];
});
show('setPublicKey', () => {
  const e = crypto.createECDH('secp256k1');
  const other = crypto.createECDH('secp256k1');
  other.setPrivateKey(Buffer.alloc(32, 9));
  e.setPublicKey(other.getPublicKey());
  return e.getPublicKey('hex') === other.getPublicKey('hex');
});
show('convert infinity', () => crypto.ECDH.convertKey(Buffer.from([0]), 'prime256v1'));
show('prototype', () => Object.getOwnPropertyNames(crypto.ECDH.prototype));

show('diffieHellman ec', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(keys.ec),
  publicKey: crypto.createPublicKey(keys.ec) }));
show('diffieHellman x25519', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(keys.x25519),
  publicKey: crypto.createPublicKey(keys.x25519) }));
show('diffieHellman mismatch', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(keys.ec),
  publicKey: crypto.createPublicKey(keys.ec384) }));
show('diffieHellman ed25519', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(keys.ed25519),
  publicKey: crypto.createPublicKey(keys.ed25519) }));
show('diffieHellman types', () => crypto.diffieHellman({ privateKey: crypto.createPublicKey(keys.ec), publicKey: crypto.createPublicKey(keys.ec) }));
show('diffieHellman options', () => crypto.diffieHellman(1));
show('diffieHellman missing', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(keys.ec) }));

const primes = [0n, 1n, 2n, 3n, 4n, 97n, 561n, 7919n, 2n ** 61n - 1n, 2n ** 64n + 13n, 2n ** 89n - 1n, 2n ** 127n - 1n, 2n ** 128n + 1n];
console.log('checkPrime', primes.map((p) => crypto.checkPrimeSync(p)).join(' '));
console.log('checkPrime buffers', [Buffer.from([7]), new Uint8Array([0, 0, 11]), new Uint8Array([1, 0]).buffer].map((b) => crypto.checkPrimeSync(b)).join(' '));
for (const bits of [2, 3, 8, 17, 64, 100]) {
  show(`generatePrime ${bits}`, () => {
    const p = crypto.generatePrimeSync(bits, { bigint: true });
    return [p >= 2n ** BigInt(bits - 1) && p < 2n ** BigInt(bits), crypto.checkPrimeSync(p)];
  });
}
show('generatePrime buffer', () => [crypto.generatePrimeSync(20).byteLength, crypto.generatePrimeSync(20).constructor.name]);
show('generatePrime safe', () => { const p = crypto.generatePrimeSync(24, { safe: true, bigint: true }); return crypto.checkPrimeSync((p - 1n) / 2n); });
show('generatePrime add/rem', () => crypto.generatePrimeSync(40, { add: 1000n, rem: 7n, bigint: true }) % 1000n);
show('generatePrime add buffer', () => crypto.generatePrimeSync(40, { add: Buffer.from([0x0c]), bigint: true }) % 12n);
for (const [label, fn] of [
  ['size 0', () => crypto.generatePrimeSync(0)], ['size 1', () => crypto.generatePrimeSync(1)],
  ['size string', () => crypto.generatePrimeSync('8')], ['add too big', () => crypto.generatePrimeSync(8, { add: 1000n })],
  ['rem too big', () => crypto.generatePrimeSync(16, { add: 10n, rem: 11n })], ['add type', () => crypto.generatePrimeSync(16, { add: 1 })],
  ['safe type', () => crypto.generatePrimeSync(16, { safe: 1 })], ['no callback', () => crypto.generatePrime(16)],
  ['candidate number', () => crypto.checkPrimeSync(7)], ['candidate negative', () => crypto.checkPrimeSync(-7n)],
  ['checks negative', () => crypto.checkPrimeSync(7n, { checks: -1 })], ['check no callback', () => crypto.checkPrime(7n)],
  ['curve unknown', () => crypto.createECDH('nope')], ['curve NIST name', () => crypto.createECDH('P-256')],
  ['public before keys', () => crypto.createECDH('prime256v1').getPublicKey()],
  ['private before keys', () => crypto.createECDH('prime256v1').getPrivateKey()],
  ['bad private', () => crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32))],
  ['bad format', () => crypto.createECDH('prime256v1').generateKeys(null, 'bogus')],
  ['bad point', () => { const e = crypto.createECDH('prime256v1'); e.generateKeys(); return e.computeSecret(Buffer.from('0401', 'hex')); }],
  ['no private key', () => crypto.createECDH('prime256v1').computeSecret(crypto.createECDH('prime256v1').generateKeys())],
  ['convert bad curve', () => crypto.ECDH.convertKey(Buffer.from([4]), 'nope')],
  ['convert bad point', () => crypto.ECDH.convertKey(Buffer.from('0499', 'hex'), 'prime256v1')],
]) show(label, fn);
crypto.checkPrime(13n, (err, r) => console.log('checkPrime callback', err, r));

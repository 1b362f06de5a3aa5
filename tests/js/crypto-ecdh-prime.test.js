'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const crypto = require('node:crypto');
const { promisify } = require('node:util');

const hex = (s) => Buffer.from(s, 'hex');
const b64url = (s) => hex(s).toString('base64url');

test('ECDH: RFC 5903 section 8.1 (P-256) known answer', () => {
  const alice = crypto.createECDH('prime256v1');
  alice.setPrivateKey('C88F01F510D9AC3F70A292DAA2316DE544E9AAB8AFE84049C62A9C57862D1433', 'hex');
  assert.strictEqual(alice.getPublicKey('hex'), '04' +
    'dad0b65394221cf9b051e1feca5787d098dfe637fc90b9ef945d0c3772581180' +
    '5271a0461cdb8252d61f1c456fa3e59ab1f45b33accf5f58389e0577b8990bb3');
  const bob = crypto.createECDH('prime256v1');
  bob.setPrivateKey(hex('C6EF9C5D78AE012A011164ACB397CE2088685D8F06BF9BE0B283AB46476BEE53'));
  const shared = 'd6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de';
  assert.strictEqual(alice.computeSecret(bob.getPublicKey()).toString('hex'), shared);
  assert.strictEqual(bob.computeSecret(alice.getPublicKey(null, 'compressed'), null, 'hex'), shared);
  assert.strictEqual(alice.computeSecret(bob.getPublicKey('base64', 'hybrid'), 'base64', 'hex'), shared);
});

test('ECDH: generated keys, encodings and conversion', () => {
  const a = crypto.createECDH('secp384r1');
  const b = crypto.createECDH('secp384r1');
  assert.strictEqual(a.generateKeys().length, 97);
  assert.strictEqual(b.generateKeys('hex', 'compressed').length, 98);
  assert.deepStrictEqual(a.computeSecret(b.getPublicKey()), b.computeSecret(a.getPublicKey()));
  assert.ok(a.getPrivateKey().length <= 48);
  const compressed = a.getPublicKey(null, 'compressed');
  assert.deepStrictEqual(crypto.ECDH.convertKey(compressed, 'secp384r1'), a.getPublicKey());
  const hybrid = crypto.ECDH.convertKey(compressed.toString('hex'), 'secp384r1', 'hex', 'hex', 'hybrid');
  assert.ok(['06', '07'].includes(hybrid.slice(0, 2)));  // 06 | the parity of y
  assert.strictEqual(hybrid.slice(2), a.getPublicKey('hex').slice(2));
  const c = crypto.createECDH('secp384r1');
  c.setPrivateKey(a.getPrivateKey());
  assert.deepStrictEqual(c.getPublicKey(), a.getPublicKey());
  assert.ok(crypto.getCurves().includes('prime256v1') && crypto.getCurves().includes('secp256k1'));
});

test('ECDH errors', () => {
  const a = crypto.createECDH('prime256v1');
  assert.throws(() => a.getPublicKey(), { code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH public key' });
  assert.throws(() => a.getPrivateKey(), { message: 'Failed to get ECDH private key' });
  a.generateKeys();
  assert.throws(() => a.computeSecret(hex('0401')), {
    code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', message: 'Public key is not valid for specified curve',
  });
  assert.throws(() => a.computeSecret(crypto.createECDH('secp384r1').generateKeys()), { code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY' });
  assert.throws(() => a.getPublicKey(null, 'bogus'), { code: 'ERR_CRYPTO_ECDH_INVALID_FORMAT', message: 'Invalid ECDH format: bogus' });
  assert.throws(() => a.setPrivateKey(Buffer.alloc(32)), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYTYPE', message: 'Private key is not valid for specified curve.',
  });
  assert.throws(() => crypto.createECDH('nope'), { code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name' });
  assert.throws(() => crypto.createECDH('P-256'), { code: 'ERR_CRYPTO_INVALID_CURVE' });
  assert.throws(() => crypto.createECDH(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.ECDH.convertKey(hex('0499'), 'prime256v1'), { message: 'Failed to convert Buffer to EC_POINT' });
});

test('diffieHellman(): RFC 7748 X25519 and EC keys', async () => {
  const key = (d, x, isPrivate) => (isPrivate ? crypto.createPrivateKey : crypto.createPublicKey)({
    key: { kty: 'OKP', crv: 'X25519', x: b64url(x), ...(isPrivate ? { d: b64url(d) } : {}) }, format: 'jwk',
  });
  const alicePub = '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a';
  const bobPub = 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f';
  const alice = key('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a', alicePub, true);
  const bob = key('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb', bobPub, true);
  const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
  assert.strictEqual(crypto.diffieHellman({ privateKey: alice, publicKey: key(null, bobPub, false) }).toString('hex'), shared);
  assert.strictEqual(crypto.diffieHellman({ privateKey: bob, publicKey: alice }).toString('hex'), shared);
  const viaCallback = await promisify(crypto.diffieHellman)({ privateKey: bob, publicKey: alice });
  assert.strictEqual(viaCallback.toString('hex'), shared);

  const e1 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const e2 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  assert.deepStrictEqual(crypto.diffieHellman({ privateKey: e1.privateKey, publicKey: e2.publicKey }),
                         crypto.diffieHellman({ privateKey: e2.privateKey, publicKey: e1.publicKey }));
  assert.throws(() => crypto.diffieHellman({ privateKey: alice, publicKey: e1.publicKey }), {
    code: 'ERR_CRYPTO_INCOMPATIBLE_KEY', message: 'Incompatible key types for Diffie-Hellman: x25519 and ec',
  });
  assert.throws(() => crypto.diffieHellman({}), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => crypto.diffieHellman({ privateKey: e1.publicKey, publicKey: e2.publicKey }), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
  });
});

test('checkPrime and generatePrime', async () => {
  assert.strictEqual(crypto.checkPrimeSync(7n), true);
  assert.strictEqual(crypto.checkPrimeSync(8n), false);
  assert.strictEqual(crypto.checkPrimeSync(2n ** 127n - 1n), true);
  assert.strictEqual(crypto.checkPrimeSync(Buffer.from([0x0d])), true);
  assert.strictEqual(await promisify(crypto.checkPrime)(2n ** 61n - 1n), true);
  const p = crypto.generatePrimeSync(64);
  assert.ok(p instanceof ArrayBuffer);
  assert.strictEqual(p.byteLength, 8);
  assert.ok(crypto.checkPrimeSync(p));
  const big = crypto.generatePrimeSync(48, { bigint: true });
  assert.strictEqual(typeof big, 'bigint');
  assert.ok(big >= 2n ** 47n && big < 2n ** 48n);
  const safe = crypto.generatePrimeSync(32, { safe: true, bigint: true });
  assert.ok(crypto.checkPrimeSync((safe - 1n) / 2n));
  assert.strictEqual(crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true }) % 12n, 11n);
  assert.strictEqual(typeof await promisify(crypto.generatePrime)(24, { bigint: true }), 'bigint');

  assert.throws(() => crypto.checkPrimeSync(7), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.checkPrimeSync(-7n), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.checkPrimeSync(7n, { checks: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.generatePrimeSync(0), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.generatePrimeSync('8'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.generatePrimeSync(8, { add: 1000n }), { name: 'RangeError', message: 'invalid options.add' });
  assert.throws(() => crypto.generatePrimeSync(1), { message: /bits too small/ });
  assert.throws(() => crypto.generatePrime(8), { code: 'ERR_INVALID_ARG_TYPE' });
});

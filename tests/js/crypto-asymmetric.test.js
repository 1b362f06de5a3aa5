'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const crypto = require('node:crypto');
const { promisify } = require('node:util');
const keys = require('../diff/fixtures/crypto/keys');

// RFC 8032 section 7.1, tests 1 and 2.
const rfc8032 = [
  { d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', msg: '',
    sig: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b' },
  { d: 'TM0Imyj_ltqdtsNG7BFOD1uKMZ81q6Yk2oz27U-4pvs', x: 'PUAXw-hDiVqStwqnTRt-vJyYLM8uxJaMwM1V8Sr0Zgw', msg: '72',
    sig: '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00' },
];

test('Ed25519: RFC 8032 known answers through JWK keys', () => {
  for (const v of rfc8032) {
    const priv = crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: v.d, x: v.x }, format: 'jwk' });
    const pub = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: v.x }, format: 'jwk' });
    const msg = Buffer.from(v.msg, 'hex');
    assert.strictEqual(crypto.sign(null, msg, priv).toString('hex'), v.sig);
    assert.ok(crypto.verify(null, msg, pub, Buffer.from(v.sig, 'hex')));
    assert.ok(!crypto.verify(null, Buffer.from('x'), pub, Buffer.from(v.sig, 'hex')));
    assert.deepStrictEqual(crypto.createPublicKey(priv).export({ format: 'jwk' }), { kty: 'OKP', crv: 'Ed25519', x: v.x });
  }
});

test('PEM, DER and JWK round trips for every key kind', () => {
  for (const name of ['rsa', 'ec', 'ec384', 'ed25519', 'x25519', 'dsa']) {
    const priv = crypto.createPrivateKey(keys[name]);
    const pub = crypto.createPublicKey(keys[name]);
    assert.strictEqual(priv.type, 'private');
    assert.strictEqual(pub.type, 'public');
    assert.strictEqual(priv.asymmetricKeyType, pub.asymmetricKeyType);
    const spki = pub.export({ type: 'spki', format: 'pem' });
    assert.match(spki, /^-----BEGIN PUBLIC KEY-----\n/);
    assert.ok(crypto.createPublicKey(spki).equals(pub));
    const der = priv.export({ type: 'pkcs8', format: 'der' });
    assert.ok(Buffer.isBuffer(der));
    assert.ok(crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).equals(priv));
    const encrypted = priv.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'secret' });
    assert.match(encrypted, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    assert.ok(crypto.createPrivateKey({ key: encrypted, passphrase: 'secret' }).equals(priv));
    assert.ok(crypto.createPublicKey(priv).equals(pub));
    assert.ok(!pub.equals(priv));
    if (name !== 'dsa') {
      const jwk = priv.export({ format: 'jwk' });
      assert.ok(crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(priv), name);
    }
  }
  assert.ok(crypto.createPublicKey(keys.cert).equals(crypto.createPublicKey(keys.rsa)));
});

test('key details', () => {
  const rsa = crypto.createPrivateKey(keys.rsa);
  assert.deepStrictEqual(rsa.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n });
  assert.deepStrictEqual(crypto.createPublicKey(keys.ec).asymmetricKeyDetails, { namedCurve: 'prime256v1' });
  assert.deepStrictEqual(crypto.createPublicKey(keys.ec384).asymmetricKeyDetails, { namedCurve: 'secp384r1' });
  assert.deepStrictEqual(crypto.createPrivateKey(keys.dsa).asymmetricKeyDetails, { modulusLength: 1024, divisorLength: 224 });
  assert.deepStrictEqual(crypto.createPrivateKey(keys.ed25519).asymmetricKeyDetails, {});
  const jwk = crypto.createPublicKey(keys.ec).export({ format: 'jwk' });
  assert.deepStrictEqual(Object.keys(jwk), ['kty', 'x', 'y', 'crv']);
  assert.strictEqual(jwk.crv, 'P-256');
  assert.deepStrictEqual(Object.keys(rsa.export({ format: 'jwk' })), ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi']);
});

test('key input errors', () => {
  assert.throws(() => crypto.createPrivateKey('not a key'), { code: 'ERR_OSSL_UNSUPPORTED', library: 'DECODER routines' });
  assert.throws(() => crypto.createPrivateKey(crypto.createPrivateKey(keys.ec)), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.createPublicKey(crypto.createPublicKey(keys.ec)), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected private.',
  });
  assert.throws(() => crypto.createPrivateKey({ key: keys.rsa, type: 'spki' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'key.type' is invalid. Received 'spki'",
  });
  const pem = crypto.createPrivateKey(keys.ec).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'a' });
  assert.throws(() => crypto.createPrivateKey({ key: pem, passphrase: 'b' }), { code: 'ERR_OSSL_BAD_DECRYPT' });
  assert.throws(() => crypto.createPublicKey({ key: { kty: 'x' }, format: 'jwk' }), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_JWK', message: 'x is not a supported JWK key type',
  });
  assert.throws(() => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'AQ', y: 'AQ' }, format: 'jwk' }), {
    code: 'ERR_CRYPTO_INVALID_JWK', message: 'Invalid JWK EC key',
  });
  const rsa = crypto.createPrivateKey(keys.rsa);
  assert.throws(() => rsa.export({ format: 'pem', type: 'sec1' }), {
    code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding sec1 can only be used for EC keys.',
  });
  assert.throws(() => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' }), {
    code: 'ERR_CRYPTO_UNKNOWN_CIPHER',
  });
  assert.throws(() => crypto.createPublicKey(keys.rsa).export(), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('RSA signatures: PKCS#1 v1.5 is deterministic, PSS is salted', () => {
  const data = Buffer.from('hello');
  const pub = crypto.createPublicKey(keys.rsa);
  const a = crypto.sign('sha256', data, keys.rsa);
  assert.deepStrictEqual(crypto.createSign('RSA-SHA256').update('hel').update('lo').sign(keys.rsa), a);
  assert.strictEqual(a.length, 128);
  assert.ok(crypto.verify('sha256', data, pub, a));
  assert.ok(crypto.createVerify('sha256').update(data).verify(pub, a.toString('base64'), 'base64'));
  assert.ok(!crypto.verify('sha256', Buffer.from('hellO'), pub, a));
  const pss = { key: keys.rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING };
  const s1 = crypto.sign('sha256', data, pss);
  const s2 = crypto.sign('sha256', data, pss);
  assert.notDeepStrictEqual(s1, s2);
  assert.ok(crypto.verify('sha256', data, { key: pub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING }, s1));
  assert.ok(!crypto.verify('sha256', data, pub, s1));
});

test('ECDSA and DSA: DER and IEEE P1363 encodings', () => {
  const data = Buffer.from('hello');
  for (const [name, half] of [['ec', 32], ['ec384', 48], ['dsa', 28]]) {
    const pub = crypto.createPublicKey(keys[name]);
    const der = crypto.sign('sha256', data, keys[name]);
    assert.strictEqual(der[0], 0x30);
    assert.ok(crypto.verify('sha256', data, pub, der));
    const raw = crypto.sign('sha256', data, { key: keys[name], dsaEncoding: 'ieee-p1363' });
    assert.strictEqual(raw.length, 2 * half, name);
    assert.ok(crypto.verify('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' }, raw));
    assert.ok(!crypto.verify('sha256', data, pub, raw));
  }
});

test('signature errors', () => {
  assert.throws(() => crypto.createSign('nope'), { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest' });
  assert.throws(() => crypto.createSign('sha256').sign(), { code: 'ERR_CRYPTO_SIGN_KEY_REQUIRED', message: 'No key provided to sign' });
  const s = crypto.createSign('sha256');
  s.sign(keys.rsa);
  assert.throws(() => s.sign(keys.rsa), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Not initialised' });
  assert.throws(() => crypto.sign('nope', Buffer.from('x'), keys.rsa), { code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope' });
  assert.throws(() => crypto.sign('sha256', Buffer.from('x'), { key: keys.rsa, padding: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => crypto.sign('sha256', Buffer.from('x'), { key: keys.ec, dsaEncoding: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => crypto.createSign('sha256').update('x').sign(keys.ed25519), { code: 'ERR_CRYPTO_UNSUPPORTED_OPERATION' });
  assert.throws(() => crypto.sign('sha256', Buffer.from('x'), crypto.createPublicKey(keys.rsa)), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
  });
  assert.strictEqual(crypto.verify('sha256', Buffer.from('x'), keys.ec, Buffer.alloc(3)), false);
});

test('asynchronous sign and verify', async () => {
  const data = Buffer.from('async');
  const sig = await promisify(crypto.sign)('sha256', data, keys.rsa);
  assert.deepStrictEqual(sig, crypto.sign('sha256', data, keys.rsa));
  assert.strictEqual(await promisify(crypto.verify)('sha256', data, keys.rsa, sig), true);
  assert.strictEqual(await promisify(crypto.verify)(null, data, keys.ed25519, Buffer.alloc(64)), false);
});

test('generateKeyPair(Sync) and generateKey(Sync)', async () => {
  const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  assert.deepStrictEqual(rsa.privateKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n });
  assert.ok(crypto.verify('sha1', Buffer.from('m'), rsa.publicKey, crypto.sign('sha1', Buffer.from('m'), rsa.privateKey)));
  const pem = crypto.generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'sec1', format: 'der' },
  });
  assert.match(pem.publicKey, /^-----BEGIN PUBLIC KEY-----/);
  assert.ok(Buffer.isBuffer(pem.privateKey));
  const ed = await promisify(crypto.generateKeyPair)('ed25519');
  assert.strictEqual(ed.publicKey.asymmetricKeyType, 'ed25519');
  const pss = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256' });
  assert.deepStrictEqual(pss.privateKey.asymmetricKeyDetails, {
    modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 32,
  });
  assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }), { code: 'ERR_CRYPTO_INVALID_CURVE' });
  assert.throws(() => crypto.generateKeyPairSync('rsa', {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.generateKeyPairSync('foo', {}), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'type' must be a supported key type. Received 'foo'",
  });
  assert.throws(() => crypto.generateKeyPairSync('rsa', { modulusLength: 100 }), { message: /key size too small/ });
  assert.strictEqual(crypto.generateKeySync('hmac', { length: 64 }).symmetricKeySize, 8);
  assert.strictEqual((await promisify(crypto.generateKey)('aes', { length: 192 })).symmetricKeySize, 24);
  assert.throws(() => crypto.generateKeySync('aes', { length: 100 }), { code: 'ERR_INVALID_ARG_VALUE' });
});

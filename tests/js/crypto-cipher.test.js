'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const crypto = require('node:crypto');
const { Readable, pipeline } = require('node:stream');
const keys = require('../diff/fixtures/crypto/keys');

const hex = (s) => Buffer.from(s, 'hex');
const run = (c, data) => Buffer.concat([c.update(data), c.final()]);

// First: Node 24 leaves OpenSSL errors queued after some failed cipher operations, which a
// later key parse in the same thread can pick up.
test('RSA encryption with keys', () => {
  const pub = crypto.createPublicKey(keys.rsa);
  const ct = crypto.publicEncrypt(pub, Buffer.from('hi'));
  assert.strictEqual(ct.length, 128);
  assert.strictEqual(crypto.privateDecrypt(keys.rsa, ct).toString(), 'hi');
  const sha256 = crypto.publicEncrypt({ key: pub, oaepHash: 'sha256', oaepLabel: Buffer.from('L') }, 'hello');
  assert.strictEqual(crypto.privateDecrypt({ key: keys.rsa, oaepHash: 'sha256', oaepLabel: Buffer.from('L') }, sha256).toString(), 'hello');
  assert.throws(() => crypto.privateDecrypt({ key: keys.rsa, oaepHash: 'sha256' }, sha256), { name: 'Error' });
  const signed = crypto.privateEncrypt(keys.rsa, Buffer.from('raw'));
  assert.strictEqual(crypto.publicDecrypt(pub, signed).toString(), 'raw');
  assert.throws(() => crypto.publicEncrypt({ key: pub, oaepHash: 'nope' }, Buffer.from('x')), {
    code: 'ERR_OSSL_EVP_INVALID_DIGEST', message: 'Invalid digest used',
  });
  assert.throws(() => crypto.publicEncrypt(pub, Buffer.alloc(200)), { code: 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE' });
  assert.throws(() => crypto.publicEncrypt(keys.ec, Buffer.from('x')), { code: 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE' });
  assert.throws(() => crypto.publicEncrypt(pub, 1), { code: 'ERR_INVALID_ARG_TYPE' });
});

// NIST SP 800-38A, F.1.1 (ECB), F.2.1 (CBC), F.5.1 (CTR): AES-128, first block.
const nistKey = hex('2b7e151628aed2a6abf7158809cf4f3c');
const nistBlock = hex('6bc1bee22e409f96e93d7e117393172a');

test('AES known answers (NIST SP 800-38A)', () => {
  const ecb = crypto.createCipheriv('aes-128-ecb', nistKey, null).setAutoPadding(false);
  assert.strictEqual(run(ecb, nistBlock).toString('hex'), '3ad77bb40d7a3660a89ecaf32466ef97');
  const cbc = crypto.createCipheriv('aes-128-cbc', nistKey, hex('000102030405060708090a0b0c0d0e0f')).setAutoPadding(false);
  assert.strictEqual(run(cbc, nistBlock).toString('hex'), '7649abac8119b246cee98e9b12e9197d');
  const ctr = crypto.createCipheriv('aes-128-ctr', nistKey, hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'));
  assert.strictEqual(run(ctr, nistBlock).toString('hex'), '874d6191b620e3261bef6864990db6ce');
  const back = crypto.createDecipheriv('aes-128-cbc', nistKey, hex('000102030405060708090a0b0c0d0e0f')).setAutoPadding(false);
  assert.deepStrictEqual(run(back, hex('7649abac8119b246cee98e9b12e9197d')), nistBlock);
});

test('AES-GCM known answers and authentication', () => {
  // The GCM specification's test cases 1 and 2.
  const zeroKey = Buffer.alloc(16);
  const iv = Buffer.alloc(12);
  const c1 = crypto.createCipheriv('aes-128-gcm', zeroKey, iv);
  assert.strictEqual(run(c1, Buffer.alloc(0)).length, 0);
  assert.strictEqual(c1.getAuthTag().toString('hex'), '58e2fccefa7e3061367f1d57a4e7455a');
  const c2 = crypto.createCipheriv('aes-128-gcm', zeroKey, iv);
  assert.strictEqual(run(c2, Buffer.alloc(16)).toString('hex'), '0388dace60b6a392f328c2b971b2fe78');
  assert.strictEqual(c2.getAuthTag().toString('hex'), 'ab6e47d42cec13bdf53a67b21257bddf');

  const key = crypto.randomBytes(32);
  const nonce = crypto.randomBytes(12);
  const enc = crypto.createCipheriv('aes-256-gcm', key, nonce, { authTagLength: 12 });
  enc.setAAD(Buffer.from('header'));
  const ct = run(enc, 'secret message');
  const tag = enc.getAuthTag();
  assert.strictEqual(tag.length, 12);
  const dec = crypto.createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: 12 });
  dec.setAAD(Buffer.from('header'));
  dec.setAuthTag(tag);
  assert.strictEqual(dec.update(ct, undefined, 'utf8') + dec.final('utf8'), 'secret message');
  const bad = crypto.createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: 12 });
  bad.setAAD(Buffer.from('other'));
  bad.setAuthTag(tag);
  bad.update(ct);
  assert.throws(() => bad.final(), { message: 'Unsupported state or unable to authenticate data' });
});

test('ChaCha20-Poly1305 (RFC 8439 2.8.2), CCM and OCB round trips', () => {
  const key = hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
  const nonce = hex('070000004041424344454647');
  const aad = hex('50515253c0c1c2c3c4c5c6c7');
  const text = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
  const c = crypto.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  c.setAAD(aad);
  const ct = run(c, text);
  assert.strictEqual(ct.subarray(0, 16).toString('hex'), 'd31a8d34648e60db7b86afbc53ef7ec2');
  assert.strictEqual(c.getAuthTag().toString('hex'), '1ae10b594f09e26a7e902ecbd0600691');
  const d = crypto.createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  d.setAAD(aad);
  d.setAuthTag(hex('1ae10b594f09e26a7e902ecbd0600691'));
  assert.strictEqual(run(d, ct).toString(), text);

  for (const [name, ivLength] of [['aes-128-ccm', 12], ['aes-128-ccm', 7], ['aes-128-ocb', 12]]) {
    const k = crypto.randomBytes(16);
    const iv = crypto.randomBytes(ivLength);
    const e = crypto.createCipheriv(name, k, iv, { authTagLength: 16 });
    e.setAAD(Buffer.from('a'), { plaintextLength: 5 });
    const out = run(e, 'hello');
    const tag = e.getAuthTag();
    const dd = crypto.createDecipheriv(name, k, iv, { authTagLength: 16 });
    dd.setAuthTag(tag);
    dd.setAAD(Buffer.from('a'), { plaintextLength: 5 });
    assert.strictEqual(run(dd, out).toString(), 'hello', `${name} ${ivLength}`);
  }
});

test('padding, encodings and streaming', () => {
  const key = Buffer.alloc(16, 1);
  const iv = Buffer.alloc(16, 2);
  for (const len of [0, 1, 15, 16, 17, 100]) {
    const text = 'x'.repeat(len);
    const ct = run(crypto.createCipheriv('aes-128-cbc', key, iv), text);
    assert.strictEqual(ct.length, (Math.floor(len / 16) + 1) * 16);
    assert.strictEqual(run(crypto.createDecipheriv('aes-128-cbc', key, iv), ct).toString(), text);
  }
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  const b64 = c.update('héllo wörld', 'utf8', 'base64') + c.final('base64');
  const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  assert.strictEqual(d.update(b64, 'base64', 'utf8') + d.final('utf8'), 'héllo wörld');
  // A character split across updates comes out whole.
  const ctr = crypto.createCipheriv('aes-128-ctr', key, iv).update('é€');
  const dctr = crypto.createDecipheriv('aes-128-ctr', key, iv);
  assert.strictEqual(dctr.update(ctr.subarray(0, 1), null, 'utf8') + dctr.update(ctr.subarray(1), null, 'utf8') + dctr.final('utf8'), 'é€');
  const switching = crypto.createDecipheriv('aes-128-ctr', key, iv);
  switching.update(ctr, null, 'utf8');
  assert.throws(() => switching.update(ctr, null, 'hex'), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'outputEncoding' cannot be changed from 'utf8'. Received 'hex'",
  });
  // Keys and IVs as strings and KeyObjects.
  assert.deepStrictEqual(
    run(crypto.createCipheriv('aes-128-cbc', '0123456789abcdef', '0123456789abcdef'), 'x'),
    run(crypto.createCipheriv('aes-128-cbc', crypto.createSecretKey(Buffer.from('0123456789abcdef')), Buffer.from('0123456789abcdef')), 'x'));
});

test('ciphers are Transform streams', async () => {
  const key = Buffer.alloc(32, 3);
  const iv = Buffer.alloc(16, 4);
  const chunks = [];
  await new Promise((resolve, reject) => {
    pipeline(Readable.from(['stream ', 'of ', Buffer.from('data')]), crypto.createCipheriv('aes-256-cbc', key, iv),
             crypto.createDecipheriv('aes-256-cbc', key, iv), async function* (src) {
               for await (const chunk of src) chunks.push(chunk);
             }, (err) => (err ? reject(err) : resolve()));
  });
  assert.strictEqual(Buffer.concat(chunks).toString(), 'stream of data');
});

test('cipher errors', () => {
  const key = Buffer.alloc(16);
  const iv = Buffer.alloc(16);
  assert.throws(() => crypto.createCipheriv('nope', key, iv), { code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher' });
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(5), iv), { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN' });
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(5)), { code: 'ERR_CRYPTO_INVALID_IV' });
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', key, null), { code: 'ERR_CRYPTO_INVALID_IV' });
  assert.throws(() => crypto.createCipheriv('aes-128-ecb', key, iv), { code: 'ERR_CRYPTO_INVALID_IV' });
  assert.throws(() => crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: 7 }), {
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 7',
  });
  assert.throws(() => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(12)), {
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'authTagLength required for aes-128-ccm',
  });
  assert.throws(() => crypto.createCipheriv(1, key, iv), { code: 'ERR_INVALID_ARG_TYPE' });
  const bad = crypto.createDecipheriv('aes-128-cbc', key, iv);
  bad.update(Buffer.alloc(16));
  assert.throws(() => bad.final(), { code: 'ERR_OSSL_BAD_DECRYPT' });
  const done = crypto.createCipheriv('aes-128-cbc', key, iv);
  done.final();
  assert.throws(() => done.final(), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state' });
  assert.throws(() => done.update('x'), { message: 'Trying to add data in unsupported state' });
  assert.throws(() => done.setAutoPadding(false), { code: 'ERR_CRYPTO_INVALID_STATE' });
  assert.throws(() => done.getAuthTag(), { message: 'Invalid state for operation getAuthTag' });
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', key, iv).setAAD(Buffer.alloc(1)), { code: 'ERR_CRYPTO_INVALID_STATE' });
  assert.throws(() => crypto.createDecipheriv('aes-128-gcm', key, Buffer.alloc(12)).setAuthTag(Buffer.alloc(3)), {
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG',
  });
  const noPad = crypto.createCipheriv('aes-128-cbc', key, iv);
  noPad.setAutoPadding(false);
  noPad.update('x');
  assert.throws(() => noPad.final(), { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH' });
});

test('getCiphers and getCipherInfo', () => {
  const list = crypto.getCiphers();
  for (const name of ['aes-128-cbc', 'aes-256-gcm', 'chacha20-poly1305', 'des-ede3-cbc', 'id-aes128-wrap']) {
    assert.ok(list.includes(name), name);
  }
  assert.ok(list.every((n) => n === n.toLowerCase()));
  assert.deepStrictEqual(crypto.getCipherInfo('aes-256-gcm'),
                         { mode: 'gcm', name: 'id-aes256-gcm', nid: 901, blockSize: 1, ivLength: 12, keyLength: 32 });
  assert.deepStrictEqual(crypto.getCipherInfo(901), crypto.getCipherInfo('aes-256-gcm'));
  assert.deepStrictEqual(crypto.getCipherInfo('aes-128-ecb'), { mode: 'ecb', name: 'aes-128-ecb', nid: 418, blockSize: 16, keyLength: 16 });
  assert.strictEqual(crypto.getCipherInfo('aes-128-gcm', { ivLength: 8 }).ivLength, 8);
  assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { ivLength: 8 }), undefined);
  assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { keyLength: 8 }), undefined);
  assert.strictEqual(crypto.getCipherInfo('nope'), undefined);
  assert.throws(() => crypto.getCipherInfo({}), { code: 'ERR_INVALID_ARG_TYPE' });
});

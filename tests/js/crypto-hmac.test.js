'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const crypto = require('node:crypto');
const { Readable, pipeline } = require('node:stream');

const fill = (byte, n) => Buffer.alloc(n, byte);
const bigKey = fill(0xaa, 131);

// RFC 4231 (HMAC-SHA-224/256/384/512) test cases 1–4, 6 and 7; RFC 2202 for MD5 and SHA-1.
const rfc4231 = [
  [fill(0x0b, 20), 'Hi There', {
    sha224: '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22',
    sha256: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    sha384: 'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6',
    sha512: '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854',
  }],
  ['Jefe', 'what do ya want for nothing?', {
    sha224: 'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44',
    sha256: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    sha384: 'af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649',
    sha512: '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
  }],
  [fill(0xaa, 20), fill(0xdd, 50), {
    sha256: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
    sha512: 'fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb',
  }],
  [Buffer.from('0102030405060708090a0b0c0d0e0f10111213141516171819', 'hex'), fill(0xcd, 50), {
    sha256: '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
  }],
  [bigKey, 'Test Using Larger Than Block-Size Key - Hash Key First', {
    sha256: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    sha512: '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598',
  }],
  [bigKey, 'This is a test using a larger than block-size key and a larger than block-size data. ' +
    'The key needs to be hashed before being used by the HMAC algorithm.', {
    sha256: '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
  }],
  [fill(0x0b, 16), 'Hi There', { md5: '9294727a3638bb1c13f48ef8158bfc9d' }],
  ['Jefe', 'what do ya want for nothing?', {
    md5: '750c783e6ab0b503eaa86e310a5db738', sha1: 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79',
  }],
  [fill(0x0b, 20), 'Hi There', { sha1: 'b617318655057264e28bc0b6fb378c8ef146be00' }],
];

test('RFC 4231 and RFC 2202 known answers', () => {
  for (const [key, data, digests] of rfc4231) {
    for (const [alg, hex] of Object.entries(digests)) {
      assert.strictEqual(crypto.createHmac(alg, key).update(data).digest('hex'), hex, `${alg} ${data}`);
    }
  }
  // Test case 5: the output truncated to 128 bits.
  const t5 = crypto.createHmac('sha256', fill(0x0c, 20)).update('Test With Truncation').digest('hex');
  assert.strictEqual(t5.slice(0, 32), 'a3b6167473100ee06e0c796c2955552b');
});

test('every key form gives the same MAC', () => {
  const want = crypto.createHmac('sha256', Buffer.from('secret')).update('msg').digest('base64');
  const own = () => Uint8Array.from(Buffer.from('secret')).buffer;  // an ArrayBuffer of exactly the key
  const forms = [
    'secret',
    Buffer.from('secret'),
    new Uint8Array(own()),
    new DataView(own()),
    own(),
    new Uint16Array(own()),
    crypto.createSecretKey(Buffer.from('secret')),
  ];
  for (const key of forms) {
    assert.strictEqual(crypto.createHmac('sha256', key).update('msg').digest('base64'), want);
  }
  assert.strictEqual(crypto.createHmac('sha256', '736563726574', { encoding: 'hex' }).update('msg').digest('base64'), want);
  assert.strictEqual(crypto.createHmac('sha256', 'c2VjcmV0', { encoding: 'base64' }).update('msg').digest('base64'), want);
  // Empty keys are valid.
  assert.strictEqual(crypto.createHmac('sha256', '').digest('hex'),
                     'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');
  assert.strictEqual(crypto.createHmac('sha256', Buffer.alloc(0)).digest('hex'),
                     'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');
});

test('cookie-signature / keygrip style use: base64 digests of many short messages', () => {
  const sign = (val, secret) => `${val}.${crypto.createHmac('sha256', secret).update(val).digest('base64').replace(/=+$/, '')}`;
  assert.strictEqual(sign('hello', 'tobiiscool'), 'hello.DGDUkGlIkCzPz+C0B064FNgHdEjox7ch8tOBGslZ5QI');
  const seen = new Set();
  for (let i = 0; i < 500; i++) seen.add(sign(`v${i}`, 'k'));
  assert.strictEqual(seen.size, 500);
});

test('digest twice gives an empty result; update after digest throws', () => {
  const h = crypto.createHmac('sha1', 'k');
  assert.strictEqual(h.digest('hex').length, 40);
  assert.strictEqual(h.digest('hex'), '');
  assert.deepStrictEqual(h.digest(), Buffer.alloc(0));
  assert.throws(() => h.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
});

test('errors', () => {
  assert.throws(() => crypto.createHmac('nope', 'k'), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
  });
  assert.throws(() => crypto.createHmac(1, 'k'), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "hmac" argument must be of type string. Received type number (1)',
  });
  for (const key of [undefined, null, 1, {}]) {
    assert.throws(() => crypto.createHmac('sha256', key), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  }
  assert.throws(() => crypto.createHmac('sha256', 'k', { encoding: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.createHmac('sha256', 'k').update(1), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('Hmac is a Transform stream', async () => {
  const chunks = [];
  await new Promise((resolve, reject) => {
    pipeline(Readable.from(['what do ya ', 'want for nothing?']), crypto.createHmac('md5', 'Jefe'),
             async function* (src) { for await (const c of src) chunks.push(c); },
             (err) => (err ? reject(err) : resolve()));
  });
  assert.strictEqual(Buffer.concat(chunks).toString('hex'), '750c783e6ab0b503eaa86e310a5db738');
});

test('SHA-3 and other digests work as HMAC hashes', () => {
  const a = crypto.createHmac('sha3-256', 'k').update('m').digest('hex');
  const b = crypto.createHmac('SHA3-256', Buffer.from('k')).update(Buffer.from('m')).digest('hex');
  assert.strictEqual(a, b);
  assert.strictEqual(a.length, 64);
  assert.strictEqual(crypto.createHmac('RSA-SHA256', 'Jefe').update('what do ya want for nothing?').digest('hex'),
                     rfc4231[1][2].sha256);
});

'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const crypto = require('node:crypto');
const { promisify } = require('node:util');

const hex = (b) => Buffer.from(b).toString('hex');

test('PBKDF2: RFC 6070 (HMAC-SHA1) and RFC 7914 (HMAC-SHA256) vectors', async () => {
  const vectors = [
    ['password', 'salt', 1, 20, 'sha1', '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
    ['password', 'salt', 2, 20, 'sha1', 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
    ['password', 'salt', 4096, 20, 'sha1', '4b007901b765489abead49d926f721d065a429c1'],
    ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1',
     '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
    ['pass\0word', 'sa\0lt', 4096, 16, 'sha1', '56fa6aa75548099dcc37d7f03425e0c3'],
    ['passwd', 'salt', 1, 64, 'sha256',
     '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783'],
  ];
  for (const [p, s, c, len, digest, want] of vectors) {
    const sync = crypto.pbkdf2Sync(p, s, c, len, digest);
    assert.ok(Buffer.isBuffer(sync));
    assert.strictEqual(hex(sync), want);
    assert.strictEqual(hex(await promisify(crypto.pbkdf2)(Buffer.from(p), new Uint8Array(Buffer.from(s)), c, len, digest)), want);
  }
});

test('PBKDF2: argument errors', () => {
  assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 20), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "digest" argument must be of type string. Received undefined',
  });
  assert.throws(() => crypto.pbkdf2Sync('p', 's', 0, 20, 'sha1'), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. Received 0',
  });
  assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 20, 'nope'), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
  });
  assert.throws(() => crypto.pbkdf2Sync(1, 's', 1, 20, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.pbkdf2('p', 's', 1, 20, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.pbkdf2('p', 's', 1, 20, 'nope', () => {}), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
});

test('HKDF: RFC 5869 vectors, sync and async, any key form', async () => {
  const ikm = Buffer.alloc(22, 0x0b);
  const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
  const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
  const tc1 = '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865';
  const out = crypto.hkdfSync('sha256', ikm, salt, info, 42);
  assert.ok(out instanceof ArrayBuffer);
  assert.strictEqual(hex(out), tc1);
  assert.strictEqual(hex(crypto.hkdfSync('sha256', crypto.createSecretKey(ikm), salt, info, 42)), tc1);
  assert.strictEqual(hex(crypto.hkdfSync('sha256', Uint8Array.from(ikm).buffer, salt, info, 42)), tc1);
  assert.strictEqual(hex(await promisify(crypto.hkdf)('sha256', ikm, salt, info, 42)), tc1);
  assert.strictEqual(hex(crypto.hkdfSync('sha256', ikm, '', '', 42)),
                     '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8');
  assert.strictEqual(hex(crypto.hkdfSync('sha1', Buffer.alloc(11, 0x0b), salt, info, 42)),
                     '085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896');
  assert.strictEqual(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 255 * 32).byteLength, 255 * 32);
  assert.strictEqual(hex(crypto.hkdfSync('sha256', '', '', '', 10)), hex(crypto.hkdfSync('sha256', Buffer.alloc(0), '', '', 10)));
});

test('HKDF: errors', () => {
  assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
  });
  assert.throws(() => crypto.hkdfSync('nope', 'k', 's', 'i', 16), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
  assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'x'.repeat(1025), 16), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "info" is out of range. It must be must not contain more than 1024 bytes. Received 1025',
  });
  assert.throws(() => crypto.hkdfSync('sha256', 1, 's', 'i', 16), { code: 'ERR_INVALID_ARG_TYPE', message: /"ikm" argument/ });
  assert.throws(() => crypto.hkdfSync('sha256', 'k', 1, 'i', 16), { message: /"salt" argument/ });
  assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', '16'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', -1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 0), { name: 'Error', message: 'Deriving bits failed' });
  assert.throws(() => crypto.hkdf('sha256', 'k', 's', 'i', 16), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('scrypt: RFC 7914 vectors and option aliases', async () => {
  const empty = '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906';
  assert.strictEqual(hex(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 })), empty);
  assert.strictEqual(hex(crypto.scryptSync('', '', 64, { cost: 16, blockSize: 1, parallelization: 1 })), empty);
  assert.strictEqual(hex(await promisify(crypto.scrypt)('', '', 64, { N: 16, r: 1, p: 1 })), empty);
  assert.strictEqual(hex(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 })),
                     'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640');
  // Defaults: N 16384, r 8, p 1 (zeros mean the default).
  const def = crypto.scryptSync('p', 's', 16);
  assert.deepStrictEqual(crypto.scryptSync('p', 's', 16, { N: 0, r: 0, p: 0, maxmem: 0 }), def);
  assert.deepStrictEqual(await promisify(crypto.scrypt)('p', 's', 16), def);
  assert.strictEqual(crypto.scryptSync('p', 's', 0).length, 0);
});

test('scrypt: errors', () => {
  assert.throws(() => crypto.scryptSync('p', 's', 16, { N: 3 }), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: 'Invalid scrypt params',
  });
  assert.throws(() => crypto.scryptSync('p', 's', 16, { N: 2 ** 20 }), {
    code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
    message: 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded',
  });
  assert.throws(() => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }), {
    code: 'ERR_INCOMPATIBLE_OPTION_PAIR', message: 'Option "N" cannot be used in combination with option "cost"',
  });
  assert.throws(() => crypto.scryptSync('p', 's', 16, { N: '16' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.scryptSync('p', 's', -1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.scryptSync('p', 's', 16, { maxmem: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.scrypt('p', 's', 16), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.scrypt('p', 's', 16, { N: 3 }, () => {}), { code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS' });
});

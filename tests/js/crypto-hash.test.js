'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const crypto = require('node:crypto');
const { Readable, Transform, pipeline } = require('node:stream');

// Known answers: FIPS 180-4 / FIPS 202 examples (NIST's "abc", the empty message and the
// two-block message), RFC 1321 for MD5, the RIPEMD-160 authors' test vectors.
const abc = 'abc';
const twoBlock = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
const vectors = [
  ['md5', '', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['md5', 'message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
  ['sha1', abc, 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  ['sha1', twoBlock, '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
  ['sha224', abc, '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7'],
  ['sha256', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['sha256', abc, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['sha256', twoBlock, '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ['sha384', abc, 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'],
  ['sha512', abc, 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
  ['sha512-256', abc, '53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23'],
  ['sha3-256', abc, '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532'],
  ['sha3-512', '', 'a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26'],
  ['ripemd160', abc, '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc'],
  ['shake128', '', '7f9c2ba4e88f827d616045507605853e'],
  ['shake256', '', '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f'],
];

test('known-answer digests', () => {
  for (const [alg, input, hex] of vectors) {
    assert.strictEqual(crypto.createHash(alg).update(input).digest('hex'), hex, alg);
    assert.strictEqual(crypto.hash(alg, input), hex, `hash(${alg})`);
  }
});

test('a million "a" through many updates (FIPS 180-4)', () => {
  const h = crypto.createHash('sha256');
  const chunk = 'a'.repeat(1000);
  for (let i = 0; i < 1000; i++) h.update(chunk);
  assert.strictEqual(h.digest('hex'), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
});

test('large inputs hash straight from the buffer', () => {
  const big = Buffer.alloc(8 * 1024 * 1024, 0x61);
  const once = crypto.createHash('sha1').update(big).digest('hex');
  const h = crypto.createHash('sha1');
  for (let off = 0; off < big.length; off += 1 << 20) h.update(big.subarray(off, off + (1 << 20)));
  assert.strictEqual(h.digest('hex'), once);
});

test('algorithm names: aliases and letter case as Node accepts them', () => {
  const want = crypto.createHash('sha256').update(abc).digest('hex');
  for (const name of ['SHA256', 'sha-256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'SHA2-256']) {
    assert.strictEqual(crypto.createHash(name).update(abc).digest('hex'), want, name);
  }
  assert.strictEqual(crypto.createHash('dss1').update(abc).digest('hex'), vectors[2][2]);
});

test('input types and encodings', () => {
  const ref = (bytes) => crypto.createHash('md5').update(Buffer.from(bytes)).digest('hex');
  const h = (data, enc) => crypto.createHash('md5').update(data, enc).digest('hex');
  assert.strictEqual(h('é€'), ref(Buffer.from('é€', 'utf8')));
  assert.strictEqual(h('é€', 'latin1'), ref(Buffer.from('é€', 'latin1')));
  assert.strictEqual(h('é€', 'ascii'), ref(Buffer.from('é€', 'latin1')));
  assert.strictEqual(h('é€', 'utf16le'), ref(Buffer.from('é€', 'utf16le')));
  assert.strictEqual(h('c3a9', 'hex'), ref([0xc3, 0xa9]));
  assert.strictEqual(h('w6k=', 'base64'), ref([0xc3, 0xa9]));
  assert.strictEqual(h('w6k', 'base64url'), ref([0xc3, 0xa9]));
  // Unknown encodings and 'buffer' mean UTF-8, as in Node.
  assert.strictEqual(h('é', 'bogus'), ref(Buffer.from('é')));
  assert.strictEqual(h('é', 'buffer'), ref(Buffer.from('é')));
  // Every view reads its own bytes (not the whole ArrayBuffer).
  const ab = new ArrayBuffer(8);
  new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
  assert.strictEqual(h(new Uint16Array(ab, 2, 2)), ref([3, 4, 5, 6]));
  assert.strictEqual(h(new DataView(ab, 1, 3)), ref([2, 3, 4]));
  assert.strictEqual(h(new Float64Array(ab)), ref([1, 2, 3, 4, 5, 6, 7, 8]));
  // Long strings (beyond any inline buffer) in each encoding.
  const long = 'ü'.repeat(5000);
  assert.strictEqual(h(long), ref(Buffer.from(long)));
  assert.strictEqual(h(long, 'latin1'), ref(Buffer.from(long, 'latin1')));
});

test('digest output encodings', () => {
  const bytes = crypto.createHash('md5').update('a').digest();
  assert.ok(Buffer.isBuffer(bytes));
  assert.strictEqual(bytes.toString('hex'), '0cc175b9c0f1b6a831c399e269772661');
  for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'utf8', 'utf16le', 'ascii']) {
    assert.strictEqual(crypto.createHash('md5').update('a').digest(enc), bytes.toString(enc), enc);
  }
  assert.strictEqual(crypto.createHash('md5').update('a').digest('HEX'), bytes.toString('hex'));
  assert.deepStrictEqual(crypto.createHash('md5').update('a').digest('buffer'), bytes);
  assert.deepStrictEqual(crypto.createHash('md5').update('a').digest('bogus'), bytes);
  assert.strictEqual(crypto.createHash('md5').update('a').digest({ toString: () => 'hex' }), bytes.toString('hex'));
});

test('copy() forks the state; digest and update after digest throw', () => {
  const h = crypto.createHash('sha256').update('x');
  const c = h.copy();
  h.update('y');
  assert.strictEqual(c.digest('hex'), crypto.hash('sha256', 'x'));
  assert.strictEqual(h.digest('hex'), crypto.hash('sha256', 'xy'));
  const finalized = { name: 'Error', code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' };
  assert.throws(() => h.digest(), finalized);
  assert.throws(() => h.update('z'), finalized);
  assert.throws(() => h.copy(), finalized);
});

test('XOF output lengths', () => {
  assert.strictEqual(crypto.createHash('shake128', { outputLength: 5 }).digest('hex'), '7f9c2ba4e8');
  assert.strictEqual(crypto.createHash('shake128', { outputLength: 0 }).digest('hex'), '');
  assert.strictEqual(crypto.createHash('shake256', { outputLength: 100 }).digest().length, 100);
  assert.strictEqual(crypto.hash('shake256', 'a', { outputLength: 4 }), '867e2cb0');
  const x = crypto.createHash('shake128', { outputLength: 4 });
  assert.strictEqual(x.copy({ outputLength: 8 }).digest('hex'), '7f9c2ba4e88f827d');
  assert.strictEqual(x.digest('hex'), '7f9c2ba4');
  // A non-XOF digest takes only its own length.
  assert.strictEqual(crypto.createHash('sha256', { outputLength: 32 }).digest().length, 32);
  assert.throws(() => crypto.createHash('sha256', { outputLength: 5 }), {
    name: 'Error',
    code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
    library: 'digital envelope routines',
    reason: 'not XOF or invalid length',
    message: 'error:030000B2:digital envelope routines::not XOF or invalid length',
  });
  assert.throws(() => crypto.hash('sha1', 'a', { outputLength: 4 }), {
    name: 'Error', message: 'Output length 4 is invalid for sha1, which does not support XOF',
  });
  assert.throws(() => crypto.createHash('shake128', { outputLength: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => crypto.createHash('shake128', { outputLength: '1' }), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('bad arguments', () => {
  assert.throws(() => crypto.createHash('nope'), (e) => e.message === 'Digest method not supported' && e.code === undefined);
  assert.throws(() => crypto.createHash(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "algorithm" argument must be of type string. Received type number (1)',
  });
  for (const bad of [1, null, {}, [], new ArrayBuffer(2)]) {
    assert.throws(() => crypto.createHash('sha1').update(bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  }
  assert.throws(() => crypto.createHash('sha1').update('abc', 'hex'), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
  });
  assert.throws(() => crypto.hash('nope', 'a'), { message: 'Digest method nope is not supported' });
  assert.throws(() => crypto.hash('sha1', 1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.hash('sha1', 'a', 'bogus'), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'outputEncoding' is invalid. Received 'bogus'",
  });
  assert.throws(() => crypto.hash('sha1', 'a', null), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('crypto.hash encodings and inputs', () => {
  assert.strictEqual(crypto.hash('sha1', 'abc', 'base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
  assert.deepStrictEqual(crypto.hash('sha1', Buffer.from('abc'), 'buffer'), Buffer.from(vectors[2][2], 'hex'));
  assert.deepStrictEqual(crypto.hash('sha1', 'abc', 'BUFFER'), Buffer.from(vectors[2][2], 'hex'));
  assert.strictEqual(crypto.hash('sha1', new Uint8Array([0x61, 0x62, 0x63])), vectors[2][2]);
  assert.strictEqual(crypto.hash('sha1', 'abc', { outputEncoding: 'base64url' }), 'qZk-NkcGgWq6PiVxeFDCbJzQ2J0');
});

test('getHashes lists OpenSSL names once each, sorted', () => {
  const list = crypto.getHashes();
  for (const name of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'shake256', 'RSA-SHA256', 'ripemd160']) {
    assert.ok(list.includes(name), name);
  }
  assert.deepStrictEqual([...list].sort(), list);
  assert.strictEqual(new Set(list.map((n) => n.toLowerCase())).size, list.length);
  list.push('x');
  assert.ok(!crypto.getHashes().includes('x'));
  for (const name of crypto.getHashes()) crypto.createHash(name, name.startsWith('shake') ? { outputLength: 8 } : undefined);
});

test('Hash is a Transform stream', async () => {
  const h = crypto.createHash('sha256');
  assert.ok(h instanceof Transform);
  const chunks = [];
  await new Promise((resolve, reject) => {
    pipeline(Readable.from(['a', Buffer.from('b'), 'c']), h, async function* (src) {
      for await (const chunk of src) chunks.push(chunk);
    }, (err) => (err ? reject(err) : resolve()));
  });
  assert.strictEqual(Buffer.concat(chunks).toString('hex'), vectors[6][2]);

  const s = crypto.createHash('md5');
  s.setEncoding('hex');
  s.end('a');
  assert.strictEqual(s.read(), '0cc175b9c0f1b6a831c399e269772661');

  // update() and write() feed the same state.
  const m = crypto.createHash('sha1');
  m.update('a');
  m.end('b');
  await new Promise((resolve) => m.once('readable', resolve));
  assert.strictEqual(m.read().toString('hex'), crypto.hash('sha1', 'ab'));
});

test('the deprecated Hash constructor works without new', () => {
  process.noDeprecation = true;
  try {
    assert.strictEqual(crypto.Hash('sha1').update('abc').digest('hex'), vectors[2][2]);
    assert.ok(new crypto.Hash('sha1') instanceof crypto.Hash);
  } finally {
    process.noDeprecation = false;
  }
});

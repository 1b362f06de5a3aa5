// Digests, HMACs and crypto.hash() of many inputs, input encodings and output encodings,
// compared with Node's byte for byte.
const crypto = require('crypto');

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160', 'blake2b512', 'blake2s256', 'sm3',
  'md5-sha1', 'RSA-SHA1', 'SHA256', 'sha-384', 'sha256WithRSAEncryption', 'ssl3-md5'];

const ab = new ArrayBuffer(40);
new Uint8Array(ab).forEach((_, i, a) => { a[i] = (i * 37 + 11) & 0xff; });
const inputs = [
  ['empty', ''],
  ['ascii', 'The quick brown fox jumps over the lazy dog'],
  ['latin1 chars', 'façade naïve ÿ'],
  ['bmp', 'Ελληνικά 日本語 ✓'],
  ['astral', '😀🎉 emoji'],
  ['lone surrogate', 'a\ud800b'],
  ['long', 'x'.repeat(100000) + 'é'],
  ['buffer', Buffer.from([0, 1, 2, 250, 251, 255])],
  ['uint16 view', new Uint16Array(ab, 4, 6)],
  ['dataview', new DataView(ab, 3, 17)],
  ['float64', new Float64Array(ab, 8, 2)],
  ['big', Buffer.alloc(3 * 1024 * 1024 + 7, 0x5a)],
];

for (const alg of algorithms) {
  const parts = [];
  for (const [, data] of inputs) parts.push(crypto.createHash(alg).update(data).digest('hex').slice(0, 16));
  console.log(alg, parts.join(' '));
}

for (const enc of ['utf8', 'latin1', 'ascii', 'utf16le', 'ucs2', 'base64', 'base64url', 'binary', 'UTF-8', 'Latin1', 'bogus', 'buffer']) {
  const parts = inputs.filter(([, d]) => typeof d === 'string').map(([, d]) =>
    crypto.createHash('sha1').update(d, enc).digest('base64'));
  console.log('in', enc, parts.join(' '));
}
for (const s of ['00ff10', 'DEADbeef', '']) console.log('hex in', crypto.createHash('md5').update(s, 'hex').digest('hex'));

const d = () => crypto.createHash('sha256').update('output encodings');
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'utf8', 'utf-8', 'ucs2', 'utf16le', 'ascii', 'HEX', 'Base64']) {
  console.log('out', enc, JSON.stringify(d().digest(enc)));
}
console.log('out buffer', d().digest(), d().digest('buffer'), d().digest('nope'), d().digest(null));

// Incremental updates equal one update; copies fork.
const h = crypto.createHash('sha512');
for (const [, data] of inputs) h.update(data);
const copy = h.copy();
console.log('incremental', h.digest('base64url'), copy.update('more').digest('base64url'));

for (const [len, alg] of [[0, 'shake128'], [1, 'shake128'], [33, 'shake128'], [200, 'shake256'], [32, 'shake256']]) {
  console.log(alg, len, crypto.createHash(alg, { outputLength: len }).update('xof').digest('hex'));
}
console.log('shake default', crypto.createHash('shake128').digest('hex'), crypto.createHash('shake256').digest('hex'));

// HMAC over many key sizes (shorter and longer than the block) and digests.
for (const alg of ['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'sha3-256', 'sha512-256', 'ripemd160', 'sm3']) {
  const parts = [];
  for (const size of [0, 1, 20, 63, 64, 65, 128, 129, 200]) {
    const key = Buffer.alloc(size, size & 0xff);
    parts.push(crypto.createHmac(alg, key).update('message').update(Buffer.from([1, 2, 3])).digest('hex').slice(0, 12));
  }
  console.log('hmac', alg, parts.join(' '));
}
console.log('hmac key forms', [
  crypto.createHmac('sha256', 'ké').digest('hex'),
  crypto.createHmac('sha256', 'ké', { encoding: 'latin1' }).digest('hex'),
  crypto.createHmac('sha256', '6b', { encoding: 'hex' }).digest('hex'),
  crypto.createHmac('sha256', new Uint32Array([1, 2])).digest('hex'),
  crypto.createHmac('sha256', crypto.createSecretKey(Buffer.from('k'))).digest('hex'),
].map((x) => x.slice(0, 16)).join(' '));

// crypto.hash(): every accepted output spelling.
for (const out of [undefined, 'hex', 'base64', 'base64url', 'latin1', 'buffer', 'BUFFER', 'utf8', { outputEncoding: 'base64' }, { outputLength: 10 }]) {
  const alg = out && out.outputLength ? 'shake256' : 'sha1';
  console.log('hash()', JSON.stringify(out), crypto.hash(alg, 'one shot', out));
}
console.log('hash() views', crypto.hash('md5', new Uint8Array([1, 2, 3])), crypto.hash('md5', new DataView(ab)));

// The Hash object itself.
console.log(crypto.createHash('sha1'));
console.log(crypto.createHmac('sha1', 'k'));
console.log(Object.getOwnPropertyNames(crypto.Hash.prototype), Object.getOwnPropertyNames(crypto.Hmac.prototype));
console.log(crypto.createHash.length, crypto.createHmac.length, crypto.hash.length, crypto.Hash.length, crypto.Hmac.length);
const names = crypto.getHashes();
console.log(['md5', 'sha1', 'sha256', 'RSA-SHA256', 'sha3-512', 'shake256', 'blake2b512', 'md5-sha1', 'sm3', 'ripemd160'].every((n) => names.includes(n)),
            names.every((n, i) => i === 0 || names[i - 1] < n));

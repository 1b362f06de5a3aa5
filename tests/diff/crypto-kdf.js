// PBKDF2, HKDF and scrypt over a grid of parameters, sync and async, compared with Node's bytes.
const crypto = require('crypto');
const { promisify } = require('util');

const hex = (b) => Buffer.from(b).toString('hex');
const passwords = ['', 'password', 'pässwörd', Buffer.from([0, 1, 2, 255]), new Uint16Array([1, 2, 3]).buffer];

for (const digest of ['sha1', 'sha256', 'sha512', 'md5', 'sha3-256', 'SHA256', 'RSA-SHA1']) {
  const out = [];
  for (const p of passwords) {
    for (const [iter, len] of [[1, 1], [2, 20], [10, 64], [100, 33]]) {
      out.push(hex(crypto.pbkdf2Sync(p, 'NaCl', iter, len, digest)).slice(0, 10));
    }
  }
  console.log('pbkdf2', digest, out.join(' '));
}

for (const digest of ['sha1', 'sha256', 'sha384', 'sha512', 'md5', 'sha3-512']) {
  const out = [];
  for (const key of ['', 'ikm', Buffer.alloc(80, 7), crypto.createSecretKey(Buffer.from('secret'))]) {
    for (const [salt, info, len] of [['', '', 1], ['salt', 'info', 32], [Buffer.alloc(200, 1), 'x'.repeat(1024), 100]]) {
      out.push(hex(crypto.hkdfSync(digest, key, salt, info, len)).slice(0, 10));
    }
  }
  console.log('hkdf', digest, out.join(' '));
}

for (const [N, r, p] of [[2, 1, 1], [16, 1, 1], [16, 8, 2], [1024, 1, 1], [256, 4, 3]]) {
  const out = [];
  for (const pw of passwords) out.push(hex(crypto.scryptSync(pw, 'salt', 24, { N, r, p })).slice(0, 12));
  console.log('scrypt', N, r, p, out.join(' '));
}
console.log('scrypt lengths', [0, 1, 64, 200].map((n) => crypto.scryptSync('p', 's', n, { N: 16 }).length).join(' '));

(async () => {
  console.log('pbkdf2 async', hex(await promisify(crypto.pbkdf2)('p', 's', 1000, 32, 'sha256')));
  console.log('hkdf async', hex(await promisify(crypto.hkdf)('sha256', 'k', 's', 'i', 16)));
  console.log('scrypt async', hex(await promisify(crypto.scrypt)('p', 's', 16, { N: 64 })));
  const results = await Promise.all(Array.from({ length: 8 }, (_, i) => promisify(crypto.pbkdf2)(`p${i}`, 's', 50, 8, 'sha1')));
  console.log('parallel', results.map(hex).join(' '));
  for (const [label, fn] of [
    ['pbkdf2 keylen 0', () => crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1')],
    ['hkdf length 0', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 0)],
  ]) {
    try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
  }
  await new Promise((resolve) => crypto.pbkdf2('p', 's', 1, 0, 'sha1', (err, key) => {
    console.log('pbkdf2 async keylen 0', err && err.message, key);
    resolve();
  }));
})();

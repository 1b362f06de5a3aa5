// Randomness: shapes, types, ranges and callback order (never the random values themselves).
const crypto = require('crypto');

const b = crypto.randomBytes(16);
console.log(Buffer.isBuffer(b), b.length, b.buffer.byteLength >= 16, crypto.randomBytes(0));
console.log(crypto.randomFillSync(new Uint8Array(0)), crypto.randomFillSync(new Uint8Array(4), 4));
const u32 = new Uint32Array(4);
crypto.randomFillSync(u32, 3, 0);
console.log(u32, crypto.randomFillSync(new ArrayBuffer(3)).byteLength);
console.log(typeof crypto.randomInt(10), [0, 1, 2, 3].map(() => crypto.randomInt(5, 6)));
console.log(crypto.randomUUID().replace(/[0-9a-f]/g, 'x'), crypto.randomUUID()[14], '89ab'.includes(crypto.randomUUID()[19]));
console.log(crypto.randomUUIDv7()[14], crypto.randomUUIDv7({ disableEntropyCache: true }).length);
console.log(crypto.getRandomValues(new Uint8Array(5)).length, crypto.getRandomValues(new BigUint64Array(1)).constructor.name);
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(new Uint8Array(2), new Uint8Array([0, 1])));

let phase = 'sync';
crypto.randomBytes(0, (err, buf) => console.log('randomBytes(0) callback', phase, err, buf));
crypto.randomFill(new Uint8Array(0), (err, buf) => console.log('randomFill empty callback', phase, err, buf));
crypto.randomBytes(8, (err, buf) => console.log('randomBytes(8) callback', phase, err, buf.length));
crypto.randomInt(3, (err, n) => console.log('randomInt callback', phase, err, n >= 0 && n < 3));
process.nextTick(() => console.log('nextTick', phase));
phase = 'async';

const names = ['randomBytes', 'randomFill', 'randomFillSync', 'randomInt', 'randomUUID', 'randomUUIDv7',
  'getRandomValues', 'timingSafeEqual', 'createHash', 'createHmac', 'hash', 'getHashes', 'pbkdf2', 'pbkdf2Sync',
  'hkdf', 'hkdfSync', 'scrypt', 'scryptSync', 'createSecretKey'];
console.log(names.map((n) => `${n}:${crypto[n].length}`).join(' '));
console.log(Object.keys(crypto.constants).length > 40, crypto.constants.defaultCipherList === crypto.constants.defaultCoreCipherList);
console.log(crypto.webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle, typeof crypto.webcrypto.CryptoKey);
console.log(globalThis.crypto, globalThis.crypto.subtle, Object.keys(globalThis.crypto));
console.log(Object.getOwnPropertyNames(Crypto.prototype), Object.keys(globalThis).includes('crypto'));

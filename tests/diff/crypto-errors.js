// crypto's errors: class, code, message, the stack's first line and extra properties, for
// bad arguments and misuse of every function built so far.
const crypto = require('crypto');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    const extra = Object.keys(e).filter((k) => k !== 'code').map((k) => `${k}=${e[k]}`).join(',');
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.stack.split('\n')[0] === `${e.name}${e.code && e.stack.includes(`[${e.code}]`) ? ` [${e.code}]` : ''}: ${e.message}`, extra);
  }
}

show('hash unknown', () => crypto.createHash('nope'));
show('hash empty name', () => crypto.createHash(''));
show('hash number', () => crypto.createHash(1));
show('hash xof on sha256', () => crypto.createHash('sha256', { outputLength: 5 }));
show('hash outputLength -1', () => crypto.createHash('shake128', { outputLength: -1 }));
show('hash outputLength 1.5', () => crypto.createHash('shake128', { outputLength: 1.5 }));
show('hash outputLength string', () => crypto.createHash('shake128', { outputLength: '1' }));
show('hash outputLength 2^32', () => crypto.createHash('shake128', { outputLength: 2 ** 32 }));
for (const bad of [1, null, undefined, {}, [], new ArrayBuffer(1), Symbol('s'), true]) {
  show(`update ${typeof bad}`, () => crypto.createHash('sha1').update(bad));
}
show('update hex odd', () => crypto.createHash('sha1').update('abc', 'hex'));
show('update base64 odd', () => crypto.createHash('sha1').update('abc', 'base64'));
show('digest twice', () => { const h = crypto.createHash('sha1'); h.digest(); h.digest(); });
show('update after digest', () => { const h = crypto.createHash('sha1'); h.digest(); h.update('x'); });
show('copy after digest', () => { const h = crypto.createHash('sha1'); h.digest(); h.copy(); });
show('hash() unknown', () => crypto.hash('nope', 'a'));
show('hash() bad input', () => crypto.hash('sha1', 1));
show('hash() bad encoding', () => crypto.hash('sha1', 'a', 'bogus'));
show('hash() encoding type', () => crypto.hash('sha1', 'a', { outputEncoding: 1 }));
show('hash() options null', () => crypto.hash('sha1', 'a', null));
show('hash() xof length on sha1', () => crypto.hash('sha1', 'a', { outputLength: 4 }));
show('hash() algorithm type', () => crypto.hash(1, 'a'));
show('hmac unknown', () => crypto.createHmac('nope', 'k'));
show('hmac number name', () => crypto.createHmac(1, 'k'));
for (const bad of [undefined, null, 1, {}, true]) show(`hmac key ${bad}`, () => crypto.createHmac('sha256', bad));
show('hmac encoding type', () => crypto.createHmac('sha256', 'k', { encoding: 1 }));
show('hmac update after digest', () => { const h = crypto.createHmac('sha1', 'k'); h.digest(); h.update('x'); });
show('hmac digest twice', () => { const h = crypto.createHmac('sha1', 'k'); h.digest(); return h.digest('hex'); });
show('randomBytes -1', () => crypto.randomBytes(-1));
show('randomBytes string', () => crypto.randomBytes('1'));
show('randomBytes NaN', () => crypto.randomBytes(NaN));
show('randomBytes huge', () => crypto.randomBytes(2 ** 31));
show('randomBytes cb', () => crypto.randomBytes(1, 'x'));
show('randomFillSync array', () => crypto.randomFillSync([1]));
show('randomFillSync offset', () => crypto.randomFillSync(new Uint32Array(4), 5));
show('randomFillSync size', () => crypto.randomFillSync(new Uint32Array(4), 1, 4));
show('randomFillSync neg', () => crypto.randomFillSync(new Uint32Array(4), -1));
show('randomFillSync offset type', () => crypto.randomFillSync(new Uint8Array(4), '1'));
show('randomFillSync size type', () => crypto.randomFillSync(new Uint8Array(4), 1, '1'));
show('randomFill no cb', () => crypto.randomFill(new Uint8Array(4)));
show('randomFill bad cb', () => crypto.randomFill(new Uint8Array(4), 1, 2, 3));
show('randomFill offset', () => crypto.randomFill(new Uint8Array(4), 5, () => {}));
show('randomFill size', () => crypto.randomFill(new Float64Array(4), 1, 5, () => {}));
show('randomInt 0', () => crypto.randomInt(0));
show('randomInt float', () => crypto.randomInt(1.5));
show('randomInt string', () => crypto.randomInt('1'));
show('randomInt reversed', () => crypto.randomInt(5, 1));
show('randomInt range', () => crypto.randomInt(0, 2 ** 48 + 1));
show('randomInt max', () => crypto.randomInt(2 ** 48 + 1));
show('randomInt cb', () => crypto.randomInt(1, 2, 3));
show('randomInt min unsafe', () => crypto.randomInt(-(2 ** 53), 0));
show('randomUUID options', () => crypto.randomUUID(1));
show('randomUUID flag', () => crypto.randomUUID({ disableEntropyCache: 1 }));
show('randomUUIDv7 flag', () => crypto.randomUUIDv7({ disableEntropyCache: 'x' }));
show('getRandomValues float', () => crypto.getRandomValues(new Float32Array(2)));
show('getRandomValues big', () => crypto.getRandomValues(new Uint8Array(65537)));
show('getRandomValues dataview', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
show('getRandomValues none', () => crypto.getRandomValues());
show('webcrypto getRandomValues none', () => globalThis.crypto.getRandomValues());
show('webcrypto this', () => globalThis.crypto.getRandomValues.call({}, new Uint8Array(1)));
show('timingSafeEqual length', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
show('timingSafeEqual strings', () => crypto.timingSafeEqual('a', 'a'));
show('timingSafeEqual second', () => crypto.timingSafeEqual(Buffer.from('a'), 1));
show('secret key number', () => crypto.createSecretKey(1));
show('secret key export pem', () => crypto.createSecretKey(Buffer.from('k')).export({ format: 'pem' }));
show('secret key export 1', () => crypto.createSecretKey(Buffer.from('k')).export(1));
show('secret key equals', () => crypto.createSecretKey(Buffer.from('k')).equals('k'));
show('KeyObject handle', () => new crypto.KeyObject('secret', {}));
show('KeyObject type', () => new crypto.KeyObject('foo', {}));
show('KeyObject.from', () => crypto.KeyObject.from({}));
show('Crypto ctor', () => new Crypto());
show('SubtleCrypto ctor', () => new SubtleCrypto());
show('CryptoKey ctor', () => new CryptoKey());
(async () => {
  for (const [label, args] of [['digest md5', ['MD5', new Uint8Array(1)]], ['digest 1 arg', ['SHA-256']],
    ['digest string data', ['SHA-256', 'abc']], ['digest no name', [{}, new Uint8Array(1)]],
    ['digest null', [null, new Uint8Array(1)]]]) {
    try {
      await crypto.subtle.digest(...args);
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, JSON.stringify(e.message));
    }
  }
})();

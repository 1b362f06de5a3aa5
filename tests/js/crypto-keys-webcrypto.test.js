'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const crypto = require('node:crypto');
const util = require('node:util');

test('createSecretKey and the secret KeyObject', () => {
  const key = crypto.createSecretKey(Buffer.from('hello'));
  assert.ok(key instanceof crypto.KeyObject);
  assert.strictEqual(key.type, 'secret');
  assert.strictEqual(key.symmetricKeySize, 5);
  assert.strictEqual(key.asymmetricKeyType, undefined);
  assert.strictEqual(Object.prototype.toString.call(key), '[object KeyObject]');
  assert.deepStrictEqual(key.export(), Buffer.from('hello'));
  assert.deepStrictEqual(key.export({ format: 'buffer' }), Buffer.from('hello'));
  assert.deepStrictEqual(key.export({ format: 'jwk' }), { kty: 'oct', k: 'aGVsbG8' });
  assert.deepStrictEqual(Object.keys(key), []);
  assert.ok(util.types.isKeyObject(key));
  assert.ok(!util.types.isKeyObject({}));
  assert.ok(!util.types.isCryptoKey(key));

  // The key material is copied: changing the source does not change the key.
  const src = Buffer.from('abc');
  const k2 = crypto.createSecretKey(src);
  src[0] = 0;
  assert.strictEqual(k2.export().toString(), 'abc');
  assert.strictEqual(crypto.createSecretKey('616263', 'hex').export().toString(), 'abc');
  assert.strictEqual(crypto.createSecretKey(new ArrayBuffer(3)).symmetricKeySize, 3);
  assert.strictEqual(crypto.createSecretKey(Buffer.alloc(0)).symmetricKeySize, 0);

  assert.ok(key.equals(crypto.createSecretKey(Buffer.from('hello'))));
  assert.ok(!key.equals(crypto.createSecretKey(Buffer.from('hellO'))));
  assert.ok(!key.equals(crypto.createSecretKey(Buffer.from('hello!'))));
});

test('KeyObject errors', () => {
  const key = crypto.createSecretKey(Buffer.from('k'));
  assert.throws(() => key.export({ format: 'pem' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.format' must be one of: undefined, 'buffer', 'jwk'. Received 'pem'",
  });
  assert.throws(() => key.export(null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => key.equals(Buffer.from('k')), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "otherKeyObject" argument must be an instance of KeyObject. Received an instance of Buffer',
  });
  assert.throws(() => crypto.createSecretKey(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)',
  });
  assert.throws(() => new crypto.KeyObject('secret', {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "handle" argument must be of type object. Received an instance of Object',
  });
  assert.throws(() => new crypto.KeyObject('foo', {}), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => crypto.KeyObject.from(1), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('the crypto global is Web Crypto, read lazily', () => {
  const desc = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(desc.set, undefined);
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.get.name, 'get crypto');
  assert.throws(() => desc.get.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type nullish or must be the global object',
  });
  assert.strictEqual(globalThis.crypto, crypto.webcrypto);
  assert.strictEqual(crypto.subtle, globalThis.crypto.subtle);
  assert.ok(globalThis.crypto instanceof Crypto);
  assert.ok(crypto.subtle instanceof SubtleCrypto);
  assert.strictEqual(typeof CryptoKey, 'function');
  assert.strictEqual(Object.prototype.toString.call(globalThis.crypto), '[object Crypto]');
  assert.strictEqual(Object.prototype.toString.call(crypto.subtle), '[object SubtleCrypto]');
  assert.throws(() => new Crypto(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
  assert.throws(() => new SubtleCrypto(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
});

test('Crypto methods check their receiver and arguments', () => {
  const c = globalThis.crypto;
  assert.match(c.randomUUID(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.strictEqual(c.getRandomValues(new Uint16Array(3)).length, 3);
  const { getRandomValues, randomUUID } = c;
  assert.throws(() => getRandomValues(new Uint8Array(1)), { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Crypto' });
  assert.throws(() => randomUUID.call({}), { code: 'ERR_INVALID_THIS' });
  assert.throws(() => c.getRandomValues(), {
    name: 'TypeError', code: 'ERR_MISSING_ARGS',
    message: "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.",
  });
  assert.throws(() => c.getRandomValues(new Float32Array(1)), { name: 'TypeMismatchError' });
});

test('subtle.digest', async () => {
  const data = new TextEncoder().encode('abc');
  const digest = async (alg, d = data) => Buffer.from(await crypto.subtle.digest(alg, d)).toString('hex');
  const sha256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
  const result = await crypto.subtle.digest('SHA-256', data);
  assert.ok(result instanceof ArrayBuffer);
  assert.strictEqual(await digest('SHA-256'), sha256);
  assert.strictEqual(await digest('sha-256'), sha256);
  assert.strictEqual(await digest({ name: 'SHA-256' }), sha256);
  assert.strictEqual(await digest('SHA-256', data.buffer), sha256);
  assert.strictEqual(await digest('SHA-256', new DataView(data.buffer)), sha256);
  assert.strictEqual(await digest('SHA-1'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  assert.strictEqual(await digest('SHA-384'), crypto.hash('sha384', 'abc'));
  assert.strictEqual(await digest('SHA-512'), crypto.hash('sha512', 'abc'));

  // The data is read when digest() is called, not later.
  const mutable = new Uint8Array([0x61, 0x62, 0x63]);
  const pending = crypto.subtle.digest('SHA-256', mutable);
  mutable.fill(0);
  assert.strictEqual(Buffer.from(await pending).toString('hex'), sha256);

  await assert.rejects(crypto.subtle.digest('MD5', data), (e) => e instanceof DOMException &&
    e.name === 'NotSupportedError' && e.message === 'Unrecognized algorithm name');
  await assert.rejects(crypto.subtle.digest('SHA-256'), {
    name: 'TypeError', code: 'ERR_MISSING_ARGS',
    message: "Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only 1 present.",
  });
  await assert.rejects(crypto.subtle.digest('SHA-256', 'abc'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.",
  });
  await assert.rejects(crypto.subtle.digest({}, data), { code: 'ERR_MISSING_OPTION' });
  await assert.rejects(crypto.subtle.digest.call({}, 'SHA-256', data), { code: 'ERR_INVALID_THIS' });
});

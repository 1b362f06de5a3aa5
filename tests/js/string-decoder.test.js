'use strict';
// StringDecoder: characters split across writes are held back and completed, end() flushes.
const { test } = require('node:test');
const assert = require('node:assert');
const { StringDecoder } = require('node:string_decoder');

test('utf8 characters split across writes', () => {
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(Buffer.from([0xe2])), '');
  assert.strictEqual(d.lastNeed, 2);
  assert.strictEqual(d.lastTotal, 3);
  assert.strictEqual(d.write(Buffer.from([0x82])), '');
  assert.strictEqual(d.write(Buffer.from([0xac, 0x41])), '€A');
  assert.strictEqual(d.end(), '');
});

test('incomplete utf8 at end becomes U+FFFD', () => {
  const d = new StringDecoder();
  assert.strictEqual(d.write(Buffer.from([0x61, 0xf0, 0x9f])), 'a');
  assert.strictEqual(d.end(), '\ufffd');
  assert.strictEqual(d.write(Buffer.from([0xe2, 0x41])), '\ufffdA');
});

test('utf16le surrogate pairs and odd bytes', () => {
  const d = new StringDecoder('utf16le');
  const bytes = Buffer.from('😀', 'utf16le');
  assert.strictEqual(d.write(bytes.subarray(0, 2)), '');
  assert.strictEqual(d.lastNeed, 2);
  assert.strictEqual(d.write(bytes.subarray(2, 3)), '');
  assert.strictEqual(d.write(bytes.subarray(3)), '😀');
  assert.strictEqual(d.end(Buffer.from([0x61])), '');
});

test('base64 keeps partial groups', () => {
  const d = new StringDecoder('base64');
  assert.strictEqual(d.write(Buffer.from('ab')), '');
  assert.strictEqual(d.write(Buffer.from('cd')), 'YWJj');
  assert.strictEqual(d.end(), 'ZA==');
});

test('other encodings, strings and errors', () => {
  assert.strictEqual(new StringDecoder('hex').write(Buffer.from([1, 255])), '01ff');
  assert.strictEqual(new StringDecoder('latin1').write(Buffer.from([0xe9])), 'é');
  assert.strictEqual(new StringDecoder().write('as is'), 'as is');
  assert.strictEqual(new StringDecoder('UCS-2').encoding, 'utf16le');
  assert.throws(() => new StringDecoder('nope'), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.throws(() => new StringDecoder().write(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(new StringDecoder().lastChar.length, 4);
});

'use strict';
// TextEncoder / TextDecoder (expectations from Node 24).
const test = require('node:test');
const assert = require('node:assert');
const { TextEncoder, TextDecoder } = globalThis.libRequire ? libRequire('util') : require('node:util');
const u8 = (...b) => new Uint8Array(b);

test('TextEncoder', () => {
  const enc = new TextEncoder();
  assert.strictEqual(enc.encoding, 'utf-8');
  assert.deepStrictEqual([...enc.encode('h€\ud800')], [104, 226, 130, 172, 239, 191, 189]);
  assert.deepStrictEqual([...enc.encode()], []);
  assert.deepStrictEqual([...enc.encode(null)], [110, 117, 108, 108]);
  assert.deepStrictEqual(enc.encodeInto('a€😀', new Uint8Array(5)), { read: 2, written: 4 });
  assert.deepStrictEqual(enc.encodeInto('a€😀', new Uint8Array(8)), { read: 4, written: 8 });
  assert.throws(() => enc.encodeInto('a', []), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "dest" argument must be an instance of Uint8Array. Received an instance of Array' });
  assert.throws(() => enc.encodeInto(1, new Uint8Array(1)), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('TextDecoder labels and options', () => {
  assert.strictEqual(new TextDecoder('latin1').encoding, 'windows-1252');
  assert.strictEqual(new TextDecoder(' UTF8 ').encoding, 'utf-8');
  assert.strictEqual(new TextDecoder('utf-16').encoding, 'utf-16le');
  assert.strictEqual(new TextDecoder('utf-16be').encoding, 'utf-16be');
  assert.throws(() => new TextDecoder('foo'), { name: 'RangeError', code: 'ERR_ENCODING_NOT_SUPPORTED',
    message: 'The "foo" encoding is not supported' });
  const d = new TextDecoder('utf8', { fatal: 1 });
  assert.strictEqual(d.fatal, true);
  assert.strictEqual(d.ignoreBOM, false);
  assert.throws(() => TextDecoder.prototype.decode.call({}, u8(1)), { code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type TextDecoder' });
  assert.throws(() => new TextDecoder().decode(1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
});

test('TextDecoder decoding', () => {
  assert.strictEqual(new TextDecoder('latin1').decode(u8(0x80, 0xe9, 0x41)), '€éA');
  assert.strictEqual(new TextDecoder().decode(u8(0xef, 0xbb, 0xbf, 0x41)), 'A');
  assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(u8(0xef, 0xbb, 0xbf, 0x41)), '\ufeffA');
  assert.strictEqual(new TextDecoder().decode(u8(0xc0, 0x80, 0xed, 0xa0, 0x80, 0x61)), '\ufffd\ufffd\ufffd\ufffd\ufffda');
  assert.strictEqual(new TextDecoder('utf-16le').decode(u8(0xff, 0xfe, 0x41, 0, 0x3d, 0xd8)), 'A\ufffd');
  assert.strictEqual(new TextDecoder('utf-16be').decode(u8(0xfe, 0xff, 0, 0x41, 0xd8, 0x3d, 0xde, 0x00)), 'A😀');
  assert.strictEqual(new TextDecoder().decode(new DataView(u8(0x61, 0x62, 0x63).buffer, 1)), 'bc');
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(u8(0xff)), {
    name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA', message: 'The encoded data was not valid for encoding utf-8' });
  assert.throws(() => new TextDecoder('utf-16le', { fatal: true }).decode(u8(0x00, 0xd8)), {
    code: 'ERR_ENCODING_INVALID_ENCODED_DATA', message: 'The encoded data was not valid for encoding utf-16le' });
});

test('TextDecoder streaming', () => {
  let s = new TextDecoder();
  assert.deepStrictEqual([s.decode(u8(0xef, 0xbb, 0xbf, 0xe2, 0x82), { stream: true }), s.decode(u8(0xac)), s.decode(u8(0xe2))], ['', '€', '\ufffd']);
  s = new TextDecoder();
  assert.deepStrictEqual([s.decode(u8(0xf0, 0x9f), { stream: true }), s.decode(u8(0x98), { stream: true }),
                          s.decode(u8(0x80, 0x41), { stream: true }), s.decode()], ['', '', '😀A', '']);
  s = new TextDecoder();
  assert.deepStrictEqual([s.decode(u8(0xef, 0xbb), { stream: true }), s.decode(u8(0xbf, 0x42), { stream: true }),
                          s.decode(u8(0xef, 0xbb, 0xbf))], ['', 'B', '\ufeff']);
  s = new TextDecoder('utf-16le');
  assert.deepStrictEqual([s.decode(u8(0x41), { stream: true }), s.decode(u8(0x00, 0x3d), { stream: true }),
                          s.decode(u8(0xd8, 0x00, 0xde))], ['', 'A', '😀']);
  s = new TextDecoder('utf-8', { fatal: true });
  s.decode(u8(0xe2, 0x82), { stream: true });
  assert.throws(() => s.decode(), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
});

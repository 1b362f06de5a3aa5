'use strict';
// indexOf / lastIndexOf / includes, fill, copy, swap, transcode, atob/btoa, isUtf8/isAscii.
const { test } = require('node:test');
const assert = require('node:assert');
const { transcode, isUtf8, isAscii } = require('node:buffer');

test('indexOf family', () => {
  const b = Buffer.from('abc€abc');
  assert.strictEqual(b.indexOf('c'), 2);
  assert.strictEqual(b.indexOf('c', 3), 8);
  assert.strictEqual(b.lastIndexOf('abc'), 6);
  assert.strictEqual(b.lastIndexOf('abc', 5), 0);
  assert.strictEqual(b.indexOf('€'), 3);
  assert.strictEqual(b.indexOf(0xe2), 3);
  assert.strictEqual(b.indexOf(0x61 + 256), 0);
  assert.strictEqual(b.indexOf(Buffer.from('c€')), 2);
  assert.strictEqual(b.indexOf('YWJj', 1, 'base64'), 6);
  assert.strictEqual(b.indexOf('6263', 'hex'), 1);
  assert.strictEqual(b.indexOf('', 4), 4);
  assert.strictEqual(b.indexOf('a', -3), 6);
  assert.strictEqual(Buffer.from('abcab', 'utf16le').indexOf('b', 0, 'ucs2'), 2);
  assert.ok(b.includes('€a'));
  assert.ok(!b.includes('x'));
  assert.throws(() => b.indexOf({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => b.indexOf('a', 0, 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
});

test('fill', () => {
  assert.strictEqual(Buffer.alloc(5).fill('ab').toString(), 'ababa');
  assert.strictEqual(Buffer.alloc(5).fill('ab', 1, 4).toString('hex'), '0061626100');
  assert.strictEqual(Buffer.alloc(3).fill('\u0222').toString('hex'), 'c8a2c8');
  assert.strictEqual(Buffer.alloc(4).fill('a1b2', 'hex').toString('hex'), 'a1b2a1b2');
  assert.strictEqual(Buffer.alloc(3).fill(Buffer.from([1, 2])).toString('hex'), '010201');
  assert.strictEqual(Buffer.alloc(2).fill(257).toString('hex'), '0101');
  assert.throws(() => Buffer.alloc(2).fill('zz', 'hex'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => Buffer.alloc(2).fill('a', 0, 3), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => Buffer.alloc(2).fill('a', 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
});

test('copy, swap', () => {
  const src = Buffer.from('abcdef');
  const dst = Buffer.alloc(4, 0x2e);
  assert.strictEqual(src.copy(dst, 1, 2), 3);
  assert.strictEqual(dst.toString(), '.cde');
  const self = Buffer.from('012345');
  self.copy(self, 2, 0, 4);
  assert.strictEqual(self.toString(), '010123');
  assert.throws(() => src.copy(dst, -1), { code: 'ERR_OUT_OF_RANGE' });
  assert.strictEqual(Buffer.from([1, 2, 3, 4]).swap16().toString('hex'), '02010403');
  assert.strictEqual(Buffer.from([1, 2, 3, 4]).swap32().toString('hex'), '04030201');
  assert.strictEqual(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64().toString('hex'), '0807060504030201');
  assert.throws(() => Buffer.alloc(3).swap16(), { code: 'ERR_INVALID_BUFFER_SIZE', message: 'Buffer size must be a multiple of 16-bits' });
});

test('transcode, atob/btoa, isUtf8/isAscii', () => {
  assert.strictEqual(transcode(Buffer.from('h€llo'), 'utf8', 'latin1').toString('latin1'), 'h?llo');
  assert.strictEqual(transcode(Buffer.from('hé'), 'utf8', 'ucs2').toString('ucs2'), 'hé');
  assert.strictEqual(btoa('hello'), 'aGVsbG8=');
  assert.strictEqual(atob(' aGVs bG8= '), 'hello');
  assert.throws(() => atob('a'), { name: 'InvalidCharacterError' });
  assert.throws(() => btoa('€'), { name: 'InvalidCharacterError' });
  assert.ok(isUtf8(Buffer.from('h€llo')));
  assert.ok(!isUtf8(Buffer.from([0xed, 0xa0, 0x80])));
  assert.ok(isAscii(new Uint8Array([0x41])));
  assert.ok(!isAscii(Buffer.from('é')));
  assert.throws(() => isUtf8('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
});

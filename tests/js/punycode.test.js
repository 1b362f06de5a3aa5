'use strict';
const test = require('node:test');
const assert = require('node:assert');

test('punycode', () => {
  const punycode = require('node:punycode');
  assert.strictEqual(punycode.encode('mañana'), 'maana-pta');
  assert.strictEqual(punycode.decode('maana-pta'), 'mañana');
  assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
  assert.strictEqual(punycode.toUnicode('xn--maana-pta.com'), 'mañana.com');
  assert.strictEqual(punycode.toASCII('user@ü。com'), 'user@xn--tda.com');
  assert.deepStrictEqual(punycode.ucs2.decode('\u{1D306}'), [0x1d306]);
  assert.strictEqual(punycode.ucs2.encode([0x1d306]), '\u{1D306}');
  assert.throws(() => punycode.decode('!'), { name: 'RangeError', message: 'Invalid input' });
  assert.throws(() => punycode.decode('é-a'), { name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)' });
});

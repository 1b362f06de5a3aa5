'use strict';
const test = require('node:test');
const assert = require('node:assert');
const qs = require('node:querystring');

test('parse', () => {
  const o = qs.parse('a=1&a=2&b=x+y&c=%41%zz&d&=e');
  assert.strictEqual(Object.getPrototypeOf(o), null);
  assert.deepStrictEqual({ ...o }, { a: ['1', '2'], b: 'x y', c: 'A%zz', d: '', '': 'e' });
  assert.deepStrictEqual({ ...qs.parse('a:1;b:2', ';', ':') }, { a: '1', b: '2' });
  assert.strictEqual(Object.keys(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })).length, 2);
  assert.deepStrictEqual({ ...qs.parse('a=%41', null, null, { decodeURIComponent: (s) => `<${s}>` }) }, { '<a>': '<%41>' });
  assert.deepStrictEqual({ ...qs.parse(5) }, {});
});

test('stringify', () => {
  assert.strictEqual(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: 1e21, f: 10n, g: [] }),
                     'a=1&a=2&b=x%20y&c=true&d=&e=1e%2B21&f=10');
  assert.strictEqual(qs.stringify({ a: 'b c' }, ';', ':'), 'a:b%20c');
  assert.strictEqual(qs.stringify({ a: 'b' }, null, null, { encodeURIComponent: (s) => `[${s}]` }), '[a]=[b]');
  assert.strictEqual(qs.stringify('str'), '');
  assert.strictEqual(qs.encode, qs.stringify);
  assert.strictEqual(qs.decode, qs.parse);
});

test('escape / unescape', () => {
  assert.strictEqual(qs.escape('a b~!*()\'é'), 'a%20b~!*()\'%C3%A9');
  assert.strictEqual(qs.escape('\ud800x'), '%F0%90%81%B8');
  assert.throws(() => qs.escape('\ud800'), { name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed' });
  assert.strictEqual(qs.unescape('%41+%zz'), 'A+%zz');
  assert.strictEqual(qs.unescape('%E4%zz+', true), '\ufffd%zz ');
  assert.deepStrictEqual([...qs.unescapeBuffer('%41+b', true)], [0x41, 0x20, 0x62]);
});

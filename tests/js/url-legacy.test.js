'use strict';
const test = require('node:test');
const assert = require('node:assert');
const url = require('node:url');

test('url.parse', () => {
  const u = url.parse('HTTP://user:pass@Host.COM:8080/p/a/t/h?query=string#hash');
  assert.ok(u instanceof url.Url);
  assert.deepStrictEqual({ ...u }, {
    protocol: 'http:', slashes: true, auth: 'user:pass', host: 'host.com:8080', port: '8080',
    hostname: 'host.com', hash: '#hash', search: '?query=string', query: 'query=string',
    pathname: '/p/a/t/h', path: '/p/a/t/h?query=string',
    href: 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  });
  assert.deepStrictEqual({ ...url.parse('/x?a=1&a=2', true).query }, { a: ['1', '2'] });
  assert.strictEqual(url.parse('//h/p', false, true).host, 'h');
  assert.strictEqual(url.parse('//h/p').host, null);
  assert.strictEqual(url.parse('http://a b/').href, 'http://a/%20b/');
  assert.strictEqual(url.parse('http://bücher.de/').hostname, 'xn--bcher-kva.de');
  assert.strictEqual(url.parse('mailto:A@B.com').auth, 'A');
  assert.throws(() => url.parse(5), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('url.format', () => {
  assert.strictEqual(url.format({ protocol: 'http', host: 'a.com', pathname: 'x', search: 'y', hash: 'z' }), 'http://a.com/x?y#z');
  assert.strictEqual(url.format({ protocol: 'https', hostname: 'h', port: 8, query: { a: [1, 2] } }), 'https://h:8?a=1&a=2');
  assert.strictEqual(url.format({ hostname: '::1', port: 8 }), '[::1]:8');
  assert.strictEqual(url.format({ protocol: 'file', pathname: '/x' }), 'file:///x');
  const w = new URL('http://u:p@xn--bcher-kva.example:81/a?b#c');
  assert.strictEqual(url.format(w, { fragment: false, search: false, auth: false, unicode: true }), 'http://bücher.example:81/a');
  assert.throws(() => url.format(5), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('url.resolve', () => {
  const cases = [
    ['http://a/b/c/d;p?q', 'g', 'http://a/b/c/g'], ['http://a/b/c/d;p?q', '../..', 'http://a/'],
    ['http://a/b/c/d;p?q', '//g', 'http://g/'], ['http://a/b/c/d;p?q', '?y', 'http://a/b/c/d;p?y'],
    ['/one/two/three', 'four', '/one/two/four'], ['http://example.com/', '/one', 'http://example.com/one'],
    ['http://example.com/one', '/two', 'http://example.com/two'], ['mailto:a@b', 'c', 'mailto:a@c'],
    ['http://a/b', 'https:g', 'https://g/'],
  ];
  for (const [from, to, expected] of cases) assert.strictEqual(url.resolve(from, to), expected, `${from} + ${to}`);
});

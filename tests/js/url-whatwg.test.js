'use strict';
const test = require('node:test');
const assert = require('node:assert');
const url = require('node:url');

test('URL parses and serialises per the URL Standard', () => {
  const u = new URL('HTTPS://User:Pw@EXAMPLE.com:443/a/./b/../c?x=1 2#frag ment');
  assert.strictEqual(u.href, 'https://User:Pw@example.com/a/c?x=1%202#frag%20ment');
  assert.strictEqual(u.origin, 'https://example.com');
  assert.strictEqual(u.port, '');
  assert.strictEqual(new URL('../d', 'http://h/a/b/c').href, 'http://h/a/d');
  assert.strictEqual(new URL('http://0x7f.1/').hostname, '127.0.0.1');
  assert.strictEqual(new URL('http://[1:0:0:2::3:0]/').host, '[1::2:0:0:3:0]');
  assert.strictEqual(new URL('http://Bücher.example/').hostname, 'xn--bcher-kva.example');
  assert.strictEqual(new URL('http://☃.net/').hostname, 'xn--n3h.net');
  assert.strictEqual(new URL('file:///C|/x').href, 'file:///C:/x');
  assert.strictEqual(new URL('sc:a b ?q').href, 'sc:a b%20?q');
});

test('invalid URLs throw ERR_INVALID_URL with input and base', () => {
  assert.throws(() => new URL('x', 'bad'), (e) => {
    assert.strictEqual(e.name, 'TypeError');
    assert.strictEqual(e.code, 'ERR_INVALID_URL');
    assert.strictEqual(e.message, 'Invalid URL');
    assert.strictEqual(e.input, 'x');
    assert.strictEqual(e.base, 'bad');
    return true;
  });
  assert.throws(() => new URL('http://a b/'), { code: 'ERR_INVALID_URL', input: 'http://a b/' });
  assert.throws(() => new URL(), { code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified' });
  assert.strictEqual(URL.canParse('http://x'), true);
  assert.strictEqual(URL.canParse('x'), false);
  assert.strictEqual(URL.canParse('x', 'http://y/'), true);
  assert.strictEqual(URL.parse('x'), null);
  assert.strictEqual(URL.parse('/p', 'http://y/').href, 'http://y/p');
});

test('setters apply state overrides', () => {
  const u = new URL('http://example.com/p');
  u.protocol = 'sc';  // special to non-special: ignored
  assert.strictEqual(u.protocol, 'http:');
  u.port = '8080abc';
  assert.strictEqual(u.port, '8080');
  u.port = '80';
  assert.strictEqual(u.port, '');
  u.host = 'x.org:99';
  assert.strictEqual(u.host, 'x.org:99');
  u.hostname = 'y.org:5';
  assert.strictEqual(u.host, 'x.org:99');
  u.pathname = 'a b';
  assert.strictEqual(u.pathname, '/a%20b');
  u.search = 'q=1';
  u.hash = 'h';
  assert.strictEqual(u.href, 'http://x.org:99/a%20b?q=1#h');
  assert.throws(() => { u.href = 'nope'; }, { code: 'ERR_INVALID_URL' });
});

test('searchParams is live in both directions', () => {
  const u = new URL('http://a/?x=1');
  const sp = u.searchParams;
  sp.append('y', 'a b');
  assert.strictEqual(u.search, '?x=1&y=a+b');
  u.search = '?z=2';
  assert.deepStrictEqual([...sp], [['z', '2']]);
  sp.delete('z');
  assert.strictEqual(u.href, 'http://a/');
  assert.strictEqual(sp, u.searchParams);
});

test('URLSearchParams', () => {
  const p = new URLSearchParams('?a=1&b=2&a=3&c=%zz+x');
  assert.strictEqual(p.get('a'), '1');
  assert.deepStrictEqual(p.getAll('a'), ['1', '3']);
  assert.strictEqual(p.get('c'), '%zz x');
  assert.strictEqual(p.has('a', '3'), true);
  assert.strictEqual(p.size, 4);
  p.sort();
  assert.strictEqual(p.toString(), 'a=1&a=3&b=2&c=%25zz+x');
  p.set('a', '~!\'()*');
  assert.strictEqual(p.toString(), 'a=%7E%21%27%28%29*&b=2&c=%25zz+x');
  assert.strictEqual(new URLSearchParams({ x: 1, y: 'é' }).toString(), 'x=1&y=%C3%A9');
  assert.strictEqual(new URLSearchParams([['k', 'v']]).toString(), 'k=v');
  assert.throws(() => new URLSearchParams([['k']]), { code: 'ERR_INVALID_TUPLE', message: 'Each query pair must be an iterable [name, value] tuple' });
  assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 1 }), { code: 'ERR_ARG_NOT_ITERABLE' });
  assert.throws(() => p.append('x'), { code: 'ERR_MISSING_ARGS', message: 'The "name" and "value" arguments must be specified' });
  assert.throws(() => URLSearchParams.prototype.get.call({}, 'a'), { code: 'ERR_INVALID_THIS' });
  assert.throws(() => p.forEach(1), { code: 'ERR_INVALID_ARG_TYPE' });
  const seen = [];
  p.forEach((v, k) => seen.push(k + v));
  assert.deepStrictEqual(seen, ['a~!\'()*', 'b2', 'c%zz x']);
});

test('inspect output matches Node', () => {
  const { inspect } = require('node:util');
  assert.strictEqual(inspect(new URLSearchParams('a=1&b=2')), "URLSearchParams { 'a' => '1', 'b' => '2' }");
  assert.strictEqual(inspect(new URLSearchParams()), 'URLSearchParams {}');
  assert.strictEqual(inspect(new URLSearchParams('a=b').keys()), "URLSearchParams Iterator { 'a' }");
  assert.match(inspect(new URL('http://a/')), /^URL \{\n {2}href: 'http:\/\/a\/',\n {2}origin: 'http:\/\/a',/);
});

test('domainToASCII / domainToUnicode', () => {
  assert.strictEqual(url.domainToASCII('español.com'), 'xn--espaol-zwa.com');
  assert.strictEqual(url.domainToASCII('xn--iñvalid.com'), '');
  assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'español.com');
  assert.strictEqual(url.domainToUnicode('a b'), '');
});

test('fileURLToPath / pathToFileURL', () => {
  assert.strictEqual(url.fileURLToPath('file:///a%20b/c'), '/a b/c');
  assert.strictEqual(url.fileURLToPath('file:///C:/a%20b', { windows: true }), 'C:\\a b');
  assert.strictEqual(url.fileURLToPath('file://host/share/f', { windows: true }), '\\\\host\\share\\f');
  assert.throws(() => url.fileURLToPath('file://host/a', { windows: false }), { code: 'ERR_INVALID_FILE_URL_HOST' });
  assert.throws(() => url.fileURLToPath('file:///a%2fb'), { code: 'ERR_INVALID_FILE_URL_PATH' });
  assert.throws(() => url.fileURLToPath('http://x/'), { code: 'ERR_INVALID_URL_SCHEME' });
  assert.strictEqual(url.pathToFileURL('/a b#?%~').href, 'file:///a%20b%23%3F%25%7E');
  assert.strictEqual(url.pathToFileURL('C:\\a\\b c', { windows: true }).href, 'file:///C:/a/b%20c');
  assert.strictEqual(url.pathToFileURL('\\\\server\\share\\f', { windows: true }).href, 'file://server/share/f');
});

test('urlToHttpOptions', () => {
  const o = url.urlToHttpOptions(new URL('https://u:p@[::1]:99/a?b#c'));
  assert.strictEqual(o.hostname, '::1');
  assert.strictEqual(o.port, 99);
  assert.strictEqual(o.path, '/a?b');
  assert.strictEqual(o.auth, 'u:p');
});

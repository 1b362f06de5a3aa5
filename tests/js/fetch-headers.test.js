'use strict';
// Headers: guards, Set-Cookie, sorted-and-combined iteration, validation (as Node's undici).
const test = require('node:test');
const assert = require('node:assert');

test('append combines values; iteration is sorted by lower-cased name', () => {
  const h = new Headers({ B: '2', a: '1' });
  h.append('A', '3');
  assert.deepStrictEqual([...h], [['a', '1, 3'], ['b', '2']]);
  assert.strictEqual(h.get('a'), '1, 3');
  assert.deepStrictEqual([...h.keys()], ['a', 'b']);
  assert.deepStrictEqual([...h.values()], ['1, 3', '2']);
});

test('Set-Cookie values stay separate', () => {
  const h = new Headers([['Set-Cookie', 'a=1'], ['set-cookie', 'b=2'], ['x', 'y']]);
  assert.deepStrictEqual(h.getSetCookie(), ['a=1', 'b=2']);
  assert.strictEqual(h.get('set-cookie'), 'a=1, b=2');
  assert.deepStrictEqual([...h], [['set-cookie', 'a=1'], ['set-cookie', 'b=2'], ['x', 'y']]);
  h.set('set-cookie', 'c=3');
  assert.deepStrictEqual(h.getSetCookie(), ['c=3']);
  h.delete('Set-Cookie');
  assert.deepStrictEqual(h.getSetCookie(), []);
  assert.strictEqual(new Headers([['cookie', 'a'], ['Cookie', 'b']]).get('cookie'), 'a; b');
});

test('values are trimmed of HTTP whitespace; names and values validated', () => {
  assert.strictEqual(new Headers({ a: ' \tx \r\n' }).get('a'), 'x');
  assert.throws(() => new Headers({ 'a b': '1' }), { name: 'TypeError', message: 'Headers.append: "a b" is an invalid header name.' });
  assert.throws(() => new Headers().set('a', 'x\0'), { message: 'Headers.set: "x\0" is an invalid header value.' });
  assert.throws(() => new Headers().get('a:'), { message: 'Headers.get: "a:" is an invalid header name.' });
  assert.throws(() => new Headers().append('a'), { message: 'Headers.append: 2 arguments required, but only 1 found.' });
  assert.throws(() => new Headers([['a']]), { message: 'Headers constructor: expected name/value pair to be length 2, found 1.' });
  assert.throws(() => new Headers(1), { name: 'TypeError' });
  assert.throws(() => new Headers({ a: '\u0100' }), /ByteString/);
  assert.throws(() => Headers.prototype.has.call({}, 'a'), { code: 'ERR_INVALID_THIS', message: 'Illegal invocation' });
});

test('immutable guard on Response.error() and fetched responses', async () => {
  assert.throws(() => Response.error().headers.set('a', 'b'), { name: 'TypeError', message: 'immutable' });
  const r = await fetch('data:,x');
  assert.throws(() => r.headers.append('a', 'b'), { message: 'immutable' });
  assert.throws(() => r.headers.delete('content-type'), { message: 'immutable' });
  const ok = new Response('x');
  ok.headers.set('a', 'b');
  assert.strictEqual(ok.headers.get('a'), 'b');
});

test('iteration is live; forEach passes (value, key, headers)', () => {
  const h = new Headers({ c: '1' });
  const seen = [];
  for (const [k] of h) {
    seen.push(k);
    if (seen.length === 1) h.append('a', 'z');
  }
  assert.deepStrictEqual(seen, ['c', 'c']);
  const calls = [];
  h.forEach(function(v, k, o) { calls.push([v, k, o === h, this.x]); }, { x: 7 });
  assert.deepStrictEqual(calls, [['z', 'a', true, 7], ['1', 'c', true, 7]]);
  assert.strictEqual(Object.prototype.toString.call(h.entries()), '[object Headers Iterator]');
});

test('util.inspect shows the first spelling and the combined value', () => {
  const h = new Headers({ 'X-A': '1' });
  h.append('x-a', '2');
  assert.strictEqual(require('util').inspect(h), "Headers { 'X-A': '1, 2' }");
  assert.strictEqual(Object.prototype.toString.call(h), '[object Headers]');
});

test('copying Headers, Maps and records', () => {
  const src = new Headers([['Set-Cookie', 'a'], ['set-cookie', 'b']]);
  assert.deepStrictEqual(new Headers(src).getSetCookie(), ['a', 'b']);
  assert.deepStrictEqual([...new Headers(new Map([['k', 'v']]))], [['k', 'v']]);
  assert.deepStrictEqual([...new Headers(Object.create({ inherited: 'x' }, { own: { value: 'y', enumerable: true } }))], [['own', 'y']]);
});

'use strict';
// Request and Response construction, validation, statics, clone and signals; data:/blob: fetch.
const test = require('node:test');
const assert = require('node:assert');

test('Response init and statics', async () => {
  const r = new Response('x', { status: 201, statusText: 'Made', headers: { a: 'b' } });
  assert.deepStrictEqual([r.status, r.statusText, r.ok, r.type, r.url, r.redirected], [201, 'Made', true, 'default', '', false]);
  assert.strictEqual(r.headers.get('a'), 'b');
  assert.throws(() => new Response(null, { status: 99 }), { name: 'RangeError', message: 'init["status"] must be in the range of 200 to 599, inclusive.' });
  assert.throws(() => new Response('x', { status: 204 }), { name: 'TypeError', message: 'Response constructor: Invalid response status code 204' });
  assert.throws(() => new Response(null, { statusText: 'a\nb' }), { message: 'Invalid statusText' });
  const e = Response.error();
  assert.deepStrictEqual([e.type, e.status, e.ok, e.body], ['error', 0, false, null]);
  const j = Response.json({ a: 1 }, { status: 202 });
  assert.deepStrictEqual([j.status, j.headers.get('content-type'), await j.json()], [202, 'application/json', { a: 1 }]);
  assert.throws(() => Response.json(undefined), { message: 'Value is not JSON serializable' });
  const red = Response.redirect('http://example.test/x', 307);
  assert.deepStrictEqual([red.status, red.headers.get('location')], [307, 'http://example.test/x']);
  assert.throws(() => Response.redirect('http://a/', 200), { name: 'RangeError', message: 'Invalid status code 200' });
  assert.throws(() => Response.redirect('/rel'), { message: 'Failed to parse URL from /rel' });
});

test('Request init members', () => {
  const r = new Request('http://a.test/p?q#h', {
    method: 'post', headers: { x: '1' }, body: 'b', redirect: 'manual', credentials: 'include',
    cache: 'no-store', mode: 'same-origin', referrer: '', referrerPolicy: 'no-referrer', integrity: 'sha256-x', keepalive: true,
  });
  assert.deepStrictEqual(
    [r.method, r.url, r.redirect, r.credentials, r.cache, r.mode, r.referrer, r.referrerPolicy, r.integrity, r.keepalive, r.duplex],
    ['POST', 'http://a.test/p?q#h', 'manual', 'include', 'no-store', 'same-origin', '', 'no-referrer', 'sha256-x', true, 'half']);
  assert.deepStrictEqual([...r.headers], [['content-type', 'text/plain;charset=UTF-8'], ['x', '1']]);
  const d = new Request('http://a.test/');
  assert.deepStrictEqual([d.method, d.mode, d.credentials, d.redirect, d.referrer, d.body], ['GET', 'cors', 'same-origin', 'follow', 'about:client', null]);
  assert.strictEqual(new Request('http://a/', { method: 'delete' }).method, 'DELETE');
  assert.strictEqual(new Request('http://a/', { method: 'Custom' }).method, 'Custom');
});

test('Request validation errors', () => {
  assert.throws(() => new Request('/relative'), (e) => e.message === 'Failed to parse URL from /relative' && e.cause instanceof TypeError);
  assert.throws(() => new Request('http://u:p@a/'), { message: 'Request cannot be constructed from a URL that includes credentials: http://u:p@a/' });
  assert.throws(() => new Request('http://a/', { body: 'x' }), { message: 'Request with GET/HEAD method cannot have body.' });
  assert.throws(() => new Request('http://a/', { method: 'TRACE' }), { message: "'TRACE' HTTP method is unsupported." });
  assert.throws(() => new Request('http://a/', { method: 'a b' }), { message: "'a b' is not a valid HTTP method." });
  assert.throws(() => new Request('http://a/', { method: 'POST', body: new ReadableStream() }), { message: 'RequestInit: duplex option is required when sending a body.' });
  assert.throws(() => new Request('http://a/', { signal: {} }), { message: 'RequestInit: Expected signal ("{}") to be an instance of AbortSignal.' });
  assert.throws(() => new Request('http://a/', { redirect: 'x' }), { message: 'undefined: x is not an accepted type. Expected one of follow, manual, error.' });
  assert.throws(() => new Request(), { message: 'Request constructor: 1 argument required, but 0 found.' });
  const s = new Request('http://a/', { method: 'POST', body: new ReadableStream(), duplex: 'half' });
  assert.ok(s.body instanceof ReadableStream);
});

test('Request signal follows the init signal, through clones', () => {
  const ac = new AbortController();
  const r = new Request('http://a/', { signal: ac.signal });
  assert.notStrictEqual(r.signal, ac.signal);
  const c = r.clone();
  const cc = new Request(c).clone();
  ac.abort('why');
  assert.strictEqual(r.signal.aborted, true);
  assert.strictEqual(r.signal.reason, 'why');
  assert.strictEqual(c.signal.reason, 'why');
  assert.strictEqual(cc.signal.reason, 'why');
});

test('clone keeps everything and tees the body', async () => {
  const r = new Request('http://a/', { method: 'PUT', body: 'zz', headers: { k: 'v' } });
  const c = r.clone();
  assert.deepStrictEqual([c.method, c.url, c.headers.get('k')], ['PUT', 'http://a/', 'v']);
  c.headers.set('k', 'changed');
  assert.strictEqual(r.headers.get('k'), 'v');
  assert.strictEqual(await r.text(), 'zz');
  assert.strictEqual(await c.text(), 'zz');
});

test('fetch of data: and blob: URLs', async () => {
  const r = await fetch('data:text/plain;base64,SGk=');
  assert.deepStrictEqual([r.status, r.statusText, r.type, r.headers.get('content-type'), await r.text()], [200, 'OK', 'basic', 'text/plain', 'Hi']);
  const url = URL.createObjectURL(new Blob(['blob!'], { type: 'text/x' }));
  const b = await fetch(url);
  assert.deepStrictEqual([b.headers.get('content-length'), b.headers.get('content-type'), await b.text()], ['5', 'text/x', 'blob!']);
  URL.revokeObjectURL(url);
  await assert.rejects(fetch(url), (e) => e.message === 'fetch failed' && e.cause.message === 'invalid method');
  await assert.rejects(fetch('data:nocomma'), (e) => e instanceof TypeError && e.cause.message === 'failed to fetch the data URL');
  await assert.rejects(fetch('ftp://x/'), (e) => e.cause.message === 'unknown scheme');
  await assert.rejects(fetch('not a url'), { name: 'TypeError', message: 'Failed to parse URL from not a url' });
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(fetch('data:,x', { signal: ac.signal }), { name: 'AbortError' });
});

test('util.inspect of Response and Request', () => {
  const { inspect } = require('util');
  assert.match(inspect(new Response(null)), /^Response \{\n {2}status: 200,\n {2}statusText: '',\n {2}headers: Headers \{\},\n {2}body: null,/);
  assert.match(inspect(new Request('http://a/')), /^Request \{\n {2}method: 'GET',\n {2}url: 'http:\/\/a\/',/);
});

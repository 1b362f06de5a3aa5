'use strict';
// The Body mixin on Request and Response: extraction, content types, consumption, streams.
const test = require('node:test');
const assert = require('node:assert');

test('content types from the body kind', () => {
  const ct = (b) => new Response(b).headers.get('content-type');
  assert.strictEqual(ct('x'), 'text/plain;charset=UTF-8');
  assert.strictEqual(ct(new URLSearchParams('a=1')), 'application/x-www-form-urlencoded;charset=UTF-8');
  assert.strictEqual(ct(new Blob(['x'], { type: 'Text/HTML' })), 'text/html');
  assert.strictEqual(ct(new Uint8Array(1)), null);
  assert.strictEqual(new Response('x', { headers: { 'Content-Type': 'a/b' } }).headers.get('content-type'), 'a/b');
});

test('text/json/arrayBuffer/bytes/blob', async () => {
  assert.strictEqual(await new Response('héllo').text(), 'héllo');
  assert.deepStrictEqual(await new Response('{"a":[1]}').json(), { a: [1] });
  const ab = await new Response(new Uint8Array([1, 2, 3])).arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [1, 2, 3]);
  const bytes = await new Response('ab').bytes();
  assert.ok(bytes instanceof Uint8Array);
  assert.deepStrictEqual([...bytes], [97, 98]);
  const blob = await new Response('xyz', { headers: { 'content-type': 'Text/Plain;Charset=UTF-8' } }).blob();
  assert.strictEqual(blob.type, 'text/plain;charset=utf-8');
  assert.strictEqual(await blob.text(), 'xyz');
  await assert.rejects(new Response('{').json(), SyntaxError);
});

test('a body is read once; bodyUsed and a locked stream make it unusable', async () => {
  const r = new Response('x');
  assert.strictEqual(r.bodyUsed, false);
  await r.text();
  assert.strictEqual(r.bodyUsed, true);
  assert.strictEqual(r.body.locked, true);
  await assert.rejects(r.text(), { name: 'TypeError', message: 'Body is unusable: Body has already been read' });
  const locked = new Response('y');
  locked.body.getReader();
  await assert.rejects(locked.arrayBuffer(), { message: 'Body is unusable: Body has already been read' });
  assert.throws(() => r.clone(), { message: 'Response.clone: Body has already been consumed.' });
});

test('body is a byte ReadableStream', async () => {
  const r = new Response('hello');
  assert.ok(r.body instanceof ReadableStream);
  const reader = r.body.getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(2));
  assert.deepStrictEqual([...value], [104, 101]);
  assert.strictEqual(new Response(null).body, null);
  assert.strictEqual(new Response().body, null);
});

test('ReadableStream and async iterable bodies', async () => {
  const stream = new ReadableStream({
    start(c) { c.enqueue(new Uint8Array([65])); c.enqueue(new Uint8Array([66])); c.close(); },
  });
  assert.strictEqual(await new Response(stream).text(), 'AB');
  async function* gen() { yield 'a'; yield Buffer.from('b'); yield new Uint8Array([99]); }
  assert.strictEqual(await new Response(gen()).text(), 'abc');
  await assert.rejects(new Response(new ReadableStream({ start(c) { c.enqueue('s'); c.close(); } })).text(),
                       { name: 'TypeError', message: 'Received non-Uint8Array chunk' });
  await assert.rejects(new Response(new ReadableStream({ start(c) { c.error(new Error('boom')); } })).text(), /boom/);
  const used = new ReadableStream();
  used.getReader();
  assert.throws(() => new Response(used), { message: 'Response body object should not be disturbed or locked' });
});

test('clone tees the body', async () => {
  const a = new Response('abc');
  const b = a.clone();
  assert.strictEqual(await a.text(), 'abc');
  assert.strictEqual(await b.text(), 'abc');
  const s = new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } }));
  const s2 = s.clone();
  assert.deepStrictEqual([...await s.bytes()], [1]);
  assert.deepStrictEqual([...await s2.bytes()], [1]);
});

test('buffer bodies are copied at construction', async () => {
  const u = new Uint8Array([1, 2, 3]);
  const r = new Response(u);
  u[0] = 9;
  assert.deepStrictEqual([...await r.bytes()], [1, 2, 3]);
  const ab = new ArrayBuffer(2);
  const r2 = new Request('http://x/', { method: 'POST', body: ab });
  new Uint8Array(ab)[0] = 5;
  assert.deepStrictEqual([...await r2.bytes()], [0, 0]);
});

test('a Request built from another takes its body over', async () => {
  const a = new Request('http://x/', { method: 'POST', body: 'q' });
  const b = new Request(a);
  assert.strictEqual(a.bodyUsed, true);
  assert.strictEqual(await b.text(), 'q');
  assert.throws(() => new Request(a), { message: 'Cannot construct a Request with a Request object that has already been used.' });
});

'use strict';
// FormData entries, Blob/File values, multipart/form-data and urlencoded round trips.
const test = require('node:test');
const assert = require('node:assert');

test('append/set/get/getAll/has/delete keep order', () => {
  const fd = new FormData();
  fd.append('a', '1');
  fd.append('b', '2');
  fd.append('a', '3');
  assert.strictEqual(fd.get('a'), '1');
  assert.deepStrictEqual(fd.getAll('a'), ['1', '3']);
  fd.set('a', '4');
  assert.deepStrictEqual([...fd], [['a', '4'], ['b', '2']]);
  fd.delete('b');
  assert.strictEqual(fd.has('b'), false);
  assert.strictEqual(fd.get('b'), null);
  fd.append('n', 5);
  assert.strictEqual(fd.get('n'), '5');
});

test('Blob values become Files; a filename renames', () => {
  const fd = new FormData();
  fd.append('b', new Blob(['xyz'], { type: 'text/x' }));
  const f = fd.get('b');
  assert.ok(f instanceof File);
  assert.strictEqual(f.name, 'blob');
  assert.strictEqual(f.type, 'text/x');
  const orig = new File(['q'], 'orig.txt', { lastModified: 42 });
  fd.append('f', orig);
  assert.strictEqual(fd.get('f'), orig);
  fd.set('f', orig, 'renamed.txt');
  assert.strictEqual(fd.get('f').name, 'renamed.txt');
  assert.strictEqual(fd.get('f').lastModified, 42);
  assert.throws(() => fd.append('x', 'str', 'name'), { message: 'FormData.append: Expected value ("\"str\"") to be an instance of Blob.' });
  assert.throws(() => fd.append('x'), { message: 'FormData.append: 2 arguments required, but only 1 found.' });
  assert.throws(() => new FormData({}), { name: 'TypeError' });
});

test('multipart/form-data serialization and parsing round trip', async () => {
  const fd = new FormData();
  fd.append('text', 'line1\nline2');
  fd.append('na"me', 'v');
  fd.append('file', new File([new Uint8Array([0, 255, 10, 13])], 'data.bin', { type: 'application/x-bin' }));
  fd.append('blob', new Blob(['b']));
  const res = new Response(fd);
  const type = res.headers.get('content-type');
  assert.match(type, /^multipart\/form-data; boundary=----formdata-undici-0\d{11}$/);
  const boundary = type.slice(type.indexOf('=') + 1);
  const raw = await res.clone().text();
  assert.ok(raw.startsWith(`--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\nline1\r\nline2\r\n`));
  assert.ok(raw.includes('name="na%22me"'));
  assert.ok(raw.includes('filename="data.bin"\r\nContent-Type: application/x-bin\r\n\r\n'));
  assert.ok(raw.includes('filename="blob"\r\nContent-Type: application/octet-stream\r\n'));
  assert.ok(raw.endsWith(`--${boundary}--\r\n`));
  const back = await res.formData();
  assert.strictEqual(back.get('text'), 'line1\r\nline2');
  assert.strictEqual(back.get('na"me'), 'v');
  const file = back.get('file');
  assert.strictEqual(file.name, 'data.bin');
  assert.strictEqual(file.type, 'application/x-bin');
  assert.deepStrictEqual([...new Uint8Array(await file.arrayBuffer())], [0, 255, 10, 13]);
});

test('formData() parses urlencoded bodies and rejects other types', async () => {
  const fd = await new Response('a=1&b=x+y&c=%26', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
  assert.deepStrictEqual([...fd], [['a', '1'], ['b', 'x y'], ['c', '&']]);
  await assert.rejects(new Response('a=1').formData(), {
    name: 'TypeError', message: 'Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".',
  });
  await assert.rejects(new Response('x', { headers: { 'content-type': 'multipart/form-data' } }).formData(), (err) => {
    assert.strictEqual(err.message, 'Failed to parse body as FormData.');
    assert.strictEqual(err.cause.message, 'missing boundary in content-type header');
    return true;
  });
  await assert.rejects(new Response('x', { headers: { 'content-type': 'multipart/form-data; boundary=q' } }).formData(),
                       (err) => err.cause.message === 'no boundary found in multipart body');
});

test('util.inspect groups repeated names', () => {
  const fd = new FormData();
  fd.append('a', '1');
  fd.append('a', '2');
  fd.append('b', '3');
  assert.strictEqual(require('util').inspect(fd), "FormData { a: [ '1', '2' ], b: '3' }");
});

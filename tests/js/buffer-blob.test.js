'use strict';
// Blob and File.
const { test } = require('node:test');
const assert = require('node:assert');
const { Blob, File, resolveObjectURL } = require('node:buffer');

test('Blob parts, type, slice and reading', async () => {
  const b = new Blob(['ab', Buffer.from('c'), new Uint8Array([0x64]), new Blob(['e'])], { type: 'Text/Plain' });
  assert.strictEqual(b.size, 5);
  assert.strictEqual(b.type, 'text/plain');
  assert.strictEqual(await b.text(), 'abcde');
  assert.deepStrictEqual([...await b.bytes()], [97, 98, 99, 100, 101]);
  assert.strictEqual((await b.arrayBuffer()).byteLength, 5);
  assert.strictEqual(await b.slice(1, -1).text(), 'bcd');
  assert.strictEqual(b.slice(0, 1, 'X/Y').type, 'x/y');
  assert.strictEqual(Object.prototype.toString.call(b), '[object Blob]');
  assert.strictEqual(globalThis.Blob, Blob);
  assert.strictEqual(new Blob(['a\r\nb'], { endings: 'native' }).size, 3);
  assert.throws(() => new Blob('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new Blob([], { endings: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
  await assert.rejects(Blob.prototype.text.call({}), { code: 'ERR_INVALID_THIS' });
});

test('File', async () => {
  const f = new File(['x'], 'a.txt', { type: 'text/plain', lastModified: 7 });
  assert.ok(f instanceof Blob);
  assert.strictEqual(f.name, 'a.txt');
  assert.strictEqual(f.lastModified, 7);
  assert.strictEqual(await f.text(), 'x');
  assert.ok(Math.abs(new File([], 'n').lastModified - Date.now()) < 60000);
  assert.throws(() => new File(['x']), { code: 'ERR_MISSING_ARGS' });
  assert.strictEqual(resolveObjectURL('blob:nodedata:missing'), undefined);
});

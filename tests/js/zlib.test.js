'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const zlib = require('node:zlib');
const { promisify } = require('node:util');

const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(200));

test('sync round trips in every format', () => {
  assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(text)), text);
  assert.deepStrictEqual(zlib.inflateRawSync(zlib.deflateRawSync(text)), text);
  assert.deepStrictEqual(zlib.gunzipSync(zlib.gzipSync(text)), text);
  assert.deepStrictEqual(zlib.unzipSync(zlib.gzipSync(text)), text);
  assert.deepStrictEqual(zlib.unzipSync(zlib.deflateSync(text)), text);
  assert.deepStrictEqual(zlib.brotliDecompressSync(zlib.brotliCompressSync(text)), text);
  assert.ok(zlib.gzipSync(text).length < text.length / 10);
});

test('gzip output starts with the gzip magic and level-dependent flags', () => {
  const z = zlib.gzipSync('abc', { level: 9 });
  assert.strictEqual(z.subarray(0, 4).toString('hex'), '1f8b0800');
  assert.strictEqual(z[8], 2);
});

test('stored blocks (level 0) are byte-exact', () => {
  assert.strictEqual(zlib.deflateSync('abc', { level: 0 }).toString('hex'), '7801010300fcff616263024d0127');
  assert.strictEqual(zlib.deflateRawSync('abc', { level: 0 }).toString('hex'), '010300fcff616263');
});

test('gunzip reads concatenated members and ignores zero padding', () => {
  const two = Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def'), Buffer.alloc(8)]);
  assert.strictEqual(zlib.gunzipSync(two).toString(), 'abcdef');
});

test('corrupt input fails with zlib codes', () => {
  assert.throws(() => zlib.inflateSync(Buffer.from('garbage')),
                { name: 'Error', code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect header check' });
  assert.throws(() => zlib.gunzipSync(zlib.gzipSync(text).subarray(0, 20)),
                { code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' });
  assert.throws(() => zlib.brotliDecompressSync(Buffer.from('garbage')),
                { message: 'Decompression failed', code: 'ERR__ERROR_FORMAT_PADDING_1', errno: -14 });
});

test('dictionaries', () => {
  const dictionary = Buffer.from('quick brown fox lazy dog');
  const z = zlib.deflateSync(text, { dictionary });
  assert.throws(() => zlib.inflateSync(z), { code: 'Z_NEED_DICT', message: 'Missing dictionary' });
  assert.throws(() => zlib.inflateSync(z, { dictionary: Buffer.from('x') }),
                { code: 'Z_NEED_DICT', message: 'Bad dictionary' });
  assert.deepStrictEqual(zlib.inflateSync(z, { dictionary }), text);
});

test('option validation', () => {
  assert.throws(() => zlib.deflateSync('a', { level: 10 }), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.level" is out of range. It must be >= -1 and <= 9. Received 10',
  });
  assert.throws(() => zlib.gzipSync('a', { windowBits: 8 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => zlib.deflateSync('a', { strategy: 'x' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => zlib.deflateSync('a', { chunkSize: 1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => zlib.deflateSync(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => zlib.brotliCompressSync('a', { params: { 99: 1 } }), { code: 'ERR_BROTLI_INVALID_PARAM' });
  assert.throws(() => zlib.inflateSync(zlib.deflateSync(text), { maxOutputLength: 100 }),
                { name: 'RangeError', code: 'ERR_BUFFER_TOO_LARGE' });
});

test('crc32', () => {
  assert.strictEqual(zlib.crc32('hello'), 907060870);
  assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
  assert.strictEqual(zlib.crc32(Buffer.from('hello')), 907060870);
  assert.throws(() => zlib.crc32({}), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('callback and promisified forms', async () => {
  const z = await promisify(zlib.gzip)(text);
  assert.deepStrictEqual(await promisify(zlib.gunzip)(z), text);
  await assert.rejects(promisify(zlib.inflate)(Buffer.from('nope')), { code: 'Z_DATA_ERROR' });
  const back = await new Promise((resolve, reject) => {
    zlib.brotliCompress(text, (err, c) => {
      if (err) return reject(err);
      zlib.brotliDecompress(c, (err2, d) => (err2 ? reject(err2) : resolve(d)));
    });
  });
  assert.deepStrictEqual(back, text);
});

test('streams in small chunks with flush', async () => {
  const d = zlib.createDeflate();
  const out = [];
  d.on('data', (c) => out.push(c));
  for (let i = 0; i < 500; i += 10) d.write(text.subarray(i, i + 10));
  await new Promise((resolve) => d.flush(zlib.constants.Z_SYNC_FLUSH, resolve));
  const partial = zlib.inflateSync(Buffer.concat(out), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  assert.deepStrictEqual(partial, text.subarray(0, 500));
  d.end(text.subarray(500));
  await new Promise((resolve) => d.on('end', resolve));
  assert.deepStrictEqual(zlib.inflateSync(Buffer.concat(out)), text);
  assert.strictEqual(d.bytesWritten, text.length);
});

test('stream errors are error events', async () => {
  const g = zlib.createGunzip();
  const err = await new Promise((resolve) => {
    g.on('error', resolve);
    g.end(Buffer.from('not gzip at all'));
  });
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.errno, -3);
});

test('constants and codes', () => {
  assert.strictEqual(zlib.constants.Z_SYNC_FLUSH, 2);
  assert.strictEqual(zlib.constants.BROTLI_PARAM_QUALITY, 1);
  assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
  assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');
  assert.strictEqual(zlib.Z_BEST_COMPRESSION, 9);
});

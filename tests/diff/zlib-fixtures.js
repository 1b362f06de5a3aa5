'use strict';
// Decompression of streams Node 24 produced (fixtures/zlib/node24.json, from seeded data):
// every format, dictionaries, multi-member gzip, unzip's auto-detection, small-chunk streaming.
// Compressed bytes themselves are not compared: Node bundles zlib 1.3.x (Chromium's) and
// brotli 1.2, protoJS links Debian's zlib 1.2.13 and brotli 1.0.9, whose encoders choose
// different (equally valid) encodings.
const zlib = require('zlib');
const path = require('path');
const { seeded } = require('./fixtures/zlib/data.js');
const fixtures = require(path.join(__dirname, 'fixtures/zlib/node24.json'));

const a = Buffer.from(seeded(3000, 1));
const b = Buffer.from(seeded(500, 2));
const dict = Buffer.from('alpha beta gamma delta zlib protojs');
const fx = (name) => Buffer.from(fixtures[name], 'base64');
const show = (label, buf, want) =>
  console.log(label, buf.length, zlib.crc32(buf), want ? buf.equals(want) : '');

show('inflate', zlib.inflateSync(fx('deflate')), a);
show('inflate level 9', zlib.inflateSync(fx('deflate9')), a);
show('inflateRaw', zlib.inflateRawSync(fx('deflateRaw'), { windowBits: 9 }), a);
show('gunzip', zlib.gunzipSync(fx('gzip')), a);
show('gunzip multi-member', zlib.gunzipSync(fx('gzipMulti')), Buffer.concat([a, b]));
show('unzip gzip', zlib.unzipSync(fx('gzip')), a);
show('unzip multi-member', zlib.unzipSync(fx('gzipMulti')), Buffer.concat([a, b]));
show('unzip deflate', zlib.unzipSync(fx('deflate')), a);
show('inflate dictionary', zlib.inflateSync(fx('deflateDict'), { dictionary: dict }), b);
show('inflateRaw dictionary', zlib.inflateRawSync(fx('deflateRawDict'), { dictionary: dict }), b);
show('brotli', zlib.brotliDecompressSync(fx('brotli')), a);
show('brotli text mode', zlib.brotliDecompressSync(fx('brotliText')), b);
show('huffman only', zlib.inflateSync(fx('huffman')), a);

for (const [name, e] of [['inflate dictionary missing', () => zlib.inflateSync(fx('deflateDict'))],
  ['inflate dictionary wrong', () => zlib.inflateSync(fx('deflateDict'), { dictionary: Buffer.from('nope') })],
  ['gunzip of deflate', () => zlib.gunzipSync(fx('deflate'))],
  ['inflate of gzip', () => zlib.inflateSync(fx('gzip'))],
  ['brotli of gzip', () => zlib.brotliDecompressSync(fx('gzip'))],
  ['gunzip truncated', () => zlib.gunzipSync(fx('gzip').subarray(0, 100))],
  ['brotli truncated', () => zlib.brotliDecompressSync(fx('brotli').subarray(0, 100))]]) {
  try {
    e();
    console.log(name, 'no error');
  } catch (err) {
    console.log(name, err.name, err.code, err.errno, err.message);
  }
}

// The same fixtures through streams, written in small pieces.
function streamed(stream, input, piece) {
  return new Promise((resolve, reject) => {
    const out = [];
    stream.on('data', (c) => out.push(c));
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(out)));
    for (let i = 0; i < input.length; i += piece) stream.write(input.subarray(i, i + piece));
    stream.end();
  });
}

(async () => {
  for (const piece of [1, 7, 64, 1000]) {
    show(`gunzip stream ${piece}`, await streamed(zlib.createGunzip(), fx('gzipMulti'), piece), Buffer.concat([a, b]));
    show(`inflate stream ${piece}`, await streamed(zlib.createInflate(), fx('deflate'), piece), a);
    show(`unzip stream ${piece}`, await streamed(zlib.createUnzip(), fx('gzip'), piece), a);
    show(`brotli stream ${piece}`, await streamed(zlib.createBrotliDecompress(), fx('brotli'), piece), a);
  }
  const small = await streamed(zlib.createInflate({ chunkSize: 64 }), fx('deflate'), 100);
  show('inflate chunkSize 64', small, a);
  try {
    await streamed(zlib.createGunzip(), fx('gzip').subarray(0, 200), 50);
  } catch (err) {
    console.log('stream truncated', err.name, err.code, err.errno, err.message);
  }
  try {
    await streamed(zlib.createInflate(), Buffer.from('not compressed at all'), 5);
  } catch (err) {
    console.log('stream garbage', err.name, err.code, err.errno, err.message);
  }
})();

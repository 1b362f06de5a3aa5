'use strict';
// Round trips through every format, level, strategy, memLevel and windowBits on seeded data,
// one-shot (sync and callback) and promisified. Output that does not depend on the deflate
// implementation is compared byte for byte: stored blocks (level 0), headers, empty input.
// (Compressed bytes at other levels differ between Node's bundled zlib 1.3 and Debian's
// zlib 1.2.13, so those are checked by decompressing instead.)
const zlib = require('zlib');
const util = require('util');
const { seeded } = require('./fixtures/zlib/data.js');

const data = Buffer.from(seeded(5000, 7));
const { constants: C } = zlib;
const pairs = [
  ['deflate', zlib.deflateSync, zlib.inflateSync],
  ['deflateRaw', zlib.deflateRawSync, zlib.inflateRawSync],
  ['gzip', zlib.gzipSync, zlib.gunzipSync],
];

for (const [name, comp, decomp] of pairs) {
  for (let level = -1; level <= 9; level++) {
    for (let strategy = 0; strategy <= 4; strategy++) {
      const z = comp(data, { level, strategy });
      const back = decomp(z);
      const viaUnzip = name === 'deflateRaw' ? back : zlib.unzipSync(z);
      let line = `${name} level=${level} strategy=${strategy} ok=${back.equals(data) && viaUnzip.equals(data)}`;
      if (level === 0) line += ` stored=${zlib.crc32(z)}/${z.length}`;
      if (name === 'gzip') line += ` header=${z.subarray(0, 10).toString('hex')}`;
      console.log(line);
    }
  }
  for (const memLevel of [1, 5, 9]) {
    for (const windowBits of [9, 12, 15]) {
      const z = comp(data, { memLevel, windowBits });
      const back = decomp(z, { windowBits: name === 'deflateRaw' ? windowBits : 15 });
      console.log(`${name} memLevel=${memLevel} windowBits=${windowBits} ok=${back.equals(data)}`);
    }
  }
  console.log(`${name} empty`, comp(Buffer.alloc(0), { level: 0 }).toString('hex'),
              decomp(comp(Buffer.alloc(0))).length);
  console.log(`${name} string`, decomp(comp('héllo wörld')).toString());
}

// deflate's windowBits 8 (stored as 9 by zlib) and raw's 8 → 9 (Node's adjustment).
console.log('deflate windowBits 8', zlib.inflateSync(zlib.deflateSync(data, { windowBits: 8 })).equals(data));
console.log('raw windowBits 8', zlib.inflateRawSync(zlib.deflateRawSync(data, { windowBits: 8 }), { windowBits: 9 }).equals(data));

// Input types: string, Buffer, Uint8Array, other TypedArrays, DataView, ArrayBuffer.
const u16 = new Uint16Array([1, 2, 3, 65535]);
for (const [label, input] of [['string', 'abc'], ['Buffer', Buffer.from('abc')],
  ['Uint8Array', new Uint8Array([97, 98, 99])], ['Uint16Array', u16],
  ['DataView', new DataView(u16.buffer)], ['ArrayBuffer', u16.buffer]]) {
  console.log('input', label, zlib.inflateSync(zlib.deflateSync(input)).toString('hex'));
}

// Brotli: qualities, window sizes, modes, size hints; then decompression of each.
for (let quality = 0; quality <= 11; quality += (quality < 4 ? 1 : 3)) {
  for (const lgwin of [10, 16, 24]) {
    const params = { [C.BROTLI_PARAM_QUALITY]: quality, [C.BROTLI_PARAM_LGWIN]: lgwin };
    const z = zlib.brotliCompressSync(data, { params });
    console.log(`brotli quality=${quality} lgwin=${lgwin} ok=${zlib.brotliDecompressSync(z).equals(data)}`);
  }
}
for (const mode of [C.BROTLI_MODE_GENERIC, C.BROTLI_MODE_TEXT, C.BROTLI_MODE_FONT]) {
  const z = zlib.brotliCompressSync(data, { params: { [C.BROTLI_PARAM_MODE]: mode, [C.BROTLI_PARAM_SIZE_HINT]: data.length } });
  console.log(`brotli mode=${mode} ok=${zlib.brotliDecompressSync(z).equals(data)}`);
}
console.log('brotli boolean param', zlib.brotliDecompressSync(zlib.brotliCompressSync(data, {
  params: { [C.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: true } })).equals(data));
console.log('brotli large window', zlib.brotliDecompressSync(zlib.brotliCompressSync(data, {
  params: { [C.BROTLI_PARAM_LARGE_WINDOW]: true, [C.BROTLI_PARAM_LGWIN]: 26 } }),
{ params: { [C.BROTLI_DECODER_PARAM_LARGE_WINDOW]: true } }).equals(data));
console.log('brotli empty', zlib.brotliCompressSync(Buffer.alloc(0)).toString('hex'));

// info: the engine comes back too.
const info = zlib.deflateSync(data, { info: true });
console.log('info', Object.keys(info), info.engine.constructor.name, info.engine.bytesWritten,
            info.engine._closed, zlib.inflateSync(info.buffer).equals(data));

// Callback and promisified forms, one after another (their thread-pool work would otherwise
// finish in any order).
const step = (fn) => new Promise((resolve) => fn(resolve));
(async () => {
  await step((done) => zlib.gzip(data, (err, z) => {
    zlib.gunzip(z, (err2, back) => {
      console.log('callback round trip', err, err2, back.equals(data));
      done();
    });
  }));
  await step((done) => zlib.deflate(data, { level: 1, info: true }, (err, res) => {
    console.log('callback info', err, Object.keys(res), res.engine.constructor.name);
    done();
  }));
  for (const [c, d] of [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'],
    ['brotliCompress', 'brotliDecompress'], ['deflate', 'unzip']]) {
    const z = await util.promisify(zlib[c])(data);
    const back = await util.promisify(zlib[d])(z);
    console.log('promisify', c, d, back.equals(data));
  }
  try {
    await util.promisify(zlib.inflate)(Buffer.from('garbage'));
  } catch (err) {
    console.log('promisify error', err.code, err.errno, err.message);
  }
})();

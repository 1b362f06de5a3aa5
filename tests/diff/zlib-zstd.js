'use strict';
// zstd (Node 24's experimental ZstdCompress/ZstdDecompress): round trips at several levels and
// parameters, one-shot/callback/stream forms, decompression of a Node-made frame, errors.
const zlib = require('zlib');
const { seeded } = require('./fixtures/zlib/data.js');

const { constants: C } = zlib;
const data = Buffer.from(seeded(20000, 11));
const t = (label, fn) => {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? `${r.length} ${zlib.crc32(r)}` : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, JSON.stringify(e.message));
  }
};

for (const level of [-5, 1, 3, 9, 19]) {
  const z = zlib.zstdCompressSync(data, { params: { [C.ZSTD_c_compressionLevel]: level } });
  console.log('level', level, zlib.zstdDecompressSync(z).equals(data));
}
for (const [name, params] of [['checksum', { [C.ZSTD_c_checksumFlag]: 1 }],
  ['no content size', { [C.ZSTD_c_contentSizeFlag]: 0 }],
  ['strategy btultra2', { [C.ZSTD_c_strategy]: C.ZSTD_btultra2 }],
  ['windowLog 10', { [C.ZSTD_c_windowLog]: 10 }],
  ['long distance', { [C.ZSTD_c_enableLongDistanceMatching]: true }]]) {
  console.log(name, zlib.zstdDecompressSync(zlib.zstdCompressSync(data, { params })).equals(data));
}
// A frame Node 24 made from "hello zstd" (level 3).
t('node frame', () => zlib.zstdDecompressSync(Buffer.from('KLUv/SAKUQAAaGVsbG8genN0ZA==', 'base64')).toString());
t('tiny frame bytes', () => zlib.zstdCompressSync('abc').toString('hex'));
t('empty', () => zlib.zstdDecompressSync(zlib.zstdCompressSync(Buffer.alloc(0))));
t('garbage', () => zlib.zstdDecompressSync(Buffer.from('garbage garbage')));
t('truncated', () => zlib.zstdDecompressSync(zlib.zstdCompressSync(data).subarray(0, 100)));
t('empty input', () => zlib.zstdDecompressSync(Buffer.alloc(0)));
t('bad checksum', () => {
  const z = zlib.zstdCompressSync('hello hello hello', { params: { [C.ZSTD_c_checksumFlag]: 1 } });
  z[z.length - 1] ^= 0xff;
  return zlib.zstdDecompressSync(z);
});
t('param 999', () => zlib.zstdCompressSync('abc', { params: { 999: 1 } }));
t('param name', () => zlib.zstdCompressSync('abc', { params: { level: 1 } }));
t('param string', () => zlib.zstdCompressSync('abc', { params: { 100: 'x' } }));
t('level clamps', () => zlib.zstdDecompressSync(zlib.zstdCompressSync('abc', { params: { 100: 1000 } })));
t('pledged wrong', () => zlib.zstdCompressSync('abc', { pledgedSrcSize: 10 }));
t('pledged right', () => zlib.zstdDecompressSync(zlib.zstdCompressSync('abc', { pledgedSrcSize: 3 })));
t('pledged string', () => zlib.zstdCompressSync('abc', { pledgedSrcSize: 'x' }));
t('decoder windowLogMax', () => zlib.zstdDecompressSync(zlib.zstdCompressSync('abc'), { params: { [C.ZSTD_d_windowLogMax]: 10 } }));
t('decoder bad param value', () => zlib.zstdDecompressSync(zlib.zstdCompressSync('abc'), { params: { [C.ZSTD_d_windowLogMax]: 100 } }));
t('decoder param 5', () => zlib.zstdDecompressSync(zlib.zstdCompressSync('abc'), { params: { 5: 1 } }));
t('flush 3', () => zlib.zstdCompressSync('abc', { flush: 3 }));
t('maxOutputLength', () => zlib.zstdDecompressSync(zlib.zstdCompressSync(data), { maxOutputLength: 100 }));

const s = zlib.createZstdCompress();
const parts = [];
s.on('data', (c) => parts.push(c));
for (let i = 0; i < data.length; i += 333) s.write(data.subarray(i, i + 333));
s.flush(() => {
  const partial = Buffer.concat(parts);
  const d = zlib.createZstdDecompress();
  const got = [];
  d.on('data', (c) => got.push(c));
  d.write(partial, () => setImmediate(() => {
    console.log('flush prefix', Buffer.concat(got).equals(data));
    s.end();
    s.on('end', () => {
      console.log('stream', zlib.zstdDecompressSync(Buffer.concat(parts)).equals(data), s.bytesWritten);
      d.destroy();
      zlib.zstdCompress(data, (err, z) => {
        zlib.zstdDecompress(z, (err2, back) => console.log('callback', err, err2, back.equals(data)));
      });
    });
  }));
});
console.log('classes', typeof zlib.ZstdCompress, zlib.createZstdCompress().constructor.name,
            Object.getPrototypeOf(zlib.ZstdCompress.prototype) === Object.getPrototypeOf(zlib.ZstdDecompress.prototype));

'use strict';
// Bad options, bad input and corrupt data: Node's error classes, codes, errnos and messages.
const zlib = require('zlib');
const { constants: C } = zlib;

function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.length : typeof r === 'number' ? r : typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, JSON.stringify(e.message),
                Object.keys(e).join(','), e instanceof RangeError, e instanceof TypeError);
  }
}

const good = zlib.deflateSync('hello hello hello hello');
const gz = zlib.gzipSync('abc');
t('inflate garbage', () => zlib.inflateSync(Buffer.from('garbage')));
t('gunzip garbage', () => zlib.gunzipSync(Buffer.from('garbage')));
t('inflateRaw garbage', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff, 0xff])));
t('unzip garbage', () => zlib.unzipSync(Buffer.from('garbage')));
t('inflate truncated', () => zlib.inflateSync(good.subarray(0, 5)));
t('inflate empty', () => zlib.inflateSync(Buffer.alloc(0)));
t('gunzip empty', () => zlib.gunzipSync(Buffer.alloc(0)));
t('unzip one byte', () => zlib.unzipSync(Buffer.from([0x1f])));
t('inflate bad checksum', () => { const b = Buffer.from(good); b[b.length - 1] ^= 1; return zlib.inflateSync(b); });
t('gunzip bad crc', () => { const b = Buffer.from(gz); b[b.length - 6] ^= 1; return zlib.gunzipSync(b); });
t('gunzip trailing zeros', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(10)])));
t('gunzip trailing garbage', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('garbage')])));
t('gunzip trailing fake header', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from([0x1f, 0x8b, 0xff, 0xff]), Buffer.alloc(10)])));
t('inflate trailing garbage', () => zlib.inflateSync(Buffer.concat([good, Buffer.from('garbage')])));
t('inflate sync finishFlush partial', () => zlib.inflateSync(good.subarray(0, 8), { finishFlush: C.Z_SYNC_FLUSH }));
t('reject garbage gunzip zeros', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(4)]), { rejectGarbageAfterEnd: true }));
t('reject garbage gunzip two members', () => zlib.gunzipSync(Buffer.concat([gz, gz]), { rejectGarbageAfterEnd: true }));
t('reject garbage inflate', () => zlib.inflateSync(Buffer.concat([good, Buffer.from('xy')]), { rejectGarbageAfterEnd: true }));
t('reject garbage inflateRaw', () => zlib.inflateRawSync(Buffer.concat([zlib.deflateRawSync('abc'), Buffer.from('xy')]), { rejectGarbageAfterEnd: true }));
t('reject garbage unzip', () => zlib.unzipSync(Buffer.concat([good, Buffer.from('xy')]), { rejectGarbageAfterEnd: true }));
t('reject garbage brotli', () => zlib.brotliDecompressSync(Buffer.concat([zlib.brotliCompressSync('abc'), Buffer.from('xy')]), { rejectGarbageAfterEnd: true }));
t('reject garbage clean input', () => zlib.gunzipSync(gz, { rejectGarbageAfterEnd: true }));
t('reject garbage on deflate', () => zlib.deflateSync('abc', { rejectGarbageAfterEnd: true }));
t('reject garbage not boolean', () => zlib.inflateSync(good, { rejectGarbageAfterEnd: 1 }));
t('brotli trailing junk allowed', () => zlib.brotliDecompressSync(Buffer.concat([zlib.brotliCompressSync('abc'), Buffer.from('xy')])));
t('brotli garbage', () => zlib.brotliDecompressSync(Buffer.from('garbage')));
t('brotli truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('hello world hello').subarray(0, 5)));
t('brotli empty', () => zlib.brotliDecompressSync(Buffer.alloc(0)));

t('level 10', () => zlib.deflateSync('abc', { level: 10 }));
t('level -2', () => zlib.deflateSync('abc', { level: -2 }));
t('level string', () => zlib.deflateSync('abc', { level: 'x' }));
t('level NaN', () => zlib.deflateSync('abc', { level: NaN }));
t('level Infinity', () => zlib.deflateSync('abc', { level: Infinity }));
t('level null', () => zlib.deflateSync('abc', { level: null }));
t('windowBits 7', () => zlib.deflateSync('abc', { windowBits: 7 }));
t('windowBits 16', () => zlib.deflateSync('abc', { windowBits: 16 }));
t('gzip windowBits 8', () => zlib.gzipSync('abc', { windowBits: 8 }));
t('inflateRaw windowBits 0', () => zlib.inflateRawSync(zlib.deflateRawSync('abc'), { windowBits: 0 }));
t('inflate windowBits 0', () => zlib.inflateSync(zlib.deflateSync('abc'), { windowBits: 0 }));
t('inflate windowBits too small', () => zlib.inflateSync(zlib.deflateSync('abc'.repeat(1000)), { windowBits: 8 }));
t('memLevel 0', () => zlib.deflateSync('abc', { memLevel: 0 }));
t('memLevel 10', () => zlib.deflateSync('abc', { memLevel: 10 }));
t('strategy 5', () => zlib.deflateSync('abc', { strategy: 5 }));
t('strategy -1', () => zlib.deflateSync('abc', { strategy: -1 }));
t('chunkSize 10', () => zlib.deflateSync('abc', { chunkSize: 10 }));
t('chunkSize string', () => zlib.deflateSync('abc', { chunkSize: '100' }));
t('chunkSize 64', () => zlib.inflateSync(zlib.deflateSync('abc'.repeat(1000)), { chunkSize: 64 }));
t('dictionary string', () => zlib.deflateSync('abc', { dictionary: 'x' }));
t('dictionary ArrayBuffer', () => zlib.deflateSync('abc', { dictionary: new ArrayBuffer(4) }));
t('dictionary DataView', () => zlib.inflateSync(zlib.deflateSync('abc', { dictionary: new DataView(new ArrayBuffer(4)) }), { dictionary: new Uint8Array(4) }));
t('flush 6', () => zlib.deflateSync('abc', { flush: 6 }));
t('finishFlush -1', () => zlib.deflateSync('abc', { finishFlush: -1 }));
t('brotli flush 4', () => zlib.brotliCompressSync('abc', { flush: 4 }));
t('maxOutputLength 0', () => zlib.deflateSync('abc', { maxOutputLength: 0 }));
t('maxOutputLength small', () => zlib.inflateSync(zlib.deflateSync('abcabcabc'.repeat(100)), { maxOutputLength: 10 }));
t('maxOutputLength exact', () => zlib.inflateSync(zlib.deflateSync('abcabcabc'), { maxOutputLength: 9 }));
t('maxOutputLength huge', () => zlib.deflateSync('abc', { maxOutputLength: 2 ** 60 }));
t('input number', () => zlib.deflateSync(123));
t('input null', () => zlib.deflateSync(null));
t('input object', () => zlib.gzipSync({}));
t('callback missing', () => zlib.deflate('abc'));
t('callback not function', () => zlib.deflate('abc', {}, 'nope'));

t('brotli param 100', () => zlib.brotliCompressSync('abc', { params: { 100: 1 } }));
t('brotli param name', () => zlib.brotliCompressSync('abc', { params: { abc: 1 } }));
t('brotli param string value', () => zlib.brotliCompressSync('abc', { params: { 1: 'x' } }));
t('brotli quality 100 clamps', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('abc', { params: { 1: 100 } })));
t('brotli decoder unknown param', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('abc'), { params: { 5: 1 } }));
t('brotli decoder param bool', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('abc'), { params: { 1: true } }));

t('crc32 string', () => zlib.crc32('hello'));
t('crc32 continued', () => zlib.crc32('world', zlib.crc32('hello ')));
t('crc32 whole', () => zlib.crc32('hello world'));
t('crc32 Uint16Array', () => zlib.crc32(new Uint16Array([1, 2, 3])));
t('crc32 DataView', () => zlib.crc32(new DataView(new ArrayBuffer(8))));
t('crc32 empty', () => zlib.crc32(''));
t('crc32 unicode', () => zlib.crc32('héllo ✓'));
t('crc32 number', () => zlib.crc32(5));
t('crc32 value -1', () => zlib.crc32('x', -1));
t('crc32 value 2**32', () => zlib.crc32('x', 2 ** 32));
t('crc32 value 1.5', () => zlib.crc32('x', 1.5));
t('crc32 value string', () => zlib.crc32('x', '1'));

t('params level 10', () => new zlib.Deflate().params(10, 0));
t('params strategy string', () => new zlib.Gzip().params(1, 'x'));
t('params level NaN', () => new zlib.Deflate().params(NaN, 0, () => {}));

console.log('codes', JSON.stringify(zlib.codes), Object.isFrozen(zlib.codes));
console.log('constants', Object.keys(zlib.constants).filter((k) => k !== 'ZLIB_VERNUM' && !k.startsWith('ZSTD'))
  .map((k) => `${k}=${zlib.constants[k]}`).join(' '));
console.log('constants proto', Object.getPrototypeOf(zlib.constants));
console.log('module Z_ aliases', Object.getOwnPropertyNames(zlib).filter((k) => /^Z_/.test(k)).join(' '));
console.log('BROTLI on module', Object.getOwnPropertyNames(zlib).some((k) => k.startsWith('BROTLI')));
console.log('names', zlib.createGzip.name, zlib.gzipSync.name, zlib.gzip.name, zlib.Gzip.name, zlib.Gzip.length);

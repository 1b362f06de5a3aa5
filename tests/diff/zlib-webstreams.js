'use strict';
// CompressionStream / DecompressionStream: every format round trip through pipeThrough,
// BufferSource chunk kinds, decompression of node:zlib output, corrupt input and trailing
// junk, bad format names.
const zlib = require('zlib');

async function readAll(readable) {
  const reader = readable.getReader();
  const parts = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return { bytes: Buffer.concat(parts), kinds: [...new Set(parts.map((p) => p.constructor.name))] };
}

function source(chunks) {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
}

(async () => {
  const text = new TextEncoder().encode('web compression streams '.repeat(100));
  for (const format of ['deflate', 'deflate-raw', 'gzip', 'brotli']) {
    const piped = source([text.subarray(0, 1000), text.subarray(1000)])
      .pipeThrough(new CompressionStream(format))
      .pipeThrough(new DecompressionStream(format));
    const { bytes, kinds } = await readAll(piped);
    console.log(format, 'round trip', bytes.equals(Buffer.from(text)), kinds.join(','));
  }

  // Compressed by node:zlib, decompressed by DecompressionStream, and the other way round.
  const pairs = [['deflate', zlib.deflateSync, zlib.inflateSync], ['deflate-raw', zlib.deflateRawSync, zlib.inflateRawSync],
    ['gzip', zlib.gzipSync, zlib.gunzipSync], ['brotli', zlib.brotliCompressSync, zlib.brotliDecompressSync]];
  for (const [format, comp, decomp] of pairs) {
    const { bytes } = await readAll(source([comp(text)]).pipeThrough(new DecompressionStream(format)));
    const back = await readAll(source([text]).pipeThrough(new CompressionStream(format)));
    console.log(format, 'interop', bytes.equals(Buffer.from(text)), decomp(back.bytes).equals(Buffer.from(text)));
  }

  // Chunk kinds: Uint8Array, other views, ArrayBuffer.
  const cs = new CompressionStream('gzip');
  const w = cs.writable.getWriter();
  w.write(new TextEncoder().encode('ab'));
  w.write(new Uint16Array([0x6463]));
  w.write(new DataView(new Uint8Array([0x65]).buffer));
  w.write(new Uint8Array([0x66]).buffer);
  w.close();
  console.log('chunk kinds', zlib.gunzipSync((await readAll(cs.readable)).bytes).toString());

  for (const [label, input] of [['corrupt', Buffer.from('not deflate data')],
    ['truncated', zlib.deflateSync(text).subarray(0, 20)],
    ['trailing junk', Buffer.concat([zlib.deflateSync('abc'), Buffer.from('junk')])]]) {
    const ds = new DecompressionStream('deflate');
    const writer = ds.writable.getWriter();
    writer.write(input).catch(() => {});
    // The close outcome is printed after the read's: when a rejection lands relative to the
    // reader's is scheduling detail (it differs by a few microtasks from Node's).
    const closed = writer.close().then(() => 'close resolved', (e) => `close rejects ${e.code}`);
    try {
      await readAll(ds.readable);
      console.log(label, 'no error');
    } catch (e) {
      console.log(label, 'read rejects', e.code);
    }
    console.log(label, await closed);
  }

  for (const bad of ['zip', 'GZIP', undefined, 'deflate64']) {
    try {
      new DecompressionStream(bad);
    } catch (e) {
      console.log('format', String(bad), e.name, e.code, e.message);
    }
  }
  const cs2 = new CompressionStream('deflate');
  console.log(Object.prototype.toString.call(cs2), typeof cs2.readable.getReader, typeof cs2.writable.getWriter,
              Object.keys(CompressionStream.prototype), typeof globalThis.CompressionStream);
})();

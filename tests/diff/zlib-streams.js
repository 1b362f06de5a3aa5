'use strict';
// zlib streams: small-chunk writes, flush() kinds and their effect on emitted output, params(),
// reset(), bytesWritten, close()/destroy() and the order of events, errors as 'error' events,
// finishFlush, maxOutputLength in the callback form, pipe(), calling a class without `new`.
const zlib = require('zlib');
const { seeded } = require('./fixtures/zlib/data.js');

const { constants: C } = zlib;
const data = Buffer.from(seeded(20000, 3));
const steps = [];

function collect(stream) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  return chunks;
}

// Everything emitted after a sync/full flush decompresses to exactly what was written so far.
function flushPrefix(kind, label) {
  return new Promise((resolve) => {
    const d = zlib.createDeflate();
    const out = collect(d);
    d.write(data.subarray(0, 1000));
    d.flush(kind, () => {
      const got = zlib.inflateSync(Buffer.concat(out), { finishFlush: C.Z_SYNC_FLUSH });
      console.log('flush', label, got.equals(data.subarray(0, 1000)));
      d.end(data.subarray(1000, 2000));
      d.on('end', () => {
        console.log('flush then end', label, zlib.inflateSync(Buffer.concat(out)).equals(data.subarray(0, 2000)));
        resolve();
      });
    });
  });
}

steps.push(() => flushPrefix(C.Z_SYNC_FLUSH, 'sync'));
steps.push(() => flushPrefix(C.Z_FULL_FLUSH, 'full'));
steps.push(() => flushPrefix(undefined, 'default'));

steps.push(() => new Promise((resolve) => {
  const b = zlib.createBrotliCompress();
  const out = collect(b);
  b.write(data.subarray(0, 3000));
  b.flush(() => {
    const dec = zlib.createBrotliDecompress();
    const got = collect(dec);
    dec.write(Buffer.concat(out), () => {
      setImmediate(() => {
        console.log('brotli flush', Buffer.concat(got).equals(data.subarray(0, 3000)));
        b.end();
        b.on('end', resolve);
      });
    });
  });
}));

// Small pieces, every format, then the output decompressed.
const formats = [
  ['Deflate', 'inflateSync'], ['DeflateRaw', 'inflateRawSync'], ['Gzip', 'gunzipSync'],
  ['BrotliCompress', 'brotliDecompressSync'],
];
for (const [cls, decomp] of formats) {
  for (const piece of [1, 100, 4096]) {
    steps.push(() => new Promise((resolve) => {
      const s = new zlib[cls]({ chunkSize: 128 });
      const out = collect(s);
      const input = data.subarray(0, piece === 1 ? 700 : 20000);
      let writes = 0;
      for (let i = 0; i < input.length; i += piece) { s.write(input.subarray(i, i + piece)); writes++; }
      s.end();
      s.on('end', () => {
        const all = Buffer.concat(out);
        console.log('pieces', cls, piece, writes, s.bytesWritten, out.every((c) => c.length <= 128),
                    zlib[decomp](all).equals(input));
        resolve();
      });
    }));
  }
}

// params(): change level mid-stream.
steps.push(() => new Promise((resolve) => {
  const d = zlib.createDeflate({ level: 1 });
  const out = collect(d);
  d.write(data.subarray(0, 5000));
  d.params(9, C.Z_FILTERED, (err) => {
    console.log('params cb', err, d._level, d._strategy);
    d.end(data.subarray(5000, 10000));
  });
  d.on('end', () => {
    console.log('params result', zlib.inflateSync(Buffer.concat(out)).equals(data.subarray(0, 10000)));
    resolve();
  });
}));

steps.push(() => new Promise((resolve) => {
  const d = zlib.createDeflate({ level: 3 });
  d.params(3, 0, () => {
    console.log('params unchanged cb');
    d.end();
    d.resume();
    d.on('end', resolve);
  });
}));

// reset(): a fresh stream state on the same object.
steps.push(() => new Promise((resolve) => {
  const g = zlib.createGzip();
  const out = collect(g);
  g.write('discarded? no: written before reset');
  g.flush(() => {
    out.length = 0;
    g.reset();
    g.end('after reset');
    g.on('end', () => {
      console.log('reset', zlib.gunzipSync(Buffer.concat(out)).toString());
      resolve();
    });
  });
}));

// Events in order: data, end, close; an error: error then close.
steps.push(() => new Promise((resolve) => {
  const ev = [];
  const g = zlib.createGunzip();
  g.on('data', () => ev.includes('data') || ev.push('data'));
  g.on('end', () => ev.push('end'));
  g.on('finish', () => ev.push('finish'));
  g.on('close', () => {
    ev.push('close');
    console.log('events ok', ev.join(' '), g._closed, g.destroyed);
    resolve();
  });
  g.end(zlib.gzipSync(data));
}));

steps.push(() => new Promise((resolve) => {
  const ev = [];
  const g = zlib.createInflate();
  g.on('error', (e) => ev.push(`error ${e.code} ${e.errno} ${e.message}`));
  g.on('end', () => ev.push('end'));
  g.on('close', () => {
    ev.push('close');
    console.log('events error', ev.join(' | '), g._closed, g.destroyed);
    resolve();
  });
  g.write(Buffer.from('definitely not zlib data'));
}));

steps.push(() => new Promise((resolve) => {
  const g = zlib.createGunzip();
  g.on('error', (e) => {
    console.log('truncated stream error', e.code, e.errno, e.message);
    resolve();
  });
  g.resume();
  g.end(zlib.gzipSync(data).subarray(0, 300));
}));

// finishFlush: a truncated stream read as far as it goes.
steps.push(() => new Promise((resolve) => {
  const g = zlib.createGunzip({ finishFlush: C.Z_SYNC_FLUSH });
  const out = collect(g);
  g.on('error', (e) => console.log('finishFlush error', e.code));
  g.on('end', () => {
    const got = Buffer.concat(out);
    console.log('finishFlush', got.length > 0, data.subarray(0, got.length).equals(got));
    resolve();
  });
  g.end(zlib.gzipSync(data).subarray(0, 2000));
}));

steps.push(() => new Promise((resolve) => {
  const s = zlib.createInflate({ rejectGarbageAfterEnd: true });
  s.on('error', (e) => {
    console.log('stream trailing junk', e.name, e.code, e.message);
    resolve();
  });
  s.resume();
  s.end(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('junk')]));
}));

steps.push(() => new Promise((resolve) => {
  const s = zlib.createInflate();
  const out = collect(s);
  s.on('end', () => {
    console.log('stream trailing junk ignored', Buffer.concat(out).toString());
    resolve();
  });
  s.end(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('junk')]));
}));

// close(): callback, 'close' event, and writes afterwards.
steps.push(() => new Promise((resolve) => {
  const d = zlib.createDeflate();
  d.on('close', () => console.log('close event', d._closed));
  d.close(() => {
    console.log('close cb', d.destroyed);
    d.on('error', (e) => console.log('write after close', e.code, e.message));
    d.write('x', (err) => {
      console.log('write cb after close', err && err.code);
      resolve();
    });
  });
}));

steps.push(() => new Promise((resolve) => {
  const d = zlib.createDeflate();
  d.end('abc');
  d.on('error', (e) => console.log('write after end', e.code, e.message));
  d.write('more', (err) => {
    console.log('write after end cb', err && err.code);
    d.resume();
    resolve();
  });
}));

// maxOutputLength in the callback form.
steps.push(() => new Promise((resolve) => {
  zlib.inflate(zlib.deflateSync(data), { maxOutputLength: 1000 }, (err, res) => {
    console.log('maxOutputLength cb', err && err.name, err && err.code, err && err.message, res);
    resolve();
  });
}));

steps.push(() => new Promise((resolve) => {
  zlib.gunzip(Buffer.from('junk junk junk'), (err, res) => {
    console.log('gunzip cb error', err.code, err.errno, err.message, res);
    resolve();
  });
}));

// pipe() chain: gzip → gunzip.
steps.push(() => new Promise((resolve) => {
  const gz = zlib.createGzip({ level: 1 });
  const gun = zlib.createGunzip();
  const out = collect(gun);
  gz.pipe(gun);
  gun.on('end', () => {
    console.log('pipe', Buffer.concat(out).equals(data));
    resolve();
  });
  for (let i = 0; i < data.length; i += 3000) gz.write(data.subarray(i, i + 3000));
  gz.end();
}));

// Backpressure: nobody reads until later; nothing is lost.
steps.push(() => new Promise((resolve) => {
  const inf = zlib.createInflate({ chunkSize: 64 });
  inf.end(zlib.deflateSync(data));
  setImmediate(() => {
    const out = collect(inf);
    inf.on('end', () => {
      console.log('late reader', Buffer.concat(out).equals(data), out.length > 100);
      resolve();
    });
  });
}));

steps.push(() => new Promise((resolve) => {
  const d = zlib.Deflate({ level: 1 });
  console.log('without new', d instanceof zlib.Deflate, d.constructor.name, typeof d.params);
  const g = new zlib.Gunzip();
  console.log('instances', g instanceof zlib.Gunzip, Object.getPrototypeOf(zlib.BrotliCompress.prototype) === Object.getPrototypeOf(zlib.BrotliDecompress.prototype));
  d.destroy();
  g.destroy();
  resolve();
}));

(async () => {
  for (const step of steps) await step();
  console.log('done');
})();

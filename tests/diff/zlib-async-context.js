'use strict';
// AsyncLocalStorage through zlib: stream events run in the context the stream was created in
// (Node's AsyncWrap semantics), one-shot callbacks in the caller's context.
const { AsyncLocalStorage } = require('async_hooks');
const zlib = require('zlib');

const als = new AsyncLocalStorage();
const steps = [
  (done) => {
    let gz;
    als.run('created', () => { gz = zlib.createGzip(); });
    als.run('writer', () => {
      let first = true;
      gz.on('data', () => { if (first) console.log('data in', als.getStore()); first = false; });
      gz.on('end', () => { console.log('end in', als.getStore()); done(); });
      gz.resume();
      gz.end('hello');
    });
  },
  (done) => als.run('cb', () => zlib.deflate('abc', () => { console.log('deflate cb in', als.getStore()); done(); })),
  (done) => als.run('err', () => zlib.inflate(Buffer.from('bad'), (e) => {
    console.log('inflate error cb in', als.getStore(), e.code);
    done();
  })),
  (done) => {
    let s;
    als.run('brotli', () => { s = zlib.createBrotliDecompress(); });
    s.on('error', (e) => { console.log('stream error in', als.getStore(), e.code); done(); });
    s.end(Buffer.from('not brotli'));
  },
];
(function next(i) {
  if (i < steps.length) steps[i](() => next(i + 1));
})(0);

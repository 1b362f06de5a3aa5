// stream.finished() runs its callback in the AsyncLocalStorage context of the finished() call.
const { AsyncLocalStorage } = require('async_hooks');
const { Readable, Writable, finished, PassThrough } = require('stream');
const als = new AsyncLocalStorage();
const r = new Readable({ read() {} });
const w = new Writable({ write(c, e, cb) { setTimeout(cb, 1); } });
als.run('reader', () => finished(r, (err) => console.log('readable finished in', als.getStore(), err)));
als.run('writer', () => finished(w, (err) => console.log('writable finished in', als.getStore(), err)));
const p = new PassThrough(); p.resume(); p.end();
finished(p, () => console.log('outside run:', als.getStore()));
als.run('other', () => {
  setTimeout(() => { r.push('x'); r.push(null); r.resume(); w.end('data'); }, 5);
});

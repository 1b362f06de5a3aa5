'use strict';
// fetch() without the network: data: and blob: URLs, unsupported schemes, bad URLs, bad
// ports and aborts, with Node's (undici's) results and errors.
(async () => {
  const show = async (label, u, init) => {
    try {
      const r = await fetch(u, init);
      const url = r.url.startsWith('blob:') ? 'blob:...' : r.url;
      console.log(label, r.status, JSON.stringify(r.statusText), [...r.headers], JSON.stringify(await r.text()), url, r.type, r.redirected, r.ok);
    } catch (e) {
      console.log(label, 'ERR', e.name, e.message, e.cause ? `${e.cause.name}: ${e.cause.message}` : '', e.cause && e.cause.code);
    }
  };
  await show('plain', 'data:,Hello%2C%20World!');
  await show('base64', 'data:text/plain;base64,SGVsbG8=');
  await show('charset', 'data:;charset=utf-8,x');
  await show('spaces', 'data:text/html ; base64 ,PGI+');
  await show('bad base64', 'data:x/y;base64,!!');
  await show('no comma', 'data:nocomma');
  await show('post', 'data:,x', { method: 'POST', body: 'x' });
  await show('fragment', 'data:,x#frag');
  await show('escaped type', 'data:A%2FB,x');
  await show('params', 'data:text/plain;a=b;charset=UTF-8,%E2%82%AC');
  await show('head', 'data:,x', { method: 'HEAD' });
  const b = new Blob(['blobby'], { type: 'text/x' });
  const u = URL.createObjectURL(b);
  await show('blob', u);
  await show('blob post', u, { method: 'POST', body: 'q' });
  await show('blob hash', `${u}#x`);
  for (const range of ['bytes=2-4', 'bytes=3-', 'bytes=-4', 'bytes=4-20', 'bytes=20-', 'bytes=5-2',
                       'items=1-2', 'bytes=1-2,4-5', 'bytes = 1-2', 'bytes=-0', 'bytes=0-0']) {
    await show(`range ${range}`, u, { headers: { range } });
  }
  URL.revokeObjectURL(u);
  await show('revoked', u);
  await show('untyped blob', URL.createObjectURL(new Blob(['q'])));
  await show('about', 'about:blank');
  await show('file', 'file:///etc/hostname');
  await show('ftp', 'ftp://x/');
  await show('ws', 'ws://x/');
  await show('relative', 'nope');
  await show('credentials', 'http://u:p@a/');
  await show('number', 5);
  await show('none');
  await show('bad port', 'http://127.0.0.1:1/');
  await show('bad port v6', 'http://[::1]:6000/');
  await show('Request', new Request('data:,fromrequest'));
  const ac = new AbortController();
  ac.abort();
  await show('aborted', 'data:,x', { signal: ac.signal });
  const ac2 = new AbortController();
  ac2.abort(new Error('mine'));
  await show('aborted reason', 'data:,x', { signal: ac2.signal });
  await show('timeout', 'data:,x', { signal: AbortSignal.timeout(100000) });
  const r = await fetch('data:,abc');
  console.log(r.headers.get('content-type'));
  try {
    r.headers.set('x', 'y');
  } catch (e) {
    console.log('immutable', e.message);
  }
  console.log(r.body !== null, await r.bytes());
  console.log(await fetch('data:,x'));
  for (const v of [new Request('http://a/'), new Response(), new Headers(), new FormData()]) {
    try {
      structuredClone(v);
    } catch (e) {
      console.log(e.name, e.message);
    }
  }
  let s = '';
  for await (const chunk of (await fetch('data:,iter%20ated')).body) s += Buffer.from(chunk);
  console.log(s);
})();

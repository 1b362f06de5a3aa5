'use strict';
// The Body mixin: extraction and content types, text/json/arrayBuffer/bytes/blob, bodyUsed,
// locked and disturbed streams, clone, Request bodies taken over by a new Request.
const t = async (label, f) => {
  try {
    console.log(label, 'ok', await f());
  } catch (e) {
    console.log(label, e.name, JSON.stringify(e.message));
  }
};
(async () => {
  const ct = (b) => new Response(b).headers.get('content-type');
  console.log(ct('x'), ct(new URLSearchParams('a=1')), ct(new Blob(['x'], { type: 'Text/HTML' })),
              ct(new Uint8Array(2)), ct(new ArrayBuffer(1)), ct(new DataView(new ArrayBuffer(1))), ct(null));
  const r = new Response('hey');
  console.log(await r.text(), r.bodyUsed, r.body);
  await t('read twice', () => r.text());
  const r2 = new Response('x');
  r2.body.getReader();
  await t('locked', () => r2.text());
  console.log(r2.bodyUsed);
  // (The message is the engine's JSON.parse message.)
  await t('bad json', () => new Response('{').json().catch((e) => e instanceof SyntaxError));
  await t('json', () => new Response('{"a":[1,2]}').json());
  await t('json bom', () => new Response('\ufeff{"b":1}').json());
  await t('text bom', async () => JSON.stringify(await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text()));
  await t('invalid utf8', async () => JSON.stringify(await new Response(new Uint8Array([0x41, 0xff, 0x42])).text()));
  async function* g() { yield 'a'; yield new Uint8Array([98]); yield Buffer.from('c'); }
  await t('async iterable', () => new Response(g()).text());
  await t('async iterable type', () => new Response(g()).headers.get('content-type'));
  await t('object', () => new Response({}).text());
  await t('number', () => new Response(123).text());
  await t('null', () => new Response(null).text());
  await t('undefined', () => new Response(undefined).text());
  await t('blob', async () => { const b = await new Response('hey', { headers: { 'content-type': 'A/B; Charset="x"' } }).blob(); return [b.size, b.type, await b.text()]; });
  await t('blob no type', async () => (await new Response(new Uint8Array([1])).blob()).type);
  await t('bytes', () => new Response('hey').bytes());
  await t('arrayBuffer', () => new Response('hey').arrayBuffer());
  await t('typed view copy', async () => { const u = new Uint8Array([1, 2, 3, 4]); const res = new Response(u.subarray(1, 3)); u[1] = 9; return res.bytes(); });
  await t('dataview', () => new Response(new DataView(new Uint8Array([5, 6, 7]).buffer, 1)).bytes());
  await t('urlsearchparams', () => new Response(new URLSearchParams({ a: 'b c', d: '&' })).text());
  await t('blob body', () => new Response(new Blob(['blob', 'parts'])).text());
  const c = new Response('abc');
  const c2 = c.clone();
  console.log(await c.text(), await c2.text());
  await t('clone used', async () => { const d = new Response('abc'); await d.text(); return d.clone(); });
  await t('clone stream', async () => {
    const s = new Response(new ReadableStream({ start(ctl) { ctl.enqueue(new Uint8Array([65, 66])); ctl.close(); } }));
    const s2 = s.clone();
    return [await s.text(), await s2.text()];
  });
  await t('string chunk', () => new Response(new ReadableStream({ start(ctl) { ctl.enqueue('str'); ctl.close(); } })).text());
  await t('stream', () => new Response(new ReadableStream({ start(ctl) { ctl.enqueue(new Uint8Array([65])); ctl.enqueue(new Uint8Array([66])); ctl.close(); } })).text());
  await t('errored stream', () => new Response(new ReadableStream({ start(ctl) { ctl.error(new Error('boom')); } })).text());
  await t('disturbed stream', async () => { const s = new ReadableStream(); s.getReader().cancel(); return new Response(s); });
  await t('body after text', async () => { const x = new Response('q'); await x.text(); return [x.body.locked, x.bodyUsed]; });
  await t('body then text', async () => { const x = new Response('q'); const b = x.body; return [await x.text(), b === x.body, b.locked]; });
  await t('byob', async () => { const x = new Response('hello'); const reader = x.body.getReader({ mode: 'byob' }); const { value } = await reader.read(new Uint8Array(3)); return [value, x.bodyUsed]; });
  const req = new Request('http://a/', { method: 'POST', body: 'q', headers: { a: 'b' } });
  const req2 = new Request(req);
  console.log(req.bodyUsed, req2.bodyUsed, await req2.text(), [...req2.headers]);
  await t('request used', () => new Request(req));
  await t('request clone', async () => { const x = new Request('http://a/', { method: 'PUT', body: 'zz' }); const y = x.clone(); return [await x.text(), await y.text(), y.method]; });
  await t('request clone used', async () => { const x = new Request('http://a/', { method: 'PUT', body: 'zz' }); await x.text(); return x.clone(); });
  await t('request blob', async () => (await new Request('http://a/', { method: 'POST', body: new URLSearchParams('x=1') }).blob()).type);
  await t('request formData', async () => [...await new Request('http://a/', { method: 'POST', body: new URLSearchParams('x=1&y=2') }).formData()]);
  await t('foreign this', () => Response.prototype.text.call({}));
  await t('keepalive stream', () => new Request('http://a/', { method: 'POST', body: new ReadableStream(), keepalive: true, duplex: 'half' }));
})();

'use strict';
// fetch() over node:http against a local server on 127.0.0.1 (port 0): request headers and
// bodies, streaming both ways, redirects, decompression, keep-alive, aborts and errors.
const test = require('node:test');
const assert = require('node:assert');
const zlib = require('node:zlib');

// fetch goes over node:http's client; until this build has one, these tests are skipped.
let http = null;
try {
  http = require('node:http');
} catch {
  // Not built yet.
}
const skip = typeof http?.request === 'function' && typeof http?.Agent === 'function' &&
             typeof http?.createServer === 'function' ? false : 'node:http (client and server) is not in this build yet';

// One server for the file; routes are chosen by path.
let server;
let base;
const seen = [];  // [method, url, rawHeaders, body, socket]
function route(req, res, body) {
  const u = new URL(req.url, 'http://x');
  switch (u.pathname) {
    case '/echo':
      res.writeHead(200, { 'content-type': 'application/json', 'x-multi': 'a', 'set-cookie': ['c1=1', 'c2=2'] });
      res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
      return;
    case '/redirect': {
      const status = Number(u.searchParams.get('status') || 302);
      res.writeHead(status, { location: u.searchParams.get('to') || '/echo' });
      res.end('moved');
      return;
    }
    case '/loop':
      res.writeHead(302, { location: `/loop?n=${Number(u.searchParams.get('n') || 0) + 1}` });
      res.end();
      return;
    case '/gzip':
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(zlib.gzipSync('gzipped body'));
      return;
    case '/deflate':
      res.writeHead(200, { 'content-encoding': 'deflate' });
      res.end(zlib.deflateSync('deflated body'));
      return;
    case '/rawdeflate':
      res.writeHead(200, { 'content-encoding': 'deflate' });
      res.end(zlib.deflateRawSync('raw deflated body'));
      return;
    case '/br':
      res.writeHead(200, { 'content-encoding': 'br' });
      res.end(zlib.brotliCompressSync('brotli body'));
      return;
    case '/zstd':
      res.writeHead(200, { 'content-encoding': 'zstd' });
      res.end(zlib.zstdCompressSync('zstd body'));
      return;
    case '/gzip-br':
      // Codings are listed in the order they were applied.
      res.writeHead(200, { 'content-encoding': 'gzip, br' });
      res.end(zlib.brotliCompressSync(zlib.gzipSync('two codings')));
      return;
    case '/unknown-coding':
      res.writeHead(200, { 'content-encoding': 'identity-ish' });
      res.end('as is');
      return;
    case '/slow': {
      // Two chunks; the second only when the client asks for /slow-release.
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first;');
      slowResponses.push(res);
      return;
    }
    case '/slow-release':
      for (const r of slowResponses.splice(0)) r.end('second');
      res.end('released');
      return;
    case '/hang':
      hanging.push(res);
      return;
    case '/cut':
      res.writeHead(200, { 'content-length': '100' });
      res.write('partial');
      setImmediate(() => res.socket.destroy());
      return;
    case '/nocontent':
      res.writeHead(204);
      res.end();
      return;
    default:
      res.writeHead(404, 'Not Here');
      res.end('missing');
  }
}
const slowResponses = [];
const hanging = [];
let connections = 0;

test.before(async () => {
  if (skip) return;
  server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      seen.push([req.method, req.url, req.rawHeaders, body, req.socket]);
      route(req, res, body);
    });
  });
  server.on('connection', () => connections++);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

test.after(() => {
  if (skip) return;
  for (const r of hanging) r.destroy();
  server.closeAllConnections?.();
  server.close();
});

test('GET: status, headers, body and the headers undici sends', { skip }, async () => {
  const r = await fetch(`${base}/echo?q=1`);
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.statusText, 'OK');
  assert.strictEqual(r.ok, true);
  assert.strictEqual(r.type, 'basic');
  assert.strictEqual(r.url, `${base}/echo?q=1`);
  assert.strictEqual(r.redirected, false);
  assert.deepStrictEqual(r.headers.getSetCookie(), ['c1=1', 'c2=2']);
  assert.ok(r.body instanceof ReadableStream);
  const data = await r.json();
  assert.strictEqual(data.method, 'GET');
  assert.strictEqual(data.url, '/echo?q=1');
  const h = data.headers;
  assert.strictEqual(h.accept, '*/*');
  assert.strictEqual(h['accept-language'], '*');
  assert.strictEqual(h['sec-fetch-mode'], 'cors');
  assert.strictEqual(h['user-agent'], 'node');
  assert.strictEqual(h['accept-encoding'], 'gzip, deflate');
  assert.strictEqual(h.host, base.slice(7));
  assert.strictEqual(h['content-length'], undefined);
  const nf = await fetch(`${base}/none`);
  assert.deepStrictEqual([nf.status, nf.statusText, nf.ok, await nf.text()], [404, 'Not Here', false, 'missing']);
});

test('request bodies: string, bytes, URLSearchParams, FormData and a stream', { skip }, async () => {
  let r = await fetch(`${base}/echo`, { method: 'POST', body: 'hello', headers: { 'X-Custom': 'v' } });
  let d = await r.json();
  assert.deepStrictEqual([d.method, d.body, d.headers['content-length'], d.headers['content-type'], d.headers['x-custom']],
                         ['POST', 'hello', '5', 'text/plain;charset=UTF-8', 'v']);
  r = await fetch(`${base}/echo`, { method: 'PUT', body: new Uint8Array([104, 105]) });
  d = await r.json();
  assert.deepStrictEqual([d.body, d.headers['content-length'], d.headers['content-type']], ['hi', '2', undefined]);
  r = await fetch(`${base}/echo`, { method: 'POST', body: new URLSearchParams({ a: '1 2' }) });
  d = await r.json();
  assert.deepStrictEqual([d.body, d.headers['content-type']], ['a=1+2', 'application/x-www-form-urlencoded;charset=UTF-8']);
  r = await fetch(`${base}/echo`, { method: 'POST' });
  assert.strictEqual((await r.json()).headers['content-length'], '0');
  const fd = new FormData();
  fd.append('field', 'value');
  r = await fetch(`${base}/echo`, { method: 'POST', body: fd });
  d = await r.json();
  assert.match(d.headers['content-type'], /^multipart\/form-data; boundary=/);
  assert.match(d.body, /name="field"\r\n\r\nvalue\r\n/);
  const enc = new TextEncoder();
  const stream = new ReadableStream({
    start(c) { c.enqueue(enc.encode('str')); c.enqueue(enc.encode('eamed')); c.close(); },
  });
  r = await fetch(`${base}/echo`, { method: 'PUT', body: stream, duplex: 'half' });
  d = await r.json();
  assert.deepStrictEqual([d.body, d.headers['transfer-encoding'], d.headers['content-length']], ['streamed', 'chunked', undefined]);
});

test('response bodies stream: the first chunk arrives before the end', { skip }, async () => {
  const r = await fetch(`${base}/slow`);
  const reader = r.body.getReader();
  const dec = new TextDecoder();
  let text = '';
  while (!text.includes('first;')) {
    const { value } = await reader.read();
    text += dec.decode(value, { stream: true });
  }
  assert.strictEqual(text, 'first;');
  await (await fetch(`${base}/slow-release`)).text();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += dec.decode(value, { stream: true });
  }
  assert.strictEqual(text, 'first;second');
});

test('redirects: follow with method rewriting, manual, error, too many', { skip }, async () => {
  let r = await fetch(`${base}/redirect?status=302`, { method: 'POST', body: 'zz' });
  let d = await r.json();
  assert.deepStrictEqual([r.status, r.redirected, r.url, d.method, d.body, d.headers['content-type']],
                         [200, true, `${base}/echo`, 'GET', '', undefined]);
  r = await fetch(`${base}/redirect?status=303`, { method: 'PUT', body: 'zz' });
  d = await r.json();
  assert.deepStrictEqual([d.method, d.body], ['GET', '']);
  r = await fetch(`${base}/redirect?status=307`, { method: 'POST', body: 'keep' });
  d = await r.json();
  assert.deepStrictEqual([d.method, d.body, d.headers['content-type']], ['POST', 'keep', 'text/plain;charset=UTF-8']);
  r = await fetch(`${base}/redirect?status=301&to=${encodeURIComponent('/echo?x=1')}`);
  assert.strictEqual((await r.json()).url, '/echo?x=1');
  r = await fetch(`${base}/redirect`, { redirect: 'manual' });
  assert.deepStrictEqual([r.status, r.headers.get('location'), r.redirected, r.url, await r.text()],
                         [302, '/echo', false, `${base}/redirect`, 'moved']);
  await assert.rejects(fetch(`${base}/redirect`, { redirect: 'error' }),
                       (e) => e instanceof TypeError && e.message === 'fetch failed' && e.cause.message === 'unexpected redirect');
  await assert.rejects(fetch(`${base}/loop`), (e) => e.message === 'fetch failed' && e.cause.message === 'redirect count exceeded');
  assert.ok(seen.some(([, url]) => url === '/loop?n=20'));
  assert.ok(!seen.some(([, url]) => url === '/loop?n=21'));
  const stream = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } });
  await assert.rejects(fetch(`${base}/redirect?status=307`, { method: 'POST', body: stream, duplex: 'half' }),
                       (e) => e.message === 'fetch failed');
  await assert.rejects(fetch(`${base}/redirect?to=${encodeURIComponent('ftp://x/')}`),
                       (e) => e.cause.message === 'URL scheme must be a HTTP(S) scheme');
});

test('decompression of gzip, deflate (zlib and raw), br, zstd and stacked codings', { skip }, async () => {
  assert.strictEqual(await (await fetch(`${base}/gzip`)).text(), 'gzipped body');
  assert.strictEqual(await (await fetch(`${base}/deflate`)).text(), 'deflated body');
  assert.strictEqual(await (await fetch(`${base}/rawdeflate`)).text(), 'raw deflated body');
  assert.strictEqual(await (await fetch(`${base}/br`)).text(), 'brotli body');
  assert.strictEqual(await (await fetch(`${base}/zstd`)).text(), 'zstd body');
  assert.strictEqual(await (await fetch(`${base}/gzip-br`)).text(), 'two codings');
  const r = await fetch(`${base}/unknown-coding`);
  assert.strictEqual(r.headers.get('content-encoding'), 'identity-ish');
  assert.strictEqual(await r.text(), 'as is');
});

test('HEAD and 204 responses have a null body', { skip }, async () => {
  const h = await fetch(`${base}/echo`, { method: 'HEAD' });
  assert.strictEqual(h.status, 200);
  assert.strictEqual(h.body, null);
  assert.strictEqual(await h.text(), '');
  const n = await fetch(`${base}/nocontent`);
  assert.deepStrictEqual([n.status, n.body], [204, null]);
});

test('keep-alive: sequential requests reuse connections', { skip }, async () => {
  const before = connections;
  for (let i = 0; i < 4; i++) await (await fetch(`${base}/echo?k=${i}`)).text();
  // An idle connection from the earlier tests, or at most one new one, serves all four.
  assert.ok(connections - before <= 1, `${connections - before} new connections`);
});

test('abort before the response rejects with the reason; during the body errors the stream', { skip }, async () => {
  const ac = new AbortController();
  const p = fetch(`${base}/hang`, { signal: ac.signal });
  setTimeout(() => ac.abort(), 20);
  await assert.rejects(p, { name: 'AbortError', message: 'This operation was aborted' });
  const ac2 = new AbortController();
  const p2 = fetch(`${base}/hang`, { signal: ac2.signal });
  setTimeout(() => ac2.abort(new Error('my reason')), 20);
  await assert.rejects(p2, { message: 'my reason' });
  const ac3 = new AbortController();
  const r = await fetch(`${base}/slow`, { signal: ac3.signal });
  const reader = r.body.getReader();
  await reader.read();
  ac3.abort();
  await assert.rejects(reader.read(), { name: 'AbortError' });
  await (await fetch(`${base}/slow-release`)).text();
  await assert.rejects(fetch(`${base}/echo`, { signal: AbortSignal.abort('early') }), (e) => e === 'early');
});

test('network errors: fetch failed with the cause', { skip }, async () => {
  // A port that was just listening and is now closed.
  const probe = http.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
  await assert.rejects(fetch(`http://127.0.0.1:${port}/`), (e) => {
    assert.strictEqual(e.name, 'TypeError');
    assert.strictEqual(e.message, 'fetch failed');
    assert.strictEqual(e.cause.code, 'ECONNREFUSED');
    return true;
  });
  const r = await fetch(`${base}/cut`);
  await assert.rejects(r.text(), (e) => e instanceof TypeError && e.message === 'terminated');
  await assert.rejects(fetch('http://127.0.0.1:10080/'), (e) => e.cause.message === 'bad port');
});

'use strict';
// fetch() against a local node:http server: what a response looks like (inspect, headers,
// status texts), request headers as the server sees them, redirects, decoding and errors.
// Nothing that varies (ports, dates) is printed.
const http = require('http');
const zlib = require('zlib');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    const names = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) names.push(req.rawHeaders[i]);
    const u = new URL(req.url, 'http://x');
    if (u.pathname === '/r') {
      res.writeHead(Number(u.searchParams.get('s')), { location: u.searchParams.get('to') ?? '/e' });
      res.end('redirect body');
      return;
    }
    if (u.pathname === '/gz') {
      res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'text/plain' });
      res.end(zlib.gzipSync('zipped'));
      return;
    }
    if (u.pathname === '/status') {
      res.writeHead(Number(u.searchParams.get('s')), u.searchParams.get('t') ?? undefined);
      res.end();
      return;
    }
    res.sendDate = false;
    res.setHeader('X-Multi', ['a', 'b']);
    res.setHeader('Set-Cookie', ['one=1', 'two=2']);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ method: req.method, url: req.url, names, body, ct: req.headers['content-type'] ?? null }));
  });
});

const clean = (h) => [...h].filter(([k]) => k !== 'date' && k !== 'keep-alive' && k !== 'connection');

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const strip = (s) => s.split(base).join('BASE');
  try {
    let r = await fetch(`${base}/e?x=1`);
    console.log(r.status, r.statusText, r.ok, r.type, r.redirected, strip(r.url), clean(r.headers), r.headers.getSetCookie());
    console.log(await r.json());
    r = await fetch(`${base}/e`, { method: 'POST', body: 'text', headers: { 'X-One': '1', 'x-two': '2' } });
    console.log(await r.json());
    r = await fetch(`${base}/e`, { method: 'PUT', body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65, 66])); c.close(); } }), duplex: 'half' });
    console.log(await r.json());
    for (const s of [301, 302, 303, 307, 308]) {
      r = await fetch(`${base}/r?s=${s}`, { method: 'POST', body: 'b' });
      const d = await r.json();
      console.log(s, r.status, r.redirected, strip(r.url), d.method, JSON.stringify(d.body), d.ct);
    }
    r = await fetch(`${base}/r?s=302`, { redirect: 'manual' });
    console.log(r.status, r.redirected, strip(r.url), r.headers.get('location'), await r.text());
    r = await fetch(`${base}/r?s=301&to=${encodeURIComponent(`${base}/e#frag`)}`);
    console.log(strip(r.url));
    for (const redirect of ['error']) {
      await fetch(`${base}/r?s=302`, { redirect }).catch((e) => console.log(e.name, e.message, e.cause.message));
    }
    r = await fetch(`${base}/gz`);
    console.log(clean(r.headers), await r.text());
    for (const [s, t] of [[201, undefined], [404, undefined], [418, undefined], [299, 'Custom Text'], [500, undefined]]) {
      r = await fetch(`${base}/status?s=${s}${t ? `&t=${encodeURIComponent(t)}` : ''}`);
      console.log(r.status, JSON.stringify(r.statusText), r.ok, await r.text());
    }
    r = await fetch(`${base}/e`, { method: 'HEAD' });
    console.log(r.status, r.body, r.bodyUsed);
    r = await fetch(`${base}/e`);
    const { inspect } = require('util');
    console.log(strip(inspect(r)).replace(/date: '[^']*',?\s*/, '').replace(/'keep-alive': '[^']*',?\s*/, ''));
    await r.text();
  } finally {
    server.closeAllConnections?.();
    server.close();
  }
  const probe = http.createServer();
  probe.listen(0, '127.0.0.1', () => {
    const port = probe.address().port;
    probe.close(async () => {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
      } catch (e) {
        console.log(e.name, e.message, e.cause.name, e.cause.code, e.cause.syscall);
      }
    });
  });
});

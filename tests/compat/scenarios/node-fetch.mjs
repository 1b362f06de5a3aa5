// node-fetch v3 (ESM) against a local http server: text, json, streaming body, headers, redirect.
import http from 'node:http';
import fetch, { Headers } from 'node-fetch';
const server = http.createServer((req, res) => {
  if (req.url === '/old') { res.writeHead(302, { location: '/json' }); res.end(); return; }
  if (req.url === '/json') { res.setHeader('content-type', 'application/json'); res.end('{"ok":true,"n":[1,2]}'); return; }
  if (req.url === '/stream') { res.write('a'); setTimeout(() => { res.write('b'); res.end('c'); }, 20); return; }
  let body = ''; req.on('data', (d) => { body += d; });
  req.on('end', () => { res.setHeader('x-len', String(body.length)); res.end(`${req.method} ${body} ${req.headers['x-custom']}`); });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r1 = await fetch(`${base}/old`); console.log(r1.status, r1.redirected, new URL(r1.url).pathname, await r1.json());
  const r2 = await fetch(`${base}/echo`, { method: 'POST', body: 'hello', headers: new Headers({ 'X-Custom': 'yes' }) });
  console.log(r2.status, r2.headers.get('x-len'), await r2.text());
  const r3 = await fetch(`${base}/stream`); let s = ''; for await (const chunk of r3.body) s += chunk; console.log(s);
  server.close(async () => {
    try { await fetch(base); } catch (e) { console.log(e.name, e.code); }
  });
});

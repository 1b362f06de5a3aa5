// got (ESM): json, a POST with json body, retries off, an HTTPError for a 500.
import http from 'node:http';
import got from 'got';
const server = http.createServer((req, res) => {
  let body = ''; req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (req.url === '/bad') { res.statusCode = 500; res.end('err'); return; }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ m: req.method, u: req.url, b: body ? JSON.parse(body) : null }));
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(await got(`${base}/a?x=1`).json());
  console.log(await got.post(`${base}/b`, { json: { k: 1 } }).json());
  try { await got(`${base}/bad`, { retry: { limit: 0 } }); } catch (e) { console.log(e.name, e.response.statusCode); }
  server.close();
});

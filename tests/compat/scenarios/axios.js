// axios (http adapter under Node): JSON get/post, headers, an error status, a refused connection.
const http = require('http');
const axios = require('axios');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (req.url === '/missing') { res.statusCode = 404; res.end('nope'); return; }
    res.setHeader('content-type', 'application/json');
    res.setHeader('x-seen-ua', String(/^axios\//.test(req.headers['user-agent'])));
    res.end(JSON.stringify({ method: req.method, url: req.url, type: req.headers['content-type'] || null, body }));
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const a = await axios.get(`${base}/items`, { params: { q: 'x y', n: 2 } });
  console.log(a.status, a.headers['x-seen-ua'], a.data);
  const b = await axios.post(`${base}/items`, { name: 'widget', tags: ['a'] });
  console.log(b.status, b.data);
  const c = await axios.put(`${base}/raw`, 'plain text', { headers: { 'content-type': 'text/plain' } });
  console.log(c.data.type, c.data.body);
  try { await axios.get(`${base}/missing`); } catch (e) { console.log(e.name, e.response.status, e.response.data); }
  const inst = axios.create({ baseURL: base, timeout: 2000 });
  const d = await inst.delete('/things/7'); console.log(d.data.method, d.data.url);
  server.close(async () => {
    try { await axios.get(base); } catch (e) { console.log(e.name, e.code); }
  });
});

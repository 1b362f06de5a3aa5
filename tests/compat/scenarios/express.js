const express = require('express');
const app = express();
app.use(express.json());
app.use((req, res, next) => { res.set('x-mw', '1'); next(); });
app.get('/hello/:name', (req, res) => res.json({ hello: req.params.name, q: req.query }));
app.post('/echo', (req, res) => res.status(201).json(req.body));
app.get('/boom', () => { throw new Error('boom'); });
app.use((err, req, res, next) => res.status(500).json({ error: err.message }));
const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const a = await fetch(`${base}/hello/bob?x=1`); console.log(a.status, a.headers.get('x-mw'), await a.json());
  const b = await fetch(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"k":[1]}' });
  console.log(b.status, await b.json());
  const c = await fetch(`${base}/boom`); console.log(c.status, await c.json());
  server.close();
});

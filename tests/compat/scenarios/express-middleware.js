// express with the common middleware: cors, compression, cookie-parser, morgan (to a string),
// express.static, a router, res.download-style streaming, and the 404 handler.
const path = require('path');
const fs = require('fs');
const os = require('os');
const http = require('http');
const zlib = require('zlib');
const express = require('express');
const cors = require('cors');
const compression = require('compression');
const cookieParser = require('cookie-parser');
const morgan = require('morgan');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-express-'));
fs.writeFileSync(path.join(dir, 'page.html'), '<h1>static</h1>' + 'x'.repeat(2000));
const logs = [];
const app = express();
app.use(morgan(':method :url :status', { stream: { write: (l) => logs.push(l.trim()) } }));
app.use(cors({ origin: 'http://example.test' }));
app.use(compression({ threshold: 100 }));
app.use(cookieParser('secret'));
app.use('/static', express.static(dir));
const router = express.Router();
router.get('/cookies', (req, res) => { res.cookie('b', '2', { signed: true }); res.json({ cookies: req.cookies }); });
router.get('/big', (req, res) => res.type('text').send('y'.repeat(5000)));
app.use('/r', router);
function get(port, p, headers = {}) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port, path: p, headers }, (res) => {
      const chunks = []; res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        let body = Buffer.concat(chunks);
        if (res.headers['content-encoding'] === 'gzip') body = zlib.gunzipSync(body);
        resolve({ status: res.statusCode, h: res.headers, body: body.toString() });
      });
    });
  });
}
const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const a = await get(port, '/static/page.html', { 'accept-encoding': 'gzip', origin: 'http://example.test' });
  console.log(a.status, a.h['content-type'], a.h['content-encoding'], a.h['access-control-allow-origin'], a.body.length);
  const b = await get(port, '/r/cookies', { cookie: 'a=1' });
  console.log(b.status, b.body, /^b=s%3A2\./.test(b.h['set-cookie'][0]));
  const c = await get(port, '/r/big', { 'accept-encoding': 'gzip' });
  console.log(c.status, c.h['content-encoding'], c.h.vary, c.body.length);
  const d = await get(port, '/nope');
  console.log(d.status, /Cannot GET \/nope/.test(d.body));
  server.close(() => { fs.rmSync(dir, { recursive: true }); console.log(logs); });
});

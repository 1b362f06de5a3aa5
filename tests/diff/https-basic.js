'use strict';
// node:https differential: a server and client over TLS — request/response details both ends
// see, keep-alive reuse through the global-style agent, session resumption through the
// agent's cache, certificate failures on requests and the server's clientError.
const https = require('https');
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', name));
const ca = fixture('ca.crt');
const log = (...a) => console.log(...a);

function request(options, body) {
  return new Promise((resolve) => {
    const req = https.request(options, (res) => {
      let data = '';
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, data, socket: req.socket }));
    });
    req.on('error', (err) => resolve({ error: err.code }));
    req.end(body);
  });
}

(async () => {
  const server = https.createServer({ key: fixture('server.key'), cert: fixture('server.crt') }, (req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      res.setHeader('content-type', 'text/plain');
      res.end(`${req.method} ${req.url} encrypted=${req.socket.encrypted} alpn=${req.socket.alpnProtocol} ` +
              `servername=${req.socket.servername} body=${body.length}`);
    });
  });
  server.on('clientError', (err, socket) => {
    log('server clientError', err.code, socket instanceof tls.TLSSocket);
    socket.destroy();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;

  const agent = new https.Agent({ keepAlive: true, ca });
  const first = await request({ port, host: '127.0.0.1', path: '/a', agent, servername: 'localhost' });
  log('GET', first.status, first.headers['content-type'], first.data);
  log('socket', first.socket.authorized, first.socket.getProtocol(), first.socket.getPeerCertificate().subject.CN);
  const second = await request({ port, host: '127.0.0.1', path: '/b', method: 'POST', agent, servername: 'localhost' }, 'x'.repeat(70000));
  log('POST', second.status, second.data, 'same socket', second.socket === first.socket);
  agent.destroy();

  const sessions = new https.Agent({ keepAlive: false, ca });
  const s1 = await request({ port, host: '127.0.0.1', agent: sessions, servername: 'localhost' });
  await new Promise((r) => setTimeout(r, 20));
  const s2 = await request({ port, host: '127.0.0.1', agent: sessions, servername: 'localhost' });
  log('resumed', s1.socket.isSessionReused(), s2.socket.isSessionReused(), sessions._sessionCache.list.length);

  log('no ca', (await request({ port, host: '127.0.0.1', agent: false })).error);
  log('wrong name', (await request({ port, host: '127.0.0.1', ca, servername: 'example.test', agent: false })).error);
  log('insecure', (await request({ port, host: '127.0.0.1', rejectUnauthorized: false, agent: false })).status);

  const c = net.connect(port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\n\r\n'));
  c.resume();
  await new Promise((r) => c.on('close', r));
  server.close(() => log('closed'));
})();

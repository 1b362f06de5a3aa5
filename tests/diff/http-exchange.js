'use strict';
// Differential: what a server sees and answers for a series of raw requests (Date removed),
// and what the client makes of a series of raw responses.
const http = require('http');
const net = require('net');

function raw(port, data) {
  return new Promise((resolve) => {
    const chunks = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(data));
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', () => {});
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}

const requests = [
  'GET /plain HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n',
  'GET /headers HTTP/1.1\r\nHost: h\r\nAccept: a\r\naccept: b\r\nUser-Agent: x\r\nUser-Agent: y\r\nCookie: 1\r\nCOOKIE: 2\r\nX-Custom: q\r\nConnection: close\r\n\r\n',
  'POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello',
  'POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n3;ext=1\r\ndef\r\n0\r\nX-Trailer: t\r\n\r\n',
  'HEAD /plain HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n',
  'GET /status HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n',
  'GET /chunked HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n',
  'GET /plain HTTP/1.0\r\n\r\n',
  'GET /plain HTTP/1.0\r\nConnection: keep-alive\r\n\r\n',
  'GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\nGET /plain HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n',
  'QUERY /q HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nConnection: close\r\n\r\nz',
  'GET /bad HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n',
  'GET /nohost HTTP/1.1\r\n\r\n',
  'GARBAGE\r\n\r\n',
];

const server = http.createServer((req, res) => {
  console.log('server saw', req.method, req.url, req.httpVersion, JSON.stringify(req.rawHeaders));
  console.log('  headers', JSON.stringify(req.headers));
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (body) console.log('  body', JSON.stringify(body), 'trailers', JSON.stringify(req.trailers));
    switch (req.url) {
      case '/echo': res.setHeader('Content-Type', 'text/plain'); res.end(body); break;
      case '/status': res.writeHead(299, 'Odd', { 'X-A': ['1', '2'] }); res.end('s'); break;
      case '/chunked': res.write('one'); setTimeout(() => res.end('two'), 5); break;
      case '/q': res.end(`query ${body}`); break;
      default: res.end(`url ${req.url}`);
    }
  });
});

const responses = [
  'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nX-Dup: 1\r\nX-Dup: 2\r\nSet-Cookie: a\r\nSet-Cookie: b\r\n\r\nabc',
  'HTTP/1.1 404 Not Here\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nno\r\n0\r\nT: v\r\n\r\n',
  'HTTP/1.0 200 OK\r\n\r\nuntil close',
  'HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx',
  'HTTP/1.1 2xx Bad\r\n\r\n',
];

async function clientSide() {
  for (const reply of responses) {
    const rawServer = net.createServer((s) => s.once('data', () => s.end(reply)));
    await new Promise((r) => rawServer.listen(0, '127.0.0.1', r));
    await new Promise((resolve) => {
      const req = http.get({ port: rawServer.address().port, host: '127.0.0.1', agent: false }, (res) => {
        let body = '';
        res.setEncoding('latin1');
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          console.log('client got', res.statusCode, JSON.stringify(res.statusMessage), res.httpVersion,
                      JSON.stringify(res.headers), JSON.stringify(body), JSON.stringify(res.trailers));
          resolve();
        });
      });
      req.on('error', (e) => { console.log('client error', e.code, e.message); resolve(); });
    });
    rawServer.close();
  }
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const r of requests) {
    console.log('>>', JSON.stringify(r.slice(0, 40)));
    const text = await raw(port, r);
    console.log('<<', JSON.stringify(text.replace(/Date: [^\r]*\r\n/g, 'Date: *\r\n')));
  }
  server.close();
  await clientSide();
});

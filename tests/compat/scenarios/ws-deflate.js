// ws with permessage-deflate, binary frames, ping/pong, a close code and reason, and
// a server attached to an existing http server through its 'upgrade' event (noServer mode).
const http = require('http');
const { WebSocketServer, WebSocket } = require('ws');
const server = http.createServer((req, res) => res.end('plain http'));
const wss = new WebSocketServer({ noServer: true, perMessageDeflate: { threshold: 0 } });
server.on('upgrade', (req, socket, head) => {
  if (req.url !== '/ws') { socket.destroy(); return; }
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
});
wss.on('connection', (ws, req) => {
  ws.on('message', (data, isBinary) => ws.send(isBinary ? Buffer.from(data).reverse() : `echo:${data}`));
  ws.on('ping', (d) => console.log('server ping', d.toString()));
  ws.on('close', (code, reason) => { console.log('server close', code, reason.toString()); wss.close(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get(`http://127.0.0.1:${port}/`, (res) => {
    let b = ''; res.on('data', (d) => { b += d; }); res.on('end', () => {
      console.log('http', res.statusCode, b);
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { perMessageDeflate: true });
      const got = [];
      ws.on('open', () => { console.log('ext', ws.extensions); ws.ping('p1'); ws.send('x'.repeat(10000)); ws.send(Buffer.from([1, 2, 3])); });
      ws.on('pong', (d) => console.log('client pong', d.toString()));
      ws.on('message', (data, isBinary) => {
        got.push(isBinary ? [...data] : data.toString().length);
        if (got.length === 2) { console.log(got); ws.close(4001, 'done'); }
      });
    });
  });
});

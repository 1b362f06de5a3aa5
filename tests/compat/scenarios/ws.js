const { WebSocketServer, WebSocket } = require('ws');
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 }, () => {
  const ws = new WebSocket(`ws://127.0.0.1:${wss.address().port}`);
  ws.on('open', () => ws.send('ping'));
  ws.on('message', (m) => { console.log('client got', m.toString()); ws.close(); wss.close(); });
});
wss.on('connection', (sock) => sock.on('message', (m) => sock.send(`pong:${m}`)));

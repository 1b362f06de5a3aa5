// A pooled keep-alive socket that the server closed (server.close() ends idle connections) is
// not reused by the agent: the next request opens a new connection (ECONNREFUSED here), as Node 24.
const http = require('http');
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1' }, (res) => {
    res.resume();
    res.on('end', () => {
      server.close(() => {
        const a = http.globalAgent;
        const s = Object.values(a.freeSockets)[0][0];
        s.on('end', () => console.log('free socket end')); s.on('close', () => console.log('free socket close'));
        const r = http.get({ port, host: '127.0.0.1' });
        console.log('after get: free', Object.keys(a.freeSockets).length, 'reused?', r.reusedSocket);
        r.on('socket', (so) => console.log('socket reused', so === s));
        r.on('error', (e) => console.log(e.code));
      });
    });
  });
});

// bench: server rounds=3 quick=1
// HTTP hello world (keep-alive): prints its port, then serves until killed.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('hello world');
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));

// bench: server rounds=3 quick=1
// The floor under the HTTP servers: a net server that answers every read with one fixed
// keep-alive HTTP response, without parsing (wrk sends one request per read). What is left is
// the net.Socket stream path (Readable push, 'data', Writable write) and the kernel.
const net = require('net');
const response = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n' +
  'Connection: keep-alive\r\n\r\nhello world';
const server = net.createServer((socket) => {
  socket.on('error', () => {});  // wrk resets its connections at the end
  socket.on('data', () => socket.write(response));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));

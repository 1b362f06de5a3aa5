'use strict';
// Failures: refused connections, resets before and during responses, malformed responses,
// writes after end, aborted request bodies seen by the server.
const test = require('node:test');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');
const { once } = require('node:events');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function closedPort() {
  const s = net.createServer();
  const port = await listen(s);
  await new Promise((r) => s.close(r));
  return port;
}

function rawReplyServer(reply) {
  const server = net.createServer((socket) => {
    socket.once('data', () => {
      if (typeof reply === 'function') reply(socket);
      else socket.end(reply);
    });
  });
  return listen(server).then((port) => ({ server, port }));
}

test('ECONNREFUSED', async () => {
  const port = await closedPort();
  const req = http.get({ port, host: '127.0.0.1' });
  const [err] = await once(req, 'error');
  assert.strictEqual(err.code, 'ECONNREFUSED');
  assert.strictEqual(err.syscall, 'connect');
  assert.strictEqual(err.address, '127.0.0.1');
  assert.strictEqual(err.port, port);
});

test('the server closes before answering: socket hang up (ECONNRESET)', async () => {
  const { server, port } = await rawReplyServer((socket) => socket.destroy());
  const req = http.get({ port, host: '127.0.0.1' });
  const [err] = await once(req, 'error');
  assert.strictEqual(err.code, 'ECONNRESET');
  assert.strictEqual(err.message, 'socket hang up');
  server.close();
});

test('the connection breaks during the response body: aborted', async () => {
  const { server, port } = await rawReplyServer((socket) => {
    socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial');
    setTimeout(() => socket.destroy(), 20);
  });
  const req = http.get({ port, host: '127.0.0.1' });
  const [res] = await once(req, 'response');
  const events = [];
  res.on('aborted', () => events.push('aborted'));
  res.on('data', (d) => events.push(`data ${d}`));
  res.on('error', (e) => events.push(`error ${e.code} ${e.message}`));
  await new Promise((resolve) => res.on('close', resolve));  // once() would reject on 'error'
  assert.deepStrictEqual(events, ['data partial', 'aborted', 'error ECONNRESET aborted']);
  assert.strictEqual(res.complete, false);
  server.close();
});

test('a malformed response: parse error on the request', async () => {
  for (const [reply, code] of [
    ['HTTP/1.1 abc\r\n\r\n', 'HPE_INVALID_STATUS'],
    ['HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n', 'HPE_UNEXPECTED_CONTENT_LENGTH'],
    ['HTTP/1.1 200 OK\r\nBad Header\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
    ['NOT HTTP\r\n\r\n', 'HPE_INVALID_CONSTANT'],
  ]) {
    const { server, port } = await rawReplyServer(reply);
    const req = http.get({ port, host: '127.0.0.1' });
    const [err] = await once(req, 'error');
    assert.strictEqual(err.code, code, reply);
    assert.ok(Buffer.isBuffer(err.rawPacket));
    assert.strictEqual(typeof err.bytesParsed, 'number');
    server.close();
  }
});

test('a response head larger than maxHeaderSize: HPE_HEADER_OVERFLOW', async () => {
  const { server, port } = await rawReplyServer(`HTTP/1.1 200 OK\r\nX: ${'y'.repeat(2000)}\r\n\r\n`);
  const req = http.get({ port, host: '127.0.0.1', maxHeaderSize: 1024 });
  const [err] = await once(req, 'error');
  assert.strictEqual(err.code, 'HPE_HEADER_OVERFLOW');
  server.close();
});

test('write after end', async () => {
  let resolveResults;
  const results = [];
  const done = new Promise((r) => { resolveResults = r; });
  const server = http.createServer((req, res) => {
    res.end('done');
    res.on('error', (e) => results.push(`error event ${e.code}`));
    res.write('more', (err) => results.push(`callback ${err.code}`));
    setTimeout(resolveResults, 30);
  });
  const port = await listen(server);
  const req = http.get({ port, host: '127.0.0.1', agent: false });
  const [res] = await once(req, 'response');
  res.resume();
  await done;
  assert.deepStrictEqual(results, ['callback ERR_STREAM_WRITE_AFTER_END', 'error event ERR_STREAM_WRITE_AFTER_END']);
  server.close();
});

test('the server sees an aborted request body', async () => {
  const events = [];
  const done = new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      req.on('aborted', () => events.push('aborted'));
      req.on('data', () => events.push('data'));
      req.on('error', (e) => events.push(`error ${e.code} ${e.message}`));
      req.on('close', () => {
        events.push('close');
        server.close();
        resolve();
      });
    });
    listen(server).then((port) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write('POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\nsome');
        setTimeout(() => socket.destroy(), 30);
      });
    });
  });
  await done;
  assert.deepStrictEqual(events, ['data', 'aborted', 'error ECONNRESET aborted', 'close']);
});

test('clientError for a connection reset is not answered', async () => {
  const server = http.createServer(() => {});
  const errors = [];
  server.on('clientError', (err, socket) => {
    errors.push(err.code);
    socket.destroy();
  });
  const port = await listen(server);
  const socket = net.connect(port, '127.0.0.1', () => {
    socket.write('GET / HTTP/1.1\r\nHost: h\r\nX: partial');
    setTimeout(() => socket.resetAndDestroy(), 20);
  });
  await once(socket, 'close');
  await new Promise((r) => setTimeout(r, 50));
  assert.deepStrictEqual(errors, ['ECONNRESET']);
  server.close();
});

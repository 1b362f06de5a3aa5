'use strict';
// http.request/get: URL forms, options, the request on the wire, responses (streaming, HEAD,
// 1xx 'information', trailers), events and their order, destroy/abort/AbortSignal,
// createConnection, localAddress, lookup, setTimeout.
const test = require('node:test');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');
const { once } = require('node:events');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function fetchText(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ res, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

// A raw server that records the request bytes and answers with `reply`.
async function rawServer(reply) {
  const requests = [];
  const server = net.createServer((socket) => {
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => {
      data += d;
      if (data.includes('\r\n\r\n')) {
        requests.push(data);
        socket.end(typeof reply === 'function' ? reply(data) : reply);
      }
    });
  });
  const port = await listen(server);
  return { server, port, requests };
}

test('request line and default headers on the wire', async () => {
  const { server, port, requests } = await rawServer('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
  const a = await fetchText({ port, host: '127.0.0.1', path: '/a?b=c', agent: false });
  assert.strictEqual(a.text, 'ok');
  await fetchText({ port, host: '127.0.0.1', method: 'post', path: '/p', headers: { 'X-One': 1, 'content-type': 'text/plain' } }, 'body!');
  await fetchText(`http://user:pw@127.0.0.1:${port}/url-string`);
  await fetchText(new URL(`http://127.0.0.1:${port}/url-object?x=1#frag`));
  await fetchText({ port, host: '127.0.0.1', headers: [['X-Arr', '1'], ['X-Arr', '2']], agent: false });
  await fetchText({ port, host: '127.0.0.1', setDefaultHeaders: false, headers: { host: 'explicit' } });
  server.close();
  assert.deepStrictEqual(requests, [
    `GET /a?b=c HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
    // end(body) alone: the length is known.
    `POST /p HTTP/1.1\r\nX-One: 1\r\ncontent-type: text/plain\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\n` +
      'Content-Length: 5\r\n\r\nbody!',
    `GET /url-string HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Basic dXNlcjpwdw==\r\nConnection: keep-alive\r\n\r\n`,
    `GET /url-object?x=1 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\n\r\n`,
    'GET / HTTP/1.1\r\nX-Arr: 1\r\nX-Arr: 2\r\nConnection: close\r\n\r\n',
    'GET / HTTP/1.1\r\nhost: explicit\r\n\r\n',
  ]);
});

test('response object, streaming and HEAD', async () => {
  const server = http.createServer((req, res) => {
    res.setHeader('X-Reply', 'yes');
    res.statusMessage = 'Custom';
    if (req.method === 'HEAD') return res.end();
    res.write('part1 ');
    setTimeout(() => res.end('part2'), 10);
  });
  const port = await listen(server);
  const { res, text } = await fetchText({ port, host: '127.0.0.1', path: '/s' });
  assert.strictEqual(text, 'part1 part2');
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(res.statusMessage, 'Custom');
  assert.strictEqual(res.httpVersion, '1.1');
  assert.strictEqual(res.headers['x-reply'], 'yes');
  assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
  assert.ok(res.rawHeaders.includes('X-Reply'));
  assert.strictEqual(res.complete, true);
  assert.strictEqual(res.req.path, '/s');
  const head = await fetchText({ port, host: '127.0.0.1', method: 'HEAD' });
  assert.strictEqual(head.text, '');
  assert.strictEqual(head.res.headers['x-reply'], 'yes');
  server.close();
});

test('event order of a request', async () => {
  const server = http.createServer((req, res) => res.end('x'));
  const port = await listen(server);
  const events = [];
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', agent: false });
    req.on('socket', () => events.push('socket'));
    req.on('finish', () => events.push('finish'));
    req.on('response', (res) => {
      events.push('response');
      res.on('data', () => events.push('data'));
      res.on('end', () => events.push('end'));
      res.on('close', () => events.push('res close'));
    });
    req.on('close', () => { events.push('close'); resolve(); });
    req.end();
  });
  server.close();
  assert.deepStrictEqual(events, ['socket', 'finish', 'response', 'data', 'end', 'res close', 'close']);
});

test('informational responses: information and continue', async () => {
  const { server, port } = await rawServer(
    'HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n' +
    'HTTP/1.1 200 OK\r\nContent-Length: 4\r\nConnection: close\r\n\r\ndone');
  const infos = [];
  const req = http.get({ port, host: '127.0.0.1' });
  req.on('information', (info) => infos.push([info.statusCode, info.statusMessage, info.headers.link]));
  const [res] = await once(req, 'response');
  res.setEncoding('utf8');
  const [body] = await once(res, 'data');
  server.close();
  assert.strictEqual(body, 'done');
  assert.deepStrictEqual(infos, [[102, 'Processing', undefined], [103, 'Early Hints', '</a.css>; rel=preload']]);
});

test('response trailers', async () => {
  const { server, port } = await rawServer(
    'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\nX-T: v\r\n\r\n');
  const { res, text } = await fetchText({ port, host: '127.0.0.1' });
  server.close();
  assert.strictEqual(text, 'abc');
  assert.deepStrictEqual(res.trailers, { 'x-t': 'v' });
  assert.deepStrictEqual(res.rawTrailers, ['X-T', 'v']);
});

test('a response without length ends with the connection', async () => {
  const { server, port } = await rawServer('HTTP/1.1 200 OK\r\n\r\nuntil close');
  const { text } = await fetchText({ port, host: '127.0.0.1' });
  server.close();
  assert.strictEqual(text, 'until close');
});

// Records a request's 'abort', 'error' (code/message) and 'close' events until it closes.
function track(req) {
  const events = [];
  req.on('abort', () => events.push('abort'));
  req.on('error', (e) => events.push(`error ${e.code} ${e.message}`));
  return new Promise((resolve) => req.on('close', () => {
    events.push('close');
    // Late errors would show up here too.
    setTimeout(() => resolve(events), 20);
  }));
}

test('destroy, abort and AbortSignal', async () => {
  const server = http.createServer(() => {});  // never answers
  const port = await listen(server);
  const get = (options) => http.get({ port, host: '127.0.0.1', ...options });

  const r1 = get();
  r1.on('socket', () => setImmediate(() => r1.destroy(new Error('mine'))));
  assert.deepStrictEqual(await track(r1), ['error undefined mine', 'close']);
  assert.strictEqual(r1.destroyed, true);

  const r2 = get();
  r2.on('socket', () => setImmediate(() => r2.destroy()));
  assert.deepStrictEqual(await track(r2), ['error ECONNRESET socket hang up', 'close']);

  // abort() (deprecated) once the socket is there: 'abort', then 'socket hang up'.
  const r3 = get();
  r3.on('socket', () => setImmediate(() => r3.abort()));
  assert.deepStrictEqual(await track(r3), ['abort', 'error ECONNRESET socket hang up', 'close']);
  assert.strictEqual(r3.aborted, true);

  // abort() before any socket: no error.
  const r4 = get();
  const t4 = track(r4);
  r4.abort();
  assert.deepStrictEqual(await t4, ['close', 'abort']);

  const r5 = get();
  const t5 = track(r5);
  r5.destroy();
  assert.deepStrictEqual(await t5, ['error ECONNRESET socket hang up', 'close']);

  const ac = new AbortController();
  const r6 = get({ signal: ac.signal });
  r6.on('socket', () => setImmediate(() => ac.abort()));
  assert.deepStrictEqual(await track(r6), ['error ABORT_ERR The operation was aborted', 'close']);

  const r7 = get({ signal: AbortSignal.abort() });
  assert.deepStrictEqual(await track(r7), ['error ABORT_ERR The operation was aborted', 'close']);
  server.closeAllConnections();
  server.close();
});

test('createConnection, localAddress and lookup options', async () => {
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push(req.socket.remoteAddress);
    res.end(req.url);
  });
  const port = await listen(server);
  let created = 0;
  const viaCreate = await fetchText({
    path: '/cc',
    createConnection(opts, cb) {
      created++;
      return net.connect(port, '127.0.0.1');
    },
  });
  assert.strictEqual(viaCreate.text, '/cc');
  assert.strictEqual(created, 1);

  const local = await fetchText({ port, host: '127.0.0.1', localAddress: '127.0.0.1', path: '/la', agent: false });
  assert.strictEqual(local.text, '/la');

  const lookups = [];
  const looked = await fetchText({
    port, host: 'my.test.invalid', path: '/lookup', agent: false,
    lookup(hostname, options, cb) {
      lookups.push(hostname);
      if (options.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
      else cb(null, '127.0.0.1', 4);
    },
  });
  assert.strictEqual(looked.text, '/lookup');
  assert.deepStrictEqual(lookups, ['my.test.invalid']);
  assert.deepStrictEqual(seen, ['127.0.0.1', '127.0.0.1', '127.0.0.1']);
  server.close();
});

test('request setTimeout and the timeout option', async () => {
  const server = http.createServer(() => {});
  const port = await listen(server);
  const r1 = http.get({ port, host: '127.0.0.1', agent: false });
  let fired = 0;
  r1.setTimeout(50, () => {
    fired++;
    r1.destroy();
  });
  const [err] = await once(r1, 'error');
  assert.strictEqual(err.message, 'socket hang up');
  assert.strictEqual(fired, 1);

  const r2 = http.get({ port, host: '127.0.0.1', timeout: 50, agent: false });
  await once(r2, 'timeout');
  r2.destroy();
  r2.on('error', () => {});
  server.closeAllConnections();
  server.close();
});

test('request bodies: chunked by default, Content-Length when set', async () => {
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end(`${req.headers['transfer-encoding'] || '-'} ${req.headers['content-length'] || '-'} ${body}`));
  });
  const port = await listen(server);
  const chunked = await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST' }, (res) => {
      let t = '';
      res.on('data', (d) => { t += d; });
      res.on('end', () => resolve(t));
    });
    req.write('a');
    setTimeout(() => { req.write('b'); req.end('c'); }, 5);
  });
  assert.strictEqual(chunked, 'chunked - abc');
  const sized = await fetchText({ port, host: '127.0.0.1', method: 'PUT', headers: { 'content-length': 3 } }, 'xyz');
  assert.strictEqual(sized.text, '- 3 xyz');
  server.close();
});

test('argument validation', () => {
  assert.throws(() => http.request({ method: 'bad method' }), {
    code: 'ERR_INVALID_HTTP_TOKEN', message: 'Method must be a valid HTTP token ["bad method"]',
  });
  assert.throws(() => http.request({ protocol: 'https:' }), {
    code: 'ERR_INVALID_PROTOCOL', message: 'Protocol "https:" not supported. Expected "http:"',
  });
  assert.throws(() => http.request({ path: '/a b' }), {
    code: 'ERR_UNESCAPED_CHARACTERS', message: 'Request path contains unescaped characters',
  });
  assert.throws(() => http.request({ agent: 'nope' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => http.request({ host: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => http.request({ method: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => http.request({ timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => http.request({ headers: { 'bad name': 'x' } }), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => http.request('not a url'), { code: 'ERR_INVALID_URL' });
});

'use strict';
// http.Server and ServerResponse: the request object, header handling, status lines, the bytes
// a response puts on the wire (checked over a raw socket), body framing.
const test = require('node:test');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function raw(port, data) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(data));
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}

// The response without its Date header (the only varying part).
function noDate(text) {
  return text.replace(/\r\nDate: [^\r]*/, '');
}

async function serve(handler, fn, options) {
  const server = http.createServer(options || {}, handler);
  const port = await listen(server);
  try {
    return await fn(port, server);
  } finally {
    server.close();
  }
}

test('module shape', () => {
  assert.strictEqual(typeof http.createServer, 'function');
  assert.ok(http.createServer() instanceof http.Server);
  assert.ok(http.Server() instanceof net.Server);
  assert.ok(Array.isArray(http.METHODS));
  assert.ok(http.METHODS.includes('QUERY'));
  assert.ok(http.METHODS.includes('M-SEARCH'));
  assert.deepStrictEqual(http.METHODS, [...http.METHODS].sort());
  assert.strictEqual(http.METHODS.length, 35);
  assert.strictEqual(http.STATUS_CODES[200], 'OK');
  assert.strictEqual(http.STATUS_CODES[418], 'I\'m a Teapot');
  assert.strictEqual(http.STATUS_CODES[431], 'Request Header Fields Too Large');
  assert.strictEqual(http.maxHeaderSize, 16384);
  assert.ok(http.globalAgent instanceof http.Agent);
  assert.strictEqual(http.globalAgent.keepAlive, true);
  for (const name of ['request', 'get', 'validateHeaderName', 'validateHeaderValue', 'setMaxIdleHTTPParsers']) {
    assert.strictEqual(typeof http[name], 'function', name);
  }
  const server = http.createServer();
  assert.strictEqual(server.timeout, 0);
  assert.strictEqual(server.keepAliveTimeout, 5000);
  assert.strictEqual(server.headersTimeout, 60000);
  assert.strictEqual(server.requestTimeout, 300000);
  assert.strictEqual(server.maxHeadersCount, null);
  assert.strictEqual(server.maxRequestsPerSocket, 0);
  assert.strictEqual(server.requireHostHeader, true);
});

test('request object: method, url, version, headers, rawHeaders, headersDistinct', async () => {
  let got;
  await serve((req, res) => {
    got = {
      method: req.method,
      url: req.url,
      httpVersion: req.httpVersion,
      major: req.httpVersionMajor,
      minor: req.httpVersionMinor,
      headers: { ...req.headers },
      rawHeaders: req.rawHeaders,
      distinct: { ...req.headersDistinct },
      complete: req.complete,
      socketIsSocket: req.socket instanceof net.Socket,
      connection: req.connection === req.socket,
    };
    res.end();
  }, (port) => raw(port,
    'GET /path?q=1 HTTP/1.1\r\nHost: example\r\nX-A: 1\r\nx-a: 2\r\nSet-Cookie: a\r\nSet-Cookie: b\r\n' +
    'Cookie: c=1\r\nCookie: d=2\r\nContent-Type: text/a\r\nContent-Type: text/b\r\nConnection: close\r\n\r\n'));
  assert.deepStrictEqual(got, {
    method: 'GET',
    url: '/path?q=1',
    httpVersion: '1.1',
    major: 1,
    minor: 1,
    headers: {
      'host': 'example', 'x-a': '1, 2', 'set-cookie': ['a', 'b'], 'cookie': 'c=1; d=2',
      'content-type': 'text/a', 'connection': 'close',
    },
    rawHeaders: ['Host', 'example', 'X-A', '1', 'x-a', '2', 'Set-Cookie', 'a', 'Set-Cookie', 'b',
                 'Cookie', 'c=1', 'Cookie', 'd=2', 'Content-Type', 'text/a', 'Content-Type', 'text/b',
                 'Connection', 'close'],
    distinct: {
      'host': ['example'], 'x-a': ['1', '2'], 'set-cookie': ['a', 'b'], 'cookie': ['c=1', 'd=2'],
      'content-type': ['text/a', 'text/b'], 'connection': ['close'],
    },
    complete: false,
    socketIsSocket: true,
    connection: true,
  });
});

test('joinDuplicateHeaders', async () => {
  let headers;
  await serve((req, res) => { headers = req.headers; res.end(); }, (port) => raw(port,
    'GET / HTTP/1.1\r\nHost: h\r\nContent-Type: a\r\nContent-Type: b\r\nConnection: close\r\n\r\n'),
  { joinDuplicateHeaders: true });
  assert.strictEqual(headers['content-type'], 'a, b');
});

test('response head on the wire', async () => {
  const cases = [
    [(req, res) => res.end('hi'),
     'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nhi'],
    [(req, res) => { res.statusCode = 404; res.statusMessage = 'Nope'; res.end(); },
     'HTTP/1.1 404 Nope\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'],
    // writeHead() renders the head at once: the length of end()'s chunk is not known then.
    [(req, res) => { res.writeHead(201, { 'X-Custom': 'v', 'Content-Type': 'text/plain' }); res.end('x'); },
     'HTTP/1.1 201 Created\r\nX-Custom: v\r\nContent-Type: text/plain\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n'],
    [(req, res) => { res.statusCode = 201; res.setHeader('Content-Type', 'text/plain'); res.end('x'); },
     'HTTP/1.1 201 Created\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx'],
    [(req, res) => { res.writeHead(200, 'Fine', ['A', '1', 'A', '2', 'B', '3']); res.end(); },
     'HTTP/1.1 200 Fine\r\nA: 1\r\nA: 2\r\nB: 3\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
    [(req, res) => { res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.setHeader('X', 5); res.end(); },
     'HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nX: 5\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'],
    [(req, res) => { res.setHeader('A', '1'); res.appendHeader('a', '2'); res.appendHeader('A', ['3']); res.end(); },
     'HTTP/1.1 200 OK\r\nA: 1\r\nA: 2\r\nA: 3\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'],
    [(req, res) => { res.setHeader('X', 'old'); res.writeHead(200, { x: 'new' }); res.end(); },
     'HTTP/1.1 200 OK\r\nx: new\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
    // Writes of one tick go out as one chunk.
    [(req, res) => { res.write('abc'); res.end('de'); },
     'HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n0\r\n\r\n'],
    [(req, res) => { res.write('abc'); setTimeout(() => res.end('de'), 5); },
     'HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n'],
    [(req, res) => { res.writeHead(204, { 'Content-Type': 'x' }); res.end('ignored'); },
     'HTTP/1.1 204 No Content\r\nContent-Type: x\r\nConnection: close\r\n\r\n'],
    [(req, res) => { res.writeHead(304); res.end(); },
     'HTTP/1.1 304 Not Modified\r\nConnection: close\r\n\r\n'],
    [(req, res) => { res.sendDate = false; res.removeHeader('Date'); res.end(Buffer.from('buf')); },
     'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 3\r\n\r\nbuf'],
    [(req, res) => { res.setHeader('Content-Length', 4); res.write('ab'); res.end('cd'); },
     'HTTP/1.1 200 OK\r\nContent-Length: 4\r\nConnection: close\r\n\r\nabcd'],
    [(req, res) => { res.writeHead(200, { 'Transfer-Encoding': 'chunked', Trailer: 'X-T' });
       res.addTrailers({ 'X-T': 'tv' }); res.end('z'); },
     'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\nConnection: close\r\n\r\n1\r\nz\r\n0\r\nX-T: tv\r\n\r\n'],
  ];
  for (const [handler, expected] of cases) {
    const text = await serve(handler, (port) => raw(port, 'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'));
    assert.strictEqual(noDate(text), expected, handler.toString());
  }
});

test('keep-alive response headers and HEAD', async () => {
  await serve((req, res) => res.end('body'), async (port) => {
    const text = await raw(port, 'HEAD / HTTP/1.1\r\nHost: h\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
    const parts = text.split(/(?=HTTP\/1\.1 )/);
    assert.strictEqual(parts.length, 2);
    // A response to HEAD has no body, so no framing headers either.
    assert.strictEqual(noDate(parts[0]),
                       'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n');
    assert.strictEqual(noDate(parts[1]), 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 4\r\n\r\nbody');
    assert.match(parts[0], /\r\nDate: [A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT\r\n/);
  });
});

test('HTTP/1.0 requests: no chunked encoding, connection closes', async () => {
  await serve((req, res) => { res.write('a'); res.end('b'); }, async (port) => {
    assert.strictEqual(noDate(await raw(port, 'GET / HTTP/1.0\r\n\r\n')),
                       'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nab');
  });
});

test('header methods of ServerResponse', async () => {
  await serve((req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.setHeader('X-Multi', ['a', 'b']);
    assert.strictEqual(res.getHeader('content-type'), 'text/plain');
    assert.deepStrictEqual(res.getHeader('X-MULTI'), ['a', 'b']);
    assert.strictEqual(res.getHeader('missing'), undefined);
    assert.ok(res.hasHeader('CONTENT-TYPE'));
    assert.deepStrictEqual(res.getHeaderNames(), ['content-type', 'x-multi']);
    assert.deepStrictEqual(res.getRawHeaderNames(), ['Content-Type', 'X-Multi']);
    const all = res.getHeaders();
    assert.strictEqual(Object.getPrototypeOf(all), null);
    assert.deepStrictEqual({ ...all }, { 'content-type': 'text/plain', 'x-multi': ['a', 'b'] });
    res.removeHeader('x-multi');
    assert.strictEqual(res.hasHeader('x-multi'), false);
    res.setHeaders(new Map([['a', '1'], ['b', '2']]));
    assert.strictEqual(res.getHeader('b'), '2');
    assert.throws(() => res.setHeaders([['a', 1]]), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => res.getHeader(1), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.strictEqual(res.headersSent, false);
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(res.statusMessage, undefined);
    assert.strictEqual(res.sendDate, true);
    assert.strictEqual(res.writableEnded, false);
    assert.strictEqual(res.req, req);
    res.flushHeaders();
    assert.strictEqual(res.headersSent, true);
    assert.throws(() => res.setHeader('a', 'b'), {
      code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot set headers after they are sent to the client',
    });
    assert.throws(() => res.removeHeader('a'), { code: 'ERR_HTTP_HEADERS_SENT' });
    assert.throws(() => res.appendHeader('a', 'b'), { code: 'ERR_HTTP_HEADERS_SENT' });
    assert.throws(() => res.writeHead(200), {
      code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot write headers after they are sent to the client',
    });
    res.end('done');
    assert.strictEqual(res.writableEnded, true);
    assert.strictEqual(res.finished, true);
  }, (port) => raw(port, 'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'));
});

test('header validation errors', () => {
  assert.throws(() => http.validateHeaderName('bad name'), {
    name: 'TypeError', code: 'ERR_INVALID_HTTP_TOKEN', message: 'Header name must be a valid HTTP token ["bad name"]',
  });
  assert.throws(() => http.validateHeaderName(''), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => http.validateHeaderValue('x', undefined), {
    name: 'TypeError', code: 'ERR_HTTP_INVALID_HEADER_VALUE', message: 'Invalid value "undefined" for header "x"',
  });
  assert.throws(() => http.validateHeaderValue('x', 'a\nb'), {
    name: 'TypeError', code: 'ERR_INVALID_CHAR', message: 'Invalid character in header content ["x"]',
  });
  http.validateHeaderName('X-Ok_1.~');
  http.validateHeaderValue('x', 'tab\tand latin1 \u00e9');
  const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
  assert.throws(() => res.setHeader('a b', 'v'), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => res.setHeader('a', '\u0100'), { code: 'ERR_INVALID_CHAR' });
  assert.throws(() => res.writeHead(99), { name: 'RangeError', code: 'ERR_HTTP_INVALID_STATUS_CODE', message: 'Invalid status code: 99' });
  assert.throws(() => res.writeHead(1000), { code: 'ERR_HTTP_INVALID_STATUS_CODE' });
  assert.throws(() => res.writeHead('abc'), { code: 'ERR_HTTP_INVALID_STATUS_CODE', message: 'Invalid status code: abc' });
  assert.throws(() => res.writeHead(200, 'bad\r\nreason'), { code: 'ERR_INVALID_CHAR', message: 'Invalid character in statusMessage' });
  const res2 = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
  assert.throws(() => res2.writeHead(200, ['a']), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => res.write(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res.write(null), { code: 'ERR_STREAM_NULL_VALUES' });
});

test('strictContentLength', async () => {
  let error;
  await serve((req, res) => {
    res.strictContentLength = true;
    res.setHeader('Content-Length', 5);
    try {
      res.end('toolongbody');
    } catch (e) {
      error = e;
      res.destroy();
    }
  }, (port) => raw(port, 'GET / HTTP/1.1\r\nHost: h\r\n\r\n'));
  assert.strictEqual(error.code, 'ERR_HTTP_CONTENT_LENGTH_MISMATCH');
  assert.strictEqual(error.message,
                     'Response body\'s content-length of 11 byte(s) does not match the content-length of 5 byte(s) set in header');
});

test('request bodies: content-length and chunked, streamed to the handler', async () => {
  const bodies = [];
  await serve((req, res) => {
    const chunks = [];
    req.on('data', (d) => chunks.push(d));
    req.on('end', () => {
      bodies.push([req.url, Buffer.concat(chunks).toString(), req.complete, { ...req.trailers }, req.rawTrailers]);
      res.end(`${req.url} done`);
    });
  }, async (port) => {
    const text = await raw(port,
      'POST /cl HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\nhello world' +
      'POST /chunked HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\nX-Sum: 11\r\nx-sum: 12\r\n\r\n' +
      'PUT /empty HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    assert.strictEqual(text.match(/HTTP\/1\.1 200 OK/g).length, 3);
    assert.ok(text.endsWith('/empty done'));
  });
  assert.deepStrictEqual(bodies, [
    ['/cl', 'hello world', true, {}, []],
    ['/chunked', 'hello world', true, { 'x-sum': '11, 12' }, ['X-Sum', '11', 'x-sum', '12']],
    ['/empty', '', true, {}, []],
  ]);
});

test('a large body arrives whole, in order', async () => {
  const size = 3 * 1024 * 1024 + 17;
  const payload = Buffer.alloc(size);
  for (let i = 0; i < size; i++) payload[i] = (i * 7) & 0xff;
  await serve((req, res) => {
    const chunks = [];
    req.on('data', (d) => chunks.push(d));
    req.on('end', () => {
      const got = Buffer.concat(chunks);
      res.end(got.equals(payload) ? 'same' : `different ${got.length}`);
    });
  }, async (port) => {
    const text = await new Promise((resolve, reject) => {
      const chunks = [];
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(`POST / HTTP/1.1\r\nHost: h\r\nContent-Length: ${size}\r\nConnection: close\r\n\r\n`);
        socket.write(payload);
      });
      socket.on('data', (d) => chunks.push(d));
      socket.on('error', reject);
      socket.on('close', () => resolve(Buffer.concat(chunks).toString()));
    });
    assert.ok(text.endsWith('\r\n\r\nsame'), text.slice(-50));
  });
});

test('a large response streams out with backpressure', async () => {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const count = 64;
  await serve((req, res) => {
    let i = 0;
    const write = () => {
      while (i < count) {
        i++;
        if (!res.write(chunk)) {
          res.once('drain', write);
          return;
        }
      }
      res.end();
    };
    write();
  }, async (port) => {
    const { statusCode, length } = await new Promise((resolve, reject) => {
      http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
        let length = 0;
        res.on('data', (d) => { length += d.length; });
        res.on('end', () => resolve({ statusCode: res.statusCode, length }));
      }).on('error', reject);
    });
    assert.strictEqual(statusCode, 200);
    assert.strictEqual(length, chunk.length * count);
  });
});

test('events: request, close of req and res, finish, socket', async () => {
  const events = [];
  await serve((req, res) => {
    req.on('end', () => events.push('req end'));
    req.on('close', () => events.push('req close'));
    res.on('finish', () => events.push('res finish'));
    res.on('close', () => {
      events.push('res close');
    });
    req.resume();
    res.end('x', () => events.push('end callback'));
  }, async (port) => {
    await raw(port, 'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
    await new Promise((r) => setTimeout(r, 50));
  });
  assert.deepStrictEqual(events.filter((e) => e.startsWith('res') || e === 'end callback'),
                         ['end callback', 'res finish', 'res close']);
  assert.ok(events.includes('req end'));
  assert.ok(events.includes('req close'));
});

test('maxHeadersCount: more headers than that are refused with 431', async () => {
  const seen = [];
  await serve((req, res) => { seen.push(req.rawHeaders); res.end(); }, async (port, server) => {
    server.maxHeadersCount = 2;
    const ok = await raw(port, 'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
    assert.match(ok, /^HTTP\/1\.1 200 OK/);
    const tooMany = await raw(port, 'GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nConnection: close\r\n\r\n');
    assert.strictEqual(tooMany, 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
  });
  assert.deepStrictEqual(seen, [['Host', 'h', 'Connection', 'close']]);
});

// Reads responses from one connection until `done(text)` says enough.
function rawUntil(port, data, done) {
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = net.connect(port, '127.0.0.1', () => socket.write(data));
    socket.setEncoding('latin1');
    socket.on('data', (d) => {
      text += d;
      if (done(text)) socket.destroy();
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(text));
  });
}

test('maxRequestsPerSocket: Connection: close at the limit, 503 past it', async () => {
  const urls = [];
  await serve((req, res) => { urls.push(req.url); res.end('ok'); }, async (port, server) => {
    server.maxRequestsPerSocket = 2;
    let dropped = 0;
    server.on('dropRequest', () => dropped++);
    const text = await rawUntil(port,
      'GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\nGET /3 HTTP/1.1\r\nHost: h\r\n\r\n',
      (t) => t.includes('503') && t.endsWith('0\r\n\r\n'));
    const parts = text.split(/(?=HTTP\/1\.1 )/).map(noDate);
    assert.deepStrictEqual(parts, [
      'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5, max=2\r\nContent-Length: 2\r\n\r\nok',
      'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok',
      'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    ]);
    assert.strictEqual(dropped, 1);
  });
  assert.deepStrictEqual(urls, ['/1', '/2']);
});

test('a rejected promise of a request listener answers 500 (captureRejections)', async () => {
  const server = http.createServer({}, async () => { throw new Error('boom'); });
  server[Symbol.for('nodejs.rejection')] = server[Symbol.for('nodejs.rejection')];
  const events = require('node:events');
  const prev = events.captureRejections;
  events.captureRejections = true;
  const s2 = http.createServer(async () => { throw new Error('boom'); });
  events.captureRejections = prev;
  const port = await listen(s2);
  const text = await raw(port, 'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
  s2.close();
  assert.strictEqual(noDate(text), 'HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\nContent-Length: 21\r\n\r\nInternal Server Error');
});

'use strict';
// http.Agent: keep-alive pooling and reuse, maxSockets / maxFreeSockets / maxTotalSockets,
// lifo/fifo scheduling, the pool's timeout and the server's Keep-Alive hint, getName, destroy.
const test = require('node:test');
const assert = require('node:assert');
const http = require('node:http');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function get(options) {
  return new Promise((resolve, reject) => {
    const req = http.get(options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ req, res, body }));
    });
    req.on('error', reject);
  });
}

// A server answering with the client's port, so reuse is visible.
async function portServer(delay = 0) {
  const server = http.createServer((req, res) => {
    setTimeout(() => res.end(String(req.socket.remotePort)), delay);
  });
  const port = await listen(server);
  return { server, port };
}

test('keep-alive agent reuses one connection for sequential requests', async () => {
  const { server, port } = await portServer();
  const agent = new http.Agent({ keepAlive: true });
  const a = await get({ port, host: '127.0.0.1', agent });
  assert.strictEqual(a.req.reusedSocket, false);
  await new Promise((r) => setImmediate(r));  // the socket is freed on the next tick
  assert.strictEqual(Object.keys(agent.freeSockets).length, 1);
  const name = `127.0.0.1:${port}:`;
  assert.strictEqual(agent.freeSockets[name].length, 1);
  const b = await get({ port, host: '127.0.0.1', agent });
  assert.strictEqual(b.req.reusedSocket, true);
  assert.strictEqual(a.body, b.body);
  assert.strictEqual(a.res.headers.connection, 'keep-alive');
  agent.destroy();
  server.close();
});

test('without keepAlive every request gets a new connection', async () => {
  const { server, port } = await portServer();
  const agent = new http.Agent();
  const a = await get({ port, host: '127.0.0.1', agent });
  const b = await get({ port, host: '127.0.0.1', agent });
  assert.notStrictEqual(a.body, b.body);
  assert.strictEqual(a.res.headers.connection, 'close');
  server.close();
});

test('maxSockets queues requests; they reuse the sockets', async () => {
  const { server, port } = await portServer(20);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const all = Promise.all([1, 2, 3, 4, 5].map(() => get({ port, host: '127.0.0.1', agent })));
  await new Promise((r) => setImmediate(r));
  const name = agent.getName({ host: '127.0.0.1', port });
  assert.strictEqual(agent.sockets[name].length, 2);
  assert.strictEqual(agent.requests[name].length, 3);
  const results = await all;
  assert.strictEqual(new Set(results.map((r) => r.body)).size, 2);
  assert.strictEqual(agent.requests[name], undefined);
  agent.destroy();
  server.close();
});

test('maxTotalSockets across origins, maxFreeSockets', async () => {
  const one = await portServer(10);
  const two = await portServer(10);
  const agent = new http.Agent({ keepAlive: true, maxTotalSockets: 1, maxFreeSockets: 1 });
  assert.throws(() => new http.Agent({ maxTotalSockets: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => new http.Agent({ maxTotalSockets: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
  const all = Promise.all([
    get({ port: one.port, host: '127.0.0.1', agent }),
    get({ port: two.port, host: '127.0.0.1', agent }),
  ]);
  await new Promise((r) => setImmediate(r));
  // One socket in all: the second origin's request waits.
  assert.strictEqual(agent.totalSocketCount, 1);
  assert.deepStrictEqual(Object.keys(agent.requests), [`127.0.0.1:${two.port}:`]);
  const results = await all;
  assert.strictEqual(results.length, 2);
  agent.destroy();
  one.server.close();
  two.server.close();
});

test('scheduling lifo and fifo pick different free sockets', async () => {
  for (const scheduling of ['lifo', 'fifo']) {
    const { server, port } = await portServer(10);
    const agent = new http.Agent({ keepAlive: true, scheduling });
    const first = await Promise.all([1, 2].map(() => get({ port, host: '127.0.0.1', agent })));
    await new Promise((r) => setImmediate(r));
    const name = agent.getName({ host: '127.0.0.1', port });
    const order = agent.freeSockets[name].map((s) => String(s.localPort));
    assert.strictEqual(order.length, 2);
    const next = await get({ port, host: '127.0.0.1', agent });
    assert.strictEqual(next.body, scheduling === 'lifo' ? order[1] : order[0], scheduling);
    assert.deepStrictEqual(new Set(first.map((r) => r.body)), new Set(order));
    agent.destroy();
    server.close();
  }
  assert.throws(() => new http.Agent({ scheduling: 'random' }), { code: 'ERR_INVALID_ARG_VALUE' });
});

test('free sockets time out (agent timeout, and the server Keep-Alive hint)', async () => {
  const { server, port } = await portServer();
  const agent = new http.Agent({ keepAlive: true, timeout: 50 });
  await get({ port, host: '127.0.0.1', agent });
  await new Promise((r) => setImmediate(r));
  const name = agent.getName({ host: '127.0.0.1', port });
  const [socket] = agent.freeSockets[name];
  assert.strictEqual(socket.timeout, 50);
  await new Promise((r) => socket.once('close', r));
  assert.strictEqual(agent.freeSockets[name], undefined);
  agent.destroy();

  // Keep-Alive: timeout=1 minus the agent's 1 s buffer leaves nothing: the socket is not kept.
  server.keepAliveTimeout = 1000;
  const agent2 = new http.Agent({ keepAlive: true });
  const r = await get({ port, host: '127.0.0.1', agent: agent2 });
  assert.strictEqual(r.res.headers['keep-alive'], 'timeout=1');
  await new Promise((res) => setImmediate(res));
  assert.strictEqual(agent2.freeSockets[name], undefined);
  agent2.destroy();
  server.close();
});

test('getName, defaults and destroy', async () => {
  const agent = new http.Agent();
  assert.strictEqual(agent.getName({}), 'localhost::');
  assert.strictEqual(agent.getName({ host: 'h', port: 8, localAddress: 'l' }), 'h:8:l');
  assert.strictEqual(agent.getName({ host: 'h', port: 8, family: 6 }), 'h:8::6');
  assert.strictEqual(agent.getName({ host: 'h', socketPath: '/s' }), 'h:::/s');
  assert.strictEqual(agent.defaultPort, 80);
  assert.strictEqual(agent.protocol, 'http:');
  assert.strictEqual(agent.maxSockets, Infinity);
  assert.strictEqual(agent.maxFreeSockets, 256);
  assert.strictEqual(agent.maxTotalSockets, Infinity);
  assert.strictEqual(agent.keepAlive, false);
  assert.strictEqual(agent.keepAliveMsecs, 1000);
  assert.strictEqual(agent.scheduling, 'lifo');
  assert.strictEqual(http.Agent.defaultMaxSockets, Infinity);
  assert.strictEqual(http.globalAgent.options.timeout, 5000);

  const { server, port } = await portServer(200);
  const keep = new http.Agent({ keepAlive: true });
  const req = http.get({ port, host: '127.0.0.1', agent: keep });
  const errored = new Promise((resolve) => req.on('error', resolve));
  await new Promise((r) => req.on('socket', (s) => s.on('connect', r)));
  keep.destroy();
  const err = await errored;
  assert.strictEqual(err.code, 'ECONNRESET');
  server.close();
});

test('agent: false and a custom createConnection on the agent', async () => {
  const { server, port } = await portServer();
  let made = 0;
  class CountingAgent extends http.Agent {
    createConnection(options, cb) {
      made++;
      return super.createConnection(options, cb);
    }
  }
  const agent = new CountingAgent({ keepAlive: true });
  await get({ port, host: '127.0.0.1', agent });
  await get({ port, host: '127.0.0.1', agent });
  assert.strictEqual(made, 1);
  const noAgent = await get({ port, host: '127.0.0.1', agent: false });
  assert.strictEqual(noAgent.req.agent instanceof http.Agent, true);
  assert.strictEqual(noAgent.res.headers.connection, 'close');
  agent.destroy();
  server.close();
});

// fastify: routes with schema validation, inject() (no socket) and a real listen + fetch.
const fastify = require('fastify')({ logger: false });
fastify.get('/hi/:name', async (req) => ({ hi: req.params.name }));
fastify.post('/sum', {
  schema: { body: { type: 'object', required: ['a', 'b'], properties: { a: { type: 'number' }, b: { type: 'number' } } } },
}, async (req) => ({ sum: req.body.a + req.body.b }));
(async () => {
  const r1 = await fastify.inject({ method: 'GET', url: '/hi/there' });
  console.log(r1.statusCode, r1.json());
  const r2 = await fastify.inject({ method: 'POST', url: '/sum', payload: { a: 1 } });
  console.log(r2.statusCode, r2.json().message);
  await fastify.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${fastify.server.address().port}`;
  const r3 = await fetch(`${base}/sum`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":2,"b":3}' });
  console.log(r3.status, await r3.json());
  await fastify.close();
  console.log('closed');
})();

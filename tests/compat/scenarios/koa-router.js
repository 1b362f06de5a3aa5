// koa with @koa/router: params, a POST body read by hand, 404, an error thrown in middleware.
const Koa = require('koa');
const Router = require('@koa/router');
const http = require('http');
const app = new Koa();
const router = new Router({ prefix: '/api' });
router.get('/users/:id', (ctx) => { ctx.body = { id: ctx.params.id, q: ctx.query }; });
router.post('/users', async (ctx) => {
  let raw = ''; for await (const c of ctx.req) raw += c;
  ctx.status = 201; ctx.body = { created: JSON.parse(raw) };
});
router.get('/fail', () => { const e = new Error('nope'); e.status = 418; e.expose = true; throw e; });
app.silent = true;
app.use(router.routes()).use(router.allowedMethods());
function req(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port, method, path, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      let data = ''; res.setEncoding('utf8'); res.on('data', (d) => { data += d; });
      res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${data}`));
    });
    r.on('error', reject); r.end(body);
  });
}
const server = app.listen(0, '127.0.0.1', async () => {
  const p = server.address().port;
  console.log(await req(p, 'GET', '/api/users/42?x=1'));
  console.log(await req(p, 'POST', '/api/users', '{"name":"z"}'));
  console.log(await req(p, 'GET', '/api/fail'));
  console.log(await req(p, 'GET', '/nowhere'));
  console.log(await req(p, 'DELETE', '/api/users/1'));
  server.close();
});

const Koa = require('koa');
const http = require('http');
const app = new Koa();
app.use(async (ctx, next) => { await next(); ctx.set('x-time', 'y'); });
app.use(async (ctx) => { ctx.body = { path: ctx.path, method: ctx.method }; });
const server = app.listen(0, '127.0.0.1', () => {
  http.get(`http://127.0.0.1:${server.address().port}/a/b`, (res) => {
    let body = ''; res.on('data', (d) => { body += d; });
    res.on('end', () => { console.log(res.statusCode, res.headers['x-time'], body); server.close(); });
  });
});

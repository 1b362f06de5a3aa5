// bench: runs=20 quick=3
// Start-up of an express app, as issue 5 measures it: require express (from `make compat`'s
// install), build an app with a JSON route, listen on an ephemeral port of 127.0.0.1, close.
// express-listen-cached.js is the same with the compile cache on.
const path = require('path');
const express = require(path.join(__dirname, '../../tests/compat/node_modules/express'));
const app = express();
app.get('/', (req, res) => res.json({ hello: 'world' }));
const server = app.listen(0, '127.0.0.1', () => {
  console.log(typeof server.address().port);
  server.close();
});

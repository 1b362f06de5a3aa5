// bench: server rounds=3 quick=1
// An express app returning JSON (express from `make compat`'s install): prints its port.
const path = require('path');
const express = require(path.join(__dirname, '../../tests/compat/node_modules/express'));
const app = express();
app.get('/', (req, res) => res.json({ hello: 'world', n: 42, list: [1, 2, 3] }));
const server = app.listen(0, '127.0.0.1', () => console.log(server.address().port));

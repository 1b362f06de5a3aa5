// bench: runs=15 quick=3
// Startup of a real dependency tree: require express (installed by `make compat` into
// tests/compat/node_modules) and build an app, then exit.
const path = require('path');
const express = require(path.join(__dirname, '../../tests/compat/node_modules/express'));
const app = express();
app.get('/', (req, res) => res.send('ok'));
console.log(typeof app.listen);

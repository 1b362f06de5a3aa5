// bench: runs=15 quick=3
// Start-up of a large dependency tree without network modules: 28 packages from
// `make compat`'s install (tests/compat/node_modules: express's body-parser/type-is/accepts/…
// stack plus lodash, moment, date-fns, ajv, yaml, zod, …), ~1,300 module files; prints how
// many modules loaded. require-tree-cached.js is the same with the compile cache on.
const path = require('path');
const nm = path.join(__dirname, '../../tests/compat/node_modules');
const names = [
  'body-parser', 'accepts', 'type-is', 'raw-body', 'http-errors', 'debug', 'qs', 'mime-types',
  'ajv', 'lodash', 'moment', 'date-fns', 'handlebars', 'yaml', 'zod', 'validator', 'bluebird',
  'fs-extra', 'glob', 'js-yaml', 'marked', 'ramda', 'async', 'semver', 'underscore',
  'iconv-lite', 'immer', 'csv-parse',
];
for (const name of names) require(path.join(nm, name));
console.log(names.length, Object.keys(require.cache).filter((k) => k.startsWith(nm)).length);

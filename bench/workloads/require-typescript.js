// bench: runs=10 quick=2
// One huge file: require typescript (9.1 MB typescript.js from `make compat`'s install) and
// transpile a line. require-typescript-cached.js is the same with the compile cache on.
const path = require('path');
const ts = require(path.join(__dirname, '../../tests/compat/node_modules/typescript'));
console.log(ts.transpileModule('export const x: number = 1;', {}).outputText.length);

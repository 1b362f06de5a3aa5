// csv-parse: the streaming parser (a Transform) and the sync API.
const { parse } = require('csv-parse');
const { parse: parseSync } = require('csv-parse/sync');
const { Readable } = require('stream');
const text = 'name,age,city\n"Smith, J",42,"New\nYork"\nDoe,7,Paris\n';
console.log(parseSync(text, { columns: true, cast: true }));
const rows = [];
Readable.from([text.slice(0, 10), text.slice(10, 25), text.slice(25)])
  .pipe(parse({ from_line: 2 }))
  .on('data', (r) => rows.push(r))
  .on('end', () => console.log('stream rows', rows))
  .on('error', (e) => console.log('error', e.code));
try { parseSync('a,b\n"unterminated', {}); } catch (e) { console.log(e.code); }

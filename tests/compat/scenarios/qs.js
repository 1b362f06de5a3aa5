const qs = require('qs');
console.log(qs.parse('a[b][c]=d&e[]=1&e[]=2&f=%20x'), qs.stringify({ a: [1, 2], b: { c: 'd e' } }), qs.stringify({ a: [1, 2] }, { arrayFormat: 'brackets', encode: false }));

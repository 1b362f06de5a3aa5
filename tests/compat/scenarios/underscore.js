const _ = require('underscore');
console.log(_.groupBy([1.3, 2.1, 2.4], Math.floor), _.pluck([{ n: 'a' }, { n: 'b' }], 'n'), _.range(0, 10, 3));
console.log(_.template('<%- v %>')({ v: '<b>' }), _.intersection([1, 2, 3], [2, 3, 4]));

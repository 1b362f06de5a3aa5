const R = require('ramda');
const f = R.pipe(R.map(R.multiply(2)), R.filter((x) => x > 2), R.sum);
console.log(f([1, 2, 3]), R.assocPath(['a', 'b'], 1, {}), R.groupBy(R.prop('t'), [{ t: 'x' }, { t: 'y' }, { t: 'x' }]));

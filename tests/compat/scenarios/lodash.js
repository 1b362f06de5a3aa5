const _ = require('lodash');
console.log(_.chunk([1, 2, 3, 4, 5], 2), _.uniqBy([{ a: 1 }, { a: 1 }, { a: 2 }], 'a'));
console.log(_.template('hi <%= name %>!')({ name: 'x' }), _.kebabCase('Foo Bar'), _.get({ a: [{ b: 3 }] }, 'a[0].b'));
console.log(_.merge({ a: { b: 1 } }, { a: { c: 2 } }), _.isEqual({ x: [1] }, { x: [1] }), _.sortBy([3, 1, 2]));
const memo = _.memoize((n) => n * 2); console.log(memo(4), memo.cache.has(4));

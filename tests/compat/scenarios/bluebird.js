const Promise = require('bluebird');
Promise.map([1, 2, 3], (x) => Promise.delay(5).then(() => x * 2), { concurrency: 2 })
  .then((r) => console.log('map', r))
  .then(() => Promise.props({ a: 1, b: Promise.resolve(2) })).then((p) => console.log('props', p))
  .then(() => Promise.reject(new Error('bad')).catch((e) => console.log('caught', e.message)));

const async = require('async');
async.mapLimit([1, 2, 3], 2, (x, cb) => setTimeout(() => cb(null, x + 1), 5), (err, r) => {
  console.log('mapLimit', err, r);
  async.waterfall([(cb) => cb(null, 1), (n, cb) => cb(null, n + 1)], (e, v) => console.log('waterfall', v));
});

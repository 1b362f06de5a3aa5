const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc'); dayjs.extend(utc);
const d = dayjs.utc('2020-01-31T10:00:00Z');
console.log(d.add(1, 'month').format('YYYY-MM-DD'), d.startOf('week').format(), d.diff(dayjs.utc('2020-01-01'), 'day'), d.isValid());

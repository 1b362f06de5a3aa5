const moment = require('moment');
const m = moment.utc('2021-03-04T05:06:07Z');
console.log(m.format('dddd, MMMM Do YYYY, h:mm:ss a'), m.clone().add(7, 'days').toISOString(), moment.duration(90, 'minutes').asHours());

process.env.DEBUG = 'app:*';
const createDebug = require('debug');
const log = createDebug('app:main');
log.log = (...args) => console.log('debug out', args.length > 0);
console.log(log.enabled, createDebug('other').enabled, createDebug.enabled('app:x'));
log('hello %o', { a: 1 });

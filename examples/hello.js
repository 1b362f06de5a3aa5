// The bundled example `make run` starts: a little of everything the runtime core offers.
const path = require('node:path');
const { EventEmitter } = require('node:events');
const util = require('node:util');

console.log('hello from protoJS', process.versions.protojs, 'on', process.platform, process.arch);
console.log('this file is', path.basename(__filename), 'args:', process.argv.slice(2));

const bus = new EventEmitter();
bus.on('tick', (n) => console.log(util.format('tick %d', n)));

let n = 0;
const timer = setInterval(() => {
  bus.emit('tick', ++n);
  if (n === 3) {
    clearInterval(timer);
    Promise.resolve().then(() => console.log('done:', { ticks: n, uptimeOk: process.uptime() > 0 }));
  }
}, 10);

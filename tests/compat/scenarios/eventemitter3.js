const EE = require('eventemitter3');
const e = new EE();
e.on('x', (a, b) => console.log('x', a, b)); e.once('y', () => console.log('y once'));
e.emit('x', 1, 2); e.emit('y'); e.emit('y'); console.log(e.listenerCount('x'), e.eventNames());

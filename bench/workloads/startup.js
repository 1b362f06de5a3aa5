// Startup: the cost of bringing the runtime up, running one line and exiting.
console.log('hello');

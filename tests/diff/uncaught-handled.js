// 'uncaughtException' and 'unhandledRejection' handlers take over errors.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
});
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('rejected'));
Promise.reject(42);
const late = Promise.reject(new Error('handled in time'));
queueMicrotask(() => late.catch(() => console.log('late handler ran')));
setTimeout(() => { throw new Error('from timer'); }, 1);
setTimeout(() => console.log('timers still run after an uncaught exception'), 20);
setTimeout(() => { process.nextTick(() => { throw new Error('from nextTick'); }); }, 40);
setTimeout(() => { queueMicrotask(() => { throw new Error('from queueMicrotask'); }); }, 60);

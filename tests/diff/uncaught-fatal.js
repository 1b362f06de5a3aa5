// An uncaught exception ends the process with exit code 1 after 'exit' handlers ran.
process.on('exit', (code) => console.log('exit handler sees', code));
console.log('before');
setTimeout(() => console.log('never'), 10);
Promise.resolve().then(() => { throw new Error('boom in a promise'); });

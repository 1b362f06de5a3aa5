// process.exit(code) runs 'exit' listeners synchronously and stops everything else.
process.on('exit', (c) => console.log('exit listener', c, process.exitCode));
setTimeout(() => console.log('never'), 0);
process.nextTick(() => console.log('never tick'));
console.log('calling exit');
process.exit(5);
console.log('not reached');

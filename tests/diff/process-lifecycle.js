// 'beforeExit' can schedule more work; 'exit' receives process.exitCode.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('more work', rounds), 1);
});
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('never runs after exit'), 0);
});
process.exitCode = 3;
console.log('main done');

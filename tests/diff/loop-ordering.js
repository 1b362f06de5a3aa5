// Ordering of nextTick, microtasks, timers and immediates (only orders Node guarantees; timers
// are spaced ~300 ms apart so a loaded machine cannot merge two of them into one turn; the
// labels keep their old names).
const log = (s) => console.log(s);
log('sync start');
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('promise 1'));
queueMicrotask(() => log('microtask 1'));
process.nextTick(() => {
  log('tick 2');
  Promise.resolve().then(() => log('promise from tick 2'));
  process.nextTick(() => log('tick from tick 2'));
});
Promise.resolve().then(() => {
  log('promise 2');
  process.nextTick(() => log('tick from promise 2'));
  Promise.resolve().then(() => log('promise from promise 2'));
});
setTimeout(() => {
  log('timeout 10');
  setImmediate(() => log('immediate from timeout 10'));
  setTimeout(() => log('timeout 0 from timeout 10'), 0);
  process.nextTick(() => log('tick from timeout 10'));
}, 10);
setTimeout(() => {
  log('timeout 60 a');
  Promise.resolve().then(() => log('promise between timers'));
  process.nextTick(() => log('tick between timers'));
}, 300);
setTimeout(() => log('timeout 60 b'), 300);
setTimeout(() => {
  setImmediate(() => {
    log('immediate A');
    setImmediate(() => log('immediate C (next turn)'));
    process.nextTick(() => log('tick between immediates'));
  });
  setImmediate(() => log('immediate B'));
}, 600);
const iv = setInterval(() => {
  log('interval');
  if (++ivCount === 3) clearInterval(iv);
}, 900);
let ivCount = 0;
const cancelled = setTimeout(() => log('never'), 5);
clearTimeout(cancelled);
const im = setImmediate(() => log('never immediate'));
clearImmediate(im);
log('sync end');

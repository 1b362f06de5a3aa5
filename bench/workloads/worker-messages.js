// bench: runs=5 quick=2
// worker_threads: 20,000 message round trips with one worker, then 2 workers computing in
// parallel; prints the checksums.
const { Worker } = require('worker_threads');
const code = `
  const { parentPort, workerData } = require('worker_threads');
  if (workerData === 'echo') parentPort.on('message', (m) => parentPort.postMessage(m + 1));
  else { let s = 0; for (let i = 0; i < 3e7; i++) s = (s + i * workerData) % 1000003; parentPort.postMessage(s); }`;
const echo = new Worker(code, { eval: true, workerData: 'echo' });
let n = 0;
echo.on('message', (m) => {
  if (++n < 20000) return echo.postMessage(m);
  echo.terminate();
  const results = [];
  for (const seed of [3, 7]) {
    const w = new Worker(code, { eval: true, workerData: seed });
    w.on('message', (s) => { results.push(s); w.terminate(); if (results.length === 2) console.log(m, results.sort()); });
  }
});
echo.postMessage(0);

'use strict';
// AsyncLocalStorage through fs callbacks and fs.promises, compared with Node 24: each callback
// sees the store that was current when its request was issued.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const als = new AsyncLocalStorage();

const results = [];
let pending = 0;
function track(label) {
  pending++;
  return () => {
    results.push(`${label}: ${als.getStore()}`);
    if (--pending === 0) {
      results.sort();
      for (const r of results) console.log(r);
    }
  };
}
const s = track('stat');
als.run('stat', () => fs.stat(__filename, () => s()));
const r = track('readFile');
als.run('readFile', () => fs.readFile(__filename, () => r()));
const d = track('readdir');
als.run('readdir', () => fs.readdir(__dirname, () => d()));
const e = track('error');
als.run('error', () => fs.stat('/definitely/not/here', (err) => { if (err) e(); }));
const p = track('promises');
als.run('promises', async () => { await fs.promises.readFile(__filename); p(); });
const o = track('outside');
fs.access(__filename, () => o());
const n = track('nested');
als.run('outer', () => fs.stat(__filename, () => {
  als.run('inner', () => fs.stat(__filename, () => n()));
}));

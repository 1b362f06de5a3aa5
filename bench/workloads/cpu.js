// bench: runs=7 quick=2 plain
// CPU mix: plain ECMAScript only (no Node or host APIs), so it runs unchanged on node,
// protojs and the bare QuickJS interpreter (qjs). Each part is deterministic (own PRNG,
// integer arithmetic) and folds its result into one checksum, printed at the end, so the
// runner can verify every runtime computed the same thing.
'use strict';

// 32-bit LCG: the same sequence on every engine.
let seed = 12345;
function rand() {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed;
}
// FNV-style mixing of a value into a 32-bit hash.
function mix(h, v) {
  return Math.imul(h ^ (v >>> 0), 16777619) >>> 0;
}

// 1. Function calls: naive recursion.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

// 2. Object allocation + sort with a comparator (numeric key, then string, then id).
function sortRecords(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push({ id: i, key: rand() % 1000, name: 'n' + (rand() % 5000) });
  a.sort((x, y) => x.key - y.key || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0) || x.id - y.id);
  let h = 0;
  for (let i = 0; i < n; i += 7) h = mix(h, a[i].id);
  return h;
}

// 3. String building + RegExp: build a text, scan it with a global regexp, rewrite it.
function textScan(n) {
  const parts = [];
  for (let i = 0; i < n; i++) parts.push('item-' + (rand() % 100000) + '@host' + (i % 37) + '.example');
  const text = parts.join(';');
  const re = /item-(\d+)@host(\d+)\.example/g;
  let h = 0, m;
  while ((m = re.exec(text)) !== null) h = mix(h, Number(m[1]) + Number(m[2]));
  const rewritten = text.replace(/host(\d+)/g, (_, d) => 'H' + (d * 3));
  let s = '';
  for (let i = 0; i < 2000; i++) s += String.fromCharCode(97 + (i % 26)) + (i & 15).toString(16);
  return mix(mix(h, rewritten.length), s.length + s.indexOf('zf'));
}

// 4. Map: word counts over a skewed key set, then iterate in insertion order.
function wordCounts(n) {
  const counts = new Map();
  for (let i = 0; i < n; i++) {
    const k = 'w' + ((rand() % 300) * (rand() % 300) % 20011);
    counts.set(k, (counts.get(k) || 0) + 1);
  }
  let h = counts.size;
  for (const [k, v] of counts) h = mix(h, v * k.length);
  return h;
}

// 5. Allocation-heavy: build and walk binary trees (GC pressure).
function trees(depth) {
  const make = (d) => (d === 0 ? { l: null, r: null } : { l: make(d - 1), r: make(d - 1) });
  const count = (t) => (t.l === null ? 1 : 1 + count(t.l) + count(t.r));
  let h = 0;
  for (let i = 0; i < 8; i++) h = mix(h, count(make(depth)));
  return h;
}

let checksum = 0;
for (let round = 0; round < 3; round++) {
  checksum = mix(checksum, fib(28));
  checksum = mix(checksum, sortRecords(40000));
  checksum = mix(checksum, textScan(30000));
  checksum = mix(checksum, wordCounts(200000));
  checksum = mix(checksum, trees(15));
}

const out = 'cpu checksum ' + checksum;
if (typeof console !== 'undefined') console.log(out);
else print(out);

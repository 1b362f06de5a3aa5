// bench: runs=7 quick=2 plain
// JSON: generate a few MB of records in-script, then stringify and parse them back several
// times (plain ECMAScript only). Prints the text size and a checksum of the parsed data so
// the runner can verify every runtime produced the same JSON.
'use strict';

let seed = 42;
function rand() {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed;
}

const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];
const records = [];
for (let i = 0; i < 20000; i++) {
  records.push({
    id: i,
    name: words[rand() % 10] + '-' + (rand() % 100000),
    active: (rand() & 1) === 1,
    score: (rand() % 100000) / 8, // exact binary fractions: same digits on every engine
    tags: [words[rand() % 10], words[rand() % 10], words[rand() % 10]],
    owner: { login: 'user' + (rand() % 5000), email: 'u' + (rand() % 5000) + '@example.com', note: 'quote " and \\ and \u00e9' },
    history: [rand() % 1000, rand() % 1000, rand() % 1000, null],
  });
}

let size = 0, sum = 0;
for (let round = 0; round < 5; round++) {
  const text = JSON.stringify(records, null, round === 0 ? 2 : undefined); // pretty once
  const back = JSON.parse(text);
  size += text.length;
  for (let i = 0; i < back.length; i += 13) sum = (sum + back[i].id + back[i].history[1] + back[i].owner.login.length) >>> 0;
}

const out = 'json bytes ' + size + ' checksum ' + sum;
if (typeof console !== 'undefined') console.log(out);
else print(out);

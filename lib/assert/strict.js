'use strict';
// node:assert/strict — the strict-mode assert (equal === strictEqual, deepEqual === deepStrictEqual …).
module.exports = require('assert').strict;

'use strict';
// node:fs/promises — see lib/internal/fs/promises.js.
module.exports = require('internal/fs/promises').exports;

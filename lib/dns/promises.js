'use strict';
// node:dns/promises — see lib/internal/dns/promises.js.
module.exports = require('internal/dns/promises');

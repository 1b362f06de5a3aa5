'use strict';
// node:process
module.exports = process;

'use strict';
// node:module
const { Module } = require('internal/modules/cjs/loader');
module.exports = Module;

'use strict';
// node:constants (deprecated: DEP0008, documentation-only, so no warning): os's dlopen, errno,
// priority and signal constants and fs's constants in one frozen object, as Node builds it.
// Node also merges crypto's constants; they join when node:crypto exists.
const { constants: os } = require('os');
const { constants: fs } = require('fs');

Object.assign(module.exports, os.dlopen, os.errno, os.priority, os.signals, fs);
Object.freeze(module.exports);

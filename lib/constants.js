'use strict';
// node:constants (deprecated: DEP0008, documentation-only, so no warning): os's dlopen, errno,
// priority and signal constants, fs's and crypto's constants in one frozen object, as Node
// builds it (crypto's come from the binding: OpenSSL is not initialised by this).
const { constants: os } = require('os');
const { constants: fs } = require('fs');
const { constants: crypto } = internalBinding('crypto');

Object.assign(module.exports, os.dlopen, os.errno, os.priority, os.signals, fs);
for (const key of Object.keys(crypto)) {
  if (key !== 'defaultCipherList') module.exports[key] = crypto[key];
}
Object.freeze(module.exports);

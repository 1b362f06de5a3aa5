// node:constants: the deprecated flat view of os, fs and crypto constants.
const c = require('constants');
const os = require('os').constants;
const fs = require('fs').constants;
console.log(Object.isFrozen(c), c.ENOENT, c.SIGINT, c.O_RDONLY, c.S_IFMT, c.PRIORITY_LOW, c.RTLD_LAZY);
const groups = { dlopen: os.dlopen, errno: os.errno, priority: os.priority, signals: os.signals, fs };
for (const [name, group] of Object.entries(groups)) {
  const keys = Object.keys(group);
  console.log(name, keys.length, keys.every((k) => c[k] === group[k] || name !== 'fs' && k in fs));
}
console.log(require('node:constants') === c);
const crypto = require('crypto').constants;
console.log(Object.keys(crypto).filter((k) => k !== 'defaultCipherList').every((k) => c[k] === crypto[k]),
            'defaultCipherList' in c, c.RSA_PKCS1_PADDING, c.TLS1_3_VERSION, typeof c.OPENSSL_VERSION_NUMBER);
const keys = Object.keys(c);
console.log(keys.indexOf('OPENSSL_VERSION_NUMBER') === keys.indexOf('COPYFILE_FICLONE_FORCE') + 1, keys.at(-1));

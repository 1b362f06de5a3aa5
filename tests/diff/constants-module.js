// node:constants: the deprecated flat view of os and fs constants (crypto's are left out here:
// node:crypto is a later issue).
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

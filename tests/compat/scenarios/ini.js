const ini = require('ini');
const obj = ini.parse('; c\n[sec]\nkey = v\nn = 1\n[sec.sub]\nflag = true\n');
console.log(obj, JSON.stringify(ini.stringify({ a: 1, s: { b: 'x' } })));

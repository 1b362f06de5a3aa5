'use strict';
// node:os compared with Node 24 on the same machine: values that are identical for two runs.
const os = require('os');
const util = require('util');

console.log(Object.keys(os).join(' '));
for (const k of Object.keys(os)) {
  if (typeof os[k] === 'function') console.log(k, os[k].length, JSON.stringify(os[k].name));
}
console.log(os.arch(), os.platform(), os.endianness(), os.type(), os.machine());
console.log(os.release(), os.version());
console.log(os.hostname(), os.homedir());
console.log(JSON.stringify(os.EOL), os.devNull);
console.log(os.availableParallelism(), os.cpus().length);
console.log(typeof os.totalmem(), os.totalmem() > 0, os.totalmem() === os.totalmem());
console.log(typeof os.freemem(), os.freemem() > 0, os.freemem() <= os.totalmem());
console.log(typeof os.uptime(), os.uptime() > 0);
const la = os.loadavg();
console.log(Array.isArray(la), la.length, la.every((n) => typeof n === 'number' && n >= 0));
for (const c of os.cpus()) {
  console.log(typeof c.model, typeof c.speed, Object.keys(c).join(), Object.keys(c.times).join(),
              Object.values(c.times).every((n) => Number.isInteger(n) && n >= 0));
}
console.log(os.cpus()[0].model);

// constants
console.log(util.inspect(os.constants, { depth: 3 }));
const d = Object.getOwnPropertyDescriptors(os);
for (const k of ['constants', 'EOL', 'devNull']) {
  console.log(k, d[k].writable, d[k].enumerable, d[k].configurable);
}
console.log(Object.isFrozen(os.constants), Object.isFrozen(os.constants.signals),
            Object.isFrozen(os.constants.errno), Object.getPrototypeOf(os.constants));
try { 'use strict'; os.constants.signals.SIGINT = 5; } catch (e) { console.log(e.name); }
console.log(os.constants.signals.SIGINT);

// network interfaces (same machine, same answers)
console.log(util.inspect(os.networkInterfaces(), { depth: 4 }));

// userInfo
console.log(util.inspect(os.userInfo()));
console.log(util.inspect(os.userInfo(null)), util.inspect(os.userInfo(5)));
console.log(util.inspect(os.userInfo({ encoding: 'utf8' })));
console.log(util.inspect(os.userInfo({ encoding: 'bogus' })));
const bu = os.userInfo({ encoding: 'buffer' });
console.log(bu.username instanceof Uint8Array, new TextDecoder().decode(bu.username) === os.userInfo().username,
            bu.homedir instanceof Uint8Array, bu.uid === os.userInfo().uid);

// priority
console.log(os.getPriority(), os.getPriority(0), os.getPriority(process.pid), os.setPriority(0));
console.log(os.setPriority(os.getPriority()), os.setPriority(0, os.getPriority()));

function show(fn) {
  try {
    console.log('ok', util.inspect(fn()));
  } catch (e) {
    console.log(e.name, e.code, e.message, e.errno, e.syscall);
    if (e.info) console.log(util.inspect(e.info), Object.keys(e).join());
    console.log(e.stack.split('\n')[0]);
  }
}
show(() => os.getPriority(-1e10));
show(() => os.getPriority('x'));
show(() => os.getPriority(1.5));
show(() => os.getPriority(999999));
show(() => os.setPriority(0, 20));
show(() => os.setPriority(0, -21));
show(() => os.setPriority('a'));
show(() => os.setPriority(1.5));
show(() => os.setPriority(999999, 0));
show(() => os.setPriority(null, 0));

// tmpdir under different environments
const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
function tmp(env) {
  for (const k of ['TMPDIR', 'TMP', 'TEMP']) {
    if (env[k] === undefined) delete process.env[k]; else process.env[k] = env[k];
  }
  console.log(JSON.stringify(env), JSON.stringify(os.tmpdir()));
}
tmp({});
tmp({ TMPDIR: '/x/y' });
tmp({ TMPDIR: '/x/y/' });
tmp({ TMPDIR: '/x/y//' });
tmp({ TMPDIR: '/' });
tmp({ TMPDIR: '', TMP: '/tmp2/' });
tmp({ TMP: '/tmp2', TEMP: '/tmp3' });
tmp({ TEMP: '/tmp3/' });
tmp({ TEMP: 'relative/' });
tmp({ TMPDIR: '', TMP: '', TEMP: '' });
tmp(saved);

'use strict';
// node:os — machine facts from internalBinding('os') (src/modules/os.cc), shaped as Node 24's.
const binding = internalBinding('os');
const { codes: { ERR_SYSTEM_ERROR } } = require('internal/errors');
const { validateInt32 } = require('internal/validators');

// A binding call that fills `ctx` and returns undefined on failure becomes a throwing function.
function checked(fn) {
  return function wrappedFn(...args) {
    const ctx = {};
    const result = fn(...args, ctx);
    if (result === undefined) throw new ERR_SYSTEM_ERROR(ctx);
    return result;
  };
}

const getHostname = checked(binding.getHostname);
const getHomeDirectory = checked(binding.getHomeDirectory);
const getUptime = checked(binding.getUptime);
const getOSInformation = checked(binding.getOSInformation);

function unnamed(fn) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: '', configurable: true });
  return fn;
}

function getOSType() { return getOSInformation()[0]; }
function getOSVersion() { return getOSInformation()[1]; }
function getOSRelease() { return getOSInformation()[2]; }
function getMachine() { return getOSInformation()[3]; }

function arch() { return process.arch; }
function platform() { return process.platform; }
function endianness() { return 'LE'; }

function loadavg() { return binding.getLoadAvg(); }

function cpus() {
  const data = binding.getCPUs() || [];
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: { user: data[i + 2], nice: data[i + 3], sys: data[i + 4], idle: data[i + 5], irq: data[i + 6] },
    });
  }
  return result;
}

// Environment variables as Node reads them (through process.env, so changes made by the program
// count): TMPDIR, then TMP, then TEMP; an empty value is skipped; one trailing slash is dropped.
function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP;
  if (!path) return '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

// Prefix length of a netmask, or null when its bits are not contiguous.
function getCIDR(address, netmask, family) {
  let ones = 0;
  let split = '.';
  let range = 10;
  let groupLength = 8;
  let hasZeros = false;
  if (family === 'IPv6') {
    split = ':';
    range = 16;
    groupLength = 16;
  }
  const parts = netmask.split(split);
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === '') continue;
    const bits = Number.parseInt(parts[i], range).toString(2).padStart(groupLength, '0');
    for (let b = 0; b < bits.length; b++) {
      if (bits[b] === '1') {
        if (hasZeros) return null;
        ones++;
      } else {
        hasZeros = true;
      }
    }
  }
  return `${address}/${ones}`;
}

function networkInterfaces() {
  const ctx = {};
  const data = binding.getInterfaceAddresses(ctx);
  if (data === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  const result = {};
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: getCIDR(data[i + 1], data[i + 2], data[i + 3]),
    };
    if (data[i + 6] !== -1) entry.scopeid = data[i + 6];
    (result[name] ??= []).push(entry);
  }
  return result;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const ctx = {};
  const priority = binding.getPriority(pid, ctx);
  if (priority === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return priority;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (binding.setPriority(pid, priority, ctx) !== 0) throw new ERR_SYSTEM_ERROR(ctx);
}

function encodeField(value, encoding) {
  if (typeof value !== 'string' || encoding === 'utf8' || encoding === 'utf-8') return value;
  const B = globalThis.Buffer;
  if (encoding === 'buffer') {
    return B ? B.from(value, 'utf8') : new TextEncoder().encode(value);
  }
  if (B && typeof encoding === 'string' && B.isEncoding(encoding)) {
    return B.from(value, 'utf8').toString(encoding);
  }
  return value;
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const ctx = {};
  const user = binding.getUserInfo(ctx);
  if (user === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  let encoding = options?.encoding;
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  return {
    __proto__: null,
    uid: user.uid,
    gid: user.gid,
    username: encodeField(user.username, encoding),
    homedir: encodeField(user.homedir, encoding),
    shell: encodeField(user.shell, encoding),
  };
}

function nullProto(obj) {
  Object.setPrototypeOf(obj, null);
  return obj;
}

const constants = nullProto(binding.constants);
nullProto(constants.dlopen);
nullProto(constants.errno);
nullProto(constants.priority);
Object.freeze(nullProto(constants.signals));

module.exports = {
  arch,
  availableParallelism: unnamed(() => binding.getAvailableParallelism()),
  cpus,
  endianness,
  freemem: unnamed(() => binding.getFreeMem()),
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: unnamed(() => binding.getTotalMem()),
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});

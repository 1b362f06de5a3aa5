'use strict';
// Fills in the `process` object (created by native code before the bootstrap).
const binding = internalBinding('process');
const options = internalBinding('options');
const EventEmitter = require('events');

function validateNumberLike(value, name) {
  if (value === undefined || value === null) return;
  if (typeof value === 'number' ? Number.isInteger(value) : (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value))) return;
  const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
  if (typeof value === 'number') throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

function makeEnv() {
  // process.env: a live view of the C environment; values are always strings.
  const target = Object.create(null);
  return new Proxy(target, {
    get(t, key) {
      if (typeof key !== 'string') return undefined;
      return binding.getEnv(key);
    },
    set(t, key, value) {
      if (typeof key === 'string') binding.setEnv(key, `${value}`);
      return true;
    },
    has(t, key) { return typeof key === 'string' && binding.getEnv(key) !== undefined; },
    deleteProperty(t, key) { if (typeof key === 'string') binding.unsetEnv(key); return true; },
    ownKeys() { return [...new Set(binding.envKeys())]; },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key !== 'string') return undefined;
      const value = binding.getEnv(key);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, desc) {
      if (typeof key === 'string' && 'value' in desc) binding.setEnv(key, `${desc.value}`);
      return true;
    },
  });
}

function hrtime(prev) {
  const ns = binding.hrtime();
  let sec = Number(ns / 1000000000n);
  let nsec = Number(ns % 1000000000n);
  if (prev !== undefined) {
    if (!Array.isArray(prev)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('time', 'Array', prev);
    }
    if (prev.length !== 2) {
      const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
      throw new ERR_OUT_OF_RANGE('time', 2, prev.length);
    }
    sec -= prev[0];
    nsec -= prev[1];
    if (nsec < 0) { sec -= 1; nsec += 1e9; }
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() { return binding.hrtime(); };

function memoryUsage() { return binding.memoryUsage(); }
memoryUsage.rss = function rss() { return binding.rss(); };

function setupProcessObject(process) {
  Object.setPrototypeOf(process, EventEmitter.prototype);
  EventEmitter.call(process);
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true, writable: false, enumerable: false });

  const nodeVersion = options.nodeVersion;
  process.version = `v${nodeVersion}`;
  process.versions = {
    node: nodeVersion,
    protojs: options.protojsVersion,
    quickjs: options.quickjsVersion,
    uv: binding.uvVersion,
    modules: '137',
  };
  process.arch = 'x64';
  process.platform = 'linux';
  process.release = { name: 'node', lts: 'Krypton', sourceUrl: '', headersUrl: '' };
  process.argv = options.argv.slice();
  process.argv0 = options.argv0;
  process.execArgv = options.execArgv.slice();
  process.execPath = options.execPath;
  process.pid = binding.pid;
  process.ppid = binding.ppid;
  process.env = makeEnv();
  process.config = { variables: {} };
  process.features = { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true, typescript: false };
  // Set only by their flags, as in Node (undefined otherwise).
  if (options.runtimeArgs.includes('--no-deprecation')) process.noDeprecation = true;
  if (options.runtimeArgs.includes('--throw-deprecation')) process.throwDeprecation = true;
  if (options.runtimeArgs.includes('--trace-deprecation')) process.traceDeprecation = true;

  process.cwd = function cwd() { return binding.cwd(); };
  process.chdir = function chdir(directory) {
    const { validateString } = require('internal/validators');
    validateString(directory, 'directory');
    binding.chdir(directory);
  };
  process.hrtime = hrtime;
  process.memoryUsage = memoryUsage;
  process.uptime = function uptime() { return (binding.hrtimeMs() - binding.startTime) / 1000; };
  process.cpuUsage = function cpuUsage(prev) {
    const [user, system] = binding.cpuUsage();
    if (prev !== undefined) {
      const { validateObject } = require('internal/validators');
      validateObject(prev, 'prevValue');
      return { user: user - prev.user, system: system - prev.system };
    }
    return { user, system };
  };
  process.resourceUsage = function resourceUsage() { return binding.resourceUsage(); };
  process.availableParallelism = function availableParallelism() { return binding.availableParallelism(); };
  process.constrainedMemory = function constrainedMemory() { return binding.constrainedMemory(); };
  process.availableMemory = function availableMemory() {
    const limit = binding.constrainedMemory();
    const free = binding.freeMemory();
    return limit >= 2 ** 64 ? free : Math.min(free, Math.max(0, limit - binding.rss()));
  };
  process.threadCpuUsage = function threadCpuUsage(prev) {
    const [user, system] = binding.threadCpuUsage();
    if (prev === undefined) return { user, system };
    const { validateObject } = require('internal/validators');
    validateObject(prev, 'prevValue');
    return { user: user - prev.user, system: system - prev.system };
  };
  process.getActiveResourcesInfo = function getActiveResourcesInfo() {
    const { activeResourceCounts } = require('internal/timers');
    const { timeouts, immediates } = activeResourceCounts();
    return [...binding.activeHandles(), ...Array(timeouts).fill('Timeout'), ...Array(immediates).fill('Immediate')];
  };
  process.loadEnvFile = function loadEnvFile(path = '.env') {
    const { validateString } = require('internal/validators');
    if (typeof path === 'object' && path !== null && typeof path.href === 'string') {
      path = require('internal/url_path').fileURLToPath(path.href);
    }
    if (typeof path !== 'string') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
    }
    validateString(path, 'path');
    const parsed = require('internal/util/dotenv').parseEnv(internalBinding('fs').readFileUtf8(path));
    for (const key of Object.keys(parsed)) {
      if (process.env[key] === undefined) process.env[key] = parsed[key];  // the environment wins
    }
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return binding.umask();
    if (typeof mask === 'string') mask = parseInt(mask, 8);
    return binding.umask(mask);
  };
  process.kill = function kill(pid, sig = 'SIGTERM') {
    const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL } } = require('internal/errors');
    if (typeof pid !== 'number' || !Number.isInteger(pid)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    let signo;
    if (typeof sig === 'number') signo = sig;
    else if (typeof sig === 'string' && binding.signals[sig] !== undefined) signo = binding.signals[sig];
    else throw new ERR_UNKNOWN_SIGNAL(sig);
    const r = binding.kill(pid, signo);
    if (r < 0) {
      const { uvException } = require('internal/errors');
      throw uvException({ errno: r, syscall: 'kill' });
    }
    return true;
  };
  Object.defineProperty(process, 'title', {
    get() { return binding.getTitle(); },
    set(v) { binding.setTitle(`${v}`); },
    enumerable: true, configurable: true,
  });

  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) { validateNumberLike(code, 'code'); exitCode = code; },
    enumerable: true, configurable: false,
  });
  process._exiting = false;
  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', Number(process.exitCode) || 0);
    }
    binding.reallyExit(Number(process.exitCode) || 0);
  };
  process.reallyExit = function reallyExit(code) { binding.reallyExit(Number(code) || 0); };
  process.abort = function abort() { binding.kill(process.pid, binding.signals.SIGABRT); };

  process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
    require('internal/process/execution').setUncaughtExceptionCaptureCallback(fn);
  };
  process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
    return require('internal/process/execution').hasUncaughtExceptionCaptureCallback();
  };

  const { nextTick } = require('internal/process/task_queues');
  process.nextTick = nextTick;
  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    return require('internal/process/warning').emitWarning(...arguments);
  };

  const ids = { getuid: 0, geteuid: 0, getgid: 0, getegid: 0 };
  for (const name of Object.keys(ids)) {
    process[name] = function () { return require('internal/process/ids')[name](); };
  }

  // stdio streams load on first use (the global console recognises these getters: until one
  // has run it writes without building the streams, lib/internal/process/stdio.js)
  for (const [name, fd] of [['stdin', 0], ['stdout', 1], ['stderr', 2]]) {
    stdioGetters[fd] = function get() {
      const value = require('internal/process/stdio').getStdio(fd);
      Object.defineProperty(process, name, { value, configurable: true, enumerable: true, writable: false });
      return value;
    };
    Object.defineProperty(process, name, { configurable: true, enumerable: true, get: stdioGetters[fd] });
  }
  process.binding = function binding_(name) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('name', name, 'is not supported by protoJS');
  };
}

const stdioGetters = [];

module.exports = { setupProcessObject, stdioGetters };

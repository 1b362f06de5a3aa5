'use strict';
// util.debuglog(section, cb): logging enabled by the NODE_DEBUG environment variable
// (comma-separated section names, `*` wildcards, case-insensitive). Output goes to stderr as
// "SECTION PID: message".

let debugRegex; // undefined: not read yet; null: NODE_DEBUG empty

function testEnabled(section) {
  if (debugRegex === undefined) {
    const env = typeof process === 'object' && process !== null && process.env ?
      process.env.NODE_DEBUG : undefined;
    if (env) {
      const pattern = String(env)
        .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/,/g, '$|^');
      debugRegex = new RegExp(`^${pattern}$`, 'i');
    } else {
      debugRegex = null;
    }
  }
  return debugRegex !== null && debugRegex.test(section);
}

function shouldColorize(stream) {
  if (typeof process !== 'object' || process === null) return false;
  const env = process.env || {};
  if (env.FORCE_COLOR !== undefined) {
    return !(env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false');
  }
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function writeStderr(text) {
  const stderr = typeof process === 'object' && process !== null ? process.stderr : undefined;
  if (stderr && typeof stderr.write === 'function') {
    stderr.write(text);
  } else if (typeof print === 'function') {
    // eslint-disable-next-line no-undef
    print(text.replace(/\n$/, ''));
  }
}

function noop() {}

function makeDebugImpl(enabled, section) {
  if (!enabled) return noop;
  if (section === 'HTTP' || section === 'HTTP2') {
    if (typeof process.emitWarning === 'function') {
      process.emitWarning('Setting the NODE_DEBUG environment variable to ' +
        `'${section.toLowerCase()}' can expose sensitive data (such as passwords, tokens and ` +
        'authentication headers) in the resulting log.');
    }
  }
  return function debug(...args) {
    const { formatWithOptions, inspect } = require('internal/util/inspect');
    const colors = shouldColorize(process.stderr);
    const msg = formatWithOptions({ colors }, ...args);
    const pid = inspect(process.pid, { colors });
    writeStderr(`${section} ${pid}: ${msg}\n`);
  };
}

function debuglog(section, cb) {
  let enabled;
  let initialized = false;
  function init() {
    if (!initialized) {
      initialized = true;
      section = String(section).toUpperCase();
      enabled = testEnabled(section);
    }
  }
  let debug = (...args) => {
    init();
    debug = makeDebugImpl(enabled, section);
    if (typeof cb === 'function') cb(debug);
    debug(...args);
  };
  const logger = (...args) => {
    debug(...args);
  };
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog, shouldColorize };

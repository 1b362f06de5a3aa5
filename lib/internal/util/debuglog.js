'use strict';
// util.debuglog(section, cb): logging enabled by the NODE_DEBUG environment variable
// (comma-separated section names, `*` wildcards, case-insensitive). Output goes to stderr as
// "SECTION PID: message".

const { shouldColorize } = require('internal/util/colors');

let debugRegex; // undefined: not read yet; null: NODE_DEBUG empty
// One implementation per section, shared by all its loggers.
const debugImpls = { __proto__: null };

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
  if (debugImpls[section] !== undefined) return debugImpls[section];
  if (!enabled) {
    debugImpls[section] = noop;
    return noop;
  }
  if (section === 'HTTP' || section === 'HTTP2') {
    process.emitWarning('Setting the NODE_DEBUG environment variable to ' +
      `'${section.toLowerCase()}' can expose sensitive data (such as passwords, tokens and ` +
      'authentication headers) in the resulting log.');
  }
  debugImpls[section] = function debug(...args) {
    const { formatWithOptions, inspect } = require('internal/util/inspect');
    const colors = shouldColorize(process.stderr);
    const msg = formatWithOptions({ colors }, ...args);
    const pid = inspect(process.pid, { colors });
    writeStderr(`${section} ${pid}: ${msg}\n`);
  };
  return debugImpls[section];
}

// The section is read (and NODE_DEBUG tested) on first use; a callback receives the
// section's debug function (with an `enabled` getter) on the first call.
function debuglog(section, cb) {
  let enabled;
  let initialized = false;
  function init() {
    if (!initialized) {
      initialized = true;
      section = String.prototype.toUpperCase.call(section);
      enabled = testEnabled(section);
    }
  }
  let debug = (...args) => {
    init();
    debug = makeDebugImpl(enabled, section);
    if (typeof cb === 'function') {
      Object.defineProperty(debug, 'enabled', {
        __proto__: null,
        get() { return enabled; },
        configurable: true,
        enumerable: true,
      });
      cb(debug);
    }
    return debug(...args);
  };
  const logger = (...args) => {
    if (enabled === false) return;
    return debug(...args);
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

module.exports = { debuglog };

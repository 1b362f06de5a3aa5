'use strict';
// node:net — TCP and Unix-domain sockets. Socket (lib/internal/net/socket.js), its connecting
// (internal/net/connect.js), Server (internal/net/server.js), addresses (internal/net/ip.js),
// BlockList and SocketAddress; the native handles are internalBinding('tcp_wrap') and
// ('pipe_wrap') (docs/BINDINGS.md).

const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');
const { normalizeArgs } = require('internal/net/common');
const { Socket } = require('internal/net/socket');
const { Server, createServerHandle } = require('internal/net/server');
const { defaults } = require('internal/net/connect');
const { validateBoolean, validateInt32 } = require('internal/validators');

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// connect(options[, cb]), connect(path[, cb]), connect(port[, host][, cb])
function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

function getDefaultAutoSelectFamily() { return defaults.autoSelectFamily; }
function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  defaults.autoSelectFamily = value;
}
function getDefaultAutoSelectFamilyAttemptTimeout() { return defaults.autoSelectFamilyAttemptTimeout; }
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  defaults.autoSelectFamilyAttemptTimeout = value;
}

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};

Object.defineProperties(module.exports, {
  BlockList: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return require('internal/blocklist').BlockList; },
  },
  SocketAddress: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return require('internal/socketaddress').SocketAddress; },
  },
});

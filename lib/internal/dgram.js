'use strict';
// The handle side of dgram sockets: a UDP handle per socket type, with the type's bind/connect/
// send entry points and a `lookup(address, callback)` that resolves names through dns.lookup
// (or the socket's own lookup option) in the socket's family.

const { codes: { ERR_SOCKET_BAD_TYPE }, uvErrnoFromCode } = require('internal/errors');
const { isIP } = require('internal/net/ip');
const { isInt32, validateFunction } = require('internal/validators');
const { UDP } = internalBinding('udp_wrap');

const kStateSymbol = Symbol('state symbol');
let dns;

// A numeric address of the socket's own family needs no resolver; the callback still comes
// asynchronously (bind's 'listening' must not fire synchronously).
function defaultLookup(address, family, callback) {
  if (isIP(address) === family) {
    process.nextTick(callback, null, address, family);
    return;
  }
  dns ??= require('dns');
  return dns.lookup(address, family, callback);
}

function newHandle(type, lookup) {
  if (lookup === undefined) lookup = defaultLookup;
  else validateFunction(lookup, 'lookup');
  if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
  const handle = new UDP();
  if (type === 'udp4') {
    handle.lookup = (address, callback) => lookup(address || '127.0.0.1', 4, callback);
  } else {
    handle.lookup = (address, callback) => lookup(address || '::1', 6, callback);
    handle.bind = handle.bind6;
    handle.connect = handle.connect6;
    handle.send = handle.send6;
  }
  return handle;
}

// A bound (or adopted) handle, or a negative errno: what cluster's primary hands out in Node.
function createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err = 0;
  if (isInt32(fd) && fd > 0) {
    const { guessHandleType } = internalBinding('stdio');
    err = guessHandleType(fd) === 'UDP' ? handle.open(fd) : uvErrnoFromCode('EINVAL');
  } else if (port || address) {
    err = handle.bind(address, port || 0, flags);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

module.exports = { kStateSymbol, newHandle, createSocketHandle };

'use strict';
// What node:net's parts share: argument normalisation, symbols, default addresses.

const normalizedArgsSymbol = Symbol('normalizedArgs');
const kTimeout = Symbol('timeout');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kSetKeepAliveInterval = Symbol('kSetKeepAliveInterval');
const kSetKeepAliveCount = Symbol('kSetKeepAliveCount');
const kSetTOS = Symbol('kSetTOS');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kReinitializeHandle = Symbol('kReinitializeHandle');

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }
function isPipeName(s) { return typeof s === 'string' && toNumber(s) === false; }

// connect()/listen() arguments → [options, cb]: (options[, cb]), (path[, cb]) or
// ([port][, host][…][, cb]).
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = [options, typeof cb === 'function' ? cb : null];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

module.exports = {
  normalizedArgsSymbol, kTimeout, kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay,
  kSetKeepAliveInterval, kSetKeepAliveCount, kSetTOS,
  kLastWriteQueueSize, kBytesRead, kBytesWritten, kReinitializeHandle,
  DEFAULT_IPV4_ADDR, DEFAULT_IPV6_ADDR, toNumber, isPipeName, normalizeArgs,
};

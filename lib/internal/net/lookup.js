'use strict';
// The default name lookup of node:net — dns.lookup's contract: lookup(hostname, options, cb)
// with options { family: 0|4|6, hints, all, order } and cb(err, address, family), or with
// `all`, cb(err, [{ address, family }, …]). When node:dns is built in, its lookup is used (as
// Node's net does); until then names go to libuv's getaddrinfo through the tcp_wrap binding.

const { isIP } = require('internal/net/ip');
const { dnsException } = require('internal/errors');

let dnsLookup;

function builtinLookup(hostname, options, callback) {
  const family = options.family === 4 || options.family === 6 ? options.family : 0;
  const all = options.all === true;
  if (!hostname) {
    process.nextTick(callback, null, all ? [] : null, all ? undefined : (family || 4));
    return;
  }
  const matched = isIP(hostname);
  if (matched) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return;
  }
  const binding = internalBinding('tcp_wrap');
  const order = options.order === 'ipv4first' ? 1 : options.order === 'ipv6first' ? 2 : 0;
  const req = {
    oncomplete(status, addresses) {
      if (status !== 0) return callback(dnsException(status, 'getaddrinfo', hostname));
      if (all) {
        callback(null, addresses.map((address) => ({ address, family: isIP(address) })));
      } else {
        callback(null, addresses[0], isIP(addresses[0]));
      }
    },
  };
  const err = binding.getaddrinfo(req, hostname, family, options.hints | 0, order);
  if (err) process.nextTick(callback, dnsException(err, 'getaddrinfo', hostname));
}

// The lookup function net uses when the caller gives none.
function defaultLookup() {
  if (dnsLookup === undefined) {
    dnsLookup = internalBinding('builtins').has('dns') ? require('dns').lookup : builtinLookup;
  }
  return dnsLookup;
}

// dns.ADDRCONFIG's value (net adds it when no family is asked for).
function addrconfigHint() {
  return internalBinding('tcp_wrap').AI_ADDRCONFIG;
}

module.exports = { defaultLookup, builtinLookup, addrconfigHint };

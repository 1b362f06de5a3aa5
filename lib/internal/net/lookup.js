'use strict';
// The name lookup of node:net: dns.lookup, read when used (as Node's net does, so a replaced
// dns.lookup is honoured); a socket's `lookup` option overrides it.

let dns;

function defaultLookup() {
  dns ??= require('dns');
  return dns.lookup;
}

// dns.ADDRCONFIG (net asks for it when no family is given).
function addrconfigHint() {
  dns ??= require('dns');
  return dns.ADDRCONFIG;
}

module.exports = { defaultLookup, addrconfigHint };

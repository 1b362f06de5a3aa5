'use strict';
// The getaddrinfo step under dns.lookup() and dns.promises.lookup(): libuv's uv_getaddrinfo
// (the system resolver, so /etc/hosts, nsswitch and search domains apply, as in Node), or the
// TTL cache (lookup_cache.js) when it is turned on. `req.oncomplete(status, addresses)` gets
// a libuv status (0 or a negative EAI_* errno) and the addresses in the asked order.

const lookupCache = require('internal/dns/lookup_cache');
const { lazyBinding } = require('internal/dns/utils');

// Node hands the name to getaddrinfo in its IDNA ASCII form (bücher.example → xn--bcher-kva…).
function toASCII(hostname) {
  for (let i = 0; i < hostname.length; i++) {
    if (hostname.charCodeAt(i) > 0x7f) {
      return internalBinding('url').domainToASCII(hostname) ?? hostname;
    }
  }
  return hostname;
}

function orderCode(dnsOrder) {
  const b = lazyBinding();
  if (dnsOrder === 'ipv4first') return b.DNS_ORDER_IPV4_FIRST;
  if (dnsOrder === 'ipv6first') return b.DNS_ORDER_IPV6_FIRST;
  return b.DNS_ORDER_VERBATIM;
}

// Returns 0, or a libuv error when the request could not even start.
function getaddrinfo(req, hostname, family, hints, dnsOrder) {
  const name = toASCII(hostname);
  const order = orderCode(dnsOrder);
  if (lookupCache.isEnabled()) return lookupCache.lookup(req, name, family, hints, order);
  return lazyBinding().getaddrinfo(req, name, family, hints, order);
}

module.exports = { getaddrinfo };

'use strict';
// protoJS's optional cache for dns.lookup() (off unless `--dns-cache` is given or
// dns.setLookupCache({ enabled: true }) is called; docs/DESIGN.md "DNS lookup cache").
//
// Addresses always come from getaddrinfo, exactly as an uncached lookup returns them (same
// order, /etc/hosts and nsswitch included). getaddrinfo gives no TTL, so after a successful
// lookup the cache asks the dns module's resolver (c-ares; dns.setServers applies) for the
// name's A and/or AAAA records: the smallest TTL of those answers, capped by maxTtl, is how
// long the getaddrinfo result is kept. A name DNS does not answer for (a hosts-file-only or
// mDNS name, NXDOMAIN, a timeout) or an answer with TTL 0 is not cached: every lookup of it
// goes to getaddrinfo, as without the cache. Failed lookups are never cached. Entries are keyed
// by (name, family, hints, order) and evicted least recently used beyond maxEntries.
// The TTL queries do not keep the process alive.

const { validateBoolean, validateInteger, validateObject } = require('internal/validators');

let configured = false;
let enabled = false;
let maxEntries = 1000;
let maxTtl = 300;  // seconds
const entries = new Map();  // key → { addresses, expires (ms, monotonic) }
const stats = { hits: 0, misses: 0 };
let ttlResolver;
let ttlServers = '';

function now() {
  return Number(process.hrtime.bigint() / 1000000n);
}

function configureFromCommandLine() {
  if (configured) return;
  configured = true;
  const { runtimeArgs: execArgv } = internalBinding('options');
  if (execArgv.includes('--dns-cache')) enabled = true;
}

function isEnabled() {
  configureFromCommandLine();
  return enabled;
}

// dns.setLookupCache({ enabled, maxEntries, maxTtl }): unspecified fields keep their values.
// Turning the cache off (or changing it) empties it.
function setLookupCache(options) {
  validateObject(options, 'options');
  configureFromCommandLine();
  const next = { enabled, maxEntries, maxTtl };
  if (options.enabled !== undefined) {
    validateBoolean(options.enabled, 'options.enabled');
    next.enabled = options.enabled;
  }
  if (options.maxEntries !== undefined) {
    validateInteger(options.maxEntries, 'options.maxEntries', 1);
    next.maxEntries = options.maxEntries;
  }
  if (options.maxTtl !== undefined) {
    validateInteger(options.maxTtl, 'options.maxTtl', 0);
    next.maxTtl = options.maxTtl;
  }
  ({ enabled, maxEntries, maxTtl } = next);
  entries.clear();
}

function getLookupCacheStats() {
  configureFromCommandLine();
  return { enabled, size: entries.size, maxEntries, maxTtl, hits: stats.hits, misses: stats.misses };
}

function clearLookupCache() {
  entries.clear();
  stats.hits = 0;
  stats.misses = 0;
}

// A resolver of our own whose queries do not hold the loop; its servers follow the default
// resolver's (dns.setServers() replaces that one).
function resolverForTtl() {
  const { getDefaultResolver, lazyBinding } = require('internal/dns/utils');
  const servers = getDefaultResolver().getServers();
  const key = servers.join(',');
  if (ttlResolver === undefined) {
    ttlResolver = new (lazyBinding().ChannelWrap)(-1, 2, 0);
    ttlResolver.unref();
    ttlServers = '';
  }
  if (key !== ttlServers) {
    const { isIP } = require('internal/net/ip');
    const list = getDefaultResolver()._handle.getServers().map(([ip, port]) => [isIP(ip), ip, port || 53]);
    if (ttlResolver.setServers(list) === 0) ttlServers = key;  // not while queries are pending
  }
  return ttlResolver;
}

// callback(ttl seconds | undefined) with the smallest TTL of the name's A/AAAA answers.
function findTtl(hostname, family, callback) {
  const kinds = family === 4 ? ['queryA'] : family === 6 ? ['queryAaaa'] : ['queryA', 'queryAaaa'];
  const channel = resolverForTtl();
  let pending = kinds.length;
  let min;
  const settle = () => {
    if (--pending === 0) callback(min);
  };
  for (const kind of kinds) {
    const req = {
      oncomplete(status, addresses, ttls) {
        if (status === 0 && Array.isArray(ttls)) {
          for (const ttl of ttls) if (min === undefined || ttl < min) min = ttl;
        }
        settle();
      },
    };
    if (channel[kind](req, hostname) !== 0) settle();
  }
}

function store(key, addresses, ttl) {
  if (!enabled || ttl === undefined) return;
  const seconds = Math.min(ttl, maxTtl);
  if (seconds <= 0) return;
  entries.delete(key);
  entries.set(key, { addresses, expires: now() + seconds * 1000 });
  while (entries.size > maxEntries) entries.delete(entries.keys().next().value);
}

function lookup(req, hostname, family, hints, order) {
  const key = `${family}|${hints}|${order}|${hostname.toLowerCase()}`;
  const entry = entries.get(key);
  if (entry !== undefined) {
    if (entry.expires > now()) {
      stats.hits++;
      entries.delete(key);  // most recently used goes last
      entries.set(key, entry);
      process.nextTick(() => req.oncomplete(0, entry.addresses.slice()));
      return 0;
    }
    entries.delete(key);
  }
  stats.misses++;
  const inner = {
    oncomplete(status, addresses) {
      if (status === 0) {
        const copy = addresses.slice();
        findTtl(hostname, family, (ttl) => store(key, copy, ttl));
      }
      req.oncomplete(status, addresses);
    },
  };
  return require('internal/dns/utils').lazyBinding().getaddrinfo(inner, hostname, family, hints, order);
}

module.exports = {
  clearLookupCache,
  getLookupCacheStats,
  isEnabled,
  lookup,
  setLookupCache,
};

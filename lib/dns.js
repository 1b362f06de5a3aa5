'use strict';
// node:dns — lookup()/lookupService() through libuv's getaddrinfo/getnameinfo, resolve*()
// through c-ares (internalBinding('cares_wrap'): src/modules/cares_wrap.cc, dns_channel.cc),
// and protoJS's optional lookup cache (setLookupCache, see lib/internal/dns/lookup_cache.js).

const { isIP } = require('internal/net/ip');
const {
  DNSException,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const {
  bindDefaultResolver,
  emitInvalidHostnameWarning,
  errorCodes,
  getDefaultResultOrder,
  lazyBinding,
  setDefaultResolver,
  setDefaultResultOrder,
  validateHints,
  validDnsOrders,
  validFamilies,
} = require('internal/dns/utils');
const { Resolver } = require('internal/dns/callback_resolver');
const { getaddrinfo } = require('internal/dns/lookup');
const lookupCache = require('internal/dns/lookup_cache');
const { startPerf, stopPerf } = require('internal/dns/perf');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateOneOf,
  validatePort,
  validateString,
  validateStringWithoutNullBytes,
} = require('internal/validators');

const customPromisifyArgs = Symbol.for('nodejs.util.promisify.customArgs');
let promises = null;

class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}

function onlookup(err, addresses) {
  if (err) {
    this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
  stopPerf(this, { addresses });
}

function onlookupall(err, addresses) {
  if (err) {
    this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  for (let i = 0; i < addresses.length; i++) {
    const address = addresses[i];
    addresses[i] = { address, family: family || isIP(address) };
  }
  this.callback(null, addresses);
  stopPerf(this, { addresses });
}

// lookup(hostname[, options | family], callback)
function lookup(hostname, options, callback) {
  let hints = 0;
  let family = 0;
  let all = false;
  let dnsOrder = getDefaultResultOrder();

  if (hostname) validateStringWithoutNullBytes(hostname, 'hostname');

  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    family = options + 0;
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options?.family != null) {
      if (options.family === 'IPv4') {
        family = 4;
      } else if (options.family === 'IPv6') {
        family = 6;
      } else {
        validateOneOf(options.family, 'options.family', validFamilies);
        family = options.family + 0;
      }
    }
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      dnsOrder = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options?.order != null) {
      validateOneOf(options.order, 'options.order', validDnsOrders);
      dnsOrder = options.order;
    }
  }

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }

  const matchedFamily = isIP(hostname);
  if (matchedFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matchedFamily }]);
    else process.nextTick(callback, null, hostname, matchedFamily);
    return {};
  }

  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const err = getaddrinfo(req, hostname, family, hints, dnsOrder);
  if (err) {
    process.nextTick(callback, new DNSException(err, 'getaddrinfo', hostname));
    return {};
  }
  startPerf(req, 'lookup', { hostname, family, hints, verbatim: dnsOrder === 'verbatim', order: dnsOrder });
  return req;
}
Object.defineProperty(lookup, customPromisifyArgs,
                      { __proto__: null, value: ['address', 'family'], enumerable: false });

function onlookupservice(err, hostname, service) {
  if (err) {
    this.callback(new DNSException(err, 'getnameinfo', this.hostname));
    return;
  }
  this.callback(null, hostname, service);
  stopPerf(this, { hostname, service });
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port + 0;
  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const err = lazyBinding().getnameinfo(req, address, port);
  if (err) throw new DNSException(err, 'getnameinfo', address);
  startPerf(req, 'lookupService', { host: address, port });
  return req;
}
Object.defineProperty(lookupService, customPromisifyArgs,
                      { __proto__: null, value: ['hostname', 'service'], enumerable: false });

function defaultResolverSetServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  setDefaultResolver(resolver);
  bindDefaultResolver(module.exports, Resolver.prototype);
  if (promises !== null) bindDefaultResolver(promises, promises.Resolver.prototype);
}

const cares = lazyBinding();
module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ADDRCONFIG: cares.AI_ADDRCONFIG,
  ALL: cares.AI_ALL,
  V4MAPPED: cares.AI_V4MAPPED,
  ...errorCodes,
};

bindDefaultResolver(module.exports, Resolver.prototype);

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('internal/dns/promises');
    return promises;
  },
});

// protoJS's lookup cache: not enumerable, so the module's keys stay Node's.
for (const [name, fn] of [['setLookupCache', lookupCache.setLookupCache],
                          ['getLookupCacheStats', lookupCache.getLookupCacheStats],
                          ['clearLookupCache', lookupCache.clearLookupCache]]) {
  Object.defineProperty(module.exports, name, {
    __proto__: null, configurable: true, enumerable: false, writable: true, value: fn,
  });
}

'use strict';
// dns.promises / node:dns/promises: the same requests as node:dns, settled as promises.

const { isIP } = require('internal/net/ip');
const {
  DNSException,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const {
  bindDefaultResolver,
  createResolverClass,
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
const { getaddrinfo } = require('internal/dns/lookup');
const { startPerf, stopPerf } = require('internal/dns/perf');
const {
  validateBoolean,
  validateNumber,
  validateOneOf,
  validatePort,
  validateString,
  validateStringWithoutNullBytes,
} = require('internal/validators');

class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}
class QueryReqWrap {}

function onlookup(err, addresses) {
  if (err) {
    this.reject(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  this.resolve({ address: addresses[0], family: this.family || isIP(addresses[0]) });
  stopPerf(this, { addresses });
}

function onlookupall(err, addresses) {
  if (err) {
    this.reject(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  for (let i = 0; i < addresses.length; i++) {
    const address = addresses[i];
    addresses[i] = { address, family: family || isIP(address) };
  }
  this.resolve(addresses);
  stopPerf(this, { addresses });
}

function createLookupPromise(family, hostname, all, hints, dnsOrder) {
  return new Promise((resolve, reject) => {
    if (!hostname) {
      emitInvalidHostnameWarning(hostname);
      resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
      return;
    }
    const matchedFamily = isIP(hostname);
    if (matchedFamily !== 0) {
      const result = { address: hostname, family: matchedFamily };
      resolve(all ? [result] : result);
      return;
    }
    const req = new GetAddrInfoReqWrap();
    req.family = family;
    req.hostname = hostname;
    req.oncomplete = all ? onlookupall : onlookup;
    req.resolve = resolve;
    req.reject = reject;
    const err = getaddrinfo(req, hostname, family, hints, dnsOrder);
    if (err) reject(new DNSException(err, 'getaddrinfo', hostname));
    else startPerf(req, 'lookup', { hostname, family, hints, verbatim: dnsOrder === 'verbatim', order: dnsOrder });
  });
}

function lookup(hostname, options) {
  let hints = 0;
  let family = 0;
  let all = false;
  let dnsOrder = getDefaultResultOrder();

  if (hostname) validateStringWithoutNullBytes(hostname, 'hostname');

  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    family = options + 0;
  } else if (options !== undefined && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options?.family != null) {
      validateOneOf(options.family, 'options.family', validFamilies);
      family = options.family + 0;
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
  return createLookupPromise(family, hostname, all, hints, dnsOrder);
}

function onlookupservice(err, hostname, service) {
  if (err) {
    this.reject(new DNSException(err, 'getnameinfo', this.host));
    return;
  }
  this.resolve({ hostname, service });
  stopPerf(this, { hostname, service });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  port = +port;
  return new Promise((resolve, reject) => {
    const req = new GetNameInfoReqWrap();
    req.hostname = address;
    req.port = port;
    req.oncomplete = onlookupservice;
    req.resolve = resolve;
    req.reject = reject;
    const err = lazyBinding().getnameinfo(req, address, port);
    if (err) reject(new DNSException(err, 'getnameinfo', address));
    else startPerf(req, 'lookupService', { host: address, port });
  });
}

function onresolve(err, result, ttls) {
  if (err) {
    this.reject(new DNSException(err, this.bindingName, this.hostname));
    return;
  }
  if (ttls && this.ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
  this.resolve(result);
  stopPerf(this, { result });
}

function resolver(bindingName) {
  function query(name, options) {
    validateStringWithoutNullBytes(name, 'name');
    const ttl = !!(options?.ttl);
    return new Promise((resolve, reject) => {
      const req = new QueryReqWrap();
      req.bindingName = bindingName;
      req.hostname = name;
      req.oncomplete = onresolve;
      req.resolve = resolve;
      req.reject = reject;
      req.ttl = ttl;
      const err = this._handle[bindingName](req, name);
      if (err) reject(new DNSException(err, bindingName, name));
      else startPerf(req, bindingName, { host: name, ttl });
    });
  }
  Object.defineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

const { Resolver, resolveMap } = createResolverClass(resolver);

Resolver.prototype.resolve = function resolve(hostname, rrtype) {
  let query;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    query = resolveMap[rrtype];
    if (typeof query !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    query = resolveMap.A;
  }
  return query.call(this, hostname);
};

function defaultResolverSetServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  setDefaultResolver(resolver);
  bindDefaultResolver(module.exports, Resolver.prototype);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ...errorCodes,
};

bindDefaultResolver(module.exports, Resolver.prototype);

'use strict';
// dns.Resolver: resolve*() with callbacks. Each query is a request object whose oncomplete
// the channel calls with (0, result, ttls) or (code).

const {
  DNSException,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { createResolverClass } = require('internal/dns/utils');
const { startPerf, stopPerf } = require('internal/dns/perf');
const { validateFunction, validateStringWithoutNullBytes } = require('internal/validators');

class QueryReqWrap {}

function onresolve(err, result, ttls) {
  if (ttls && this.ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
  if (err) {
    this.callback(new DNSException(err, this.bindingName, this.hostname));
  } else {
    this.callback(null, result);
    stopPerf(this, { result });
  }
}

function resolver(bindingName) {
  function query(name, /* options, */ callback) {
    let options;
    if (arguments.length > 2) {
      options = callback;
      callback = arguments[2];
    }
    validateStringWithoutNullBytes(name, 'name');
    validateFunction(callback, 'callback');
    const req = new QueryReqWrap();
    req.bindingName = bindingName;
    req.callback = callback;
    req.hostname = name;
    req.oncomplete = onresolve;
    req.ttl = !!(options?.ttl);
    const err = this._handle[bindingName](req, name);
    if (err) throw new DNSException(err, bindingName, name);
    startPerf(req, bindingName, { host: name, ttl: req.ttl });
    return req;
  }
  Object.defineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

const { Resolver, resolveMap } = createResolverClass(resolver);

Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let query;
  if (typeof rrtype === 'string') {
    query = resolveMap[rrtype];
  } else if (typeof rrtype === 'function') {
    query = resolveMap.A;
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (typeof query === 'function') return query.call(this, hostname, callback);
  throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
};

module.exports = { Resolver };

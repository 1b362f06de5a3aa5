'use strict';
// What dns and dns/promises share: the Resolver base over a c-ares channel (ChannelWrap in
// src/modules/dns_channel.cc), the default resolver behind the module-level resolve*
// functions, the default result order, argument checks and c-ares's error codes.

const {
  codes: {
    ERR_DNS_SET_SERVERS_FAILED,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
  },
} = require('internal/errors');
const { isIP } = require('internal/net/ip');
const {
  validateArray,
  validateInt32,
  validateOneOf,
  validatePort,
  validateString,
  validateStringWithoutNullBytes,
  validateUint32,
} = require('internal/validators');

let binding;
function lazyBinding() {
  binding ??= internalBinding('cares_wrap');
  return binding;
}

const IANA_DNS_PORT = 53;
const bracketedIPv6 = /^\[([^[\]]*)\]/;
const hostAndPort = /(^.+?)(?::(\d+))?$/;

function validateTimeout(options) {
  let { timeout = -1 } = { ...options };
  validateInt32(timeout, 'options.timeout', -1);
  timeout += 0;  // -0 → 0
  return timeout;
}

function validateTries(options) {
  const { tries = 4 } = { ...options };
  validateInt32(tries, 'options.tries', 1);
  return tries;
}

function validateMaxTimeout(options) {
  let { maxTimeout = 0 } = { ...options };
  validateUint32(maxTimeout, 'options.maxTimeout');
  maxTimeout += 0;
  return maxTimeout;
}

// One c-ares channel per Resolver. `maxTimeout` is validated and kept; c-ares 1.18 has no
// cap on its per-try back-off, so it does not change timing (docs/DESIGN.md).
class ResolverBase {
  constructor(options = undefined) {
    const timeout = validateTimeout(options);
    const tries = validateTries(options);
    const maxTimeout = validateMaxTimeout(options);
    const { ChannelWrap } = lazyBinding();
    this._handle = new ChannelWrap(timeout, tries, maxTimeout);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return (this._handle.getServers() || []).map(([ip, port]) => {
      if (!port || port === IANA_DNS_PORT) return ip;
      return `${isIP(ip) === 6 ? `[${ip}]` : ip}:${port}`;
    });
  }

  // Entries: "1.2.3.4", "1.2.3.4:53", "::1", "[::1]", "[::1]:5353".
  setServers(servers) {
    validateArray(servers, 'servers');
    const parsed = [];
    servers.forEach((serv, index) => {
      validateString(serv, `servers[${index}]`);
      let family = isIP(serv);
      if (family !== 0) {
        parsed.push([family, serv, IANA_DNS_PORT]);
        return;
      }
      const bracketed = bracketedIPv6.exec(serv);
      if (bracketed) {
        family = isIP(bracketed[1]);
        if (family !== 0) {
          const port = Number.parseInt(serv.replace(hostAndPort, '$2')) || IANA_DNS_PORT;
          validatePort(port);
          parsed.push([family, bracketed[1], port]);
          return;
        }
      }
      const split = hostAndPort.exec(serv);
      if (split) {
        const host = split[1];
        const port = Number.parseInt(split[2]) || IANA_DNS_PORT;
        family = isIP(host);
        if (family !== 0) {
          validatePort(port);
          parsed.push([family, host, port]);
          return;
        }
      }
      throw new ERR_INVALID_IP_ADDRESS(serv);
    });

    // c-ares is left without servers when setting fails: put the old ones back.
    const previous = (this._handle.getServers() || []).map(([ip, port]) => [isIP(ip), ip, port]);
    const status = this._handle.setServers(parsed);
    if (status !== 0) {
      this._handle.setServers(previous);
      throw new ERR_DNS_SET_SERVERS_FAILED(lazyBinding().strerror(status), servers);
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateStringWithoutNullBytes(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateStringWithoutNullBytes(ipv6, 'ipv6');
    this._handle.setLocalAddress(ipv4, ipv6);
  }
}

const validDnsOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const validFamilies = [0, 4, 6];

// Node 24's default is 'verbatim'; --dns-result-order=… on the command line changes it.
let dnsOrder;
function initialOrder() {
  const { runtimeArgs: execArgv } = internalBinding('options');
  let fromCli;
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    if (arg.startsWith('--dns-result-order=')) fromCli = arg.slice('--dns-result-order='.length);
    else if (arg === '--dns-result-order') fromCli = execArgv[++i];
  }
  if (fromCli === undefined) return 'verbatim';
  validateOneOf(fromCli, '--dns-result-order', validDnsOrders);
  return fromCli;
}

function getDefaultResultOrder() {
  dnsOrder ??= initialOrder();
  return dnsOrder;
}

function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', validDnsOrders);
  dnsOrder = value;
}

const resolverKeys = [
  'getServers',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCaa',
  'resolveCname',
  'resolveMx',
  'resolveNaptr',
  'resolveNs',
  'resolvePtr',
  'resolveSoa',
  'resolveSrv',
  'resolveTlsa',
  'resolveTxt',
  'reverse',
];

// The resolver behind dns.resolve*() and dns.promises.resolve*(): made on first use, replaced
// by dns.setServers().
let defaultResolver;
function getDefaultResolver() {
  defaultResolver ??= new ResolverBase();
  return defaultResolver;
}

function setDefaultResolver(resolver) {
  defaultResolver = resolver;
}

function bindDefaultResolver(target, source) {
  const resolver = getDefaultResolver();
  for (const key of resolverKeys) target[key] = source[key].bind(resolver);
}

// `resolver(bindingName)` makes one query method (callback or promise flavour).
function createResolverClass(resolver) {
  const resolveMap = { __proto__: null };
  class Resolver extends ResolverBase {}
  const P = Resolver.prototype;
  P.resolveAny = resolveMap.ANY = resolver('queryAny');
  P.resolve4 = resolveMap.A = resolver('queryA');
  P.resolve6 = resolveMap.AAAA = resolver('queryAaaa');
  P.resolveCaa = resolveMap.CAA = resolver('queryCaa');
  P.resolveCname = resolveMap.CNAME = resolver('queryCname');
  P.resolveMx = resolveMap.MX = resolver('queryMx');
  P.resolveNs = resolveMap.NS = resolver('queryNs');
  P.resolveTlsa = resolveMap.TLSA = resolver('queryTlsa');
  P.resolveTxt = resolveMap.TXT = resolver('queryTxt');
  P.resolveSrv = resolveMap.SRV = resolver('querySrv');
  P.resolvePtr = resolveMap.PTR = resolver('queryPtr');
  P.resolveNaptr = resolveMap.NAPTR = resolver('queryNaptr');
  P.resolveSoa = resolveMap.SOA = resolver('querySoa');
  P.reverse = resolver('getHostByAddr');
  return { resolveMap, Resolver };
}

function validateHints(hints) {
  const { AI_ADDRCONFIG, AI_ALL, AI_V4MAPPED } = lazyBinding();
  if ((hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid ` +
    'hostname, and is supported in the dns module solely for compatibility.',
    'DeprecationWarning',
    'DEP0118',
  );
}

const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

module.exports = {
  bindDefaultResolver,
  createResolverClass,
  emitInvalidHostnameWarning,
  errorCodes,
  getDefaultResolver,
  getDefaultResultOrder,
  lazyBinding,
  setDefaultResolver,
  setDefaultResultOrder,
  validateHints,
  validDnsOrders,
  validFamilies,
};

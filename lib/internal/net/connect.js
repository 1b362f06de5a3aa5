'use strict';
// net.Socket's connecting: name lookup (the `lookup` option, else dns.lookup), binding a local
// address, the connect request and its completion, and Happy Eyeballs (autoSelectFamily):
// addresses of both families tried in alternation, each attempt given
// autoSelectFamilyAttemptTimeout ms before the next starts.

const {
  codes: { ERR_INVALID_ADDRESS_FAMILY, ERR_INVALID_ARG_TYPE, ERR_INVALID_IP_ADDRESS,
    ERR_IP_BLOCKED, ERR_SOCKET_CONNECTION_TIMEOUT },
  ExceptionWithHostPort, errnoException,
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInt32, validateNumber, validatePort,
  validateStringWithoutNullBytes,
} = require('internal/validators');
const { isIP } = require('internal/net/ip');
const {
  kTimeout, kReinitializeHandle, kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay,
  kSetKeepAliveInterval, kSetKeepAliveCount, kSetTOS, DEFAULT_IPV4_ADDR, DEFAULT_IPV6_ADDR,
} = require('internal/net/common');
const { kOwner } = require('internal/stream_base_commons');
const { defaultLookup, addrconfigHint } = require('internal/net/lookup');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { UV_ECANCELED } = internalBinding('stream_wrap');
const UV_EADDRINUSE = -98;
const UV_ETIMEDOUT = -110;
const UV_EBADF = -9;

const defaults = { autoSelectFamily: true, autoSelectFamilyAttemptTimeout: 250 };

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function connectErrorNT(self, err) { self.destroy(err); }

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamilyAttemptTimeout, autoSelectFamily } = options;

  validateStringWithoutNullBytes(host, 'options.host');
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = defaults.autoSelectFamily;

  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = defaults.autoSelectFamilyAttemptTimeout;
  }

  // A literal IP address needs no lookup.
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) {
    dnsopts.hints = addrconfigHint();
  }
  self._host = host;
  const lookup = options.lookup || defaultLookup();

  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress, localPort,
                             autoSelectFamilyAttemptTimeout);
    return;
  }

  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    self.emit('lookup', err, ip, addressType, host);
    // The socket may have been destroyed while the lookup ran.
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (typeof ip !== 'string' || !isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (addressType !== 4 && addressType !== 6) {
      process.nextTick(connectErrorNT, self,
                       new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

function lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress,
                                  localPort, timeout) {
  lookup(host, dnsopts, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    // Keep IPv4 and IPv6 addresses, each once; the family of the first one found goes first.
    const valid = [[], []];
    const seen = [[], []];
    let order;
    for (let i = 0; i < addresses.length; i++) {
      const address = addresses[i];
      const { address: ip, family: addressType } = address;
      self.emit('lookup', err, ip, addressType, host);
      if (!self.connecting) return;
      if (isIP(ip) && (addressType === 4 || addressType === 6)) {
        order ||= addressType === 6 ? { 6: 0, 4: 1 } : { 4: 0, 6: 1 };
        const group = order[addressType];
        if (!seen[group].includes(ip)) {
          valid[group].push(address);
          seen[group].push(ip);
        }
      }
    }
    if (!valid[0].length && !valid[1].length) {
      const { address: firstIp, family: firstAddressType } = addresses[0] ?? {};
      if (!isIP(firstIp)) {
        process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(firstIp));
      } else if (firstAddressType !== 4 && firstAddressType !== 6) {
        process.nextTick(connectErrorNT, self,
                         new ERR_INVALID_ADDRESS_FAMILY(firstAddressType, options.host, options.port));
      }
      return;
    }
    // Alternate the families.
    const toAttempt = [];
    for (let i = 0, l = Math.max(valid[0].length, valid[1].length); i < l; i++) {
      if (i in valid[0]) toAttempt.push(valid[0][i]);
      if (i in valid[1]) toAttempt.push(valid[1][i]);
    }
    if (toAttempt.length === 1) {
      const { address: ip, family: addressType } = toAttempt[0];
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
      return;
    }
    self.autoSelectFamilyAttemptedAddresses = [];
    const context = {
      socket: self, addresses: toAttempt, current: 0, port, localPort, timeout,
      [kTimeout]: null, errors: [],
    };
    self._unrefTimer();
    internalConnectMultiple(context);
  });
}

// A bind to a port the kernel silently replaced (another socket had it) is EADDRINUSE.
function checkBindError(err, port, handle) {
  if (err === 0 && port > 0 && handle.getsockname) {
    const out = {};
    err = handle.getsockname(out);
    if (err === 0 && port !== out.port) err = UV_EADDRINUSE;
  }
  return err;
}

function internalConnect(self, address, port, addressType, localAddress, localPort, flags) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress ||= DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress ||= DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort, flags);
    }
    err = checkBindError(err, localPort, self._handle);
    if (err) {
      self.destroy(new ExceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  self.emit('connectionAttempt', address, port, addressType);
  const req = { oncomplete: afterConnect, address, port, localAddress, localPort, addressType };
  if (addressType === 6 || addressType === 4) {
    if (self.blockList?.check(address, `ipv${addressType}`)) {
      self.destroy(new ERR_IP_BLOCKED(address));
      return;
    }
    err = addressType === 4 ? self._handle.connect(req, address, port)
      : self._handle.connect6(req, address, port);
  } else {
    req.port = undefined;
    err = self._handle.connect(req, address);
  }
  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname) details = sockname.address + ':' + sockname.port;
    self.destroy(new ExceptionWithHostPort(err, 'connect', address, port, details));
  }
}

function internalConnectMultiple(context, canceled) {
  clearTimeout(context[kTimeout]);
  const self = context.socket;
  if (self._aborted) return;
  if (canceled || context.current === context.addresses.length) {
    if (context.errors.length === 0) {
      self.destroy(new ERR_SOCKET_CONNECTION_TIMEOUT());
      return;
    }
    const agg = new AggregateError(context.errors);
    agg.code = context.errors[0]?.code;
    self.destroy(agg);
    return;
  }
  const current = context.current++;
  if (current > 0) self[kReinitializeHandle](new TCP(TCPConstants.SOCKET));

  const { localPort, port, flags } = context;
  const { address, family: addressType } = context.addresses[current];
  let localAddress;
  let err;
  if (localPort) {
    if (addressType === 4) {
      localAddress = DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress = DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort, flags);
    }
    err = checkBindError(err, localPort, self._handle);
    if (err) {
      context.errors.push(new ExceptionWithHostPort(err, 'bind', localAddress, localPort));
      internalConnectMultiple(context);
      return;
    }
  }

  if (self.blockList?.check(address, `ipv${addressType}`)) {
    const ex = new ERR_IP_BLOCKED(address);
    context.errors.push(ex);
    self.emit('connectionAttemptFailed', address, port, addressType, ex);
    internalConnectMultiple(context);
    return;
  }
  self.emit('connectionAttempt', address, port, addressType);
  const req = { oncomplete: null, address, port, localAddress, localPort, addressType };
  req.oncomplete = (status, handle, r, readable, writable) =>
    afterConnectMultiple(context, current, status, handle, r, readable, writable);
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  err = addressType === 4 ? self._handle.connect(req, address, port)
    : self._handle.connect6(req, address, port);
  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname) details = sockname.address + ':' + sockname.port;
    const ex = new ExceptionWithHostPort(err, 'connect', address, port, details);
    context.errors.push(ex);
    self.emit('connectionAttemptFailed', address, port, addressType, ex);
    internalConnectMultiple(context);
    return;
  }
  if (current < context.addresses.length - 1) {
    context[kTimeout] = setTimeout(internalConnectMultipleTimeout, context.timeout, context, req,
                                   self._handle);
  }
}

function internalConnectMultipleTimeout(context, req, handle) {
  context.socket.emit('connectionAttemptTimeout', req.address, req.port, req.addressType);
  req.oncomplete = undefined;
  context.errors.push(createConnectionError(req, UV_ETIMEDOUT));
  handle.close();
  if (context.socket.connecting) internalConnectMultiple(context);
}

function afterConnectMultiple(context, current, status, handle, req, readable, writable) {
  clearTimeout(context[kTimeout]);
  // A late success of an attempt that already timed out: not ours any more.
  if (status === 0 && current !== context.current - 1) {
    handle.close();
    return;
  }
  const self = context.socket;
  if (status !== 0) {
    const ex = createConnectionError(req, status);
    context.errors.push(ex);
    self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    if (self.connecting) internalConnectMultiple(context, status === UV_ECANCELED);
    return;
  }
  afterConnect(status, self._handle, req, readable, writable);
}

function createConnectionError(req, status) {
  let details;
  if (req.localAddress && req.localPort) details = req.localAddress + ':' + req.localPort;
  const ex = new ExceptionWithHostPort(status, 'connect', req.address, req.port, details);
  if (details) {
    ex.localAddress = req.localAddress;
    ex.localPort = req.localPort;
  }
  return ex;
}

function afterConnect(status, handle, req, readable, writable) {
  const self = handle[kOwner];
  if (!self || self.destroyed) return;  // destroyed while connecting
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();
    // Options set before the connection existed.
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay], self[kSetKeepAliveInterval],
                                self[kSetKeepAliveCount]);
    }
    if (self[kSetTOS] !== undefined && self._handle.setTypeOfService) {
      const err = self._handle.setTypeOfService(self[kSetTOS]);
      if (err && err !== UV_EBADF) self.emit('error', errnoException(err, 'setTypeOfService'));
    }
    self.emit('connect');
    self.emit('ready');
    // The first read (or an immediate EOF).
    if (readable && !self.isPaused()) self.read(0);
  } else {
    const ex = createConnectionError(req, status);
    self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    self.destroy(ex);
  }
}

module.exports = { lookupAndConnect, internalConnect, defaults, checkBindError };

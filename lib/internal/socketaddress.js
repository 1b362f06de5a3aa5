'use strict';
// net.SocketAddress: an immutable { address, port, family, flowlabel } with the address
// normalised (parsed and re-printed), as Node's. Its parsed bytes serve BlockList.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ADDRESS },
} = require('internal/errors');
const { validateObject, validatePort, validateString, validateUint32 } = require('internal/validators');
const { parseIPv4, parseIPv6, formatIPv4, formatIPv6 } = require('internal/net/ip');

const kDetail = Symbol('kDetail');
const kBytes = Symbol('kBytes');  // 16 bytes: IPv4 as ::ffff:a.b.c.d
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// 16 bytes for an address of `family` ('ipv4' | 'ipv6'), or null if it is not one.
function addressBytes(address, family) {
  if (family === 'ipv4') {
    const v4 = parseIPv4(address);
    if (v4 === null) return null;
    const out = new Uint8Array(16);
    out[10] = out[11] = 0xff;
    out.set(v4, 12);
    return out;
  }
  return parseIPv6(address);
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kDetail] !== undefined;
  }

  static parse(input) {
    validateString(input, 'input');
    try {
      const { hostname: address, port } = new URL(`http://${input}`);
      if (address[0] === '[' && address[address.length - 1] === ']') {
        return new SocketAddress({ address: address.slice(1, -1), port: port | 0, family: 'ipv6' });
      }
      return new SocketAddress({ address, port: port | 0 });
    } catch {
      // not a socket address
    }
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const {
      address = (family === 'ipv4' ? '127.0.0.1' : '::'),
      port = 0,
      flowlabel = 0,
    } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const bytes = addressBytes(address, family);
    if (bytes === null) throw new ERR_INVALID_ADDRESS();
    this[kBytes] = bytes;
    this[kDetail] = {
      address: family === 'ipv4' ? formatIPv4(bytes, 12) : formatIPv6(bytes),
      port: port | 0,
      family,
      flowlabel: family === 'ipv6' ? flowlabel | 0 : 0,
    };
  }

  get address() { return this[kDetail].address; }
  get port() { return this[kDetail].port; }
  get family() { return this[kDetail].family; }
  get flowlabel() { return this[kDetail].flowlabel; }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${require('internal/util/inspect').inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }
}

module.exports = { SocketAddress, addressBytes, kBytes };

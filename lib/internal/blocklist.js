'use strict';
// net.BlockList: rules (single addresses, ranges, subnets) that check() applies to an address.
// Every address is compared in 16-byte form, IPv4 as IPv4-mapped IPv6 (::ffff:a.b.c.d), so an
// IPv4 rule also matches the mapped IPv6 form of its addresses and the other way round, as
// Node's. `rules` lists addresses, then subnets, then ranges, each newest first; an address
// is kept once.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateArray, validateInt32, validateString } = require('internal/validators');
const { SocketAddress, addressBytes, kBytes } = require('internal/socketaddress');
const { isIP } = require('internal/net/ip');

const kRules = Symbol('kRules');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function compare(a, b) {
  for (let i = 0; i < 16; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

function inPrefix(bytes, network, bits) {
  let i = 0;
  for (; bits >= 8; bits -= 8, i++) if (bytes[i] !== network[i]) return false;
  if (bits === 0) return true;
  const mask = (0xff << (8 - bits)) & 0xff;
  return (bytes[i] & mask) === (network[i] & mask);
}

function familyName(sa) { return sa.family === 'ipv4' ? 'IPv4' : 'IPv6'; }

function toSocketAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

// "10.0.0.0/8" → { address, prefix, family }
function parseCIDR(cidr) {
  validateString(cidr, 'cidr');
  const slash = cidr.indexOf('/');
  if (slash === -1) {
    throw new ERR_INVALID_ARG_VALUE('cidr', cidr, 'must contain a prefix length (e.g. "10.0.0.0/8")');
  }
  const address = cidr.slice(0, slash);
  const prefixText = cidr.slice(slash + 1);
  const prefix = /^\d+$/.test(prefixText) ? Number(prefixText) : NaN;
  if (Number.isNaN(prefix)) {
    throw new ERR_INVALID_ARG_VALUE('cidr', cidr, 'must contain a valid prefix length');
  }
  return { address, prefix, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

class BlockList {
  constructor() {
    this[kRules] = { address: [], subnet: [], range: [] };
  }

  static isBlockList(value) {
    return value?.[kRules] !== undefined;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${require('internal/util/inspect').inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    this.#addAddress(toSocketAddress(address, 'address', family));
  }

  #addAddress(sa) {
    const list = this[kRules].address;
    for (const r of list) {
      if (r.sa.family === sa.family && compare(r.bytes, sa[kBytes]) === 0) return;
    }
    list.unshift({ type: 'address', sa, bytes: sa[kBytes] });
  }

  addAddresses(addresses, family = 'ipv4') {
    validateArray(addresses, 'addresses');
    validateString(family, 'family');
    const list = [];
    for (let i = 0; i < addresses.length; i++) {
      list.push(toSocketAddress(addresses[i], `addresses[${i}]`, family));
    }
    for (const sa of list) this.#addAddress(sa);
  }

  addRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, 'start', family);
    end = toSocketAddress(end, 'end', family);
    if (compare(start[kBytes], end[kBytes]) > 0) {
      throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    }
    this[kRules].range.unshift({ type: 'range', start, end });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, 'network', family);
    validateInt32(prefix, 'prefix', 0, network.family === 'ipv4' ? 32 : 128);
    prefix += 0;
    this[kRules].subnet.unshift({ type: 'subnet', network, prefix });
  }

  addCIDR(cidr) {
    const { address, prefix, family } = parseCIDR(cidr);
    this.addSubnet(address, prefix, family);
  }

  addCIDRs(cidrs) {
    validateArray(cidrs, 'cidrs');
    for (const cidr of cidrs) this.addCIDR(cidr);
  }

  removeAddress(address, family = 'ipv4') {
    const sa = toSocketAddress(address, 'address', family);
    this.#remove((r) => r.type === 'address' && r.sa.family === sa.family &&
      compare(r.bytes, sa[kBytes]) === 0);
  }

  removeRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, 'start', family);
    end = toSocketAddress(end, 'end', family);
    this.#remove((r) => r.type === 'range' && r.start.family === start.family &&
      compare(r.start[kBytes], start[kBytes]) === 0 && compare(r.end[kBytes], end[kBytes]) === 0);
  }

  removeSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, 'network', family);
    validateInt32(prefix, 'prefix', 0, network.family === 'ipv4' ? 32 : 128);
    prefix += 0;
    this.#remove((r) => r.type === 'subnet' && r.prefix === prefix &&
      r.network.family === network.family && compare(r.network[kBytes], network[kBytes]) === 0);
  }

  removeCIDR(cidr) {
    const { address, prefix, family } = parseCIDR(cidr);
    this.removeSubnet(address, prefix, family);
  }

  #remove(match) {
    const rules = this[kRules];
    for (const type of ['address', 'subnet', 'range']) rules[type] = rules[type].filter((r) => !match(r));
  }

  #all() {
    const { address, subnet, range } = this[kRules];
    return [...address, ...subnet, ...range];
  }

  check(address, family = 'ipv4') {
    let bytes;
    if (SocketAddress.isSocketAddress(address)) {
      bytes = address[kBytes];
    } else {
      validateString(address, 'address');
      validateString(family, 'family');
      bytes = addressBytes(address, family.toLowerCase() === 'ipv4' ? 'ipv4' : 'ipv6');
      if (bytes === null) return false;
    }
    for (const rule of this.#all()) {
      switch (rule.type) {
        case 'address':
          if (compare(bytes, rule.bytes) === 0) return true;
          break;
        case 'range':
          if (compare(bytes, rule.start[kBytes]) >= 0 && compare(bytes, rule.end[kBytes]) <= 0) return true;
          break;
        case 'subnet': {
          const bits = rule.network.family === 'ipv4' ? 96 + rule.prefix : rule.prefix;
          if (inPrefix(bytes, rule.network[kBytes], bits)) return true;
          break;
        }
      }
    }
    return false;
  }

  clear() {
    this[kRules] = { address: [], subnet: [], range: [] };
  }

  toJSON() {
    return this.rules;
  }

  // Rules in the form `rules` lists them (a JSON text or an array of such strings); lines
  // that are not rules are skipped.
  fromJSON(data) {
    if (Array.isArray(data)) {
      for (const n of data) {
        if (typeof n !== 'string') throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
      }
    } else if (typeof data !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
    } else {
      data = JSON.parse(data);
      if (!Array.isArray(data) || data.some((n) => typeof n !== 'string')) {
        throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
      }
    }
    for (let i = 0; i < data.length; i++) {
      const m = /^(Address|Range|Subnet): (IPv4|IPv6) (\S+)$/.exec(data[i]);
      if (m === null) continue;
      const family = m[2].toLowerCase();
      if (m[1] === 'Address') {
        this.addAddress(m[3], family);
      } else if (m[1] === 'Range') {
        const dash = m[3].indexOf('-');
        if (dash !== -1) this.addRange(m[3].slice(0, dash), m[3].slice(dash + 1), family);
      } else {
        const slash = m[3].lastIndexOf('/');
        if (slash !== -1) this.addSubnet(m[3].slice(0, slash), Number(m[3].slice(slash + 1)), family);
      }
    }
  }

  get rules() {
    return this.#all().map((r) => {
      switch (r.type) {
        case 'address': return `Address: ${familyName(r.sa)} ${r.sa.address}`;
        case 'range': return `Range: ${familyName(r.start)} ${r.start.address}-${r.end.address}`;
        default: return `Subnet: ${familyName(r.network)} ${r.network.address}/${r.prefix}`;
      }
    });
  }

  get size() {
    const { address, subnet, range } = this[kRules];
    return address.length + subnet.length + range.length;
  }


}

module.exports = { BlockList };

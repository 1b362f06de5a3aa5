'use strict';
// Address helpers shared by net, dgram and dns: Node's isIP/isIPv4/isIPv6 (the same grammar:
// dotted-quad IPv4 without leading zeros, every IPv6 text form with an optional %zone).

const v4Part = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4 = `(?:${v4Part}\\.){3}${v4Part}`;
const h16 = '(?:[0-9a-fA-F]{1,4})';
const IPv4Re = new RegExp(`^${v4}$`);
// One alternative per count of leading groups before "::" (or a full 8-group form).
const IPv6Re = new RegExp('^(?:' + [
  `(?:${h16}:){7}(?:${h16}|:)`,
  `(?:${h16}:){6}(?:${v4}|:${h16}|:)`,
  `(?:${h16}:){5}(?::${v4}|(?::${h16}){1,2}|:)`,
  `(?:${h16}:){4}(?:(?::${h16}){0,1}:${v4}|(?::${h16}){1,3}|:)`,
  `(?:${h16}:){3}(?:(?::${h16}){0,2}:${v4}|(?::${h16}){1,4}|:)`,
  `(?:${h16}:){2}(?:(?::${h16}){0,3}:${v4}|(?::${h16}){1,5}|:)`,
  `(?:${h16}:){1}(?:(?::${h16}){0,4}:${v4}|(?::${h16}){1,6}|:)`,
  `(?::(?:(?::${h16}){0,5}:${v4}|(?::${h16}){1,7}|:))`,
].join('|') + ')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(s) {
  return IPv4Re.test(s);
}

function isIPv6(s) {
  return IPv6Re.test(s);
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// Loopback names and addresses as Node's isLoopback (used by http for the Host check).
function isLoopback(host) {
  const h = String(host).toLowerCase();
  return h === 'localhost' || h.startsWith('127.') || h === '[::1]' || h === '::1' ||
    h === '[0:0:0:0:0:0:0:1]' || h === '0:0:0:0:0:0:0:1';
}

module.exports = { isIP, isIPv4, isIPv6, isLoopback };

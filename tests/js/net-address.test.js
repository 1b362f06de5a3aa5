'use strict';
// net.isIP/isIPv4/isIPv6, net.BlockList and net.SocketAddress.
const test = require('node:test');
const assert = require('node:assert');
const net = require('node:net');
const { inspect } = require('node:util');

test('isIP, isIPv4, isIPv6', () => {
  const v4 = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '1.2.3.4'];
  const v6 = ['::1', '::', '1::', 'fe80::1%eth0', '2001:db8::8a2e:370:7334', '::ffff:1.2.3.4',
    '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:1.2.3.4', '1::8', 'FFFF::', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8'];
  const neither = ['', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.4 ', ' 1.2.3.4', 'x',
    ':::', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', '::1.2.3', 'g::', '1:2:3:4:5:6:7', ':1::',
    '1:', '::1%', '1.2.3.4::', '1:2:3:4:5:6:7:1.2.3.4', undefined, null, 1234];
  for (const s of v4) {
    assert.strictEqual(net.isIP(s), 4, s);
    assert.strictEqual(net.isIPv4(s), true, s);
    assert.strictEqual(net.isIPv6(s), false, s);
  }
  for (const s of v6) {
    assert.strictEqual(net.isIP(s), 6, s);
    assert.strictEqual(net.isIPv6(s), true, s);
    assert.strictEqual(net.isIPv4(s), false, s);
  }
  for (const s of neither) assert.strictEqual(net.isIP(s), 0, String(s));
});

test('BlockList: addresses, ranges, subnets, IPv4-mapped IPv6', () => {
  const bl = new net.BlockList();
  bl.addAddress('123.123.123.123');
  bl.addRange('10.0.0.1', '10.0.0.10');
  bl.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
  bl.addSubnet('192.168.0.0', 16);
  assert.strictEqual(bl.check('123.123.123.123'), true);
  assert.strictEqual(bl.check('10.0.0.3'), true);
  assert.strictEqual(bl.check('10.0.0.11'), false);
  assert.strictEqual(bl.check('222.111.111.222'), false);
  assert.strictEqual(bl.check('8592:757c:efae:4e45::f', 'ipv6'), true);
  assert.strictEqual(bl.check('8592:757c:efab::1', 'ipv6'), false);
  assert.strictEqual(bl.check('::ffff:7b7b:7b7b', 'ipv6'), true);
  assert.strictEqual(bl.check('::ffff:10.0.0.5', 'ipv6'), true);
  assert.strictEqual(bl.check('::ffff:192.168.9.9', 'IPv6'), true);
  assert.strictEqual(bl.check('not an address'), false);
  assert.strictEqual(bl.check('1.2.3.4', 'ipv6'), false);
  assert.strictEqual(bl.check(new net.SocketAddress({ address: '192.168.1.1' })), true);
  assert.deepStrictEqual(bl.rules, [
    'Address: IPv4 123.123.123.123',
    'Subnet: IPv4 192.168.0.0/16',
    'Subnet: IPv6 8592:757c:efae:4e45::/64',
    'Range: IPv4 10.0.0.1-10.0.0.10',
  ]);
  const mapped = new net.BlockList();
  mapped.addAddress('::ffff:1.2.3.4', 'ipv6');
  assert.strictEqual(mapped.check('1.2.3.4'), true);
  const all6 = new net.BlockList();
  all6.addSubnet('::', 0, 'ipv6');
  assert.strictEqual(all6.check('1.2.3.4'), true);
  const all4 = new net.BlockList();
  all4.addSubnet('0.0.0.0', 0);
  assert.strictEqual(all4.check('::1', 'ipv6'), false);
  assert.strictEqual(net.BlockList.isBlockList(bl), true);
  assert.strictEqual(net.BlockList.isBlockList({}), false);
  assert.match(inspect(bl), /^BlockList \{\n {2}rules: \[/);
});

test('BlockList: argument errors', () => {
  const bl = new net.BlockList();
  assert.throws(() => bl.addAddress(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => bl.addAddress('1.2.3'), { code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address' });
  assert.throws(() => bl.addAddress('1.2.3.4', 'ipv5'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => bl.addSubnet('1.2.3.4', 33), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => bl.addSubnet('::', 129, 'ipv6'), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => bl.addSubnet('1.2.3.4', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => bl.addRange('10.0.0.10', '10.0.0.1'), {
    code: 'ERR_INVALID_ARG_VALUE', message: /^The argument 'start' must come before end/,
  });
  assert.throws(() => bl.check(1), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('server blockList drops blocked peers', async () => {
  const blockList = new net.BlockList();
  blockList.addAddress('127.0.0.1');
  let connections = 0;
  const server = net.createServer({ blockList }, () => { connections++; });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('error', () => {});
  client.resume();
  await new Promise((r) => client.on('close', r));
  assert.strictEqual(connections, 0);
  server.close();
});

test('SocketAddress', () => {
  const sa = new net.SocketAddress({ address: '::0001', family: 'IPv6', port: 80, flowlabel: 5 });
  assert.strictEqual(sa.address, '::1');
  assert.strictEqual(sa.port, 80);
  assert.strictEqual(sa.family, 'ipv6');
  assert.strictEqual(sa.flowlabel, 5);
  assert.deepStrictEqual(sa.toJSON(), { address: '::1', port: 80, family: 'ipv6', flowlabel: 5 });
  assert.strictEqual(inspect(sa), "SocketAddress { address: '::1', port: 80, family: 'ipv6', flowlabel: 5 }");
  assert.deepStrictEqual(new net.SocketAddress().toJSON(),
                         { address: '127.0.0.1', port: 0, family: 'ipv4', flowlabel: 0 });
  assert.strictEqual(net.SocketAddress.isSocketAddress(sa), true);
  assert.strictEqual(net.SocketAddress.isSocketAddress({}), false);
  assert.throws(() => new net.SocketAddress({ address: 'x' }), { code: 'ERR_INVALID_ADDRESS' });
  assert.throws(() => new net.SocketAddress({ family: 'ipv7' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new net.SocketAddress({ port: 70000 }), { code: 'ERR_SOCKET_BAD_PORT' });
  assert.throws(() => new net.SocketAddress(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.deepStrictEqual(net.SocketAddress.parse('[::1]:443').toJSON(),
                         { address: '::1', port: 443, family: 'ipv6', flowlabel: 0 });
  assert.strictEqual(net.SocketAddress.parse('1.2.3.4:8080').port, 8080);
  assert.strictEqual(net.SocketAddress.parse('::1'), undefined);
  assert.strictEqual(net.SocketAddress.parse('1.2.3.4:99999'), undefined);
  assert.strictEqual(net.SocketAddress.parse('x'), undefined);
});

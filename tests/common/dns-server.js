'use strict';
// A small DNS server for the dns tests, over dgram on 127.0.0.1 (RFC 1035 message format;
// names are written uncompressed). Runs the same under protojs and Node 24.
//
//   const server = await startDnsServer((name, type) => ({ answers: [...] }));
//   resolver.setServers([`127.0.0.1:${server.port}`]);
//   server.queries   // [{ name, type, from }] in arrival order (from: the sender's address)
//   await server.close();
//
// The handler gets the question's name (lower case, no trailing dot) and type name ('A',
// 'AAAA', 'MX', …, 'ANY') and returns { rcode?, answers? } or 'drop' (no reply at all).
// An answer is { type, name?, ttl?, data }, data as the type needs:
//   A/AAAA: '1.2.3.4' / '::1'        NS/CNAME/PTR: 'host.example'
//   MX: { priority, exchange }        TXT: ['chunk', …]       SRV: { priority, weight, port, name }
//   SOA: { nsname, hostmaster, serial, refresh, retry, expire, minttl }
//   NAPTR: { order, preference, flags, service, regexp, replacement }
//   CAA: { critical, tag, value }     TLSA: { certUsage, selector, match, data: Buffer }

const dgram = require('dgram');

const TYPES = {
  A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35,
  TLSA: 52, ANY: 255, CAA: 257,
};
const TYPE_NAMES = Object.fromEntries(Object.entries(TYPES).map(([k, v]) => [v, k]));
const RCODES = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 };

function encodeName(name) {
  const parts = name.replace(/\.$/, '').split('.').filter((p) => p.length > 0);
  const bufs = [];
  for (const p of parts) {
    const label = Buffer.from(p, 'latin1');
    bufs.push(Buffer.from([label.length]), label);
  }
  bufs.push(Buffer.from([0]));
  return Buffer.concat(bufs);
}

function readName(msg, offset) {
  const labels = [];
  let jumped = false;
  let end = offset;
  for (let guard = 0; guard < 128; guard++) {
    const len = msg[offset];
    if (len === 0) {
      if (!jumped) end = offset + 1;
      return { name: labels.join('.'), end };
    }
    if ((len & 0xc0) === 0xc0) {
      if (!jumped) end = offset + 2;
      offset = ((len & 0x3f) << 8) | msg[offset + 1];
      jumped = true;
      continue;
    }
    labels.push(msg.toString('latin1', offset + 1, offset + 1 + len));
    offset += 1 + len;
  }
  throw new Error('bad name');
}

function u16(n) {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function u32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

function charString(s) {
  const b = Buffer.isBuffer(s) ? s : Buffer.from(s, 'latin1');
  return Buffer.concat([Buffer.from([b.length]), b]);
}

function ipv6Bytes(text) {
  let groups16 = text;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number);
    groups16 = text.slice(0, v4.index) + ((a << 8) | b).toString(16) + ':' + ((c << 8) | d).toString(16);
  }
  const [head, tail] = groups16.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...new Array(8 - h.length - t.length).fill('0'), ...t];
  return Buffer.concat(groups.map((g) => u16(parseInt(g, 16))));
}

function encodeData(type, data) {
  switch (type) {
    case 'A': return Buffer.from(data.split('.').map(Number));
    case 'AAAA': return ipv6Bytes(data);
    case 'NS': case 'CNAME': case 'PTR': return encodeName(data);
    case 'MX': return Buffer.concat([u16(data.priority), encodeName(data.exchange)]);
    case 'TXT': return Buffer.concat(data.map(charString));
    case 'SRV':
      return Buffer.concat([u16(data.priority), u16(data.weight), u16(data.port), encodeName(data.name)]);
    case 'SOA':
      return Buffer.concat([encodeName(data.nsname), encodeName(data.hostmaster), u32(data.serial),
                            u32(data.refresh), u32(data.retry), u32(data.expire), u32(data.minttl)]);
    case 'NAPTR':
      return Buffer.concat([u16(data.order), u16(data.preference), charString(data.flags),
                            charString(data.service), charString(data.regexp), encodeName(data.replacement)]);
    case 'CAA':
      return Buffer.concat([Buffer.from([data.critical]), charString(data.tag), Buffer.from(data.value, 'latin1')]);
    case 'TLSA':
      return Buffer.concat([Buffer.from([data.certUsage, data.selector, data.match]), data.data]);
    default: throw new Error(`no encoder for ${type}`);
  }
}

function parseQuery(msg) {
  const id = msg.readUInt16BE(0);
  const flags = msg.readUInt16BE(2);
  const { name, end } = readName(msg, 12);
  const qtype = msg.readUInt16BE(end);
  const qclass = msg.readUInt16BE(end + 2);
  return { id, flags, name, qtype, qclass, question: msg.subarray(12, end + 4) };
}

function buildResponse(query, reply) {
  const rcode = RCODES[reply.rcode || 'NOERROR'];
  const answers = reply.answers || [];
  const rd = query.flags & 0x0100;
  const header = Buffer.concat([
    u16(query.id), u16(0x8000 | 0x0400 | rd | 0x0080 | rcode),  // QR, AA, RD (copied), RA
    u16(1), u16(answers.length), u16(0), u16(0),
  ]);
  const records = answers.map((a) => {
    const data = encodeData(a.type, a.data);
    return Buffer.concat([encodeName(a.name ?? query.name), u16(TYPES[a.type]), u16(1),
                          u32(a.ttl ?? 300), u16(data.length), data]);
  });
  return Buffer.concat([header, query.question, ...records]);
}

function startDnsServer(handler, { address = '127.0.0.1', type = 'udp4' } = {}) {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket(type);
    const queries = [];
    socket.on('message', (msg, rinfo) => {
      let query;
      try {
        query = parseQuery(msg);
      } catch {
        return;
      }
      const typeName = TYPE_NAMES[query.qtype] || `TYPE${query.qtype}`;
      const name = query.name.toLowerCase();
      queries.push({ name, type: typeName, from: rinfo.address });
      const reply = handler(name, typeName);
      if (reply === 'drop') return;
      socket.send(buildResponse(query, reply || {}), rinfo.port, rinfo.address);
    });
    socket.once('error', reject);
    socket.bind(0, address, () => {
      socket.removeListener('error', reject);
      resolve({
        port: socket.address().port,
        queries,
        socket,
        close: () => new Promise((done) => socket.close(done)),
      });
    });
  });
}

module.exports = { startDnsServer, parseQuery, buildResponse, encodeName };

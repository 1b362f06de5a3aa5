'use strict';
// Legacy url.parse / url.format / url.resolve matrices.
const url = require('url');
const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://X.COM/Y', 'http://x.com', 'http://x.com/', 'http:x',
  'http:/x', '//x/y', '///x', '/x?y=1&y=2', '/x?y#z', 'x?y', '?y', '#z', '', '   ', ' http://a/b \n', 'http://a\\b\\c?d\\e#f\\g',
  'http://a b/c', 'http://a%20b/', 'http://a:b/', 'http://a:123x/', 'http://a:/', 'http://[::1]:80/x', 'http://[::1]x/',
  'http://[fe80::1%eth0]/', 'http://a@b@c/', 'http://%40:%3A@h/', 'http://us er@h/', 'http://h/ sp"ace\'<>`{|}^', 'http://h/é?é#é',
  'http://ΑΒΓ.com/', 'http://bücher.de/', 'http://☃.net/', 'http://a\tb/', 'http://A\u0001b/', 'http://x.com:65536/', 'http://x..y/',
  'https://' + 'a'.repeat(256) + '.com/', 'mailto:A@B.com', 'mailto:x@y.com?subject=hi', 'javascript:alert(1)', 'javascript:a\tb',
  'javascript://x/y', 'file:///etc/passwd', 'file://localhost/a', 'file:/a', 'file:a', 'sc:\u0001\t2', 'sc:a b', 'sc:/x\ty',
  'sc://a/b', 'SC://A/B', 'a.b-c+d:x', 'xmpp:u@h', 'news:comp.lang', 'urn:isbn:123', 'data:text/plain,hi', 'ftp://u@f.com/x;type=a',
  'gopher://g/', 'ws://h:80/', 'http://h?a=1&a=2&b=%41&c', 'http://h/#', 'http://h/?', 'http://h/?#', 'http://h#a?b', 'http://h/p#a#b',
  'http://h.com/a/b/../c/./d', 'HTTP://H.com:80', 'http://:80/', 'http://@h/', 'http://h:8080', 'http://1.2.3.4:5/',
  '//user@host/x', 'user@host/x', '//@host', 'http://h/%zz', 'http://h/\u0000', 'http://h/?q=\u00e9&r=%E9',
];
function show(u) {
  return JSON.stringify(u, (k, v) => (v && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === null ? { ...v, __nullProto: true } : v));
}
for (const input of inputs) {
  for (const [pq, sdh] of [[false, false], [true, false], [false, true]]) {
    let r;
    try {
      r = show(url.parse(input, pq, sdh));
    } catch (e) {
      r = `${e.name} ${e.code} ${e.message}`;
    }
    console.log(JSON.stringify(input), pq, sdh, r);
  }
}
try { url.parse(5); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(url.parse('http://x/') instanceof url.Url, url.parse(url.parse('http://x/')).href);

// format
const objects = [
  { protocol: 'http', host: 'a.com', pathname: 'x', search: 'y', hash: 'z' },
  { protocol: 'http:', hostname: 'a.com', port: 81, pathname: '/x', query: { a: 1, b: [2, 3] } },
  { protocol: 'mailto', auth: 'u', host: 'h' }, { protocol: 'file', pathname: '/x' }, { protocol: 'file:' },
  { hostname: '::1', port: 8 }, { hostname: '[::1]' }, { host: 'h', pathname: 'p#?q' }, { auth: 'a b:c@d', host: 'h' },
  { protocol: 'sc', slashes: true, host: 'h' }, { search: '#x' }, { query: 'string' }, { query: { a: 'é ' } }, {},
  { protocol: 'https', slashes: false, host: 'h', pathname: '/' }, { href: 'ignored', path: '/ignored' },
  { protocol: 'http', hostname: 'h', pathname: '', search: '?', hash: '#' },
];
for (const o of objects) console.log(JSON.stringify(o), '->', url.format(o));
for (const s of ['http://a/b?c#d', 'HTTP://A', '//x']) console.log(url.format(s));
for (const bad of [null, 5, undefined, true]) { try { url.format(bad); } catch (e) { console.log(e.name, e.code, e.message); } }
const w = new URL('http://u:p@xn--bcher-kva.example:81/a?b#c');
for (const opts of [undefined, { fragment: false }, { search: false }, { auth: false }, { unicode: true }, { fragment: 0, search: '', auth: null, unicode: 1 }]) {
  console.log(JSON.stringify(opts), url.format(w, opts));
}
try { url.format(w, 5); } catch (e) { console.log(e.name, e.code, e.message); }

// resolve
const bases = ['http://a/b/c/d;p?q', 'http://a/b/c/', 'http://a', 'http://u:p@a:8/x', '/one/two/three', 'one/two', 'mailto:a@b',
  'file:///x/y', 'sc:x/y', 'sc://h/p', 'http://a/b/../c'];
const rels = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g',
  '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
  'http:g', 'http://x/y', 'https:g', 'mailto:x@y', 'sc:z', 'file:z', '//u@h', 'javascript:x', '/', '?', '#', 'a b', 'é'];
for (const b of bases) for (const r of rels) {
  let out;
  try { out = url.resolve(b, r); } catch (e) { out = `${e.name} ${e.message}`; }
  console.log(JSON.stringify(b), JSON.stringify(r), '->', JSON.stringify(out));
}
console.log(show(url.resolveObject('http://a/b', '../c')), url.resolveObject('', 'x'));

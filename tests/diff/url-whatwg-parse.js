'use strict';
// WHATWG URL parsing: many inputs against several bases; prints href and every component,
// or the error (name, code, message, input, base).
const inputs = [
  // special schemes, authority forms, slashes
  'http://example.com', 'HTTP://EXAMPLE.COM/A?B#C', 'http:example.com', 'http:/example.com', 'http:\\\\example.com\\a\\b',
  'https://example.com:443/', 'http://example.com:80/', 'ws://a:80/', 'wss://a:443/', 'ftp://a:21/', 'ftp://a:22/',
  'http://a:0/', 'http://a:65535/', 'http://a:65536/', 'http://a:00080/', 'http://a:8x/', 'http://a:/', 'http://a: 1/',
  'http://user@a/', 'http://user:@a/', 'http://:pass@a/', 'http://:@a/', 'http://@a/', 'http://a@b@c/', 'http://u:p:q@a/',
  'http://%61:%62@a/', 'http://user name:pa ss@a/', 'http://ü:ö@a/', 'http://@/', 'http://user@/', 'http:///', 'http://',
  'http://a/b/c/../../d', 'http://a/b/./c/.', 'http://a/%2e/b/%2E%2e/c', 'http://a/b/..', 'http://a/..', 'http://a/.%2E/x',
  'http://a/b;c?d;e#f', 'http://a/ b ?c d#e f', 'http://a/\t\nb\r', '  http://a/  ', '\u0000http://a/\u001f',
  'http://a?b', 'http://a#b', 'http://a?#', 'http://a/?', 'http://a/#', 'http://a/?a=1&b=%zz#%zz',
  'http://a/\u00e9?\u00e9#\u00e9', 'http://a/💩?💩#💩', 'http://a/\ud800', 'http://a/%00', 'http://a/a%2fb',
  // hosts: IPv4
  'http://127.0.0.1/', 'http://0x7f.0.0.1/', 'http://0177.0.0.1/', 'http://2130706433/', 'http://0x7f000001/',
  'http://127.1/', 'http://127.0.1/', 'http://1.2.3.4./', 'http://1.2.3.4../', 'http://1.2.3.256/', 'http://1.2.65536/',
  'http://4294967295/', 'http://4294967296/', 'http://0x100000000/', 'http://1.2.3.4.5/', 'http://1.2.3.09/',
  'http://0x/', 'http://0xg/', 'http://09/', 'http://08.1/', 'http://1.0x/', 'http://a.1/', 'http://1.a/', 'http://a.0x1/',
  'http://%30x7f.1/', 'http://0.0.0.0/', 'http://00000000000000000001/', 'http://１２７.0.0.1/', 'http://999999999999999999999/',
  'http://1.2.3.4.5.a/', 'http://.1/', 'http://1../',
  // IPv6
  'http://[::1]/', 'http://[::]/', 'http://[1:2:3:4:5:6:7:8]/', 'http://[1:0:0:2::3:0]/', 'http://[1:0:0:0:0:0:0:0]/',
  'http://[0:0:0:0:0:0:0:1]/', 'http://[1::]/', 'http://[::ffff:1.2.3.4]/', 'http://[::1.2.3.4]/', 'http://[1:2:3:4:5:6:1.2.3.4]/',
  'http://[1:2:3:4:5:6:7:1.2.3.4]/', 'http://[::1.2.3]/', 'http://[::1.2.3.4.5]/', 'http://[::01.2.3.4]/', 'http://[::256.2.3.4]/',
  'http://[1:2:3:4:5:6:7:8:9]/', 'http://[1::2::3]/', 'http://[:1]/', 'http://[1:]/', 'http://[12345::]/', 'http://[g::]/',
  'http://[ABCD:EF01::]/', 'http://[0:0:1:0:0:1:0:0]/', 'http://[1:0:1:0:1:0:1:0]/', 'http://[::1]:8080/', 'http://[::1/',
  'http://::1]/', 'http://[::1]x/', 'http://[::%31]/', 'http://[::1%eth0]/', 'non-special://[::1]/', 'non-special://[1::2::3]/',
  // IDNA
  'http://ß.de/', 'http://Bücher.example/', 'http://☃.net/', 'http://xn--n3h.net/', 'http://日本語.jp/', 'http://ＡＢＣ.com/',
  'http://①.com/', 'http://Ⅷ.com/', 'http://ﬀ.com/', 'http://a\u200db.com/', 'http://\u200cx.com/', 'http://\u00adx.com/',
  'http://\u00ad/', 'http://a。b/', 'http://אב.com/', 'http://a1-א.com/', 'http://٠١.com/', 'http://xn--/', 'http://xn--a.com/',
  'http://xn--abc.com/', 'http://XN--ZCA.com/', 'http://xn--ß.com/', 'http://ab--c.com/', 'http://-a-.com/', 'http://a..b/',
  'http://%C3%BC.com/', 'http://%ef%bc%85/', 'http://%zz/', 'http://%25/', 'http://a%2Eb/', 'http://İ.com/', 'http://ǅ.com/',
  'http://ﾀ.com/', 'http://ᄀ.com/', 'http://💩.la/', 'http://x\u0301.com/', 'http://\u0301x.com/', 'http://ab_c.com/',
  'http://a b/', 'http://a<b/', 'http://a>b/', 'http://a^b/', 'http://a|b/', 'http://a%00b/', 'http://a\u007fb/', 'http://a\u00a0b/',
  // opaque hosts / non-special
  'sc://a b/', 'sc://a%20b/', 'sc://ü/', 'sc://a^b/', 'sc://a<b/', 'sc://a|b/', 'sc://%/', 'sc://[::1]/', 'sc://a:1/', 'sc://a:x/',
  'sc://', 'sc:///', 'sc://@/', 'sc://u@/', 'sc://:1/', 'sc:/a/../b', 'sc:a/../b', 'sc:', 'sc:?x', 'sc:#x', 'sc:a b ?c',
  'sc:a b #c', 'sc:  a  ', 'mailto:x@y.com', 'javascript:alert(1)', 'data:text/plain,hi there', 'urn:isbn:0451450523',
  'tel:+1-555', 'sc:\\a\\b', 'sc://a\\b/', 'sc:/.//p', 'sc:/..//p', 'web+demo:/.//not-a-host/', 'a:/b/../../..//c',
  'blob:https://a.com/uuid', 'blob:null/x', 'blob:sc:x', 'blob:', 'blob:ftp://a/', 'blob:blob:https://a/',
  // file
  'file:///C:/x', 'file:///C|/x', 'file://C:/x', 'file:/C:/x', 'file:C:/x', 'file:c|', 'file:///c:/../..', 'file://localhost/a',
  'file://LOCALHOST/a', 'file://host/a', 'file://host:1/a', 'file://u@host/a', 'file:///a/../../b', 'file:', 'file:?q', 'file:#f',
  'file://%41/', 'file://[::1]/', 'file:\\\\host\\share', 'file:///a b', 'file://ü/', 'file:/', 'file:..', 'file://1.2.3/x',
  // relative-only
  '', ' ', '?x', '#x', '/x', '//x', '///x', '\\x', '\\\\x\\y', 'x', './x', '../x', '../../../x', '.', '..', 'a/b/../c',
  '?', '#', ':', ':x', 'http:', 'https:x', 'file:x', 'sc:x', 'C:/x', 'C|\\x', '/C:/x', '//C:/x', 'x:y', 'x:', '1:y',
  '+x:y', 'a+b-c.d:y', 'a_b:y', '\u00e9:y', 'HTTP:x', 'hTtPs://A/',
];
const bases = [undefined, 'http://user:pw@example.org:81/a/b/c?q#f', 'file:///C:/dir/file', 'sc://host/a/b', 'sc:opaque', 'file://host/x/y', 'about:blank'];

function show(u) {
  return [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]
    .map((x) => JSON.stringify(x)).join(' ');
}
for (const base of bases) {
  console.log(`== base ${base}`);
  for (const input of inputs) {
    let line;
    try {
      line = show(base === undefined ? new URL(input) : new URL(input, base));
    } catch (e) {
      line = `${e.name} ${e.code} ${e.message} ${JSON.stringify(e.input)} ${JSON.stringify(e.base)}`;
    }
    console.log(JSON.stringify(input), '->', line, URL.canParse(input, base), URL.parse(input, base) === null);
  }
}
// Every ASCII code point in each component of a special and a non-special URL.
for (const scheme of ['http://h', 'sc://h']) {
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    const cases = [
      `${scheme.replace('//', `//u${ch}:p${ch}@`)}/`, `${scheme}/p${ch}q`, `${scheme}/?q${ch}r`, `${scheme}/#f${ch}g`,
      `${scheme.replace('//h', `//h${ch}i`)}/`, `${scheme.split('//')[0]}o${ch}p`,
    ];
    const out = cases.map((s) => { try { return new URL(s).href; } catch { return 'ERR'; } });
    console.log(c, JSON.stringify(out));
  }
}

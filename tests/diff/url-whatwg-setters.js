'use strict';
// WHATWG URL setters (state overrides) on each component, searchParams live binding.
const urls = ['http://u:p@example.com:8080/a/b?q=1#f', 'https://example.com/', 'file:///C:/x/y', 'file://host/p',
  'sc://u@h:1/p?q#f', 'sc:opaque path ?q#f', 'sc:/p', 'mailto:a@b', 'ws://h/', 'sc://h', 'http://[::1]/', 'http://1.2.3.4/'];
const values = {
  href: ['http://x/', 'bad', 'sc:x', '', 'file:///y'],
  protocol: ['https', 'HTTPS:', 'sc', 'file', 'ftp:x', 'ws:', 'a b', '1x', 'x+y-z.', 'http:', ''],
  username: ['user', 'us er@:/', 'ü', '', '%41'],
  password: ['pass', 'p:@/ w', '', 'ö'],
  host: ['x.org', 'x.org:99', 'x.org:', 'x.org:99999', 'x.org:abc', '[::2]:7', 'a b', '', 'ü.de', '0x7f.1', 'h/p', 'h?q', 'h#f', ':80', 'localhost', 'x.org:80'],
  hostname: ['y.org', 'y.org:5', '', 'a%b', '[::3]', '1.2.3', 'LOCALHOST', 'ß', 'h\\x'],
  port: ['81', '0', '65536', '8080abc', 'abc', '', '80', '443', ' 1', '-1', '12\t3'],
  pathname: ['/x/y', 'x', '../..', '/a b?#', '', '\\a\\b', '/%2e/x', 'C|/z', '//p'],
  search: ['?a=b', 'a b', '', '?', '#x', '?ü\'', 'x=1&y'],
  hash: ['#x', 'y z', '', '#', '`<>', 'ü'],
};
for (const base of urls) {
  for (const [key, vals] of Object.entries(values)) {
    for (const v of vals) {
      const u = new URL(base);
      let r;
      try {
        u[key] = v;
        r = u.href;
      } catch (e) {
        r = `${e.name} ${e.code} ${e.message}`;
      }
      console.log(JSON.stringify(base), key, JSON.stringify(v), '->', r, u.host, u.pathname);
    }
  }
}
// searchParams live binding
const u = new URL('http://a/?x=1&y=2');
const sp = u.searchParams;
sp.append('z', '3 4');
console.log(u.href, u.search);
u.search = '?p=q';
console.log([...sp], sp.size, sp === u.searchParams);
u.href = 'http://b/?m=n#h';
console.log([...sp]);
sp.delete('m');
console.log(u.href);
sp.set('a', 'é&=+');
sp.sort();
console.log(u.href, sp.toString());
const o = new URL('sc:x ?y#z');
o.searchParams.delete('y');
console.log(JSON.stringify(o.href));
u.hash = '';
console.log(u.href, JSON.stringify(u), String(u), u.toJSON());

'use strict';
// querystring parse/stringify/escape/unescape matrices and round trips.
const qs = require('querystring');
const show = (o) => JSON.stringify(o, (k, v) => (typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function' ? `<${typeof v}>` : v && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === null ? { ...v, '<null proto>': true } : v));
const inputs = ['', 'a', 'a=', '=b', '=', '&', '&&', 'a=1&a=2&a=3', 'a=1&b=2', 'a[]=1&a[]=2', 'a=b=c', 'a==b', '&a=1&', 'a=1&&b=2',
  '+=+', 'a+b=c+d', '%41=%42', '%zz=%yy', '%=%', '%4=%4', '%E4%B8%AD=%e4%b8%ad', '%E4=%B8', 'é=ü', '%C3%A9+%C3', 'a=%F0%9F%92%A9',
  'a=%', 'a=%2', 'a=%25', '__proto__=1', 'constructor=2&hasOwnProperty=3', 'toString', 'a;b=c;d', 'a=1;b=2', 'a\u0000=b', '?a=1',
  'a=1#h', 'x=%41%zz', 'x=é%zz', '%41%42=é%zz', 'a=b&' + 'k=v&'.repeat(3)];
const seps = [[undefined, undefined], [';', ':'], ['&&', '=='], ['', ''], ['ab', 'cd'], [null, null], [1, 2]];
for (const input of inputs) {
  for (const [sep, eq] of seps) console.log(JSON.stringify(input), JSON.stringify(sep), JSON.stringify(eq), show(qs.parse(input, sep, eq)));
}
for (const s of ['a&&b==c&&&d', 'a&&&b', 'a==b==c', 'x&=&y']) console.log(s, show(qs.parse(s, '&&', '==')), show(qs.parse(s, '&', '==')));
const many = Array.from({ length: 1100 }, (_, i) => `k${i}=${i}`).join('&');
for (const maxKeys of [undefined, 0, -1, 1, 2, 1000, 1500, '5', NaN]) {
  const r = qs.parse(many, null, null, maxKeys === undefined ? undefined : { maxKeys });
  console.log('maxKeys', maxKeys, Object.keys(r).length);
}
console.log(show(qs.parse('a=1&&&b=2', null, null, { maxKeys: 2 })));
console.log(show(qs.parse('a=%41&b=c+d&e', null, null, { decodeURIComponent: (s) => `<${s}>` })));
console.log(show(qs.parse('a=%41&b=%zz', null, null, { decodeURIComponent: (s) => { throw new Error(s); } })));
console.log(show(qs.parse('a=%41', null, null, { decodeURIComponent: 5 })));
console.log(show(qs.parse(5)), show(qs.parse(null)), show(qs.parse({})));

const objs = [{}, { a: 1 }, { a: 'b c', d: 'é' }, { a: [1, 2, 3] }, { a: [] }, { a: [[1, 2], { x: 1 }] }, { a: null, b: undefined, c: NaN, d: Infinity },
  { a: true, b: false, c: 0, d: -0, e: 1e21, f: -1e21, g: 1.5, h: 10n }, { a: Symbol('s') }, { 'k y': 'v&=' }, { a: () => 1 },
  { a: '\ud83d\udca9' }, { a: '~!*()\'-._' }, Object.assign(Object.create({ inherited: 1 }), { own: 2 }), { a: {} }, { a: new Date(0) }];
for (const o of objs) {
  for (const [sep, eq] of [[undefined, undefined], [';', ':'], ['', '']]) {
    let r;
    try { r = qs.stringify(o, sep, eq); } catch (e) { r = `${e.name} ${e.code} ${e.message}`; }
    console.log(show(o) ?? String(o), JSON.stringify(sep), r);
  }
}
for (const v of ['str', 5, null, undefined, true, [1, 2]]) console.log(JSON.stringify(qs.stringify(v)));
console.log(qs.stringify({ a: 'b c', d: [1, 2] }, null, null, { encodeURIComponent: (s) => `[${s}]` }));
console.log(qs.stringify({ a: 1e21, b: null, c: true }, null, null, { encodeURIComponent: (s) => `[${s}]` }));
console.log(qs.encode === qs.stringify, qs.decode === qs.parse);

// escape / unescape
let all = '';
for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
console.log(qs.escape(all));
for (const s of ['\u{1F4A9}', '\ud800x', '\udc00x', '\u20ac', 5, null, { toString() { return 'o b'; } }, ['a', 'b']]) {
  try { console.log(JSON.stringify(qs.escape(s))); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const s of ['\ud800', 'a\udc00']) { try { qs.escape(s); } catch (e) { console.log(e.name, e.code, e.message); } }
for (const s of ['%41', '%zz', '%E4%zz', 'a+b', '%', '%4', '%%41', 'é%', '%C3%A9', '%c3%a9%', '%F0%9F%92%A9%']) {
  console.log(JSON.stringify(s), JSON.stringify(qs.unescape(s)), JSON.stringify(qs.unescape(s, true)), [...qs.unescapeBuffer(s)].join(','), [...qs.unescapeBuffer(s, true)].join(','));
}
// round trips
for (const o of [{ a: 'x y', b: ['1', '2'], 'c d': 'é&=' }, { '': '' }, { a: '%41' }]) {
  const s = qs.stringify(o);
  console.log(s, show(qs.parse(s)), qs.stringify(qs.parse(s)) === s);
}

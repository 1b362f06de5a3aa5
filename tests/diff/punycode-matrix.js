'use strict';
// node:punycode: encode/decode/toASCII/toUnicode/ucs2 and the DEP0040 warning on load.
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code} ${w.message}`));
const punycode = require('punycode');
console.log(Object.keys(punycode), punycode.version, Object.keys(punycode.ucs2));
const words = ['', 'a', 'abc', 'abc-', '-', '--', 'ü', 'mañana', 'bücher', 'ß', '日本語', 'a日b本c', '\u{1F4A9}', 'ñ\u{1F4A9}ñ',
  'Ελληνικά', 'пример', 'अभिषेक', 'x'.repeat(60) + 'é', 'ABC-é', '\ud800', 'a\udc00b'];
for (const w of words) {
  let enc;
  try { enc = punycode.encode(w); } catch (e) { enc = `${e.name}: ${e.message}`; }
  let back;
  try { back = punycode.decode(enc); } catch (e) { back = `${e.name}: ${e.message}`; }
  console.log(JSON.stringify(w), JSON.stringify(enc), JSON.stringify(back));
}
for (const s of ['', 'a', '-', 'a-', '-a', 'zz', 'ca-', '99999999999', '9999999999a', 'é-abc', 'tda', 'maana-pta', 'ABC-', 'a-b-c-ivb',
  'xn--a', '!', 'a!', 'zzzzzzzzzzzzzzzzzzzz', 'ls8h', '3-e']) {
  try { console.log(JSON.stringify(s), JSON.stringify(punycode.decode(s))); } catch (e) { console.log(JSON.stringify(s), e.name, e.message); }
}
for (const d of ['mañana.com', 'Bücher.DE', 'a.b', 'user@mañana.com', 'a@b@ü.com', 'ü。ü．ü｡ü', '', '.', 'xn--maana-pta.com', 'ABC.ü', '\u{1F4A9}.la']) {
  let a, u;
  try { a = punycode.toASCII(d); } catch (e) { a = `${e.name}: ${e.message}`; }
  try { u = punycode.toUnicode(d); } catch (e) { u = `${e.name}: ${e.message}`; }
  console.log(JSON.stringify(d), JSON.stringify(a), JSON.stringify(u));
}
for (const d of ['xn--MAANA-PTA.com', 'xn--!.com', 'XN--abc.com', 'xn--zz-.com']) {
  try { console.log(JSON.stringify(punycode.toUnicode(d))); } catch (e) { console.log(e.name, e.message); }
}
console.log(punycode.ucs2.decode('a\u{1F4A9}\ud800b\udc00'), JSON.stringify(punycode.ucs2.encode([0x61, 0x1f4a9, 0xd800, 0x10ffff])));
setImmediate(() => console.log(warnings));

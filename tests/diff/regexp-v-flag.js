'use strict';
// RegExp `v` flag (unicodeSets): for each pattern, whether it compiles (SyntaxError or not) and
// what it matches on a few subjects; compared line by line with Node 24.
const cases = [
  // [pattern, flags, subjects]
  ['HTML\\w+Element', 'v', ['HTMLDivElement', 'HTMLElement']],
  ['[\\p{L}&&\\p{ASCII}]', 'v', ['a', 'é', '1']],
  ['[\\w--\\d]', 'v', ['a', '1', '_']],
  ['[\\w--\\d--_]', 'v', ['a', '1', '_']],
  ['[\\w&&\\d&&[0-4]]', 'v', ['3', '7', 'a']],
  ['[[a-z][0-9]]+', 'v', ['a1b2', 'A!']],
  ['[[a-z]--[aeiou]]+', 'v', ['bcd', 'abc']],
  ['[^[a-z]--[aeiou]]', 'v', ['a', 'b', 'Z']],
  ['[^[^a]]', 'v', ['a', 'b']],
  ['[\\q{abc|d|}]', 'gv', ['xabcdx', 'ab']],
  ['[\\q{a|ab|abc}]', 'v', ['abc', 'ab', 'b']],
  ['^[\\q{abc|ab}x]+$', 'v', ['abcabx', 'abcx', 'ac']],
  ['[\\q{abc}--\\q{abc}]', 'v', ['abc', '']],
  ['[\\q{abc|x}&&\\q{abc|y}]', 'v', ['abc', 'x', 'y']],
  ['[[\\q{ab|cd}]--\\q{cd}]', 'gv', ['abcd']],
  ['[\\q{ab}a]', 'gv', ['aab']],
  ['[\\q{\\u{1F600}\\u{1F601}}]', 'v', ['\u{1F600}\u{1F601}', '\u{1F600}']],
  ['(?<=[\\q{ab|c}])x', 'v', ['abx', 'cx', 'bx']],
  ['(?<![\\q{ab}])x', 'v', ['abx', 'bx']],
  ['[\\q{ab|c}]{2}', 'v', ['abc', 'cab', 'ac']],
  ['[\\q{}]*x', 'v', ['x']],
  // (V8 does not fold code points given inside \q{} under i: /[\q{s}]/vi.test('S') is false
  // there, true per the spec and in protoJS; only the strings' case is compared here.)
  ['[\\q{KK|s}]', 'vi', ['kk', '\u212Ak']],
  ['\\P{Ll}', 'vi', ['a', 'A', '1']],
  ['\\P{Ll}', 'ui', ['a', 'A', '1']],
  ['[^\\P{Ll}]', 'vi', ['a', 'A', '1']],
  ['[^\\P{Ll}]', 'ui', ['a', 'A', '1']],
  ['\\p{Lu}', 'vi', ['a', 'A', '1']],
  ['\\p{Lu}', 'ui', ['a', 'A', '1']],
  ['[\\p{Lu}--[A-Z]]', 'vi', ['a', 'A', '\u00E9']],
  ['[^a-z]', 'vi', ['A', 'a', '1']],
  ['\\W', 'vi', ['S', '\u017F', '\u212A', '!']],
  ['[\\W]', 'vi', ['S', '\u017F', '!']],
  ['[^\\W]', 'vi', ['S', '\u017F', '!']],
  ['[\\w&&[^a-z]]', 'vi', ['a', 'A', '1']],
  ['.', 'v', ['\u{1F600}']],
  ['^.$', 'v', ['\u{1F600}']],
  ['[\\u{1F600}-\\u{1F64F}]', 'v', ['\u{1F60D}', 'a']],
  ['[\\-\\&\\!\\#\\%\\,\\:\\;\\<\\=\\>\\@\\`\\~]+', 'v', ['-&!#%,:;<=>@`~']],
  ['[\\(\\)\\[\\]\\{\\}\\/\\|\\\\]+', 'v', ['()[]{}/|\\']],
  ['[a&b!c]', 'v', ['&', '!', 'd']],
  ['[\\b]', 'v', ['\b', 'b']],
  ['[\\cJ\\x41\\u0042\\0]', 'gv', ['\nAB\0C']],
  ['[\\d\\s]', 'v', ['1', ' ', 'a']],
  ['[\\p{Script=Greek}&&\\p{Lu}]', 'v', ['\u0391', '\u03B1', 'A']],
  ['[(]', 'v', []], ['[)]', 'v', []], ['[{]', 'v', []], ['[}]', 'v', []], ['[/]', 'v', []],
  ['[|]', 'v', []], ['[-]', 'v', []], ['[a-]', 'v', []], ['[-a]', 'v', []], ['[[]', 'v', []],
  ['[a&&&b]', 'v', []], ['[&&a]', 'v', []], ['[a&&]', 'v', []], ['[a--]', 'v', []],
  ['[a&&b--c]', 'v', []], ['[ab&&c]', 'v', []], ['[a-z&&b]', 'v', []], ['[a&&bc]', 'v', []],
  ['[!!]', 'v', []], ['[a##]', 'v', []], ['[$$]', 'v', []], ['[a..b]', 'v', []], ['[a^^]', 'v', []], ['[^^]', 'v', ['^', 'a']],
  ['[^\\q{ab}]', 'v', []], ['[^\\q{}]', 'v', []], ['[^\\q{a|b}]', 'v', ['a', 'c']],
  ['[^[\\q{ab}a]]', 'v', []], ['[^[\\q{ab}--\\q{ab}]]', 'v', []], ['[^[a&&\\q{ab}]]', 'v', ['a', 'b']],
  ['\\q{a}', 'v', []], ['[\\q{a]', 'v', []], ['[\\q]', 'v', []], ['[\\z]', 'v', []],
  ['[z-a]', 'v', []], ['[\\d-z]', 'v', []], ['[a-\\d]', 'v', []], ['[\\q{ab}-z]', 'v', []],
  ['[\\q{(|)}]', 'v', []], ['[\\q{\\(|\\)}]', 'v', ['(', ')']],
  ['a{', 'v', []], ['\\-', 'v', []], ['(?<n>a)\\k<n>', 'v', ['aa']], ['\\1(a)', 'v', ['a']],
  ['[]', 'v', ['a', '']], ['[^]', 'v', ['a', '\n']],
];
for (const [source, flags, subjects] of cases) {
  let re;
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    console.log(`/${source}/${flags}: ${e.name}`);
    continue;
  }
  const out = subjects.map((s) => {
    re.lastIndex = 0;
    if (re.global) return JSON.stringify(s.match(re));
    const m = re.exec(s);
    return m ? JSON.stringify([m.index, m[0]]) : 'null';
  });
  console.log(`/${source}/${flags}: ${out.join(' ')}`);
}

// Flags, getters and the RegExp.prototype methods that advance by code point.
console.log(/a/dgimsvy.flags, new RegExp('a', 'vgi').flags, /a/v.unicode, /a/v.unicodeSets,
  /a/u.unicodeSets, /a/.unicodeSets);
for (const f of ['uv', 'vv', 'vu', 'gvx']) {
  try { new RegExp('a', f); console.log(f, 'ok'); } catch (e) { console.log(f, e.name); }
}
try { eval('/a/uv'); } catch (e) { console.log('literal uv', e.name); }
const d = Object.getOwnPropertyDescriptor(RegExp.prototype, 'unicodeSets');
console.log(typeof d.get, d.set, d.enumerable, d.configurable, RegExp.prototype.unicodeSets);
try { d.get.call({}); } catch (e) { console.log('unicodeSets on {}:', e.name); }
console.log(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call({
  hasIndices: 1, global: 1, ignoreCase: 1, multiline: 1, dotAll: 1, unicode: 1, unicodeSets: 1, sticky: 1,
}));
console.log(JSON.stringify('\u{1F600}\u{1F600}'.split(/(?:)/v)));
console.log(JSON.stringify('\u{1F600}x'.replace(/(?:)/gv, '-')));
console.log(JSON.stringify('\u{1F600}x'.match(/(?:)/gv)));
console.log(JSON.stringify([...'\u{1F600}x'.matchAll(/(?:)/gv)].map((m) => m.index)));
console.log(JSON.stringify('\u{1F600}x'.replaceAll(/(?:)/gv, '.')));
const sticky = /(?:)/vy;
sticky.lastIndex = 2;
console.log(sticky.exec('\u{1F600}').index, String(/[\q{ab}]/v), /[\q{ab}]/v.source);
console.log(JSON.stringify('a1b2c3'.split(/[\d--[2]]/v)));
console.log(JSON.stringify('\u001b[31mred\u001b[39m'.replace(/\u001B\[[\d;]*m/gv, '')));

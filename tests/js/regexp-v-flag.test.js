'use strict';
// RegExp `v` flag (unicodeSets, ES2024). Cases follow the spec's ClassSetExpression grammar and
// the kinds of checks test262's built-ins/RegExp/unicodeSets makes; written for protoJS and Node 24.
const test = require('node:test');
const assert = require('node:assert');

const syntaxError = (source, flags = 'v') =>
  assert.throws(() => new RegExp(source, flags), SyntaxError, `/${source}/${flags} should throw`);

test('flag parsing and getters', () => {
  const re = /a/v;
  assert.strictEqual(re.flags, 'v');
  assert.strictEqual(re.unicodeSets, true);
  assert.strictEqual(re.unicode, false);
  assert.strictEqual(/a/u.unicodeSets, false);
  assert.strictEqual(/a/.unicodeSets, false);
  assert.strictEqual(new RegExp('a', 'yvsmigd').flags, 'dgimsvy');
  assert.strictEqual(new RegExp(/x/v).flags, 'v');
  assert.strictEqual(new RegExp(/x/v, 'g').flags, 'g');
  for (const f of ['uv', 'vu', 'vv', 'gvuy']) syntaxError('a', f);
  assert.throws(() => eval('/a/uv'), SyntaxError);
  const d = Object.getOwnPropertyDescriptor(RegExp.prototype, 'unicodeSets');
  assert.strictEqual(typeof d.get, 'function');
  assert.strictEqual(d.set, undefined);
  assert.strictEqual(d.enumerable, false);
  assert.strictEqual(d.configurable, true);
  assert.strictEqual(d.get.name, 'get unicodeSets');
  assert.strictEqual(RegExp.prototype.unicodeSets, undefined);
  assert.throws(() => d.get.call({}), TypeError);
  const flagsGet = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
  assert.strictEqual(flagsGet.call({ unicode: true, unicodeSets: true, sticky: true }), 'uvy');
  assert.strictEqual(String(/[\q{ab}]/gv), '/[\\q{ab}]/gv');
});

test('real-world patterns (got/@sindresorhus/is, ansi-regex style)', () => {
  assert.ok(/HTML\w+Element/v.test('HTMLDivElement'));
  assert.ok(!/HTML\w+Element/v.test('HTMLElement'));
  assert.strictEqual('\u001b[31mred\u001b[39m'.replace(/\u001B\[[\d;]*m/gv, ''), 'red');
  assert.ok(/^\p{L}+$/v.test('héllo'));
});

test('v matches full code points like u', () => {
  assert.ok(/^.$/v.test('\u{1F600}'));
  assert.ok(/^[\u{1F600}-\u{1F64F}]$/v.test('\u{1F60D}'));
  assert.deepStrictEqual('\u{1F600}\u{1F600}'.split(/(?:)/v), ['\u{1F600}', '\u{1F600}']);
  assert.strictEqual('\u{1F600}x'.replace(/(?:)/gv, '-'), '-\u{1F600}-x-');
  assert.strictEqual('\u{1F600}x'.replaceAll(/(?:)/gv, '.'), '.\u{1F600}.x.');
  assert.deepStrictEqual('\u{1F600}x'.match(/(?:)/gv), ['', '', '']);
  assert.deepStrictEqual([...'\u{1F600}x'.matchAll(/(?:)/gv)].map((m) => m.index), [0, 2, 3]);
  assert.deepStrictEqual('a1b2c3'.split(/[\d--[2]]/v), ['a', 'b2c', '']);
  const m = /(?<w>\p{Lu})\k<w>/v.exec('xAA');
  assert.strictEqual(m.groups.w, 'A');
});

test('nested classes, union, intersection, subtraction', () => {
  assert.ok(/^[[a-z][0-9]]+$/v.test('a1b2'));
  assert.ok(/[\p{L}&&\p{ASCII}]/v.test('e'));
  assert.ok(!/[\p{L}&&\p{ASCII}]/v.test('é'));
  assert.ok(!/[\p{L}&&\p{ASCII}]/v.test('1'));
  assert.ok(/[\w--\d]/v.test('a'));
  assert.ok(!/[\w--\d]/v.test('1'));
  assert.ok(!/[\w--\d--_]/v.test('_'));
  assert.ok(/[\w&&\d&&[0-4]]/v.test('3'));
  assert.ok(!/[\w&&\d&&[0-4]]/v.test('7'));
  assert.ok(/^[[a-z]--[aeiou]]+$/v.test('bcd'));
  assert.ok(!/^[[a-z]--[aeiou]]+$/v.test('abc'));
  assert.ok(/[^[a-z]--[aeiou]]/v.test('a'));
  assert.ok(!/[^[a-z]--[aeiou]]/v.test('b'));
  assert.ok(/[^[^a]]/v.test('a'));
  assert.ok(!/[^[^a]]/v.test('b'));
  assert.ok(/[\p{Script=Greek}&&\p{Lu}]/v.test('\u0391'));
  assert.ok(!/[\p{Script=Greek}&&\p{Lu}]/v.test('\u03B1'));
  assert.ok(/[a&b!c]/v.test('&'));
  assert.ok(/^[]$|x/v.test('x'));
  assert.strictEqual(/[]/v.exec('a'), null);
  assert.ok(/[^]/v.test('\n'));
});

test('\\q{} string disjunctions: longest first, then code points, then the empty string', () => {
  assert.deepStrictEqual('xabcdx'.match(/[\q{abc|d}]/gv), ['abc', 'd']);
  assert.strictEqual(/[\q{a|ab|abc}]/v.exec('abc')[0], 'abc');
  assert.strictEqual(/[\q{ab}a]/v.exec('ab')[0], 'ab');
  assert.strictEqual(/[\q{|a}]/v.exec('a')[0], 'a');
  assert.strictEqual(/[\q{}]/v.exec('z')[0], '');
  assert.ok(/^[\q{abc|ab}x]+$/v.test('abcabx'));
  assert.ok(/^[\q{abc|}]+$/v.test('abcabc'));
  assert.strictEqual(/[\q{abc}--\q{abc}]/v.exec('abc'), null);
  assert.strictEqual(/[\q{abc|x}&&\q{abc|y}]/v.exec('xyabc')[0], 'abc');
  assert.deepStrictEqual('abcd'.match(/[[\q{ab|cd}]--\q{cd}]/gv), ['ab']);
  assert.strictEqual(/[\q{\u{1F600}\u{1F601}}]/v.exec('\u{1F600}\u{1F601}')[0], '\u{1F600}\u{1F601}');
  assert.strictEqual(/[\q{ab|c}]{2}/v.exec('cab')[0], 'cab');
  assert.strictEqual(/(?<=[\q{ab|c}])x/v.exec('abx').index, 2);
  assert.strictEqual(/(?<=[\q{ab|c}])x/v.exec('bx'), null);
  assert.strictEqual(/(?<![\q{ab}])x/v.exec('abx'), null);
  assert.ok(/[\q{\(|\)}]/v.test(')'));
  assert.ok(/[^\q{a|b}]/v.test('c'));
  assert.ok(!/[^\q{a|b}]/v.test('a'));
  assert.ok(/[^[a&&\q{ab}]]/v.test('b'));
});

test('case-insensitive matching under v folds before complementing', () => {
  assert.strictEqual(/\P{Ll}/vi.test('a'), false);
  assert.strictEqual(/\P{Ll}/vi.test('A'), false);
  assert.strictEqual(/\P{Ll}/vi.test('1'), true);
  assert.strictEqual(/\P{Ll}/ui.test('a'), true); // u folds after inverting
  assert.strictEqual(/[^\P{Ll}]/vi.test('A'), true);
  assert.strictEqual(/[^\P{Ll}]/ui.test('A'), false);
  assert.strictEqual(/\p{Lu}/vi.test('a'), true);
  assert.strictEqual(/\p{Lu}/ui.test('a'), true);
  assert.strictEqual(/[\p{Lu}--[A-Z]]/vi.test('a'), false);
  assert.strictEqual(/[\p{Lu}--[A-Z]]/vi.test('\u00E9'), true);
  assert.strictEqual(/[^a-z]/vi.test('A'), false);
  assert.strictEqual(/\W/vi.test('\u017F'), false);
  assert.strictEqual(/[^\W]/vi.test('\u017F'), true);
  assert.strictEqual(/[\w&&[^a-z]]/vi.test('A'), false);
  assert.ok(/[\q{KK}]/vi.test('kk'));
  assert.ok(/[\q{KK}]/vi.test('\u212Ak'));
});

test('v-mode syntax errors', () => {
  for (const c of ['(', ')', '{', '}', '/', '|', '-', '[']) syntaxError(`[${c}]`);
  for (const s of ['[a-]', '[-a]', '[a&&&b]', '[&&a]', '[a&&]', '[a--]', '[a&&b--c]', '[ab&&c]',
    '[a-z&&b]', '[a&&bc]', '[!!]', '[a##]', '[$$]', '[a..b]', '[a^^]', '[z-a]', '[\\d-z]', '[a-\\d]',
    '[\\q{ab}-z]', '[\\q{(|)}]', '\\q{a}', '[\\q{a]', '[\\q]', '[\\z]', 'a{', '\\-', '\\1(a']) {
    syntaxError(s);
  }
  // negated classes may not contain strings
  for (const s of ['[^\\q{ab}]', '[^\\q{}]', '[^[\\q{ab}a]]', '[^[\\q{ab}--\\q{ab}]]', '[[^\\q{ab}]]']) {
    syntaxError(s);
  }
  // reserved punctuators may be escaped
  assert.ok(/^[\-\&\!\#\%\,\:\;\<\=\>\@\`\~]+$/v.test('-&!#%,:;<=>@`~'));
  assert.ok(/^[\(\)\[\]\{\}\/\|\\]+$/v.test('()[]{}/|\\'));
  assert.ok(/[\b]/v.test('\b'));
  assert.deepStrictEqual('\nAB\0C'.match(/[\cJ\x41\u0042\0]/gv), ['\n', 'A', 'B', '\0']);
});

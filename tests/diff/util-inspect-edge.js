'use strict';
// Differential: util.inspect edge cases — display width of wide characters, error stacks
// (non-string stacks, repeated frames, causes, colours of frames), names and tags of odd
// objects, symbol keys, accessors, options (compared with Node 24).
// Capitalized globals defined by user code are not built-ins (even when util loads later).
globalThis.UserGlobal = class UserGlobal { toString() { return 'user toString'; } };
globalThis.UserGlobal.prototype.onProto = 1;
const util = require('util');
const path = require('path');
console.log(util.format('%s', new globalThis.UserGlobal()), util.inspect(new globalThis.UserGlobal(), { showHidden: true }));
const show = (v, o) => console.log(o === undefined ? util.inspect(v) : util.inspect(v, o));
const t = (label, f) => {
  try {
    console.log(`${label}: ${f()}`);
  } catch (e) {
    console.log(`${label}: throws ${e.name} ${e.code} ${JSON.stringify(e.message)}`);
  }
};
const err = (e, stack) => { e.stack = stack === undefined ? `${e.name}: ${e.message}` : stack; return e; };

// ---- display width: grouping and tables with wide characters
show(['漢字', 'かな', 'ｶﾅ', 'abc', '한국어', 'x', 'yy', 'zzz', '中文字符串', 'ok']);
show(Array.from({ length: 12 }, (_, i) => '字'.repeat(i % 4 + 1)));
show(Array.from({ length: 12 }, (_, i) => ['😀', '👍🏽', '🚀', '❤️', 'é', 'e\u0301'][i % 6]));
show({ wide: '全角'.repeat(30), narrow: 'a'.repeat(30) }, { compact: true, breakLength: 60 });
console.table([{ name: '🚀 rocket', v: 1 }, { name: 'ok', v: '👍🏽' }, { name: '\u0301combining', v: 'x' }]);
console.table([{ a: '\u200bzero width', b: '\t' }]);

// ---- symbol keys and odd names
show({ [Symbol("it's")]: 1, [Symbol('back\\slash')]: 2, [Symbol('nl\n')]: 3 });
show(Object.defineProperty(function f() {}, 'name', { value: Symbol('symName') }));
show(Object.defineProperty(function f() {}, 'name', { value: { toString() { return 'obj'; } } }));
show(Object.defineProperty({}, '__proto__', { value: 1, enumerable: false }), { showHidden: true });
show({ get fn() { return function inner() {}; }, get cls() { return class C {}; } }, { getters: true });
show({ get arrow() { return () => 1; } }, { getters: 'get' });

// ---- classes recognised by their source
show(class /* comment ( */ Commented {});
show(class Parens extends (function () { return class Base {}; })() {});
show(class // line comment (
  LineCommented {});
show(class Static { static m() { return '('; } });

// ---- names and tags
show(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'NullTag' }));
show(Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'Hidden' }));
show(new (class Foo { get [Symbol.toStringTag]() { return 'my.lib.Foo'; } })());
show(new (class Foo { get [Symbol.toStringTag]() { return 'other.Bar'; } })());
show(new (class Foo { get [Symbol.toStringTag]() { return '.Foo'; } })());
show(Object.create(Object.create(null)));
show(Object.create(Object.create(null, { [Symbol.toStringTag]: { value: 'ProtoTag' } })));
show(Object.create(Object.create(Object.create(null))), { depth: 0 });
{
  const tampered = [];
  Object.defineProperty(tampered, 'constructor', { value: { name: 'Fake' } });
  show(tampered);
  const noCtor = {};
  Object.setPrototypeOf(noCtor, Object.create(Array.prototype, { constructor: { value: undefined } }));
  show(noCtor);
}
show(Object.setPrototypeOf(new Map([[1, 2], [3, 4], [5, 6]]), null), { maxArrayLength: 1 });
show(Object.setPrototypeOf(new Set([1, 2, 3]), null), { maxArrayLength: 1 });
show(Object.setPrototypeOf(new Uint8Array(0), null));
show(Object.setPrototypeOf(new Uint8Array([1, 2]), null), { showHidden: true });
show(new Uint8Array(new ArrayBuffer(8), 2, 4), { showHidden: true });
show(new DataView(new ArrayBuffer(4), 1), { showHidden: true });
{
  class Sub extends Set { get size() { return 1; } }
  show(new Sub([1, 2, 3]));
  class Iter extends Map { *[Symbol.iterator]() { yield ['only', 'this']; } }
  show(new Iter([[1, 2]]));
}

// ---- errors
show(err(new Error('object stack'), { frames: ['a', 'b'] }));
show(err(new Error('number stack'), 42));
show({ nested: err(new Error('object stack'), { frames: ['a', 'b'] }) });
{
  const e = err(new Error('num name'));
  e.name = 42;
  show(e);
  const s = err(new Error('sym in stack'), 'TypeError: sym in stack\n    at x (y.js:1:1)');
  s.name = 'TypeError';
  show(s);
  const inherited = Object.create(err(new Error('base'), 'Error: base'));
  show(inherited);
  class WithCause extends Error { get cause() { return 'getter cause'; } }
  show(err(new WithCause('proto cause')));
  const own = err(new Error('own cause', { cause: undefined }));
  show(own);
  const agg = err(new AggregateError([1], 'agg'));
  Object.defineProperty(agg, 'errors', { get() { return [2]; } });
  show(agg);
  const noName = err(new Error('x'));
  Object.defineProperty(noName, 'name', { get() { throw new Error('no'); } });
  show(noName);
  const noMsg = err(new Error('x'));
  Object.defineProperty(noMsg, 'message', { get() { throw new Error('no'); } });
  show(noMsg);
  const keys = err(new Error('keys'), 'Error: keys\n    at a (b.js:1:1)');
  Object.defineProperty(keys, 'stack', { value: keys.stack, enumerable: true });
  Object.defineProperty(keys, 'message', { value: 'keys', enumerable: true });
  keys.name = 'NotInStack';
  show(keys);
}
{
  // Repeated frames (recursion) are collapsed.
  const frames = ['    at main (app.js:1:1)'];
  for (let i = 0; i < 6; i++) frames.push('    at recurse (app.js:5:3)', '    at helper (app.js:9:3)');
  frames.push('    at start (app.js:20:1)');
  show(err(new RangeError('deep'), ['RangeError: deep', ...frames].join('\n')));
  const single = ['RangeError: single'];
  for (let i = 0; i < 12; i++) single.push('    at loop (app.js:2:2)');
  show(err(new RangeError('single'), single.join('\n')));
  const mixed = ['Error: mixed', '    at a (x.js:1:1)'];
  for (let i = 0; i < 4; i++) mixed.push('    at b (x.js:2:2)', '    at c (x.js:3:3)', '    at d (x.js:4:4)');
  mixed.push('    at b (x.js:2:2)', '    at e (x.js:5:5)');
  show(err(new Error('mixed'), mixed.join('\n')));
  // Frames shared with the cause.
  const shared = ['    at one (s.js:1:1)', '    at two (s.js:2:2)', '    at three (s.js:3:3)',
    '    at four (s.js:4:4)', '    at five (s.js:5:5)'];
  const cause = err(new Error('cause'), ['Error: cause', '    at inner (s.js:0:0)', ...shared].join('\n'));
  show(err(new Error('outer', { cause }), ['Error: outer', '    at outer (s.js:9:9)', ...shared].join('\n')));
}
{
  // Colours: core frames grey, node_modules package names underlined, the cwd grey.
  const cwd = process.cwd();
  const stack = [
    'Error: colored',
    `    at user (${path.join(cwd, 'app.js')}:1:1)`,
    `    at dep (${path.join(cwd, 'node_modules', 'pkg', 'index.js')}:2:2)`,
    `    at scoped (${path.join(cwd, 'node_modules', '@scope', 'name', 'lib', 'x.js')}:3:3)`,
    '    at other (/elsewhere/node_modules/nested/node_modules/deep/y.js:4:4)',
    `    at file://${cwd}/esm.mjs:5:5`,
    '    at Module._compile (node:internal/modules/cjs/loader:1:1)',
    '    at notCore (node:internal/does/not/exist:1:1)',
    '    at node:events:1:1',
    '    at plain (/x/node_modulesX/y.js:1:1)',
  ].join('\n');
  show(err(new Error('colored'), stack), { colors: true });
}

// ---- layout and options
show({ a: 'one\ntwo', b: 1 }, { compact: true, breakLength: Infinity });
show(['x\ny', 'z'], { breakLength: Infinity });
show({ a: [1, 2, 3], b: { c: 'd' } }, { breakLength: Infinity, compact: 1 });
show(util.inspect.colors.grey === util.inspect.colors.gray);
{
  const saved = util.inspect.colors.gray;
  util.inspect.colors.grey = [1, 2];
  show([util.inspect.colors.gray, Object.keys(util.inspect.colors).includes('grey')]);
  util.inspect.colors.gray = saved;
}
t('defaultOptions = null', () => { util.inspect.defaultOptions = null; });
t('defaultOptions = 1', () => { util.inspect.defaultOptions = 1; });
t('throwing custom inspect getter', () => util.inspect({ get [util.inspect.custom]() { throw new Error('getter'); } }));
t('formatWithOptions(fn)', () => util.formatWithOptions(() => {}, 'x'));
t('formatWithOptions([])', () => util.formatWithOptions([], '%s', 1));
t('format numericSeparator default', () => util.format('%d', 1234567));
t('inspect number separators', () => util.inspect([1234.5678, -0.000001, 1e21, 123456789012345680000], { numericSeparator: true }));
t('strip OSC', () => JSON.stringify(util.stripVTControlCharacters('\u001b]8;;http://example.com\u001b\\link\u001b]8;;\u001b\\')));

'use strict';
// Differential: util.format / formatWithOptions with every specifier, odd arguments and
// extra arguments (compared with Node 24).
const util = require('util');
const f = (...args) => {
  try {
    console.log(JSON.stringify(util.format(...args)));
  } catch (e) {
    console.log('throws', e.name, e.code, JSON.stringify(e.message));
  }
};
const fo = (opts, ...args) => {
  try {
    console.log(JSON.stringify(util.formatWithOptions(opts, ...args)));
  } catch (e) {
    console.log('throws', e.name, e.code, JSON.stringify(e.message));
  }
};

class WithToString { toString() { return 'custom toString'; } }
class WithToPrimitive { [Symbol.toPrimitive]() { return 'prim'; } }
class Plain { constructor() { this.p = 1; } }
class Inherits extends WithToString {}
const values = [
  'str', '', 42, -0, 0, 1.5, NaN, Infinity, 123n, true, null, undefined, Symbol('sym'),
  {}, { a: 1 }, [], [1, [2, [3]]], new Date(0), /re/g, new Error('em'), () => {},
  function named() {}, new WithToString(), new WithToPrimitive(), new Plain(), new Inherits(),
  Object.create(null), new Map([[1, 2]]), new Set([1]), new Number(5), new String('boxed'),
  { toString() { return 'own toString'; } }, { nested: { deeper: { deepest: { x: 1 } } } },
  '12abc', '0x1F', ' 7 ', '1e3', '-3.9', [5], ['6', 7], { valueOf() { return 8; } },
  Object.assign(Object.create(null), { toString: 'not fn' }),
];
// Left out: numbers from null-prototype objects (the TypeError's message is the engine's)
// and %o of errors (showHidden lists V8's own 'stack' accessor).
for (const spec of ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c']) {
  for (const v of values) {
    if (v instanceof Error) {
      v.stack = 'Error: em\n    at x (y.js:1:1)';
      if (spec === '%o') continue;
    }
    if ('dif'.includes(spec[1]) && v !== null && typeof v === 'object' &&
        Object.getPrototypeOf(v) === null) continue;
    f(`<${spec}>`, v);
  }
}
f('%s', Symbol.iterator);
f('%d', Symbol('x'));
f('%i', Symbol('x'));
f('%f', Symbol('x'));
f('%s %s', 'only one');
f('%s', 'a', 'b', 'c');
f('%d%%', 50);
f('%%s', 'x');
f('%%%s', 'x');
f('100%', 'x');
f('%', 'x');
f('%x %y', 1, 2);
f('%s:%s', 'a');
f('%', );
f('%s');
f('%%');
f('a', 'b', 1, { c: 2 });
f(1, 2, 3);
f({ a: 1 }, 'str', 3);
f(null, undefined);
f();
f('');
f('%j', { toJSON() { return 'tojson'; } });
{
  const circ = { name: 'c' };
  circ.self = circ;
  f('%j', circ);
  f('%s', circ);
  f('%o', circ);
  f('%O', circ);
  f(circ);
}
f('%j', 1n === 1n ? { big: 1 } : 0);
try { util.format('%j', { b: 1n }); } catch (e) { console.log('bigint json', e.name); }
f('%o', { a: [1, 2, { b: { c: { d: { e: 1 } } } }], f() {} });
f('%o', [1, 2, 3]);
f('%o', 'str');
f('%o', function fn(a) { return a; }.bind(null));
f('%O', { a: { b: { c: { d: 1 } } } });
f('%s', { a: { b: { c: 1 } } });
f('%s', [1, [2, [3, [4]]]]);
f('%s', Object.assign(new Error('in %s'), { stack: 'Error: in %s\n    at x (y.js:1:1)' }));
f('%s', Object.assign(new Error('props'), { stack: 'Error: props', code: 'X' }));
f('%s', -0);
f('%s', [-0]);
f('%d', '');
f('%d', '42abc');
f('%d', {});
f('%d', []);
f('%d', [1]);
f('%i', 42.9);
f('%i', -42.9);
f('%i', '0x10');
f('%i', 1e21);
f('%f', '1.5e3xyz');
f('%f', '.5');
f('%c%s', 'color: red', 'after');
f('%s %o %j', 'a', 'b', 'c', 'd');
f('%s', 'multi\nline');
f('%s', 'x'.repeat(20), { y: 'long'.repeat(30) });
f('%s', new Proxy({}, {}));
f('%s', new Proxy(new WithToString(), {}));
f('%s', new (class extends Date {})(0));
f('%s', new (class Dt extends Date { toString() { return 'own date'; } })(0));
f('%s', Object.setPrototypeOf({ toString() { return 'proto'; } }, null));
f('%s', { [Symbol.toPrimitive]() { return 'own prim'; } });
fo({ colors: true }, '%s %o', { a: 1 }, [1]);
fo({ colors: true }, 'plain', 1, 'two', { three: 3 });
fo({ depth: 0 }, { a: { b: 1 } });
fo({ compact: false }, '%O', { a: 1 });
fo({ numericSeparator: true }, '%d %i %f %s', 1234567, 1234567.8, 1234.5678, 98765);
fo({ numericSeparator: true }, 1234567, 12345n);
fo({}, '%s', 1);
fo([], 'array options %s', 1);
fo(null, 'x');
fo(undefined, 'x');
fo('str', 'x');
fo(() => {}, 'x');
fo(1);
console.log(util.format('%s', 'x') === 'x', util.format('x') === 'x', typeof util.format(1));

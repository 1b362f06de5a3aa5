'use strict';
// Differential: line breaking and array grouping of util.inspect (compared with Node 24).
const util = require('util');

const numbers = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));
for (const n of [6, 7, 10, 16, 25, 26, 27, 50, 99, 100, 101, 150]) {
  console.log(numbers(n));
  console.log(numbers(n, (i) => i * 37 % 1000));
  console.log(numbers(n, (i) => `s${i * 7}`));
}
console.log(numbers(30, (i) => (i % 2 ? i : -i * 1.25)));
console.log(numbers(30, (i) => BigInt(i) ** 3n));
console.log(numbers(20, (i) => (i % 5 === 0 ? 'a longer string entry' : i)));
console.log(numbers(12, (i) => ({ id: i })));
console.log(numbers(9, (i) => [i, [i]]));
console.log(numbers(40, (i) => 'x'.repeat(i % 7)));
console.log(numbers(16, (i) => (i % 3 ? null : undefined)));
console.log(new Uint8Array(numbers(40, (i) => i * 6)));
console.log(new Float32Array(numbers(12, (i) => i / 3)));
console.log({ matrix: numbers(4, (r) => numbers(8, (c) => r * c)) });
console.log({ deep: { deeper: { list: numbers(30) } } });
console.log(new Set(numbers(30)), new Map(numbers(8, (i) => [i, `v${i}`])));

for (const breakLength of [20, 40, 80, 120, Infinity]) {
  console.log(util.inspect({ alpha: 'a'.repeat(15), beta: [1, 2, 3], gamma: { delta: 'd'.repeat(10) } }, { breakLength }));
  console.log(util.inspect(numbers(30), { breakLength }));
}
for (const compact of [false, true, 0, 1, 2, 3, 4]) {
  console.log(util.inspect({ a: { b: { c: { d: [1, 2, { e: 'f' }] } } }, list: numbers(8) }, { compact, depth: 5 }));
}
console.log(util.inspect('a'.repeat(60) + '\n' + 'b'.repeat(30) + '\nc', { breakLength: 50 }));
console.log({ text: 'first line\nsecond line\nthird line that keeps going for a while to exceed width' });
console.log(util.inspect(numbers(150), { maxArrayLength: 10 }), util.inspect(numbers(3), { maxArrayLength: null }));
console.log(util.inspect('x'.repeat(30), { maxStringLength: 10 }), util.inspect(['y'.repeat(12)], { maxStringLength: 1 }));
console.log(util.inspect({ b: 2, a: { d: 4, c: 3 } }, { sorted: true }));
console.log(util.inspect(123456789.12345, { numericSeparator: true }), util.inspect(-1000000n, { numericSeparator: true }));
console.log(util.inspect({ x: [1, 'two', { three: 3 }], y: new Map([[1, 2]]) }, { colors: true }));
console.log(util.inspect(numbers(30), { colors: true }));
console.log(util.format('%s|%d|%i|%f|%j|%o|%O|%c|%%', 'str', 42.5, 42.5, '4.25', { j: 1 }, [1], { O: 1 }, 'css'), 'extra');
console.log(util.format('%s', { deep: { deeper: { deepest: 1 } } }), util.format('%d', 10n), util.format(1, '%s', 2));

'use strict';
// Differential: console.table / group / count / assert / dir output (compared with Node 24).
// Everything goes to stdout so the comparison sees it; no timings or stack traces are printed.
const { Console } = require('console');
const out = new Console({ stdout: process.stdout, stderr: process.stdout });

console.table([{ name: 'alpha', value: 1 }, { name: 'beta', value: 22, extra: true }]);
console.table([[1, 2], [3, 4, 5], 'str']);
console.table({ row1: { c1: 'x', c2: [1, 2, 3, 4, 5] }, row2: { c1: { deep: { deeper: 1 } }, c3: null } });
console.table([{ a: 1, b: 2, c: 3 }], ['c', 'a', 'missing']);
console.table(new Map([['one', 1], [{ k: 'obj' }, [1, 2]]]));
console.table(new Set(['s1', { s: 2 }]));
console.table(new Map([['it', 'er']]).entries());
console.table(new Set([7]).values());
console.table(['中文', 'ascii', 'émoji']);
console.table([{ wide: '全角テキスト' }, { wide: 'narrow' }]);
console.table(42);
console.table(null);
console.table([]);
console.table({});
console.table([{ a: { x: 1, y: 2, z: 3 }, b: { x: 1, y: 2 } }]);

console.group('Group A');
console.log('inside A');
console.group('Group B', { n: 1 });
console.log('multi\nline inside B');
console.table([{ t: 1 }]);
console.groupEnd();
console.groupCollapsed();
console.info('collapsed child');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('after groups');

console.count();
console.count('label');
console.count();
console.countReset('label');
console.count('label');

out.assert(true, 'not shown');
out.assert(false);
out.assert(false, 'failed %s', 'check');
out.assert(false, { obj: 1 }, 'more');
out.error('error line', [1]);
out.warn('warn line');

console.dir({ a: { b: { c: { d: {} } } } });
console.dir({ a: { b: { c: { d: {} } } } }, { depth: 0 });
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom'; }, v: 1 });
console.dirxml('dirxml', 1, { x: [] });
console.debug('%s and %d', 'debug', 7);

const grouped = new Console({ stdout: process.stdout, groupIndentation: 4 });
grouped.group('four');
grouped.log('indented by four');
grouped.groupEnd();
grouped.log('%o', { shown: [1, 2] });
console.log(Object.keys(console).filter((k) => typeof console[k] === 'function').slice(0, 19).join(','));

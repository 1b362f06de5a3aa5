'use strict';
// Differential: console methods as real programs use them — log/info/debug/warn/error with
// format strings, table, dir, dirxml, group, count/countReset, assert, time (durations
// masked), trace (frames stripped), custom Console instances (compared with Node 24).
// Everything is written to stdout through a Console whose stderr is stdout as well.
const { Console } = require('console');
const util = require('util');
const { EventEmitter } = require('events');

// A minimal writable stream: Console needs write() plus the EventEmitter methods.
class Sink extends EventEmitter {
  constructor(write) { super(); this.write = write; }
}
const sink = (write) => new Sink(write);

// Collects what a Console writes so stack frames and durations can be masked.
function capture(options = {}) {
  const lines = [];
  const stream = sink((chunk) => { lines.push(String(chunk)); return true; });
  const c = new Console({ stdout: stream, stderr: stream, ...options });
  const flush = (label) => {
    const text = lines.join('')
      .replace(/\n(?:\s+at .*\n?)+/g, '\n    <frames>\n')
      .replace(/\d+(?:\.\d+)?(?:ms|s)\b/g, '<duration>');
    console.log(`--- ${label}\n${text}`);
    lines.length = 0;
  };
  return { c, flush };
}
process.on('warning', (w) => console.log(`(warning) ${w.name}: ${w.message}`));

const { c, flush } = capture();

// ---- log family with format strings and mixed arguments
c.log('%s is %d years and %i days, %f%%', 'Bob', 42.5, 3.9, 0.5);
c.log('%o | %O | %j', { a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, { a: 1 });
c.log('%c styled %c text', 'color: red', 'font-weight: bold');
c.log('no format', 1, 'two', [3], { four: 4 }, null, undefined, 5n, Symbol('six'));
c.log();
c.log('');
c.log(undefined);
c.log(null);
c.log('multi\nline\nstring', 'and', { obj: 'with\nnewline' });
c.info('info %s', 'message');
c.debug('debug', { level: 1 });
c.warn('warn %d', 7);
c.error('error', new Map([['k', 'v']]));
c.error(Object.assign(new Error('boom'), { stack: 'Error: boom\n    at x (y.js:1:1)' }));
c.log('%s', { toString() { return 'custom'; } }, 'extra');
c.log(-0, [-0], 0.1 + 0.2, 1e21, 2 ** 53);
c.log(new Array(5), [1, , 3], Object.create(null));
c.log('%s', Symbol('in format'));
c.log(Symbol('alone'));
c.log('% s %', 'x');
flush('log family');

// ---- dir / dirxml
c.dir({ a: { b: { c: { d: { e: 1 } } } } });
c.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
c.dir({ a: { b: 1 } }, { depth: 0 });
c.dir('string value');
c.dir([1, 2, 3], { colors: true });
c.dir({ [util.inspect.custom]() { return 'custom!'; }, v: 1 });
c.dir({ [util.inspect.custom]() { return 'custom!'; }, v: 1 }, { customInspect: true });
c.dir(new Map([[1, { deep: { deeper: { deepest: 1 } } }]]), { depth: 1 });
c.dir({ hidden: 1 }, { showHidden: true });
c.dir(Object.defineProperty({}, 'nonEnum', { value: 1 }), { showHidden: true });
c.dirxml({ xml: true }, [1, 2], 'str');
c.dirxml();
flush('dir');

// ---- group
c.group();
c.log('level 1 (no label)');
c.group('Label %s', 'formatted', { with: 'object' });
c.log('level 2\nsecond line');
c.error('error inside group');
c.dir({ inGroup: { nested: true } });
c.table([{ a: 1 }]);
c.groupCollapsed('collapsed');
c.warn('level 3 warn');
c.groupEnd();
c.groupEnd();
c.log('back to level 1');
c.groupEnd();
c.groupEnd();
c.groupEnd();
c.log('level 0');
flush('group');

const g4 = capture({ groupIndentation: 4 });
g4.c.group('four');
g4.c.group('eight');
g4.c.log('deep');
g4.c.groupEnd();
g4.c.log('four again');
g4.flush('groupIndentation 4');
const g0 = capture({ groupIndentation: 0 });
g0.c.group('zero');
g0.c.log('not indented');
g0.flush('groupIndentation 0');

// ---- count / countReset
c.count();
c.count();
c.count('default');
c.count('x');
c.count(1);
c.count('1');
c.count(null);
c.count({});
c.countReset();
c.count();
c.countReset('x');
c.count('x');
c.countReset('never');
c.countReset(1);
c.count(1);
flush('count');

// ---- assert
c.assert(true);
c.assert(1, 'truthy');
c.assert(false);
c.assert(0, 'zero %s', 'formatted', 'extra');
c.assert('', { obj: 1 });
c.assert(null, 'a', 'b');
c.assert(undefined, 42);
c.assert(NaN, '%d%%', 50);
flush('assert');

// ---- time (durations masked)
c.time();
c.timeLog();
c.timeLog('default', 'with', { data: 1 });
c.timeEnd();
c.timeEnd();
c.timeLog('missing');
c.time('t');
c.time('t');
c.timeEnd('t');
c.time(5);
c.timeEnd('5');
flush('time');

// ---- trace (frames stripped)
c.trace();
c.trace('with message %s', 'formatted', { obj: 1 });
c.group('grouped');
c.trace('in group');
c.groupEnd();
flush('trace');

// ---- table
c.table([{ a: 1, b: 'x' }, { a: 2, c: true }, { b: null, d: undefined }]);
c.table([[1, 2], [3, 4]]);
c.table([1, 'two', { three: 3 }, [4]]);
c.table({ r1: { c1: 1 }, r2: { c2: 2 }, r3: 'prim' });
c.table([{ a: 1, b: 2 }], ['b']);
c.table([{ a: 1, b: 2 }], []);
c.table({ x: 1, y: 2 }, ['a']);
c.table([{ nested: { a: 1, b: 2, c: 3 } }, { nested: { a: 1 } }, { nested: [1, 2, 3, 4, 5] }]);
c.table([{ f() {}, s: Symbol('s'), n: 12n, d: new Date(0) }]);
c.table(new Map([['a', { x: 1 }], ['b', { y: 2 }]]));
c.table(new Map([[{ k: 1 }, 'v']]).keys());
c.table(new Map([['a', 1]]).values());
c.table(new Set([{ a: 1 }, 'b']));
c.table(new Uint8Array([1, 2, 3]));
c.table([new Uint8Array([1, 2, 3, 4, 5])]);
c.table([{ ['long key '.repeat(3)]: 'v', k: 'long value '.repeat(3) }]);
c.table([{ 'é': 'ü', '日本': '中文字符' }]);
c.table([{ a: 'multi\nline' }]);
c.table([]);
c.table([[]]);
c.table([{}]);
c.table('not tabular');
c.table(5);
c.table(undefined);
c.table(null, ['a']);
try { c.table([], 'bad'); } catch (e) { console.log('table throws', e.code, e.message); }
c.table(Object.assign([1, 2], { extra: 3 }));
c.table({ __proto__: { inherited: 1 }, own: { v: 1 } });
c.table([{ a: 1 }, 'primitive', null, undefined], ['a']);
flush('table');

// ---- colors
const colored = capture({ colorMode: true });
colored.c.log('%s %d', 'str', 5, { a: 'b' }, [1, null, undefined, true]);
colored.c.table([{ a: 1, b: 'two' }]);
colored.c.dir({ x: 1 });
colored.c.dir({ x: 1 }, { colors: false });
colored.flush('colorMode true');
const opts = capture({ inspectOptions: { depth: 0, breakLength: 20 } });
opts.c.log({ a: { b: { c: 1 } } }, 'plain', ['breaks across', 'several lines']);
opts.c.dir({ a: { b: 1 } });
opts.flush('inspectOptions');
const compactOpts = capture({ inspectOptions: { compact: false, sorted: true } });
compactOpts.c.log({ b: 1, a: [2] });
compactOpts.flush('inspectOptions compact false');

// ---- Console construction
for (const bad of [undefined, null, {}, { stdout: {} }, { stdout: sink(() => {}), stderr: {} }]) {
  try { new Console(bad); console.log('constructed'); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const options of [{ colorMode: 'yes' }, { groupIndentation: -1 }, { groupIndentation: 1001 },
  { groupIndentation: 1.5 }, { inspectOptions: 'x' }, { inspectOptions: { colors: true }, colorMode: true }]) {
  try {
    new Console({ stdout: sink(() => {}), ...options });
    console.log('constructed');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
{
  const writes = [];
  const legacy = new Console(sink((s) => writes.push(`out:${s}`)), sink((s) => writes.push(`err:${s}`)));
  legacy.log('to out');
  legacy.error('to err');
  const called = Console({ stdout: sink((s) => writes.push(`call:${s}`)) });
  called.log('without new');
  const { log, group, groupEnd } = called;
  group('destructured');
  log('still bound');
  groupEnd();
  console.log(JSON.stringify(writes));
  console.log(legacy instanceof Console, called instanceof Console, console instanceof Console, {} instanceof Console);
  console.log(Object.keys(legacy).join());
  console.log(typeof legacy.log, legacy.log.name, legacy.groupCollapsed.name, legacy.dirxml.name);
  console.log(Object.prototype.toString.call(legacy), Object.prototype.toString.call(console));
}
{
  class MyConsole extends Console {
    log(...args) { super.log('[my]', ...args); }
  }
  const writes = [];
  const mine = new MyConsole({ stdout: sink((s) => writes.push(s)) });
  mine.log('subclassed');
  mine.info('info not overridden');
  const { log } = mine;
  log('detached');
  console.log(JSON.stringify(writes));
}
{
  const fail = () => { throw new Error('write failed'); };
  const throwing = new Console({ stdout: sink(fail) });
  throwing.log('swallowed');
  console.log('ignoreErrors default: no throw', throwing._stdout.listenerCount('error'));
  const strict = new Console({ stdout: sink(fail), ignoreErrors: false });
  try { strict.log('x'); } catch (e) { console.log('ignoreErrors false:', e.message); }
  // Not an EventEmitter: Node's console fails when it adds/removes its 'error' listener.
  const bare = new Console({ stdout: { write() {} } });
  try { bare.log('x'); console.log('bare: no throw'); } catch (e) { console.log('bare:', e.name); }
}

// ---- the global console
console.log(typeof console.Console, console.Console === Console);
console.log(Object.keys(console).filter((k) => typeof console[k] === 'function').join());
console.log(console.log.name, console.table.length, console.log.length, console.group.length);
console.log(util.inspect(console, { depth: 0 }).split('\n').length > 5);
console.log('%s %s', 'global', 'format');
console.info('%o', [1, { a: 2 }]);
console.debug('debug goes to stdout');
console.group('global group');
console.log('indented');
console.groupEnd();
console.dirxml('dirxml', 1);

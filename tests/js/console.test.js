'use strict';
// Console class and console methods, checked against fake streams. Expected output is Node 24's.
const test = require('node:test');
const assert = require('node:assert');
const underShim = typeof globalThis.libRequire === 'function';
const nodeConsole = underShim ? globalThis.libRequire('console') : require('node:console');
const { Console } = nodeConsole;

// A minimal writable: Node's Console also needs the EventEmitter listener methods.
function sink() {
  const chunks = [];
  return {
    chunks,
    write(chunk) { chunks.push(chunk); return true; },
    text() { return chunks.join(''); },
    listenerCount() { return 1; },
    once() {},
    removeListener() {},
  };
}

function make(options = {}) {
  const out = sink();
  const err = sink();
  const c = new Console({ stdout: out, stderr: err, ...options });
  return { c, out, err };
}

test('log family writes to stdout, error family to stderr', () => {
  const { c, out, err } = make();
  c.log('a %s', 'b', 1);
  c.info({ x: 1 });
  c.debug([1, 2]);
  c.dirxml('dx');
  c.error('e', 2);
  c.warn('w %d', 3);
  assert.strictEqual(out.text(), 'a b 1\n{ x: 1 }\n[ 1, 2 ]\ndx\n');
  assert.strictEqual(err.text(), 'e 2\nw 3\n');
  assert.deepStrictEqual(out.chunks, ['a b 1\n', '{ x: 1 }\n', '[ 1, 2 ]\n', 'dx\n']);
});

test('positional constructor, stderr defaults to stdout, callable without new', () => {
  const out = sink();
  const c = Console(out);
  c.error('to out');
  assert.strictEqual(out.text(), 'to out\n');
  assert.ok(c instanceof Console);
  assert.ok(nodeConsole instanceof Console);
  const { log } = c;
  log('bound');
  assert.strictEqual(out.text(), 'to out\nbound\n');
  assert.strictEqual(log.name, 'log');
});

test('constructor validation', () => {
  const w = { write() {} };
  assert.throws(() => new Console(), {
    name: 'TypeError', code: 'ERR_CONSOLE_WRITABLE_STREAM',
    message: 'Console expects a writable stream instance for stdout',
  });
  assert.throws(() => new Console(w, {}), {
    name: 'TypeError', code: 'ERR_CONSOLE_WRITABLE_STREAM',
    message: 'Console expects a writable stream instance for stderr',
  });
  assert.throws(() => new Console({ stdout: w, colorMode: 'x' }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'colorMode' must be one of: 'auto', true, false. Received 'x'",
  });
  assert.throws(() => new Console({ stdout: w, groupIndentation: 1001 }), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received 1001',
  });
  assert.throws(() => new Console({ stdout: w, groupIndentation: '2' }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "groupIndentation" argument must be of type number. Received type string (\'2\')',
  });
  assert.throws(() => new Console({ stdout: w, inspectOptions: { colors: true }, colorMode: true }), {
    name: 'TypeError', code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
    message: 'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"',
  });
  assert.throws(() => new Console({ stdout: w, inspectOptions: 'x' }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.inspectOptions" property must be of type object. Received type string (\'x\')',
  });
});

test('colorMode and inspectOptions', () => {
  let { c, out } = make({ colorMode: true });
  c.log('%s', 1, 2, { a: 's' });
  assert.strictEqual(out.text(), "1 \u001b[33m2\u001b[39m { a: \u001b[32m's'\u001b[39m }\n");
  ({ c, out } = make({ colorMode: false }));
  c.log(2);
  assert.strictEqual(out.text(), '2\n');
  ({ c, out } = make({ inspectOptions: { depth: 0, breakLength: 10 } }));
  c.log({ a: { b: 1 } }, [1, 2, 3, 4]);
  assert.strictEqual(out.text(), '{\n  a: [Object]\n} [\n  1,\n  2,\n  3,\n  4\n]\n');
});

test('colorMode auto: non-TTY streams get no colours', () => {
  const { c, out } = make();
  c.log(5);
  assert.strictEqual(out.text(), '5\n');
});

test('group, groupCollapsed, groupEnd and groupIndentation', () => {
  let { c, out } = make();
  c.group('G');
  c.log('in\nmulti');
  c.groupCollapsed();
  c.info('deeper');
  c.groupEnd();
  c.groupEnd();
  c.groupEnd();
  c.log('out');
  assert.strictEqual(out.text(), 'G\n  in\n  multi\n    deeper\nout\n');
  ({ c, out } = make({ groupIndentation: 4 }));
  c.group();
  c.log('x');
  assert.strictEqual(out.text(), '    x\n');
});

test('count and countReset', () => {
  const { c, out } = make();
  c.count();
  c.count();
  c.count('x');
  c.count(undefined);
  c.countReset();
  c.count();
  c.count(1);
  assert.strictEqual(out.text(), 'default: 1\ndefault: 2\nx: 1\ndefault: 3\ndefault: 1\n1: 1\n');
});

test('assert prints to stderr and does not throw', () => {
  const { c, out, err } = make();
  c.assert(true, 'never');
  c.assert(false);
  c.assert(false, 'msg %s', 'x');
  c.assert(0, { a: 1 });
  assert.strictEqual(out.text(), '');
  assert.strictEqual(err.text(), 'Assertion failed\nAssertion failed: msg x\nAssertion failed { a: 1 }\n');
});

test('dir ignores custom inspect and honours options', () => {
  const { c, out } = make();
  c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
  c.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'C'; }, v: 1 });
  c.dir('str');
  assert.strictEqual(out.text(),
                     "{ a: [Object] }\n{\n  v: 1,\n  Symbol(nodejs.util.inspect.custom): [Function: [nodejs.util.inspect.custom]]\n}\n'str'\n");
});

test('time, timeLog, timeEnd', () => {
  const { c, out } = make();
  c.time('t');
  c.timeLog('t', 'extra', { n: 1 });
  c.timeEnd('t');
  c.time();
  c.timeEnd();
  const lines = out.text().split('\n');
  assert.match(lines[0], /^t: \d+(\.\d+)?ms extra \{ n: 1 \}$/);
  assert.match(lines[1], /^t: \d+(\.\d+)?ms$/);
  assert.match(lines[2], /^default: \d+(\.\d+)?ms$/);
  assert.strictEqual(lines.length, 4);
});

test('trace writes "Trace: message" and frames to stderr', () => {
  const { c, out, err } = make();
  c.trace('here %d', 1);
  assert.strictEqual(out.text(), '');
  assert.match(err.text(), /^Trace: here 1\n {4}at /);
});

test('table: arrays of objects, primitives and column filter', () => {
  const { c, out } = make();
  c.table([{ a: 1, b: 'x' }, { a: 22, c: [1, 2, 3, 4] }]);
  c.table([1, 'two', { a: 1 }]);
  c.table([{ a: 1, b: 2 }], ['b']);
  assert.strictEqual(out.text(), [
    '┌─────────┬────┬─────┬──────────────────────────────┐',
    '│ (index) │ a  │ b   │ c                            │',
    '├─────────┼────┼─────┼──────────────────────────────┤',
    "│ 0       │ 1  │ 'x' │                              │",
    '│ 1       │ 22 │     │ [ 1, 2, 3, ... 1 more item ] │',
    '└─────────┴────┴─────┴──────────────────────────────┘',
    '┌─────────┬───┬────────┐',
    '│ (index) │ a │ Values │',
    '├─────────┼───┼────────┤',
    '│ 0       │   │ 1      │',
    "│ 1       │   │ 'two'  │",
    '│ 2       │ 1 │        │',
    '└─────────┴───┴────────┘',
    '┌─────────┬───┐',
    '│ (index) │ b │',
    '├─────────┼───┤',
    '│ 0       │ 2 │',
    '└─────────┴───┘',
    '',
  ].join('\n'));
});

test('table: Map, Set, object of objects, wide characters, non-objects', () => {
  const { c, out } = make();
  c.table(new Map([['k', { v: 1 }], ['k2', 2]]));
  c.table(new Set([1, 'a']));
  c.table({ r1: { c: 1 }, r2: { c: 'long value' } });
  c.table([{ 'ü中文': '中文字' }]);
  c.table(5);
  c.table([]);
  assert.strictEqual(out.text(), [
    '┌───────────────────┬──────┬──────────┐',
    '│ (iteration index) │ Key  │ Values   │',
    '├───────────────────┼──────┼──────────┤',
    "│ 0                 │ 'k'  │ { v: 1 } │",
    "│ 1                 │ 'k2' │ 2        │",
    '└───────────────────┴──────┴──────────┘',
    '┌───────────────────┬────────┐',
    '│ (iteration index) │ Values │',
    '├───────────────────┼────────┤',
    '│ 0                 │ 1      │',
    "│ 1                 │ 'a'    │",
    '└───────────────────┴────────┘',
    '┌─────────┬──────────────┐',
    '│ (index) │ c            │',
    '├─────────┼──────────────┤',
    '│ r1      │ 1            │',
    "│ r2      │ 'long value' │",
    '└─────────┴──────────────┘',
    '┌─────────┬──────────┐',
    '│ (index) │ ü中文    │',
    '├─────────┼──────────┤',
    "│ 0       │ '中文字' │",
    '└─────────┴──────────┘',
    '5',
    '┌─────────┐',
    '│ (index) │',
    '├─────────┤',
    '└─────────┘',
    '',
  ].join('\n'));
  assert.throws(() => c.table([], 'x'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "properties" argument must be an instance of Array. Received type string (\'x\')',
  });
});

test('table inside a group is indented', () => {
  const { c, out } = make();
  c.group('g');
  c.table([{ a: 1 }]);
  assert.strictEqual(out.text(), 'g\n  ┌─────────┬───┐\n  │ (index) │ a │\n  ├─────────┼───┤\n  │ 0       │ 1 │\n  └─────────┴───┘\n');
});

test('write errors are swallowed unless ignoreErrors is false', () => {
  const bad = { ...sink(), write() { throw new Error('EBADF'); } };
  const c = new Console(bad, bad);
  c.log('x');
  const strict = new Console({ stdout: bad, ignoreErrors: false });
  assert.throws(() => strict.log('x'), { message: 'EBADF' });
});

test('global console shape', () => {
  for (const k of ['log', 'info', 'debug', 'warn', 'error', 'dir', 'dirxml', 'table', 'time', 'timeEnd',
    'timeLog', 'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupCollapsed', 'groupEnd']) {
    assert.strictEqual(typeof nodeConsole[k], 'function', k);
  }
  assert.strictEqual(typeof nodeConsole.Console, 'function');
  assert.strictEqual(Object.prototype.toString.call(nodeConsole), '[object console]');
});

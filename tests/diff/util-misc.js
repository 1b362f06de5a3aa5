'use strict';
// Differential: the rest of node:util — types.*, isDeepStrictEqual, parseArgs, styleText,
// stripVTControlCharacters, toUSVString, deprecate, promisify/callbackify, inherits,
// getCallSites, parseEnv, system errors, debuglog, aborted (compared with Node 24).
const util = require('util');
const { EventEmitter } = require('events');
const t = (label, f) => {
  let out;
  try {
    const r = f();
    out = typeof r === 'string' ? JSON.stringify(r) : util.inspect(r, { depth: 4, breakLength: Infinity });
  } catch (e) {
    out = `throws ${e.name} ${e.code} ${JSON.stringify(e.message)}`;
  }
  console.log(`${label}: ${out}`);
};
process.on('warning', (w) => console.log(`(warning) ${w.name} ${w.code} ${w.message}`));

// ---- util.types on many values
class MyError extends Error {}
class MyMap extends Map {}
async function asyncFn() {}
function* genFn() {}
async function* asyncGenFn() {}
const values = {
  undefined, null: null, number: 1, string: 's', bigint: 1n, symbol: Symbol('s'), object: {},
  array: [], fn() {}, arrow: () => {}, asyncFn, genFn, asyncGenFn, genObj: genFn(),
  asyncGenObj: asyncGenFn(), klass: class {}, date: new Date(), regexp: /r/, error: new Error('e'),
  typeError: new TypeError('t'), myError: new MyError('m'), fakeError: Object.create(Error.prototype),
  map: new Map(), myMap: new MyMap(), set: new Set(), weakMap: new WeakMap(), weakSet: new WeakSet(),
  weakRef: new WeakRef({}), promise: Promise.resolve(), thenable: { then() {} },
  proxy: new Proxy({}, {}), proxyFn: new Proxy(() => {}, {}), mapIter: new Map().entries(),
  setIter: new Set().values(), arrayIter: [][Symbol.iterator](), stringIter: ''[Symbol.iterator](),
  arrayBuffer: new ArrayBuffer(1), sharedArrayBuffer: new SharedArrayBuffer(1),
  dataView: new DataView(new ArrayBuffer(1)), uint8: new Uint8Array(1), uint8c: new Uint8ClampedArray(1),
  int8: new Int8Array(1), uint16: new Uint16Array(1), int16: new Int16Array(1), uint32: new Uint32Array(1),
  int32: new Int32Array(1), float32: new Float32Array(1), float64: new Float64Array(1),
  bigInt64: new BigInt64Array(1), bigUint64: new BigUint64Array(1), numberObj: new Number(1),
  stringObj: new String('s'), booleanObj: new Boolean(false), bigintObj: Object(1n),
  symbolObj: Object(Symbol('s')), args: (function () { return arguments; })(),
  fakeDate: Object.create(Date.prototype), taggedDate: { [Symbol.toStringTag]: 'Date' },
  taggedU8: { [Symbol.toStringTag]: 'Uint8Array' }, nullProto: Object.create(null),
  boundFn: function b() {}.bind(null), asyncArrow: async () => {},
};
const skip = new Set(['isKeyObject', 'isCryptoKey', 'isExternal', 'isModuleNamespaceObject', 'isFloat16Array']);
for (const name of Object.keys(util.types).sort()) {
  if (skip.has(name)) continue;
  const hits = Object.keys(values).filter((k) => util.types[name](values[k]));
  console.log(`types.${name}: ${hits.join(' ')}`);
}
t('types.isKeyObject({})', () => util.types.isKeyObject({}));
t('types.isCryptoKey({})', () => util.types.isCryptoKey({}));
t('types.isExternal({})', () => util.types.isExternal({}));
t('types.isModuleNamespaceObject({})', () => util.types.isModuleNamespaceObject({}));
t('types.isNativeError(proxy of error)', () => util.types.isNativeError(new Proxy(new Error(), {})));
t('types.isDate(proxy of date)', () => util.types.isDate(new Proxy(new Date(), {})));
t('types.isProxy(revoked)', () => { const r = Proxy.revocable({}, {}); r.revoke(); return util.types.isProxy(r.proxy); });

// ---- isDeepStrictEqual
const eq = (label, a, b, skipPrototype) => t(`isDeepStrictEqual ${label}`, () => util.isDeepStrictEqual(a, b, skipPrototype));
eq('1 1', 1, 1);
eq('1 "1"', 1, '1');
eq('NaN NaN', NaN, NaN);
eq('0 -0', 0, -0);
eq('[0] [-0]', [0], [-0]);
eq('objects', { a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
eq('key order', { a: 1, b: 2 }, { b: 2, a: 1 });
eq('missing key', { a: 1 }, { a: 1, b: undefined });
eq('sparse vs undefined', [1, , 3], [1, undefined, 3]);
eq('different prototypes', Object.create(null), {});
eq('class vs plain', new (class A {})(), {});
eq('dates', new Date(0), new Date(0));
eq('dates differ', new Date(0), new Date(1));
eq('invalid dates', new Date(NaN), new Date(NaN));
eq('regexps', /a/g, /a/g);
eq('regexp flags', /a/g, /a/i);
eq('regexp lastIndex', Object.assign(/a/g, { lastIndex: 1 }), /a/g);
eq('errors', new Error('x'), new Error('x'));
eq('error messages', new Error('x'), new Error('y'));
eq('error classes', new Error('x'), new TypeError('x'));
eq('maps', new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]]));
eq('map object keys', new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 1]]));
eq('sets', new Set([1, 2]), new Set([2, 1]));
eq('set objects', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
eq('set vs array', new Set([1]), [1]);
eq('typed arrays', new Uint8Array([1, 2]), new Uint8Array([1, 2]));
eq('typed array types', new Uint8Array([1]), new Int8Array([1]));
eq('float -0', new Float64Array([-0]), new Float64Array([0]));
eq('array buffers', new ArrayBuffer(2), new ArrayBuffer(2));
eq('array buffer sizes', new ArrayBuffer(2), new ArrayBuffer(3));
eq('boxed', new Number(1), new Number(1));
eq('boxed differ', new String('a'), new String('b'));
eq('boxed vs primitive', new Number(1), 1);
eq('symbols keys', { [Symbol.for('a')]: 1 }, { [Symbol.for('a')]: 1 });
eq('non-enumerable ignored', Object.defineProperty({}, 'x', { value: 1 }), {});
eq('arrays extra prop', Object.assign([1], { x: 1 }), [1]);
eq('functions', eq, eq);
eq('different functions', () => {}, () => {});
eq('circular', (() => { const a = {}; a.a = a; return a; })(), (() => { const b = {}; b.a = b; return b; })());
eq('weakmaps', new WeakMap(), new WeakMap());
eq('promises', Promise.resolve(), Promise.resolve());
eq('arguments vs array', (function () { return arguments; })(1), [1]);
eq('skipPrototype', new (class A {})(), {}, true);
eq('skipPrototype false', new (class A {})(), {}, false);
eq('null proto skipPrototype', Object.assign(Object.create(null), { a: 1 }), { a: 1 }, true);
eq('bigint', 1n, 1n);
eq('boxed symbol', Object(Symbol.iterator), Object(Symbol.iterator));
eq('url-like', { href: 'a' }, { href: 'a' });
eq('nested maps', new Map([[1, new Map([[2, new Set([3])]])]]), new Map([[1, new Map([[2, new Set([3])]])]]));
eq('getter', { get a() { return 1; } }, { a: 1 });

// ---- parseArgs
const pa = (label, config) => t(`parseArgs ${label}`, () => {
  const r = util.parseArgs(config);
  return { ...r, values: { ...r.values } };
});
pa('basic', { args: ['-v', '--name=x', 'pos'], options: { v: { type: 'boolean' }, name: { type: 'string' } }, allowPositionals: true });
pa('short group', { args: ['-abc'], options: { a: { type: 'boolean' }, b: { type: 'boolean' }, c: { type: 'boolean' } } });
pa('short string inline', { args: ['-ofile'], options: { out: { type: 'string', short: 'o' } } });
pa('string next arg', { args: ['--out', 'file'], options: { out: { type: 'string' } } });
pa('string looks like option', { args: ['--out', '--x'], options: { out: { type: 'string' }, x: { type: 'boolean' } } });
pa('dash value', { args: ['--out', '-'], options: { out: { type: 'string' } } });
pa('multiple booleans', { args: ['-v', '-v', '-v'], options: { v: { type: 'boolean', multiple: true } } });
pa('defaults', { args: [], options: { a: { type: 'string', default: 'd' }, b: { type: 'boolean', default: true }, c: { type: 'string', multiple: true, default: ['x', 'y'] } } });
pa('default overridden', { args: ['--a', 'z'], options: { a: { type: 'string', default: 'd' } } });
pa('terminator', { args: ['--', '--not-an-option'], options: {}, allowPositionals: true });
pa('strict false', { args: ['--unknown', '-u', 'pos', '--k=v'], strict: false });
pa('tokens', { args: ['-f', 'x', '--bar=1', '--', 'y'], options: { f: { type: 'string' }, bar: { type: 'string' } }, allowPositionals: true, tokens: true });
pa('negative', { args: ['--no-debug'], options: { debug: { type: 'boolean' } }, allowNegative: true });
pa('negative last wins', { args: ['--debug', '--no-debug', '--debug'], options: { debug: { type: 'boolean' } }, allowNegative: true });
pa('unknown strict', { args: ['--nope'], options: {} });
pa('positional strict', { args: ['pos'], options: {} });
pa('missing value', { args: ['--out'], options: { out: { type: 'string' } } });
pa('boolean with value', { args: ['--flag=yes'], options: { flag: { type: 'boolean' } } });
pa('bad type', { args: [], options: { a: { type: 'number' } } });
pa('bad short', { args: [], options: { a: { type: 'string', short: 'ab' } } });
pa('bad default', { args: [], options: { a: { type: 'boolean', default: 'x' } } });
pa('bad multiple default', { args: [], options: { a: { type: 'string', multiple: true, default: [1] } } });
pa('args not array', { args: 'x' });
pa('options not object', { args: [], options: 1 });
pa('no config', undefined);
pa('proto key', { args: ['--constructor', '--toString=x'], strict: false });
pa('short -- value', { args: ['-o', '--'], options: { o: { type: 'string' } } });
pa('equals empty', { args: ['--o='], options: { o: { type: 'string' } } });
pa('lone dash', { args: ['-'], options: {}, allowPositionals: true });
pa('unicode', { args: ['--naïve=ü'], options: { 'naïve': { type: 'string' } } });

// ---- styleText
const st = (label, ...args) => t(`styleText ${label}`, () => util.styleText(...args));
const noValidate = { validateStream: false };
st('red', 'red', 'x', noValidate);
st('array', ['bold', 'underline', 'blue'], 'x', noValidate);
st('none', 'none', 'x', noValidate);
st('alias', 'grey', 'x', noValidate);
st('bg', 'bgBrightRed', 'x', noValidate);
st('nested same close', 'red', `a${util.styleText('blue', 'b', noValidate)}c`, noValidate);
st('nested bold dim', 'bold', `a${util.styleText('dim', 'b', noValidate)}c`, noValidate);
st('nested close at end', 'red', util.styleText('green', 'g', noValidate), noValidate);
st('hex', '#ff0000', 'x', noValidate);
st('hex short', '#0f8', 'x', noValidate);
st('hex upper', '#ABCDEF', 'x', noValidate);
st('hex in array', ['bold', '#123456'], 'x', noValidate);
st('bad hex', '#12345', 'x', noValidate);
st('bad hex in array', ['#xyz'], 'x', noValidate);
st('bad name', 'nope', 'x', noValidate);
st('bad name in array', ['red', 'nope'], 'x', noValidate);
st('text not string', 'red', 1, noValidate);
st('options not object', 'red', 'x', 1);
st('validateStream not boolean', 'red', 'x', { validateStream: 1 });
st('default stream (not a TTY)', 'red', 'x');
st('stream not a stream', 'red', 'x', { stream: {} });
st('emitter stream', 'red', 'x', { stream: Object.assign(new EventEmitter(), { write() {}, isTTY: true }) });
st('no-tty emitter stream', 'red', 'x', { stream: Object.assign(new EventEmitter(), { write() {} }) });
st('tty with depth', 'red', 'x', { stream: Object.assign(new EventEmitter(), { write() {}, isTTY: true, getColorDepth: () => 8 }) });
st('tty depth 1', 'red', 'x', { stream: Object.assign(new EventEmitter(), { write() {}, isTTY: true, getColorDepth: () => 1 }) });
st('bad name with no tty', 'nope', 'x');
st('format number', 1, 'x', noValidate);
st('empty array', [], 'x', noValidate);

// ---- stripVTControlCharacters / toUSVString
t('strip colors', () => util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b[1;4mbold\u001b[0m'));
t('strip cursor', () => util.stripVTControlCharacters('a\u001b[2Kb\u001b[1Gc\u001b[?25l'));
t('strip osc link', () => util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007'));
t('strip osc st', () => util.stripVTControlCharacters('\u001b]0;title\u001b\\rest'));
t('strip c1', () => util.stripVTControlCharacters('\u009b31mred'));
t('strip none', () => util.stripVTControlCharacters('plain'));
t('strip non-string', () => util.stripVTControlCharacters(1));
t('toUSVString', () => util.toUSVString('a\ud800b\udc00c\ud83d\ude00'));
t('toUSVString number', () => util.toUSVString(12));

// ---- deprecate
{
  const dep = util.deprecate(function old(a, b) { return a + b; }, 'old() is deprecated', 'DEP_TEST1');
  t('deprecate call', () => dep(1, 2));
  t('deprecate call twice', () => dep(3, 4));
  t('deprecate name/length', () => [dep.name, dep.length]);
  const dep2 = util.deprecate(() => 'x', 'same code', 'DEP_TEST1');
  t('deprecate same code', () => dep2());
  const noCode = util.deprecate(() => 'y', 'no code');
  t('deprecate no code', () => noCode());
  class Base { constructor(v) { this.v = v; } }
  const DepClass = util.deprecate(Base, 'class deprecated', 'DEP_TEST2');
  t('deprecate new', () => new DepClass(5));
  t('deprecate instanceof', () => new DepClass(1) instanceof Base && new Base(1) instanceof DepClass);
  const noProto = util.deprecate(function np(a, b, c) {}, 'np', 'DEP_TEST3', { modifyPrototype: false });
  t('deprecate modifyPrototype false', () => [noProto.length, Object.getPrototypeOf(noProto) === Function.prototype]);
  t('deprecate bad code', () => util.deprecate(() => {}, 'm', 1));
  t('deprecate non-function', () => util.deprecate('x', 'm'));
}

// ---- promisify / callbackify / inherits
{
  function cbFn(a, cb) { cb(null, a * 2); }
  t('promisify name/length', () => [util.promisify(cbFn).name, util.promisify(cbFn).length]);
  t('promisify keeps props', () => util.promisify(Object.assign(function p(cb) {}, { extra: 1 })).extra);
  t('promisify custom', () => { const f = () => {}; const c = () => {}; f[util.promisify.custom] = c; return util.promisify(f) === c; });
  t('promisify twice', () => { const p = util.promisify(cbFn); return util.promisify(p) === p; });
  t('promisify non-fn', () => util.promisify({}));
  t('callbackify name/length', () => { const c = util.callbackify(async function named(a, b) {}); return [c.name, c.length]; });
  t('callbackify non-fn', () => util.callbackify('x'));
  t('callbackify no cb', () => util.callbackify(async () => {})());
  t('inherits', () => { function A() {} function B() {} B.prototype.m = () => 1; util.inherits(A, B); return [new A().m(), A.super_ === B]; });
  t('inherits null super', () => util.inherits(function () {}, null));
  t('inherits no proto', () => util.inherits(function () {}, Object.create(null)));
  t('_extend', () => util._extend({ a: 1 }, { b: 2 }));
  t('isArray', () => util.isArray([]));
  util.promisify(cbFn)(21).then((v) => console.log('promisified result', v));
  util.promisify((cb) => cb(new Error('cb error')))().catch((e) => console.log('promisified error', e.message));
  util.promisify((cb) => cb(null, 1, 2))().then((v) => console.log('promisified multi', v));
  util.callbackify(async (x) => x + 1)(1, (err, v) => console.log('callbackified', err, v));
  util.callbackify(async () => { throw null; })((err) => console.log('callbackified null', err.code, err.message, err.reason));
  util.callbackify(() => Promise.reject(new Error('rej')))((err) => console.log('callbackified rej', err.message));
}

// ---- system errors
t('getSystemErrorName(-2)', () => util.getSystemErrorName(-2));
t('getSystemErrorName(-13)', () => util.getSystemErrorName(-13));
t('getSystemErrorMessage(-2)', () => util.getSystemErrorMessage(-2));
t('getSystemErrorName(0)', () => util.getSystemErrorName(0));
t('getSystemErrorName(-99999)', () => util.getSystemErrorName(-99999));
t('getSystemErrorName("x")', () => util.getSystemErrorName('x'));
t('getSystemErrorMap entry', () => util.getSystemErrorMap().get(-98));
t('_errnoException', () => { const e = util._errnoException(-2, 'open', 'extra'); return [e.message, e.code, e.errno, e.syscall]; });
t('_exceptionWithHostPort', () => { const e = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80); return [e.message, e.code, e.address, e.port]; });

// ---- getCallSites (engine-neutral parts only)
t('getCallSites shape', () => {
  const sites = util.getCallSites();
  return [Array.isArray(sites), sites.length > 0, Object.keys(sites[0]).sort().join()];
});
t('getCallSites first script', () => util.getCallSites()[0].scriptName === __filename);
t('getCallSites(1).length', () => util.getCallSites(1).length);
t('getCallSites(0)', () => util.getCallSites(0));
t('getCallSites(201)', () => util.getCallSites(201));
t('getCallSites("x")', () => util.getCallSites('x'));
t('getCallSites bad options', () => util.getCallSites(1, 'x'));
t('getCallSites bad sourceMap', () => util.getCallSites({ sourceMap: 1 }));

// ---- parseEnv
const env = [
  'A=1', 'B = spaced ', 'C="double quoted"', "D='single quoted'", 'E=`backtick`', 'F="multi\nline"',
  'G="escaped\\nnewline"', "H='no\\nescape'", 'I=value # comment', 'J="hash # inside"', '# full comment',
  'export K=exported', 'L=', 'M', 'N=a=b=c', '  O=indented', 'P="unterminated', 'Q=trailing   ',
  'R="a"extra', 'S=\'mixed"', 'T="x" # c', 'U=üñí', 'V.W=dotted', 'X-Y=dashed', 'A=override',
];
t('parseEnv', () => util.parseEnv(env.join('\n')));
t('parseEnv crlf', () => util.parseEnv('A=1\r\nB=2\r\n'));
t('parseEnv empty', () => util.parseEnv(''));
t('parseEnv non-string', () => util.parseEnv(1));

// ---- debuglog
t('debuglog disabled', () => { const d = util.debuglog('pjs_diff_test'); d('not printed %s', 1); return d.enabled; });
t('debuglog callback', () => { let got; const d = util.debuglog('pjs_diff_test2', (fn) => { got = typeof fn; }); d('x'); return got; });
t('debug alias', () => util.debug === util.debuglog);

// ---- aborted
t('aborted bad signal', () => util.aborted({}, {}).catch((e) => console.log('aborted rejects', e.name, e.code)));
{
  const ac = new AbortController();
  util.aborted(ac.signal, {}).then(() => console.log('aborted resolved'));
  ac.abort();
  t('aborted bad resource', () => util.aborted(ac.signal, 1).catch((e) => console.log('aborted resource rejects', e.name, e.code)));
}

// ---- misc
t('inspect.custom', () => util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
t('promisify.custom', () => util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
t('inspect.defaultOptions', () => util.inspect.defaultOptions);
t('set defaultOptions bad', () => { util.inspect.defaultOptions = null; });
t('set defaultOptions array', () => { util.inspect.defaultOptions = []; });
t('format is function', () => [typeof util.format, typeof util.formatWithOptions, typeof util.TextEncoder, typeof util.TextDecoder]);
t('diff', () => util.diff('kitten', 'sitting'));
t('types names and lengths', () => Object.keys(util.types).map((k) => `${k}:${util.types[k].name}/${util.types[k].length}`).join(' '));
t('util keys', () => Object.keys(util).join(' '));
t('path.format name', () => require('path').format.name);

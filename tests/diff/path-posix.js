'use strict';
// Differential: every function of path.posix over a large table of inputs (compared with Node 24).
const path = require('path');
const p = path.posix;
const cwd = process.cwd();

// Results are printed as JSON; the working directory is replaced by '<cwd>' so relative
// inputs to resolve() and relative() give machine-independent output.
function out(label, fn) {
  let text;
  try {
    const r = fn();
    text = JSON.stringify(r);
    if (typeof text === 'string') text = text.split(cwd).join('<cwd>');
  } catch (e) {
    text = `throws ${e.name} ${e.code} ${JSON.stringify(e.message)}`;
  }
  console.log(`${label} => ${text}`);
}
const q = (v) => JSON.stringify(v);

const paths = [
  '', ' ', '.', '..', '...', '....', './', '../', '.../', '/', '//', '///', '////',
  'a', 'a/', 'a//', '/a', '//a', '///a', '/a/', '//a//', 'a/b', 'a/b/', 'a//b', 'a///b/',
  'a/./b', 'a/../b', 'a/b/..', 'a/b/../', 'a/..', 'a/../..', 'a/../../b', '../a', '../../a',
  './a', './../a', './/a', '/..', '/../a', '/./a', '/a/..', '/a/../..', '/a/b/c/../../d',
  '//a/b/../c', '.a', '..a', 'a.', 'a..', '.a.b', 'a.b.c', 'a.b/', 'a.b//', '.a/', '..a/',
  'file.txt', '/dir/file.txt', '/dir/.hidden', '/dir/.hidden.txt', '/dir/file.', '/dir/file..',
  'a/b.c/d', 'a/b.c/d.e', 'a/...', 'a/.../', '/.', '/..', '/./', '/../', '/a.b/.',
  'foo.bar.baz', 'dir/.', 'dir/..', 'dir/.b', 'dir/..b', '\\a\\b', 'a\\b/c', 'C:\\x\\y.z',
  'C:', 'C:/', 'c:/a/b', '\\\\server\\share\\f', '//server/share/f', 'a b/c d.e f',
  'ünïcödé/文件.txt', '/emoji/😀.png', '/tmp/archive.tar.gz', 'noext', '/a/b/c/', 'a/b/c//',
];

// ---- constants
out('sep', () => p.sep);
out('delimiter', () => p.delimiter);
out('posix.posix', () => p.posix === p);
out('posix.win32', () => p.win32 === path.win32);
out('default', () => path === p);

// ---- one-argument functions
for (const s of paths) {
  out(`normalize(${q(s)})`, () => p.normalize(s));
  out(`isAbsolute(${q(s)})`, () => p.isAbsolute(s));
  out(`dirname(${q(s)})`, () => p.dirname(s));
  out(`basename(${q(s)})`, () => p.basename(s));
  out(`extname(${q(s)})`, () => p.extname(s));
  out(`parse(${q(s)})`, () => p.parse(s));
  out(`format(parse(${q(s)}))`, () => p.format(p.parse(s)));
  out(`toNamespacedPath(${q(s)})`, () => p.toNamespacedPath(s));
  out(`resolve(${q(s)})`, () => p.resolve(s));
  out(`resolve('/r', ${q(s)})`, () => p.resolve('/r', s));
}

// ---- basename with a suffix
const suffixes = ['', '.txt', 'txt', '.', 'a', 'b', '.b', 'ba', 'file.txt', 'e.txt', '/',
  'x', '..', 'a/', 'c', 'b.c', '.c', 'aaa'];
const baseInputs = ['', '/', '//', 'a', 'a/', '/a', 'a/b', 'a/b/', 'b', 'ba', 'aaa', 'a.b.c',
  '/dir/file.txt', 'file.txt', 'file.txt/', 'file.txt//', '.txt', 'txt', '/a/.b', '/x/a/',
  'a/ba', 'a/ba/', '/a/b.c', 'a/b.c/', '.', '..', '/..', '.c', 'x/.c'];
for (const s of baseInputs) {
  for (const ext of suffixes) out(`basename(${q(s)}, ${q(ext)})`, () => p.basename(s, ext));
}

// ---- join and relative over pairs
const pairPaths = ['', '.', '..', '/', '//', 'a', 'a/', '/a', '/a/', 'a/b', '/a/b', '/a/b/c',
  '../x', './x', 'a/..', '/a/../b', '/ab', '/a/bc', '/a/b/c/d', '/x/y', '/A', '/a/B'];
for (const a of pairPaths) {
  for (const b of pairPaths) {
    out(`join(${q(a)}, ${q(b)})`, () => p.join(a, b));
    out(`relative(${q(a)}, ${q(b)})`, () => p.relative(a, b));
    out(`resolve(${q(a)}, ${q(b)})`, () => p.resolve(a, b));
  }
}
out('join()', () => p.join());
out("join('')", () => p.join(''));
out("join('', '')", () => p.join('', ''));
out("join('a', '', 'b')", () => p.join('a', '', 'b'));
out("join('/a', '/b', '/c/')", () => p.join('/a', '/b', '/c/'));
out("join('a', '..', '..', 'b')", () => p.join('a', '..', '..', 'b'));
out("join('.', '.', '.')", () => p.join('.', '.', '.'));
out("join('/', '..', 'a')", () => p.join('/', '..', 'a'));
out("join('a/', '/b')", () => p.join('a/', '/b'));
out("join(' ', 'a')", () => p.join(' ', 'a'));
out('resolve()', () => p.resolve());
out("resolve('')", () => p.resolve(''));
out("resolve('/a', '', '')", () => p.resolve('/a', '', ''));
out("resolve('/a', 'b', '../c', './d')", () => p.resolve('/a', 'b', '../c', './d'));
out("resolve('/a', '/b', 'c')", () => p.resolve('/a', '/b', 'c'));
out("resolve('/foo/bar', './baz')", () => p.resolve('/foo/bar', './baz'));
out("resolve('/foo/bar', '/tmp/file/')", () => p.resolve('/foo/bar', '/tmp/file/'));
out("resolve('/', '..', '..')", () => p.resolve('/', '..', '..'));
out("relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb')",
    () => p.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'));
out("relative('/foo/bar/baz-quux', '/foo/bar/baz')",
    () => p.relative('/foo/bar/baz-quux', '/foo/bar/baz'));
out("relative('/foo/bar/baz', '/foo/bar/baz-quux')",
    () => p.relative('/foo/bar/baz', '/foo/bar/baz-quux'));
out("relative('/baz-quux', '/baz')", () => p.relative('/baz-quux', '/baz'));
out("relative('/page1/page2/foo', '/')", () => p.relative('/page1/page2/foo', '/'));
out("relative('/', '/var/lib')", () => p.relative('/', '/var/lib'));

// ---- format
const formats = [
  {}, { root: '/' }, { dir: '/home/u' }, { base: 'f.txt' }, { name: 'f', ext: '.txt' },
  { name: 'f', ext: 'txt' }, { name: 'f', ext: '' }, { name: 'f' }, { ext: '.txt' },
  { root: '/', base: 'f.txt' }, { root: '/', dir: '/', base: 'f' }, { root: '/x/', base: 'f' },
  { dir: 'd', base: 'b', name: 'n', ext: '.e' }, { dir: 'd/', base: 'b' }, { root: '/', dir: '/d' },
  { root: '/', name: 'n', ext: '.e' }, { dir: '', root: '', base: '' }, { dir: 'a', root: 'a', base: 'b' },
  { name: 0, ext: 0 }, { base: null, name: 'n' }, { ext: '..' }, { name: 'n', ext: '.' },
  { root: 'r', dir: '', name: 'n' },
];
for (const f of formats) out(`format(${q(f)})`, () => p.format(f));

// ---- matchesGlob
const globs = [
  ['a.js', '*.js'], ['a.ts', '*.js'], ['dir/a.js', '*.js'], ['dir/a.js', '**/*.js'],
  ['dir/sub/a.js', '**/*.js'], ['a.js', '**/*.js'], ['dir/a.js', 'dir/*'], ['dir/a/b', 'dir/*'],
  ['dir/a/b', 'dir/**'], ['a', '?'], ['ab', '?'], ['a.js', '*.{js,ts}'], ['a.ts', '*.{js,ts}'],
  ['a.md', '*.{js,ts}'], ['b', '[abc]'], ['d', '[abc]'], ['d', '[!abc]'], ['.hidden', '*'],
  ['.hidden', '.*'], ['/abs/x', '/abs/*'], ['x/y', 'x/?'], ['a1', 'a[0-9]'], ['ax', 'a[0-9]'],
  ['foo/bar/baz', 'foo/**/baz'], ['foo/baz', 'foo/**/baz'], ['a\\b', 'a\\b'], ['', ''],
  ['', '*'], ['x', ''], ['abc', 'a*c'], ['a/c', 'a*c'], ['a.b.c', '*.c'],
  // paths with '.', '..', empty and trailing segments
  ['/', ''], ['a/.', 'a*'], ['a/./b', 'a/b'], ['a/b/..', 'a'], ['a/..', ''], ['./a', 'a'],
  ['a//b', 'a/b'], ['//a', '/a'], ['a/', 'a'], ['a', 'a/'], ['a/', 'a/'], ['a/b/', 'a/*'],
  ['a/b/', 'a/*/'], ['.', '*'], ['..', '*'], ['a/.b', 'a/*'], ['a/.b', 'a/.*'], ['a/..', 'a/*'],
  ['a/b/../c', 'a/c'], ['a/b', 'a/x/../b'], ['a/b', 'a/**/../b'], ['x/y/z', '**/../y/z'],
  // globstars
  ['a', '**'], ['', '**'], ['a/b/c', 'a/**'], ['a', 'a/**'], ['a/.b/c', 'a/**/c'],
  ['a/b/c/d', 'a/**/c/**'], ['a/b/c/d', '**/b/**/d'], ['a/x/b/y/b/z', 'a/**/b/**/z'],
  ['a/b', '**/**/b'], ['a/b/c', 'a/**b'], ['.a/b', '**/b'], ['a/b', '**/*'],
  // braces
  ['a1', 'a{1..3}'], ['a4', 'a{1..3}'], ['a03', 'a{01..10}'], ['c', '{a..e..2}'],
  ['ab', '{a,b}{b,c}'], ['ad', 'a{b,{c,d}}'], ['a{b}', 'a{b}'], ['a', 'a{,}'], ['a$b', 'a${b,c}'],
  ['{}', '{}'], ['a,b', '{a,b}'], ['x/a', 'x/{a,b/c}'], ['x/b/c', 'x/{a,b/c}'],
  // extglobs
  ['ab', '@(ab|cd)'], ['abab', '+(ab)'], ['', '*(ab)'], ['x', '?(x)'], ['xx', '?(x)'],
  ['y', '!(x)'], ['x', '!(x)'], ['xy', '!(x)y'], ['.x', '!(y)'], ['a.js', '!(*.ts)'],
  ['a', '*(a|b)'], ['abc', 'a+(b|c)'], ['a', '@()'], ['a(b', 'a(b'], ['a', '+(a'],
  ['foo.js', '*.+(js|ts)'], ['foo.txt', '*.!(js|ts)'], ['abc', '@(a!(b)c|abc)'],
  // classes
  ['a', '[[:alpha:]]'], ['1', '[[:digit:]]'], ['b', '[a-c]'], ['-', '[a-]'], [']', '[]]'],
  ['a', '[!]a]'], ['.', '[.]'], ['x', '[z-a]'], ['[', '['], ['a[b', 'a[b'], ['é', '[[:alpha:]]'],
];
for (const [s, g] of globs) out(`matchesGlob(${q(s)}, ${q(g)})`, () => p.matchesGlob(s, g));

// ---- errors for non-string arguments
const bad = [undefined, null, 1, true, {}, [], () => {}, Symbol('s'), 1n];
const label = (v) => (typeof v === 'symbol' ? 'Symbol(s)' : typeof v === 'bigint' ? '1n' :
  typeof v === 'function' ? 'fn' : q(v) ?? String(v));
for (const v of bad) {
  const l = label(v);
  out(`normalize(${l})`, () => p.normalize(v));
  out(`isAbsolute(${l})`, () => p.isAbsolute(v));
  out(`dirname(${l})`, () => p.dirname(v));
  out(`basename(${l})`, () => p.basename(v));
  out(`basename('a', ${l})`, () => p.basename('a', v));
  out(`extname(${l})`, () => p.extname(v));
  out(`parse(${l})`, () => p.parse(v));
  out(`format(${l})`, () => p.format(v));
  out(`join('a', ${l})`, () => p.join('a', v));
  out(`resolve('/a', ${l})`, () => p.resolve('/a', v));
  out(`resolve(${l}, '/a')`, () => p.resolve(v, '/a'));
  out(`relative(${l}, 'a')`, () => p.relative(v, 'a'));
  out(`relative('a', ${l})`, () => p.relative('a', v));
  out(`toNamespacedPath(${l})`, () => p.toNamespacedPath(v));
  out(`matchesGlob(${l}, '*')`, () => p.matchesGlob(v, '*'));
  out(`matchesGlob('a', ${l})`, () => p.matchesGlob('a', v));
}

// ---- module identity
out("require('node:path').posix === posix", () => require('node:path').posix === p);
out('keys', () => Object.keys(p).sort());
out('_makeLong', () => p._makeLong('/a/../b'));

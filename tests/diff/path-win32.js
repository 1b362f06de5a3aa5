'use strict';
// Differential: every function of path.win32 over a large table of inputs (compared with Node 24).
const path = require('path');
const w = path.win32;
// win32.resolve() on a POSIX host starts from process.cwd() with '/' turned into '\'.
const cwd = process.cwd().replace(/\//g, '\\');

function out(label, fn) {
  let text;
  try {
    const r = fn();
    text = JSON.stringify(r);
    if (typeof text === 'string') text = text.split(JSON.stringify(cwd).slice(1, -1)).join('<cwd>');
  } catch (e) {
    text = `throws ${e.name} ${e.code} ${JSON.stringify(e.message)}`;
  }
  console.log(`${label} => ${text}`);
}
const q = (v) => JSON.stringify(v);

const paths = [
  '', ' ', '.', '..', '...', '.\\', '..\\', './', '\\', '/', '\\\\', '//', '\\\\\\', '/\\/',
  'a', 'a\\', 'a/', 'a\\\\', '\\a', '/a', '\\a\\', 'a\\b', 'a/b', 'a\\b\\', 'a\\\\b', 'a/\\b',
  'a\\.\\b', 'a\\..\\b', 'a\\b\\..', 'a\\..', 'a\\..\\..', '..\\a', '..\\..\\a', '.\\a',
  '\\..', '\\..\\a', '\\a\\..\\..', '.a', '..a', 'a.', 'a..', 'a.b.c', '.a.b', 'file.txt',
  // drive letters
  'C:', 'c:', 'C:\\', 'C:/', 'C:\\\\', 'C:a', 'C:a\\b', 'C:\\a', 'C:/a/b', 'C:\\a\\', 'C:..',
  'C:\\..', 'C:\\..\\a', 'C:.', 'C:\\.', 'C:\\a\\..\\..\\b', 'C:\\file.txt', 'C:file.txt',
  'C:\\dir\\.hidden', 'C:\\a.b\\c', 'C:\\a\\b.', 'Z:\\', '1:\\a', ':a', 'a:b', 'a:', 'ab:c',
  'C:\\a:b', 'c:\\A\\B', 'C:\\\\a', 'C:\\a\\\\b\\',
  // UNC
  '\\\\server', '\\\\server\\', '\\\\server\\share', '\\\\server\\share\\',
  '\\\\server\\share\\a', '\\\\server\\share\\a\\b', '\\\\server\\share\\..\\a',
  '//server/share/a', '\\\\server\\\\share\\a', '\\\\\\server\\share', '/\\server\\share\\a',
  '\\\\server\\share\\a.txt', '\\\\server\\share\\a\\', '\\\\s\\s', '\\\\s\\s\\..\\..',
  // device and namespaced paths
  '\\\\.\\', '\\\\.\\pipe\\name', '\\\\?\\C:\\a', '\\\\?\\C:\\a\\..\\b', '\\\\.\\C:\\a',
  '\\\\?\\UNC\\server\\share\\a', '\\\\?\\', '\\\\.', '\\\\?', '\\\\.\\CON', '\\\\.\\PhysicalDrive0',
  // reserved device names
  'CON', 'con', 'CON:', 'CON:a', 'CON:\\a', 'NUL:', 'nul.txt', 'COM1:', 'COM1:x\\y', 'LPT1:a',
  'PRN:', 'AUX:b', 'c:CON:x', 'a\\CON:b', '\\\\.\\CON:x', 'cona', 'COM10:',
  // mixed
  'a b\\c d.e f', 'ünïcödé\\文件.txt', 'C:\\tmp\\archive.tar.gz', 'a\\b/c\\d', 'noext',
];

out('sep', () => w.sep);
out('delimiter', () => w.delimiter);
out('win32.win32', () => w.win32 === w);
out('win32.posix', () => w.posix === path.posix);

for (const s of paths) {
  out(`normalize(${q(s)})`, () => w.normalize(s));
  out(`isAbsolute(${q(s)})`, () => w.isAbsolute(s));
  out(`dirname(${q(s)})`, () => w.dirname(s));
  out(`basename(${q(s)})`, () => w.basename(s));
  out(`extname(${q(s)})`, () => w.extname(s));
  out(`parse(${q(s)})`, () => w.parse(s));
  out(`format(parse(${q(s)}))`, () => w.format(w.parse(s)));
  out(`toNamespacedPath(${q(s)})`, () => w.toNamespacedPath(s));
  out(`resolve(${q(s)})`, () => w.resolve(s));
  out(`resolve('C:\\\\r', ${q(s)})`, () => w.resolve('C:\\r', s));
  out(`resolve('\\\\\\\\h\\\\s\\\\d', ${q(s)})`, () => w.resolve('\\\\h\\s\\d', s));
  out(`join(${q(s)})`, () => w.join(s));
}

const suffixes = ['', '.txt', 'txt', '.', 'a', 'b', '.b', 'ba', 'file.txt', '\\', '/', 'C:',
  'x', 'c'];
const baseInputs = ['', '\\', 'C:', 'C:\\', 'C:a', 'C:a.b', 'a', 'a\\', 'a/', 'a\\b', 'ba',
  'C:\\file.txt', 'file.txt\\', '.txt', '\\\\s\\s\\ba', 'a\\ba\\', 'C:\\a\\b.c', 'aaa', 'C:c'];
for (const s of baseInputs) {
  for (const ext of suffixes) out(`basename(${q(s)}, ${q(ext)})`, () => w.basename(s, ext));
}

const pairPaths = ['', '.', '..', '\\', 'a', 'a\\', '\\a', 'a\\b', 'C:', 'C:\\', 'c:\\a',
  'C:\\a\\b', 'C:\\A\\B\\c', 'C:\\a\\bc', 'C:a', 'D:\\', 'D:\\x', 'd:y', '\\\\s\\s',
  '\\\\s\\s\\a', '\\\\S\\S\\a\\b', '\\\\t\\s\\a', '..\\x', '/a/b', '\\\\?\\C:\\a'];
for (const a of pairPaths) {
  for (const b of pairPaths) {
    out(`join(${q(a)}, ${q(b)})`, () => w.join(a, b));
    out(`relative(${q(a)}, ${q(b)})`, () => w.relative(a, b));
    out(`resolve(${q(a)}, ${q(b)})`, () => w.resolve(a, b));
  }
}
out('join()', () => w.join());
out("join('', '')", () => w.join('', ''));
out("join('\\\\\\\\', 'server', 'share')", () => w.join('\\\\', 'server', 'share'));
out("join('//', 'server', 'share')", () => w.join('//', 'server', 'share'));
out("join('\\\\', '\\\\server', 'share')", () => w.join('\\', '\\server', 'share'));
out("join('//server', 'share')", () => w.join('//server', 'share'));
out("join('///server', 'share')", () => w.join('///server', 'share'));
out("join('\\\\\\\\server\\\\share', '..', 'x')", () => w.join('\\\\server\\share', '..', 'x'));
out("join('C:', 'a', '..', '..', 'b')", () => w.join('C:', 'a', '..', '..', 'b'));
out("join('a', 'C:', 'b')", () => w.join('a', 'C:', 'b'));
out("join('', '//', 'a')", () => w.join('', '//', 'a'));
out("join('/', '/a')", () => w.join('/', '/a'));
out("join('a', 'CON:', 'b')", () => w.join('a', 'CON:', 'b'));
out('resolve()', () => w.resolve());
out("resolve('c:/ignore', 'd:\\\\a/b\\\\c/d', '\\\\e.exe')",
    () => w.resolve('c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'));
out("resolve('c:/ignore', 'c:/some/file')", () => w.resolve('c:/ignore', 'c:/some/file'));
out("resolve('d:/ignore', 'd:some/dir//')", () => w.resolve('d:/ignore', 'd:some/dir//'));
out("resolve('//server/share', '..', 'relative\\\\')",
    () => w.resolve('//server/share', '..', 'relative\\'));
out("resolve('c:/', '//')", () => w.resolve('c:/', '//'));
out("resolve('c:/', '//dir')", () => w.resolve('c:/', '//dir'));
out("resolve('c:/', '//server/share')", () => w.resolve('c:/', '//server/share'));
out("resolve('c:/', '//server//share')", () => w.resolve('c:/', '//server//share'));
out("resolve('c:/', '///some//dir')", () => w.resolve('c:/', '///some//dir'));
out("resolve('C:\\\\foo\\\\tmp.3\\\\', '..\\\\tmp.3\\\\cycles\\\\root.js')",
    () => w.resolve('C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'));
out("relative('c:/blah\\\\blah', 'd:/games')", () => w.relative('c:/blah\\blah', 'd:/games'));
out("relative('c:/aaaa/bbbb', 'c:/aaaa')", () => w.relative('c:/aaaa/bbbb', 'c:/aaaa'));
out("relative('c:/aaaa/bbbb', 'c:/cccc')", () => w.relative('c:/aaaa/bbbb', 'c:/cccc'));
out("relative('c:/aaaa/', 'c:/aaaa/cccc')", () => w.relative('c:/aaaa/', 'c:/aaaa/cccc'));
out("relative('C:\\\\foo\\\\bar\\\\baz\\\\quux', 'C:\\\\')",
    () => w.relative('C:\\foo\\bar\\baz\\quux', 'C:\\'));
out("relative('C:\\\\foo\\\\test', 'C:\\\\foo\\\\test\\\\bar\\\\package.json')",
    () => w.relative('C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'));
out("relative('C:\\\\foo\\\\bar\\\\baz-quux', 'C:\\\\foo\\\\bar\\\\baz')",
    () => w.relative('C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz'));
out("relative('\\\\\\\\foo\\\\bar', '\\\\\\\\foo\\\\bar\\\\baz')",
    () => w.relative('\\\\foo\\bar', '\\\\foo\\bar\\baz'));
out("relative('\\\\\\\\foo\\\\bar\\\\baz', '\\\\\\\\foo\\\\bar')",
    () => w.relative('\\\\foo\\bar\\baz', '\\\\foo\\bar'));
out("relative('C:\\\\baz-quux', 'C:\\\\baz')", () => w.relative('C:\\baz-quux', 'C:\\baz'));
out("relative('C:\\\\baz', '\\\\\\\\foo\\\\bar\\\\baz')",
    () => w.relative('C:\\baz', '\\\\foo\\bar\\baz'));
out("relative('\\\\\\\\foo\\\\baz', '\\\\\\\\foo\\\\baz-quux')",
    () => w.relative('\\\\foo\\baz', '\\\\foo\\baz-quux'));
out("relative('C:\\\\dir\\\\İ', 'C:\\\\dir\\\\x')", () => w.relative('C:\\dir\\İ', 'C:\\dir\\x'));
out("relative('C:\\\\ß\\\\a', 'C:\\\\SS\\\\a')", () => w.relative('C:\\ß\\a', 'C:\\SS\\a'));
// Lower-casing 'İ' changes the length: Node compares by parts.
for (const [a, b] of [['C:\\İ\\a', 'C:\\İ'], ['C:\\İ', 'C:\\İ\\a\\b'], ['C:\\İ\\a', 'C:\\i̇\\a'],
  ['C:\\İ\\a', 'D:\\x'], ['\\\\s\\İ', '\\\\s\\İ\\x'], ['C:\\İ\\a\\b', 'C:\\İ\\c'], ['C:\\x', 'C:\\x\\İ']]) {
  out(`relative(${q(a)}, ${q(b)})`, () => w.relative(a, b));
}

const formats = [
  {}, { root: 'C:\\' }, { dir: 'C:\\path\\dir' }, { base: 'file.txt' }, { name: 'f', ext: '.txt' },
  { name: 'f', ext: 'txt' }, { root: 'C:\\', base: 'f.txt' }, { root: 'C:\\', dir: 'C:\\', base: 'f' },
  { dir: 'C:\\d', base: 'b', name: 'n', ext: '.e' }, { dir: 'C:\\d\\', base: 'b' },
  { root: '\\\\s\\s\\', name: 'n', ext: '.e' }, { dir: '\\\\s\\s', base: 'f' }, { root: 'C:', base: 'f' },
];
for (const f of formats) out(`format(${q(f)})`, () => w.format(f));

const globs = [
  ['a.js', '*.js'], ['dir\\a.js', '**\\*.js'], ['dir\\a.js', '**/*.js'], ['dir/a.js', '**\\*.js'],
  ['dir\\sub\\a.js', 'dir/**'], ['C:\\x\\y.txt', 'C:\\x\\*.txt'], ['C:\\x\\y.txt', 'C:/x/*.txt'],
  ['A.JS', '*.js'], ['a\\b', 'a/b'], ['a/b', 'a\\b'], ['x\\y', 'x\\?'], ['.hidden', '*'],
  ['\\\\s\\s\\f', '\\\\s\\s\\*'],
  ['C:\\a', 'c:/a'], ['c:\\a', 'C:\\*'], ['C:\\a\\b', 'C:/**'], ['\\\\?\\C:\\a', 'C:/a'],
  ['C:\\a', '//?/c:/a'], ['\\\\?\\C:\\a', '//?/C:/*'], ['\\\\srv\\share\\x', '//srv/share/*'],
  ['\\\\srv\\share\\x', '/srv/share/x'], ['a\\..\\b', 'b'], ['C:\\..', 'C:/..'],
  ['a\\.\\b', 'a/b'], ['a\\b\\', 'a/*'], ['A', 'a'], ['a.JS', '*.js'],
];
for (const [s, g] of globs) out(`matchesGlob(${q(s)}, ${q(g)})`, () => w.matchesGlob(s, g));

const bad = [undefined, null, 1, true, {}, [], Symbol('s'), 1n];
const label = (v) => (typeof v === 'symbol' ? 'Symbol(s)' : typeof v === 'bigint' ? '1n' :
  q(v) ?? String(v));
for (const v of bad) {
  const l = label(v);
  out(`normalize(${l})`, () => w.normalize(v));
  out(`isAbsolute(${l})`, () => w.isAbsolute(v));
  out(`dirname(${l})`, () => w.dirname(v));
  out(`basename(${l})`, () => w.basename(v));
  out(`basename('a', ${l})`, () => w.basename('a', v));
  out(`extname(${l})`, () => w.extname(v));
  out(`parse(${l})`, () => w.parse(v));
  out(`format(${l})`, () => w.format(v));
  out(`join('a', ${l})`, () => w.join('a', v));
  out(`resolve('C:\\\\', ${l})`, () => w.resolve('C:\\', v));
  out(`relative(${l}, 'a')`, () => w.relative(v, 'a'));
  out(`relative('a', ${l})`, () => w.relative('a', v));
  out(`toNamespacedPath(${l})`, () => w.toNamespacedPath(v));
  out(`matchesGlob(${l}, '*')`, () => w.matchesGlob(v, '*'));
}
out('keys', () => Object.keys(w).sort());
out('_makeLong', () => w._makeLong('C:\\a\\..\\b'));

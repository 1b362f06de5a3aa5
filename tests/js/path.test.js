'use strict';
// node:path: the examples of Node 24's documentation and the edge cases behind them
// (expectations from Node 24; tests/diff/path-*.js compare large tables with Node itself).
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

const { posix, win32 } = path;

test('module shape', () => {
  assert.strictEqual(path, process.platform === 'win32' ? win32 : posix);
  assert.strictEqual(posix.posix, posix);
  assert.strictEqual(posix.win32, win32);
  assert.strictEqual(win32.posix, posix);
  assert.strictEqual([posix.sep, posix.delimiter, win32.sep, win32.delimiter].join(''), '/:\\;');
});

test('posix join / normalize / resolve', () => {
  assert.strictEqual(posix.join('/foo', 'bar', 'baz/asdf', 'quux', '..'), '/foo/bar/baz/asdf');
  assert.strictEqual(posix.join(), '.');
  assert.strictEqual(posix.join('', ''), '.');
  assert.strictEqual(posix.normalize('/foo/bar//baz/asdf/quux/..'), '/foo/bar/baz/asdf');
  assert.strictEqual(posix.normalize('./'), './');
  assert.strictEqual(posix.normalize('../../a/'), '../../a/');
  assert.strictEqual(posix.normalize('//a'), '/a');
  assert.strictEqual(posix.resolve('/foo/bar', './baz'), '/foo/bar/baz');
  assert.strictEqual(posix.resolve('/foo/bar', '/tmp/file/'), '/tmp/file');
  assert.strictEqual(posix.resolve('/', '..', '..'), '/');
  assert.strictEqual(posix.resolve('rel'), posix.join(process.cwd(), 'rel'));
});

test('posix relative / dirname / basename / extname', () => {
  assert.strictEqual(posix.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'), '../../impl/bbb');
  assert.strictEqual(posix.relative('/a', '/a'), '');
  assert.strictEqual(posix.dirname('/foo/bar/baz/asdf/quux'), '/foo/bar/baz/asdf');
  assert.strictEqual(posix.dirname('//a'), '//');
  assert.strictEqual(posix.dirname('a//b'), 'a/');
  assert.strictEqual(posix.basename('/foo/bar/baz/asdf/quux.html', '.html'), 'quux');
  assert.strictEqual(posix.basename('aaa', 'a'), 'aa');
  assert.strictEqual(posix.basename('a', 'a'), '');
  assert.strictEqual(posix.basename('/x/a/', 'ba'), 'a/');
  assert.strictEqual(posix.extname('index.coffee.md'), '.md');
  assert.strictEqual(posix.extname('.index'), '');
  assert.strictEqual(posix.extname('...'), '.');
  assert.strictEqual(posix.extname('a.'), '.');
});

test('posix parse / format', () => {
  assert.deepStrictEqual(posix.parse('/home/user/dir/file.txt'),
                         { root: '/', dir: '/home/user/dir', base: 'file.txt', ext: '.txt', name: 'file' });
  assert.deepStrictEqual(posix.parse('/..'), { root: '/', dir: '/', base: '..', ext: '.', name: '.' });
  assert.deepStrictEqual(posix.parse('//'), { root: '/', dir: '/', base: '', ext: '', name: '' });
  assert.strictEqual(posix.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }),
                     '/home/user/dir/file.txt');
  assert.strictEqual(posix.format({ root: '/', name: 'file', ext: 'txt' }), '/file.txt');
  assert.strictEqual(posix.format({ dir: 'a', root: 'a', base: 'b' }), 'ab');
});

test('win32', () => {
  assert.strictEqual(win32.join('\\\\server', 'share', 'x'), '\\\\server\\share\\x');
  assert.strictEqual(win32.join('//', 'a'), '\\a');
  assert.strictEqual(win32.normalize('C:\\temp\\\\foo\\bar\\..\\'), 'C:\\temp\\foo\\');
  assert.strictEqual(win32.normalize('C:////temp\\\\/\\/\\/foo/bar'), 'C:\\temp\\foo\\bar');
  assert.strictEqual(win32.normalize('CON:x'), '.\\CON:x');
  assert.strictEqual(win32.resolve('c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'), 'd:\\e.exe');
  assert.strictEqual(win32.resolve('//server/share', '..', 'relative\\'), '\\\\server\\share\\relative');
  assert.strictEqual(win32.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'), '..\\..\\impl\\bbb');
  assert.strictEqual(win32.relative('\\', 'C:\\'), 'C:');
  assert.strictEqual(win32.relative('\\\\foo\\bar', '\\\\foo\\bar\\baz'), 'baz');
  assert.strictEqual(win32.dirname('\\\\server\\share'), '\\\\server\\share');
  assert.strictEqual(win32.basename('C:\\foo.HTML', '.html'), 'foo.HTML');
  assert.strictEqual(win32.basename('C:foo'), 'foo');
  assert.strictEqual(win32.isAbsolute('C:foo'), false);
  assert.strictEqual(win32.isAbsolute('//server'), true);
  assert.strictEqual(win32.toNamespacedPath('C:\\a'), '\\\\?\\C:\\a');
  assert.strictEqual(win32.toNamespacedPath('\\\\srv\\share\\a'), '\\\\?\\UNC\\srv\\share\\a');
  assert.deepStrictEqual(win32.parse('C:\\path\\dir\\file.txt'),
                         { root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt', ext: '.txt', name: 'file' });
  assert.deepStrictEqual(win32.parse('\\\\server\\share\\'),
                         { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: '', ext: '', name: '' });
});

test('matchesGlob', () => {
  assert.strictEqual(posix.matchesGlob('/foo/bar', '/foo/*'), true);
  assert.strictEqual(posix.matchesGlob('/foo/bar*', 'foo/bird'), false);
  assert.strictEqual(posix.matchesGlob('a/b/c.js', '**/*.js'), true);
  assert.strictEqual(posix.matchesGlob('a/.b/c.js', '**/*.js'), false);
  assert.strictEqual(posix.matchesGlob('a.ts', '*.{js,ts}'), true);
  assert.strictEqual(posix.matchesGlob('a.md', '!(*.js)'), true);
  assert.strictEqual(posix.matchesGlob('a/.', 'a*'), false);
  assert.strictEqual(posix.matchesGlob('/', ''), false);
  assert.strictEqual(posix.matchesGlob('', ''), true);
  assert.strictEqual(win32.matchesGlob('a\\b', 'a/b'), true);
  assert.strictEqual(win32.matchesGlob('C:\\a', 'c:/*'), true);
  assert.strictEqual(posix.matchesGlob('a\\b', 'a\\b'), false);
});

test('errors', () => {
  const invalid = { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' };
  assert.throws(() => posix.join('a', null), invalid);
  assert.throws(() => posix.basename('a', 1), invalid);
  assert.throws(() => win32.resolve('a', 1), {
    ...invalid, message: 'The "paths[1]" argument must be of type string. Received type number (1)',
  });
  assert.throws(() => posix.format(null), {
    ...invalid, message: 'The "pathObject" argument must be of type object. Received null',
  });
  assert.throws(() => posix.matchesGlob('a', 1), invalid);
  assert.strictEqual(posix.toNamespacedPath(1), 1);
  assert.strictEqual(win32.toNamespacedPath(null), null);
});

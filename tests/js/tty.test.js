'use strict';
// node:tty without a terminal: isatty, errors, colour depth from the environment.
const test = require('node:test');
const assert = require('node:assert');
const tty = require('node:tty');
const fs = require('node:fs');

test('isatty', () => {
  assert.strictEqual(tty.isatty(-1), false);
  assert.strictEqual(tty.isatty('0'), false);
  assert.strictEqual(tty.isatty(1.5), false);
  assert.strictEqual(tty.isatty(2 ** 31), false);
  assert.strictEqual(tty.isatty(9999), false);
  const fd = fs.openSync(__filename, 'r');
  try {
    assert.strictEqual(tty.isatty(fd), false);
  } finally {
    fs.closeSync(fd);
  }
});

test('streams need a terminal and a valid fd', () => {
  assert.throws(() => new tty.WriteStream(-1), {
    name: 'RangeError', code: 'ERR_INVALID_FD', message: '"fd" must be a positive integer: -1',
  });
  assert.throws(() => new tty.ReadStream('1'), { code: 'ERR_INVALID_FD' });
  const fd = fs.openSync(__filename, 'r');
  try {
    assert.throws(() => new tty.ReadStream(fd), (err) => {
      assert.strictEqual(err.name, 'SystemError');
      assert.strictEqual(err.code, 'ERR_TTY_INIT_FAILED');
      assert.match(err.message, /^TTY initialization failed: uv_tty_init returned E[A-Z]+ \(/);
      assert.strictEqual(err.info.syscall, 'uv_tty_init');
      return true;
    });
  } finally {
    fs.closeSync(fd);
  }
});

test('getColorDepth and hasColors follow the environment', () => {
  const ws = Object.create(tty.WriteStream.prototype);
  const cases = [
    [{}, 1], [{ TERM: 'xterm' }, 4], [{ TERM: 'xterm-256color' }, 8], [{ TERM: 'xterm-truecolor' }, 24],
    [{ TERM: 'dumb' }, 1], [{ COLORTERM: 'x' }, 4], [{ COLORTERM: 'truecolor' }, 24],
    [{ TERM: 'screen' }, 4], [{ TERM: 'linux' }, 4], [{ TERM: 'unknown-term' }, 1],
    [{ FORCE_COLOR: '0' }, 1], [{ FORCE_COLOR: '' }, 4], [{ FORCE_COLOR: '1' }, 4],
    [{ FORCE_COLOR: '2' }, 8], [{ FORCE_COLOR: '3' }, 24], [{ FORCE_COLOR: 'true' }, 4],
    [{ NO_COLOR: '1', TERM: 'xterm-256color' }, 1], [{ NODE_DISABLE_COLORS: '1', TERM: 'xterm' }, 1],
    [{ TMUX: '1' }, 24], [{ CI: '1' }, 1], [{ CI: '1', TRAVIS: '1' }, 8], [{ CI: '1', GITHUB_ACTIONS: '1' }, 24],
    [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.1' }, 24],
    [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' }, 8],
    [{ TERM_PROGRAM: 'Apple_Terminal' }, 8], [{ TERM: 'xterm-kitty' }, 24], [{ TERM: 'mosh' }, 24],
    [{ TEAMCITY_VERSION: '9.1.0' }, 4], [{ TEAMCITY_VERSION: '8.0' }, 1],
  ];
  for (const [env, depth] of cases) {
    assert.strictEqual(ws.getColorDepth(env), depth, JSON.stringify(env));
    assert.strictEqual(ws.hasColors(env), depth >= 4, JSON.stringify(env));
    assert.strictEqual(ws.hasColors(256, env), depth >= 8, JSON.stringify(env));
  }
  assert.throws(() => ws.hasColors(1), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => ws.hasColors('x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
});

test('class shapes', () => {
  assert.strictEqual(typeof tty.ReadStream.prototype.setRawMode, 'function');
  for (const m of ['getColorDepth', 'hasColors', 'getWindowSize', 'cursorTo', 'moveCursor',
    'clearLine', 'clearScreenDown', '_refreshSize']) {
    assert.strictEqual(typeof tty.WriteStream.prototype[m], 'function', m);
  }
  const { Duplex } = require('node:stream');
  assert.ok(tty.WriteStream.prototype instanceof Duplex);
  assert.ok(tty.ReadStream.prototype instanceof Duplex);
});

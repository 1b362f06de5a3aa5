'use strict';
// node:test — protoJS's test runner: test/describe/it/suite with skip/todo/only, hooks,
// TestContext, mock. Tests registered while the main module loads run automatically once it
// has finished (one at a time, in order); a spec-style report follows, ending with the line
// "N passed, N failed", and process.exitCode becomes 1 when anything failed.
// Not implemented: run(), snapshot testing, test.assert.register(), coverage, watch mode,
// reporters other than spec, real concurrency (tests always run sequentially).

const { register, registerHook, Test, Suite } = require('internal/test_runner/harness');

let mockTracker = null;
function getMock() {
  if (mockTracker === null) {
    const { MockTracker } = require('internal/test_runner/mock');
    mockTracker = new MockTracker();
  }
  return mockTracker;
}

function makeEntry(Kind, displayName) {
  const entry = {
    [displayName](name, options, fn) { return register(Kind, name, options, fn); },
  }[displayName];
  entry.skip = function skip(name, options, fn) { return register(Kind, name, options, fn, { skip: true }); };
  entry.todo = function todo(name, options, fn) { return register(Kind, name, options, fn, { todo: true }); };
  entry.only = function only(name, options, fn) { return register(Kind, name, options, fn, { only: true }); };
  return entry;
}

const test = makeEntry(Test, 'test');
const it = makeEntry(Test, 'it');
const describe = makeEntry(Suite, 'describe');
const suite = makeEntry(Suite, 'suite');

function before(fn, options) { registerHook('before', fn, options); }
function after(fn, options) { registerHook('after', fn, options); }
function beforeEach(fn, options) { registerHook('beforeEach', fn, options); }
function afterEach(fn, options) { registerHook('afterEach', fn, options); }

module.exports = test;
Object.assign(module.exports, {
  after,
  afterEach,
  before,
  beforeEach,
  describe,
  it,
  suite,
  test,
});
Object.defineProperty(module.exports, 'mock', {
  configurable: true,
  enumerable: true,
  get: getMock,
});

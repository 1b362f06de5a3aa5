'use strict';
// TestContext (the `t` given to test functions and hooks) and SuiteContext (given to
// describe() bodies).

const { codes, validators, callerLocation } = require('internal/test_runner/utils');

// Names of the assert functions t.assert offers (those lib/assert.js has are wrapped).
const kAssertMethods = [
  'deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal',
  'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual',
  'notStrictEqual', 'ok', 'partialDeepStrictEqual', 'rejects', 'strictEqual', 'throws',
];

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function filePathOf(test) {
  if (test.loc !== null && test.loc !== undefined) return test.loc.file;
  return Array.isArray(process.argv) ? process.argv[1] : undefined;
}

class TestContext {
  #test;
  #assert = null;

  constructor(test) {
    this.#test = test;
  }

  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName; }
  get filePath() { return filePathOf(this.#test); }
  get signal() { return this.#test.abortController.signal; }
  get attempt() { return 0; }
  get workerId() { return undefined; }
  get passed() { return this.#test.finished ? this.#test.status === 'pass' : this.#test.error === undefined; }
  get error() { return this.#test.error === undefined ? null : this.#test.error; }

  get mock() {
    const test = this.#test;
    if (test.mockTracker === null) {
      const { MockTracker } = require('internal/test_runner/mock');
      test.mockTracker = new MockTracker();
    }
    return test.mockTracker;
  }

  get assert() {
    if (this.#assert === null) {
      const assert = require('assert');
      const test = this.#test;
      const wrapped = {};
      for (const name of kAssertMethods) {
        const original = assert[name];
        if (typeof original !== 'function') continue;
        wrapped[name] = function(...args) {
          if (test.plan !== null) test.plan.actual++;
          return Reflect.apply(original, assert, args);
        };
        Object.defineProperty(wrapped[name], 'name', { value: name });
      }
      this.#assert = wrapped;
    }
    return this.#assert;
  }

  diagnostic(message) {
    this.#test.diagnostics.push(`${message}`);
  }

  plan(count, options) {
    validators().validateUint32(count, 'count');
    const test = this.#test;
    if (test.plan !== null) {
      throw new (codes().ERR_INVALID_STATE)('cannot set plan more than once');
    }
    if (options !== undefined) validators().validateObject(options, 'options');
    test.plan = { expected: count, actual: 0 };
  }

  runOnly(value) {
    this.#test.runOnlyActive = Boolean(value);
  }

  skip(message) {
    this.#test.skip = typeof message === 'string' && message !== '' ? message : true;
  }

  todo(message) {
    this.#test.todo = typeof message === 'string' && message !== '' ? message : true;
  }

  before(fn, options) { this.#test.addHook('before', fn, options); }
  after(fn, options) { this.#test.addHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.addHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.addHook('afterEach', fn, options); }

  test(name, options, fn) {
    const { Test, parseArgs } = require('internal/test_runner/test');
    const args = parseArgs(name, options, fn);
    const parent = this.#test;
    const child = new Test(parent, args.name, args.options, args.fn, callerLocation());
    return parent.enqueueSubtest(child);
  }

  // Polls `condition` until it returns (or resolves) without throwing.
  async waitFor(condition, options = {}) {
    validators().validateFunction(condition, 'condition');
    validators().validateObject(options, 'options');
    const interval = options.interval === undefined ? 50 : options.interval;
    const timeout = options.timeout === undefined ? 1000 : options.timeout;
    validators().validateNumber(interval, 'options.interval', 0);
    validators().validateNumber(timeout, 'options.timeout', 0);
    const deadline = Date.now() + timeout;
    let lastError;
    for (;;) {
      try {
        return await condition();
      } catch (err) {
        lastError = err;
      }
      if (Date.now() >= deadline) {
        const err = new Error('waitFor() timed out');
        err.cause = lastError;
        throw err;
      }
      await sleep(interval);
    }
  }
}

class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get name() { return this.#suite.name; }
  get fullName() { return this.#suite.fullName; }
  get filePath() { return filePathOf(this.#suite); }
  get signal() { return this.#suite.abortController.signal; }
}

module.exports = { TestContext, SuiteContext };

'use strict';
// Test and Suite: the tree node:test builds and runs. Tests run one at a time (concurrency
// options are accepted but everything runs sequentially). A Suite runs its body while it is
// registered (like Node) and its children when its turn comes; a Test runs its function and
// then any subtests that were queued with t.test(), awaited or not.

const {
  codes,
  validators,
  now,
  callerLocation,
  isPromiseLike,
  deferred,
  getAbortController,
  abortError,
} = require('internal/test_runner/utils');
const { TestContext, SuiteContext } = require('internal/test_runner/context');

const kCancelledByParent = 'test did not finish before its parent and was cancelled';
const kParentFinished = 'test could not be started because its parent finished';
const kTimeoutMax = 2147483647;

// Runner-wide state shared with the harness.
const state = {
  builders: [], // suites whose body is running synchronously right now
  asyncBuilders: [], // suites whose async body has not settled yet
  current: null, // test whose function is running synchronously right now
  active: [], // tests whose function (or hook) has not settled yet, in start order
  reporter: null,
  onFinished: null, // called with every finished test (harness bookkeeping)
};

function noop() {}

// test([name][, options][, fn]) argument juggling, shared by test/it/describe/t.test.
function parseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    options = undefined;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
  } else if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  if (options === null || typeof options !== 'object') options = {};
  if (typeof name !== 'string' || name === '') {
    name = typeof fn === 'function' && typeof fn.name === 'string' && fn.name !== '' ? fn.name : '<anonymous>';
  }
  return { name, options, fn };
}

function validateOptions(options) {
  const { concurrency, timeout, signal, plan } = options;
  if (concurrency !== undefined && typeof concurrency !== 'boolean' && typeof concurrency !== 'number') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options.concurrency', ['boolean', 'number'], concurrency);
  }
  if (timeout !== undefined && timeout !== Infinity) {
    validators().validateNumber(timeout, 'options.timeout', 0, kTimeoutMax);
  }
  if (signal !== undefined) validators().validateAbortSignal(signal, 'options.signal');
  if (plan !== undefined) validators().validateUint32(plan, 'options.plan');
}

function flag(value) {
  if (typeof value === 'string' && value !== '') return value;
  return Boolean(value);
}

// Ancestors from the root down to (and including) `test`.
function lineage(test) {
  const chain = [];
  for (let t = test; t !== null; t = t.parent) chain.push(t);
  return chain.reverse();
}

function hasOnlyDescendant(test) {
  for (const child of test.subtests) {
    if (child.only || hasOnlyDescendant(child)) return true;
  }
  return false;
}

// Runs `fn` with node:test's calling conventions: fn(ctx) may return a promise, fn(ctx, done)
// uses a callback. Resolves with an outcome object; never rejects.
//   { kind: 'ok' } | { kind: 'error', error, failureType } | { kind: 'timeout' }
//   | { kind: 'aborted', reason } | { kind: 'interrupted', outcome }
async function callWithConventions(owner, fn, thisArg, ctx, timeout, signal) {
  const interrupt = deferred();
  owner.interrupt = interrupt.resolve;
  let timer;
  let onAbort;
  if (timeout !== undefined && timeout !== Infinity) {
    timer = setTimeout(() => interrupt.resolve({ kind: 'timeout' }), timeout);
  }
  if (signal !== undefined && signal !== null) {
    if (signal.aborted) return { kind: 'aborted', reason: signal.reason };
    onAbort = () => interrupt.resolve({ kind: 'aborted', reason: signal.reason });
    signal.addEventListener('abort', onAbort);
  }
  state.active.push(owner);
  try {
    let pending;
    const prevCurrent = state.current;
    state.current = owner.isTest ? owner : prevCurrent;
    try {
      if (fn.length >= 2) {
        const cb = deferred();
        let calls = 0;
        const done = (err) => {
          calls++;
          if (calls > 1) {
            owner.lateFailure('callback invoked multiple times', 'multipleCallbackInvocations');
            return;
          }
          if (err) cb.resolve({ kind: 'error', error: err, failureType: 'testCodeFailure' });
          else cb.resolve({ kind: 'ok' });
        };
        const ret = Reflect.apply(fn, thisArg, [ctx, done]);
        if (isPromiseLike(ret)) {
          ret.then(noop, noop);
          return { kind: 'error', error: 'passed a callback but also returned a Promise', failureType: 'callbackAndPromisePresent' };
        }
        pending = cb.promise;
      } else {
        const ret = Reflect.apply(fn, thisArg, [ctx]);
        if (isPromiseLike(ret)) {
          pending = Promise.resolve(ret).then(
            () => ({ kind: 'ok' }),
            (error) => ({ kind: 'error', error, failureType: 'testCodeFailure' }));
        }
      }
    } catch (error) {
      return { kind: 'error', error, failureType: 'testCodeFailure' };
    } finally {
      state.current = prevCurrent;
    }
    if (pending === undefined) return { kind: 'ok' };
    return await Promise.race([pending, interrupt.promise]);
  } finally {
    owner.interrupt = null;
    const i = state.active.lastIndexOf(owner);
    if (i !== -1) state.active.splice(i, 1);
    if (timer !== undefined) clearTimeout(timer);
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

class Hook {
  constructor(kind, fn, options) {
    validators().validateFunction(fn, 'fn');
    if (options === null || typeof options !== 'object') options = {};
    if (options.timeout !== undefined && options.timeout !== Infinity) {
      validators().validateNumber(options.timeout, 'options.timeout', 0, kTimeoutMax);
    }
    if (options.signal !== undefined) validators().validateAbortSignal(options.signal, 'options.signal');
    this.kind = kind;
    this.fn = fn;
    this.timeout = options.timeout;
    this.signal = options.signal;
    this.loc = callerLocation();
    this.interrupt = null;
    this.isTest = false;
  }

  lateFailure() {}

  // Resolves with an outcome (see callWithConventions).
  run(ctx) {
    return callWithConventions(this, this.fn, ctx, ctx, this.timeout, this.signal);
  }
}

class Test {
  constructor(parent, name, options, fn, loc) {
    validateOptions(options);
    this.parent = parent;
    this.isRoot = parent === null;
    this.isSuite = false;
    this.isTest = true;
    this.name = name;
    this.fn = typeof fn === 'function' ? fn : noop;
    this.loc = loc;
    this.depth = parent === null ? -1 : parent.depth + 1;
    this.skip = flag(options.skip);
    this.todo = flag(options.todo);
    this.only = Boolean(options.only);
    this.timeout = options.timeout === undefined ? Infinity : options.timeout;
    this.signal = options.signal;
    this.concurrency = options.concurrency;
    this.plan = options.plan === undefined ? null : { expected: options.plan, actual: 0 };
    if (parent !== null && parent.todo !== false && this.todo === false) this.todo = parent.todo;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.subtests = [];
    this.queue = [];
    this.processing = null; // promise of the running subtest queue
    this.beforeRan = false;
    this.runOnlyActive = false;
    this.status = undefined;
    this.error = undefined;
    this.failureType = undefined;
    this.diagnostics = [];
    this.startTime = undefined;
    this.duration = 0;
    this.finished = false;
    this.started = false;
    this.interrupt = null;
    this.done = deferred();
    this.controller = null;
    this.mockTracker = null;
    this.context = this.createContext();
  }

  createContext() { return new TestContext(this); }

  get fullName() {
    const names = [];
    for (let t = this; t !== null && !t.isRoot; t = t.parent) names.push(t.name);
    return names.reverse().join(' > ');
  }

  get abortController() {
    if (this.controller === null) {
      const AC = getAbortController();
      this.controller = new AC();
    }
    return this.controller;
  }

  addHook(kind, fn, options) {
    const hook = new Hook(kind, fn, options);
    this.hooks[kind].push(hook);
    return hook;
  }

  // Records this test's own failure (the first one wins).
  fail(error, failureType) {
    if (this.error !== undefined && this.failureType !== 'subtestsFailed') return;
    this.error = error;
    this.failureType = failureType;
  }

  cancel(reason, failureType = 'cancelledByParent') {
    if (this.status === 'cancelled') return;
    this.cancelled = true;
    this.error = reason;
    this.failureType = failureType;
  }

  // A failure noticed after the function settled (e.g. done() called twice).
  lateFailure(error, failureType) {
    if (!this.finished) this.fail(error, failureType);
  }

  // Applies an outcome from callWithConventions; returns false when the test cannot go on.
  applyOutcome(outcome, hookTimeout) {
    switch (outcome.kind) {
      case 'ok': return true;
      case 'error': this.fail(outcome.error, outcome.failureType); return false;
      case 'timeout': this.cancel(`test timed out after ${hookTimeout}ms`, 'testTimeoutFailure'); return false;
      case 'aborted': this.fail(outcome.reason === undefined ? abortError() : outcome.reason, 'testAborted'); return false;
      case 'cancelled': this.cancel(outcome.reason, outcome.failureType); return false;
      case 'uncaught': this.fail(outcome.error, 'uncaughtException'); return false;
    }
    return true;
  }

  async runHooks(hooks, ctx) {
    for (const hook of hooks) {
      const outcome = await hook.run(ctx);
      if (outcome.kind === 'error') outcome.failureType = 'hookFailed';
      if (!this.applyOutcome(outcome, hook.timeout)) return false;
    }
    return true;
  }

  // Queues a subtest created with t.test() (or test()/describe() inside a running test).
  enqueueSubtest(child) {
    if (this.finished) {
      this.subtests.push(child);
      child.cancelNotStarted(kParentFinished, 'parentAlreadyFinished');
      return child.done.promise;
    }
    if (this.plan !== null) this.plan.actual++;
    if (this.runOnlyActive && !child.only) {
      child.filteredOut = true;
      return Promise.resolve();
    }
    this.subtests.push(child);
    this.queue.push(child);
    if (this.processing === null) this.processing = this.processQueue();
    return child.done.promise;
  }

  async processQueue() {
    try {
      if (!this.beforeRan && this.hooks.before.length > 0) {
        this.beforeRan = true;
        if (!(await this.runHooks(this.hooks.before, this.context))) {
          for (const child of this.queue.splice(0)) child.cancelNotStarted(kCancelledByParent);
        }
      }
      this.beforeRan = true;
      while (this.queue.length > 0) {
        const next = this.queue.shift();
        await next.run();
      }
    } finally {
      this.processing = null;
    }
  }

  async drainSubtests() {
    while (this.processing !== null) await this.processing;
  }

  beforeEachHooks() {
    const hooks = [];
    for (const t of lineage(this.parent)) hooks.push(...t.hooks.beforeEach);
    return hooks;
  }

  afterEachHooks() {
    const hooks = [];
    for (const t of lineage(this.parent).reverse()) hooks.push(...t.hooks.afterEach);
    return hooks;
  }

  // Runs the test and reports it. Never rejects. Runs synchronously up to the test
  // function when no hook is in the way, like Node does for subtests.
  async run() {
    if (this.started) return this.done.promise;
    this.started = true;
    this.startTime = now();
    if (this.skip !== false) return this.finish();
    if (this.parent.cancelledChildrenReason !== undefined) {
      this.startTime = undefined;
      this.cancel(this.parent.cancelledChildrenReason);
      return this.finish();
    }
    try {
      const ctx = this.context;
      const beforeEach = this.beforeEachHooks();
      let ok = true;
      if (beforeEach.length > 0) ok = await this.runHooks(beforeEach, ctx);
      if (ok) {
        const outcome = await callWithConventions(this, this.fn, ctx, ctx, this.timeout, this.signal);
        this.applyOutcome(outcome, this.timeout);
      }
      if (this.cancelled) {
        this.cancelPending(kCancelledByParent);
        interruptDescendants(this);
      }
      await this.drainSubtests();
      const afterEach = this.afterEachHooks();
      if (afterEach.length > 0) await this.runHooks(afterEach, ctx);
      if (this.hooks.after.length > 0) await this.runHooks(this.hooks.after, ctx);
      if (this.plan !== null && this.error === undefined && this.plan.actual !== this.plan.expected) {
        this.fail(`plan expected ${this.plan.expected} assertions but received ${this.plan.actual}`, 'testCodeFailure');
      }
    } catch (err) {
      this.fail(err, 'testCodeFailure');
    }
    return this.finish();
  }

  cancelPending(reason) {
    for (const child of this.queue.splice(0)) child.cancelNotStarted(reason);
  }

  // Reports a test that never ran (its parent failed or finished first).
  cancelNotStarted(reason, failureType = 'cancelledByParent') {
    if (this.finished) return;
    this.started = true;
    this.startTime = undefined;
    for (const child of this.subtests) child.cancelNotStarted(reason, failureType);
    this.cancel(reason, failureType);
    this.finish();
  }

  finalStatus() {
    if (this.cancelled) return 'cancelled';
    if (this.error !== undefined) {
      if (this.failureType === 'testTimeoutFailure') return this.todo !== false ? 'todo' : 'cancelled';
      return this.todo !== false ? 'todo' : 'fail';
    }
    let failedChildren = 0;
    for (const child of this.subtests) {
      if (child.status === 'fail' || child.status === 'cancelled') failedChildren++;
    }
    if (failedChildren > 0) {
      this.error = `${failedChildren} subtest${failedChildren === 1 ? '' : 's'} failed`;
      this.failureType = 'subtestsFailed';
      return this.todo !== false ? 'todo' : 'fail';
    }
    if (this.skip !== false) return 'skip';
    if (this.todo !== false) return 'todo';
    return 'pass';
  }

  finish() {
    if (this.finished) return this.done.promise;
    this.finished = true;
    if (this.startTime !== undefined) this.duration = now() - this.startTime;
    this.status = this.finalStatus();
    if (this.controller !== null && !this.controller.signal.aborted) {
      try { this.controller.abort(abortError()); } catch { /* listeners' errors are not ours */ }
    }
    if (this.mockTracker !== null) this.mockTracker.restoreAll();
    if (!this.filteredOut && state.reporter !== null) state.reporter.testFinished(this);
    if (state.onFinished !== null) state.onFinished(this);
    this.done.resolve();
    return this.done.promise;
  }
}

class Suite extends Test {
  constructor(parent, name, options, fn, loc) {
    super(parent, name, options, fn, loc);
    this.isSuite = true;
    this.isTest = false;
    this.buildError = undefined;
    this.buildPromise = null;
    if (this.skip === false) this.build();
  }

  createContext() { return new SuiteContext(this); }

  build() {
    // Registrations from the async part of the body (after its first await) come from
    // microtasks that run after this one: only from then on may this suite capture them.
    this.armed = false;
    queueMicrotask(() => { this.armed = true; });
    state.builders.push(this);
    let ret;
    try {
      ret = Reflect.apply(this.fn, this.context, [this.context]);
    } catch (err) {
      this.buildError = err;
    } finally {
      state.builders.pop();
    }
    if (isPromiseLike(ret)) {
      state.asyncBuilders.push(this);
      this.buildPromise = Promise.resolve(ret).then(noop, (err) => { this.buildError = err; }).then(() => {
        const i = state.asyncBuilders.indexOf(this);
        if (i !== -1) state.asyncBuilders.splice(i, 1);
      });
    }
  }

  // Children of a suite are registered while its body runs; they are run by run().
  addChild(child) {
    this.subtests.push(child);
    return child.done.promise;
  }

  enqueueSubtest(child) {
    if (this.started && !this.finished && this.childrenRunning) {
      // Registered late (e.g. after an await in an async suite body): run it in turn.
      this.subtests.push(child);
      this.lateChildren.push(child);
      return child.done.promise;
    }
    if (this.finished) {
      this.subtests.push(child);
      child.cancelNotStarted(kParentFinished, 'parentAlreadyFinished');
      return child.done.promise;
    }
    return this.addChild(child);
  }

  async run() {
    if (this.started) return this.done.promise;
    this.started = true;
    this.startTime = now();
    if (this.skip !== false) return this.finish();
    if (this.parent.cancelledChildrenReason !== undefined) {
      this.cancelNotStarted(this.parent.cancelledChildrenReason);
      return this.done.promise;
    }
    this.runOnlyActive = this.parent.runOnlyActive && hasOnlyDescendant(this);
    let timer;
    try {
      if (this.buildPromise !== null) await this.buildPromise;
      if (this.buildError !== undefined) {
        this.fail(this.buildError, 'testCodeFailure');
        this.cancelledChildrenReason = kCancelledByParent;
      } else if (this.hooks.before.length > 0 && !(await this.runHooks(this.hooks.before, this.context))) {
        this.cancelledChildrenReason = kCancelledByParent;
      }
      if (this.timeout !== Infinity) {
        timer = setTimeout(() => {
          this.cancel(`test timed out after ${this.timeout}ms`, 'testTimeoutFailure');
          this.cancelledChildrenReason = kCancelledByParent;
          interruptDescendants(this);
        }, this.timeout);
      }
      this.childrenRunning = true;
      this.lateChildren = [];
      const children = this.subtests.slice();
      while (children.length > 0 || this.lateChildren.length > 0) {
        const child = children.length > 0 ? children.shift() : this.lateChildren.shift();
        if (this.runOnlyActive && !child.only && !hasOnlyDescendant(child)) {
          child.filteredOut = true;
          child.done.resolve();
          continue;
        }
        if (this.cancelledChildrenReason !== undefined) child.cancelNotStarted(this.cancelledChildrenReason);
        else await child.run();
      }
      this.childrenRunning = false;
      if (this.hooks.after.length > 0) await this.runHooks(this.hooks.after, this.context);
    } catch (err) {
      this.fail(err, 'testCodeFailure');
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
    return this.finish();
  }

  finalStatus() {
    // Children filtered out by `only` do not count.
    const status = super.finalStatus();
    if (status === 'cancelled' && this.failureType === 'testTimeoutFailure') return 'fail';
    return status;
  }
}

function isDescendant(test, ancestor) {
  for (let t = test.parent; t !== null && t !== undefined; t = t.parent) {
    if (t === ancestor) return true;
  }
  return false;
}

// Stops the functions of running tests below `ancestor` (it was cancelled or timed out).
function interruptDescendants(ancestor) {
  for (const t of state.active.slice()) {
    if (t.interrupt !== null && isDescendant(t, ancestor)) {
      t.interrupt({ kind: 'cancelled', reason: kCancelledByParent, failureType: 'cancelledByParent' });
    }
  }
}

module.exports = {
  Test,
  Suite,
  Hook,
  state,
  parseArgs,
  hasOnlyDescendant,
  kCancelledByParent,
};

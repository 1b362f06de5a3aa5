'use strict';
// The root of the test tree: registration of top-level tests, suites and hooks, the
// automatic run once the main module has loaded, `only` filtering, errors raised outside
// of a test's promise chain, and the final report and exit code.

const { now, callerLocation } = require('internal/test_runner/utils');
const { Test, Suite, state, parseArgs, hasOnlyDescendant } = require('internal/test_runner/test');
const { SpecReporter } = require('internal/test_runner/reporter');

let root = null;
let scheduled = false;
let running = false;
let outsideErrors = [];
let listeners = null;

function schedule(fn) {
  if (typeof setImmediate === 'function') setImmediate(fn);
  else setTimeout(fn, 0);
}

function nextTurn() {
  return new Promise((resolve) => schedule(resolve));
}

function testOnlyFlag() {
  return internalBinding('options').testOnly;  // the command line's or NODE_OPTIONS'
}

function getRoot() {
  if (root === null) {
    root = new Test(null, '<root>', {}, undefined, null);
    root.startTime = now();
    state.reporter = new SpecReporter();
    outsideErrors = [];
  }
  if (!scheduled && !running) {
    scheduled = true;
    schedule(runRoot);
  }
  return root;
}

// Where a test, suite or hook registered now belongs.
function currentParent() {
  if (state.builders.length > 0) return state.builders[state.builders.length - 1];
  if (state.current !== null && !state.current.finished) return state.current;
  for (let i = state.asyncBuilders.length - 1; i >= 0; i--) {
    if (state.asyncBuilders[i].armed) return state.asyncBuilders[i];
  }
  return getRoot();
}

function register(Kind, name, options, fn, overrides) {
  const loc = callerLocation();
  const parent = currentParent();
  if (parent.isRoot || root === null) getRoot();
  const args = parseArgs(name, options, fn);
  const opts = overrides === undefined ? args.options : { ...args.options, ...overrides };
  const child = new Kind(parent, args.name, opts, args.fn, loc);
  if (parent.isRoot) {
    parent.subtests.push(child);
    parent.queue.push(child);
    return child.done.promise;
  }
  return parent.enqueueSubtest(child);
}

function registerHook(kind, fn, options) {
  const parent = currentParent();
  parent.addHook(kind, fn, options);
}

function installListeners() {
  if (typeof process.on !== 'function') return;
  const onError = (err) => {
    for (let i = state.active.length - 1; i >= 0; i--) {
      const t = state.active[i];
      if (t.interrupt !== null) {
        t.interrupt({ kind: 'uncaught', error: err });
        return;
      }
    }
    outsideErrors.push(err);
  };
  // The event loop ran dry while tests still wait on promises that nothing can settle: they
  // fail (as Node 20 reported it) instead of the process ending silently or hanging.
  const onBeforeExit = () => {
    for (let i = state.active.length - 1; i >= 0; i--) {
      const t = state.active[i];
      if (t.interrupt !== null) {
        t.interrupt({ kind: 'error', error: 'Promise resolution is still pending but the event loop has already resolved', failureType: 'cancelledByParent' });
      }
    }
  };
  listeners = { uncaughtException: onError, unhandledRejection: onError, beforeExit: onBeforeExit };
  for (const name of Object.keys(listeners)) process.on(name, listeners[name]);
}

function removeListeners() {
  if (listeners === null) return;
  const off = typeof process.removeListener === 'function' ? process.removeListener : process.off;
  for (const name of Object.keys(listeners)) {
    if (typeof off === 'function') off.call(process, name, listeners[name]);
  }
  listeners = null;
}

async function runRoot() {
  scheduled = false;
  if (running) return;
  running = true;
  installListeners();
  const r = root;
  try {
    // Async suite bodies at the top level may still register tests (and `only` flags).
    for (const child of r.queue) {
      if (child.buildPromise) await child.buildPromise;
    }
    r.runOnlyActive = testOnlyFlag() || r.queue.some((c) => c.only || hasOnlyDescendant(c));
    if (r.hooks.before.length > 0) {
      r.beforeRan = true;
      const ok = await runRootHooks(r, r.hooks.before);
      if (!ok) r.cancelledChildrenReason = 'test did not finish before its parent and was cancelled';
    }
    for (;;) {
      while (r.queue.length > 0) {
        const next = r.queue.shift();
        if (r.runOnlyActive && !next.only && !hasOnlyDescendant(next)) {
          next.filteredOut = true;
          next.done.resolve();
          continue;
        }
        await next.run();
      }
      // Tests registered from timers or I/O of the ones that ran still belong to this run.
      await nextTurn();
      await nextTurn();
      if (r.queue.length === 0) break;
    }
    if (r.hooks.after.length > 0) await runRootHooks(r, r.hooks.after);
  } catch (err) {
    outsideErrors.push(err);
  }
  finishRoot(r);
}

async function runRootHooks(r, hooks) {
  for (const hook of hooks) {
    const outcome = await hook.run(r.context);
    if (outcome.kind === 'error' || outcome.kind === 'uncaught') {
      outsideErrors.push(outcome.error);
      return false;
    }
    if (outcome.kind === 'timeout') {
      outsideErrors.push(`hook timed out after ${hook.timeout}ms`);
      return false;
    }
  }
  return true;
}

function finishRoot(r) {
  removeListeners();
  const reporter = state.reporter;
  const errors = outsideErrors;
  const failed = reporter.summary(now() - r.startTime, errors);
  if (failed > 0) process.exitCode = 1;
  root = null;
  running = false;
  // Tests registered after the report start a new run (and a new report); stragglers of
  // this run that finish later are not reported, so the final line stays last.
  state.reporter = null;
}

module.exports = {
  register,
  registerHook,
  Test,
  Suite,
};

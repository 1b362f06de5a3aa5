'use strict';
// The async context frame: which store each AsyncLocalStorage holds right now (Node 24's
// AsyncContextFrame). A frame is an immutable Map (AsyncLocalStorage → store), or undefined
// when empty; the engine keeps the current one (internalBinding('async_context')) and promise
// reactions capture it when registered. Code that defers a callback captures the frame when
// the callback is scheduled and runs the callback in it:
//
//   const frame = current();              // when scheduling (e.g. issuing an fs request)
//   ... later: run(frame, callback, thisArg, ...args)   // or: wrap(callback) up front
const binding = internalBinding('async_context');
const { getFrame } = binding;

// Until a frame is first set (an AsyncLocalStorage is used) every frame is undefined: current()
// need not ask the engine. Native code only restores frames captured before, so it cannot set
// one first.
let framesUsed = false;
function setFrame(frame) {
  if (frame !== undefined) framesUsed = true;
  binding.setFrame(frame);
}

function current() { return framesUsed ? getFrame() : undefined; }

// Makes `frame` current and returns the previous frame (give it to exit()).
function enter(frame) {
  if (!framesUsed && frame === undefined) return undefined;
  const prior = getFrame();
  if (prior !== frame) setFrame(frame);
  return prior;
}

function exit(prior) {
  if (!framesUsed) return;
  if (getFrame() !== prior) setFrame(prior);
}

function run(frame, fn, thisArg, ...args) {
  const prior = enter(frame);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    exit(prior);
  }
}

// fn bound to the frame current now (fn itself when the frame is empty and stays so cheap).
function wrap(fn) {
  const frame = current();
  if (frame === undefined) {
    return function runEmpty(...args) { return run(undefined, fn, this, ...args); };
  }
  return function runInFrame(...args) { return run(frame, fn, this, ...args); };
}

// A new frame: `frame` with `key` set to `value`.
function withValue(frame, key, value) {
  const next = new Map(frame);
  next.set(key, value);
  return next;
}

module.exports = { current, enter, exit, run, wrap, withValue, setFrame };

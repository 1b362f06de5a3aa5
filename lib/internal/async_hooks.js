'use strict';
// Async ids and hook dispatch for async_hooks. protoJS tracks async ids for AsyncResource
// scopes (and what is built on it, e.g. EventEmitterAsyncResource); timers, ticks, promises and
// native requests do not get ids of their own (see lib/async_hooks.js).
let asyncIdCounter = 1;
let executionId = 1;   // the main script runs as async id 1, triggered by 0 (as in Node)
let triggerId = 0;
let executionResource = {};
const hooks = new Set();

function newAsyncId() { return ++asyncIdCounter; }
function executionAsyncId() { return executionId; }
function triggerAsyncId() { return triggerId; }
function executionAsyncResource() { return executionResource; }

// Enters the scope of a resource; returns what exit() needs to restore.
function enterScope(asyncId, trigger, resource) {
  const saved = [executionId, triggerId, executionResource];
  executionId = asyncId;
  triggerId = trigger;
  executionResource = resource;
  return saved;
}

function exitScope(saved) {
  [executionId, triggerId, executionResource] = saved;
}

function emit(kind, ...args) {
  if (hooks.size === 0) return;
  for (const hook of [...hooks]) {
    const fn = hook.callbacks[kind];
    if (typeof fn === 'function') Reflect.apply(fn, hook.owner, args);
  }
}

// destroy hooks run later, in a batch, as Node's do (a native immediate there).
let destroyQueue = [];
function emitDestroyLater(asyncId) {
  if (hooks.size === 0) return;
  destroyQueue.push(asyncId);
  if (destroyQueue.length === 1) {
    require('timers').setImmediate(() => {
      const ids = destroyQueue;
      destroyQueue = [];
      for (const id of ids) emit('destroy', id);
    }).unref();
  }
}

module.exports = {
  emitDestroyLater,
  newAsyncId, executionAsyncId, triggerAsyncId, executionAsyncResource, enterScope, exitScope,
  emit, hooks,
};

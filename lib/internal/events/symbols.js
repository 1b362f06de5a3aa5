'use strict';
// Symbols shared by lib/events.js and lib/internal/event_target.js.

module.exports = {
  // Max listeners of an EventTarget (set with events.setMaxListeners(n, target)); exposed as
  // EventEmitter.kMaxEventTargetListeners(Warned), as in Node.
  kMaxEventTargetListeners: Symbol('events.maxEventTargetListeners'),
  kMaxEventTargetListenersWarned: Symbol('events.maxEventTargetListenersWarned'),
  // events.on() option: yield only the first event argument instead of an array.
  kFirstEventParam: Symbol('kFirstEventParam'),
};

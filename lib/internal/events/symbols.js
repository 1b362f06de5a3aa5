'use strict';
// Symbols shared by lib/events.js and lib/internal/event_target.js.

module.exports = {
  // Max listeners of an EventTarget (set with events.setMaxListeners(n, target)).
  kMaxEventTargetListeners: Symbol('events.maxEventTargetListeners'),
  kMaxEventTargetListenersWarned: Symbol('events.maxEventTargetListenersWarned'),
  // Listener option: keep being called after stopImmediatePropagation() (internal use).
  kResistStopPropagation: Symbol('kResistStopPropagation'),
  // events.on() option: yield only the first event argument instead of an array.
  kFirstEventParam: Symbol('nodejs.kFirstEventParam'),
  // EventTarget's listener map, for getEventListeners().
  kEvents: Symbol('kEvents'),
};

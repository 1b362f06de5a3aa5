'use strict';
// WHATWG EventTarget, Event and CustomEvent as Node exposes them (globals), plus
// NodeEventTarget, an EventTarget with an EventEmitter-like surface (used by MessagePort).
// There is no tree here: dispatch only reaches the target itself (phase AT_TARGET).

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
  genericNodeError,
  inspectForMessage,
} = require('internal/errors');
const {
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateAbortSignal,
  validateObject,
  validateString,
} = require('internal/validators');
const {
  kEvents,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
  kResistStopPropagation,
} = require('internal/events/symbols');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
// Listener option (internal): call the listener Node-style, with the emitted value.
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
// Listener option (internal): hold the listener weakly (used for AbortSignal -> target links).
const kWeakHandler = Symbol('kWeak');

const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

let lazyEventEmitter;
function defaultMaxListeners() {
  if (lazyEventEmitter === undefined) {
    try { lazyEventEmitter = require('events'); } catch { lazyEventEmitter = null; }
  }
  return lazyEventEmitter ? lazyEventEmitter.defaultMaxListeners : 10;
}

function now() {
  const perf = globalThis.performance;
  if (perf && typeof perf.now === 'function') return perf.now();
  return Date.now() - processStart;
}
const processStart = Date.now();

// WebIDL DOMString conversion as Node does it for event types.
function toDOMString(value) {
  if (typeof value === 'symbol') {
    const err = new TypeError('Value is a Symbol and cannot be converted to a string.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return `${value}`;
}

function emitWarning(warning) {
  if (typeof process.emitWarning === 'function') process.emitWarning(warning);
}

// Errors thrown by listeners surface as uncaught exceptions, after the dispatch finishes.
function reportListenerError(err) {
  if (typeof process.nextTick === 'function') {
    process.nextTick(() => { throw err; });
  } else {
    queueMicrotask(() => { throw err; });
  }
}

function inspectWith(obj, name, fields, depth, options) {
  if (depth < 0) return name;
  const mod = (() => {
    try { return require('internal/util/inspect'); } catch { return null; }
  })();
  const opts = Object.assign({}, options, {
    depth: options && Number.isInteger(options.depth) ? options.depth - 1 : options?.depth,
  });
  const text = mod && typeof mod.inspect === 'function' ?
    mod.inspect(fields, opts) : inspectForMessage(fields);
  return `${name} ${text}`;
}

// ---------------------------------------------------------------------------------------------
// Event

// Dispatcher access to Event's private state, filled in by Event's static block.
let eventInternals;

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timeStamp = now();
  #propagationStopped = false;
  #stop = false;
  #target = null;
  #currentTarget = null;
  #dispatching = false;
  #inPassiveListener = false;

  constructor(type, options = null) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    this.#type = `${type}`;
    this.#bubbles = Boolean(options?.bubbles);
    this.#cancelable = Boolean(options?.cancelable);
    this.#composed = Boolean(options?.composed);
  }

  static isEvent(value) {
    return value !== null && typeof value === 'object' && #type in value;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    checkEvent(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = Boolean(bubbles);
    this.#cancelable = Boolean(cancelable);
  }

  [kInspect](depth, options) {
    return inspectWith(this, this.constructor.name, {
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, depth, options);
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#stop = true;
  }

  preventDefault() {
    checkEvent(this);
    if (this.#cancelable && !this.#inPassiveListener) this.#defaultPrevented = true;
  }

  get target() { checkEvent(this); return this.#target; }

  get currentTarget() { checkEvent(this); return this.#currentTarget; }

  get srcElement() { checkEvent(this); return this.#target; }

  get type() { checkEvent(this); return this.#type; }

  get cancelable() { checkEvent(this); return this.#cancelable; }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() { checkEvent(this); return this.#timeStamp; }

  composedPath() {
    checkEvent(this);
    return this.#dispatching ? [this.#currentTarget] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  set returnValue(value) {
    checkEvent(this);
    if (!value) this.preventDefault();
  }

  get bubbles() { checkEvent(this); return this.#bubbles; }

  get composed() { checkEvent(this); return this.#composed; }

  get eventPhase() {
    checkEvent(this);
    return this.#dispatching ? AT_TARGET : NONE;
  }

  get cancelBubble() { checkEvent(this); return this.#propagationStopped; }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  get isTrusted() {
    checkEvent(this);
    return false;
  }

  // --- internal access for the dispatcher (not reachable from user code: private statics) ---

  static #beginDispatch(event, target) {
    event.#target = target;
    event.#currentTarget = target;
    event.#dispatching = true;
  }

  static #endDispatch(event) {
    event.#currentTarget = null;
    event.#dispatching = false;
  }

  static #isDispatching(event) {
    return event.#dispatching;
  }

  static #stopped(event) {
    return event.#stop;
  }

  static #setPassive(event, value) {
    event.#inPassiveListener = value;
  }

  static {
    eventInternals = {
      beginDispatch: (e, t) => Event.#beginDispatch(e, t),
      endDispatch: (e) => Event.#endDispatch(e),
      isDispatching: (e) => Event.#isDispatching(e),
      stopped: (e) => Event.#stopped(e),
      setPassive: (e, v) => Event.#setPassive(e, v),
    };
  }
}

function checkEvent(value) {
  if (!isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

const isEvent = Event.isEvent;
delete Event.isEvent;

const enumerableGetters = ['type', 'target', 'currentTarget', 'srcElement', 'cancelable',
  'defaultPrevented', 'timeStamp', 'returnValue', 'bubbles', 'composed', 'eventPhase',
  'cancelBubble', 'isTrusted'];
const enumerableMethods = ['initEvent', 'stopImmediatePropagation', 'preventDefault',
  'composedPath', 'stopPropagation'];
for (const key of [...enumerableGetters, ...enumerableMethods]) {
  const desc = Object.getOwnPropertyDescriptor(Event.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(Event.prototype, key, desc);
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'Event',
});
for (const [name, value] of [['NONE', NONE], ['CAPTURING_PHASE', CAPTURING_PHASE],
  ['AT_TARGET', AT_TARGET], ['BUBBLING_PHASE', BUBBLING_PHASE]]) {
  Object.defineProperty(Event, name, {
    __proto__: null, writable: false, configurable: false, enumerable: true, value,
  });
}

// ---------------------------------------------------------------------------------------------
// CustomEvent

class CustomEvent extends Event {
  #detail;

  constructor(type, options = null) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

Object.defineProperty(CustomEvent.prototype, 'detail', {
  ...Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail'), enumerable: true,
});
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'CustomEvent',
});

// The event NodeEventTarget.emit() creates for DOM-style listeners; detail is the value.
class NodeCustomEvent extends Event {
  #detail;

  constructor(type, detail) {
    super(type);
    this.#detail = detail;
  }

  get detail() {
    return this.#detail;
  }
}

// ---------------------------------------------------------------------------------------------
// EventTarget

// Listener entries of one event type form a doubly linked list, so that listeners added during
// a dispatch are reached and removed ones are skipped, like Node.
class Listener {
  constructor(list, callback, flags) {
    this.list = list;
    this.prev = list.tail;
    this.next = null;
    this.callback = callback;
    this.once = flags.once;
    this.capture = flags.capture;
    this.passive = flags.passive;
    this.isNodeStyleListener = flags.isNodeStyleListener;
    this.resistStopPropagation = flags.resistStopPropagation;
    this.removed = false;
    this.cleanup = null;
    if (list.tail) list.tail.next = this;
    else list.head = this;
    list.tail = this;
    list.size++;
  }

  same(callback, capture) {
    return this.callback === callback && this.capture === capture;
  }

  remove() {
    if (this.removed) return;
    this.removed = true;
    const list = this.list;
    if (this.prev) this.prev.next = this.next;
    else list.head = this.next;
    if (this.next) this.next.prev = this.prev;
    else list.tail = this.prev;
    // this.next is kept so that a dispatch standing on this entry can go on.
    list.size--;
    if (this.cleanup) {
      this.cleanup();
      this.cleanup = null;
    }
  }
}

function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  // An object without handleEvent is accepted; calling it fails at dispatch time.
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function listenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  validateObject(options, 'options', kValidateObjectAllowObjects);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

function isEventTarget(obj) {
  return obj !== null && typeof obj === 'object' && obj[kEvents] instanceof Map &&
    EventTarget[kBrand](obj);
}
const kBrand = Symbol('kBrand');

class EventTarget {
  #brand = true;

  constructor() {
    initEventTarget(this);
  }

  static [kBrand](obj) {
    return #brand in obj;
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const {
      once = false, capture = false, passive = false, signal, isNodeStyleListener = false,
      weak, resistStopPropagation = false,
    } = listenerOptions(options ?? null);

    if (!validateEventListener(listener)) {
      // Node warns instead of throwing for null/undefined listeners.
      const w = genericNodeError(
        `addEventListener called with ${listener} which has no effect.`,
        { name: 'AddEventListenerArgumentTypeWarning', target: this, type });
      emitWarning(w);
      return;
    }
    type = toDOMString(type);
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) return;

    const events = this[kEvents];
    let list = events.get(type);
    if (list === undefined) {
      list = { head: null, tail: null, size: 0 };
      events.set(type, list);
    } else {
      for (let h = list.head; h !== null; h = h.next) {
        if (h.same(listener, capture)) return; // duplicate: ignored
      }
    }
    const entry = new Listener(list, listener, {
      once, capture, passive, isNodeStyleListener, resistStopPropagation,
    });

    if (signal) {
      const onAbort = () => entry.remove();
      signal.addEventListener('abort', onAbort, {
        __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true,
      });
      entry.cleanup = () => signal.removeEventListener('abort', onAbort);
    }
    void weak;

    const max = this[kMaxEventTargetListeners];
    if (max > 0 && list.size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = genericNodeError(
        `Possible EventTarget memory leak detected. ${list.size} ${type} listeners ` +
        `added to ${inspectTarget(this)}. MaxListeners is ${max}. Use ` +
        'events.setMaxListeners() to increase limit',
        { name: 'MaxListenersExceededWarning', target: this, type, count: list.size });
      emitWarning(w);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = toDOMString(type);
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const list = this[kEvents].get(type);
    if (list === undefined) return;
    for (let h = list.head; h !== null; h = h.next) {
      if (h.same(listener, capture)) {
        h.remove();
        if (list.size === 0) this[kEvents].delete(type);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (eventInternals.isDispatching(event)) throw new ERR_EVENT_RECURSION(event.type);
    dispatch(this, event, event.type, event);
    return event.defaultPrevented !== true;
  }

  [kInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return inspectWith(this, name, {}, depth, options);
  }
}

function inspectTarget(target) {
  const custom = target[kInspect];
  if (typeof custom === 'function') return custom.call(target, -1, {});
  return inspectForMessage(target, { depth: -1 });
}

function initEventTarget(self) {
  Object.defineProperty(self, kEvents, {
    __proto__: null, value: new Map(), enumerable: false, configurable: false, writable: false,
  });
  Object.defineProperty(self, kMaxEventTargetListeners, {
    __proto__: null, value: defaultMaxListeners(), enumerable: false, configurable: false,
    writable: true,
  });
  Object.defineProperty(self, kMaxEventTargetListenersWarned, {
    __proto__: null, value: false, enumerable: false, configurable: false, writable: true,
  });
}

// Calls the listeners of `type`. nodeValue is what Node-style listeners receive; `event` is
// created on demand (for DOM-style listeners) when the dispatch comes from NodeEventTarget.emit.
function dispatch(target, nodeValue, type, event) {
  const createEvent = () => {
    if (event === undefined) {
      event = new NodeCustomEvent(type, nodeValue);
      eventInternals.beginDispatch(event, target);
    }
    return event;
  };
  if (event !== undefined) eventInternals.beginDispatch(event, target);

  const list = target[kEvents].get(type);
  try {
    let handler = list === undefined ? null : list.head;
    while (handler !== null) {
      if (handler.removed) {
        handler = handler.next;
        continue;
      }
      if (event !== undefined && eventInternals.stopped(event) && !handler.resistStopPropagation) {
        break;
      }
      if (handler.once) {
        handler.remove();
        if (list.size === 0 && target[kEvents].get(type) === list) target[kEvents].delete(type);
      }
      try {
        let arg;
        if (handler.isNodeStyleListener) {
          arg = nodeValue;
        } else {
          arg = createEvent();
        }
        const callback = handler.callback;
        let result;
        if (handler.passive && event !== undefined) eventInternals.setPassive(event, true);
        try {
          if (typeof callback === 'function') {
            result = callback.call(target, arg);
          } else {
            const handleEvent = callback.handleEvent;
            if (typeof handleEvent !== 'function') {
              throw new ERR_INVALID_ARG_TYPE('listener.handleEvent', 'Function', handleEvent);
            }
            result = handleEvent.call(callback, arg);
          }
        } finally {
          if (event !== undefined) eventInternals.setPassive(event, false);
        }
        if (result !== undefined && result !== null && typeof result.then === 'function') {
          result.then(undefined, reportListenerError);
        }
      } catch (err) {
        reportListenerError(err);
      }
      handler = handler.next;
    }
  } finally {
    if (event !== undefined) eventInternals.endDispatch(event);
  }
}

Object.defineProperties(EventTarget.prototype, {
  addEventListener: { __proto__: null, enumerable: true },
  removeEventListener: { __proto__: null, enumerable: true },
  dispatchEvent: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'EventTarget',
  },
});

// ---------------------------------------------------------------------------------------------
// NodeEventTarget: EventTarget with on/once/off/emit. Node-style listeners (on/once/addListener)
// receive the emitted value; DOM-style listeners receive an event whose detail is that value.

class NodeEventTarget extends EventTarget {
  static defaultMaxListeners = 10;

  setMaxListeners(n) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    require('events').setMaxListeners(n, this);
  }

  getMaxListeners() {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    const list = this[kEvents].get(String(type));
    return list !== undefined ? list.size : 0;
  }

  off(type, listener, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    return this.off(type, listener, options);
  }

  on(type, listener) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    return this.on(type, listener);
  }

  emit(type, arg) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    dispatch(this, arg, type, undefined);
    return hadListeners;
  }

  once(type, listener) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    const events = this[kEvents];
    const types = type !== undefined ? [String(type)] : Array.from(events.keys());
    for (const t of types) {
      const list = events.get(t);
      if (list === undefined) continue;
      for (let h = list.head; h !== null; h = h.next) h.remove();
      events.delete(t);
    }
    return this;
  }
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  NodeCustomEvent,
  initEventTarget,
  isEventTarget,
  isEvent,
  kEvents,
  kIsNodeStyleListener,
  kWeakHandler,
  kResistStopPropagation,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
  // For events.getEventListeners().
  listenersOf(target, type) {
    const list = target[kEvents].get(type);
    const out = [];
    if (list !== undefined) {
      for (let h = list.head; h !== null; h = h.next) out.push(h.callback);
    }
    return out;
  },
};

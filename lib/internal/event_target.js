'use strict';
// WHATWG EventTarget, Event and CustomEvent as Node exposes them (globals), plus
// NodeEventTarget, an EventTarget with an EventEmitter-like surface (used by MessagePort).
// There is no tree here: dispatch only reaches the target itself (phase AT_TARGET). Node's
// observable quirks are kept on purpose (see dispatch()).

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateObject,
  validateString,
  validateThisInternalField,
  kValidateObjectAllowObjects,
} = require('internal/validators');
const EventEmitter = require('events');
const {
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
} = require('internal/events/symbols');

const processBinding = internalBinding('process');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
// Well-known so that EventTargets are recognised across realms, as in Node.
const kIsEventTarget = Symbol.for('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');

const kEvents = Symbol('kEvents');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kHandlers = Symbol('kHandlers');
// Listener option (internal): hold the listener weakly, kept alive by the given object.
const kWeakHandler = Symbol('kWeak');
// Listener option (internal): keep being called after stopImmediatePropagation().
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kRemoveWeakListenerHelper = Symbol('kRemoveWeakListenerHelper');
const kCreateEvent = Symbol('kCreateEvent');
// Hooks called after a listener is added / removed (AbortSignal and limits use them).
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
// Listener option (internal): call the listener Node-style, with the emitted value.
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
// Event option (internal): the event comes from the runtime (isTrusted).
const kTrustEvent = Symbol('kTrustEvent');

const kType = Symbol('type');
const kDetail = Symbol('detail');
const kInPassiveListener = Symbol('kInPassiveListener');

const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });

let inspectModule;
function inspect(value, options) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

// performance.now(): milliseconds since the process started, with sub-millisecond precision.
function now() {
  return processBinding.hrtimeMs() - processBinding.startTime;
}

// WebIDL DOMString conversion of event types.
function toDOMString(value) {
  if (typeof value === 'symbol') {
    const err = new TypeError('Value is a Symbol and cannot be converted to a string.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return String(value);
}

// Inspection as Node: `Name { ...fields }`, just `Name` below the depth limit.
function inspectWithName(name, fields, depth, options) {
  if (depth < 0) return name;
  const opts = Object.assign({}, options, {
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  });
  return `${name} ${inspect(fields, opts)}`;
}

// ---------------------------------------------------------------------------------------------
// Event

const isTrustedSet = new WeakSet();
const isTrusted = Object.getOwnPropertyDescriptor({
  get isTrusted() {
    return isTrustedSet.has(this);
  },
}, 'isTrusted').get;

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

function checkEvent(value) {
  if (!isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options');
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;

    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) isTrustedSet.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
    this[kInPassiveListener] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options) {
    checkEvent(this);
    return inspectWithName(this.constructor.name, {
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, depth, options);
  }

  stopImmediatePropagation() {
    checkEvent(this);
    // Sets both the "stop propagation" and "stop immediate propagation" flags.
    this.stopPropagation();
    this[kStop] = true;
  }

  preventDefault() {
    checkEvent(this);
    if (!this.#cancelable || this[kInPassiveListener]) return;
    this.#defaultPrevented = true;
  }

  get target() { checkEvent(this); return this[kTarget]; }

  get currentTarget() { checkEvent(this); return this[kIsBeingDispatched] ? this[kTarget] : null; }

  get srcElement() { checkEvent(this); return this[kTarget]; }

  get type() { checkEvent(this); return this[kType]; }

  get cancelable() { checkEvent(this); return this.#cancelable; }

  get defaultPrevented() { checkEvent(this); return this.#cancelable && this.#defaultPrevented; }

  get timeStamp() { checkEvent(this); return this.#timestamp; }

  // Without a tree the following are trivial; they exist for API completeness.
  composedPath() { checkEvent(this); return this[kIsBeingDispatched] ? [this[kTarget]] : []; }

  get returnValue() { checkEvent(this); return !this.#cancelable || !this.#defaultPrevented; }

  set returnValue(value) {
    checkEvent(this);
    if (!value) {
      if (!this.#cancelable || this[kInPassiveListener]) return;
      this.#defaultPrevented = true;
    }
  }

  get bubbles() { checkEvent(this); return this.#bubbles; }

  get composed() { checkEvent(this); return this.#composed; }

  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
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
}

Object.defineProperties(Event.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'Event',
  },
  initEvent: kEnumerableProperty,
  stopImmediatePropagation: kEnumerableProperty,
  preventDefault: kEnumerableProperty,
  target: kEnumerableProperty,
  currentTarget: kEnumerableProperty,
  srcElement: kEnumerableProperty,
  type: kEnumerableProperty,
  cancelable: kEnumerableProperty,
  defaultPrevented: kEnumerableProperty,
  timeStamp: kEnumerableProperty,
  composedPath: kEnumerableProperty,
  returnValue: kEnumerableProperty,
  bubbles: kEnumerableProperty,
  composed: kEnumerableProperty,
  eventPhase: kEnumerableProperty,
  cancelBubble: kEnumerableProperty,
  stopPropagation: kEnumerableProperty,
  // Node keeps isTrusted on the prototype (the spec wants it LegacyUnforgeable).
  isTrusted: { __proto__: null, configurable: false, enumerable: true, get: isTrusted },
});

['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, value) => {
  Object.defineProperty(Event, name, {
    __proto__: null, writable: false, configurable: false, enumerable: true, value,
  });
});

// ---------------------------------------------------------------------------------------------
// CustomEvent

function isCustomEvent(value) {
  return isEvent(value) && value?.[kDetail] !== undefined;
}

class CustomEvent extends Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}

Object.defineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'CustomEvent',
  },
  detail: kEnumerableProperty,
});

// ---------------------------------------------------------------------------------------------
// Listeners

// Weak listeners: the listener is held by a WeakRef and kept alive by the object given as
// kWeakHandler; when that object is collected, the registry drops the entry from its target.
// An EventTarget holder keeps its listeners in a private field; a weak-keyed map would be an
// ephemeron that QuickJS cannot collect once the listener refers back to its holder (as
// addEventListener's { signal } listener does).
let weakListenersState = null;
function weakListeners() {
  weakListenersState ??= {
    registry: new FinalizationRegistry(({ eventTarget, listener, eventType }) => {
      eventTarget.deref()?.[kRemoveWeakListenerHelper](eventType, listener);
    }),
    map: new WeakMap(),
  };
  return weakListenersState;
}

// Filled in by EventTarget's static block: the holder's own set of retained listeners, or
// undefined when the holder is no EventTarget.
let targetRetainedListeners;

function retainWeakListener(holder, listener) {
  let retained = targetRetainedListeners(holder, true) ?? weakListeners().map.get(holder);
  if (retained === undefined) {
    retained = new Set();
    weakListeners().map.set(holder, retained);
  }
  retained.add(listener);
}

function releaseWeakListener(holder, listener) {
  const retained = targetRetainedListeners(holder, false) ?? weakListeners().map.get(holder);
  if (retained === undefined) return;
  retained.delete(listener);
  if (retained.size === 0) weakListeners().map.delete(holder);
}

// The listeners of one type form a linked list headed by a root record, so that a dispatch
// reaches listeners added while it runs and skips removed ones. A listener is identified by
// its (callback, capture) pair. Long lists are indexed by callback (weakly) so that adding and
// removing listeners does not walk them; the root keeps the tail for appending.
const kIndexThreshold = 8;

function createListenerRoot(resistStopPropagation) {
  // `linked` counts the entries until the index is built.
  return {
    size: 1, next: undefined, tail: undefined, linked: 0, index: undefined,
    resistStopPropagation: Boolean(resistStopPropagation),
  };
}

function listenerKey(entry) {
  return entry.weak ? entry.callback.deref() : entry.listener;
}

function indexListener(root, entry, key) {
  let entries = root.index.get(key);
  if (entries === undefined) {
    entries = { __proto__: null, true: undefined, false: undefined };
    root.index.set(key, entries);
  }
  entries[entry.capture] = entry;
}

function findListener(root, listener, capture) {
  if (root.index !== undefined) return root.index.get(listener)?.[capture];
  for (let entry = root.next; entry !== undefined; entry = entry.next) {
    if (listenerKey(entry) === listener && entry.capture === capture) return entry;
  }
  return undefined;
}

class Listener {
  constructor(eventTarget, eventType, root, listener, once, capture, passive,
              isNodeStyleListener, weak, resistStopPropagation) {
    const previous = root.tail ?? root;
    this.next = undefined;
    previous.next = this;
    this.previous = previous;
    this.root = root;
    root.tail = this;
    this.listener = listener;
    this.once = Boolean(once);
    this.capture = Boolean(capture);
    this.passive = Boolean(passive);
    this.isNodeStyleListener = Boolean(isNodeStyleListener);
    this.weak = Boolean(weak);
    this.resistStopPropagation = Boolean(resistStopPropagation);
    this.removed = false;

    if (this.weak) {
      this.callback = new WeakRef(listener);
      // The target is held weakly too, so the listener does not keep it alive.
      weakListeners().registry.register(listener, {
        __proto__: null, eventTarget: new WeakRef(eventTarget), listener: this, eventType,
      });
      this.weakKeyRef = new WeakRef(weak);
      retainWeakListener(weak, listener);
      this.listener = this.callback;
    } else if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      // handleEvent is looked up at each call; what it throws is reported asynchronously.
      this.callback = async (...args) => {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      };
    }

    if (root.index !== undefined) {
      indexListener(root, this, listener);
    } else if (++root.linked > kIndexThreshold) {
      root.index = new WeakMap();
      for (let entry = root.next; entry !== undefined; entry = entry.next) {
        const key = listenerKey(entry);
        if (key !== undefined) indexListener(root, entry, key);
      }
    }
  }

  remove() {
    if (this.removed) return;
    const root = this.root;
    this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    else root.tail = this.previous === root ? undefined : this.previous;
    this.removed = true;
    if (root.index === undefined) {
      root.linked--;
    } else {
      const key = listenerKey(this);
      const entries = key === undefined ? undefined : root.index.get(key);
      if (entries !== undefined && entries[this.capture] === this) entries[this.capture] = undefined;
    }
    if (this.weak) {
      // No registry.unregister() (linear in QuickJS): when the listener is freed, the
      // registry's callback finds this entry removed and does nothing.
      const weakKey = this.weakKeyRef?.deref();
      const listener = this.callback?.deref();
      if (weakKey !== undefined && listener !== undefined) releaseWeakListener(weakKey, listener);
    }
  }
}

function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  // An object without handleEvent is accepted; handleEvent is looked up at dispatch time.
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
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

// ---------------------------------------------------------------------------------------------
// EventTarget

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget];
}

function isNodeEventTarget(obj) {
  return obj?.constructor?.[kIsNodeEventTarget];
}

function initEventTarget(self) {
  self[kEvents] = undefined;
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = undefined;
}

function getEventsMap(self) {
  if (self[kEvents] === undefined) self[kEvents] = new Map();
  return self[kEvents];
}

class EventTarget {
  static [kIsEventTarget] = true;
  // Listeners registered elsewhere with this target as their kWeakHandler.
  #retainedListeners;

  static {
    targetRetainedListeners = (obj, create) => {
      if (obj === null || typeof obj !== 'object' || !(#retainedListeners in obj)) return;
      if (create) obj.#retainedListeners ??= new Set();
      return obj.#retainedListeners;
    };
  }

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      // eslint-disable-next-line no-restricted-syntax
      const w = new Error('Possible EventTarget memory leak detected. ' +
                          `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
                          `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    let once = false;
    let capture = false;
    let passive = false;
    let isNodeStyleListener = false;
    let weak = false;
    let resistStopPropagation = false;

    if (options !== kEmptyObject) {
      // Options are read before the listener is validated: the spec wants the getters hit.
      options = validateEventListenerOptions(options);
      once = options.once;
      capture = options.capture;
      passive = options.passive;
      isNodeStyleListener = options.isNodeStyleListener;
      weak = options.weak;
      resistStopPropagation = options.resistStopPropagation;

      const signal = options.signal;
      validateAbortSignal(signal, 'options.signal');
      if (signal) {
        if (signal.aborted) return;
        signal.addEventListener('abort', () => {
          this.removeEventListener(type, listener, options);
        }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
      }
    }

    if (!validateEventListener(listener)) {
      // The DOM silently accepts undefined as the listener; Node warns.
      // eslint-disable-next-line no-restricted-syntax
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = toDOMString(type);

    const eventsMap = getEventsMap(this);
    let root = eventsMap.get(type);
    if (root === undefined) {
      root = createListenerRoot(resistStopPropagation);
      new Listener(this, type, root, listener, once, capture, passive, isNodeStyleListener,
                   weak, resistStopPropagation);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      eventsMap.set(type, root);
      return;
    }

    if (findListener(root, listener, Boolean(capture)) !== undefined) return; // Duplicate.

    new Listener(this, type, root, listener, once, capture, passive, isNodeStyleListener,
                 weak, resistStopPropagation);
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;

    type = toDOMString(type);
    // As in Node, only an options object selects the capture listener: `true` does not.
    const capture = options?.capture === true;
    if (this[kEvents] === undefined) return;
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;

    const handler = findListener(root, listener, capture);
    if (handler !== undefined) {
      handler.remove();
      root.size--;
      if (root.size === 0) this[kEvents].delete(type);
      this[kRemoveListener](root.size, type, listener, capture);
    }
  }

  // A weak listener was collected: drop its entry if it is still registered.
  [kRemoveWeakListenerHelper](type, listener) {
    const root = this[kEvents]?.get(type);
    if (root === undefined || listener.root !== root || listener.removed) return;
    listener.remove();
    root.size--;
    if (root.size === 0) this[kEvents].delete(type);
    this[kRemoveListener](root.size, type, undefined, listener.capture);
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    dispatch(this, event, event.type, event);
    return event.defaultPrevented !== true;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspectSymbol](depth, options) {
    return inspectWithName(this.constructor.name, {}, depth, options);
  }
}

Object.defineProperties(EventTarget.prototype, {
  addEventListener: kEnumerableProperty,
  removeEventListener: kEnumerableProperty,
  dispatchEvent: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'EventTarget',
  },
});

// Calls the listeners of `type` on `target`. nodeValue is what Node-style listeners receive;
// `event` is created on demand for DOM-style ones when the dispatch comes from
// NodeEventTarget.emit(). Like Node, the "being dispatched" flag is cleared after each DOM-style
// listener, so later listeners see currentTarget null, eventPhase NONE and composedPath() [].
function dispatch(target, nodeValue, type, event) {
  if (event !== undefined) {
    event[kTarget] = target;
    event[kIsBeingDispatched] = true;
  }

  const root = target[kEvents]?.get(type);
  if (root === undefined || root.next === undefined) {
    if (event !== undefined) event[kIsBeingDispatched] = false;
    return;
  }

  let handler = root.next;
  while (handler !== undefined &&
         (root.resistStopPropagation || handler.passive || event?.[kStop] !== true)) {
    // The current entry may be removed by its own call.
    const next = handler.next;
    if (handler.removed || (event?.[kStop] === true && !handler.resistStopPropagation)) {
      handler = next;
      continue;
    }
    // Deref a weak listener before a `once` removal drops the last strong reference to it
    // (QuickJS frees it at once, where V8 would keep it until the next collection).
    const callback = handler.weak ? handler.callback.deref() : handler.callback;
    if (handler.once) {
      handler.remove();
      root.size--;
      target[kRemoveListener](root.size, type, handler.listener, handler.capture);
    }

    let arg;
    try {
      if (handler.isNodeStyleListener) {
        arg = nodeValue;
      } else {
        if (event === undefined) {
          event = target[kCreateEvent](nodeValue, type);
          event[kTarget] = target;
          event[kIsBeingDispatched] = true;
        }
        arg = event;
      }
      let result;
      if (callback) {
        if (handler.passive && !handler.isNodeStyleListener) arg[kInPassiveListener] = true;
        result = Reflect.apply(callback, target, [arg]);
        if (!handler.isNodeStyleListener) arg[kIsBeingDispatched] = false;
      }
      if (result !== undefined && result !== null) addCatch(result);
    } catch (err) {
      emitUncaughtException(err);
    } finally {
      if (arg?.[kInPassiveListener]) arg[kInPassiveListener] = false;
    }
    handler = next;
  }

  if (event !== undefined) event[kIsBeingDispatched] = false;
}

// A listener's rejected promise becomes an uncaught exception, as a throw does.
function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') Reflect.apply(then, promise, [undefined, emitUncaughtException]);
}

// Errors thrown by listeners surface as uncaught exceptions once the dispatch is over.
function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

// ---------------------------------------------------------------------------------------------
// NodeEventTarget: EventTarget with on/once/off/emit. Node-style listeners (on/once/addListener)
// receive the emitted value; DOM-style listeners receive a CustomEvent whose detail is that value.

class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  constructor() {
    super();
    initEventTarget(this);
  }

  setMaxListeners(n) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    if (this[kEvents] === undefined) return [];
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    if (this[kEvents] === undefined) return 0;
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    dispatch(this, arg, type, undefined);
    return hadListeners;
  }

  once(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    if (this[kEvents] === undefined) return this;
    if (type !== undefined) this[kEvents].delete(String(type));
    else this[kEvents].clear();
    return this;
  }
}

Object.defineProperties(NodeEventTarget.prototype, {
  setMaxListeners: kEnumerableProperty,
  getMaxListeners: kEnumerableProperty,
  eventNames: kEnumerableProperty,
  listenerCount: kEnumerableProperty,
  off: kEnumerableProperty,
  removeListener: kEnumerableProperty,
  on: kEnumerableProperty,
  addListener: kEnumerableProperty,
  once: kEnumerableProperty,
  emit: kEnumerableProperty,
  removeAllListeners: kEnumerableProperty,
});

// ---------------------------------------------------------------------------------------------
// `on<event>` handler attributes (AbortSignal's onabort). The handler is registered once, in
// the order it was first set; setting another function replaces it in place.

function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    validateThisInternalField(this, kHandlers, 'EventTarget');
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${propName}` });

  function set(value) {
    validateThisInternalField(this, kHandlers, 'EventTarget');
    if (this[kHandlers] === undefined) this[kHandlers] = new Map();
    let wrappedHandler = this[kHandlers].get(event);
    if (wrappedHandler) {
      const eventsMap = getEventsMap(this);
      if (typeof wrappedHandler.handler === 'function') {
        const root = eventsMap.get(event);
        if (root !== undefined) {
          root.size--;
          this[kRemoveListener](root.size, event, wrappedHandler.handler, false);
        }
      }
      wrappedHandler.handler = value;
      if (typeof wrappedHandler.handler === 'function') {
        const root = eventsMap.get(event);
        if (root !== undefined) {
          root.size++;
          this[kNewListener](root.size, event, value, false, false, false, false);
        } else {
          // The wrapper was removed with removeEventListener(): register it again.
          this.addEventListener(event, wrappedHandler);
        }
      }
    } else {
      wrappedHandler = makeEventHandler(value);
      this.addEventListener(event, wrappedHandler);
    }
    this[kHandlers].set(event, wrappedHandler);
  }
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${propName}` });

  Object.defineProperty(emitter, propName, {
    __proto__: null, get, set, configurable: true, enumerable: true,
  });
}

// ---------------------------------------------------------------------------------------------
// For events.getEventListeners() and events.listenerCount().

function eventTargetListeners(target, type) {
  const listeners = [];
  let handler = target[kEvents]?.get(type)?.next;
  while (handler?.listener !== undefined) {
    listeners.push(handler.weak ? handler.listener.deref() : handler.listener);
    handler = handler.next;
  }
  return listeners;
}

function eventTargetListenerCount(target, type) {
  return target[kEvents]?.get(type)?.size ?? 0;
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  kCreateEvent,
  kNewListener,
  kTrustEvent,
  kRemoveListener,
  kEvents,
  kWeakHandler,
  kResistStopPropagation,
  kIsNodeStyleListener,
  isEventTarget,
  isEvent,
  eventTargetListeners,
  eventTargetListenerCount,
};

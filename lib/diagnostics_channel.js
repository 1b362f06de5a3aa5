'use strict';
// node:diagnostics_channel — named publish/subscribe channels (Node 24).
// A channel is looked up by name (string or symbol). While it has subscribers or bound stores
// the registry holds it strongly (so channel(name) keeps returning the same object); otherwise
// only weakly. An active channel switches to ActiveChannel.prototype, as Node's does.
// Subscriber exceptions never reach the publisher: they are rethrown on the next tick.
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

// name → { weak: WeakRef<Channel>, strong: Channel | undefined }
const registry = new Map();

function lookup(name) {
  const entry = registry.get(name);
  if (entry === undefined) return undefined;
  const chan = entry.strong ?? entry.weak.deref();
  if (chan === undefined) registry.delete(name);
  return chan;
}

function register(chan) {
  registry.set(chan.name, { weak: new WeakRef(chan), strong: undefined });
}

function hold(chan, strong) {
  const entry = registry.get(chan.name);
  if (entry !== undefined && (entry.strong ?? entry.weak.deref()) === chan) {
    entry.strong = strong ? chan : undefined;
  }
}

function reportLater(err) {
  process.nextTick(() => { throw err; });
}

function identity(data) { return data; }

// One store wrapped around `next`: `next` runs with the store set to transform(data).
function runInStore(store, transform, data, next) {
  return () => {
    let value;
    try {
      value = transform(data);
    } catch (err) {
      reportLater(err);
      return next();
    }
    return store.run(value, next);
  };
}

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    const next = [...this._subscribers];
    next.splice(index, 1);
    this._subscribers = next;
    maybeInactive(this);
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform ?? identity);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    maybeInactive(this);
    return true;
  }

  get hasSubscribers() { return true; }

  publish(data) {
    // A snapshot: (un)subscribing during publish affects the next publish only.
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        Reflect.apply(subscribers[i], undefined, [data, this.name]);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      run = runInStore(store, transform, data, run);
    }
    return run();
  }

}

function activate(chan) {
  Object.setPrototypeOf(chan, ActiveChannel.prototype);
  chan._subscribers = [];
  chan._stores = new Map();
  hold(chan, true);
}

function maybeInactive(chan) {
  if (chan._subscribers.length === 0 && chan._stores.size === 0) {
    Object.setPrototypeOf(chan, Channel.prototype);
    chan._subscribers = undefined;
    chan._stores = undefined;
    hold(chan, false);
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    register(this);
  }

  static [Symbol.hasInstance](value) {
    if (value === undefined || value === null) {
      throw new TypeError('Cannot convert undefined or null to object');
    }
    const proto = Object.getPrototypeOf(value);
    return proto === Channel.prototype || proto === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    activate(this);
    this.subscribe(subscription);
  }

  unsubscribe() { return false; }

  bindStore(store, transform) {
    activate(this);
    this.bindStore(store, transform);
  }

  unbindStore() { return false; }

  get hasSubscribers() { return false; }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

function channel(name) {
  const existing = lookup(name);
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  return channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const chan = lookup(name);
  return chan === undefined ? false : chan.hasSubscribers;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function tracingChannelPart(nameOrChannels, event) {
  if (typeof nameOrChannels === 'string') {
    return channel(`tracing:${nameOrChannels}:${event}`);
  }
  if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
    const chan = nameOrChannels[event];
    if (!(chan instanceof Channel)) {
      throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, ['Channel'], chan);
    }
    return chan;
  }
  throw new ERR_INVALID_ARG_TYPE('nameOrChannels',
                                 ['string', 'object', 'TracingChannel'], nameOrChannels);
}

class TracingChannel {
  constructor(nameOrChannels) {
    for (const event of traceEvents) {
      Object.defineProperty(this, event, {
        __proto__: null, value: tracingChannelPart(nameOrChannels, event),
      });
    }
  }

  get hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers ||
      this.asyncStart.hasSubscribers || this.asyncEnd.hasSubscribers ||
      this.error.hasSubscribers;
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) all = false;
    }
    return all;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const onFulfilled = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const onRejected = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(onFulfilled, onRejected);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      // runStores lets a bound store restore the caller's context for the callback.
      asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};

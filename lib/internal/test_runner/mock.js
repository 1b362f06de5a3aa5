'use strict';
// MockTracker (node:test's `mock` and `t.mock`): mock.fn, mock.method, mock.getter,
// mock.setter, mock.property, reset and restoreAll. mock.timers is not implemented.

const { codes, validators } = require('internal/test_runner/utils');

function noop() {}

function callStack() {
  const err = new Error();
  return err;
}

class MockFunctionContext {
  #calls = [];
  #original;
  #implementation;
  #times;
  #once = new Map();
  #restore;

  constructor(original, implementation, times, restore) {
    this.#original = original;
    this.#implementation = implementation;
    this.#times = times;
    this.#restore = restore;
  }

  get calls() { return this.#calls.slice(); }

  callCount() { return this.#calls.length; }

  mockImplementation(implementation) {
    validators().validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validators().validateFunction(implementation, 'implementation');
    const call = onCall === undefined ? this.#calls.length : onCall;
    validators().validateInteger(call, 'onCall', this.#calls.length);
    this.#once.set(call, implementation);
  }

  resetCalls() { this.#calls = []; }

  restore() {
    this.#implementation = this.#original;
    this.#times = undefined;
    this.#once.clear();
    if (this.#restore !== undefined) this.#restore();
  }

  // Picks the implementation for the next call and accounts for `times`.
  nextImplementation() {
    const n = this.#calls.length;
    if (this.#once.has(n)) {
      const impl = this.#once.get(n);
      this.#once.delete(n);
      return impl;
    }
    const impl = this.#implementation;
    if (this.#times !== undefined) {
      this.#times--;
      if (this.#times <= 0) {
        this.#times = undefined;
        this.#implementation = this.#original;
      }
    }
    return impl;
  }

  record(call) { this.#calls.push(call); }
}

function createMockFunction(original, implementation, times, restore) {
  const ctx = new MockFunctionContext(original, implementation, times, restore);
  const proxy = new Proxy(original, {
    get(target, property, receiver) {
      if (property === 'mock') return ctx;
      return Reflect.get(target, property, receiver);
    },
    apply(target, thisArg, args) {
      const impl = ctx.nextImplementation();
      const call = { arguments: args, error: undefined, result: undefined, stack: callStack(), target: undefined, this: thisArg };
      try {
        call.result = Reflect.apply(impl, thisArg, args);
        return call.result;
      } catch (err) {
        call.error = err;
        throw err;
      } finally {
        ctx.record(call);
      }
    },
    construct(target, args, newTarget) {
      const impl = ctx.nextImplementation();
      const call = { arguments: args, error: undefined, result: undefined, stack: callStack(), target: newTarget, this: undefined };
      try {
        call.result = Reflect.construct(impl, args, newTarget === proxy ? impl : newTarget);
        call.this = call.result;
        return call.result;
      } catch (err) {
        call.error = err;
        throw err;
      } finally {
        ctx.record(call);
      }
    },
  });
  return { proxy, ctx };
}

class MockPropertyContext {
  #accesses = [];
  #value;
  #once = new Map();
  #restore;

  constructor(value, restore) {
    this.#value = value;
    this.#restore = restore;
  }

  get accesses() { return this.#accesses.slice(); }
  accessCount() { return this.#accesses.length; }
  mockImplementation(value) { this.#value = value; }
  mockImplementationOnce(value, onAccess) {
    const n = onAccess === undefined ? this.#accesses.length : onAccess;
    validators().validateInteger(n, 'onAccess', this.#accesses.length);
    this.#once.set(n, value);
  }
  resetAccesses() { this.#accesses = []; }
  restore() { this.#restore(); }

  get(stack) {
    const n = this.#accesses.length;
    let value = this.#value;
    if (this.#once.has(n)) {
      value = this.#once.get(n);
      this.#once.delete(n);
    }
    this.#accesses.push({ type: 'get', value, stack });
    return value;
  }

  set(value, stack) {
    this.#accesses.push({ type: 'set', value, stack });
    this.#value = value;
  }
}

function findDescriptor(object, name) {
  for (let o = object; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, name);
    if (desc !== undefined) return { desc, own: o === object };
  }
  return { desc: undefined, own: false };
}

function validateTarget(object) {
  if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('object', 'object', object);
  }
}

function validateTimes(options) {
  if (options.times === undefined) return undefined;
  validators().validateInteger(options.times, 'options.times', 1);
  return options.times;
}

class MockTracker {
  #mocks = [];

  fn(original = noop, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = noop;
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validators().validateFunction(original, 'original');
    validators().validateFunction(implementation, 'implementation');
    validators().validateObject(options, 'options');
    const times = validateTimes(options);
    const { proxy, ctx } = createMockFunction(original, implementation, times, undefined);
    this.#mocks.push(ctx);
    return proxy;
  }

  method(object, methodName, implementation = kDefault, options = {}) {
    validateTarget(object);
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefault;
    }
    validators().validateObject(options, 'options');
    const getter = options.getter === undefined ? false : options.getter;
    const setter = options.setter === undefined ? false : options.setter;
    validators().validateBoolean(getter, 'options.getter');
    validators().validateBoolean(setter, 'options.setter');
    if (getter && setter) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.setter', setter, "cannot be used with 'options.getter'");
    }
    const times = validateTimes(options);
    const { desc, own } = findDescriptor(object, methodName);
    let original;
    if (desc !== undefined) original = getter ? desc.get : setter ? desc.set : desc.value;
    if (typeof original !== 'function') {
      throw new (codes().ERR_INVALID_ARG_VALUE)('methodName', original, 'must be a method');
    }
    if (implementation === kDefault) implementation = original;
    validators().validateFunction(implementation, 'implementation');

    const restore = () => {
      if (own) Object.defineProperty(object, methodName, desc);
      else delete object[methodName];
    };
    const { proxy, ctx } = createMockFunction(original, implementation, times, restore);
    const mocked = { configurable: desc.configurable, enumerable: desc.enumerable };
    if (getter) {
      mocked.get = proxy;
      mocked.set = desc.set;
    } else if (setter) {
      mocked.get = desc.get;
      mocked.set = proxy;
    } else {
      mocked.value = proxy;
      mocked.writable = desc.writable;
    }
    Object.defineProperty(object, methodName, mocked);
    this.#mocks.push(ctx);
    return proxy;
  }

  getter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefault;
    }
    validators().validateObject(options, 'options');
    if (options.getter === false) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.getter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefault;
    }
    validators().validateObject(options, 'options');
    if (options.setter === false) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.setter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  // Replaces object[propertyName] with a tracked value; returns a proxy of `object` whose
  // `mock` property is the MockPropertyContext.
  property(object, propertyName, value) {
    validateTarget(object);
    if (typeof propertyName !== 'string' && typeof propertyName !== 'symbol') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('propertyName', ['string', 'symbol'], propertyName);
    }
    const { desc, own } = findDescriptor(object, propertyName);
    if (arguments.length < 3) value = object[propertyName];
    const restore = () => {
      if (own) Object.defineProperty(object, propertyName, desc);
      else delete object[propertyName];
    };
    const ctx = new MockPropertyContext(value, restore);
    Object.defineProperty(object, propertyName, {
      configurable: true,
      enumerable: desc === undefined ? true : desc.enumerable,
      get() { return ctx.get(callStack()); },
      set(v) { ctx.set(v, callStack()); },
    });
    this.#mocks.push(ctx);
    return new Proxy(object, {
      get(target, property, receiver) {
        if (property === 'mock') return ctx;
        return Reflect.get(target, property, receiver);
      },
    });
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }

  get timers() {
    throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('mock.timers');
  }
}

const kDefault = Symbol('kDefault');

module.exports = { MockTracker };

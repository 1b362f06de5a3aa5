'use strict';
// Names and headers for util.inspect: the constructor name of a value (with Node's special
// cases for tampered built-in prototypes and for prototype chains without a constructor),
// "Name [tag]" prefixes, and the one-line bases of functions, classes and boxed primitives.
// A factory: inspect.js hands in its formatting core (avoids a require cycle).

const { isClassConstructor } = internalBinding('util');
const {
  isArgumentsObject, isArrayBuffer, isAsyncFunction, isBigIntObject, isBooleanObject, isDate,
  isGeneratorFunction, isMap, isMapIterator, isNativeError, isNumberObject, isRegExp, isSet,
  isSetIterator, isSharedArrayBuffer, isStringObject, isSymbolObject, isTypedArray, isWeakMap,
  isWeakSet,
} = require('internal/util/types');

const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTagGetter =
  Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
const hasInstance = Function.prototype[Symbol.hasInstance];

// Names of the global constructors ("built-ins"): their prototypes are not listed by
// showHidden, and %s inspects objects whose toString is theirs. Node takes the globals it has
// before user code runs and before adding its own (Buffer, URL …); this module may load later,
// so the runtime's globals and functions user code put on the global object (those with
// source text) are left out.
function isUserFunction(value) {
  return typeof value === 'function' &&
    !Function.prototype.toString.call(value).includes('[native code]');
}
const { runtimeGlobals } = require('internal/bootstrap/globals');
const builtInNames = new Set(Object.getOwnPropertyNames(globalThis).filter((n) => {
  if (!/^[A-Z][a-zA-Z0-9]+$/.test(n) || runtimeGlobals.has(n)) return false;
  const desc = Object.getOwnPropertyDescriptor(globalThis, n);
  return !('value' in desc) || !isUserFunction(desc.value);
}));
function isBuiltInName(name) {
  return builtInNames.has(name);
}

// Built-in prototypes whose name is known even when their `constructor` was tampered with.
const wellKnownPrototypes = new Map([
  [Array, 'Array'], [ArrayBuffer, 'ArrayBuffer'], [Function, 'Function'], [Map, 'Map'],
  [Set, 'Set'], [Object, 'Object'], [TypedArray, 'TypedArray'], [RegExp, 'RegExp'],
  [Date, 'Date'], [DataView, 'DataView'], [Error, 'Error'], [AggregateError, 'AggregateError'],
  [RangeError, 'RangeError'], [TypeError, 'TypeError'], [Boolean, 'Boolean'], [Number, 'Number'],
  [String, 'String'], [Promise, 'Promise'], [WeakMap, 'WeakMap'], [WeakSet, 'WeakSet'],
].map(([constructor, name]) => [constructor.prototype, { name, constructor }]));

function hasOwn(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

function isInstanceof(obj, constructor) {
  try { return obj instanceof constructor; } catch { return false; }
}

function ownDataValue(obj, key) {
  const desc = Object.getOwnPropertyDescriptor(obj, key);
  return desc !== undefined ? desc.value : undefined;
}

// The engine's class name of an object (V8's JSReceiver::class_name).
function className(value) {
  if (typeof value === 'function') return 'Function';
  if (isArgumentsObject(value)) return 'Arguments';
  if (Array.isArray(value)) return 'Array';
  if (isArrayBuffer(value)) return 'ArrayBuffer';
  if (isSharedArrayBuffer(value)) return 'SharedArrayBuffer';
  if (isDate(value)) return 'Date';
  if (isNativeError(value)) return 'Error';
  if (isMap(value)) return 'Map';
  if (isMapIterator(value)) return 'Map Iterator';
  if (isRegExp(value)) return 'RegExp';
  if (isSet(value)) return 'Set';
  if (isSetIterator(value)) return 'Set Iterator';
  if (isTypedArray(value)) return typedArrayTagGetter.call(value);
  if (isBooleanObject(value)) return 'Boolean';
  if (isStringObject(value)) return 'String';
  if (isNumberObject(value)) return 'Number';
  if (isBigIntObject(value)) return 'BigInt';
  if (isSymbolObject(value)) return 'Symbol';
  if (isWeakMap(value)) return 'WeakMap';
  if (isWeakSet(value)) return 'WeakSet';
  return 'Object';
}

// What V8's GetConstructorName reports for an object: the first string @@toStringTag data
// property on its prototype chain, or the name of the first `constructor` data property found
// on a prototype (not "Object"), else the class name. (V8 first asks the object's map for the
// function that created it; QuickJS keeps no such record.)
function internalGetConstructorName(value) {
  for (let obj = value; obj !== null; obj = Object.getPrototypeOf(obj)) {
    const tag = ownDataValue(obj, Symbol.toStringTag);
    if (typeof tag === 'string') return tag;
    if (obj !== value) {
      const constructor = ownDataValue(obj, 'constructor');
      if (typeof constructor === 'function') {
        const name = constructor.name;
        if (typeof name === 'string' && name !== '' && name !== 'Object') return name;
      }
    }
  }
  return className(value);
}

/** @type {(constructor: string | null, tag: string, fallback: string, size?: string) => string} */
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '') {
    // A namespaced tag ("my.lib.Name") stands for its constructor when the last part matches.
    const dot = tag.lastIndexOf('.');
    if (constructor === (dot >= 1 ? tag.slice(dot + 1) : tag)) return `${tag}${size} `;
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

// Prefix of an object without a more specific kind.
function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = internalGetConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

const classRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

module.exports = function makeNames({
  inspect, formatValue, formatProperty, formatPrimitive, stylizeNoColor, kObjectType,
}) {
  // Name of the nearest constructor on the prototype chain, null for null-prototype objects,
  // or "<engine name> <[prototype description]>" when the chain has no usable constructor.
  // With showHidden (protoProps is an array) the non-function properties of user-defined
  // prototypes are collected into protoProps.
  function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    let firstProto;
    const tmp = obj;
    while (obj) {
      const wellKnown = wellKnownPrototypes.get(obj);
      if (wellKnown !== undefined && hasInstance.call(wellKnown.constructor, tmp)) {
        if (protoProps !== undefined && firstProto !== obj) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return wellKnown.name;
      }
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
        if (protoProps !== undefined &&
            (firstProto !== obj || !isBuiltInName(descriptor.value.name))) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return String(descriptor.value.name);
      }
      obj = Object.getPrototypeOf(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;
    const res = internalGetConstructorName(tmp);
    if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
    const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoConstr === null) {
      return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
    }
    return `${res} <${protoConstr}>`;
  }

  // showHidden: list the non-function properties of up to three user-defined prototypes.
  function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    let depth = 0;
    let keys;
    let keySet;
    do {
      if (depth !== 0 || main === obj) {
        obj = Object.getPrototypeOf(obj);
        if (obj === null) return;
        const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
        if (descriptor !== undefined && typeof descriptor.value === 'function' &&
            isBuiltInName(descriptor.value.name)) {
          return;
        }
      }
      if (depth === 0) {
        keySet = new Set();
      } else {
        for (const key of keys) keySet.add(key);
      }
      keys = Reflect.ownKeys(obj);
      ctx.seen.push(main);
      for (const key of keys) {
        if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) continue;
        const desc = Object.getOwnPropertyDescriptor(obj, key);
        if (typeof desc.value === 'function') continue;
        const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
        output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
      }
      ctx.seen.pop();
    } while (++depth !== 3);
  }

  function getFunctionBase(ctx, value, constructor, tag) {
    const source = Function.prototype.toString.call(value);
    if (source.startsWith('class') && source.endsWith('}')) {
      const slice = source.slice(5, -1);
      const bracketIndex = slice.indexOf('{');
      if (bracketIndex !== -1 &&
          (!slice.slice(0, bracketIndex).includes('(') ||
           // Slow path to make sure it is a class.
           classRegExp.test(slice.replace(stripCommentsRegExp, '')))) {
        return getClassBase(value, constructor, tag);
      }
    }
    // The embedded library is compiled without source text: there, ask the engine.
    if (source.endsWith('[native code]\n}') && isClassConstructor(value)) {
      return getClassBase(value, constructor, tag);
    }
    let type = 'Function';
    if (isGeneratorFunction(value)) type = `Generator${type}`;
    if (isAsyncFunction(value)) type = `Async${type}`;
    let base = `[${type}`;
    if (constructor === null) base += ' (null prototype)';
    if (value.name === '') {
      base += ' (anonymous)';
    } else {
      base += `: ${typeof value.name === 'string' ? value.name : formatValue(ctx, value.name)}`;
    }
    base += ']';
    if (constructor !== type && constructor !== null) base += ` ${constructor}`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    return base;
  }

  function getClassBase(value, constructor, tag) {
    const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
    let base = `class ${name}`;
    if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    if (constructor !== null) {
      const superName = Object.getPrototypeOf(value).name;
      if (superName) base += ` extends ${superName}`;
    } else {
      base += ' extends [null prototype]';
    }
    return `[${base}]`;
  }

  function getBoxedBase(value, ctx, keys, constructor, tag) {
    let type;
    let primitive;
    if (isNumberObject(value)) {
      type = 'Number';
      primitive = Number.prototype.valueOf.call(value);
    } else if (isStringObject(value)) {
      type = 'String';
      primitive = String.prototype.valueOf.call(value);
      // The index keys of a String object are implied by the printed value.
      keys.splice(0, value.length);
    } else if (isBooleanObject(value)) {
      type = 'Boolean';
      primitive = Boolean.prototype.valueOf.call(value);
    } else if (isBigIntObject(value)) {
      type = 'BigInt';
      primitive = BigInt.prototype.valueOf.call(value);
    } else {
      type = 'Symbol';
      primitive = Symbol.prototype.valueOf.call(value);
    }
    let base = `[${type}`;
    if (type !== constructor) {
      if (constructor === null) base += ' (null prototype)';
      else base += ` (${constructor})`;
    }
    base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
    if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
    if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
    return ctx.stylize(base, type.toLowerCase());
  }

  return {
    getConstructorName, getPrefix, getCtxStyle, getIteratorBraces, getFunctionBase,
    getBoxedBase, isBuiltInName,
  };
};

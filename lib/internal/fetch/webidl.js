'use strict';
// The small part of WebIDL that fetch's classes need, with undici's error messages (Node's
// fetch globals are undici's, and programs match on these texts).

const kEnumerable = Object.freeze({ __proto__: null, enumerable: true });

function exception(header, message) {
  return new TypeError(`${header}: ${message}`);
}

function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

// `Headers.append: 2 arguments required, but only 1 found.`
function argumentLengthCheck(length, min, header) {
  if (length < min) {
    throw exception(header, `${min} argument${min !== 1 ? 's' : ''} required, ` +
                            `but${length ? ' only' : ''} ${length} found.`);
  }
}

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

// DOMString / USVString / ByteString conversions.
function toDOMString(v) {
  if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${v}`;
}

function toUSVString(v) {
  return toDOMString(v).toWellFormed();
}

function toByteString(v) {
  const s = toDOMString(v);
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u00ff]/.test(s)) {
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      if (code > 255) {
        throw new TypeError('Cannot convert argument to a ByteString because the character at ' +
                            `index ${i} has a value of ${code} which is greater than 255.`);
      }
    }
  }
  return s;
}

// How undici's messages show a value: strings quoted, objects through util.inspect.
let inspect;
function stringify(v) {
  switch (typeof v) {
    case 'symbol': return `Symbol(${v.description})`;
    case 'string': return `"${v}"`;
    case 'bigint': return `${v}n`;
    case 'object':
    case 'function':
      if (v !== null) {
        inspect ??= require('internal/util/inspect').inspect;
        return inspect(v);
      }
      // Falls through.
    default: return `${v}`;
  }
}

// `FormData.append: Expected value ("{}") to be an instance of Blob.`
function interfaceError(header, argument, value, name) {
  return exception(header, `Expected ${argument} ("${stringify(value)}") to be an instance of ${name}.`);
}

// A dictionary argument: undefined and null are empty, other primitives are rejected.
function checkDictionary(v, header) {
  if (v != null && !isObjectLike(v)) {
    throw exception(header, `Expected ${stringify(v)} to be one of: Null, Undefined, Object.`);
  }
}

function checkEnum(value, allowed) {
  const s = toDOMString(value);
  if (!allowed.includes(s)) {
    throw new TypeError(`undefined: ${s} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return s;
}

// Make accessors and methods enumerable, as WebIDL interfaces have them.
function makeEnumerable(proto, names) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    d.enumerable = true;
    Object.defineProperty(proto, name, d);
  }
}

function setToStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
}

// Iterators over a live list of pairs (Headers, FormData): `[object Headers Iterator]`,
// a prototype under %IteratorPrototype% with an enumerable next().
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function makeIteratorClass(tag, getPairs) {
  const states = new WeakMap();  // iterator -> { target, kind, index }
  const proto = Object.create(IteratorPrototype, {
    next: {
      value: function next() {
        const state = states.get(this);
        if (state === undefined) {
          throw new TypeError(`'next' called on an object that does not implement interface ${tag}.`);
        }
        const pairs = getPairs(state.target);
        const index = state.index;
        if (index >= pairs.length) return { value: undefined, done: true };
        state.index = index + 1;
        const { 0: key, 1: value } = pairs[index];
        const kind = state.kind;
        return { value: kind === 'key' ? key : kind === 'value' ? value : [key, value], done: false };
      },
      writable: true, enumerable: true, configurable: true,
    },
    [Symbol.toStringTag]: { value: tag, writable: false, enumerable: false, configurable: true },
  });
  return function createIterator(target, kind) {
    const it = Object.create(proto);
    states.set(it, { target, kind, index: 0 });
    return it;
  };
}

module.exports = {
  argumentLengthCheck,
  checkDictionary,
  checkEnum,
  exception,
  illegalInvocation,
  interfaceError,
  isObjectLike,
  kEnumerable,
  makeEnumerable,
  makeIteratorClass,
  setToStringTag,
  stringify,
  toByteString,
  toDOMString,
  toUSVString,
};

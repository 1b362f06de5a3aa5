'use strict';
// Headers (https://fetch.spec.whatwg.org/#headers-class) as undici's: a header list keyed by
// lower-cased name that keeps the first spelling for util.inspect, Set-Cookie kept as separate
// values (getSetCookie), iteration over the sorted-and-combined list, guards.

const {
  argumentLengthCheck,
  exception,
  illegalInvocation,
  isObjectLike,
  makeEnumerable,
  makeIteratorClass,
  setToStringTag,
  stringify,
  toByteString,
  toDOMString,
} = require('internal/fetch/webidl');

// RFC 9110 token characters.
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function isValidHeaderName(name) {
  return tokenRe.test(name);
}

// Leading and trailing HTTP whitespace (tab, LF, CR, space) are removed from values.
function normalizeValue(value) {
  let start = 0;
  let end = value.length;
  while (start < end && isHTTPWhitespace(value.charCodeAt(start))) start++;
  while (end > start && isHTTPWhitespace(value.charCodeAt(end - 1))) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}
function isHTTPWhitespace(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

// A normalized value must hold no NUL, CR or LF.
function isValidHeaderValue(value) {
  return !/[\0\r\n]/.test(value);
}

// Regular expressions cost about a microsecond a test in the interpreter, and programs use the
// same few header names over and over: names already found valid are remembered.
const validNames = new Map();
function checkName(name, header) {
  if (!isValidHeaderName(name)) throw exception(header, `"${name}" is an invalid header name.`);
  if (validNames.size >= 1024) validNames.clear();
  validNames.set(name, true);
}

// Converts (ByteString) and validates a name; ByteString errors come before validity errors.
function toHeaderName(name, header) {
  if (typeof name === 'string' && validNames.has(name)) return name;
  name = toByteString(name);
  checkName(name, header);
  return name;
}

// Anything that needs the slow path: a non-Latin-1 character, NUL, CR or LF.
const suspiciousValue = /[\0\n\r\u0100-\uffff]/;

// WebIDL converts both arguments before the name and value are checked, so the errors come in
// that order: the name's ByteString error, the value's, the invalid name, the invalid value.
function toHeaderPair(name, value, header) {
  const known = typeof name === 'string' && validNames.has(name);
  if (!known) name = toByteString(name);
  if (typeof value !== 'string') value = toDOMString(value);
  const suspicious = suspiciousValue.test(value);
  if (suspicious) toByteString(value);
  if (!known) checkName(name, header);
  value = normalizeValue(value);
  if (suspicious && !isValidHeaderValue(value)) throw exception(header, `"${value}" is an invalid header value.`);
  return [name, value];
}

class HeadersList {
  constructor(init) {
    // lower-cased name -> { name (first spelling), value (combined with ', ') }
    this.map = new Map(init?.map);
    this.cookies = init?.cookies ? [...init.cookies] : null;
    this.sorted = null;
  }

  contains(name) {
    return this.map.has(name.toLowerCase());
  }

  get(name) {
    const entry = this.map.get(name.toLowerCase());
    return entry === undefined ? null : entry.value;
  }

  append(name, value) {
    this.sorted = null;
    const lower = name.toLowerCase();
    const entry = this.map.get(lower);
    if (entry !== undefined) {
      entry.value = `${entry.value}${lower === 'cookie' ? '; ' : ', '}${value}`;
    } else {
      this.map.set(lower, { name, value });
    }
    if (lower === 'set-cookie') (this.cookies ??= []).push(value);
  }

  set(name, value) {
    this.sorted = null;
    const lower = name.toLowerCase();
    if (lower === 'set-cookie') this.cookies = [value];
    this.map.set(lower, { name, value });
  }

  delete(name) {
    this.sorted = null;
    const lower = name.toLowerCase();
    if (lower === 'set-cookie') this.cookies = null;
    this.map.delete(lower);
  }

  // The sort-and-combine list: names lower-cased in code-unit order, one pair per Set-Cookie.
  sortedPairs() {
    if (this.sorted !== null) return this.sorted;
    const names = [...this.map.keys()].sort();
    const out = [];
    for (const name of names) {
      if (name === 'set-cookie' && this.cookies !== null) {
        for (const cookie of this.cookies) out.push([name, cookie]);
      } else {
        out.push([name, this.map.get(name).value]);
      }
    }
    this.sorted = out;
    return out;
  }

  // { FirstSpelling: combinedValue } for util.inspect.
  entriesObject() {
    const obj = {};
    for (const { name, value } of this.map.values()) obj[name] = value;
    return obj;
  }

  // [name, value] pairs in insertion order, Set-Cookie separate (what is written on the wire).
  *raw() {
    for (const [lower, { name, value }] of this.map) {
      if (lower === 'set-cookie' && this.cookies !== null) {
        for (const cookie of this.cookies) yield [name, cookie];
      } else {
        yield [name, value];
      }
    }
  }
}

let getList;
let getGuard;
let setGuard;
let createHeaders;

const createIterator = makeIteratorClass('Headers Iterator', (headers) => getList(headers).sortedPairs());

class Headers {
  #list;
  #guard = 'none';

  constructor(init = undefined) {
    this.#list = new HeadersList();
    if (init === undefined) return;
    fillHeaders(this, init, 'Headers constructor');
  }

  // Rest parameters: reading `arguments` costs more than the whole lookup in the interpreter.
  append(...args) {
    if (!(#list in this)) throw illegalInvocation();
    argumentLengthCheck(args.length, 2, 'Headers.append');
    const { 0: name, 1: value } = toHeaderPair(args[0], args[1], 'Headers.append');
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    this.#list.append(name, value);
  }

  delete(...args) {
    if (!(#list in this)) throw illegalInvocation();
    argumentLengthCheck(args.length, 1, 'Headers.delete');
    const name = toHeaderName(args[0], 'Headers.delete');
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    this.#list.delete(name);
  }

  get(...args) {
    if (!(#list in this)) throw illegalInvocation();
    argumentLengthCheck(args.length, 1, 'Headers.get');
    return this.#list.get(toHeaderName(args[0], 'Headers.get'));
  }

  has(...args) {
    if (!(#list in this)) throw illegalInvocation();
    argumentLengthCheck(args.length, 1, 'Headers.has');
    return this.#list.contains(toHeaderName(args[0], 'Headers.has'));
  }

  set(...args) {
    if (!(#list in this)) throw illegalInvocation();
    argumentLengthCheck(args.length, 2, 'Headers.set');
    const { 0: name, 1: value } = toHeaderPair(args[0], args[1], 'Headers.set');
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    this.#list.set(name, value);
  }

  getSetCookie() {
    if (!(#list in this)) throw illegalInvocation();
    const cookies = this.#list.cookies;
    return cookies ? [...cookies] : [];
  }

  keys() {
    if (!(#list in this)) throw illegalInvocation();
    return createIterator(this, 'key');
  }

  values() {
    if (!(#list in this)) throw illegalInvocation();
    return createIterator(this, 'value');
  }

  entries() {
    if (!(#list in this)) throw illegalInvocation();
    return createIterator(this, 'key+value');
  }

  forEach(callbackFn, thisArg = undefined) {
    if (!(#list in this)) throw illegalInvocation();
    argumentLengthCheck(arguments.length, 1, 'Headers.forEach');
    if (typeof callbackFn !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [key, value] of this) Reflect.apply(callbackFn, thisArg, [value, key, this]);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    options.depth ??= depth;
    return `Headers ${inspect(this.#list.entriesObject(), options)}`;
  }

  static {
    getList = (h) => h.#list;
    getGuard = (h) => h.#guard;
    setGuard = (h, guard) => { h.#guard = guard; };
    createHeaders = (list, guard) => {
      const h = new Headers();
      if (list !== undefined) h.#list = list;
      h.#guard = guard;
      return h;
    };
  }
}

function isHeaders(v) {
  try {
    getList(v);
    return true;
  } catch {
    return false;
  }
}

function appendHeader(headers, name, value, header) {
  const pair = toHeaderPair(name, value, header);
  if (getGuard(headers) === 'immutable') throw new TypeError('immutable');
  getList(headers).append(pair[0], pair[1]);
}

// https://fetch.spec.whatwg.org/#concept-headers-fill: a sequence of pairs or a record.
function fillHeaders(headers, init, header) {
  if (!isObjectLike(init)) {
    throw exception(header, 'Argument 1 could not be converted to one of: ' +
                            'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  const iteratorMethod = init[Symbol.iterator];
  if (iteratorMethod != null) {
    if (typeof iteratorMethod !== 'function') {
      throw exception(header, 'Argument 1 could not be converted to one of: ' +
                              'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    }
    if (isHeaders(init)) {
      for (const [name, value] of getList(init).raw()) getList(headers).append(name, value);
      return;
    }
    const pairs = [];
    let index = 0;
    for (const pair of { [Symbol.iterator]: () => Reflect.apply(iteratorMethod, init, []) }) {
      if (!isObjectLike(pair)) throw exception(header, `init[${index}] (${stringify(pair)}) is not iterable.`);
      if (typeof pair[Symbol.iterator] !== 'function') throw exception(header, `init[${index}] is not iterable.`);
      const items = [...pair].map(toByteString);
      if (items.length !== 2) {
        throw exception(header, `expected name/value pair to be length 2, found ${items.length}.`);
      }
      pairs.push(items);
      index++;
    }
    for (const { 0: name, 1: value } of pairs) appendHeader(headers, name, value, 'Headers.append');
    return;
  }
  // A record: own enumerable keys; a symbol key is an error.
  const record = [];
  for (const key of Object.getOwnPropertySymbols(init)) {
    if (Object.prototype.propertyIsEnumerable.call(init, key)) {
      throw exception(header, `Key ${stringify(key)} in init is a symbol, which cannot be converted to a ByteString.`);
    }
  }
  for (const key of Object.keys(init)) record.push(key, toDOMString(init[key]));
  // The whole record is converted (ByteString) before anything is appended.
  if (/[\u0100-\uffff]/.test(record.join(''))) record.forEach(toByteString);
  for (let i = 0; i < record.length; i += 2) appendHeader(headers, record[i], record[i + 1], 'Headers.append');
}

Object.defineProperty(Headers.prototype, Symbol.iterator, {
  value: Headers.prototype.entries, writable: true, enumerable: false, configurable: true,
});
setToStringTag(Headers.prototype, 'Headers');
require('internal/structured_clone').markPrototypeUncloneable(Headers.prototype);
for (const [name, length] of [['append', 2], ['delete', 1], ['get', 1], ['has', 1], ['set', 2]]) {
  Object.defineProperty(Headers.prototype[name], 'length', { value: length });
}
makeEnumerable(Headers.prototype, ['append', 'delete', 'get', 'has', 'set', 'getSetCookie',
                                   'keys', 'values', 'entries', 'forEach']);

module.exports = {
  Headers,
  HeadersList,
  appendHeader,
  createHeaders,
  fillHeaders,
  getGuard,
  getList,
  isHeaders,
  isValidHeaderName,
  isValidHeaderValue,
  normalizeValue,
  setGuard,
};

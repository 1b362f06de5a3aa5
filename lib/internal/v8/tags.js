'use strict';
// The tags of V8's ValueSerializer wire format (version 15) and the small tables shared by
// lib/internal/v8/serializer.js and deserializer.js.

const c = (ch) => ch.charCodeAt(0);

const tags = {
  kLatestVersion: 15,
  kVersion: 0xff,
  kPadding: 0x00,
  kVerifyObjectCount: c('?'),
  kTheHole: c('-'),
  kUndefined: c('_'),
  kNull: c('0'),
  kTrue: c('T'),
  kFalse: c('F'),
  kInt32: c('I'),
  kUint32: c('U'),
  kDouble: c('N'),
  kBigInt: c('Z'),
  kUtf8String: c('S'),
  kOneByteString: c('"'),
  kTwoByteString: c('c'),
  kObjectReference: c('^'),
  kBeginJSObject: c('o'),
  kEndJSObject: c('{'),
  kBeginSparseJSArray: c('a'),
  kEndSparseJSArray: c('@'),
  kBeginDenseJSArray: c('A'),
  kEndDenseJSArray: c('$'),
  kDate: c('D'),
  kTrueObject: c('y'),
  kFalseObject: c('x'),
  kNumberObject: c('n'),
  kBigIntObject: c('z'),
  kStringObject: c('s'),
  kRegExp: c('R'),
  kBeginJSMap: c(';'),
  kEndJSMap: c(':'),
  kBeginJSSet: c('\''),
  kEndJSSet: c(','),
  kArrayBuffer: c('B'),
  kResizableArrayBuffer: c('~'),
  kArrayBufferTransfer: c('t'),
  kArrayBufferView: c('V'),
  kSharedArrayBuffer: c('u'),
  kHostObject: c('\\'),
  kError: c('r'),
  kErrorMessage: c('m'),
  kErrorStack: c('s'),
  kErrorCause: c('c'),
  kErrorEnd: c('.'),
  kBufferTypeIndex: 10,
};

// Error prototypes: tag ↔ constructor (a plain Error has no tag).
const errorTags = [
  [c('E'), EvalError], [c('R'), RangeError], [c('F'), ReferenceError],
  [c('S'), SyntaxError], [c('T'), TypeError], [c('U'), URIError],
];

function errorPrototypeTag(err) {
  let proto = Object.getPrototypeOf(err);
  while (proto !== null) {
    for (const [tag, ctor] of errorTags) if (proto === ctor.prototype) return tag;
    if (proto === Error.prototype) return undefined;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

function errorConstructor(tag) {
  for (const [t, ctor] of errorTags) if (t === tag) return ctor;
  return undefined;
}

// ArrayBufferView subtags ('V'): element type → tag.
const viewTags = [
  ['Int8Array', c('b')], ['Uint8Array', c('B')], ['Uint8ClampedArray', c('C')],
  ['Int16Array', c('w')], ['Uint16Array', c('W')], ['Int32Array', c('d')], ['Uint32Array', c('D')],
  ['Float16Array', c('h')], ['Float32Array', c('f')], ['Float64Array', c('F')],
  ['BigInt64Array', c('q')], ['BigUint64Array', c('Q')], ['DataView', c('?')],
];

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
function viewTypeName(view) { return getTag.call(view) || 'DataView'; }

function viewTag(view) {
  const name = viewTypeName(view);
  for (const [n, t] of viewTags) if (n === name) return t;
  return c('?');
}

function viewConstructor(tag) {
  for (const [n, t] of viewTags) if (t === tag) return globalThis[n];
  return undefined;
}

// Node's DefaultSerializer host-object type indices (10 is Buffer).
const arrayBufferViewTypes = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'DataView', 'Buffer', 'BigInt64Array',
  'BigUint64Array',
];

function arrayBufferViewTypeIndex(view) {
  return arrayBufferViewTypes.indexOf(viewTypeName(view));
}

// RegExp flags as V8's bit set.
const regExpFlagBits = { g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, d: 128, v: 256 };

function regExpFlags(flags) {
  let bits = 0;
  for (const f of flags) bits |= regExpFlagBits[f] || 0;
  return bits;
}

function regExpFlagString(bits) {
  let s = '';
  for (const f of 'dgimsuvy') if (bits & regExpFlagBits[f]) s += f;
  return s;
}

// A property key that is an array index (up to 2^32 - 2) → its number, else -1.
function arrayIndex(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1;
  if (key.length > 1 && key.charCodeAt(0) === 48) return -1;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
  }
  const n = Number(key);
  return n <= 4294967294 ? n : -1;
}

// The native binding's argument errors: ERR_INVALID_ARG_TYPE with a short message.
function invalidArg(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

module.exports = {
  ...tags, invalidArg, errorPrototypeTag, errorConstructor, viewTag, viewConstructor, arrayBufferViewTypes,
  arrayBufferViewTypeIndex, regExpFlags, regExpFlagString, arrayIndex,
};

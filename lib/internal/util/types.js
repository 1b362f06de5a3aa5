'use strict';
// util.types: brand checks. Most come from the native 'types' binding (they cannot be fooled
// by Symbol.toStringTag); typed-array checks use the %TypedArray%.prototype[@@toStringTag]
// getter, which returns the element type name for real typed arrays and undefined otherwise.

const binding = internalBinding('types');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

function typedArrayTag(value) {
  return getTypedArrayTag.call(value);
}

function isTypedArray(value) {
  return typedArrayTag(value) !== undefined;
}

function makeCheck(name) {
  const check = function (value) { return typedArrayTag(value) === name; };
  Object.defineProperty(check, 'name', { value: `is${name}` });
  return check;
}

const isUint8Array = makeCheck('Uint8Array');
const isUint8ClampedArray = makeCheck('Uint8ClampedArray');
const isUint16Array = makeCheck('Uint16Array');
const isUint32Array = makeCheck('Uint32Array');
const isInt8Array = makeCheck('Int8Array');
const isInt16Array = makeCheck('Int16Array');
const isInt32Array = makeCheck('Int32Array');
const isFloat16Array = makeCheck('Float16Array');
const isFloat32Array = makeCheck('Float32Array');
const isFloat64Array = makeCheck('Float64Array');
const isBigInt64Array = makeCheck('BigInt64Array');
const isBigUint64Array = makeCheck('BigUint64Array');

// Crypto's checks live with its key classes, loaded only when an object is asked about.
function isKeyObject(value) {
  if (value === null || typeof value !== 'object') return false;
  return require('internal/crypto/keys').isKeyObject(value);
}
function isCryptoKey(value) {
  if (value === null || typeof value !== 'object') return false;
  return require('internal/crypto/keys').isCryptoKey(value);
}

const nativeNames = [
  'isArgumentsObject', 'isArrayBuffer', 'isAsyncFunction', 'isBigIntObject', 'isBooleanObject',
  'isDate', 'isExternal', 'isGeneratorFunction', 'isGeneratorObject', 'isMap', 'isMapIterator',
  'isModuleNamespaceObject', 'isNativeError', 'isNumberObject', 'isPromise', 'isProxy',
  'isRegExp', 'isSet', 'isSetIterator', 'isSharedArrayBuffer', 'isStringObject',
  'isSymbolObject', 'isWeakMap', 'isWeakSet', 'isAnyArrayBuffer', 'isBoxedPrimitive',
];

// Like Node's native checks, these functions are anonymous and of length 0.
const native = {};
for (const name of nativeNames) {
  const fn = typeof binding[name] === 'function' ? binding[name] : () => false;
  Object.defineProperty(fn, 'name', { value: '' });
  Object.defineProperty(fn, 'length', { value: 0 });
  native[name] = fn;
}

module.exports = {
  ...native,
  isArrayBufferView: ArrayBuffer.isView,
  isDataView: binding.isDataView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat16Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};

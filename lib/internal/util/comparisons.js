'use strict';
// Deep equality used by assert.deepEqual / deepStrictEqual / partialDeepStrictEqual and
// util.isDeepStrictEqual. Behaviour follows the "Comparison details" sections of Node 24's
// assert documentation:
//  - primitives: Object.is (strict) or == with NaN equal to NaN (loose)
//  - strict: [[Prototype]] (===) and type tag must match; enumerable own symbol keys compared
//  - own enumerable string keys compared unordered; holes in arrays matter
//  - Error name/message/cause/errors compared even when not enumerable
//  - RegExp source/flags/lastIndex, Date time value (invalid dates equal), boxed primitives
//  - Map/Set compared unordered (object keys/items matched deeply)
//  - typed arrays / ArrayBuffers / DataViews compared byte-wise (loose floats with ==)
//  - WeakMap/WeakSet/Promise only equal when reference-equal
//  - recursion stops when both sides meet a circular reference
// Partial mode (assert.partialDeepStrictEqual): `expected` (b) only needs to be contained in
// `actual` (a): keys/items/entries of b must exist in a; arrays match as ordered subsequences.

const types = require('internal/util/types');

const kLoose = 0;
const kStrict = 1;
const kPartial = 2;

const hasOwn = Object.prototype.hasOwnProperty;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const objectToString = Object.prototype.toString;
const getTypedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function isObjectLike(v) {
  return v !== null && typeof v === 'object';
}

function typedArrayTag(v) {
  return getTypedArrayTag.call(v);
}

function isTypedArray(v) {
  return typedArrayTag(v) !== undefined;
}

function isIndexKey(key, length) {
  // Canonical array index: no leading zeros, below length.
  if (typeof key !== 'string' || key.length === 0) return false;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  if (key.length > 1 && c === 48) return false;
  for (let i = 1; i < key.length; i++) {
    const d = key.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  const n = Number(key);
  return n < length;
}

function ownKeys(obj, mode, skipIndices, length) {
  let keys = Object.keys(obj);
  if (skipIndices) keys = keys.filter((k) => !isIndexKey(k, length));
  if (mode !== kLoose) {
    const syms = Object.getOwnPropertySymbols(obj);
    for (let i = 0; i < syms.length; i++) {
      if (propertyIsEnumerable.call(obj, syms[i])) keys.push(syms[i]);
    }
  }
  return keys;
}

function isOwnEnumerable(obj, key) {
  return propertyIsEnumerable.call(obj, key);
}

// ---- primitives -------------------------------------------------------------------------

function primitiveEqual(a, b, mode) {
  if (mode === kLoose) {
    // eslint-disable-next-line eqeqeq
    return a == b || (a !== a && b !== b);
  }
  return Object.is(a, b);
}

// ---- entry ------------------------------------------------------------------------------

function innerDeepEqual(a, b, mode, memos) {
  if (a === b) {
    return mode === kLoose || a !== 0 || Object.is(a, b);
  }
  const aObj = isObjectLike(a);
  const bObj = isObjectLike(b);
  if (!aObj || !bObj) {
    if (aObj || bObj) return false;
    if (typeof a === 'function' || typeof b === 'function') return false;
    return primitiveEqual(a, b, mode);
  }
  return objectEquiv(a, b, mode, memos);
}

// Node 24 accepts distinct prototype objects when they share the same constructor (e.g.
// objects made with Object.create({}) or generator objects of different functions).
function prototypesMatch(pa, pb) {
  if (pa === pb) return true;
  if (pa === null || pb === null) return false;
  const ca = pa.constructor;
  return ca !== undefined && ca === pb.constructor;
}

// Brand checks whose results must agree on both sides (checked in every mode).
function kindOf(v) {
  if (Array.isArray(v)) return 'array';
  if (types.isArgumentsObject(v)) return 'arguments';
  if (types.isDate(v)) return 'date';
  if (types.isRegExp(v)) return 'regexp';
  if (types.isBoxedPrimitive(v)) return 'boxed';
  if (types.isNativeError(v) || v instanceof Error) return 'error';
  if (types.isMap(v)) return 'map';
  if (types.isSet(v)) return 'set';
  if (isTypedArray(v)) return 'typedarray';
  if (types.isDataView(v)) return 'dataview';
  if (types.isArrayBuffer(v)) return 'arraybuffer';
  if (types.isSharedArrayBuffer(v)) return 'sharedarraybuffer';
  if (types.isWeakMap(v)) return 'weakmap';
  if (types.isWeakSet(v)) return 'weakset';
  if (types.isPromise(v)) return 'promise';
  if (typeof URL === 'function' && v instanceof URL) return 'url';
  return 'object';
}

function objectEquiv(a, b, mode, memos) {
  if (mode === kStrict) {
    if (!prototypesMatch(Object.getPrototypeOf(a), Object.getPrototypeOf(b))) return false;
  }
  if (mode !== kLoose) {
    if (objectToString.call(a) !== objectToString.call(b)) return false;
  }
  const kind = kindOf(a);
  if (kind !== kindOf(b)) return false;

  let length = 0;
  let skipIndices = false;
  switch (kind) {
    case 'array':
      if (mode !== kPartial && a.length !== b.length) return false;
      length = Math.max(a.length, b.length);
      skipIndices = true;
      break;
    case 'date': {
      const ta = a.getTime();
      const tb = b.getTime();
      if (ta !== tb && !(ta !== ta && tb !== tb)) return false;
      break;
    }
    case 'regexp':
      if (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
      break;
    case 'boxed':
      if (!boxedEqual(a, b)) return false;
      break;
    case 'error':
      if (a.message !== b.message || a.name !== b.name) return false;
      break;
    case 'typedarray':
      if (typedArrayTag(a) !== typedArrayTag(b)) return false;
      if (!typedArrayEqual(a, b, mode)) return false;
      length = Math.max(a.length, b.length);
      skipIndices = true;
      break;
    case 'dataview':
      if (!bytesEqual(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
                      new Uint8Array(b.buffer, b.byteOffset, b.byteLength), mode)) return false;
      break;
    case 'arraybuffer':
    case 'sharedarraybuffer':
      if (!bytesEqual(new Uint8Array(a), new Uint8Array(b), mode)) return false;
      break;
    case 'weakmap':
    case 'weakset':
    case 'promise':
      return false; // only reference-equal instances are equal (a !== b here)
    case 'url':
      if (a.href !== b.href) return false;
      break;
    case 'map':
      if (mode !== kPartial ? a.size !== b.size : b.size > a.size) return false;
      break;
    case 'set':
      if (mode !== kPartial ? a.size !== b.size : b.size > a.size) return false;
      break;
    default:
      break;
  }

  // Own enumerable keys.
  const keysB = ownKeys(b, mode, skipIndices, length);
  if (mode === kPartial) {
    for (let i = 0; i < keysB.length; i++) {
      if (!isOwnEnumerable(a, keysB[i])) return false;
    }
  } else {
    const keysA = ownKeys(a, mode, skipIndices, length);
    if (keysA.length !== keysB.length) return false;
    for (let i = 0; i < keysA.length; i++) {
      if (!isOwnEnumerable(b, keysA[i])) return false;
    }
  }

  // Cycle detection: the set holds every object on the current comparison path (both
  // sides). Meeting a circular reference on both sides ends the recursion as equal; on
  // only one side, the values differ.
  if (memos === undefined) {
    memos = new Set();
  } else {
    const seenA = memos.has(a);
    const seenB = memos.has(b);
    if (seenA || seenB) return seenA && seenB;
  }
  memos.add(a);
  memos.add(b);
  const result = compareContents(a, b, mode, memos, kind, keysB);
  memos.delete(a);
  memos.delete(b);
  return result;
}

function compareContents(a, b, mode, memos, kind, keysB) {
  if (kind === 'error') {
    for (const prop of ['cause', 'errors']) {
      const inB = prop in b;
      if (mode === kPartial) {
        if (inB && (!(prop in a) || !innerDeepEqual(a[prop], b[prop], mode, memos))) return false;
      } else {
        if ((prop in a) !== inB) return false;
        if (inB && !innerDeepEqual(a[prop], b[prop], mode, memos)) return false;
      }
    }
  }
  if (kind === 'array') {
    if (mode === kPartial) {
      if (!partialArrayEqual(a, b, memos)) return false;
    } else {
      for (let i = 0; i < a.length; i++) {
        const hasA = hasOwn.call(a, i);
        if (hasA !== hasOwn.call(b, i)) return false;
        if (hasA && !innerDeepEqual(a[i], b[i], mode, memos)) return false;
      }
    }
  }
  for (let i = 0; i < keysB.length; i++) {
    const key = keysB[i];
    if (!innerDeepEqual(a[key], b[key], mode, memos)) return false;
  }
  if (kind === 'set') return setEquiv(a, b, mode, memos);
  if (kind === 'map') return mapEquiv(a, b, mode, memos);
  return true;
}

function partialArrayEqual(a, b, memos) {
  let i = 0;
  for (let j = 0; j < b.length; j++) {
    if (!hasOwn.call(b, j)) continue;
    while (i < a.length && !innerDeepEqual(a[i], b[j], kPartial, memos)) i++;
    if (i >= a.length) return false;
    i++;
  }
  return true;
}

function boxedEqual(a, b) {
  const checks = [
    [types.isNumberObject, Number.prototype.valueOf],
    [types.isStringObject, String.prototype.valueOf],
    [types.isBooleanObject, Boolean.prototype.valueOf],
    [types.isBigIntObject, BigInt.prototype.valueOf],
    [types.isSymbolObject, Symbol.prototype.valueOf],
  ];
  for (const [check, valueOf] of checks) {
    const isA = check(a);
    if (isA !== check(b)) return false;
    if (isA) return Object.is(valueOf.call(a), valueOf.call(b));
  }
  return false;
}

function bytesEqual(x, y, mode) {
  if (mode === kPartial) return partialSequence(x, y);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

// Each element of `y` appears in `x` in order (Object.is).
function partialSequence(x, y) {
  let i = 0;
  for (let j = 0; j < y.length; j++) {
    while (i < x.length && !Object.is(x[i], y[j])) i++;
    if (i >= x.length) return false;
    i++;
  }
  return true;
}

function typedArrayEqual(a, b, mode) {
  if (mode === kPartial) return partialSequence(a, b);
  if (a.length !== b.length || a.byteLength !== b.byteLength) return false;
  const tag = typedArrayTag(a);
  if (mode === kLoose && (tag === 'Float32Array' || tag === 'Float64Array' || tag === 'Float16Array')) {
    for (let i = 0; i < a.length; i++) {
      // eslint-disable-next-line eqeqeq
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  return bytesEqual(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
                    new Uint8Array(b.buffer, b.byteOffset, b.byteLength), mode);
}

function isPrimitiveLike(v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

// Matches every item of `source` to a distinct item of `target`. Items present in both by
// SameValueZero match directly; the rest are matched pairwise by deep equality.
function setEquiv(a, b, mode, memos) {
  const source = mode === kPartial ? b : a;
  const target = mode === kPartial ? a : b;
  let pending = null;
  for (const item of source) {
    if (target.has(item)) continue;
    if (isPrimitiveLike(item) && mode !== kLoose) return false;
    if (typeof item === 'function') return false;
    if (pending === null) pending = [];
    pending.push(item);
  }
  if (pending === null) return true;
  const candidates = [];
  for (const item of target) {
    if (!source.has(item) && typeof item !== 'function') candidates.push(item);
  }
  for (const item of pending) {
    const idx = candidates.findIndex((c) => (mode === kPartial ?
      innerDeepEqual(c, item, mode, memos) : innerDeepEqual(item, c, mode, memos)));
    if (idx === -1) return false;
    candidates.splice(idx, 1);
  }
  return true;
}

function mapEquiv(a, b, mode, memos) {
  const source = mode === kPartial ? b : a;
  const target = mode === kPartial ? a : b;
  let pending = null;
  for (const [key, value] of source) {
    if (target.has(key)) {
      const other = target.get(key);
      const ok = mode === kPartial ?
        innerDeepEqual(other, value, mode, memos) : innerDeepEqual(value, other, mode, memos);
      if (!ok) return false;
      continue;
    }
    if (isPrimitiveLike(key) && mode !== kLoose) return false;
    if (typeof key === 'function') return false;
    if (pending === null) pending = [];
    pending.push([key, value]);
  }
  if (pending === null) return true;
  const candidates = [];
  for (const entry of target) {
    if (!source.has(entry[0]) && typeof entry[0] !== 'function') candidates.push(entry);
  }
  for (const [key, value] of pending) {
    const idx = candidates.findIndex(([k, v]) => (mode === kPartial ?
      innerDeepEqual(k, key, mode, memos) && innerDeepEqual(v, value, mode, memos) :
      innerDeepEqual(key, k, mode, memos) && innerDeepEqual(value, v, mode, memos)));
    if (idx === -1) return false;
    candidates.splice(idx, 1);
  }
  return true;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose, undefined);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, kStrict, undefined);
}

function isPartialStrictEqual(actual, expected) {
  return innerDeepEqual(actual, expected, kPartial, undefined);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  isPartialStrictEqual,
};

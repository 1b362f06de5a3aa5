'use strict';
// Deep equality used by assert.deepEqual / deepStrictEqual / partialDeepStrictEqual and
// util.isDeepStrictEqual, with Node 24's algorithm (so its quirks too):
//  - primitives: Object.is (strict), == with NaN equal to NaN (loose)
//  - strict: same prototype (for well-known constructors, or inherited `constructor`
//    properties, the same `constructor`); isDeepStrictEqual(a, b, true) skips that check
//  - own enumerable keys compared unordered (enumerable symbols too, except in loose mode)
//  - arrays: holes matter; in loose mode an element `null` on the right matches anything
//  - Error message/name/cause/errors compared even when not enumerable
//  - RegExp source/flags/lastIndex, Date time value, boxed primitives, URL href
//  - Map/Set compared unordered (object keys/items matched deeply)
//  - typed arrays / ArrayBuffers compared byte-wise (loose float arrays element-wise)
//  - WeakMap/WeakSet/Promise only equal when reference-equal
//  - cycles: compared without bookkeeping first; on a stack overflow, again with it
// Partial mode (assert.partialDeepStrictEqual): `expected` (the second value) only needs to
// be contained in `actual`: its keys, entries and items must exist in `actual`; arrays
// match as ordered subsequences.

const {
  isAnyArrayBuffer, isArrayBufferView, isDate, isMap, isRegExp, isSet, isNativeError,
  isBoxedPrimitive, isNumberObject, isStringObject, isBooleanObject, isBigIntObject,
  isSymbolObject, isFloat16Array, isFloat32Array, isFloat64Array, isPromise, isWeakMap,
  isWeakSet,
} = require('internal/util/types');
const { getOwnNonIndexProperties } = internalBinding('util');

const kLoose = 0;
const kPartial = 1;
const kStrict = 2;
const kStrictWithoutPrototypes = 3;

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const hasEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const objectToString = (value) => Object.prototype.toString.call(value);
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayByteLength =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;

// Instances of these are compared by `constructor` rather than by prototype in strict mode.
const wellKnownConstructors = new Set([
  Array, ArrayBuffer, BigInt, BigInt64Array, BigUint64Array, Boolean, DataView, Date, Error,
  Float32Array, Float64Array, Function, Int16Array, Int32Array, Int8Array, Map, Number, Object,
  Promise, RegExp, Set, String, Symbol, Uint16Array, Uint32Array, Uint8Array,
  Uint8ClampedArray, WeakMap, WeakSet,
]);
if (typeof globalThis.Float16Array === 'function') wellKnownConstructors.add(globalThis.Float16Array);

function isWellKnownConstructor(constructor) {
  return wellKnownConstructors.has(constructor) ||
    (constructor !== undefined && constructor === globalThis.Buffer);
}

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function isURL(value) {
  const URLClass = globalThis.URL;
  return typeof URLClass === 'function' && value instanceof URLClass;
}

// Own non-index keys of an array or typed array (enumerable; symbols unless loose).
function nonIndexKeys(value, mode) {
  const keys = getOwnNonIndexProperties(value, true);
  return mode === kLoose ? keys.filter((key) => typeof key !== 'symbol') : keys;
}

// ---- binary data --------------------------------------------------------------------------

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function equalBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// Whether the bytes of b appear in a, in order (not necessarily contiguously).
function isPartialUint8Array(a, b) {
  const lenA = typedArrayByteLength.call(a);
  const lenB = typedArrayByteLength.call(b);
  if (lenA < lenB) return false;
  let offsetA = 0;
  for (let offsetB = 0; offsetB < lenB; offsetB++) {
    while (a[offsetA] !== b[offsetB]) {
      offsetA++;
      if (offsetA > lenA - lenB + offsetB) return false;
    }
    offsetA++;
  }
  return true;
}

function isPartialArrayBufferView(a, b) {
  if (a.byteLength < b.byteLength) return false;
  return isPartialUint8Array(bytesOf(a), bytesOf(b));
}

// Loose float arrays: element-wise == (so 0 equals -0, NaN differs from NaN).
function areSimilarFloatArrays(a, b) {
  const len = typedArrayByteLength.call(a);
  if (len !== typedArrayByteLength.call(b)) return false;
  for (let offset = 0; offset < len; offset++) {
    if (a[offset] !== b[offset]) return false;
  }
  return true;
}

function areSimilarTypedArrays(a, b) {
  return a.byteLength === b.byteLength && equalBytes(bytesOf(a), bytesOf(b));
}

function areEqualArrayBuffers(a, b) {
  return a.byteLength === b.byteLength && equalBytes(new Uint8Array(a), new Uint8Array(b));
}

// ---- values ------------------------------------------------------------------------------

function isEqualBoxedPrimitive(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}

// A property of errors compared even when it is not enumerable (enumerable ones are
// compared with the other keys).
function isEnumerableOrIdentical(a, b, prop, mode, memos) {
  return hasEnumerable(b, prop) ||
    (mode === kPartial && (b[prop] === undefined || (prop === 'message' && b[prop] === ''))) ||
    innerDeepEqual(a[prop], b[prop], mode, memos);
}

function innerDeepEqual(a, b, mode, memos) {
  if (a === b) return a !== 0 || Object.is(a, b) || mode === kLoose;
  if (mode !== kLoose) {
    if (typeof a === 'number') return a !== a && b !== b;
    if (typeof b !== 'object' || typeof a !== 'object' || a === null || b === null) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      // eslint-disable-next-line eqeqeq
      return (b === null || typeof b !== 'object') && (a == b || (a !== a && b !== b));
    }
    if (b === null || typeof b !== 'object') return false;
  }
  return objectComparisonStart(a, b, mode, memos);
}

function hasUnequalTag(a, b) {
  return a[Symbol.toStringTag] !== b[Symbol.toStringTag];
}

function slowHasUnequalTag(aTag, a, b) {
  if (a[Symbol.toStringTag] !== undefined && b[Symbol.toStringTag] !== undefined) {
    return a[Symbol.toStringTag] !== b[Symbol.toStringTag];
  }
  return aTag !== objectToString(b);
}

function objectComparisonStart(a, b, mode, memos) {
  if (mode === kStrict) {
    if (isWellKnownConstructor(a.constructor) ||
        (a.constructor !== undefined && !hasOwn(a, 'constructor'))) {
      if (a.constructor !== b.constructor) return false;
    } else if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
      return false;
    }
  }

  if (Array.isArray(a)) {
    if (!Array.isArray(b) ||
        (a.length !== b.length && (mode !== kPartial || a.length < b.length)) ||
        hasUnequalTag(a, b)) {
      return false;
    }
    const keysB = nonIndexKeys(b, mode);
    if (mode !== kPartial && keysB.length !== nonIndexKeys(a, mode).length) return false;
    return keyCheck(a, b, mode, memos, kIsArray, keysB);
  }

  let aTag;
  if (a[Symbol.toStringTag] === undefined && (aTag = objectToString(a)) === '[object Object]') {
    if (slowHasUnequalTag(aTag, a, b)) return false;
    return keyCheck(a, b, mode, memos, kNoIterator);
  } else if (isSet(a)) {
    if (!isSet(b) || (a.size !== b.size && (mode !== kPartial || a.size < b.size)) ||
        hasUnequalTag(a, b)) {
      return false;
    }
    return keyCheck(a, b, mode, memos, kIsSet);
  } else if (isMap(a)) {
    if (!isMap(b) || (a.size !== b.size && (mode !== kPartial || a.size < b.size)) ||
        hasUnequalTag(a, b)) {
      return false;
    }
    return keyCheck(a, b, mode, memos, kIsMap);
  } else if (isArrayBufferView(a)) {
    if (typedArrayTag.call(a) !== typedArrayTag.call(b)) return false;
    if (mode === kPartial && a.byteLength !== b.byteLength) {
      if (!isPartialArrayBufferView(a, b)) return false;
    } else if (mode === kLoose && (isFloat32Array(a) || isFloat64Array(a) || isFloat16Array(a))) {
      if (!areSimilarFloatArrays(a, b)) return false;
    } else if (!areSimilarTypedArrays(a, b)) {
      return false;
    }
    // The bytes are equal, so are the lengths: only the other keys are left.
    const keysB = nonIndexKeys(b, mode);
    if (mode !== kPartial && keysB.length !== nonIndexKeys(a, mode).length) return false;
    return keyCheck(a, b, mode, memos, kNoIterator, keysB);
  } else if (isDate(a)) {
    if (!isDate(b) || hasUnequalTag(a, b)) return false;
    const timeA = Date.prototype.getTime.call(a);
    const timeB = Date.prototype.getTime.call(b);
    if (timeA !== timeB && (timeA === timeA || timeB === timeB)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex || hasUnequalTag(a, b)) {
      return false;
    }
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || hasUnequalTag(a, b)) return false;
    if (mode !== kPartial || a.byteLength === b.byteLength) {
      if (!areEqualArrayBuffers(a, b)) return false;
    } else if (!isPartialUint8Array(new Uint8Array(a), new Uint8Array(b))) {
      return false;
    }
  } else if (slowHasUnequalTag(aTag ?? objectToString(a), a, b) ||
             Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) ||
             isRegExp(b) || isAnyArrayBuffer(b)) {
    return false;
  } else if (isError(a)) {
    // The stack is not compared: it may differ for otherwise identical errors.
    if (!isError(b) ||
        !isEnumerableOrIdentical(a, b, 'message', mode, memos) ||
        !isEnumerableOrIdentical(a, b, 'name', mode, memos) ||
        !isEnumerableOrIdentical(a, b, 'cause', mode, memos) ||
        !isEnumerableOrIdentical(a, b, 'errors', mode, memos)) {
      return false;
    }
    const bHasCause = hasOwn(b, 'cause');
    if (bHasCause !== hasOwn(a, 'cause') && (mode !== kPartial || bHasCause)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!isEqualBoxedPrimitive(a, b)) return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  } else if (isBoxedPrimitive(b) || isNativeError(b) || b instanceof Error ||
             isWeakMap(a) || isWeakSet(a) || isPromise(a)) {
    return false;
  }
  return keyCheck(a, b, mode, memos, kNoIterator);
}

// The pair needs the same own enumerable keys (symbols too, except in loose mode) with
// equivalent values, and for Sets and Maps equal contents. keysB is given for arrays and
// typed arrays (their non-index keys).
function keyCheck(a, b, mode, memos, iterationType, keysB) {
  const isArrayLikeObject = keysB !== undefined;
  if (keysB === undefined) keysB = Object.keys(b);
  let keysA;
  if (!isArrayLikeObject) {
    if (mode === kPartial) {
      for (const key of Object.getOwnPropertySymbols(b)) {
        if (hasEnumerable(b, key)) keysB.push(key);
      }
    } else if (keysB.length !== (keysA = Object.keys(a)).length) {
      return false;
    } else if (mode === kStrict || mode === kStrictWithoutPrototypes) {
      for (const key of Object.getOwnPropertySymbols(a)) {
        if (hasEnumerable(a, key)) keysA.push(key);
      }
      for (const key of Object.getOwnPropertySymbols(b)) {
        if (hasEnumerable(b, key)) keysB.push(key);
      }
      if (keysA.length !== keysB.length) return false;
    }
  }
  if (keysB.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && b.length === 0) ||
       b.size === 0)) {
    return true;
  }
  if (memos === null) return objEquiv(a, b, mode, keysA, keysB, memos, iterationType);
  return handleCycles(a, b, mode, keysA, keysB, memos, iterationType);
}

// Cycle bookkeeping: the first pair and the pair below it are kept in fields; deeper
// comparisons use a set of every object on the current path. A pair met again while being
// compared counts as equal when both sides repeat, unequal when only one does.
function handleCycles(a, b, mode, keysA, keysB, memos, iterationType) {
  if (memos === undefined) {
    memos = { set: undefined, a, b, c: undefined, d: undefined, deep: false };
    return objEquiv(a, b, mode, keysA, keysB, memos, iterationType);
  }
  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === a) return memos.b === b;
      if (memos.b === b) return false;
      memos.c = a;
      memos.d = b;
      memos.deep = true;
      const result = objEquiv(a, b, mode, keysA, keysB, memos, iterationType);
      memos.deep = false;
      if (memos.set !== undefined) {
        memos.set.delete(memos.c);
        memos.set.delete(memos.d);
      }
      return result;
    }
    memos.set = new Set([memos.a, memos.b, memos.c, memos.d]);
  }
  const { set } = memos;
  const originalSize = set.size;
  set.add(a);
  set.add(b);
  if (originalSize !== set.size - 2) return originalSize === set.size;
  const result = objEquiv(a, b, mode, keysA, keysB, memos, iterationType);
  set.delete(a);
  set.delete(b);
  return result;
}

// ---- Set and Map contents --------------------------------------------------------------------

// Loose mode: a primitive that may equal (==) another one. Returns the only other value it
// can equal (null/undefined), false when it can equal none, true when it may equal many.
function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // null
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // fall through
    case 'number':
      if (prim !== prim) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  return !b.has(altValue) && a.has(altValue);
}

function mapMightHaveLoosePrim(a, b, prim, item2, memos) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  const item1 = a.get(altValue);
  if ((item1 === undefined && !a.has(altValue)) || !innerDeepEqual(item1, item2, kLoose, memos)) {
    return false;
  }
  return !b.has(altValue) && innerDeepEqual(item1, item2, kLoose, memos);
}

// Finds an element of array[start..end) equal to val1, and moves array[end] into its place.
function arrayHasEqualElement(array, val1, mode, memos, comparator, start, end) {
  for (let i = end - 1; i >= start; i--) {
    if (comparator(val1, array[i], mode, memos)) {
      array[i] = array[end];
      return true;
    }
  }
  return false;
}

// Partial mode: the unmatched items of b (array) must all match items of a.
function partialObjectSetEquiv(array, a, b, mode, memos) {
  let aPos = 0;
  let direction = 1;
  let start = 0;
  let end = array.length - 1;
  for (const val1 of a) {
    aPos++;
    if (!b.has(val1)) {
      let innerStart = start;
      if (direction === 1) {
        if (innerDeepEqual(val1, array[start], mode, memos)) {
          if (start === end) return true;
          start += 1;
          continue;
        }
        // The last element of b might match a later element of a.
        if (start === end) continue;
        direction = -1;
        innerStart += 1;
      }
      let matched = true;
      if (!innerDeepEqual(val1, array[end], mode, memos)) {
        direction = 1;
        matched = arrayHasEqualElement(array, val1, mode, memos, innerDeepEqual, innerStart, end);
      }
      if (matched) {
        if (start === end) return true;
        end -= 1;
      }
    }
    if (a.size - aPos <= end - start) return false;
  }
  return false;
}

// The items of b not found in a by identity (array) must be matched by the items of a, one
// by one (each found match is removed from the candidates).
function setObjectEquiv(array, a, b, mode, memos) {
  let direction = 1;
  let start = 0;
  let end = array.length - 1;
  const comparator = mode !== kLoose ? objectComparisonStart : innerDeepEqual;
  const extraChecks = mode === kLoose || array.length !== a.size;
  for (const val1 of a) {
    // Primitives (and null) only match by identity.
    if (typeof val1 !== 'object' || val1 === null) {
      if (b.has(val1)) continue;
      if (mode !== kLoose) return false;
    } else if (extraChecks && b.has(val1)) {
      continue;
    }
    let innerStart = start;
    if (direction === 1) {
      if (comparator(val1, array[start], mode, memos)) {
        start += 1;
        continue;
      }
      if (start === end) return false;
      direction = -1;
      innerStart += 1;
    }
    if (!comparator(val1, array[end], mode, memos)) {
      direction = 1;
      if (!arrayHasEqualElement(array, val1, mode, memos, comparator, innerStart, end)) return false;
    }
    end -= 1;
  }
  return true;
}

// Sets of one or two items, when an item of b (val) is not in a by identity.
function compareSmallSets(a, b, val, iteratorB, mode, memos) {
  const iteratorA = a.values();
  const firstA = iteratorA.next().value;
  if (innerDeepEqual(firstA, val, mode, memos)) {
    if (b.size === 1) return true;
    const secondA = iteratorA.next().value;
    return b.has(secondA) || innerDeepEqual(secondA, iteratorB.next().value, mode, memos);
  }
  return a.size !== 1 && innerDeepEqual(iteratorA.next().value, val, mode, memos) && (
    b.size === 1 || b.has(firstA) || innerDeepEqual(firstA, iteratorB.next().value, mode, memos));
}

function setEquiv(a, b, mode, memos) {
  // Items of b that a does not hold by identity, to be matched deeply.
  let array;
  const iteratorB = b.values();
  for (const val of iteratorB) {
    if (!a.has(val)) {
      if ((typeof val !== 'object' || val === null) &&
          (mode !== kLoose || !setMightHaveLoosePrim(a, b, val))) {
        return false;
      }
      if (array === undefined) {
        if (a.size < 3) return compareSmallSets(a, b, val, iteratorB, mode, memos);
        array = [];
      }
      array.push(val);
    }
  }
  if (array === undefined) return true;
  if (mode === kPartial) return partialObjectSetEquiv(array, a, b, mode, memos);
  return setObjectEquiv(array, a, b, mode, memos);
}

function arrayHasEqualMapElement(array, key1, item1, b, mode, memos, comparator, start, end) {
  for (let i = end - 1; i >= start; i--) {
    const key2 = array[i];
    if (comparator(key1, key2, mode, memos) && innerDeepEqual(item1, b.get(key2), mode, memos)) {
      array[i] = array[end];
      return true;
    }
  }
  return false;
}

function partialObjectMapEquiv(array, a, b, mode, memos) {
  let aPos = 0;
  let direction = 1;
  let start = 0;
  let end = array.length - 1;
  for (const { 0: key1, 1: item1 } of a) {
    aPos++;
    if (typeof key1 === 'object' && key1 !== null) {
      let innerStart = start;
      if (direction === 1) {
        const key2 = array[start];
        if (objectComparisonStart(key1, key2, mode, memos) &&
            innerDeepEqual(item1, b.get(key2), mode, memos)) {
          if (start === end) return true;
          start += 1;
          continue;
        }
        if (start === end) continue;
        direction = -1;
        innerStart += 1;
      }
      let matched = true;
      const key2 = array[end];
      if (!objectComparisonStart(key1, key2, mode, memos) ||
          !innerDeepEqual(item1, b.get(key2), mode, memos)) {
        direction = 1;
        matched = arrayHasEqualMapElement(array, key1, item1, b, mode, memos,
                                          objectComparisonStart, innerStart, end);
      }
      if (matched) {
        if (start === end) return true;
        end -= 1;
      }
    }
    if (a.size - aPos <= end - start) return false;
  }
  return false;
}

function mapObjectEquiv(array, a, b, mode, memos) {
  let direction = 1;
  let start = 0;
  let end = array.length - 1;
  const comparator = mode !== kLoose ? objectComparisonStart : innerDeepEqual;
  for (const { 0: key1, 1: item1 } of a) {
    // Primitive and null keys can never match an object key of `array`.
    if (typeof key1 !== 'object' || key1 === null) {
      if (b.has(key1)) {
        if (mode !== kLoose || innerDeepEqual(item1, b.get(key1), mode, memos)) continue;
      } else if (mode !== kLoose) {
        return false;
      }
    }
    let innerStart = start;
    if (direction === 1) {
      const key2 = array[start];
      if (comparator(key1, key2, mode, memos) && innerDeepEqual(item1, b.get(key2), mode, memos)) {
        start += 1;
        continue;
      }
      if (start === end) return false;
      direction = -1;
      innerStart += 1;
    }
    const key2 = array[end];
    if (!comparator(key1, key2, mode, memos) || !innerDeepEqual(item1, b.get(key2), mode, memos)) {
      direction = 1;
      if (!arrayHasEqualMapElement(array, key1, item1, b, mode, memos, comparator, innerStart, end)) {
        return false;
      }
    }
    end -= 1;
  }
  return true;
}

function mapEquiv(a, b, mode, memos) {
  // Keys of b to be matched deeply (objects; in loose mode, primitives without a match).
  let array;
  for (const { 0: key2, 1: item2 } of b) {
    if (typeof key2 === 'object' && key2 !== null) {
      if (array === undefined) {
        if (a.size === 1) {
          const { 0: key1, 1: item1 } = a.entries().next().value;
          return innerDeepEqual(key1, key2, mode, memos) && innerDeepEqual(item1, item2, mode, memos);
        }
        array = [];
      }
      array.push(key2);
    } else {
      const item1 = a.get(key2);
      if ((item1 === undefined && !a.has(key2)) || !innerDeepEqual(item1, item2, mode, memos)) {
        if (mode !== kLoose) return false;
        if (!mapMightHaveLoosePrim(a, b, key2, item2, memos)) return false;
        if (array === undefined) array = [];
        array.push(key2);
      }
    }
  }
  if (array === undefined) return true;
  if (mode === kPartial) return partialObjectMapEquiv(array, a, b, mode, memos);
  return mapObjectEquiv(array, a, b, mode, memos);
}

// ---- arrays ------------------------------------------------------------------------------

function partialSparseArrayEquiv(a, b, mode, memos, startA, startB) {
  let aPos = startA;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  const lenA = keysA.length - startA;
  const lenB = keysB.length - startB;
  if (lenA < lenB) return false;
  for (let i = 0; i < lenB; i++) {
    const keyB = keysB[startB + i];
    while (!innerDeepEqual(a[keysA[aPos]], b[keyB], mode, memos)) {
      aPos++;
      if (aPos > keysA.length - lenB + i) return false;
    }
    aPos++;
  }
  return true;
}

function partialArrayEquiv(a, b, mode, memos) {
  let aPos = 0;
  for (let i = 0; i < b.length; i++) {
    let isSparse = b[i] === undefined && !hasOwn(b, i);
    if (isSparse) return partialSparseArrayEquiv(a, b, mode, memos, aPos, i);
    while (!(isSparse = a[aPos] === undefined && !hasOwn(a, aPos)) &&
           !innerDeepEqual(a[aPos], b[i], mode, memos)) {
      aPos++;
      if (aPos > a.length - b.length + i) return false;
    }
    if (isSparse) return partialSparseArrayEquiv(a, b, mode, memos, aPos, i);
    aPos++;
  }
  return true;
}

function sparseArrayEquiv(a, b, mode, memos, i) {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (; i < keysB.length; i++) {
    const key = keysB[i];
    if ((a[key] === undefined && !hasOwn(a, key)) || !innerDeepEqual(a[key], b[key], mode, memos)) {
      return false;
    }
  }
  return true;
}

function objEquiv(a, b, mode, keysA, keysB, memos, iterationType) {
  if (keysB.length > 0) {
    let i = 0;
    // Keys in the same order first, then the rest by lookup.
    if (keysA !== undefined) {
      for (; i < keysB.length; i++) {
        const key = keysB[i];
        if (keysA[i] !== key) break;
        if (!innerDeepEqual(a[key], b[key], mode, memos)) return false;
      }
    }
    for (; i < keysB.length; i++) {
      const key = keysB[i];
      const descriptor = Object.getOwnPropertyDescriptor(a, key);
      if (descriptor === undefined || descriptor.enumerable !== true) return false;
      const value = descriptor.writable !== undefined ? descriptor.value : a[key];
      if (!innerDeepEqual(value, b[key], mode, memos)) return false;
    }
  }
  if (iterationType === kIsArray) {
    if (mode === kPartial) return partialArrayEquiv(a, b, mode, memos);
    for (let i = 0; i < a.length; i++) {
      if (b[i] === undefined) {
        if (!hasOwn(b, i)) return sparseArrayEquiv(a, b, mode, memos, i);
        if ((a[i] !== undefined || !hasOwn(a, i)) && (mode !== kLoose || a[i] !== null)) return false;
      } else if ((a[i] === undefined || !innerDeepEqual(a[i], b[i], mode, memos)) &&
                 (mode !== kLoose || b[i] !== null)) {
        return false;
      }
    }
  } else if (iterationType === kIsSet) {
    if (!setEquiv(a, b, mode, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, mode, memos)) return false;
  }
  return true;
}

// Most values have no cycles: compare without bookkeeping, and only when that overflows
// the stack (a cycle) compare again with it (from then on always).
// eslint-disable-next-line func-style
let detectCycles = function (a, b, mode) {
  try {
    return innerDeepEqual(a, b, mode, null);
  } catch {
    detectCycles = innerDeepEqual;
    return innerDeepEqual(a, b, mode, undefined);
  }
};

module.exports = {
  isDeepEqual(a, b) {
    return detectCycles(a, b, kLoose);
  },
  isDeepStrictEqual(a, b, skipPrototype) {
    return detectCycles(a, b, skipPrototype ? kStrictWithoutPrototypes : kStrict);
  },
  isPartialStrictEqual(a, b) {
    return detectCycles(a, b, kPartial);
  },
};

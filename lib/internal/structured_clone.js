'use strict';
// The HTML structured clone algorithm, as V8's serializer implements it for Node, in two halves:
// serialize(value, transferList) → a record tree holding only primitives, strings and
// ArrayBuffers (cycles and shared references become { ref: id }), and deserialize(record),
// which builds fresh objects from it. structuredClone() is the two back to back;
// worker_threads' postMessage can send the record tree to another thread.
//
// Clones: primitives (not symbols), Boolean/Number/String/BigInt wrappers, Date, RegExp, Map,
// Set, ArrayBuffer (copied, or moved when in the transfer list), typed arrays, DataView,
// Error types, DOMException, arrays (holes and extra properties kept) and other objects (own
// enumerable string-keyed properties, read through getters; the prototype is not kept).
// Anything else (functions, symbols, promises, weak collections, proxies …) throws a
// DataCloneError DOMException with V8's message.
const {
  codes: { ERR_MISSING_ARGS },
} = require('internal/errors');
const types = internalBinding('types');
const messaging = internalBinding('messaging');

let DOMExceptionCtor;
function domException() {
  DOMExceptionCtor ??= require('internal/events/domexception').DOMException;
  return DOMExceptionCtor;
}
function dataCloneError(message) {
  const DOMException = domException();
  return new DOMException(message, 'DataCloneError');
}

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const typedArrayCtors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
if (typeof globalThis.Float16Array === 'function') typedArrayCtors.Float16Array = globalThis.Float16Array;
const errorProtos = {
  EvalError: EvalError.prototype, RangeError: RangeError.prototype,
  ReferenceError: ReferenceError.prototype, SyntaxError: SyntaxError.prototype,
  TypeError: TypeError.prototype, URIError: URIError.prototype,
};
const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sabByteLength = typeof SharedArrayBuffer === 'function'
  ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const dvBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const dvOffset = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const dvLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const taBuffer = Object.getOwnPropertyDescriptor(TypedArrayProto, 'buffer').get;
const taOffset = Object.getOwnPropertyDescriptor(TypedArrayProto, 'byteOffset').get;
const taLength = Object.getOwnPropertyDescriptor(TypedArrayProto, 'length').get;

// V8's wording for a value it cannot clone.
function describe(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  if (types.isProxy(value)) return '#<Object>';
  if (types.isSymbolObject(value)) return '[object Symbol]';
  if (types.isMapIterator(value) || types.isSetIterator(value) || types.isGeneratorObject(value)) {
    return Object.prototype.toString.call(value);
  }
  let proto = Object.getPrototypeOf(value);
  while (proto !== null) {
    const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (d !== undefined) {
      if ('value' in d && typeof d.value === 'function' && d.value.name) return `#<${d.value.name}>`;
      break;
    }
    proto = Object.getPrototypeOf(proto);
  }
  return Object.prototype.toString.call(value);
}

function isUncloneable(v) {
  return types.isPromise(v) || types.isWeakMap(v) || types.isWeakSet(v) || types.isProxy(v) ||
    types.isSymbolObject(v) || types.isGeneratorObject(v) || types.isMapIterator(v) ||
    types.isSetIterator(v) || types.isModuleNamespaceObject(v) || types.isArgumentsObject(v) ||
    (typeof WeakRef === 'function' && v instanceof WeakRef) ||
    (typeof FinalizationRegistry === 'function' && v instanceof FinalizationRegistry);
}

// Prototypes whose instances refuse to be cloned (Node marks fetch's Request, Response, Headers
// and FormData with V8's markAsUncloneable).
const uncloneableProtos = new Set();
function markPrototypeUncloneable(proto) {
  uncloneableProtos.add(proto);
}
function hasUncloneableProto(v) {
  if (uncloneableProtos.size === 0) return false;
  for (let p = Object.getPrototypeOf(v); p !== null; p = Object.getPrototypeOf(p)) {
    if (uncloneableProtos.has(p)) return true;
  }
  return false;
}

function isDOMException(v) {
  const DOMException = domException();
  try {
    return v instanceof DOMException && typeof Object.getOwnPropertyDescriptor(
      DOMException.prototype, 'name').get.call(v) === 'string';
  } catch {
    return false;
  }
}

function serialize(value, transferList = []) {
  const memo = new Map();  // object → id
  let nextId = 0;
  const moved = new Set(transferList);
  const transferred = [];

  function ownProps(obj, rec, skipIndices) {
    const props = [];
    for (const key of Object.keys(obj)) {
      if (skipIndices && String(key >>> 0) === key && (key >>> 0) !== 4294967295) continue;
      // A getter may have deleted a later key: V8 skips keys that vanished meanwhile.
      if (!Object.prototype.propertyIsEnumerable.call(obj, key)) continue;
      props.push(key, write(obj[key]));
    }
    rec.props = props;
  }

  function writeBuffer(buf) {
    if (memo.has(buf)) return { ref: memo.get(buf) };
    const id = nextId++;
    memo.set(buf, id);
    if (sabByteLength !== undefined && types.isSharedArrayBuffer(buf)) {
      return { id, k: 'SharedArrayBuffer', sab: buf };
    }
    if (messaging.isDetached(buf)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    if (moved.has(buf)) {
      const slot = transferred.length;
      transferred.push(buf);
      return { id, k: 'transfer', slot };
    }
    const rec = { id, k: 'ArrayBuffer', data: ArrayBuffer.prototype.slice.call(buf, 0) };
    if (buf.resizable) rec.max = buf.maxByteLength;
    return rec;
  }

  function write(v) {
    const t = typeof v;
    if (t === 'symbol') throw dataCloneError(`${describe(v)} could not be cloned.`);
    if (t === 'function') throw dataCloneError(`${describe(v)} could not be cloned.`);
    if (t !== 'object' || v === null) return { p: v };
    if (memo.has(v)) return { ref: memo.get(v) };
    if (types.isAnyArrayBuffer(v)) return writeBuffer(v);
    if (isUncloneable(v)) throw dataCloneError(`${describe(v)} could not be cloned.`);
    if (hasUncloneableProto(v)) throw dataCloneError('Cannot clone object of unsupported type.');
    const id = nextId++;
    memo.set(v, id);
    if (Array.isArray(v)) {
      const rec = { id, k: 'Array', length: v.length, items: [] };
      for (let i = 0; i < v.length; i++) {
        if (Object.prototype.hasOwnProperty.call(v, i)) rec.items.push(i, write(v[i]));
      }
      ownProps(v, rec, true);
      return rec;
    }
    if (types.isDate(v)) return { id, k: 'Date', time: Date.prototype.getTime.call(v) };
    if (types.isRegExp(v)) {
      return { id, k: 'RegExp', source: v.source, flags: v.flags };
    }
    if (types.isBoxedPrimitive(v)) return { id, k: 'Boxed', value: v.valueOf() };
    if (types.isMap(v)) {
      const entries = [];
      for (const [key, val] of Map.prototype.entries.call(v)) entries.push(key, val);
      return { id, k: 'Map', entries: entries.map(write) };
    }
    if (types.isSet(v)) {
      return { id, k: 'Set', values: [...Set.prototype.values.call(v)].map(write) };
    }
    if (ArrayBuffer.isView(v)) {
      if (types.isDataView(v)) {
        return { id, k: 'DataView', buffer: writeBuffer(dvBuffer.call(v)), offset: dvOffset.call(v), length: dvLength.call(v) };
      }
      const type = typedArrayTag.call(v);
      return { id, k: 'TypedArray', type, buffer: writeBuffer(taBuffer.call(v)), offset: taOffset.call(v), length: taLength.call(v) };
    }
    if (isDOMException(v)) {
      return { id, k: 'DOMException', name: v.name, message: v.message, stack: v.stack };
    }
    if (types.isNativeError(v)) {
      const rec = { id, k: 'Error' };
      const name = v.name;
      rec.name = Object.hasOwn(errorProtos, name) ? name : 'Error';
      const md = Object.getOwnPropertyDescriptor(v, 'message');
      if (md !== undefined) rec.message = String('value' in md ? md.value : v.message);
      const stack = v.stack;
      rec.stack = stack === undefined ? `${rec.name}: ${rec.message ?? ''}` : String(stack);
      if (Object.hasOwn(v, 'cause')) rec.cause = write(v.cause);
      return rec;
    }
    const rec = { id, k: 'Object' };
    ownProps(v, rec, false);
    return rec;
  }

  const root = write(value);
  return { root, transferred };
}

function deserialize({ root, transferred }) {
  const objects = [];
  const moved = transferred.map((ab) => messaging.transferArrayBuffer(ab));

  function setProps(obj, props) {
    for (let i = 0; i < props.length; i += 2) {
      Object.defineProperty(obj, props[i], {
        __proto__: null, value: read(props[i + 1]), writable: true, enumerable: true, configurable: true,
      });
    }
  }

  function read(rec) {
    if ('p' in rec) return rec.p;
    if ('ref' in rec) return objects[rec.ref];
    let out;
    switch (rec.k) {
      case 'Array':
        out = new Array(rec.length);
        objects[rec.id] = out;
        for (let i = 0; i < rec.items.length; i += 2) out[rec.items[i]] = read(rec.items[i + 1]);
        setProps(out, rec.props);
        return out;
      case 'Object':
        out = {};
        objects[rec.id] = out;
        setProps(out, rec.props);
        return out;
      case 'Date': out = new Date(rec.time); break;
      case 'RegExp': out = new RegExp(rec.source, rec.flags); break;
      case 'Boxed': out = Object(rec.value); break;
      case 'Map':
        out = new Map();
        objects[rec.id] = out;
        for (let i = 0; i < rec.entries.length; i += 2) out.set(read(rec.entries[i]), read(rec.entries[i + 1]));
        return out;
      case 'Set':
        out = new Set();
        objects[rec.id] = out;
        for (const v of rec.values) out.add(read(v));
        return out;
      case 'ArrayBuffer':
        if (rec.max !== undefined) {
          out = new ArrayBuffer(rec.data.byteLength, { maxByteLength: rec.max });
          new Uint8Array(out).set(new Uint8Array(rec.data));
        } else {
          out = rec.data;
        }
        break;
      case 'SharedArrayBuffer': out = rec.sab; break;
      case 'transfer': out = moved[rec.slot]; break;
      case 'DataView': {
        const buf = read(rec.buffer);
        out = new DataView(buf, rec.offset, rec.length);
        break;
      }
      case 'TypedArray': {
        const buf = read(rec.buffer);
        out = new typedArrayCtors[rec.type](buf, rec.offset, rec.length);
        break;
      }
      case 'DOMException': {
        const DOMException = domException();
        out = new DOMException(rec.message, rec.name);
        Object.defineProperty(out, 'stack', { __proto__: null, value: rec.stack, writable: true, configurable: true });
        break;
      }
      case 'Error': {
        out = Object.create(rec.name === 'Error' ? Error.prototype : errorProtos[rec.name]);
        objects[rec.id] = out;
        const hidden = (value) => ({ __proto__: null, value, writable: true, enumerable: false, configurable: true });
        Object.defineProperty(out, 'stack', hidden(rec.stack));
        if (rec.message !== undefined) Object.defineProperty(out, 'message', hidden(rec.message));
        if (rec.cause !== undefined) Object.defineProperty(out, 'cause', hidden(read(rec.cause)));
        return out;
      }
      default:
        throw dataCloneError('Unable to deserialize cloned data.');
    }
    objects[rec.id] = out;
    return out;
  }

  return read(root);
}

function validateTransfer(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw invalid('Options cannot be converted to a dictionary');
  }
  const { transfer } = options;
  if (transfer === undefined) return [];
  if (transfer === null || typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
    throw invalid('transfer in Options cannot be converted to sequence.');
  }
  const list = [...transfer];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
      throw invalid(`transfer in Options[${i}] is not an object.`);
    }
  }
  const seen = new Set();
  for (const item of list) {
    if (!types.isArrayBuffer(item)) {
      if (types.isAnyArrayBuffer(item)) throw dataCloneError('Cannot transfer object of unsupported type.');
      // MessagePorts and other transferables come with worker_threads.
      throw dataCloneError('Found invalid value in transferList.');
    }
    if (seen.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    if (messaging.isDetached(item)) throw dataCloneError('Cannot transfer object of unsupported type.');
    seen.add(item);
  }
  return list;
}

function invalid(what) {
  const err = new TypeError(`Failed to execute 'structuredClone': ${what}`);
  Object.defineProperty(err, 'code', { __proto__: null, value: 'ERR_INVALID_ARG_TYPE', writable: true, enumerable: true, configurable: true });
  return err;
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('The value argument must be specified');
  const transferList = validateTransfer(options);
  return deserialize(serialize(value, transferList));
}

module.exports = { serialize, deserialize, structuredClone, markPrototypeUncloneable };

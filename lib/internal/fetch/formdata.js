'use strict';
// FormData (https://xhr.spec.whatwg.org/#interface-formdata) as undici's: an entry list of
// (name, string | File) in order; Blob values become Files named 'blob'.

const {
  argumentLengthCheck,
  exception,
  illegalInvocation,
  interfaceError,
  makeEnumerable,
  makeIteratorClass,
  setToStringTag,
  toUSVString,
} = require('internal/fetch/webidl');
const { isBlob } = require('internal/blob');
const { File } = require('internal/file');

let getEntries;
const createIterator = makeIteratorClass('FormData Iterator', (fd) => getEntries(fd));

function isFile(v) {
  return isBlob(v) && v instanceof File;
}

// https://xhr.spec.whatwg.org/#create-an-entry
function makeEntry(name, value, filename) {
  if (typeof value !== 'string') {
    if (!isFile(value)) value = new File([value], 'blob', { type: value.type });
    if (filename !== undefined) {
      value = new File([value], filename, { type: value.type, lastModified: value.lastModified });
    }
  }
  return [name, value];
}

function entryArguments(args, header) {
  argumentLengthCheck(args.length, 2, header);
  const name = toUSVString(args[0]);
  let value = args[1];
  let filename;
  if (args.length > 2) {
    if (!isBlob(value)) throw interfaceError(header, 'value', value, 'Blob');
    if (args[2] !== undefined) filename = toUSVString(args[2]);
  } else if (!isBlob(value)) {
    value = toUSVString(value);
  }
  return makeEntry(name, value, filename);
}

class FormData {
  #entries = [];

  constructor(form = undefined) {
    if (form !== undefined) {
      throw exception('FormData constructor', 'Argument 1 could not be converted to: undefined.');
    }
  }

  append(name, value, filename = undefined) {  // eslint-disable-line no-unused-vars
    if (!(#entries in this)) throw illegalInvocation();
    this.#entries.push(entryArguments(arguments, 'FormData.append'));
  }

  delete(name) {
    if (!(#entries in this)) throw illegalInvocation();
    argumentLengthCheck(arguments.length, 1, 'FormData.delete');
    name = toUSVString(name);
    this.#entries = this.#entries.filter((entry) => entry[0] !== name);
  }

  get(name) {
    if (!(#entries in this)) throw illegalInvocation();
    argumentLengthCheck(arguments.length, 1, 'FormData.get');
    name = toUSVString(name);
    const entry = this.#entries.find((e) => e[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    if (!(#entries in this)) throw illegalInvocation();
    argumentLengthCheck(arguments.length, 1, 'FormData.getAll');
    name = toUSVString(name);
    return this.#entries.filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    if (!(#entries in this)) throw illegalInvocation();
    argumentLengthCheck(arguments.length, 1, 'FormData.has');
    name = toUSVString(name);
    return this.#entries.some((e) => e[0] === name);
  }

  set(name, value, filename = undefined) {  // eslint-disable-line no-unused-vars
    if (!(#entries in this)) throw illegalInvocation();
    const entry = entryArguments(arguments, 'FormData.set');
    const list = this.#entries;
    const first = list.findIndex((e) => e[0] === entry[0]);
    if (first === -1) {
      list.push(entry);
    } else {
      this.#entries = [...list.slice(0, first), entry,
                       ...list.slice(first + 1).filter((e) => e[0] !== entry[0])];
    }
  }

  keys() {
    if (!(#entries in this)) throw illegalInvocation();
    return createIterator(this, 'key');
  }

  values() {
    if (!(#entries in this)) throw illegalInvocation();
    return createIterator(this, 'value');
  }

  entries() {
    if (!(#entries in this)) throw illegalInvocation();
    return createIterator(this, 'key+value');
  }

  forEach(callbackFn, thisArg = undefined) {
    if (!(#entries in this)) throw illegalInvocation();
    argumentLengthCheck(arguments.length, 1, 'FormData.forEach');
    if (typeof callbackFn !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [key, value] of this) Reflect.apply(callbackFn, thisArg, [value, key, this]);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    // Names with several values show an array; as undici, an empty first value is replaced.
    const grouped = {};
    for (const { 0: name, 1: value } of this.#entries) {
      if (grouped[name]) {
        if (Array.isArray(grouped[name])) grouped[name].push(value);
        else grouped[name] = [grouped[name], value];
      } else {
        grouped[name] = value;
      }
    }
    options.depth ??= depth;
    return `FormData ${inspect(grouped, options)}`;
  }

  static {
    getEntries = (fd) => fd.#entries;
  }
}

function isFormData(v) {
  return typeof v === 'object' && v !== null && (() => {
    try {
      getEntries(v);
      return true;
    } catch {
      return false;
    }
  })();
}

// A FormData holding the given [name, value] entries (the body parsers' result).
function createFormData(entries) {
  const fd = new FormData();
  for (const entry of entries) getEntries(fd).push(entry);
  return fd;
}

Object.defineProperty(FormData.prototype, Symbol.iterator, {
  value: FormData.prototype.entries, writable: true, enumerable: false, configurable: true,
});
setToStringTag(FormData.prototype, 'FormData');
require('internal/structured_clone').markPrototypeUncloneable(FormData.prototype);
makeEnumerable(FormData.prototype, ['append', 'delete', 'get', 'getAll', 'has', 'set',
                                    'keys', 'values', 'entries', 'forEach']);

module.exports = { FormData, createFormData, getEntries, isFormData };

'use strict';
// URLSearchParams (URL Standard) and the application/x-www-form-urlencoded parser and
// serialiser. The list is flat: [name0, value0, name1, value1, …]. A URLSearchParams made by
// URL#searchParams is bound to that URL: every change updates its query.
const { FORM, percentEncode, percentDecodeString, toUSVString } = require('internal/url_encode');
const {
  codes: { ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_MISSING_ARGS },
} = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
let inspectFn;
function lazyInspect() { return inspectFn ||= require('internal/util/inspect'); }

function parseForm(input) {
  const out = [];
  if (input === '') return out;
  let start = 0;
  const n = input.length;
  while (start <= n) {
    let amp = input.indexOf('&', start);
    if (amp === -1) amp = n;
    if (amp > start) {
      const seq = input.slice(start, amp);
      const eq = seq.indexOf('=');
      const name = eq === -1 ? seq : seq.slice(0, eq);
      const value = eq === -1 ? '' : seq.slice(eq + 1);
      out.push(percentDecodeString(name, true), percentDecodeString(value, true));
    }
    start = amp + 1;
  }
  return out;
}

function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i) out += '&';
    out += percentEncode(list[i], FORM, true) + '=' + percentEncode(list[i + 1], FORM, true);
  }
  return out;
}

// Set by internal/url: (url, serializedQueryOrNull) → updates the URL's query.
let updateURLQuery;
function setQueryUpdater(fn) { updateURLQuery = fn; }

let hasList;  // URLSearchParams.isParams, kept after the static is removed
function isParams(v) { return v != null && typeof v === 'object' && hasList(v); }

class URLSearchParams {
  #list = [];
  #url = null;

  static isParams(v) { return #list in v; }
  static getList(p) { return p.#list; }
  static setList(p, list) { p.#list = list; }
  static bindURL(p, url) { p.#url = url; }

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isParams(init)) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const kv = [...pair];
          if (kv.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push(toUSVString(kv[0]), toUSVString(kv[1]));
        }
      } else {
        // A record: own enumerable string keys; keys equal after USV conversion keep the
        // first position and the last value.
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const k = toUSVString(key);
          const v = toUSVString(init[key]);
          if (seen.has(k)) {
            this.#list[seen.get(k) + 1] = v;
          } else {
            seen.set(k, this.#list.length);
            this.#list.push(k, v);
          }
        }
      }
    } else {
      let s = toUSVString(init);
      if (s[0] === '?') s = s.slice(1);
      this.#list = parseForm(s);
    }
  }

  #update() {
    if (this.#url === null) return;
    const s = serializeForm(this.#list);
    updateURLQuery(this.#url, s === '' ? null : s);
  }

  get size() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    const out = [];
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length; i += 2) if (list[i] !== name || list[i + 1] !== value) out.push(list[i], list[i + 1]);
    } else {
      for (let i = 0; i < list.length; i += 2) if (list[i] !== name) out.push(list[i], list[i + 1]);
    }
    this.#list = out;
    this.#update();
  }

  get(name) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const out = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    const out = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] !== name) out.push(list[i], list[i + 1]);
      else if (!found) { found = true; out.push(name, value); }
    }
    if (!found) out.push(name, value);
    this.#list = out;
    this.#update();
  }

  sort() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1], i]);
    // Stable, by UTF-16 code units of the names.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] - b[2]));
    const out = [];
    for (const p of pairs) out.push(p[0], p[1]);
    this.#list = out;
    this.#update();
  }

  entries() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    let list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this.#list;  // the callback may have changed the list
    }
  }

  keys() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key');
  }

  values() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'value');
  }

  toString() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeForm(this.#list);
  }

  [customInspect](recurseTimes, ctx) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const { inspect } = lazyInspect();
    const { removeColors } = require('internal/util/inspect_strings');
    const opts = { ...ctx };
    if (recurseTimes !== null) opts.depth = recurseTimes - 1;
    const list = this.#list;
    const parts = [];
    for (let i = 0; i < list.length; i += 2) parts.push(`${inspect(list[i], opts)} => ${inspect(list[i + 1], opts)}`);
    const name = this.constructor.name;
    let width = -2;
    for (const p of parts) width += removeColors(p).length + 2;
    if (width > ctx.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
    if (parts.length) return `${name} { ${parts.join(', ')} }`;
    return `${name} {}`;
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', writable: false, configurable: true, enumerable: false,
});
for (const key of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString']) {
  const desc = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, key, desc);
}
hasList = URLSearchParams.isParams;
const getList = URLSearchParams.getList;
const setList = URLSearchParams.setList;
const bindURL = URLSearchParams.bindURL;
for (const key of ['isParams', 'getList', 'setList', 'bindURL']) delete URLSearchParams[key];

// The iterator: live over the list, as the spec's value pairs to iterate over.
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const iteratorState = new WeakMap();

const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      const st = iteratorState.get(this);
      if (!st) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = getList(st.target);
      if (st.index >= list.length) return { value: undefined, done: true };
      const k = list[st.index], v = list[st.index + 1];
      st.index += 2;
      const value = st.kind === 'key' ? k : st.kind === 'value' ? v : [k, v];
      return { value, done: false };
    },
    writable: true, configurable: true, enumerable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  [customInspect]: {
    value: function inspectIterator(recurseTimes, ctx) {
      const st = iteratorState.get(this);
      if (!st) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const { inspect } = lazyInspect();
      const opts = { ...ctx };
      if (recurseTimes !== null) opts.depth = recurseTimes - 1;
      const list = getList(st.target);
      const output = [];
      for (let i = st.index; i < list.length; i += 2) {
        if (st.kind === 'key') output.push(list[i]);
        else if (st.kind === 'value') output.push(list[i + 1]);
        else output.push([list[i], list[i + 1]]);
      }
      const broken = inspect(output, opts).includes('\n');
      const strs = output.map((p) => inspect(p, opts));
      const body = broken ? `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
      return `URLSearchParams Iterator {${body} }`;
    },
    writable: true, configurable: true,
  },
});

function createIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  iteratorState.set(it, { target, kind, index: 0 });
  return it;
}

module.exports = {
  URLSearchParams, parseForm, serializeForm, setQueryUpdater, isParams, getList, setList, bindURL,
};

'use strict';
// Host-Node approximations of protoJS's native bindings, for tools/libshim.js only.
// The contract for each binding is in docs/BINDINGS.md; protoJS implements them in src/modules/.
const util = require('util');
const t = util.types;
module.exports = {
  util: {
    // [state, result]: state 0 pending, 1 fulfilled, 2 rejected
    getPromiseDetails(p) {
      const s = util.inspect(p, { depth: 0 });
      if (s.includes('<pending>')) return [0, undefined];
      let result; let state = 1;
      p.then((v) => { result = v; }, (e) => { result = e; state = 2; });
      return [s.includes('<rejected>') ? 2 : 1, result]; // result only known async under the shim
    },
    getProxyDetails(v, full = true) { return t.isProxy(v) ? (full ? [{}, {}] : {}) : undefined; },
    previewEntries(obj, isIterator) {
      if (t.isMapIterator(obj) || t.isSetIterator(obj)) {
        const s = util.inspect(obj, { depth: 0 }); return isIterator ? [[], s.includes('=>')] : [];
      }
      return isIterator ? [[], false] : [];
    },
    getOwnNonIndexProperties(obj, onlyEnumerable) {
      return Reflect.ownKeys(obj).filter((k) => {
        if (typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295) return false;
        if (onlyEnumerable) { const d = Object.getOwnPropertyDescriptor(obj, k); return d && d.enumerable && typeof k === 'string'; }
        return true;
      });
    },
    getConstructorName(obj) {
      while (obj) { const d = Object.getOwnPropertyDescriptor(obj, 'constructor'); if (d && typeof d.value === 'function' && d.value.name) return d.value.name; obj = Object.getPrototypeOf(obj); }
      return '';
    },
  },
  types: Object.fromEntries(Object.entries(t)),
  encoding: {
    encodeUtf8(s) { return new Uint8Array(Buffer.from(String(s), 'utf8')); },
    decodeUtf8(u8, fatal, ignoreBOM) {
      return new util.TextDecoder('utf-8', { fatal, ignoreBOM }).decode(u8);
    },
  },
};

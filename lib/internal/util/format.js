'use strict';
// util.format / util.formatWithOptions: printf-like formatting (%s %d %i %f %j %o %O %c %%).
// A factory: inspect.js passes in inspect and the number formatters (avoids a require cycle).

module.exports = function makeFormat({ inspect, formatNumber, formatBigInt, stylizeNoColor, getProxyDetails }) {
  let builtInNames;
  function isBuiltInName(name) {
    if (builtInNames === undefined) {
      builtInNames = new Set(Object.getOwnPropertyNames(globalThis)
        .filter((n) => /^[A-Z][a-zA-Z0-9]+$/.test(n)));
    }
    return builtInNames.has(name);
  }

  // True when String(value) would only give the built-in "[object X]"-like text, so that
  // %s should inspect the value instead.
  function hasBuiltInToString(value) {
    const target = getProxyDetails(value, false);
    if (target !== undefined) {
      if (target === null) return true;
      value = target;
    }
    if (typeof value[Symbol.toPrimitive] === 'function' && !isBuiltInMember(value, Symbol.toPrimitive)) {
      return false;
    }
    if (typeof value.toString !== 'function') return true;
    return isBuiltInMember(value, 'toString');
  }

  // Whether the object that owns `key` on value's prototype chain belongs to a built-in
  // constructor (an own property on the value itself never does).
  function isBuiltInMember(value, key) {
    if (Object.prototype.hasOwnProperty.call(value, key)) return false;
    let pointer = value;
    do {
      pointer = Object.getPrototypeOf(pointer);
    } while (pointer !== null && !Object.prototype.hasOwnProperty.call(pointer, key));
    if (pointer === null) return true;
    const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
    return descriptor !== undefined && typeof descriptor.value === 'function' &&
      isBuiltInName(descriptor.value.name);
  }

  let circularMessage;
  function firstLine(err) {
    const msg = String(err && err.message);
    const nl = msg.indexOf('\n');
    return nl === -1 ? msg : msg.slice(0, nl);
  }

  function tryStringify(arg) {
    try {
      return JSON.stringify(arg);
    } catch (err) {
      if (circularMessage === undefined) {
        try {
          const a = {};
          a.a = a;
          JSON.stringify(a);
        } catch (circularError) {
          circularMessage = firstLine(circularError);
        }
      }
      if (err && err.name === 'TypeError' && firstLine(err) === circularMessage) return '[Circular]';
      throw err;
    }
  }

  function formatWithOptionsInternal(inspectOptions, args) {
    const first = args[0];
    let a = 0;
    let str = '';
    let join = '';

    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let tempStr;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) !== 37) continue; // '%'
        const nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const arg = args[++a];
              if (typeof arg === 'number') tempStr = formatNumber(stylizeNoColor, arg, false);
              else if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, false);
              else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
              else tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              const arg = args[++a];
              if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, false);
              else if (typeof arg === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(stylizeNoColor, Number(arg), false);
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
              break;
            case 105: { // 'i'
              const arg = args[++a];
              if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, false);
              else if (typeof arg === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(stylizeNoColor, Number.parseInt(arg), false);
              break;
            }
            case 102: { // 'f'
              const arg = args[++a];
              if (typeof arg === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
              break;
            }
            case 99: // 'c': CSS is ignored, the argument is consumed.
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default: // Not a placeholder.
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }

    while (a < args.length) {
      const value = args[a];
      str += join;
      str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
      join = ' ';
      a++;
    }
    return str;
  }

  function format(...args) {
    return formatWithOptionsInternal(undefined, args);
  }

  function formatWithOptions(inspectOptions, ...args) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
    }
    return formatWithOptionsInternal(inspectOptions, args);
  }

  return { format, formatWithOptions, formatWithOptionsInternal };
};

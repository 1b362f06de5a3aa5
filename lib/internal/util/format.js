'use strict';
// util.format / util.formatWithOptions: printf-like formatting (%s %d %i %f %j %o %O %c %%).
// A factory: inspect.js passes in inspect and the number formatters (avoids a require cycle).

module.exports = function makeFormat({
  inspect, inspectDefaultOptions, formatNumber, formatBigInt, stylizeNoColor, getProxyDetails,
  isBuiltInName,
}) {
  const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
  const returnFalse = () => false;

  // True when String(value) would only give a built-in text ("[object Object]", an
  // Array's join, a Date's string …), so that %s inspects the value instead: the
  // nearest toString or Symbol.toPrimitive on the prototype chain belongs to a built-in.
  function hasBuiltInToString(value) {
    // Proxy traps are not triggered.
    const target = getProxyDetails(value, false);
    if (target !== undefined) {
      if (target === null) return true;
      value = target;
    }
    let hasOwnToString = hasOwn;
    let hasOwnToPrimitive = hasOwn;
    if (typeof value.toString !== 'function') {
      if (typeof value[Symbol.toPrimitive] !== 'function') return true;
      if (hasOwn(value, Symbol.toPrimitive)) return false;
      hasOwnToString = returnFalse;
    } else if (hasOwn(value, 'toString')) {
      return false;
    } else if (typeof value[Symbol.toPrimitive] !== 'function') {
      hasOwnToPrimitive = returnFalse;
    } else if (hasOwn(value, Symbol.toPrimitive)) {
      return false;
    }
    let pointer = value;
    do {
      pointer = Object.getPrototypeOf(pointer);
    } while (!hasOwnToString(pointer, 'toString') && !hasOwnToPrimitive(pointer, Symbol.toPrimitive));
    const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
    return descriptor !== undefined && typeof descriptor.value === 'function' &&
      isBuiltInName(descriptor.value.name);
  }

  // Numbers of %s, %d, %i and %f honour the numericSeparator option.
  function formatNumberNoColor(number, options) {
    return formatNumber(stylizeNoColor, number,
      options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
  }

  function formatBigIntNoColor(bigint, options) {
    return formatBigInt(stylizeNoColor, bigint,
      options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
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
              if (typeof arg === 'number') tempStr = formatNumberNoColor(arg, inspectOptions);
              else if (typeof arg === 'bigint') tempStr = formatBigIntNoColor(arg, inspectOptions);
              else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
              else tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              const arg = args[++a];
              if (typeof arg === 'bigint') tempStr = formatBigIntNoColor(arg, inspectOptions);
              else if (typeof arg === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumberNoColor(Number(arg), inspectOptions);
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
              if (typeof arg === 'bigint') tempStr = formatBigIntNoColor(arg, inspectOptions);
              else if (typeof arg === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumberNoColor(Number.parseInt(arg), inspectOptions);
              break;
            }
            case 102: { // 'f'
              const arg = args[++a];
              if (typeof arg === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumberNoColor(Number.parseFloat(arg), inspectOptions);
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
    const { validateObject, kValidateObjectAllowArray } = require('internal/validators');
    validateObject(inspectOptions, 'inspectOptions', kValidateObjectAllowArray);
    return formatWithOptionsInternal(inspectOptions, args);
  }

  return { format, formatWithOptions, formatWithOptionsInternal };
};

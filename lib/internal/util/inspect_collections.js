'use strict';
// Entry lists for util.inspect's containers: arrays (with holes), typed arrays, ArrayBuffers,
// Map/Set, their iterators, WeakMap/WeakSet, promises and module namespaces.
// A factory: inspect.js hands in its formatting core (avoids a require cycle).

const { formatNumber, formatBigInt } = require('internal/util/inspect_strings');

module.exports = function makeCollectionFormatters({
  formatValue, formatProperty, reduceToSingleString, getPromiseDetails, previewEntries,
  kObjectType, kArrayType, kArrayExtrasType,
}) {
  const PENDING = 0;
  const REJECTED = 2;
  const arrayIndexKey = /^(0|[1-9][0-9]*)$/;

  function hasOwn(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
  }

  function remainingText(remaining) {
    return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
  }

  function formatArray(ctx, value, recurseTimes) {
    const valLen = value.length;
    const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
    const output = [];
    for (let i = 0; i < len; i++) {
      if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
      output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
    }
    const remaining = valLen - len;
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  // Arrays with holes: runs of missing indices print as "<N empty items>"; each run counts
  // as one entry against maxArrayLength.
  function formatSparseArray(ctx, value, recurseTimes, maxLength, output, start) {
    const keys = Object.keys(value);
    let index = start;
    for (let k = start; k < keys.length && output.length < maxLength; k++) {
      const key = keys[k];
      const num = +key;
      if (num > 2 ** 32 - 2) break;
      if (`${index}` !== key) {
        if (!arrayIndexKey.test(key)) break;
        const empty = num - index;
        output.push(ctx.stylize(`<${empty} empty item${empty > 1 ? 's' : ''}>`, 'undefined'));
        index = num;
        if (output.length === maxLength) break;
      }
      output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
      index++;
    }
    const remaining = value.length - index;
    if (output.length !== maxLength) {
      if (remaining > 0) {
        output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
      }
    } else if (remaining > 0) {
      output.push(remainingText(remaining));
    }
    return output;
  }

  function formatTypedArray(value, length, ctx) {
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = value.length - maxLength;
    const output = new Array(maxLength);
    const isNumeric = value.length > 0 && typeof value[0] === 'number';
    for (let i = 0; i < maxLength; ++i) {
      output[i] = isNumeric ? formatNumber(ctx.stylize, value[i], ctx.numericSeparator) :
        formatBigInt(ctx.stylize, value[i], ctx.numericSeparator);
    }
    if (remaining > 0) output[maxLength] = remainingText(remaining);
    return output;
  }

  function hexBytes(bytes, count) {
    let out = '';
    for (let i = 0; i < count; i++) {
      if (i !== 0) out += ' ';
      out += bytes[i].toString(16).padStart(2, '0');
    }
    return out;
  }

  function formatArrayBuffer(ctx, value) {
    let bytes;
    try {
      bytes = new Uint8Array(value);
    } catch {
      return [ctx.stylize('(detached)', 'special')];
    }
    let str = hexBytes(bytes, Math.min(ctx.maxArrayLength, bytes.length));
    const remaining = bytes.length - ctx.maxArrayLength;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
  }

  // `entries` is the Set itself (iterated as user code would) or, for a Set without a
  // prototype, an iterator over its values: then there is no size, and no limit applies.
  function formatSet(entries, ctx, ignored, recurseTimes) {
    const length = entries.size;
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const v of entries) {
      if (i >= maxLength) break;
      output.push(formatValue(ctx, v, recurseTimes));
      i++;
    }
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  // Like formatSet, for a Map or an iterator over its entries.
  function formatMap(entries, ctx, ignored, recurseTimes) {
    const length = entries.size;
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const { 0: k, 1: v } of entries) {
      if (i >= maxLength) break;
      output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
      i++;
    }
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  // Entries of a Set iterator / WeakSet / Map iterator (keys or values).
  function formatListEntries(ctx, recurseTimes, entries, weak) {
    const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
    const maxLength = Math.min(maxArrayLength, entries.length);
    const output = new Array(maxLength);
    ctx.indentationLvl += 2;
    for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
    ctx.indentationLvl -= 2;
    if (weak && !ctx.sorted) output.sort();
    const remaining = entries.length - maxLength;
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  // Flat [k0, v0, k1, v1 …] entries of a WeakMap or Map entries iterator.
  function formatPairEntries(ctx, recurseTimes, entries, weak) {
    const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
    const len = entries.length / 2;
    const remaining = len - maxArrayLength;
    const maxLength = Math.min(maxArrayLength, len);
    const output = new Array(maxLength);
    ctx.indentationLvl += 2;
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      if (weak) {
        output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ${formatValue(ctx, entries[pos + 1], recurseTimes)}`;
      } else {
        const res = [formatValue(ctx, entries[pos], recurseTimes), formatValue(ctx, entries[pos + 1], recurseTimes)];
        output[i] = reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
      }
    }
    ctx.indentationLvl -= 2;
    if (weak && !ctx.sorted) output.sort();
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  function formatWeakCollection(ctx) {
    return [ctx.stylize('<items unknown>', 'special')];
  }

  function formatWeakSet(ctx, value, recurseTimes) {
    return formatListEntries(ctx, recurseTimes, previewEntries(value), true);
  }

  function formatWeakMap(ctx, value, recurseTimes) {
    return formatPairEntries(ctx, recurseTimes, previewEntries(value), true);
  }

  function formatIterator(braces, ctx, value, recurseTimes) {
    const [entries, isKeyValue] = previewEntries(value, true);
    if (isKeyValue) {
      braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
      return formatPairEntries(ctx, recurseTimes, entries, false);
    }
    return formatListEntries(ctx, recurseTimes, entries, false);
  }

  function formatPromise(ctx, value, recurseTimes) {
    const [state, result] = getPromiseDetails(value);
    if (state === PENDING) return [ctx.stylize('<pending>', 'special')];
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, result, recurseTimes);
    ctx.indentationLvl -= 2;
    return [state === REJECTED ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
  }

  function formatNamespaceObject(keys, ctx, value, recurseTimes) {
    const output = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      try {
        output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
      } catch (err) {
        if (!(err instanceof ReferenceError)) throw err;
        // The binding is not initialised yet (temporal dead zone).
        const tmp = { [keys[i]]: '' };
        output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
        const pos = output[i].lastIndexOf(' ');
        output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
      }
    }
    // Keys were consumed here; do not print them again.
    keys.length = 0;
    return output;
  }

  return {
    formatArray, formatTypedArray, formatArrayBuffer, formatSet, formatMap, formatWeakCollection,
    formatWeakSet, formatWeakMap, formatIterator, formatPromise, formatNamespaceObject,
  };
};

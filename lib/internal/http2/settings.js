'use strict';
// HTTP/2 SETTINGS (RFC 9113 §6.5.2): the default values, validation of a settings object, and the
// packed wire form (6 bytes per setting: a 16-bit id and a 32-bit value, big-endian).

const { Buffer } = require('buffer');
const { validateObject } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const {
  ERR_HTTP2_INVALID_SETTING_VALUE, ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH,
  ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS, ERR_INVALID_ARG_TYPE,
} = require('internal/errors').codes;

const kMaxUint32 = 2 ** 32 - 1;
const kMaxAdditionalSettings = 10;

// [name, id, kind, min, max] in id order (the order of the packed form).
const kSettings = [
  ['headerTableSize', 1, 'number', 0, kMaxUint32],
  ['enablePush', 2, 'boolean'],
  ['maxConcurrentStreams', 3, 'number', 0, kMaxUint32],
  ['initialWindowSize', 4, 'number', 0, 2 ** 31 - 1],
  ['maxFrameSize', 5, 'number', 16384, 2 ** 24 - 1],
  ['maxHeaderListSize', 6, 'number', 0, kMaxUint32],
  ['enableConnectProtocol', 8, 'boolean'],
];

function getDefaultSettings() {
  return {
    __proto__: null,
    headerTableSize: 4096,
    enablePush: true,
    initialWindowSize: 65535,
    maxFrameSize: 16384,
    maxConcurrentStreams: kMaxUint32,
    maxHeaderSize: 65535,
    maxHeaderListSize: 65535,
    enableConnectProtocol: false,
  };
}

function validateSettings(settings) {
  if (settings.maxHeaderSize !== undefined) {
    process.emitWarning('settings.maxHeaderSize overwrite settings.maxHeaderListSize');
    settings = { ...settings, maxHeaderListSize: settings.maxHeaderSize };
  }
  for (const [name, , kind, min, max] of kSettings) {
    const v = settings[name];
    if (v === undefined) continue;
    if (kind === 'boolean') {
      if (typeof v !== 'boolean') throw new ERR_HTTP2_INVALID_SETTING_VALUE(name, v);
    } else if (typeof v !== 'number' || !(v >= min && v <= max)) {
      throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError(name, v, min, max);
    }
  }
  const custom = settings.customSettings;
  if (custom !== undefined) {
    if (typeof custom !== 'object' || custom === null) {
      throw new ERR_INVALID_ARG_TYPE('customSettings', 'Number', custom);
    }
    const ids = Object.keys(custom);
    if (ids.length > kMaxAdditionalSettings) throw new ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS();
    for (const id of ids) {
      const n = Number(id);
      if (!Number.isInteger(n) || n < 0 || n > 0xffff) {
        throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError('customSettings:id', id, 0, 0xffff);
      }
      const v = custom[id];
      if (typeof v !== 'number' || !(v >= 0 && v <= kMaxUint32)) {
        throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError('customSettings:value', v, 0, kMaxUint32);
      }
    }
  }
  return settings;
}

function getPackedSettings(settings = {}) {
  validateObject(settings, 'settings');
  settings = validateSettings(settings);
  const entries = [];
  for (const [name, id, kind] of kSettings) {
    const v = settings[name];
    if (v === undefined) continue;
    entries.push([id, kind === 'boolean' ? (v ? 1 : 0) : v]);
  }
  if (settings.customSettings) {
    for (const id of Object.keys(settings.customSettings)) entries.push([Number(id), settings.customSettings[id]]);
  }
  const buf = Buffer.alloc(entries.length * 6);
  entries.forEach(([id, v], i) => {
    buf.writeUInt16BE(id, i * 6);
    buf.writeUInt32BE(v >>> 0, i * 6 + 2);
  });
  return buf;
}

function getUnpackedSettings(buf, options = {}) {
  if (!isArrayBufferView(buf) || buf instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray'], buf);
  }
  if (buf.byteLength % 6 !== 0) throw new ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH();
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const settings = {};
  for (let off = 0; off < buf.byteLength; off += 6) {
    const id = view.getUint16(off);
    const value = view.getUint32(off + 2);
    const known = kSettings.find((s) => s[1] === id);
    if (known === undefined) {
      settings.customSettings ??= {};
      settings.customSettings[id] = value;
    } else {
      if (id === 6) settings.maxHeaderSize = value;  // the same setting under its older name
      settings[known[0]] = known[2] === 'boolean' ? value !== 0 : value;
    }
  }
  if (options != null && options.validate) {
    for (const [name, , kind, min, max] of kSettings) {
      const v = settings[name];
      if (v !== undefined && kind === 'number' && !(v >= min && v <= max)) {
        throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError(name, v, min, max);
      }
    }
  }
  return settings;
}

module.exports = { getDefaultSettings, getPackedSettings, getUnpackedSettings };

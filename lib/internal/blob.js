'use strict';
// Blob (WHATWG File API) over an immutable copy of its bytes, and the blob: URL registry
// behind buffer.resolveObjectURL / URL.createObjectURL.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer } = require('internal/util/types');
const { FastBuffer } = require('internal/buffer');
const { Buffer } = require('buffer');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function isBlob(v) {
  return v != null && typeof v === 'object' && kBytes in v;
}

function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

function partBytes(part, endings) {
  if (typeof part === 'string') {
    if (endings === 'native') part = part.replace(/\r\n|\r/g, '\n');
    return Buffer.from(part, 'utf8');
  }
  if (isBlob(part)) return part[kBytes];
  if (isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  return partBytes(`${part}`, endings);
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      // Node's WebIDL conversion error.
      const err = new TypeError('Value cannot be converted to sequence.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    for (const source of sources) parts.push(partBytes(source, endings));
    this[kBytes] = parts.length === 1 && !isBlob(sources) ? copyOf(parts[0]) : Buffer.concat(parts);
    this[kType] = normalizeType(type);
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].length;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this[kBytes].length;
    const clamp = (v) => {
      v = Math.trunc(+v) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const from = clamp(start);
    const to = end === undefined ? size : clamp(end);
    const blob = new Blob();
    blob[kBytes] = this[kBytes].subarray(from, Math.max(from, to));
    blob[kType] = normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const b = this[kBytes];
    return Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(new Uint8Array(this[kBytes]));
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].toString('utf8'));
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    let ReadableStream;
    try {
      ({ ReadableStream } = require('stream/web'));
    } catch {
      // Web streams are not part of this build yet.
      throw new ERR_METHOD_NOT_IMPLEMENTED('Blob.prototype.stream');
    }
    const bytes = this[kBytes];
    let offset = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (offset >= bytes.length) {
          controller.close();
          return;
        }
        const end = Math.min(offset + 65536, bytes.length);
        controller.enqueue(new Uint8Array(bytes.subarray(offset, end)));
        offset = end;
      },
    });
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
for (const name of ['size', 'type', 'slice', 'arrayBuffer', 'bytes', 'text', 'stream']) {
  const d = Object.getOwnPropertyDescriptor(Blob.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Blob.prototype, name, d);
}

function copyOf(bytes) {
  const out = new FastBuffer(bytes.length);
  out.set(bytes);
  return out;
}

// blob: URLs: the registry behind URL.createObjectURL/revokeObjectURL (node:url calls these)
// and buffer.resolveObjectURL. Ids are version-4 UUIDs, as Node's.
const registry = new Map();

function randomUUID() {
  const bytes = [];
  for (let i = 0; i < 16; i++) bytes.push(Math.floor(Math.random() * 256));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const h = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function createObjectURL(blob) {
  if (!isBlob(blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', blob);
  const id = randomUUID();
  registry.set(id, blob);
  return `blob:nodedata:${id}`;
}

function revokeObjectURL(url) {
  url = `${url}`;
  if (url.startsWith('blob:nodedata:')) registry.delete(url.slice('blob:nodedata:'.length));
}

function resolveObjectURL(url) {
  url = `${url}`;
  if (!url.startsWith('blob:nodedata:')) return undefined;
  let id = url.slice('blob:nodedata:'.length);
  const hash = id.search(/[?#]/);
  if (hash !== -1) id = id.slice(0, hash);
  const blob = registry.get(id);
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

module.exports = { Blob, isBlob, kBytes, createObjectURL, revokeObjectURL, resolveObjectURL };

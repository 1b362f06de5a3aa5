'use strict';
// File: a Blob with a name and a last-modified time.

const { Blob } = require('internal/blob');
const { codes: { ERR_MISSING_ARGS, ERR_INVALID_THIS } } = require('internal/errors');
const { validateDictionary } = require('internal/validators');

const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    validateDictionary(options, 'options');
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this[kName] = `${fileName}`;
    this[kLastModified] = lastModified;
  }

  get name() {
    if (!(kName in this)) throw new ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (!(kName in this)) throw new ERR_INVALID_THIS('File');
    return this[kLastModified];
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({ size: this.size, type: this.type, name: this[kName], lastModified: this[kLastModified] }, opts)}`;
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });
for (const name of ['name', 'lastModified']) {
  const d = Object.getOwnPropertyDescriptor(File.prototype, name);
  d.enumerable = true;
  Object.defineProperty(File.prototype, name, d);
}

module.exports = { File };

'use strict';
// A Transform whose stream state is created on first use: crypto's Hash, Hmac (and later
// Cipher) objects are streams, but most programs only call update()/digest() and never pay
// for a Readable and a Writable. Reading _readableState or _writableState (which every stream
// method does) runs the Transform constructor with the options kept at construction.
module.exports = LazyTransform;

const Transform = require('internal/streams/transform');

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

function makeGetter(name) {
  return function() {
    Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

function makeSetter(name) {
  return function(value) {
    Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
  };
}

Object.defineProperties(LazyTransform.prototype, {
  _readableState: {
    get: makeGetter('_readableState'), set: makeSetter('_readableState'), configurable: true, enumerable: true,
  },
  _writableState: {
    get: makeGetter('_writableState'), set: makeSetter('_writableState'), configurable: true, enumerable: true,
  },
});

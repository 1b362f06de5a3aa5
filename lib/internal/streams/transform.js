'use strict';
// stream.Transform: a Duplex whose writes go through _transform() into the readable side.
// Backpressure: a write's callback is held while the readable buffer is at its mark and
// released by the next _read(). _flush() runs before the readable side ends.
module.exports = Transform;

const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

const kCallback = Symbol('kCallback');
// Per-write bookkeeping lives on the stream, and one callback is bound per stream, so the
// hot path allocates no closure per chunk (writes are serialised by Writable).
const kWriteCb = Symbol('kWriteCb');
const kPending = Symbol('kPending');
const kLength = Symbol('kLength');
const kOnTransformed = Symbol('kOnTransformed');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // With a readable mark of 0, do not buffer on the writable side either (unless asked).
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);
  // Pushes from _transform happen in a write, never inside a read() call.
  this._readableState.sync = false;
  this[kCallback] = null;
  this[kWriteCb] = null;
  this[kPending] = false;
  this[kLength] = 0;
  this[kOnTransformed] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // Runs final() for subclasses that override _final without calling it.
  this.on('prefinish', prefinish);
}

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

function onTransformed(err, val) {
  const callback = this[kWriteCb];
  if (!this[kPending]) {
    // Called twice: let Writable report ERR_MULTIPLE_CALLBACK.
    this._writableState.onwrite(err);
    return;
  }
  this[kPending] = false;
  this[kWriteCb] = null;
  if (err) {
    callback(err);
    return;
  }
  const rState = this._readableState;
  if (val != null) this.push(val);
  if (rState.ended) {
    // push(null) inside _transform: let the new state settle first.
    process.nextTick(callback);
  } else if (this._writableState.ended || this[kLength] === rState.length ||
             rState.length < rState.highWaterMark) {
    callback();
  } else {
    this[kCallback] = callback;
  }
}

Transform.prototype._write = function(chunk, encoding, callback) {
  let done = this[kOnTransformed];
  if (done === null) done = this[kOnTransformed] = onTransformed.bind(this);
  this[kWriteCb] = callback;
  this[kPending] = true;
  this[kLength] = this._readableState.length;
  this._transform(chunk, encoding, done);
};

Transform.prototype._read = function() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

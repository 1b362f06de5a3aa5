'use strict';
// http.IncomingMessage: a request on the server, a response on the client (Node's
// _http_incoming). A Readable fed by the parser (parserOnBody/parserOnMessageComplete in
// _http_common); headers/trailers objects are built from the raw arrays on first access.
//
// The readable side is made lazily: most requests have no body and nobody reads them, and
// a stream's state and life cycle (push(null), 'end', autoDestroy, 'close' — a dozen calls and
// ticks) are a large part of a request's cost in an interpreter. Until something touches the
// stream — any of its methods or getters (they all read _readableState), or adding a listener
// — the message only records what the parser did (kLazy flags). On first touch the state is
// made and those operations are replayed, so what anyone can observe is unchanged. One case is
// fast-forwarded: a message that was complete and dumped (the server finished the response
// without the body being read) is made in the state Node reaches a tick or two later —
// ended, 'end' and 'close' emitted — since no listener could have seen those events.

const { Readable, finished } = require('stream');
const EE = require('events');
const { ReadableState } = Readable;

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');
// req.signal: made on first access; aborts when the connection closes before the message is
// complete. kDetachAbortSignal stops that once the response is done.
const kAbortController = Symbol('kAbortController');
const kAbortSignalSocket = Symbol('kAbortSignalSocket');
const kAbortSignalListener = Symbol('kAbortSignalListener');
const kAbortSignalDetached = Symbol('kAbortSignalDetached');
const kAttachAbortSignal = Symbol('kAttachAbortSignal');
const kDetachAbortSignal = Symbol('kDetachAbortSignal');
const kLazy = Symbol('kLazy');          // LAZY | ENDED | DONE while _readableState is not made
const LAZY = 1;   // no _readableState yet
const ENDED = 2;  // the parser pushed the end of the message
const DONE = 4;   // ended and dumped: materializes as ended, 'end' and 'close' emitted

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  // The emitter's fields are made by its methods on first use; a full init only when rejections
  // are to be captured (EventEmitter.captureRejections), which init records per emitter.
  if (EE.captureRejections) EE.call(this);
  this[kLazy] = LAZY;
  this.socket = socket;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.client = socket;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// Initial values of the other fields: on the prototype until written (a message is made per
// request; Node's has them all as own properties).
Object.assign(IncomingMessage.prototype, {
  httpVersionMajor: null,
  httpVersionMinor: null,
  httpVersion: null,
  complete: false,
  joinDuplicateHeaders: false,
  aborted: false,
  upgrade: null,
  url: '',          // request (server) only
  method: null,
  statusCode: null, // response (client) only
  statusMessage: null,
  _consuming: false,
  _dumped: false,   // set when the message cannot be read by anyone: its body is discarded
  [kHeaders]: null,
  [kHeadersDistinct]: null,
  [kHeadersCount]: 0,
  [kTrailers]: null,
  [kTrailersDistinct]: null,
  [kTrailersCount]: 0,
  [kAbortController]: null,
  [kAbortSignalSocket]: null,
  [kAbortSignalListener]: null,
  [kAbortSignalDetached]: false,
});

// Makes the readable state and replays what happened before (see the top of this file).
function materialize(msg) {
  const flags = msg[kLazy];
  msg[kLazy] = 0;
  const hwm = msg.socket ? msg.socket.readableHighWaterMark : undefined;
  const state = new ReadableState(hwm !== undefined ? { highWaterMark: hwm } : undefined, msg, false);
  Object.defineProperty(msg, '_readableState', {
    __proto__: null, value: state, writable: true, configurable: true, enumerable: true,
  });
  if (flags & DONE) {
    state.ended = true;
    state.endEmitted = true;
    state.destroyed = true;
    state.closed = true;
    state.closeEmitted = true;
    state.readingMore = false;
    return state;
  }
  state.readingMore = !msg._consuming;
  if (flags & ENDED) Readable.prototype.push.call(msg, null);
  return state;
}

Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return materialize(this); },
  set(value) {
    this[kLazy] = 0;
    Object.defineProperty(this, '_readableState', {
      __proto__: null, value, writable: true, configurable: true, enumerable: true,
    });
  },
});

// Listeners see the stream as it is: it is made before any is added.
for (const name of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener']) {
  const original = Readable.prototype[name] || EE.prototype[name];
  IncomingMessage.prototype[name] = {
    [name](event, listener) {
      if (this[kLazy]) materialize(this);
      return original.call(this, event, listener);
    },
  }[name];
}
for (const name of ['removeListener', 'off', 'removeAllListeners']) {
  const original = Readable.prototype[name];
  const plain = EE.prototype[name];
  IncomingMessage.prototype[name] = {
    [name](...args) {
      // Without a state there is no listener to update it for.
      return Reflect.apply(this[kLazy] ? plain : original, this, args);
    },
  }[name];
}

// What the parser and the server do to a message, without making its state when it is lazy.
function pushEnd(msg) {
  if (msg[kLazy]) msg[kLazy] |= ENDED;
  else msg.push(null);
}

function isLazy(msg) {
  return msg[kLazy] !== 0 && msg[kLazy] !== undefined;
}

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

function lazyHeaders(kObj, kCount, rawKey, add) {
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (!this[kObj]) {
        const dst = this[kObj] = {};
        const src = this[rawKey];
        for (let n = 0; n < this[kCount]; n += 2) add.call(this, src[n], src[n + 1], dst);
      }
      return this[kObj];
    },
    set(val) { this[kObj] = val; },
  };
}

Object.defineProperty(IncomingMessage.prototype, 'headers',
  lazyHeaders(kHeaders, kHeadersCount, 'rawHeaders', function(k, v, d) { this._addHeaderLine(k, v, d); }));
Object.defineProperty(IncomingMessage.prototype, 'headersDistinct',
  lazyHeaders(kHeadersDistinct, kHeadersCount, 'rawHeaders', addHeaderLineDistinct));
Object.defineProperty(IncomingMessage.prototype, 'trailers',
  lazyHeaders(kTrailers, kTrailersCount, 'rawTrailers', function(k, v, d) { this._addHeaderLine(k, v, d); }));
Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct',
  lazyHeaders(kTrailersDistinct, kTrailersCount, 'rawTrailers', addHeaderLineDistinct));

Object.defineProperty(IncomingMessage.prototype, 'signal', {
  __proto__: null,
  configurable: true,
  get() {
    if (this[kAbortController] === null) {
      const ac = this[kAbortController] = new AbortController();
      if (this.destroyed && (!this.readableEnded || !this.complete)) ac.abort();
      else this[kAttachAbortSignal]();
    }
    return this[kAbortController].signal;
  },
});

IncomingMessage.prototype[kAttachAbortSignal] = function() {
  if (this[kAbortController].signal.aborted || this[kAbortSignalDetached] ||
      this[kAbortSignalListener] !== null) return;
  const socket = this.socket;
  if (!socket) return;
  if (socket.destroyed) {
    abortSignal(this);
    return;
  }
  this[kAbortSignalSocket] = socket;
  this[kAbortSignalListener] = () => abortSignal(this);
  socket.once('close', this[kAbortSignalListener]);
};

IncomingMessage.prototype[kDetachAbortSignal] = function() {
  const socket = this[kAbortSignalSocket];
  const listener = this[kAbortSignalListener];
  this[kAbortSignalDetached] = true;
  this[kAbortSignalSocket] = null;
  this[kAbortSignalListener] = null;
  if (socket !== null && listener !== null) socket.removeListener('close', listener);
};

function abortSignal(msg) {
  msg[kDetachAbortSignal]();
  if (msg[kAbortController] !== null) msg[kAbortController].abort();
}

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // The parser feeds the stream as the socket delivers: resume it if it was stopped for
  // backpressure.
  if (this.socket.readable) readStart(this.socket);
};

// An incomplete message that is destroyed was aborted: its socket goes too.
IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
    abortSignal(this);
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else if (err == null && !this.aborted) {
    // Received completely and destroyed cleanly: nothing for an 'error' listener to see, so
    // the destroy completes now ('close' still comes on a later tick).
    cb();
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// How a repeated header combines (Node's rules): some keep their first value, set-cookie
// becomes an array, cookie joins with '; ', the rest join with ', '. The returned name is
// lowercase, prefixed by \u0000 (join ', '), \u0001 (array) or \u0002 (join '; ').
function matchKnownFields(field, lowercased) {
  switch (field.length) {
    case 3:
      if (field === 'Age' || field === 'age') return 'age';
      break;
    case 4:
      if (field === 'Host' || field === 'host') return 'host';
      if (field === 'From' || field === 'from') return 'from';
      if (field === 'ETag' || field === 'etag') return 'etag';
      if (field === 'Date' || field === 'date') return '\u0000date';
      if (field === 'Vary' || field === 'vary') return '\u0000vary';
      break;
    case 6:
      if (field === 'Server' || field === 'server') return 'server';
      if (field === 'Cookie' || field === 'cookie') return '\u0002cookie';
      if (field === 'Origin' || field === 'origin') return '\u0000origin';
      if (field === 'Expect' || field === 'expect') return '\u0000expect';
      if (field === 'Accept' || field === 'accept') return '\u0000accept';
      break;
    case 7:
      if (field === 'Referer' || field === 'referer') return 'referer';
      if (field === 'Expires' || field === 'expires') return 'expires';
      if (field === 'Upgrade' || field === 'upgrade') return '\u0000upgrade';
      break;
    case 8:
      if (field === 'Location' || field === 'location') return 'location';
      if (field === 'If-Match' || field === 'if-match') return '\u0000if-match';
      break;
    case 10:
      if (field === 'User-Agent' || field === 'user-agent') return 'user-agent';
      if (field === 'Set-Cookie' || field === 'set-cookie') return '\u0001';
      if (field === 'Connection' || field === 'connection') return '\u0000connection';
      break;
    case 11:
      if (field === 'Retry-After' || field === 'retry-after') return 'retry-after';
      break;
    case 12:
      if (field === 'Content-Type' || field === 'content-type') return 'content-type';
      if (field === 'Max-Forwards' || field === 'max-forwards') return 'max-forwards';
      break;
    case 13:
      if (field === 'Authorization' || field === 'authorization') return 'authorization';
      if (field === 'Last-Modified' || field === 'last-modified') return 'last-modified';
      if (field === 'Cache-Control' || field === 'cache-control') return '\u0000cache-control';
      if (field === 'If-None-Match' || field === 'if-none-match') return '\u0000if-none-match';
      break;
    case 14:
      if (field === 'Content-Length' || field === 'content-length') return 'content-length';
      break;
    case 15:
      if (field === 'Accept-Encoding' || field === 'accept-encoding') return '\u0000accept-encoding';
      if (field === 'Accept-Language' || field === 'accept-language') return '\u0000accept-language';
      if (field === 'X-Forwarded-For' || field === 'x-forwarded-for') return '\u0000x-forwarded-for';
      break;
    case 16:
      if (field === 'X-Forwarded-Host' || field === 'x-forwarded-host') return '\u0000x-forwarded-host';
      break;
    case 17:
      if (field === 'If-Modified-Since' || field === 'if-modified-since') return 'if-modified-since';
      if (field === 'Transfer-Encoding' || field === 'transfer-encoding') return '\u0000transfer-encoding';
      if (field === 'X-Forwarded-Proto' || field === 'x-forwarded-proto') return '\u0000x-forwarded-proto';
      break;
    case 19:
      if (field === 'Proxy-Authorization' || field === 'proxy-authorization') return 'proxy-authorization';
      if (field === 'If-Unmodified-Since' || field === 'if-unmodified-since') return 'if-unmodified-since';
      break;
    default:
      break;
  }
  if (lowercased) return '\u0000' + field;
  return matchKnownFields(field.toLowerCase(), true);
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = matchKnownFields(field);
  const flag = field.charCodeAt(0);
  if (flag === 0 || flag === 2) {
    field = field.slice(1);
    // Make a delimited list
    if (typeof dest[field] === 'string') dest[field] += (flag === 0 ? ', ' : '; ') + value;
    else dest[field] = value;
  } else if (flag === 1) {
    // Array header -- only Set-Cookie at the moment
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += ', ' + value;
  } else if (dest[field] === undefined) {
    // Drop duplicates
    dest[field] = value;
  }
};

function addHeaderLineDistinct(field, value, dest) {
  field = field.toLowerCase();
  if (!dest[field]) dest[field] = [value];
  else dest[field].push(value);
}

IncomingMessage.prototype._addHeaderLineDistinct = function(field, value, dest) {
  addHeaderLineDistinct(field, value, dest);
};

// Call this instead of resume() if we want to just dump all the data without a 'data'
// listener and without the user seeing it.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    if (this[kLazy] & ENDED) {
      // Complete and never touched: Node would emit 'end' and 'close' to no listener.
      this[kLazy] |= DONE;
      return;
    }
    this.removeAllListeners('data');
    if (this.complete && !this.destroyed && this.readableLength === 0) {
      // Fully received and never read: nothing is left on the wire, 'end' can come at once.
      this.read(0);
    } else {
      this.resume();
    }
  }
};

// The server's optimizeEmptyRequests: a request without a body never emits stream events.
IncomingMessage.prototype._dumpAndCloseReadable = function _dumpAndCloseReadable() {
  this._dumped = true;
  const state = this._readableState;
  state.ended = true;
  state.endEmitted = true;
  state.destroyed = true;
  state.closed = true;
  state.closeEmitted = true;
};

function onError(self, error, cb) {
  // This is to keep backward compatible behavior: an error is emitted only if there are
  // listeners attached to the event.
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

module.exports = { IncomingMessage, kDetachAbortSignal, readStart, readStop, pushEnd, isLazy };

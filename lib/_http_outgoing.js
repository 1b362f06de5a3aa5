'use strict';
// http.OutgoingMessage: what ServerResponse and ClientRequest share (Node's _http_outgoing).
// Headers are kept as { lowercase: [name, value] } until the head is rendered into one latin1
// string (_storeHeader); the head goes out together with the first body chunk, and end()
// corks the socket so a whole small message leaves in one write.

const EE = require('events');
const { Stream } = require('stream');
const { getDefaultHighWaterMark } = require('internal/streams/state');
const { Buffer } = require('buffer');
const { kOutHeaders, kNeedDrain, utcDateLine } = require('internal/http');
const { _checkIsHttpToken: checkIsHttpToken, _checkInvalidHeaderChar: checkInvalidHeaderChar,
        chunkExpression: RE_TE_CHUNKED, isLenient } = require('_http_common');
const { validateString } = require('internal/validators');
const { buildHeaderBlock } = internalBinding('http_parser');
const { isUint8Array } = require('internal/util/types');
const {
  hideStackFrames,
  codes: {
    ERR_HTTP_BODY_NOT_ALLOWED,
    ERR_HTTP_CONTENT_LENGTH_MISMATCH,
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_HEADER_VALUE,
    ERR_HTTP_TRAILER_INVALID,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_INVALID_HTTP_TOKEN,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');

const kCorked = Symbol('corked');
const kSocket = Symbol('kSocket');
const kChunkedBuffer = Symbol('kChunkedBuffer');
const kChunkedLength = Symbol('kChunkedLength');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kWritableFinished = Symbol('kWritableFinished');
const kEndCallbacks = Symbol('kEndCallbacks');   // end(cb) callbacks waiting for the flush
const kFlushError = Symbol('kFlushError');       // why the final flush failed
const kFinishHook = Symbol('kFinishHook');       // called with the message before 'finish'
const kLenient = Symbol('kLenient');             // _isLenientHeaderValidation()'s answer
const kCloseAfterFinish = Symbol('kCloseAfterFinish');  // emit 'close' after the 'finish' listeners

const nop = () => {};
const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const crlf_buf = Buffer.from('\r\n');

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

function isContentDispositionField(s) {
  return s.length === 19 && s.toLowerCase() === 'content-disposition';
}

function OutgoingMessage(options) {
  // The emitter's fields are made by its methods on first use (see IncomingMessage).
  if (EE.captureRejections) Stream.call(this);
  // Queue that holds all currently pending data, until the response will be assigned to the
  // socket (until it will its turn in the HTTP pipeline).
  this.outputData = [];
  this[kChunkedBuffer] = [];
  this[kHighWaterMark] = options?.highWaterMark ?? getDefaultHighWaterMark();
  if (options?.rejectNonStandardBodyWrites) this[kRejectNonStandardBodyWrites] = true;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

// The other fields start with these values. They live on the prototype and become own
// properties when first written: a message is made per request, and an interpreter pays for
// every property a constructor adds (Node's messages have them all as own properties).
Object.assign(OutgoingMessage.prototype, {
  // `outputSize` is an approximate measure of how much data is queued on this response.
  outputSize: 0,
  writable: true,
  destroyed: false,
  _last: false,
  chunkedEncoding: false,
  shouldKeepAlive: true,
  maxRequestsOnConnectionReached: false,
  _defaultKeepAlive: true,
  useChunkedEncodingByDefault: true,
  sendDate: false,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  strictContentLength: false,
  _contentLength: null,
  _hasBody: true,
  _trailer: '',
  finished: false,
  _headerSent: false,
  _closed: false,
  _header: null,
  _keepAliveTimeout: 0,
  _onPendingData: nop,
  [kBytesWritten]: 0,
  [kNeedDrain]: false,
  [kCorked]: 0,
  [kChunkedLength]: 0,
  [kSocket]: null,
  [kOutHeaders]: null,
  [kErrored]: null,
  [kWritableFinished]: false,
  [kEndCallbacks]: null,
  [kFlushError]: null,
  [kRejectNonStandardBodyWrites]: false,
  [kUniqueHeaders]: null,
  [kFinishHook]: null,
  [kLenient]: undefined,
  [kCloseAfterFinish]: false,
});

// Lenient header-value checks (the Fetch spec's: no NUL, CR or LF) when the message's or its
// server's httpValidation is not 'strict', or insecureHTTPParser is on (Node's order).
OutgoingMessage.prototype._isLenientHeaderValidation = function() {
  // Asked for every header: the answer is kept for the message's life.
  return this[kLenient] ??= lenientFor(this);
};

function lenientFor(msg) {
  if (msg.httpValidation !== undefined) return msg.httpValidation !== 'strict';
  const server = msg.req?.socket?.server;
  if (server?.httpValidation !== undefined) return server.httpValidation !== 'strict';
  if (typeof msg.insecureHTTPParser === 'boolean') return msg.insecureHTTPParser;
  if (typeof server?.insecureHTTPParser === 'boolean') return server.insecureHTTPParser;
  return isLenient();
}

function getter(name, get, set) {
  Object.defineProperty(OutgoingMessage.prototype, name, {
    __proto__: null, configurable: true, enumerable: true, get, set,
  });
}

getter('errored', function() { return this[kErrored]; });
getter('closed', function() { return this._closed; });
getter('writableFinished', function() { return this[kWritableFinished]; });
getter('writableObjectMode', function() { return false; });
getter('writableLength', function() {
  let buffered = this[kChunkedLength];
  if (buffered !== 0) {
    // Chunks held while corked: their framing and a head not yet sent count too.
    buffered += buffered.toString(16).length + 4 +
      (!this._headerSent && this._header !== null ? this._header.length : 0);
  }
  return this.outputSize + buffered + (this[kSocket] ? this[kSocket].writableLength : 0);
});
getter('writableHighWaterMark', function() {
  return this[kSocket] ? this[kSocket].writableHighWaterMark : this[kHighWaterMark];
});
getter('writableCorked', function() { return this[kCorked]; });
getter('connection', function() { return this[kSocket]; }, function(val) { this.socket = val; });
getter('socket', function() { return this[kSocket]; }, function(val) {
  for (let n = 0; n < this[kCorked]; n++) {
    val?.cork();
    this[kSocket]?.uncork();
  }
  this[kSocket] = val;
});
getter('writableEnded', function() { return this.finished; });
getter('writableNeedDrain', function() { return !this.destroyed && !this.finished && this[kNeedDrain]; });
getter('headersSent', function() { return !!this._header; });

OutgoingMessage.prototype._renderHeaders = function _renderHeaders() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  const headersMap = this[kOutHeaders];
  const headers = {};
  if (headersMap !== null) {
    const keys = Object.keys(headersMap);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      headers[headersMap[key][0]] = headersMap[key][1];
    }
  }
  return headers;
};

OutgoingMessage.prototype.cork = function cork() {
  this[kCorked]++;
  if (this[kSocket]) this[kSocket].cork();
};

OutgoingMessage.prototype.uncork = function uncork() {
  this[kCorked]--;
  const socket = this[kSocket];
  try {
    if (this[kCorked] || this[kChunkedBuffer].length === 0) return;
    const len = this[kChunkedLength];
    const buf = this[kChunkedBuffer];  // [chunk, encoding, callback] triples
    if (this.destroyed || socket?.destroyed) {
      const error = this[kErrored] || socket?._writableState?.errored || new ERR_STREAM_DESTROYED('write');
      for (let n = 2; n < buf.length; n += 3) {
        if (buf[n] !== nop) process.nextTick(buf[n], error);
      }
      buf.length = 0;
      this[kChunkedLength] = 0;
      return;
    }
    // What was written while corked goes out as one chunk.
    const callbacks = [];
    this._send(len.toString(16), 'latin1', null);
    this._send(crlf_buf, null, null);
    for (let n = 0; n < buf.length; n += 3) {
      this._send(buf[n], buf[n + 1], null);
      callbacks.push(buf[n + 2]);
    }
    this._send(crlf_buf, null, (err) => {
      for (const callback of callbacks) callback(err);
    });
    buf.length = 0;
    this[kChunkedLength] = 0;
  } finally {
    socket?.uncork();
  }
  if (this[kNeedDrain] && this.writableLength === 0) {
    this[kNeedDrain] = false;
    this.emit('drain');
  }
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this[kSocket]) {
    this.once('socket', function socketSetTimeoutOnConnect(socket) {
      socket.setTimeout(msecs);
    });
  } else {
    this[kSocket].setTimeout(msecs);
  }
  return this;
};

// It's possible that the socket will be destroyed, and removed from any messages, before
// ever calling this. In that case, just skip it, since something else is destroying this
// connection anyway.
OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this[kChunkedBuffer].length !== 0) {
    // Callbacks of chunks held back get the error.
    this[kCorked] = 1;
    this.uncork();
  }
  if (this[kSocket]) this[kSocket].destroy(error);
  else process.nextTick(emitDestroyNT, this);
  return this;
};

function emitDestroyNT(msg) {
  if (!msg._closed) {
    msg._closed = true;
    msg.emit('close');
  }
}

// This abstract either writing directly to the socket or buffering it.
OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  // The head goes out with the first body chunk, in the same write.
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      const header = this._header;
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = _writeRaw;
function _writeRaw(data, encoding, callback, size) {
  const conn = this[kSocket];
  if (conn?.destroyed) {
    // The socket was destroyed. If we're still trying to write to it, then we haven't gotten
    // the 'close' event yet.
    return false;
  }
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    // There might be pending data in the this.output buffer.
    if (this.outputData.length) this._flushOutput(conn);
    // Directly write to socket.
    return conn.write(data, encoding, callback);
  }
  // Buffer, as long as we're not destroyed.
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
}

OutgoingMessage.prototype._storeHeader = _storeHeader;
// Bits of what the headers held (buildHeaderBlock's flags; the JS path computes the same).
const H_CONNECTION = 1;
const H_TE = 8;
const H_CONTENT_LENGTH = 32;
const H_DATE = 64;
const H_EXPECT = 128;
const H_TRAILER = 256;

function _storeHeader(firstLine, headers) {
  // firstLine in the case of request is: 'GET /index.html HTTP/1.1\r\n'
  // in the case of response it is: 'HTTP/1.1 200 OK\r\n'
  let header = firstLine;
  let seen = 0;
  if (headers) {
    const lenient = this._isLenientHeaderValidation();
    const own = headers === this[kOutHeaders];
    let mode = own ? 0 : 1;
    if (!own && Array.isArray(headers)) {
      mode = headers.length && Array.isArray(headers[0]) ? 3 : 2;
      if (mode === 2 && headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
    }
    // The lines are built natively; anything it does not take (or an invalid header, for
    // Node's error) goes through processHeader.
    const block = this[kUniqueHeaders] === null ?
      buildHeaderBlock(headers, mode, lenient, blockInfo) : undefined;
    if (block !== undefined) {
      header += block;
      seen = applyHeaderFlags(this, blockInfo.flags, blockInfo.contentLength);
    } else {
      const state = {
        connection: false, contLen: false, te: false, date: false, expect: false, trailer: false,
        header, lenient,
      };
      processHeaders(this, state, headers, mode);
      header = state.header;
      seen = (state.connection ? H_CONNECTION : 0) | (state.te ? H_TE : 0) |
        (state.contLen ? H_CONTENT_LENGTH : 0) | (state.date ? H_DATE : 0) |
        (state.expect ? H_EXPECT : 0) | (state.trailer ? H_TRAILER : 0);
    }
  }

  if (this.sendDate && !(seen & H_DATE)) header += utcDateLine();

  // 204 and 304 responses have no body: a "Transfer-Encoding: chunked" the user set would make
  // us send a zero chunk that could confuse proxies, so the connection closes instead.
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }

  // keep-alive logic
  if (this._removedConnection) {
    this._last = !this.shouldKeepAlive;
  } else if (!(seen & H_CONNECTION)) {
    const shouldSendKeepAlive = this.shouldKeepAlive &&
        ((seen & H_CONTENT_LENGTH) || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      header += this._keepAliveTimeout && this._defaultKeepAlive ?
        keepAliveLines(this._keepAliveTimeout, this._maxRequestsPerSocket) : 'Connection: keep-alive\r\n';
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }

  if (!(seen & (H_CONTENT_LENGTH | H_TE))) {
    if (!this._hasBody) {
      // Make sure we don't end the 0\r\n\r\n at the end of the message.
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!(seen & H_TRAILER) && !this._removedContLen && typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + '\r\n';
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      // Both Content-Length and Transfer-Encoding were removed by the user: the body is all
      // data until the connection closes, so it cannot stay open.
      this._last = true;
    }
  }

  // A message that is not chunked may not announce trailers.
  if (this.chunkedEncoding !== true && (seen & H_TRAILER)) throw new ERR_HTTP_TRAILER_INVALID();

  this._header = header + '\r\n';
  this._headerSent = false;

  // Wait until the first body chunk, or close(), is sent to flush, UNLESS we're sending
  // Expect: 100-continue.
  if (seen & H_EXPECT) this._send('');
}

function processHeaders(msg, state, headers, mode) {
  if (mode === 0) {
    for (const key in headers) {
      const entry = headers[key];
      processHeader(msg, state, entry[0], entry[1], false);
    }
  } else if (mode === 3) {
    for (let i = 0; i < headers.length; i++) {
      const entry = headers[i];
      processHeader(msg, state, entry[0], entry[1], true);
    }
  } else if (mode === 2) {
    for (let n = 0; n < headers.length; n += 2) processHeader(msg, state, headers[n], headers[n + 1], true);
  } else {
    for (const key in headers) {
      if (Object.prototype.hasOwnProperty.call(headers, key)) processHeader(msg, state, key, headers[key], true);
    }
  }
}

// 'Connection: keep-alive' with its Keep-Alive line; one string per server setting.
const keepAliveLineCache = new Map();
function keepAliveLines(timeout, maxRequests) {
  const max = ~~maxRequests > 0 ? maxRequests : 0;
  const key = max ? `${timeout}/${max}` : timeout;
  let lines = keepAliveLineCache.get(key);
  if (lines === undefined) {
    lines = `Connection: keep-alive\r\nKeep-Alive: timeout=${Math.floor(timeout / 1000)}` +
      `${max ? `, max=${max}` : ''}\r\n`;
    if (keepAliveLineCache.size < 64) keepAliveLineCache.set(key, lines);
  }
  return lines;
}

// What buildHeaderBlock saw (src/modules/http_headers.cc), applied as matchHeader would.
const blockInfo = { flags: 0, contentLength: undefined };
function applyHeaderFlags(self, flags, contentLength) {
  if (flags === 0) return 0;
  if (flags & 1) {  // Connection
    self._removedConnection = false;
    if (flags & 2) self._last = true;
    if (flags & 4) self.shouldKeepAlive = true;
  }
  if (flags & 8) {  // Transfer-Encoding
    self._removedTE = false;
    if (flags & 16) self.chunkedEncoding = true;
  }
  if (flags & 32) {  // Content-Length
    self._contentLength = +contentLength;
    self._removedContLen = false;
  }
  if (flags & 512) self._defaultKeepAlive = false;
  return flags;
}

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  // A content-disposition value goes out as its latin1 bytes read as UTF-8 when a length is
  // known (RFC 6266 4.3; Node's behaviour since nodejs/node#46528).
  if (self._contentLength && isContentDispositionField(key)) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = String(Buffer.from(value[i], 'latin1'));
    } else {
      value = String(Buffer.from(value, 'latin1'));
    }
  }
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) &&
        (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      // Retain for(;;) loop for performance reasons
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value, state.lenient);
  state.header += key + ': ' + value + '\r\n';
  matchHeader(self, state, key, value);
}

function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  field = field.toLowerCase();
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

const validateHeaderName = hideStackFrames((name, label) => {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
});

const validateHeaderValue = hideStackFrames((name, value, lenient) => {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value, lenient)) throw new ERR_INVALID_CHAR('header content', name);
});

function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (let i = 0; i < headers.length; i++) unique.add(headers[i].toLowerCase());
  return unique;
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value, this._isLenientHeaderValidation());
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  // A Headers object joins several set-cookie values with a comma: they are collected and set
  // at once, so one does not overwrite the other.
  let cookies = null;
  for (const { 0: key, 1: value } of headers) {
    if (key === 'set-cookie') {
      cookies ??= [];
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies !== null) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value, this._isLenientHeaderValidation());
  const field = name.toLowerCase();
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
  const existingValues = headers[field][1];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) existingValues.push(value[i]);
  } else {
    existingValues.push(value);
  }
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headersMap = this[kOutHeaders];
  if (headersMap === null) return [];
  const values = Object.values(headersMap);
  const headers = new Array(values.length);
  for (let i = 0; i < values.length; i++) headers[i] = values[i][0];
  return headers;
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = { __proto__: null };
  if (headers) {
    const keys = Object.keys(headers);
    for (let i = 0; i < keys.length; ++i) {
      const key = keys[i];
      ret[key] = headers[key][1];
    }
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

function strictContentLength(msg) {
  return (
    msg.strictContentLength &&
    msg._contentLength != null &&
    msg._hasBody &&
    !msg._removedContLen &&
    !msg.chunkedEncoding &&
    !msg.hasHeader('transfer-encoding')
  );
}

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function byteLengthOf(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }

  let len;
  if (msg.strictContentLength) {
    len ??= byteLengthOf(chunk, encoding);
    if (strictContentLength(msg) &&
        (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength :
          msg[kBytesWritten] + len > msg._contentLength)) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }

  if (!msg._header) {
    if (fromEnd) {
      len ??= byteLengthOf(chunk, encoding);
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }

  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);
    return true;
  }

  if (msg.chunkedEncoding && typeof chunk === 'string' && encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_UNKNOWN_ENCODING(encoding);
  }

  // Writes of one tick are gathered: into one chunk when chunked, one socket write otherwise.
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.cork();
    process.nextTick(connectionCorkNT, msg);
  }

  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len ??= byteLengthOf(chunk, encoding);
    if (msg[kCorked]) {
      if (typeof chunk !== 'string' && !(chunk instanceof Buffer)) {
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
      msg[kChunkedBuffer].push(chunk, encoding, callback);
      msg[kChunkedLength] += len;
      ret = msg.writableLength < msg.writableHighWaterMark;
    } else {
      msg._send(len.toString(16), 'latin1', null);
      msg._send(crlf_buf, null, null);
      msg._send(chunk, encoding, null, len);
      ret = msg._send(crlf_buf, null, callback);
    }
  } else if (msg.chunkedEncoding && msg[kCorked] && msg[kChunkedBuffer].length !== 0) {
    // An empty chunk keeps its place (and its callback) among the held ones.
    msg[kChunkedBuffer].push(chunk, encoding, callback);
    ret = msg.writableLength < msg.writableHighWaterMark;
  } else {
    ret = msg._send(chunk, encoding, callback, len);
  }
  return ret;
}

// end(chunk) when that chunk can be the whole rest of the message: prepares the head and says
// whether 'finish' may ride on the chunk's own write (no extra send and tick).
function maybePrepareFinalChunk(msg, chunk, encoding) {
  if (typeof chunk !== 'string' && !isUint8Array(chunk)) return false;
  if (msg.destroyed || msg.strictContentLength) return false;
  if (!msg._header) {
    msg._contentLength = byteLengthOf(chunk, encoding);
    msg._implicitHeader();
  }
  return !!msg._header && msg._hasBody && !msg.chunkedEncoding;
}

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function connectionCorkNT(msg) {
  if (msg[kCorked]) msg.uncork();
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  const lenient = this._isLenientHeaderValidation();
  for (let i = 0; i < keys.length; i++) {
    let field, value;
    const key = keys[i];
    if (isArray) {
      field = headers[key][0];
      value = headers[key][1];
    } else {
      field = key;
      value = headers[key];
    }
    validateHeaderName(field, 'Trailer name');
    const isArrayValue = Array.isArray(value);
    if (isArrayValue && value.length > 1 &&
        (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (let j = 0; j < value.length; j++) {
        if (checkInvalidHeaderChar(value[j], lenient)) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + value[j] + '\r\n';
      }
    } else {
      if (isArrayValue) value = value.join('; ');
      if (checkInvalidHeaderChar(value, lenient)) throw new ERR_INVALID_CHAR('trailer content', field);
      this._trailer += field + ': ' + value + '\r\n';
    }
  }
};

// end() callbacks get what Writable's would: null once everything was flushed, else the error
// that stopped it.
function flushEndCallbacks(msg, err) {
  const callbacks = msg[kEndCallbacks];
  if (callbacks === null) return;
  msg[kEndCallbacks] = null;
  for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
}

function queueEndCallback(msg, callback) {
  if (msg[kWritableFinished]) {
    callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    return;
  }
  if (msg[kFlushError] !== null) {
    process.nextTick(callback, msg[kFlushError]);
    return;
  }
  (msg[kEndCallbacks] ??= []).push(callback);
}

// The last write completed (or failed): 'finish', unless the connection broke.
function onFinish(outmsg, err) {
  const socket = outmsg[kSocket];
  if (err || outmsg[kErrored] || socket?.errored || socket?._hadError) {
    outmsg[kFlushError] = err ?? outmsg[kErrored] ?? socket?.errored ?? new ERR_STREAM_DESTROYED('end');
    flushEndCallbacks(outmsg, outmsg[kFlushError]);
    return;
  }
  outmsg[kWritableFinished] = true;
  flushEndCallbacks(outmsg, null);
  // The server's own 'finish' work runs first, as its listener would (it is added before any
  // user code sees the response), without a listener and a bound function per response.
  const hook = outmsg[kFinishHook];
  if (hook !== null) hook(outmsg);
  outmsg.emit('finish');
  if (outmsg[kCloseAfterFinish]) {
    outmsg[kCloseAfterFinish] = false;
    if (!outmsg._closed) {
      outmsg.destroyed = true;
      outmsg._closed = true;
      outmsg.emit('close');
    }
  }
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }

  if (!this.finished && directEnd(this, chunk, encoding, callback)) return this;

  let finishCallback = null;
  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback !== 'function' ? nop : callback);
      return this;
    }
    if (this[kSocket]) this[kSocket].cork();
    if (maybePrepareFinalChunk(this, chunk, encoding)) {
      // One write finishes the message: 'finish' rides on it.
      if (typeof callback === 'function') {
        queueEndCallback(this, callback);
        callback = undefined;
      }
      finishCallback = onFinish.bind(undefined, this);
    }
    write_(this, chunk, encoding, finishCallback, true);
  } else if (this.finished) {
    if (typeof callback === 'function') queueEndCallback(this, callback);
    return this;
  } else if (!this._header) {
    if (this[kSocket]) this[kSocket].cork();
    this._contentLength = 0;
    this._implicitHeader();
  }

  if (typeof callback === 'function') queueEndCallback(this, callback);

  if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
  }

  // Chunks held by cork() go out before the terminating chunk.
  if (this[kChunkedBuffer].length !== 0) {
    this[kSocket]?.cork();
    this[kCorked] = 1;
    this.uncork();
  }

  if (finishCallback === null) {
    finishCallback = onFinish.bind(undefined, this);
    if (this._hasBody && this.chunkedEncoding) {
      this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finishCallback);
    } else if (!this._headerSent || this.writableLength || chunk) {
      this._send('', 'latin1', finishCallback);
    } else {
      process.nextTick(finishCallback);
    }
  }

  if (this[kSocket]) {
    // Fully uncork connection on end().
    this[kSocket]._writableState.corked = 1;
    this[kSocket].uncork();
  }
  this[kCorked] = 1;
  this.uncork();

  this.finished = true;

  // There is the first message on the outgoing queue, and we've sent everything to the
  // socket: the server or client may bring in the next message.
  if (this.outputData.length === 0 && this[kSocket] && this[kSocket]._httpMessage === this) {
    this._finish();
  }

  return this;
};

// end() of a whole message on an idle native socket: the head, the body (and the chunked
// framing) go to the handle in one write, skipping the socket's Writable queue (cork, buffer,
// writev, afterWrite ticks) that the general path goes through. What is observable is the
// same: the bytes and their order, 'finish' after the write completed, the socket's byte
// counters and idle timer. Anything unusual (strictContentLength, buffered output, a corked or
// busy socket, non-string data with a pending head …) takes the general path.
function directEnd(msg, chunk, encoding, callback) {
  const socket = msg[kSocket];
  if (socket === null || socket._httpMessage !== msg || socket._handle == null ||
      typeof socket._writeGeneric !== 'function' || socket.connecting) return false;
  // The socket's writable side is open and idle (what socket.writable, writableLength and
  // writableCorked say, read directly).
  const ws = socket._writableState;
  if (ws === undefined || ws.length !== 0 || ws.corked !== 0 || ws.writable === false ||
      ws.destroyed || ws.errored || ws.ending || ws.ended) return false;
  if (msg.outputData.length !== 0 || msg[kChunkedBuffer].length !== 0 || msg.strictContentLength ||
      msg[kCorked] !== 0 || msg.destroyed) return false;
  let body = '';
  let bodyLength = 0;
  if (typeof chunk === 'string') {
    if (encoding && encoding !== 'utf8' && encoding !== 'latin1' && encoding !== 'utf-8') return false;
    body = chunk;
    if (chunk !== '') bodyLength = Buffer.byteLength(chunk, encoding || 'utf8');
  } else if (chunk !== null && chunk !== undefined) {
    if (!isUint8Array(chunk)) return false;
    body = chunk;
    bodyLength = chunk.byteLength;
  }
  if (!msg._header) {
    msg._contentLength = bodyLength;
    msg._implicitHeader();
  }
  // The bytes: head (unless sent), body with its chunk framing if chunked, the last chunk.
  let head = msg._headerSent ? '' : msg._header;
  let tail = '';
  if (!msg._hasBody) {
    body = '';
  } else if (msg.chunkedEncoding) {
    if (bodyLength !== 0) {
      head += bodyLength.toString(16) + '\r\n';
      tail = '\r\n';
    } else {
      body = '';
    }
    tail += '0\r\n' + msg._trailer + '\r\n';
  } else if (bodyLength === 0) {
    body = '';
  }
  msg._headerSent = true;
  if (typeof callback === 'function') queueEndCallback(msg, callback);
  msg.finished = true;
  const done = (err) => {
    if (err) socket.destroy(err);
    process.nextTick(onFinish, msg, err);
  };
  if (typeof body === 'string') {
    const data = head + body + tail;
    if (data === '') process.nextTick(onFinish, msg);
    else socket._writeGeneric(false, data, encoding || 'utf8', done);
  } else {
    // A Buffer body: one writev of the head, the body's own bytes and the tail.
    const chunks = [{ chunk: head, encoding: 'latin1' }, { chunk: body, encoding: 'buffer' }];
    if (tail !== '') chunks.push({ chunk: tail, encoding: 'latin1' });
    socket._writeGeneric(true, chunks, '', done);
  }
  msg._finish();
  return true;
}

// Subclasses (ClientRequest) hook 'prefinish' here.
OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

// Called when the message becomes the first in the socket's queue: flush what was buffered.
OutgoingMessage.prototype._flush = function _flush() {
  const socket = this[kSocket];
  if (socket?.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (this[kNeedDrain] && ret !== false) {
      // The socket took everything without backpressure, so it will not emit 'drain'.
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding, callback } = outputData[i];
    outputData[i].data = null;
    ret = socket.write(data, encoding, callback);
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  // Force-flush the headers.
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  // OutgoingMessage should be write-only. Piping from it is disabled.
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

OutgoingMessage.prototype[EE.captureRejectionSymbol] = function(err, event) {
  this.destroy(err);
};

module.exports = {
  kCloseAfterFinish,
  kFinishHook,
  kHighWaterMark,
  kUniqueHeaders,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
  OutgoingMessage,
};

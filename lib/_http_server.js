'use strict';
// http.Server (Node's _http_server). A net.Server whose connections each get a parser from the
// pool; the parser consumes the socket's reads natively (parser.consume) and calls back here
// once per message head, body chunk and message end. Responses of pipelined requests queue
// until the earlier ones finish. Timeouts: headersTimeout/requestTimeout through the native
// ConnectionsList (checked every connectionsCheckingInterval), keepAliveTimeout and
// server.timeout through socket.setTimeout.

const net = require('net');
const EE = require('events');
const { setInterval, clearInterval } = require('timers');
const {
  parsers, freeParser, continueExpression, kIncomingMessage, HTTPParser, calculateLenientFlags,
  prepareError,
} = require('_http_common');
const { ConnectionsList } = internalBinding('http_parser');
const { hasPendingTicks } = require('internal/process/task_queues');
const { kFinishHook, kCloseAfterFinish, kUniqueHeaders, parseUniqueHeadersOption } = require('_http_outgoing');
const { kNeedDrain } = require('internal/http');
const { IncomingMessage, kDetachAbortSignal, isLazy } = require('_http_incoming');
const {
  STATUS_CODES, ServerResponse, emitCloseNT, listenForResponseClose,
} = require('internal/http/server_response');
const { Buffer } = require('buffer');
const {
  connResetException,
  codes: {
    ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_SOCKET_ENCODING,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInteger, validateObject, validateOneOf,
} = require('internal/validators');

const kServerResponse = Symbol('ServerResponse');
const kOptimizeEmptyRequests = Symbol('OptimizeEmptyRequestsOption');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kOnExecute = HTTPParser.kOnExecute | 0;
const kOnTimeout = HTTPParser.kOnTimeout | 0;
const kEmptyObject = Object.freeze({ __proto__: null });

let channels;
function dc() {
  if (channels === undefined) {
    const diag = require('diagnostics_channel');
    channels = {
      requestStart: diag.channel('http.server.request.start'),
      responseFinish: diag.channel('http.server.response.finish'),
    };
  }
  return channels;
}

// Server options shared with https.Server (Node's storeHTTPOptions).
function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;

  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;

  const optimizeEmptyRequests = options.optimizeEmptyRequests;
  if (optimizeEmptyRequests !== undefined) {
    validateBoolean(optimizeEmptyRequests, 'options.optimizeEmptyRequests');
  }
  this[kOptimizeEmptyRequests] = optimizeEmptyRequests || false;

  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;

  const httpValidation = options.httpValidation;
  if (httpValidation !== undefined) {
    validateOneOf(httpValidation, 'options.httpValidation', ['strict', 'relaxed', 'insecure']);
    if (insecureHTTPParser !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.httpValidation', httpValidation,
                                      'cannot be used together with options.insecureHTTPParser');
    }
  }
  this.httpValidation = httpValidation;

  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300_000;
  }

  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60_000, this.requestTimeout);
  }
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }

  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) {
    validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
    this.keepAliveTimeout = keepAliveTimeout;
  } else {
    this.keepAliveTimeout = 5_000;
  }

  const keepAliveTimeoutBuffer = options.keepAliveTimeoutBuffer;
  if (keepAliveTimeoutBuffer !== undefined) {
    validateInteger(keepAliveTimeoutBuffer, 'keepAliveTimeoutBuffer', 0);
    this.keepAliveTimeoutBuffer = keepAliveTimeoutBuffer;
  } else {
    this.keepAliveTimeoutBuffer = 1000;
  }

  const connectionsCheckingInterval = options.connectionsCheckingInterval;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30_000;
  }

  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) {
    validateBoolean(requireHostHeader, 'options.requireHostHeader');
    this.requireHostHeader = requireHostHeader;
  } else {
    this.requireHostHeader = true;
  }

  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;

  const rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
    this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
  } else {
    this.rejectNonStandardBodyWrites = false;
  }

  const shouldUpgradeCallback = options.shouldUpgradeCallback;
  if (shouldUpgradeCallback !== undefined) {
    validateFunction(shouldUpgradeCallback, 'options.shouldUpgradeCallback');
    this.shouldUpgradeCallback = shouldUpgradeCallback;
  } else {
    this.shouldUpgradeCallback = defaultShouldUpgrade;
  }
}

function defaultShouldUpgrade() {
  return this.listenerCount('upgrade') > 0;
}

// On 'listening': the connections list and the periodic check of its timeouts (started even
// when both timeouts are 0, since they may be changed later).
function setupConnectionsTracking() {
  this[kConnections] ||= new ConnectionsList();
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  this[kConnectionsCheckingInterval] =
    setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
}

function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = kEmptyObject;
  } else if (options == null) {
    options = kEmptyObject;
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  // Whether to keep a connection half-open after the client ended its side.
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function close() {
  httpServerPreClose(this);
  Reflect.apply(net.Server.prototype.close, this, arguments);
  return this;
};

Server.prototype[Symbol.asyncDispose] = async function() {
  await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  if (!this[kConnections]) return;
  const connections = this[kConnections].all();
  for (let i = 0; i < connections.length; i++) connections[i].socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  if (!this[kConnections]) return;
  const connections = this[kConnections].idle();
  for (let i = 0; i < connections.length; i++) {
    const socket = connections[i].socket;
    if (socket._httpMessage && !socket._httpMessage.finished) continue;
    socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

// A rejected promise from a 'request' listener (captureRejections): answer 500 if nothing was
// sent yet, else drop the connection.
Server.prototype[EE.captureRejectionSymbol] = function(err, event, ...args) {
  if (event === 'request') {
    const res = args[1];
    if (!res.headersSent && !res.writableEnded) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);  // don't leak headers
      res.statusCode = 500;
      res.end(STATUS_CODES[500]);
    } else {
      res.destroy();
    }
    return;
  }
  net.Server.prototype[EE.captureRejectionSymbol].apply(this, arguments);
};

function checkConnections() {
  const headersTimeout = Number.isFinite(this.headersTimeout) && this.headersTimeout >= 0 ? this.headersTimeout : 0;
  const requestTimeout = Number.isFinite(this.requestTimeout) && this.requestTimeout >= 0 ? this.requestTimeout : 0;
  if (headersTimeout === 0 && requestTimeout === 0) return;
  const expired = this[kConnections].expired(headersTimeout, requestTimeout);
  for (let i = 0; i < expired.length; i++) {
    const socket = expired[i].socket;
    if (socket) onRequestTimeout(socket);
  }
}

// Per-connection state: the requests and responses in flight, and backpressure accounting.
const kConnection = Symbol('kConnection');  // a response's ConnectionState

class ConnectionState {
  constructor(server, socket) {
    this.server = server;
    this.socket = socket;
    this.onData = null;
    this.onEnd = null;
    this.onClose = null;
    this.onDrain = null;
    this.outgoing = [];
    this.incoming = [];
    // Approximate bytes queued in responses still waiting for their turn; above the socket's
    // high-water mark the socket (and parser) pause until they drain.
    this.outgoingData = 0;
    this.requestsCount = 0;
    this.keepAliveTimeoutSet = false;
    this.responseOptions = undefined;  // the options of its ServerResponses (made once)
  }
}

function connectionListener(socket) {
  const server = this;
  socket.server = server;

  // Without a 'timeout' listener of the user's, an idle socket is destroyed.
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = parsers.alloc();
  parser.initialize(
    HTTPParser.REQUEST,
    null,
    server.maxHeaderSize || 0,
    calculateLenientFlags(server.httpValidation, server.insecureHTTPParser),
    server[kConnections],
  );
  parser.socket = socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1;

  const state = new ConnectionState(server, socket);
  state.onData = socketOnData.bind(undefined, server, socket, parser, state);
  state.onEnd = socketOnEnd.bind(undefined, server, socket, parser, state);
  state.onClose = socketOnClose.bind(undefined, socket, state);
  state.onDrain = socketOnDrain.bind(undefined, socket, state);
  socket.on('data', state.onData);
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  listenForResponseClose(socket);
  socket.on('drain', state.onDrain);
  parser.onIncoming = parserOnIncoming.bind(undefined, server, socket, state);

  // The parser consumes the socket: 'resume'/'pause' drive the handle's reading directly.
  socket.on('resume', onSocketResume);
  socket.on('pause', onSocketPause);

  // A 'data' or 'readable' listener of the user's takes the bytes back from the parser.
  socket.on = generateSocketListenerWrapper('on');
  socket.addListener = generateSocketListenerWrapper('addListener');
  socket.prependListener = generateSocketListenerWrapper('prependListener');
  socket.setEncoding = socketSetEncoding;

  // consume() is false for a handle that is not a native stream (nothing is taken then).
  if (socket._handle && !socket._handle._consumed && parser.consume(socket._handle)) {
    parser._consumed = true;
    socket._handle._consumed = true;
  }
  parser[kOnExecute] = onParserExecute.bind(undefined, server, socket, parser, state);
  parser[kOnTimeout] = onParserTimeout.bind(undefined, server, socket);
  socket._paused = false;
}

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

// A response's _onPendingData: bytes it queued (or flushed, negative) before its turn.
function updateOutgoingData(delta) {
  const state = this[kConnection];
  state.outgoingData += delta;
  socketOnDrain(state.socket, state);
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.parser.resume();
    socket.resume();
  }
  // 'drain' on the response once nothing of it is pending anywhere.
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain] && msg.writableLength === 0) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser?.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(socket, state) {
  freeParser(socket.parser, null, socket);
  abortAll(state.incoming);
  abortAll(state.outgoing);
}

function abortAll(messages) {
  while (messages.length) messages.shift().destroy(connResetException('aborted'));
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);  // destroys the socket
  } else if (!server.httpAllowHalfOpen) {
    socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else {
    socket.end();
  }
}

// Bytes that reached JS (the socket is not consumed natively, e.g. a TLS socket).
function socketOnData(server, socket, parser, state, d) {
  const ret = parser.execute(d);
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

function onRequestTimeout(socket) {
  socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
}

function onParserExecute(server, socket, parser, state, ret) {
  // Consumed natively, the socket sees no 'data' events: its idle timer is refreshed here.
  socket._unrefTimer();
  onParserExecuteCommon(server, socket, parser, state, ret, undefined);
}

// The keep-alive time (parser.setKeepAliveTimeout) ran out: the socket times out as it would
// with its own idle timer set to that time (Node sets socket.setTimeout).
function onParserTimeout(server, socket) {
  if (typeof socket._onTimeout === 'function') socket._onTimeout();
  else socket.emit('timeout');
}

const noop = () => {};
function errorResponse(code) {
  return Buffer.from(`HTTP/1.1 ${code} ${STATUS_CODES[code]}\r\nConnection: close\r\n\r\n`, 'ascii');
}
const badRequestResponse = errorResponse(400);
const requestTimeoutResponse = errorResponse(408);
const requestHeaderFieldsTooLargeResponse = errorResponse(431);
const requestChunkExtensionsTooLargeResponse = errorResponse(413);

// A broken request (parse error, timeout) or a socket error: 'clientError', or by default an
// error response (if nothing of a response was sent yet) and the end of the connection.
function socketOnError(e) {
  this.removeListener('error', socketOnError);  // further errors are ignored
  if (this.listenerCount('error', noop) === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = requestChunkExtensionsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse; break;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    socketOnError.call(socket, ret);
  } else if (parser.incoming?.upgrade) {
    // Upgrade or CONNECT: the connection leaves HTTP; what followed the head goes along.
    const req = parser.incoming;
    d ||= parser.getCurrentBuffer();
    socket.removeListener('data', state.onData);
    socket.removeListener('end', state.onEnd);
    socket.removeListener('close', state.onClose);
    socket.removeListener('drain', state.onDrain);
    socket.removeListener('error', socketOnError);
    socket.removeListener('timeout', socketOnTimeout);
    unconsume(parser, socket);
    parser.finish();
    freeParser(parser, req, socket);
    parser = null;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (server.listenerCount(eventName) > 0) {
      const bodyHead = d.slice(ret, d.length);
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      socket.destroy();  // an upgrade or CONNECT nobody handles
    }
  } else if (parser.incoming && parser.incoming.method === 'PRI') {
    socket.destroy();  // an HTTP/2 preface
  }
  if (socket._paused && socket.parser) {
    // onIncoming paused the socket; the parser pauses too, now that this buffer is done.
    socket.parser.pause();
  }
}

function clearIncoming(req) {
  req ||= this;
  const parser = req.socket?.parser;
  // Let the request be collected once it ended.
  if (parser && parser.incoming === req) {
    if (isLazy(req) ? req._dumped && req.complete : req.readableEnded) parser.incoming = null;
    else req.on('end', clearIncoming);
  }
}

// Runs as the response's first 'finish' work (kFinishHook).
function resOnFinish(res) {
  const req = res.req;
  const state = res[kConnection];
  const { socket, server } = state;
  const ch = dc().responseFinish;
  if (ch.hasSubscribers) ch.publish({ request: req, response: res, socket, server });
  req[kDetachAbortSignal]();
  state.incoming.shift();
  // A body nobody read is still pulled off the wire.
  if (!req._consuming && (isLazy(req) || !req._readableState.resumeScheduled)) req._dump();
  res.detachSocket(socket);
  clearIncoming(req);
  // 'close' comes in the next tick, after the 'finish' listeners and before any tick they
  // queue. With no tick waiting before it, onFinish can emit it right after those listeners
  // (kCloseAfterFinish) at the same place in the order, without a tick.
  if (hasPendingTicks()) process.nextTick(emitCloseNT, res);
  else res[kCloseAfterFinish] = true;
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    const keepAliveTimeout = Number.isFinite(server.keepAliveTimeout) && server.keepAliveTimeout >= 0 ?
      server.keepAliveTimeout : 0;
    const keepAliveTimeoutBuffer = Number.isFinite(server.keepAliveTimeoutBuffer) &&
      server.keepAliveTimeoutBuffer >= 0 ? server.keepAliveTimeoutBuffer : 1e3;
    if (keepAliveTimeout && typeof socket.setTimeout === 'function') {
      // A little longer than advertised, so the client closes first. Without a server.timeout
      // the parser keeps this time natively (stopped when the next request begins) and the
      // socket sees 'timeout' as from its own idle timer; otherwise the socket's timer is set.
      const parser = socket.parser;
      if (!server.timeout && parser) {
        parser.setKeepAliveTimeout(keepAliveTimeout + keepAliveTimeoutBuffer);
      } else {
        socket.setTimeout(keepAliveTimeout + keepAliveTimeoutBuffer);
        state.keepAliveTimeoutSet = true;
      }
    }
  } else {
    const m = state.outgoing.shift();  // the next pipelined response's turn
    if (m) m.assignSocket(socket);
  }
}

// Whether the request has a header (lowercase name), read from rawHeaders: deciding Host and
// Expect need not build req.headers, which most handlers never read.
function hasRawHeader(req, name) {
  const raw = req.rawHeaders;
  const len = name.length;
  for (let i = 0; i < raw.length; i += 2) {
    const field = raw[i];
    if (field.length === len && (field === name || field.toLowerCase() === name)) return true;
  }
  return false;
}

function hasBodyHeaders(headers) {
  return ('content-length' in headers) || ('transfer-encoding' in headers);
}

// A request head arrived: make its response and hand both to the user.
function parserOnIncoming(server, socket, state, req, keepAlive) {
  resetSocketTimeout(server, socket, state);

  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || !!server.shouldUpgradeCallback(req);
    if (req.upgrade) return 2;
  }

  state.incoming.push(req);

  // Stop reading while responses are not being consumed, so a flood of pipelined requests
  // cannot pile up.
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws.needDrain || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();  // the parser pauses after this buffer (onParserExecuteCommon)
    }
  }

  const res = new server[kServerResponse](req, state.responseOptions ??= {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res[kConnection] = state;
  res._onPendingData = updateOutgoingData;
  res.shouldKeepAlive = keepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];

  const ch = dc().requestStart;
  if (ch.hasSubscribers) ch.publish({ request: req, response: res, socket, server });

  if (server[kOptimizeEmptyRequests] === true && !hasBodyHeaders(req.headers)) {
    // No body: skip the request stream's 'data'/'end'/'close' life cycle entirely.
    req._dumpAndCloseReadable();
    req._read();
  }

  if (socket._httpMessage) state.outgoing.push(res);  // earlier responses are still going
  else res.assignSocket(socket);

  res[kFinishHook] = resOnFinish;

  let handled = false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    // RFC 9112 3.2: an HTTP/1.1 request without Host gets 400.
    if (server.requireHostHeader && !hasRawHeader(req, 'host')) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
    const limited = typeof server.maxRequestsPerSocket === 'number' && server.maxRequestsPerSocket > 0;
    if (limited) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    }
    if (limited && server.maxRequestsPerSocket < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (hasRawHeader(req, 'expect')) {
      handled = true;
      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }
  if (!handled) server.emit('request', req, res);
  return 0;
}

function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  socket.setTimeout(server.timeout || 0);
  state.keepAliveTimeoutSet = false;
}

// 'resume' can come late (it is emitted on a later tick): a socket paused for backpressure
// stays paused. Otherwise the handle reads again.
function onSocketResume() {
  if (this._paused) {
    this.pause();
    return;
  }
  if (this._handle && !this._handle.reading) {
    this._handle.reading = true;
    this._handle.readStart();
  }
}

function onSocketPause() {
  if (this._handle?.reading) {
    this._handle.reading = false;
    this._handle.readStop();
  }
}

function unconsume(parser, socket) {
  if (socket._handle) {
    if (parser._consumed) parser.unconsume();
    parser._consumed = false;
    socket.removeListener('pause', onSocketPause);
    socket.removeListener('resume', onSocketResume);
  }
}

function generateSocketListenerWrapper(originalFnName) {
  return function socketListenerWrap(ev, fn) {
    const res = net.Socket.prototype[originalFnName].call(this, ev, fn);
    if (!this.parser) {
      this.on = net.Socket.prototype.on;
      this.addListener = net.Socket.prototype.addListener;
      this.prependListener = net.Socket.prototype.prependListener;
      return res;
    }
    if (ev === 'data' || ev === 'readable') unconsume(this.parser, this);
    return res;
  };
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  httpServerPreClose,
  kConnectionsCheckingInterval,
};

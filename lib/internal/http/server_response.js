'use strict';
// http.ServerResponse and STATUS_CODES (Node exports both from _http_server; they live here so
// each file stays about one thing). A ServerResponse is an OutgoingMessage with a status line;
// the server assigns it the connection's socket when its turn in the pipeline comes.

const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { chunkExpression, _checkInvalidHeaderChar: checkInvalidHeaderChar } = require('_http_common');
const { kOutHeaders } = require('internal/http');
const { validateInteger, validateLinkHeaderValue, validateObject } = require('internal/validators');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_STATUS_CODE,
    ERR_HTTP_SOCKET_ASSIGNED,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
  },
} = require('internal/errors');

const STATUS_CODES = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing',
  103: 'Early Hints',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  208: 'Already Reported',
  226: 'IM Used',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: 'I\'m a Teapot',
  421: 'Misdirected Request',
  422: 'Unprocessable Entity',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended',
  511: 'Network Authentication Required',
};

let dc;
let responseCreated;
function responseCreatedChannel() {
  if (responseCreated === undefined) {
    dc ??= require('diagnostics_channel');
    responseCreated = dc.channel('http.server.response.created');
  }
  return responseCreated;
}

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    // HTTP/1.0 clients get chunked bodies only if they asked for them (TE: chunked).
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
  const ch = responseCreatedChannel();
  if (ch.hasSubscribers) ch.publish({ request: req, response: this });
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;
// Initial values (see OutgoingMessage's).
ServerResponse.prototype.sendDate = true;
ServerResponse.prototype._sent100 = false;
ServerResponse.prototype._expect_continue = false;

function emitCloseNT(res) {
  if (!res._closed) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

// The socket closed while this response was its current message. A stale listener (the
// response already detached) finds no _httpMessage and does nothing.
function onServerResponseClose() {
  if (this._httpMessage) emitCloseNT(this._httpMessage);
}

// The server adds onServerResponseClose to each connection once (it acts on whatever response
// is current); responses on other sockets add and remove it themselves, as Node's do.
const kResponseCloseListener = Symbol('kResponseCloseListener');

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  if (socket[kResponseCloseListener] !== true) socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  if (socket[kResponseCloseListener] !== true) socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

function informationHeaderLine(name, value, lenient) {
  validateHeaderName(name);
  validateHeaderValue(name, value, lenient);
  return `${name}: ${value}\r\n`;
}

// An interim (1xx) response, written before the final one.
ServerResponse.prototype.writeInformation = function writeInformation(statusCode, headers, cb) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  validateInteger(statusCode, 'statusCode', 100, 199);
  if (statusCode === 101) throw new ERR_HTTP_INVALID_STATUS_CODE(statusCode);
  let head = `HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode] || 'unknown'}\r\n`;
  const lenient = this._isLenientHeaderValidation();
  if (headers !== undefined && headers !== null) {
    if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const entry of headers) head += informationHeaderLine(entry[0], entry[1], lenient);
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let i = 0; i < headers.length; i += 2) {
          head += informationHeaderLine(headers[i], headers[i + 1], lenient);
        }
      }
    } else {
      validateObject(headers, 'headers');
      for (const key of Object.keys(headers)) head += informationHeaderLine(key, headers[key], lenient);
    }
  }
  return this._writeRaw(head + '\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this.writeInformation(100, null, cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this.writeInformation(102, null, cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  if (checkInvalidHeaderChar(link)) throw new ERR_INVALID_CHAR('header content', 'Link');
  const headers = { __proto__: null, Link: link };
  for (const key of Object.keys(hints)) {
    if (key !== 'link') headers[key] = hints[key];
  }
  this.writeInformation(103, headers, cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);

  if (typeof reason === 'string') {
    this.statusMessage = reason;  // writeHead(statusCode, reasonPhrase[, headers])
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;               // writeHead(statusCode[, headers])
  }
  this.statusCode = statusCode;

  let headers;
  if (this[kOutHeaders]) {
    // Headers set earlier with setHeader() and headers given here: these win.
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      // Replace earlier values but keep explicit duplicates within obj.
      for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
      for (let n = 0; n < obj.length; n += 2) {
        if (obj[n]) this.appendHeader(obj[n], obj[n + 1]);
      }
    } else if (obj) {
      const keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;  // only writeHead()'s headers: they are validated while rendered
  }

  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');

  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;

  // 204, 304 and 1xx responses never have a body (RFC 9110 15.3.5, 15.4.5, 15.2).
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }

  // A client that expected 100 Continue but got a final status may still send the body: the
  // connection cannot be reused.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

  this._storeHeader(statusLine, headers);
  return this;
};

// Docs-only deprecated: DEP0063
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

function listenForResponseClose(socket) {
  socket[kResponseCloseListener] = true;
  socket.on('close', onServerResponseClose);
}

module.exports = { STATUS_CODES, ServerResponse, emitCloseNT, listenForResponseClose };

'use strict';
// What the http server and client share (Node's _http_common): the parser pool and the JS halves
// of the native parser's callbacks (internalBinding('http_parser'), docs/BINDINGS.md), header
// token/character checks.

const { methods, allMethods, HTTPParser, isHttpToken, hasInvalidHeaderChar } = internalBinding('http_parser');
const FreeList = require('internal/freelist');
const { IncomingMessage, readStart, readStop, pushEnd } = require('_http_incoming');

// The parser hands body chunks over as Buffers.
internalBinding('http_parser').bufferPrototype = require('buffer').Buffer.prototype;

const kIncomingMessage = Symbol('IncomingMessage');
const kRequestTimeout = Symbol('RequestTimeout');
// Set on a response whose remaining body the client no longer wants (see _http_client).
const kSkipPendingData = Symbol('SkipPendingData');
const kOnMessageBegin = HTTPParser.kOnMessageBegin | 0;
const kOnHeaders = HTTPParser.kOnHeaders | 0;
const kOnHeadersComplete = HTTPParser.kOnHeadersComplete | 0;
const kOnBody = HTTPParser.kOnBody | 0;
const kOnMessageComplete = HTTPParser.kOnMessageComplete | 0;
const kOnExecute = HTTPParser.kOnExecute | 0;
const kOnTimeout = HTTPParser.kOnTimeout | 0;

const MAX_HEADER_PAIRS = 2000;

// Headers that came before the head was complete (only trailers do here: the native parser
// passes a whole head at once).
function parserOnHeaders(headers, url) {
  const room = this.maxHeaderPairs <= 0 ? headers.length : this.maxHeaderPairs - this._headers.length;
  const n = room < headers.length ? room : headers.length;
  for (let i = 0; i < n; i++) this._headers.push(headers[i]);
  this._url += url;
}

// The head of a message: makes the IncomingMessage and gives it to onIncoming (server: a
// request; client: the response). The return value tells the parser 1: no body, 2: upgrade.
function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive, bodyless) {
  const parser = this;
  const socket = parser.socket;
  if (headers === undefined) {
    headers = parser._headers;
    parser._headers = [];
  }
  if (url === undefined) {
    url = parser._url;
    parser._url = '';
  }
  const server = socket ? socket.server : undefined;
  const Incoming = (server && server[kIncomingMessage]) || IncomingMessage;
  const incoming = parser.incoming = new Incoming(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = versionMajor === 1 && versionMinor === 1 ? '1.1' : `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = (server && server.joinDuplicateHeaders) || parser.joinDuplicateHeaders;
  incoming.url = url;
  incoming.upgrade = upgrade;
  let n = headers.length;
  if (parser.maxHeaderPairs > 0 && n > parser.maxHeaderPairs) n = parser.maxHeaderPairs;
  incoming._addHeaderLines(headers, n);
  if (typeof method === 'number') {
    incoming.method = allMethods[method];
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  const ret = parser.onIncoming(incoming, shouldKeepAlive);
  // A request without a body is complete now: its message-complete work follows at once, as
  // the parser would call it next (bit 4 tells the parser it was done).
  if (bodyless === true && ret === 0 && parser.incoming === incoming) {
    parserOnMessageComplete.call(parser);
    return 4;
  }
  return ret;
}

function parserOnBody(b) {
  const stream = this.incoming;
  if (stream === null || stream[kSkipPendingData]) return;
  if (!stream._dumped) {
    const ret = stream.push(b);
    if (!ret) readStop(this.socket);
  }
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null && !stream[kSkipPendingData]) {
    stream.complete = true;
    const headers = parser._headers;  // trailers
    if (headers.length) {
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    pushEnd(stream);
  }
  readStart(parser.socket);
}

function cleanParser(parser) {
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser[kOnMessageBegin] = null;
  parser[kOnExecute] = null;
  parser[kOnTimeout] = null;
  parser._consumed = false;
  parser.onIncoming = null;
  parser.joinDuplicateHeaders = null;
}

const parsers = new FreeList('parsers', 1000, function parsersCb() {
  const parser = new HTTPParser();
  cleanParser(parser);
  parser[kOnHeaders] = parserOnHeaders;
  parser[kOnHeadersComplete] = parserOnHeadersComplete;
  parser[kOnBody] = parserOnBody;
  parser[kOnMessageComplete] = parserOnMessageComplete;
  return parser;
});

function closeParserInstance(parser) { parser.close(); }

// Returns a parser to the pool once its connection or request is done with it.
function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    cleanParser(parser);
    parser.remove();
    if (parsers.free(parser) === false) {
      // Let the stack unwind before the native object goes (a callback may be running).
      setImmediate(closeParserInstance, parser);
    } else {
      parser.free();
    }
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

// RFC 9110 token: what header names and methods must be.
const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return typeof val === 'string' ? isHttpToken(val) : tokenRegExp.test(val);
}

// True if val holds a character a header value may not: strictly (RFC 9110) anything but HTAB,
// SP-~ and 0x80-0xFF; leniently (the Fetch spec) NUL, CR, LF or a character above 0xFF.
const strictHeaderCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
const lenientHeaderCharRegex = /[\x00\x0a\x0d]|[^\x00-\xff]/;
function checkInvalidHeaderChar(val, lenient = false) {
  if (typeof val === 'string') return hasInvalidHeaderChar(val, lenient);
  return (lenient ? lenientHeaderCharRegex : strictHeaderCharRegex).test(val);
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

let warnedLenient = false;
let insecureOption;
function isLenient() {
  const insecure = insecureOption ??= process.execArgv.includes('--insecure-http-parser');
  if (insecure && !warnedLenient) {
    warnedLenient = true;
    process.emitWarning('Using insecure HTTP parsing');
  }
  return insecure;
}

// The parser's lenience from the httpValidation / insecureHTTPParser options (Node's rules).
function calculateLenientFlags(httpValidation, insecureHTTPParserOption) {
  if (httpValidation === 'strict') return HTTPParser.kLenientNone | 0;
  if (httpValidation === 'relaxed') return HTTPParser.kLenientHeaderValueRelaxed | 0;
  if (httpValidation === 'insecure') return HTTPParser.kLenientAll | 0;
  const lenient = insecureHTTPParserOption === undefined ? isLenient() : insecureHTTPParserOption;
  return lenient ? HTTPParser.kLenientAll | 0 : HTTPParser.kLenientNone | 0;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  methods,
  parsers,
  kIncomingMessage,
  kRequestTimeout,
  HTTPParser,
  isLenient,
  calculateLenientFlags,
  prepareError,
  kSkipPendingData,
};

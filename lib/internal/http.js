'use strict';
// Shared pieces of the http modules (Node's lib/internal/http.js): the cached Date header value
// and the symbols _http_outgoing, _http_server and _http_client share.

let utcCache;
let utcLineCache;

function utcDate() {
  if (utcCache === undefined) {
    utcCache = new Date().toUTCString();
    utcLineCache = 'Date: ' + utcCache + '\r\n';
    // Valid for the rest of this second at most; cleared off the event loop's hot path.
    const t = require('timers').setTimeout(resetCache, 1000 - new Date().getMilliseconds());
    t.unref();
  }
  return utcCache;
}

// The Date header line of a response.
function utcDateLine() {
  if (utcCache === undefined) utcDate();
  return utcLineCache;
}

function resetCache() { utcCache = undefined; }

module.exports = {
  kOutHeaders: Symbol('kOutHeaders'),
  kNeedDrain: Symbol('kNeedDrain'),
  kProxyConfig: Symbol('kProxyConfig'),
  utcDate,
  utcDateLine,
};

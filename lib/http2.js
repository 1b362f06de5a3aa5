'use strict';
// node:http2 — what protoJS has of it: the protocol constants, the SETTINGS helpers
// (getDefaultSettings / getPackedSettings / getUnpackedSettings) and sensitiveHeaders, so that
// packages which load http2 for optional HTTP/2 support (axios, superagent, fastify …) work.
// HTTP/2 sessions themselves (connect, createServer, createSecureServer, performServerHandshake)
// are NOT implemented yet: they throw ERR_FEATURE_UNAVAILABLE_ON_PLATFORM (README status table).

const constants = require('internal/http2/constants');
const { getDefaultSettings, getPackedSettings, getUnpackedSettings } = require('internal/http2/settings');
const { ERR_FEATURE_UNAVAILABLE_ON_PLATFORM } = require('internal/errors').codes;

const sensitiveHeaders = Symbol('sensitiveHeaders');

function unavailable(name) {
  return new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(`http2.${name} (HTTP/2 sessions are not implemented in protoJS yet)`);
}

function connect(authority, options, listener) { throw unavailable('connect'); }
function createServer(options, onRequestHandler) { throw unavailable('createServer'); }
function createSecureServer(options, onRequestHandler) { throw unavailable('createSecureServer'); }
function performServerHandshake(socket, options) { throw unavailable('performServerHandshake'); }

// The compatibility API's request/response classes wrap an Http2Stream, which cannot exist here.
class Http2ServerRequest {
  constructor() { throw unavailable('Http2ServerRequest'); }
}
class Http2ServerResponse {
  constructor() { throw unavailable('Http2ServerResponse'); }
}

module.exports = {
  connect,
  constants,
  createServer,
  createSecureServer,
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  performServerHandshake,
  sensitiveHeaders,
  Http2ServerRequest,
  Http2ServerResponse,
};

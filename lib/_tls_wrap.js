'use strict';
// Node's legacy module name for TLSSocket, Server, createServer and connect.

const { TLSSocket } = require('internal/tls/wrap');
const { Server, createServer } = require('internal/tls/server');
const { connect } = require('internal/tls/connect');

module.exports = { TLSSocket, Server, createServer, connect };

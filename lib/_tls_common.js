'use strict';
// Node's legacy module name for SecureContext, createSecureContext and translatePeerCertificate.

const { SecureContext, createSecureContext, translatePeerCertificate } = require('internal/tls/common');

module.exports = { SecureContext, createSecureContext, translatePeerCertificate };

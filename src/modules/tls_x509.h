// Certificates as Node's TLS API shows them: the legacy certificate object of
// getPeerCertificate()/getCertificate() and the names of X.509 verification errors.
#pragma once
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include "binding/value.h"

namespace pjs {

// Node's legacy object: subject, issuer, subjectaltname, infoAccess, ca, modulus, exponent,
// pubkey, bits, valid_from, valid_to, fingerprint, fingerprint256, fingerprint512,
// ext_key_usage, serialNumber, raw, asn1Curve, nistCurve (absent fields are undefined, in
// Node's key order). raw and pubkey are Uint8Arrays (lib/_tls_common.js makes them Buffers).
Value x509ToObject(JSContext* ctx, X509* cert);

// The peer's certificate: just the leaf, or (detailed) the chain linked through
// issuerCertificate — first the certificates the peer sent, then the local trust store; a
// self-issued root points at itself. undefined when the peer sent none.
Value peerCertificate(JSContext* ctx, SSL* ssl, bool isServer, bool detailed);

// "DEPTH_ZERO_SELF_SIGNED_CERT" for X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, … ("UNSPECIFIED"
// for codes Node does not name).
const char* x509ErrorCode(long err);

// The verification result Node reports for the peer (VerifyPeerCertificate): X509_V_OK, the
// stored result when the peer sent a certificate, else `missing` (unless the session was
// authenticated without one: PSK, or a resumed TLS 1.3 session).
long peerVerifyResult(SSL* ssl, long missing);

}  // namespace pjs

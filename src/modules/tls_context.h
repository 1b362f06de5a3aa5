// internalBinding('tls_wrap').SecureContext: one OpenSSL SSL_CTX configured by
// lib/internal/tls/secure_context.js (Node's native SecureContext, same method names), and the
// trust stores behind it.
#pragma once
#include <openssl/ssl.h>
#include "binding/native_object.h"

namespace pjs {

class SecureContext : public NativeObject {
 public:
  explicit SecureContext(Environment& env) : NativeObject(env) {}
  ~SecureContext() override;
  SSL_CTX* ctx() const { return ctx_; }
  // The SecureContext a JS value wraps, or null.
  static SecureContext* from(JSContext* ctx, JSValueConst v);

  Value init(Call& c);
  Value setKey(Call& c);
  Value setCert(Call& c);
  Value addCACert(Call& c);
  Value addCRL(Call& c);
  Value addRootCerts(Call& c);
  Value setAllowPartialTrustChain(Call& c);
  Value setCiphers(Call& c);
  Value setCipherSuites(Call& c);
  Value setECDHCurve(Call& c);
  Value setDHParam(Call& c);
  Value setSigalgs(Call& c);
  Value setOptions(Call& c);
  Value setSessionIdContext(Call& c);
  Value setSessionTimeout(Call& c);
  Value loadPKCS12(Call& c);
  Value getTicketKeys(Call& c);
  Value setTicketKeys(Call& c);
  Value setMinProto(Call& c);
  Value setMaxProto(Call& c);
  Value getMinProto(Call& c);
  Value getMaxProto(Call& c);
  Value getCertificate(Call& c);
  Value getIssuer(Call& c);
  Value close(Call& c);

 private:
  SSL_CTX* checked(Call& c);
  // The context's own trust store (a copy of the root store replaces a shared one first).
  X509_STORE* ownStore();
  SSL_CTX* ctx_ = nullptr;
};

void defineSecureContext(JSContext* ctx, const Value& target);

// The default trust store (shared, read-only): the system directory of hashed certificates
// (SSL_CERT_DIR or OpenSSL's default, /etc/ssl/certs on Debian), SSL_CERT_FILE when set, and
// NODE_EXTRA_CA_CERTS; or what tls.setDefaultCACertificates() installed on this thread.
// Returns a new reference.
X509_STORE* newRootStoreReference();

// Binding functions: getRootCertificates(), getExtraCACertificates(),
// setDefaultCACertificates(certs), getSSLCiphers(), canonicalizeIP(ip).
void defineTlsHelpers(JSContext* ctx, const Value& target);

}  // namespace pjs

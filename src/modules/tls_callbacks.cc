// The OpenSSL callbacks every SecureContext's SSL_CTX carries (installConnectionCallbacks in
// tls_wrap.h): handshake info, keylog, session cache hooks, the ClientHello and certificate
// pauses (resumeSession, SNICallback), ALPN selection, OCSP stapling and TLS-PSK. Each finds
// its TLSWrap through the SSL and does nothing for a connection that did not ask for it; what
// JS must hear about is queued as an event and delivered after OpenSSL returns, except ALPN and
// PSK, which OpenSSL needs answered on the spot.
#include <openssl/err.h>
#include <openssl/evp.h>
#include <uv.h>
#include <cstring>
#include "core/environment.h"
#include "modules/tls_wrap.h"

namespace pjs {

using namespace ossl;

namespace {

void infoCallback(const SSL* ssl, int where, int) {
  if (!(where & (SSL_CB_HANDSHAKE_START | SSL_CB_HANDSHAKE_DONE))) return;
  TLSWrap* w = TLSWrap::fromSSL(ssl);
  if (!w) return;
  // TLS 1.3 post-handshake messages (tickets, key updates) are not new handshakes.
  if (w->established_ && SSL_version(ssl) == TLS1_3_VERSION) return;
  try {
    if (where & SSL_CB_HANDSHAKE_START) {
      if (w->established_) w->certCb_ = TLSWrap::CertCb::Idle;
      w->queue(TLSWrap::EventKind::HandshakeStart, num(w->ctx(), static_cast<double>(uv_now(w->env().loop()))));
    }
    // A renegotiation finished (the first handshake is reported by SSL_do_handshake).
    if ((where & SSL_CB_HANDSHAKE_DONE) && w->established_ && !SSL_renegotiate_pending(const_cast<SSL*>(ssl)))
      w->queue(TLSWrap::EventKind::HandshakeDone);
  } catch (...) {
  }
}


int newSessionCallback(SSL* ssl, SSL_SESSION* sess) {
  TLSWrap* w = TLSWrap::fromSSL(ssl);
  if (!w || !w->sessionCallbacks_) return 0;
  try {
    unsigned int idLen = 0;
    const unsigned char* id = SSL_SESSION_get_id(sess, &idLen);
    Value buf = derBytes(w->ctx(), sess, [](SSL_SESSION* s, unsigned char** p) { return i2d_SSL_SESSION(s, p); });
    w->queue(TLSWrap::EventKind::NewSession, bytes(w->ctx(), id, idLen), buf);
    // The server's 'newSession' listener must finish before the handshake's last flight goes out.
    if (w->isServer_) w->holdOutput_ = true;
  } catch (...) {
  }
  return 0;
}

SSL_SESSION* getSessionCallback(SSL* ssl, const unsigned char*, int, int* copy) {
  *copy = 0;
  TLSWrap* w = TLSWrap::fromSSL(ssl);
  if (!w || !w->loadedSession_) return nullptr;
  SSL_SESSION* s = w->loadedSession_;  // the reference passes to OpenSSL
  w->loadedSession_ = nullptr;
  return s;
}

std::string helloServername(SSL* ssl) {
  const unsigned char* p = nullptr;
  size_t len = 0;
  if (!SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &p, &len) || len < 5) return {};
  size_t listLen = (static_cast<size_t>(p[0]) << 8) | p[1];
  if (listLen + 2 > len || p[2] != TLSEXT_NAMETYPE_host_name) return {};
  size_t nameLen = (static_cast<size_t>(p[3]) << 8) | p[4];
  if (nameLen + 5 > len) return {};
  return std::string(reinterpret_cast<const char*>(p + 5), nameLen);
}

// The server pauses on the ClientHello while its 'resumeSession' listener looks the session up.
int clientHelloCallback(SSL* ssl, int*, void*) {
  TLSWrap* w = TLSWrap::fromSSL(ssl);
  if (!w || !w->isServer_ || !w->sessionCallbacks_ || w->helloDone_) return SSL_CLIENT_HELLO_SUCCESS;
  if (w->helloPending_) return SSL_CLIENT_HELLO_RETRY;
  try {
    JSContext* ctx = w->ctx();
    const unsigned char* id = nullptr;
    size_t idLen = SSL_client_hello_get0_session_id(ssl, &id);
    const unsigned char* ticket = nullptr;
    size_t ticketLen = 0;
    bool hasTicket = SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_session_ticket, &ticket, &ticketLen) && ticketLen > 0;
    Value info = object(ctx);
    info.set("sessionId", bytes(ctx, id, idLen));
    info.set("servername", str(ctx, helloServername(ssl)));
    info.set("tlsTicket", boolean(ctx, hasTicket));
    w->queue(TLSWrap::EventKind::ClientHello, info);
  } catch (...) {
    return SSL_CLIENT_HELLO_SUCCESS;
  }
  w->helloPending_ = true;
  return SSL_CLIENT_HELLO_RETRY;
}

// The server pauses before choosing its certificate while SNICallback picks a context.
int certCallback(SSL* ssl, void*) {
  TLSWrap* w = TLSWrap::fromSSL(ssl);
  if (!w || !w->isServer_ || !w->certCbEnabled_ || w->certCb_ == TLSWrap::CertCb::Done) return 1;
  if (w->certCb_ == TLSWrap::CertCb::Running) return -1;
  try {
    Value info = object(w->ctx());
    const char* name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    info.set("servername", str(w->ctx(), name ? name : ""));
    info.set("OCSPRequest", boolean(w->ctx(), SSL_get_tlsext_status_type(ssl) == TLSEXT_STATUSTYPE_ocsp));
    w->queue(TLSWrap::EventKind::CertCb, info);
  } catch (...) {
    return 0;
  }
  w->certCb_ = TLSWrap::CertCb::Running;
  return -1;
}

int alpnSelectCallback(SSL* ssl, const unsigned char** out, unsigned char* outLen, const unsigned char* in,
                       unsigned int inLen, void*) {
  TLSWrap* w = TLSWrap::fromSSL(ssl);
  if (!w) return SSL_TLSEXT_ERR_NOACK;
  if (w->alpnCallback_) {
    // Node's ALPNCallback answers synchronously: the offset of the chosen entry in the
    // client's list, or undefined to refuse every protocol.
    try {
      JSContext* ctx = w->ctx();
      if (w->env().tearingDown) return SSL_TLSEXT_ERR_ALERT_FATAL;
      Value fn = w->property("ALPNCallback");
      if (!fn.isFunction()) return SSL_TLSEXT_ERR_NOACK;
      Value arg = bytes(ctx, in, inLen);
      Value self = Value::borrow(ctx, w->jsObject());
      Value r = callFunction(ctx, fn, self, 1, &arg);
      if (r.isException()) {
        w->env().reportUncaught(Value(ctx, JS_GetException(ctx)));
        return SSL_TLSEXT_ERR_ALERT_FATAL;
      }
      if (!r.isNumber()) return SSL_TLSEXT_ERR_ALERT_FATAL;
      int64_t offset = r.toInt64(-1);
      if (offset < 0 || static_cast<uint64_t>(offset) >= inLen || offset + 1 + in[offset] > inLen)
        return SSL_TLSEXT_ERR_ALERT_FATAL;
      *out = in + offset + 1;
      *outLen = in[offset];
      return SSL_TLSEXT_ERR_OK;
    } catch (...) {
      return SSL_TLSEXT_ERR_ALERT_FATAL;
    }
  }
  if (w->alpnProtos_.empty()) return SSL_TLSEXT_ERR_NOACK;
  int status = SSL_select_next_proto(const_cast<unsigned char**>(out), outLen,
                                     reinterpret_cast<const unsigned char*>(w->alpnProtos_.data()),
                                     static_cast<unsigned>(w->alpnProtos_.size()), in, inLen);
  // No common protocol: a fatal no_application_protocol alert (RFC 7301), as Node does.
  return status == OPENSSL_NPN_NEGOTIATED ? SSL_TLSEXT_ERR_OK : SSL_TLSEXT_ERR_ALERT_FATAL;
}

// OCSP stapling: a server staples the response its 'OCSPRequest' listener gave; a client
// reports what was stapled ('OCSPResponse', null when nothing).
int statusCallback(SSL* ssl, void*) {
  TLSWrap* w = TLSWrap::fromSSL(ssl);
  if (!w) return SSL_is_server(ssl) ? SSL_TLSEXT_ERR_NOACK : 1;
  try {
    if (w->isServer_) {
      if (w->ocspResponse_.empty()) return SSL_TLSEXT_ERR_NOACK;
      auto* copy = static_cast<unsigned char*>(OPENSSL_malloc(w->ocspResponse_.size()));
      if (!copy) return SSL_TLSEXT_ERR_ALERT_FATAL;
      std::memcpy(copy, w->ocspResponse_.data(), w->ocspResponse_.size());
      SSL_set_tlsext_status_ocsp_resp(ssl, copy, static_cast<long>(w->ocspResponse_.size()));
      return SSL_TLSEXT_ERR_OK;
    }
    const unsigned char* resp = nullptr;
    long len = SSL_get_tlsext_status_ocsp_resp(ssl, &resp);
    w->queue(TLSWrap::EventKind::OCSPResponse,
             resp && len > 0 ? bytes(w->ctx(), resp, static_cast<size_t>(len)) : null(w->ctx()));
  } catch (...) {
  }
  return 1;
}

// Calls this.onpskexchange(args…) synchronously (OpenSSL needs the key now); undefined when
// there is no answer or the callback threw (reported as uncaught).
Value callPsk(TLSWrap* w, int argc, Value* argv) {
  JSContext* ctx = w->ctx();
  if (w->env().tearingDown) return undefined(ctx);
  Value fn = w->property("onpskexchange");
  if (!fn.isFunction()) return undefined(ctx);
  Value self = Value::borrow(ctx, w->jsObject());
  Value r = callFunction(ctx, fn, self, argc, argv);
  if (r.isException()) {
    w->env().reportUncaught(Value(ctx, JS_GetException(ctx)));
    return undefined(ctx);
  }
  return r;
}

}  // namespace

void keylogCallback(const SSL* ssl, const char* line) {
  TLSWrap* w = TLSWrap::fromSSL(ssl);
  if (!w || !w->keylog_) return;
  try {
    std::string s = std::string(line) + "\n";
    w->queue(TLSWrap::EventKind::Keylog, bytes(w->ctx(), s.data(), s.size()));
  } catch (...) {
  }
}

void traceCallback(int writeP, int version, int contentType, const void* buf, size_t len, SSL* ssl, void* bio) {
  // Tracing is best effort: a failed write to stderr must not leave errors for the next SSL call.
  ERR_set_mark();
  SSL_trace(writeP, version, contentType, buf, len, ssl, bio);
  ERR_pop_to_mark();
}

unsigned int pskServerCallback(SSL* ssl, const char* identity, unsigned char* psk, unsigned int maxPskLen) {
  TLSWrap* w = TLSWrap::fromSSL(ssl);
  if (!w) return 0;
  try {
    JSContext* ctx = w->ctx();
    Value args[2] = {str(ctx, identity ? identity : ""), num(ctx, maxPskLen)};
    Value r = callPsk(w, 2, args);
    Bytes key = viewOf(ctx, r.get());
    if (!key.data || key.length > maxPskLen) return 0;
    std::memcpy(psk, key.data, key.length);
    return static_cast<unsigned int>(key.length);
  } catch (...) {
    return 0;
  }
}

unsigned int pskClientCallback(SSL* ssl, const char* hint, char* identity, unsigned int maxIdentityLen,
                               unsigned char* psk, unsigned int maxPskLen) {
  TLSWrap* w = TLSWrap::fromSSL(ssl);
  if (!w) return 0;
  try {
    JSContext* ctx = w->ctx();
    Value args[3] = {hint ? str(ctx, hint) : null(ctx), num(ctx, maxPskLen), num(ctx, maxIdentityLen)};
    Value r = callPsk(w, 3, args);
    if (!r.isObject()) return 0;
    Bytes key = viewOf(ctx, r.get("psk").get());
    std::string id = r.get("identity").toString();
    if (!key.data || key.length > maxPskLen || id.size() + 1 > maxIdentityLen) return 0;
    std::memcpy(identity, id.c_str(), id.size() + 1);
    std::memcpy(psk, key.data, key.length);
    return static_cast<unsigned int>(key.length);
  } catch (...) {
    return 0;
  }
}

void installConnectionCallbacks(SSL_CTX* ctx) {
  SSL_CTX_set_info_callback(ctx, infoCallback);
  SSL_CTX_sess_set_new_cb(ctx, newSessionCallback);
  SSL_CTX_sess_set_get_cb(ctx, getSessionCallback);
  SSL_CTX_set_client_hello_cb(ctx, clientHelloCallback, nullptr);
  SSL_CTX_set_cert_cb(ctx, certCallback, nullptr);
  SSL_CTX_set_alpn_select_cb(ctx, alpnSelectCallback, nullptr);
  SSL_CTX_set_tlsext_status_cb(ctx, statusCallback);
}

}  // namespace pjs

// TLSWrap (see tls_wrap.h): an SSL over two in-memory BIOs; its OpenSSL callbacks are in
// tls_callbacks.cc. The read BIO reads straight from the bytes receive() was given (whatever a
// record leaves unread is copied aside before any JS runs); the write BIO appends to a buffer
// whose storage becomes the Uint8Array handed to JS.
#include "modules/tls_wrap.h"
#include <openssl/evp.h>
#include <openssl/x509v3.h>
#include <uv.h>
#include <cstring>
#include "core/environment.h"
#include "modules/tls_context.h"
#include "modules/tls_x509.h"

namespace pjs {

using namespace ossl;

// ---- the BIOs ----

struct TLSWrap::Input {
  const uint8_t* ext = nullptr;  // bytes of the receive() call in progress (not owned)
  size_t extLen = 0;
  std::vector<uint8_t> stash;    // bytes kept from earlier calls
  size_t stashPos = 0;

  size_t pending() const { return stash.size() - stashPos + extLen; }
  size_t read(uint8_t* out, size_t len) {
    size_t n = 0;
    if (stashPos < stash.size()) {
      n = std::min(len, stash.size() - stashPos);
      std::memcpy(out, stash.data() + stashPos, n);
      stashPos += n;
      if (stashPos == stash.size()) { stash.clear(); stashPos = 0; }
    }
    if (n < len && extLen) {
      size_t m = std::min(len - n, extLen);
      std::memcpy(out + n, ext, m);
      ext += m;
      extLen -= m;
      n += m;
    }
    return n;
  }
  void append(const uint8_t* p, size_t len) { stash.insert(stash.end(), p, p + len); }
  // Keeps a copy of what is left of the borrowed bytes.
  void detach() {
    if (extLen) append(ext, extLen);
    ext = nullptr;
    extLen = 0;
  }
};

namespace {

int bioCreate(BIO* b) { BIO_set_init(b, 1); return 1; }
int bioDestroy(BIO*) { return 1; }

long bioCtrl(BIO* b, int cmd, long num, void*) {
  switch (cmd) {
    case BIO_CTRL_FLUSH: case BIO_CTRL_DUP: return 1;
    case BIO_CTRL_GET_CLOSE: return BIO_get_shutdown(b);
    case BIO_CTRL_SET_CLOSE: BIO_set_shutdown(b, static_cast<int>(num)); return 1;
    default: return 0;
  }
}

long inputCtrl(BIO* b, int cmd, long num, void* ptr) {
  if (cmd == BIO_CTRL_PENDING) return static_cast<long>(static_cast<TLSWrap::Input*>(BIO_get_data(b))->pending());
  return bioCtrl(b, cmd, num, ptr);
}

int inputRead(BIO* b, char* out, int len) {
  BIO_clear_retry_flags(b);
  auto* in = static_cast<TLSWrap::Input*>(BIO_get_data(b));
  size_t n = len > 0 ? in->read(reinterpret_cast<uint8_t*>(out), static_cast<size_t>(len)) : 0;
  if (n == 0) { BIO_set_retry_read(b); return -1; }
  return static_cast<int>(n);
}

int outputWrite(BIO* b, const char* data, int len) {
  BIO_clear_retry_flags(b);
  try {
    static_cast<ByteBuffer*>(BIO_get_data(b))->append(data, static_cast<size_t>(len));
  } catch (...) {
    return -1;
  }
  return len;
}

int refuse(BIO*, const char*, int) { return -1; }
int refuseRead(BIO*, char*, int) { return -1; }

BIO_METHOD* makeMethod(const char* name, bool input) {
  BIO_METHOD* m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, name);
  BIO_meth_set_create(m, bioCreate);
  BIO_meth_set_destroy(m, bioDestroy);
  BIO_meth_set_ctrl(m, input ? inputCtrl : bioCtrl);
  BIO_meth_set_read(m, input ? inputRead : refuseRead);
  BIO_meth_set_write(m, input ? refuse : outputWrite);
  return m;
}

BIO_METHOD* inputMethod() { static BIO_METHOD* m = makeMethod("protojs tls input", true); return m; }
BIO_METHOD* outputMethod() { static BIO_METHOD* m = makeMethod("protojs tls output", false); return m; }

// Most records are this big at most (16 KiB of plaintext).
constexpr size_t kReadChunk = 16384;

int verifyCallback(int, X509_STORE_CTX*) { return 1; }  // always continue: JS decides

}  // namespace

// ---- TLSWrap ----

TLSWrap* TLSWrap::fromSSL(const SSL* ssl) { return static_cast<TLSWrap*>(SSL_get_app_data(ssl)); }

TLSWrap::TLSWrap(Environment& env, SSL_CTX* ctx, bool isServer)
    : NativeObject(env), isServer_(isServer), input_(new Input) {
  ERR_clear_error();
  ssl_ = SSL_new(ctx);
  if (!ssl_) { delete input_; throwCryptoError(env.context(), 0, "SSL_new"); }
  SSL_set_app_data(ssl_, this);
  output_ = new ByteBuffer;
  BIO* rb = BIO_new(inputMethod());
  BIO* wb = BIO_new(outputMethod());
  BIO_set_data(rb, input_);
  BIO_set_data(wb, output_);
  SSL_set_bio(ssl_, rb, wb);
  SSL_set_verify(ssl_, SSL_VERIFY_NONE, verifyCallback);
  if (isServer) SSL_set_accept_state(ssl_);
  else SSL_set_connect_state(ssl_);
}

TLSWrap::~TLSWrap() {
  detachParent();
  if (ssl_) { SSL_set_app_data(ssl_, nullptr); SSL_free(ssl_); }
  if (trace_) BIO_free(trace_);
  if (loadedSession_) SSL_SESSION_free(loadedSession_);
  delete input_;
  delete output_;
}

void TLSWrap::teardown() {
  events_.clear();
  pendingError_ = Value();
  NativeObject::teardown();
}

void TLSWrap::detachParent() {
  if (parent_ && parent_->listener() == this) parent_->setListener(nullptr);
  parent_ = nullptr;
}

void TLSWrap::freeSSL() {
  detachParent();
  if (ssl_) { SSL_set_app_data(ssl_, nullptr); SSL_free(ssl_); }
  ssl_ = nullptr;
  if (trace_) BIO_free(trace_);
  trace_ = nullptr;
  if (loadedSession_) SSL_SESSION_free(loadedSession_);
  loadedSession_ = nullptr;
  events_.clear();
  pendingError_ = Value();
  clear_.clear();
  output_->clear();
}

SSL* TLSWrap::ssl(Call& c) {
  if (!ssl_ || destroyed_)
    throwError(c.ctx(), ErrorKind::Error, "ERR_SOCKET_CLOSED", "Socket is closed");
  return ssl_;
}

void TLSWrap::queue(EventKind kind, Value a, Value b) { events_.push_back({kind, std::move(a), std::move(b)}); }

void TLSWrap::emit(const char* name, int argc, Value* argv) {
  if (env().tearingDown) return;
  Value fn = property(name);
  if (!fn.isFunction()) return;
  Value self = Value::borrow(ctx(), jsObject());
  Value r = callFunction(ctx(), fn, self, argc, argv);
  if (r.isException()) env().reportUncaught(Value(ctx(), JS_GetException(ctx())));
}

bool TLSWrap::flushOutput() {
  if (holdOutput_ || output_->empty()) return false;
  Value buf = output_->take(ctx());
  emit("onencrypted", 1, &buf);
  return true;
}

void TLSWrap::handshakeStep() {
  ERR_clear_error();
  int r = SSL_do_handshake(ssl_);
  if (r == 1) {
    established_ = true;
    queue(EventKind::HandshakeDone);
    return;
  }
  switch (SSL_get_error(ssl_, r)) {
    case SSL_ERROR_WANT_READ: case SSL_ERROR_WANT_WRITE:
    case SSL_ERROR_WANT_X509_LOOKUP: case SSL_ERROR_WANT_CLIENT_HELLO_CB:
      ERR_clear_error();
      return;
    default:
      failed_ = true;
      pendingError_ = makeSslError(ctx());
  }
}

void TLSWrap::readCleartext() {
  for (;;) {
    ERR_clear_error();
    size_t n = 0;
    uint8_t* dst = clear_.reserve(kReadChunk);
    if (SSL_read_ex(ssl_, dst, kReadChunk, &n) == 1) {
      clear_.commit(n);
      continue;
    }
    switch (SSL_get_error(ssl_, 0)) {
      case SSL_ERROR_WANT_READ: case SSL_ERROR_WANT_WRITE:
      case SSL_ERROR_WANT_X509_LOOKUP: case SSL_ERROR_WANT_CLIENT_HELLO_CB:
        ERR_clear_error();
        return;
      case SSL_ERROR_ZERO_RETURN:  // the peer's close_notify
        closeNotify_ = true;
        ERR_clear_error();
        return;
      default:
        failed_ = true;
        pendingError_ = makeSslError(ctx());
        return;
    }
  }
}

// Hands out what the last OpenSSL calls produced, in Node's order: the events (handshake
// start/done, keylog lines, sessions, pauses) first — so a client's 'secureConnect' precedes
// anything its last handshake flight makes the peer do, and a socket destroyed there sends no
// more —, then the encrypted output, the cleartext, end of stream, and an error last (after the
// alert that reports it went out).
void TLSWrap::deliver() {
  input_->detach();  // JS may reuse the buffer it gave us
  std::vector<Event> events = std::move(events_);
  events_.clear();
  for (auto& e : events) {
    if (destroyed_) return;
    switch (e.kind) {
      case EventKind::HandshakeStart: emit("onhandshakestart", 1, &e.a); break;
      case EventKind::HandshakeDone: emit("onhandshakedone", 0, nullptr); break;
      case EventKind::Keylog: emit("onkeylog", 1, &e.a); break;
      case EventKind::NewSession: { Value args[2] = {e.a, e.b}; emit("onnewsession", 2, args); break; }
      case EventKind::CertCb: emit("oncertcb", 1, &e.a); break;
      case EventKind::ClientHello: emit("onclienthello", 1, &e.a); break;
      case EventKind::OCSPResponse: emit("onocspresponse", 1, &e.a); break;
    }
  }
  if (destroyed_) return;
  flushOutput();
  if (destroyed_) return;
  if (!clear_.empty()) {
    bytesRead_ += clear_.size();
    if (listener_) {  // a native consumer reads it in place
      listener_->onStreamRead(static_cast<ssize_t>(clear_.size()), reinterpret_cast<const char*>(clear_.data()));
      clear_.clear();
    } else {
      double n = static_cast<double>(clear_.size());
      Value args[2] = {num(ctx(), n), clear_.take(ctx())};
      emit("onread", 2, args);
    }
  }
  if (closeNotify_ && !eofSent_ && !destroyed_) {
    eofSent_ = true;
    Value eof = num(ctx(), UV_EOF);
    emit("onread", 1, &eof);
  }
  if (!pendingError_.isUndefined() && !destroyed_) {
    flushOutput();
    Value err = std::move(pendingError_);
    pendingError_ = Value();
    if (!destroyed_) emit("onerror", 1, &err);
  }
}

void TLSWrap::cycle() {
  if (cycling_) { again_ = true; return; }
  cycling_ = true;
  struct Done {
    TLSWrap* w;
    ~Done() {
      w->cycling_ = false;
      w->input_->detach();
      if (w->destroyed_) w->freeSSL();
    }
  } done{this};
  do {
    again_ = false;
    if (!ssl_ || destroyed_) break;
    if (!established_ && !failed_) handshakeStep();
    if (established_ && !failed_ && !closeNotify_) readCleartext();
    deliver();
  } while (again_ && !destroyed_);
}

// receive(u8): encrypted bytes from the peer.
Value TLSWrap::receive(Call& c) {
  if (!ssl_ || destroyed_) return undefined(c.ctx());
  Bytes in = bytesArg(c, 0, "data");
  if (cycling_) {  // called back from one of our callbacks: keep the bytes for the loop
    input_->append(in.data, in.length);
    again_ = true;
    return undefined(c.ctx());
  }
  input_->ext = in.data;
  input_->extLen = in.length;
  cycle();
  return undefined(c.ctx());
}

// attachParent(streamHandle): encrypted input now comes straight from that TCP/Pipe handle's
// reads (StreamListener) instead of JS calling receive(). false when the handle is not a native
// stream or already has a native reader. End of input and read errors go to
// this.onparentread(nread).
Value TLSWrap::attachParent(Call& c) {
  StreamWrap* s = StreamWrap::fromObject(c.ctx(), c.raw(0));
  if (!s || s->listener() || !ssl_ || destroyed_) return boolean(c.ctx(), false);
  detachParent();
  s->setListener(this);
  parent_ = s;
  return boolean(c.ctx(), true);
}

void TLSWrap::onStreamRead(ssize_t nread, const char* data) {
  if (env().tearingDown || JS_IsUndefined(jsObject())) return;
  Value hold = Value::borrow(ctx(), jsObject());  // callbacks may drop the last JS reference
  if (nread > 0) {
    if (!ssl_ || destroyed_) return;
    const auto* bytes = reinterpret_cast<const uint8_t*>(data);
    if (cycling_) {
      input_->append(bytes, static_cast<size_t>(nread));
      again_ = true;
      return;
    }
    input_->ext = bytes;
    input_->extLen = static_cast<size_t>(nread);
    cycle();
  } else {
    Value n = i64(ctx(), nread);
    emit("onparentread", 1, &n);
  }
  env().drainTasks();
}

Value TLSWrap::getBytesRead(Call& c) { return num(c.ctx(), static_cast<double>(bytesRead_)); }

// encrypt(u8 | [u8, …]): encrypts the cleartext (one record run for all chunks) and returns
// the encrypted bytes, or undefined when there are none to send yet.
Value TLSWrap::encrypt(Call& c) {
  JSContext* ctx = c.ctx();
  SSL* s = ssl(c);
  if (!established_)
    throwError(ctx, ErrorKind::Error, "ERR_TLS_INVALID_STATE", "TLS socket connection must be securely established");
  std::vector<Bytes> chunks;
  size_t total = 0;
  if (JS_IsArray(ctx, c.raw(0))) {
    Value list = c.arg(0);
    int64_t n = list.get("length").toInt64(0);
    for (int64_t i = 0; i < n; ++i) {
      Value item = list.get(static_cast<uint32_t>(i));
      Bytes b = viewOf(ctx, item.get());
      if (!b.data) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"data\" argument must hold Uint8Arrays.");
      chunks.push_back(b);
      total += b.length;
    }
  } else {
    chunks.push_back(bytesArg(c, 0, "data"));
    total = chunks[0].length;
  }
  if (total > 0) {
    const uint8_t* data = chunks[0].data;
    std::vector<uint8_t> joined;
    if (chunks.size() > 1) {
      joined.reserve(total);
      for (const auto& b : chunks) joined.insert(joined.end(), b.data, b.data + b.length);
      data = joined.data();
    }
    output_->reserve(total + (total / kReadChunk + 1) * 96);
    ERR_clear_error();
    size_t written = 0;
    if (SSL_write_ex(s, data, total, &written) != 1) {
      Value err = makeSslError(ctx);
      JS_Throw(ctx, err.release());
      throw JsThrow{};
    }
  }
  if (holdOutput_ || output_->empty()) return undefined(ctx);
  return output_->take(ctx);
}

// start(): a client sends its ClientHello.
Value TLSWrap::start(Call& c) {
  ssl(c);
  cycle();
  return undefined(c.ctx());
}

// shutdown(): the close_notify alert to send (undefined before the handshake ends).
Value TLSWrap::shutdown(Call& c) {
  if (!ssl_ || destroyed_ || !established_) return undefined(c.ctx());
  ERR_clear_error();
  SSL_shutdown(ssl_);
  ERR_clear_error();
  if (output_->empty()) return undefined(c.ctx());
  return output_->take(c.ctx());
}

Value TLSWrap::destroySSL(Call& c) {
  destroyed_ = true;
  if (!cycling_) freeSSL();
  return undefined(c.ctx());
}

// setVerifyMode(requestCert, rejectUnauthorized): a server asks for a client certificate (and
// with rejectUnauthorized refuses a client that sends none); verification results are read by
// JS after the handshake, so OpenSSL never stops it.
Value TLSWrap::setVerifyMode(Call& c) {
  SSL* s = ssl(c);
  int mode = SSL_VERIFY_NONE;
  if (isServer_ && c.boolean(0)) {
    mode = SSL_VERIFY_PEER;
    if (c.boolean(1)) mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
  }
  SSL_set_verify(s, mode, verifyCallback);
  return undefined(c.ctx());
}

Value TLSWrap::setServername(Call& c) {
  SSL* s = ssl(c);
  std::string name = c.string(0, "name");
  ERR_clear_error();
  if (!SSL_set_tlsext_host_name(s, name.c_str())) throwCryptoError(c.ctx(), ERR_get_error(), "SSL_set_tlsext_host_name");
  return undefined(c.ctx());
}

// setALPNProtocols(wire): the client's offer, or the server's preference list.
Value TLSWrap::setALPNProtocols(Call& c) {
  SSL* s = ssl(c);
  Bytes b = bytesArg(c, 0, "protocols");
  if (isServer_) {
    alpnProtos_.assign(reinterpret_cast<const char*>(b.data), b.length);
  } else if (SSL_set_alpn_protos(s, b.data, static_cast<unsigned>(b.length)) != 0) {
    throwError(c.ctx(), ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to set ALPN protocols");
  }
  return undefined(c.ctx());
}

Value TLSWrap::enableALPNCb(Call& c) { ssl(c); alpnCallback_ = true; return undefined(c.ctx()); }
Value TLSWrap::enableCertCb(Call& c) { ssl(c); certCbEnabled_ = true; return undefined(c.ctx()); }
Value TLSWrap::enableSessionCallbacks(Call& c) { ssl(c); sessionCallbacks_ = true; return undefined(c.ctx()); }

Value TLSWrap::enableKeylogCallback(Call& c) {
  SSL* s = ssl(c);
  keylog_ = true;
  SSL_CTX_set_keylog_callback(SSL_get_SSL_CTX(s), keylogCallback);
  return undefined(c.ctx());
}

// As Node: SSL_trace's text on stderr (the C stream, unbuffered) from now on.
Value TLSWrap::enableTrace(Call& c) {
  if (!ssl_ || destroyed_) return undefined(c.ctx());
  if (!trace_) {
    trace_ = BIO_new_fp(stderr, BIO_NOCLOSE | BIO_FP_TEXT);
    if (!trace_) return undefined(c.ctx());
  }
  SSL_set_msg_callback(ssl_, traceCallback);
  SSL_set_msg_callback_arg(ssl_, trace_);
  return undefined(c.ctx());
}

// Uses a SecureContext's certificate, key, chain and trust store for this connection.
static void useContext(JSContext* ctx, SSL* s, SecureContext* sc, const char* what) {
  SSL_CTX* sctx = sc->ctx();
  ERR_clear_error();
  X509* x509 = SSL_CTX_get0_certificate(sctx);
  EVP_PKEY* pkey = SSL_CTX_get0_privatekey(sctx);
  STACK_OF(X509)* chain = nullptr;
  int ok = SSL_CTX_get0_chain_certs(sctx, &chain);
  if (ok == 1) ok = SSL_use_certificate(s, x509);
  if (ok == 1) ok = SSL_use_PrivateKey(s, pkey);
  if (ok == 1 && chain) ok = SSL_set1_chain(s, chain);
  if (ok != 1) throwCryptoError(ctx, ERR_get_error(), what);
  SSL_set1_verify_cert_store(s, SSL_CTX_get_cert_store(sctx));
  SSL_set_client_CA_list(s, SSL_dup_CA_list(SSL_CTX_get_client_CA_list(sctx)));
}

static SecureContext* contextArg(Call& c, int i) {
  SecureContext* sc = JS_IsObject(c.raw(i)) ? SecureContext::from(c.ctx(), c.raw(i)) : nullptr;
  return sc && sc->ctx() ? sc : nullptr;
}

// certCbDone(secureContext?): SNICallback chose a context (or none); the handshake goes on
// with its certificate, key, chain and trust store.
Value TLSWrap::certCbDone(Call& c) {
  SSL* s = ssl(c);
  if (certCb_ != CertCb::Running) return undefined(c.ctx());
  if (SecureContext* sc = contextArg(c, 0)) useContext(c.ctx(), s, sc, "CertCbDone");
  certCb_ = CertCb::Done;
  cycle();
  return undefined(c.ctx());
}

// setKeyCert(secureContext): tlsSocket.setKeyCert().
Value TLSWrap::setKeyCert(Call& c) {
  SSL* s = ssl(c);
  SecureContext* sc = contextArg(c, 0);
  if (!sc) throwTypeError(c.ctx(), "ERR_TLS_INVALID_CONTEXT", "context must be a SecureContext");
  useContext(c.ctx(), s, sc, "SetKeyCert");
  return undefined(c.ctx());
}

// loadSession(der): the session a 'resumeSession' listener found, offered to OpenSSL's lookup.
Value TLSWrap::loadSession(Call& c) {
  ssl(c);
  Bytes b = viewOf(c.ctx(), c.raw(0));
  if (!b.data) return undefined(c.ctx());
  const unsigned char* p = b.data;
  SSL_SESSION* sess = d2i_SSL_SESSION(nullptr, &p, static_cast<long>(b.length));
  ERR_clear_error();
  if (loadedSession_) SSL_SESSION_free(loadedSession_);
  loadedSession_ = sess;
  return undefined(c.ctx());
}

Value TLSWrap::clientHelloDone(Call& c) {
  ssl(c);
  helloDone_ = true;
  helloPending_ = false;
  cycle();
  return undefined(c.ctx());
}

Value TLSWrap::newSessionDone(Call& c) {
  ssl(c);
  holdOutput_ = false;
  cycle();
  return undefined(c.ctx());
}

// setSession(der): a client offers this session for resumption (bytes that are no session
// are ignored, as Node does).
Value TLSWrap::setSession(Call& c) {
  SSL* s = ssl(c);
  Bytes b = bytesArg(c, 0, "session");
  const unsigned char* p = b.data;
  SSL_SESSION* sess = d2i_SSL_SESSION(nullptr, &p, static_cast<long>(b.length));
  ERR_clear_error();
  if (!sess) return undefined(c.ctx());
  int ok = SSL_set_session(s, sess);
  SSL_SESSION_free(sess);
  if (!ok) {
    ERR_clear_error();
    JS_Throw(c.ctx(), makePlainError(c.ctx(), "SSL_set_session error").release());
    throw JsThrow{};
  }
  return undefined(c.ctx());
}

Value TLSWrap::setMaxSendFragment(Call& c) {
  SSL* s = ssl(c);
  int ok = SSL_set_max_send_fragment(s, static_cast<long>(c.integer(0, "size")));
  ERR_clear_error();
  return num(c.ctx(), ok);
}

// renegotiate(): TLS 1.2 only; OpenSSL refuses it for TLS 1.3 (ERR_SSL_WRONG_SSL_VERSION).
Value TLSWrap::renegotiate(Call& c) {
  SSL* s = ssl(c);
  ERR_clear_error();
  if (!SSL_renegotiate(s)) throwCryptoError(c.ctx(), ERR_get_error());
  SSL_do_handshake(s);  // writes the request
  ERR_clear_error();
  cycle();
  return undefined(c.ctx());
}

// requestOCSP(): a client asks for a stapled OCSP response.
Value TLSWrap::requestOCSP(Call& c) {
  SSL_set_tlsext_status_type(ssl(c), TLSEXT_STATUSTYPE_ocsp);
  return undefined(c.ctx());
}

// setOCSPResponse(der): what a server staples.
Value TLSWrap::setOCSPResponse(Call& c) {
  ssl(c);
  Bytes b = bytesArg(c, 0, "response");
  ocspResponse_.assign(reinterpret_cast<const char*>(b.data), b.length);
  return undefined(c.ctx());
}

// enablePskCallback(): keys come from this.onpskexchange (TLS-PSK, pskCallback).
Value TLSWrap::enablePskCallback(Call& c) {
  SSL* s = ssl(c);
  if (isServer_) SSL_set_psk_server_callback(s, pskServerCallback);
  else SSL_set_psk_client_callback(s, pskClientCallback);
  return undefined(c.ctx());
}

Value TLSWrap::setPskIdentityHint(Call& c) {
  SSL* s = ssl(c);
  std::string hint = c.string(0, "hint");
  ERR_clear_error();
  if (!SSL_use_psk_identity_hint(s, hint.c_str())) {
    ERR_clear_error();
    throwError(c.ctx(), ErrorKind::Error, "ERR_TLS_PSK_SET_IDENTIY_HINT_FAILED",
               "Failed to set PSK identity hint");
  }
  return undefined(c.ctx());
}

// ---- inspection ----

Value TLSWrap::verifyError(Call& c) {
  SSL* s = ssl(c);
  long err = peerVerifyResult(s, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT);
  if (err == X509_V_OK) return null(c.ctx());
  return makePlainError(c.ctx(), X509_verify_cert_error_string(err), x509ErrorCode(err));
}

Value TLSWrap::hasPeerCertificate(Call& c) {
  return boolean(c.ctx(), SSL_get0_peer_certificate(ssl(c)) != nullptr);
}

Value TLSWrap::getPeerCertificate(Call& c) {
  return peerCertificate(c.ctx(), ssl(c), isServer_, c.boolean(0));
}

Value TLSWrap::getCertificate(Call& c) {
  X509* x = SSL_get_certificate(ssl(c));
  return x ? x509ToObject(c.ctx(), x) : undefined(c.ctx());
}

Value TLSWrap::getCipher(Call& c) {
  const SSL_CIPHER* cipher = SSL_get_current_cipher(ssl(c));
  if (!cipher) return undefined(c.ctx());
  Value o = object(c.ctx());
  o.set("name", str(c.ctx(), SSL_CIPHER_get_name(cipher)));
  o.set("standardName", str(c.ctx(), SSL_CIPHER_standard_name(cipher)));
  o.set("version", str(c.ctx(), SSL_CIPHER_get_version(cipher)));
  return o;
}

Value TLSWrap::getProtocol(Call& c) { return str(c.ctx(), SSL_get_version(ssl(c))); }

Value TLSWrap::getServername(Call& c) {
  const char* name = SSL_get_servername(ssl(c), TLSEXT_NAMETYPE_host_name);
  return name ? str(c.ctx(), name) : boolean(c.ctx(), false);
}

Value TLSWrap::getALPNNegotiatedProtocol(Call& c) {
  const unsigned char* p = nullptr;
  unsigned int len = 0;
  SSL_get0_alpn_selected(ssl(c), &p, &len);
  if (!p || !len) return boolean(c.ctx(), false);
  return str(c.ctx(), std::string_view(reinterpret_cast<const char*>(p), len));
}

Value TLSWrap::getSession(Call& c) {
  SSL_SESSION* sess = SSL_get_session(ssl(c));
  if (!sess) return undefined(c.ctx());
  return derBytes(c.ctx(), sess, [](SSL_SESSION* s, unsigned char** p) { return i2d_SSL_SESSION(s, p); });
}

Value TLSWrap::isSessionReused(Call& c) { return boolean(c.ctx(), SSL_session_reused(ssl(c)) == 1); }

Value TLSWrap::getTLSTicket(Call& c) {
  SSL_SESSION* sess = SSL_get_session(ssl(c));
  if (!sess) return undefined(c.ctx());
  const unsigned char* ticket = nullptr;
  size_t len = 0;
  SSL_SESSION_get0_ticket(sess, &ticket, &len);
  if (!ticket) return undefined(c.ctx());
  return bytes(c.ctx(), ticket, len);
}

Value TLSWrap::getFinished(Call& c) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  size_t len = SSL_get_finished(ssl(c), buf, sizeof buf);
  return len ? bytes(c.ctx(), buf, len) : undefined(c.ctx());
}

Value TLSWrap::getPeerFinished(Call& c) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  size_t len = SSL_get_peer_finished(ssl(c), buf, sizeof buf);
  return len ? bytes(c.ctx(), buf, len) : undefined(c.ctx());
}

// The client's view of the key exchange: { type: 'DH', size } or { type: 'ECDH', name, size };
// an empty object on a server or before the handshake.
Value TLSWrap::getEphemeralKeyInfo(Call& c) {
  SSL* s = ssl(c);
  JSContext* ctx = c.ctx();
  Value o = object(ctx);
  if (isServer_) return null(ctx);
  EVP_PKEY* key = nullptr;
  if (!SSL_get_peer_tmp_key(s, &key) || !key) { ERR_clear_error(); return o; }
  int id = EVP_PKEY_get_base_id(key);
  int bits = EVP_PKEY_get_bits(key);
  if (id == EVP_PKEY_DH) {
    o.set("type", str(ctx, "DH"));
    o.set("size", num(ctx, bits));
  } else if (id == EVP_PKEY_EC || id == EVP_PKEY_X25519 || id == EVP_PKEY_X448) {
    o.set("type", str(ctx, "ECDH"));
    const char* name = nullptr;
    char group[80];
    size_t glen = 0;
    if (id == EVP_PKEY_EC) {
      if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &glen)) {
        int nid = OBJ_txt2nid(group);
        if (nid == NID_undef) nid = EC_curve_nist2nid(group);
        name = nid != NID_undef ? OBJ_nid2sn(nid) : group;
      }
    } else {
      name = OBJ_nid2sn(id);
    }
    if (name) o.set("name", str(ctx, name));
    o.set("size", num(ctx, bits));
  }
  EVP_PKEY_free(key);
  ERR_clear_error();
  return o;
}

Value TLSWrap::getSharedSigalgs(Call& c) {
  SSL* s = ssl(c);
  JSContext* ctx = c.ctx();
  Value arr = array(ctx);
  int n = SSL_get_shared_sigalgs(s, 0, nullptr, nullptr, nullptr, nullptr, nullptr);
  for (int i = 0; i < n; ++i) {
    int sign = 0, hash = 0;
    SSL_get_shared_sigalgs(s, i, &sign, &hash, nullptr, nullptr, nullptr);
    std::string name;
    switch (sign) {
      case EVP_PKEY_RSA: name = "RSA+"; break;
      case EVP_PKEY_RSA_PSS: name = "RSA-PSS+"; break;
      case EVP_PKEY_DSA: name = "DSA+"; break;
      case EVP_PKEY_ED25519: name = "Ed25519+"; break;
      case EVP_PKEY_ED448: name = "Ed448+"; break;
      case EVP_PKEY_EC: name = "ECDSA+"; break;
      default: {
        const char* sn = OBJ_nid2sn(sign);
        name = sn ? std::string(sn) + "+" : "UNDEF+";
      }
    }
    const char* h = OBJ_nid2sn(hash);
    name += h ? h : "UNDEF";
    arr.set(static_cast<uint32_t>(i), str(ctx, name));
  }
  return arr;
}

Value TLSWrap::exportKeyingMaterial(Call& c) {
  SSL* s = ssl(c);
  JSContext* ctx = c.ctx();
  int64_t len = c.integer(0, "length");
  std::string label = c.string(1, "label");
  Bytes context;
  bool useContext = c.has(2);
  if (useContext) context = bytesArg(c, 2, "context");
  if (len < 0) throwRangeError(ctx, "ERR_OUT_OF_RANGE", "length must be >= 0");
  auto* out = static_cast<uint8_t*>(std::malloc(len ? static_cast<size_t>(len) : 1));
  if (!out) throw std::bad_alloc();
  ERR_clear_error();
  if (SSL_export_keying_material(s, out, static_cast<size_t>(len), label.data(), label.size(),
                                 context.data, context.length, useContext) != 1) {
    std::free(out);
    // As Node: OpenSSL's reason (a TLS 1.3 export longer than HKDF allows is an internal error).
    if (ERR_peek_error() != 0) throwCryptoError(ctx);
    throwError(ctx, ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Key export failed");
  }
  return adoptBytes(ctx, out, static_cast<size_t>(len));
}

static TLSWrap* makeTLSWrap(Call& c) {
  SecureContext* sc = JS_IsObject(c.raw(0)) ? SecureContext::from(c.ctx(), c.raw(0)) : nullptr;
  if (!sc || !sc->ctx()) throwTypeError(c.ctx(), "ERR_TLS_INVALID_CONTEXT", "context must be a SecureContext");
  return new TLSWrap(c.env(), sc->ctx(), c.boolean(1));
}

void defineTLSWrap(JSContext* ctx, const Value& target) {
  using T = TLSWrap;
  StreamSource::registerClass(NativeClass<T>::id());
  target.set("TLSWrap", NativeClass<T>::define<makeTLSWrap>(ctx, "TLSWrap", 2, {
      method<T, &T::receive>("receive", 1), method<T, &T::encrypt>("encrypt", 1),
      method<T, &T::attachParent>("attachParent", 1), method<T, &T::getBytesRead>("getBytesRead", 0),
      method<T, &T::start>("start", 0), method<T, &T::shutdown>("shutdown", 0),
      method<T, &T::destroySSL>("destroySSL", 0), method<T, &T::setVerifyMode>("setVerifyMode", 2),
      method<T, &T::setServername>("setServername", 1), method<T, &T::setALPNProtocols>("setALPNProtocols", 1),
      method<T, &T::enableALPNCb>("enableALPNCb", 0), method<T, &T::enableCertCb>("enableCertCb", 0),
      method<T, &T::certCbDone>("certCbDone", 1), method<T, &T::setKeyCert>("setKeyCert", 1), method<T, &T::enableSessionCallbacks>("enableSessionCallbacks", 0),
      method<T, &T::enableKeylogCallback>("enableKeylogCallback", 0), method<T, &T::enableTrace>("enableTrace", 0), method<T, &T::loadSession>("loadSession", 1),
      method<T, &T::clientHelloDone>("clientHelloDone", 0), method<T, &T::newSessionDone>("newSessionDone", 0),
      method<T, &T::setSession>("setSession", 1), method<T, &T::setMaxSendFragment>("setMaxSendFragment", 1),
      method<T, &T::renegotiate>("renegotiate", 0),
      method<T, &T::enablePskCallback>("enablePskCallback", 0),
      method<T, &T::requestOCSP>("requestOCSP", 0), method<T, &T::setOCSPResponse>("setOCSPResponse", 1),
      method<T, &T::setPskIdentityHint>("setPskIdentityHint", 1), method<T, &T::verifyError>("verifyError", 0),
      method<T, &T::hasPeerCertificate>("hasPeerCertificate", 0),
      method<T, &T::getPeerCertificate>("getPeerCertificate", 1), method<T, &T::getCertificate>("getCertificate", 0),
      method<T, &T::getCipher>("getCipher", 0), method<T, &T::getProtocol>("getProtocol", 0),
      method<T, &T::getServername>("getServername", 0),
      method<T, &T::getALPNNegotiatedProtocol>("getALPNNegotiatedProtocol", 0),
      method<T, &T::getSession>("getSession", 0), method<T, &T::isSessionReused>("isSessionReused", 0),
      method<T, &T::getTLSTicket>("getTLSTicket", 0), method<T, &T::getFinished>("getFinished", 0),
      method<T, &T::getPeerFinished>("getPeerFinished", 0),
      method<T, &T::getEphemeralKeyInfo>("getEphemeralKeyInfo", 0),
      method<T, &T::getSharedSigalgs>("getSharedSigalgs", 0),
      method<T, &T::exportKeyingMaterial>("exportKeyingMaterial", 3),
  }));
}

static void setConstants(JSContext* ctx, const Value& target) {
  Value k = object(ctx);
#define PJS_K(name) k.set(#name, num(ctx, static_cast<double>(name)));
  PJS_K(TLS1_VERSION) PJS_K(TLS1_1_VERSION) PJS_K(TLS1_2_VERSION) PJS_K(TLS1_3_VERSION)
  PJS_K(SSL_OP_ALL) PJS_K(SSL_OP_ALLOW_NO_DHE_KEX) PJS_K(SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION)
  PJS_K(SSL_OP_CIPHER_SERVER_PREFERENCE) PJS_K(SSL_OP_CISCO_ANYCONNECT) PJS_K(SSL_OP_COOKIE_EXCHANGE)
  PJS_K(SSL_OP_CRYPTOPRO_TLSEXT_BUG) PJS_K(SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS)
  PJS_K(SSL_OP_LEGACY_SERVER_CONNECT) PJS_K(SSL_OP_NO_COMPRESSION) PJS_K(SSL_OP_NO_ENCRYPT_THEN_MAC)
  PJS_K(SSL_OP_NO_QUERY_MTU) PJS_K(SSL_OP_NO_RENEGOTIATION)
  PJS_K(SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION) PJS_K(SSL_OP_NO_SSLv2) PJS_K(SSL_OP_NO_SSLv3)
  PJS_K(SSL_OP_NO_TICKET) PJS_K(SSL_OP_NO_TLSv1) PJS_K(SSL_OP_NO_TLSv1_1) PJS_K(SSL_OP_NO_TLSv1_2)
  PJS_K(SSL_OP_NO_TLSv1_3) PJS_K(SSL_OP_PRIORITIZE_CHACHA) PJS_K(SSL_OP_TLS_ROLLBACK_BUG)
  PJS_K(UV_EOF)
#undef PJS_K
  target.set("constants", k);
}

void init_tls_wrap_binding(Environment& env, const Value& target) {
  JSContext* ctx = env.context();
  // OpenSSL itself starts on first use (a SecureContext, the certificate lists …): loading
  // node:tls costs no OpenSSL initialisation (2.3 M instructions, mostly reading its config).
  defineSecureContext(ctx, target);
  defineTLSWrap(ctx, target);
  defineTlsHelpers(ctx, target);
  setConstants(ctx, target);
  target.set("opensslVersion", str(ctx, OpenSSL_version(OPENSSL_VERSION_STRING)));
}

}  // namespace pjs

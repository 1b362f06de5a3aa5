// internalBinding('tls_wrap').TLSWrap: one TLS connection driven through memory, independent
// of any transport. JS feeds it the encrypted bytes the peer sent (receive) and the cleartext
// to send (encrypt); it hands back encrypted bytes for the transport and cleartext for the
// reader. Everything runs on the loop thread, synchronously inside those calls; the JS
// callbacks it makes (onencrypted, onread, onhandshakedone, onerror …) are made after OpenSSL
// has returned, except ALPNCallback, which OpenSSL needs answered on the spot (as in Node).
// The contract is in docs/BINDINGS.md.
#pragma once
#include <openssl/ssl.h>
#include <string>
#include <vector>
#include "binding/native_object.h"
#include "modules/ssl_util.h"
#include "modules/stream_wrap.h"

namespace pjs {

// Installs the per-connection OpenSSL callbacks (ALPN selection, certificate/SNI pause,
// ClientHello pause, session cache hooks, keylog, handshake info) on a new SSL_CTX. They find
// their TLSWrap through the SSL and do nothing for a connection that did not ask for them.
void installConnectionCallbacks(SSL_CTX* ctx);
// Queues the NSS key log line for the connection's 'keylog' listeners (SSL_CTX_set_keylog_callback).
void keylogCallback(const SSL* ssl, const char* line);
// enableTrace(): OpenSSL's SSL_trace of every record and handshake message, to the BIO given as
// the message callback's argument (stderr), leaving OpenSSL's error queue as it was.
void traceCallback(int writeP, int version, int contentType, const void* buf, size_t len, SSL* ssl, void* bio);
// TLS-PSK key lookups (SSL_set_psk_*_callback), asking this.onpskexchange (tls_callbacks.cc).
unsigned int pskServerCallback(SSL* ssl, const char* identity, unsigned char* psk, unsigned int maxPskLen);
unsigned int pskClientCallback(SSL* ssl, const char* hint, char* identity, unsigned int maxIdentityLen,
                               unsigned char* psk, unsigned int maxPskLen);

// Two native shortcuts keep JS out of the data path when the ends allow it: attachParent()
// makes the TLSWrap the StreamListener of a transport StreamWrap (TCP/Pipe), so encrypted
// input reaches OpenSSL without a JS call; and, as a StreamSource, its cleartext can go to a
// native consumer (the HTTP parser) instead of this.onread.
class TLSWrap : public NativeObject, public StreamSource, public StreamListener {
 public:
  TLSWrap(Environment& env, SSL_CTX* ctx, bool isServer);
  ~TLSWrap() override;
  void teardown() override;

  // StreamListener (the transport's reads).
  void onStreamRead(ssize_t nread, const char* data) override;
  void onStreamDestroyed() override { parent_ = nullptr; }
  Value attachParent(Call& c);
  Value getBytesRead(Call& c);

  // The data path.
  Value receive(Call& c);
  Value encrypt(Call& c);
  Value start(Call& c);
  Value shutdown(Call& c);
  Value destroySSL(Call& c);

  // Configuration.
  Value setVerifyMode(Call& c);
  Value setServername(Call& c);
  Value setALPNProtocols(Call& c);
  Value enableALPNCb(Call& c);
  Value enableCertCb(Call& c);
  Value certCbDone(Call& c);
  Value setKeyCert(Call& c);
  Value enableSessionCallbacks(Call& c);
  Value enableKeylogCallback(Call& c);
  Value enableTrace(Call& c);
  Value loadSession(Call& c);
  Value clientHelloDone(Call& c);
  Value newSessionDone(Call& c);
  Value setSession(Call& c);
  Value setMaxSendFragment(Call& c);
  Value renegotiate(Call& c);
  Value enablePskCallback(Call& c);
  Value requestOCSP(Call& c);
  Value setOCSPResponse(Call& c);
  Value setPskIdentityHint(Call& c);

  // Inspection.
  Value verifyError(Call& c);
  Value hasPeerCertificate(Call& c);
  Value getPeerCertificate(Call& c);
  Value getCertificate(Call& c);
  Value getCipher(Call& c);
  Value getProtocol(Call& c);
  Value getServername(Call& c);
  Value getALPNNegotiatedProtocol(Call& c);
  Value getSession(Call& c);
  Value isSessionReused(Call& c);
  Value getTLSTicket(Call& c);
  Value getFinished(Call& c);
  Value getPeerFinished(Call& c);
  Value getEphemeralKeyInfo(Call& c);
  Value getSharedSigalgs(Call& c);
  Value exportKeyingMaterial(Call& c);

  // Used by the OpenSSL callbacks (tls_wrap.cc).
  struct Input;
  enum class EventKind { HandshakeStart, HandshakeDone, Keylog, NewSession, CertCb, ClientHello, OCSPResponse };
  struct Event { EventKind kind; Value a, b; };
  static TLSWrap* fromSSL(const SSL* ssl);
  void queue(EventKind kind, Value a = Value(), Value b = Value());

  bool isServer_;
  bool alpnCallback_ = false;
  std::string alpnProtos_;  // wire format
  std::string ocspResponse_;  // a server's stapled response
  bool certCbEnabled_ = false;
  enum class CertCb { Idle, Running, Done } certCb_ = CertCb::Idle;
  bool sessionCallbacks_ = false;
  bool keylog_ = false;
  bool helloPending_ = false, helloDone_ = false;
  SSL_SESSION* loadedSession_ = nullptr;  // from loadSession(), for the get-session callback
  bool holdOutput_ = false;               // a server waits for its 'newSession' listener
  bool established_ = false;

 private:
  SSL* ssl(Call& c);
  // Runs OpenSSL until it needs more input, then hands out what it produced.
  void cycle();
  void handshakeStep();
  void readCleartext();
  void deliver();
  // Calls this.<name>(args…); an exception goes to the uncaught-exception machinery.
  void emit(const char* name, int argc, Value* argv);
  bool flushOutput();
  void freeSSL();
  void detachParent();

  SSL* ssl_ = nullptr;
  BIO* trace_ = nullptr;          // stderr, once enableTrace() was called
  StreamWrap* parent_ = nullptr;  // the transport, when attachParent() took over its reads
  uint64_t bytesRead_ = 0;        // cleartext bytes handed out
  Input* input_ = nullptr;   // owned by the read BIO's state (freed with it)
  ossl::ByteBuffer* output_ = nullptr;
  ossl::ByteBuffer clear_;
  std::vector<Event> events_;
  Value pendingError_;
  bool cycling_ = false, again_ = false, destroyed_ = false;
  bool closeNotify_ = false, eofSent_ = false, failed_ = false;
};

void defineTLSWrap(JSContext* ctx, const Value& target);

}  // namespace pjs

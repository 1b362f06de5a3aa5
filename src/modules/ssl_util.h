// OpenSSL helpers shared by the TLS bindings (and, later, crypto): one-time library set-up,
// OpenSSL errors as Node's JS errors, PEM/DER input from JS arguments, and byte buffers handed
// to JS without a copy.
#pragma once
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include "binding/call.h"

namespace pjs {

// Initialises OpenSSL once per process. The configuration file is read with the application
// name "nodejs_conf", as Node does: a system openssl.cnf without that section changes nothing.
void ensureOpenSSL();

// Node's crypto error (ThrowCryptoError): message "error:0A00018F:SSL routines::ee key too
// small", properties library, reason, code ("ERR_SSL_<REASON>" for the SSL library,
// "ERR_OSSL_<LIB>_<REASON>" or "ERR_OSSL_<REASON>" otherwise) and opensslErrorStack when more
// errors were queued. err 0 takes the first queued error; with none, `fallback` is the message.
// The error queue is emptied.
Value makeCryptoError(JSContext* ctx, unsigned long err, const char* fallback = nullptr);
[[noreturn]] void throwCryptoError(JSContext* ctx, unsigned long err = 0, const char* fallback = nullptr);

// A TLS connection's error (Node's TLSWrap::GetSSLError): the message is the whole queue as
// ERR_print_errors writes it; library and reason come from the first error, code is always
// "ERR_SSL_<REASON>". The error queue is emptied.
Value makeSslError(JSContext* ctx);

// A plain Error with this message (stack as any Error), optionally with a code property.
Value makePlainError(JSContext* ctx, const std::string& message, const char* code = nullptr);

// Byte helpers live in their own namespace (buffer.cc and fs have file-local ones of the same
// names).
namespace ossl {

// The bytes of a string (UTF-8) or ArrayBufferView argument in a read-only memory BIO.
struct BioDeleter { void operator()(BIO* b) const { BIO_free_all(b); } };
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
BioPtr bioFromArg(Call& c, int index, const char* name);

// Bytes of any ArrayBufferView argument (throws ERR_INVALID_ARG_TYPE otherwise).
struct Bytes { const uint8_t* data = nullptr; size_t length = 0; };
Bytes bytesArg(Call& c, int index, const char* name);
// Bytes of a JS value if it is an ArrayBufferView (data null otherwise).
Bytes viewOf(JSContext* ctx, JSValueConst v);

// A growable malloc'ed byte buffer whose storage becomes a Uint8Array without a copy.
class ByteBuffer {
 public:
  ByteBuffer() = default;
  ByteBuffer(const ByteBuffer&) = delete;
  ByteBuffer& operator=(const ByteBuffer&) = delete;
  ~ByteBuffer() { std::free(data_); }
  uint8_t* data() const { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Room for at least n more bytes; returns where they go.
  uint8_t* reserve(size_t n);
  void commit(size_t n) { size_ += n; }
  void append(const void* p, size_t n);
  void clear() { size_ = 0; }
  // The bytes as a Uint8Array (the buffer is empty afterwards).
  Value take(JSContext* ctx);

 private:
  uint8_t* data_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

// A Uint8Array owning `data` (malloc'ed; freed when the array is collected).
Value adoptBytes(JSContext* ctx, uint8_t* data, size_t len);
// A Uint8Array with a copy of the DER encoding that i2d writes, or undefined when it fails.
template <class T, class F>
Value derBytes(JSContext* ctx, T* obj, F i2d) {
  int len = i2d(obj, nullptr);
  if (len <= 0) return undefined(ctx);
  auto* buf = static_cast<uint8_t*>(std::malloc(static_cast<size_t>(len)));
  if (!buf) throw std::bad_alloc();
  uint8_t* p = buf;
  i2d(obj, &p);
  return adoptBytes(ctx, buf, static_cast<size_t>(len));
}

}  // namespace ossl
}  // namespace pjs

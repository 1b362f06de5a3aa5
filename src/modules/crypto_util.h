// What every internalBinding('crypto') file shares (src/modules/crypto_*.cc):
//  - algorithm lookup with per-thread caches (OpenSSL 3's EVP_*_fetch is slow, so a digest,
//    MAC or KDF implementation is fetched once per thread and reused);
//  - OpenSSL errors as Node reports them (message "error:XXXXXXXX:lib::reason", properties
//    library, reason and code "ERR_OSSL_<LIB>_<REASON>");
//  - input bytes read in place from typed arrays, DataViews and ArrayBuffers, or encoded from a
//    string straight out of the engine's storage; output bytes as a string in a Buffer encoding
//    or as an ArrayBuffer (lib/ wraps it in a Buffer);
//  - ByteSource, key material that is wiped when freed;
//  - CryptoJob, an operation that runs synchronously or on libuv's thread pool.
// Nothing here holds mutable process-wide state: the caches are per thread (one Environment
// per thread) and OpenSSL's own state is its business. OpenSSL is set up (ssl_util.h's
// ensureOpenSSL) on the first operation, never when the binding loads.
#pragma once
#include <openssl/evp.h>
#include <uv.h>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include "binding/async_frame.h"
#include "binding/call.h"

namespace pjs::crypto {

// ---- algorithms ----
// The digest Node accepts under `name` (OpenSSL names and aliases in any letter case,
// "RSA-SHA256", "sha-256", "dss1" …), fetched from the default provider; nullptr when unknown
// or not available from a loaded provider. Cached per thread; never freed by the caller.
const EVP_MD* digestByName(const char* name);
// A new HMAC context for `md`, duplicated from a per-thread template (no fetch per call);
// nullptr if OpenSSL refuses the digest. Free with EVP_MAC_CTX_free.
EVP_MAC_CTX* newHmacContext(const EVP_MD* md);
// A KDF implementation ("HKDF", "SCRYPT" …), fetched once per thread; nullptr if unavailable.
EVP_KDF* kdfByName(const char* name);

// A counted reference to a digest, for work that outlives the call (thread-pool jobs).
class MdRef {
 public:
  explicit MdRef(const EVP_MD* md = nullptr) : md_(const_cast<EVP_MD*>(md)) { if (md_) EVP_MD_up_ref(md_); }
  MdRef(MdRef&& o) noexcept : md_(o.md_) { o.md_ = nullptr; }
  MdRef(const MdRef&) = delete;
  MdRef& operator=(MdRef&& o) noexcept { std::swap(md_, o.md_); return *this; }
  ~MdRef() { EVP_MD_free(md_); }
  const EVP_MD* get() const { return md_; }

 private:
  EVP_MD* md_;
};

// ---- errors ----
// An Error as Node's C++ makes it from an OpenSSL error code (the first one of the thread's
// queue when `err` is 0 and the queue is not empty): message "error:…" (or `message` when there
// is no error), library/reason/code properties and opensslErrorStack for the rest of the
// queue, which is emptied (ssl_util.h's makeCryptoError, shared with tls).
Value opensslError(JSContext* ctx, unsigned long err, const char* message = nullptr);
[[noreturn]] void throwOpenSSLError(JSContext* ctx, unsigned long err, const char* message = nullptr);
// An error built natively as Node's C++ throws them: the class, the message and (if given) a
// `code` property — the stack's first line is "Name: message" without the code.
Value nativeError(JSContext* ctx, ErrorKind kind, const char* code, const std::string& msg);
[[noreturn]] void throwNative(JSContext* ctx, ErrorKind kind, const char* code, const std::string& msg);

// ---- bytes in ----
struct ByteSpan {
  const uint8_t* data = nullptr;
  size_t size = 0;
};
// The bytes of a typed array, DataView or ArrayBuffer, in place; false for anything else. A
// detached buffer gives an empty span.
bool viewBytes(JSValueConst v, ByteSpan* out);
// The bytes of an argument: a view in place, or a string encoded as `encoding` (an id of
// modules/buffer_codec.h; other values mean UTF-8). Strings are encoded once into inline
// storage (short ones) or a heap buffer; Latin-1 and ASCII-only text is used in place when its
// storage already holds the right bytes. Throws ERR_INVALID_ARG_TYPE for other values.
class InputBytes {
 public:
  InputBytes(JSContext* ctx, JSValueConst v, int encoding, const char* name = "data");
  ~InputBytes();
  InputBytes(const InputBytes&) = delete;
  InputBytes& operator=(const InputBytes&) = delete;
  const uint8_t* data() const { return span_.data; }
  size_t size() const { return span_.size; }
  ByteSpan span() const { return span_; }

 private:
  JSContext* ctx_;
  JSValue holder_ = JS_UNDEFINED;  // a flattened rope, kept while its characters are used
  ByteSpan span_;
  std::unique_ptr<uint8_t[]> heap_;
  uint8_t inline_[256];
};

// ---- bytes out ----
// Output encoding ids: those of modules/buffer_codec.h, or kEncodingBuffer for raw bytes.
constexpr int kEncodingBuffer = -1;
// `encoding` >= 0: the string buf.toString(encoding) would give; kEncodingBuffer: a new
// ArrayBuffer holding a copy of the bytes.
Value encodeOutput(JSContext* ctx, const uint8_t* p, size_t n, int encoding);
// A new ArrayBuffer that takes over OPENSSL_malloc'ed bytes (no copy); frees them on failure.
Value adoptArrayBuffer(JSContext* ctx, uint8_t* p, size_t n);

// ---- key material ----
// Bytes that are wiped (OPENSSL_cleanse) and freed when the owner goes.
class ByteSource {
 public:
  ByteSource() = default;
  static ByteSource copy(const uint8_t* p, size_t n);
  static ByteSource allocate(size_t n);  // uninitialised; throws std::bad_alloc
  ByteSource(ByteSource&& o) noexcept : p_(o.p_), n_(o.n_) { o.p_ = nullptr; o.n_ = 0; }
  ByteSource& operator=(ByteSource&& o) noexcept;
  ~ByteSource() { reset(); }
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;
  uint8_t* data() const { return p_; }
  size_t size() const { return n_; }
  ByteSpan span() const { return {p_, n_}; }
  // Gives the bytes away (OPENSSL_malloc'ed; may be null when empty).
  uint8_t* release() { uint8_t* p = p_; p_ = nullptr; n_ = 0; return p; }
  void reset();

 private:
  uint8_t* p_ = nullptr;
  size_t n_ = 0;
};

// ---- jobs ----
// An operation with a blocking body. start(): when the argument at `cbIndex` is a function
// the body runs on libuv's thread pool and the function is called on the loop as
// cb(err, value), in the async context (AsyncLocalStorage) of the call; otherwise the body
// runs now and the value is returned (or the error thrown).
class CryptoJob {
 public:
  virtual ~CryptoJob() = default;
  static Value start(Call& c, int cbIndex, std::unique_ptr<CryptoJob> job);

 protected:
  // The body. Runs off the JS thread for async calls: must not touch the engine. On failure
  // it calls fail().
  virtual void run() = 0;
  // The value of a successful run, made on the JS thread.
  virtual Value result(JSContext* ctx) = 0;
  // The error of a failed run (default: the recorded OpenSSL error, with `message_` as its
  // message when one was set).
  virtual Value error(JSContext* ctx);
  // Records a failure: the first OpenSSL error of this thread's queue (the queue is cleared)
  // and an optional message replacing OpenSSL's text.
  void fail(const char* message = nullptr);
  bool failed() const { return failed_; }

  unsigned long opensslErr_ = 0;
  std::string message_;

 private:
  static void onWork(uv_work_t* req);
  static void onDone(uv_work_t* req, int status);
  bool failed_ = false;
  uv_work_t work_{};
  Environment* env_ = nullptr;
  Value callback_;
  AsyncFrame frame_;
};

// Registration of each file's functions and classes on the binding object.
void registerHash(JSContext* ctx, const Value& target);     // crypto_hash.cc
void registerHmac(JSContext* ctx, const Value& target);     // crypto_hmac.cc
void registerRandom(JSContext* ctx, const Value& target);   // crypto_random.cc
void registerKeys(JSContext* ctx, const Value& target);     // crypto_keys.cc
void registerKdf(JSContext* ctx, const Value& target);      // crypto_kdf.cc
void registerSign(JSContext* ctx, const Value& target);     // crypto_sign.cc
void registerKeygen(JSContext* ctx, const Value& target);   // crypto_keygen.cc
void registerCipher(JSContext* ctx, const Value& target);   // crypto_cipher.cc
void registerRsaCipher(JSContext* ctx, const Value& target); // crypto_rsa.cc
void registerEcdh(JSContext* ctx, const Value& target);     // crypto_ecdh.cc
void registerPrime(JSContext* ctx, const Value& target);    // crypto_prime.cc

}  // namespace pjs::crypto

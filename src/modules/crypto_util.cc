// Shared pieces of internalBinding('crypto'): see crypto_util.h.
#include "modules/crypto_util.h"
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/kdf.h>
#include <cctype>
#include <cstring>
#include <string>
#include <unordered_map>
#include "core/environment.h"
#include "modules/buffer_codec.h"
#include "modules/buffer_string.h"
#include "modules/ssl_util.h"
#include "qjs_bytes.h"

namespace pjs::crypto {

// ---- algorithms ----

namespace {

// Fetched implementations, per thread. Destroyed at thread exit, which comes before
// OpenSSL's own atexit cleanup on the main thread.
struct AlgorithmCache {
  std::unordered_map<std::string, EVP_MD*> digestsByName;  // the name as given → fetched
  std::unordered_map<std::string, EVP_MD*> digests;        // canonical name → fetched (owned)
  EVP_MAC* hmac = nullptr;
  std::unordered_map<const EVP_MD*, EVP_MAC_CTX*> hmacTemplates;
  std::unordered_map<std::string, EVP_KDF*> kdfs;
  ~AlgorithmCache() {
    for (auto& [md, ctx] : hmacTemplates) EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(hmac);
    for (auto& [name, md] : digests) EVP_MD_free(md);
    for (auto& [name, kdf] : kdfs) EVP_KDF_free(kdf);
  }
};

AlgorithmCache& cache() {
  static thread_local AlgorithmCache c;
  return c;
}

}  // namespace

const EVP_MD* digestByName(const char* name) {
  ensureOpenSSL();
  AlgorithmCache& c = cache();
  auto it = c.digestsByName.find(name);
  if (it != c.digestsByName.end()) return it->second;
  // As Node: the legacy lookup knows every alias (EVP_MD_fetch does not), then the canonical
  // name is fetched, which also filters out what no loaded provider implements. "dss1" is a
  // historical alias of SHA-1 that Node keeps.
  const EVP_MD* implicit = (std::strcmp(name, "dss1") == 0 || std::strcmp(name, "DSS1") == 0)
                               ? EVP_sha1()
                               : EVP_get_digestbyname(name);
  const char* canonical = implicit ? EVP_MD_get0_name(implicit) : nullptr;
  if (!canonical) {
    ERR_clear_error();
    return nullptr;
  }
  EVP_MD* md;
  auto found = c.digests.find(canonical);
  if (found != c.digests.end()) {
    md = found->second;
  } else {
    md = EVP_MD_fetch(nullptr, canonical, nullptr);
    if (!md) {
      ERR_clear_error();
      return nullptr;
    }
    c.digests.emplace(canonical, md);
  }
  c.digestsByName.emplace(name, md);
  return md;
}

EVP_MAC_CTX* newHmacContext(const EVP_MD* md) {
  AlgorithmCache& c = cache();
  auto it = c.hmacTemplates.find(md);
  EVP_MAC_CTX* tmpl = it == c.hmacTemplates.end() ? nullptr : it->second;
  if (!tmpl) {
    if (!c.hmac) c.hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!c.hmac) return nullptr;
    tmpl = EVP_MAC_CTX_new(c.hmac);
    if (!tmpl) return nullptr;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(EVP_MD_get0_name(md)), 0),
        OSSL_PARAM_construct_end()};
    if (!EVP_MAC_CTX_set_params(tmpl, params)) {
      EVP_MAC_CTX_free(tmpl);
      return nullptr;
    }
    c.hmacTemplates.emplace(md, tmpl);
  }
  return EVP_MAC_CTX_dup(tmpl);
}

EVP_KDF* kdfByName(const char* name) {
  ensureOpenSSL();
  AlgorithmCache& c = cache();
  auto it = c.kdfs.find(name);
  if (it != c.kdfs.end()) return it->second;
  EVP_KDF* kdf = EVP_KDF_fetch(nullptr, name, nullptr);
  if (!kdf) {
    ERR_clear_error();
    return nullptr;
  }
  c.kdfs.emplace(name, kdf);
  return kdf;
}

// ---- errors ----

Value nativeError(JSContext* ctx, ErrorKind kind, const char* code, const std::string& msg) {
  const char* ctorName = kind == ErrorKind::TypeError    ? "TypeError"
                         : kind == ErrorKind::RangeError ? "RangeError"
                         : kind == ErrorKind::SyntaxError ? "SyntaxError" : "Error";
  Value global(ctx, JS_GetGlobalObject(ctx));
  Value ctor = global.get(ctorName);
  Value m = str(ctx, msg);
  JSValue argv[1] = {m.get()};
  Value err(ctx, JS_CallConstructor(ctx, ctor.get(), 1, argv));
  if (err.isException()) throw JsThrow{};
  if (code) JS_DefinePropertyValueStr(ctx, err.get(), "code", JS_NewString(ctx, code), JS_PROP_C_W_E);
  return err;
}

void throwNative(JSContext* ctx, ErrorKind kind, const char* code, const std::string& msg) {
  Value e = nativeError(ctx, kind, code, msg);
  JS_Throw(ctx, e.release());
  throw JsThrow{};
}

Value opensslError(JSContext* ctx, unsigned long err, const char* message) {
  // One implementation with the TLS bindings (modules/ssl_util.cc).
  return makeCryptoError(ctx, err, message);
}

void throwOpenSSLError(JSContext* ctx, unsigned long err, const char* message) {
  Value e = opensslError(ctx, err, message);
  JS_Throw(ctx, e.release());
  throw JsThrow{};
}

// ---- bytes in ----

bool viewBytes(JSValueConst v, ByteSpan* out) {
  uint8_t* p = nullptr;
  size_t n = 0;
  if (pjs_view_bytes(v, &p, &n) < 0) return false;
  out->data = p;
  out->size = p ? n : 0;
  return true;
}

InputBytes::InputBytes(JSContext* ctx, JSValueConst v, int encoding, const char* name) : ctx_(ctx) {
  if (JS_IsString(v)) {
    codec::Chars chars;
    uint32_t len = 0;
    if (pjs_string_chars(ctx, v, &holder_, &chars.s8, &chars.s16, &len) < 0) throw JsThrow{};
    chars.len = len;
    auto e = (encoding >= codec::UTF8 && encoding <= codec::HEX) ? static_cast<codec::Encoding>(encoding)
                                                                   : codec::UTF8;
    // 8-bit storage already is the Latin-1 (and Node's "ascii") bytes, and ASCII text is
    // its own UTF-8.
    if (chars.s8 && (e == codec::LATIN1 || e == codec::ASCII ||
                     (e == codec::UTF8 && codec::asciiPrefixLength(chars.s8, len) == len))) {
      span_ = {chars.s8, len};
      return;
    }
    size_t n = codec::byteLength(chars, e);
    uint8_t* dst = inline_;
    if (n > sizeof(inline_)) {
      heap_.reset(new uint8_t[n]);
      dst = heap_.get();
    }
    span_ = {dst, n ? codec::write(chars, e, dst, n) : 0};
    return;
  }
  if (!viewBytes(v, &span_))
    throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", std::string("The \"") + name +
                                                    "\" argument must be of type string or an instance of "
                                                    "Buffer, TypedArray, or DataView.");
}

InputBytes::~InputBytes() { JS_FreeValue(ctx_, holder_); }

// ---- bytes out ----

Value encodeOutput(JSContext* ctx, const uint8_t* p, size_t n, int encoding) {
  if (encoding >= codec::UTF8 && encoding <= codec::HEX)
    return bytesToString(ctx, p, n, static_cast<codec::Encoding>(encoding));
  Value ab(ctx, JS_NewArrayBufferCopy(ctx, p, n));
  if (ab.isException()) throw JsThrow{};
  return ab;
}

static void freeOpenSSLBytes(JSRuntime*, void*, void* ptr) { OPENSSL_free(ptr); }

Value adoptArrayBuffer(JSContext* ctx, uint8_t* p, size_t n) {
  if (!p || n == 0) {
    OPENSSL_free(p);
    Value ab(ctx, JS_NewArrayBufferCopy(ctx, nullptr, 0));
    if (ab.isException()) throw JsThrow{};
    return ab;
  }
  JSValue ab = JS_NewArrayBuffer(ctx, p, n, freeOpenSSLBytes, nullptr, false);
  if (JS_IsException(ab)) {
    OPENSSL_free(p);
    throw JsThrow{};
  }
  return Value(ctx, ab);
}

// ---- key material ----

ByteSource ByteSource::allocate(size_t n) {
  ByteSource b;
  if (n == 0) return b;
  b.p_ = static_cast<uint8_t*>(OPENSSL_malloc(n));
  if (!b.p_) throw std::bad_alloc();
  b.n_ = n;
  return b;
}

ByteSource ByteSource::copy(const uint8_t* p, size_t n) {
  ByteSource b = allocate(n);
  if (n) std::memcpy(b.p_, p, n);
  return b;
}

ByteSource& ByteSource::operator=(ByteSource&& o) noexcept {
  if (this != &o) {
    reset();
    p_ = o.p_;
    n_ = o.n_;
    o.p_ = nullptr;
    o.n_ = 0;
  }
  return *this;
}

void ByteSource::reset() {
  if (p_) OPENSSL_clear_free(p_, n_);
  p_ = nullptr;
  n_ = 0;
}

// ---- jobs ----

void CryptoJob::fail(const char* message) {
  failed_ = true;
  opensslErr_ = ERR_get_error();
  ERR_clear_error();
  if (message) message_ = message;
}

Value CryptoJob::error(JSContext* ctx) {
  return opensslError(ctx, opensslErr_, message_.empty() ? nullptr : message_.c_str());
}

void CryptoJob::onWork(uv_work_t* req) { static_cast<CryptoJob*>(req->data)->run(); }

void CryptoJob::onDone(uv_work_t* req, int status) {
  std::unique_ptr<CryptoJob> job(static_cast<CryptoJob*>(req->data));
  Environment& env = *job->env_;
  if (env.tearingDown) return;
  JSContext* ctx = env.context();
  Value args[2];
  if (status < 0) {
    args[0] = Value(ctx, makeUvError(ctx, status, "uv_queue_work"));
  } else if (job->failed_) {
    args[0] = job->error(ctx);
  } else {
    try {
      args[1] = job->result(ctx);
      args[0] = null(ctx);
    } catch (const JsThrow&) {
      args[0] = Value(ctx, JS_GetException(ctx));
      args[1] = undefined(ctx);
    }
  }
  Value cb = std::move(job->callback_);
  AsyncFrame frame = std::move(job->frame_);
  job.reset();
  frame.makeCallback(env, cb, undefined(ctx), args[1].ctx() ? 2 : 1, args);
}

Value CryptoJob::start(Call& c, int cbIndex, std::unique_ptr<CryptoJob> job) {
  JSContext* ctx = c.ctx();
  ensureOpenSSL();  // before any pool thread can touch the library
  Value cb = c.arg(cbIndex);
  if (!cb.isFunction()) {
    job->run();
    if (job->failed_) {
      Value e = job->error(ctx);
      JS_Throw(ctx, e.release());
      throw JsThrow{};
    }
    return job->result(ctx);
  }
  job->callback_ = cb;
  job->frame_ = AsyncFrame(ctx);
  job->env_ = &c.env();
  job->work_.data = job.get();
  int r = uv_queue_work(c.env().loop(), &job->work_, onWork, onDone);
  if (r < 0) throwUvError(ctx, r, "uv_queue_work");
  job.release();
  return undefined(ctx);
}

}  // namespace pjs::crypto

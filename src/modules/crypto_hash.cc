// internalBinding('crypto'): message digests over OpenSSL 3's EVP_MD (lib/internal/crypto/hash.js).
//   new Hash(algorithm | hash, xofLen?)  a digest context; from another Hash: a copy of its state
//   hash.update(data, encoding)          data: a string (encoded as `encoding`, an id of
//                                        modules/buffer_codec.h) or any view, read in place
//   hash.digest(encoding)                the digest as a string (encoding id) or, for -1, an
//                                        ArrayBuffer; computed once, later calls repeat it
//   oneShotDigest(algorithm, data, encoding, outputLength?)   crypto.hash()
//   digestJob(algorithm, data, outputLength, callback?)       subtle.digest(): an ArrayBuffer
//   getHashes()                          every digest name OpenSSL knows that a provider implements
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <cstring>
#include <vector>
#include "binding/native_object.h"
#include "modules/buffer_codec.h"
#include "modules/crypto_util.h"
#include "modules/ssl_util.h"

namespace pjs::crypto {

namespace {

[[noreturn]] void unsupportedDigest(JSContext* ctx) {
  throwNative(ctx, ErrorKind::Error, nullptr, "Digest method not supported");
}

bool isXof(const EVP_MD* md) { return (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0; }

// The requested output length for `md`, or throws as Node: a length other than the digest's
// own needs an extendable-output function.
size_t outputLength(JSContext* ctx, const EVP_MD* md, JSValueConst xofLen) {
  size_t size = static_cast<size_t>(EVP_MD_get_size(md));
  if (JS_IsUndefined(xofLen)) return size;
  int64_t n = 0;
  if (JS_ToInt64(ctx, &n, xofLen) < 0) throw JsThrow{};
  if (n < 0) n = 0;
  if (static_cast<size_t>(n) != size && !isXof(md)) {
    ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
    throwOpenSSLError(ctx, ERR_get_error());
  }
  return static_cast<size_t>(n);
}

// Runs the final step into out[0..len).
bool finish(EVP_MD_CTX* ctx, const EVP_MD* md, uint8_t* out, size_t len) {
  if (len == 0) return true;
  if (isXof(md)) return EVP_DigestFinalXOF(ctx, out, len) == 1;
  unsigned int n = 0;
  return EVP_DigestFinal_ex(ctx, out, &n) == 1 && n == len;
}

class Hash final : public NativeObject {
 public:
  explicit Hash(Environment& env) : NativeObject(env) {}
  ~Hash() override { EVP_MD_CTX_free(ctx_); }

  static Hash* make(Call& c) {
    auto* h = new Hash(c.env());
    try {
      h->init(c);
    } catch (...) {
      delete h;
      throw;
    }
    return h;
  }

  Value update(Call& c) {
    if (!ctx_ || done_) return boolean(c.ctx(), false);
    InputBytes in(c.ctx(), c.raw(0), encodingOf(c, 1));
    return boolean(c.ctx(), in.size() == 0 || EVP_DigestUpdate(ctx_, in.data(), in.size()) == 1);
  }

  Value digest(Call& c) {
    JSContext* ctx = c.ctx();
    if (!done_) {
      digest_.resize(outLen_);
      if (!finish(ctx_, md_, digest_.data(), outLen_)) throwOpenSSLError(ctx, ERR_get_error());
      done_ = true;
      EVP_MD_CTX_free(ctx_);
      ctx_ = nullptr;
    }
    return encodeOutput(ctx, digest_.data(), digest_.size(), encodingOf(c, 0));
  }

 private:
  static int encodingOf(Call& c, int i) {
    int32_t e = kEncodingBuffer;
    if (JS_IsNumber(c.raw(i)) && JS_ToInt32(c.ctx(), &e, c.raw(i)) < 0) throw JsThrow{};
    return e;
  }

  void init(Call& c) {
    JSContext* ctx = c.ctx();
    ctx_ = EVP_MD_CTX_new();
    if (!ctx_) throw std::bad_alloc();
    if (JS_IsString(c.raw(0))) {
      std::string name = c.arg(0).toString();
      md_ = digestByName(name.c_str());
      if (!md_) unsupportedDigest(ctx);
      if (EVP_DigestInit_ex(ctx_, md_, nullptr) != 1) throwOpenSSLError(ctx, ERR_get_error());
    } else {
      Hash* from = static_cast<Hash*>(static_cast<NativeObject*>(JS_GetOpaque(c.raw(0), NativeClass<Hash>::id())));
      if (!from || !from->ctx_) unsupportedDigest(ctx);
      md_ = from->md_;
      if (EVP_MD_CTX_copy_ex(ctx_, from->ctx_) != 1) throwOpenSSLError(ctx, ERR_get_error());
    }
    outLen_ = outputLength(ctx, md_, c.raw(1));
  }

  EVP_MD_CTX* ctx_ = nullptr;
  const EVP_MD* md_ = nullptr;
  size_t outLen_ = 0;
  bool done_ = false;
  std::vector<uint8_t> digest_;
};

// oneShotDigest(algorithm, data, encoding, outputLength?)
Value oneShotDigest(Call& c) {
  JSContext* ctx = c.ctx();
  std::string name = c.string(0, "algorithm");
  const EVP_MD* md = digestByName(name.c_str());
  if (!md) throwNative(ctx, ErrorKind::Error, nullptr, "Digest method " + name + " is not supported");
  InputBytes in(ctx, c.raw(1), codec::UTF8, "input");
  int32_t enc = kEncodingBuffer;
  if (JS_ToInt32(ctx, &enc, c.raw(2)) < 0) throw JsThrow{};
  size_t len = static_cast<size_t>(EVP_MD_get_size(md));
  if (c.has(3)) {
    int64_t n = c.integer(3, "outputLength");
    if (static_cast<size_t>(n) != len && !isXof(md))
      throwNative(ctx, ErrorKind::Error, nullptr,
                  "Output length " + std::to_string(n) + " is invalid for " + name + ", which does not support XOF");
    len = static_cast<size_t>(n);
  }
  uint8_t stack[EVP_MAX_MD_SIZE];
  std::vector<uint8_t> heap;
  uint8_t* out = stack;
  if (len > sizeof(stack)) {
    heap.resize(len);
    out = heap.data();
  }
  EVP_MD_CTX* mdctx = EVP_MD_CTX_new();
  if (!mdctx) throw std::bad_alloc();
  bool ok = EVP_DigestInit_ex(mdctx, md, nullptr) == 1 &&
            (in.size() == 0 || EVP_DigestUpdate(mdctx, in.data(), in.size()) == 1) &&
            finish(mdctx, md, out, len);
  EVP_MD_CTX_free(mdctx);
  if (!ok) throwOpenSSLError(ctx, ERR_get_error());
  return encodeOutput(ctx, out, len, enc);
}

// subtle.digest(): the data is copied (the caller may change it while the pool works).
class DigestJob final : public CryptoJob {
 public:
  DigestJob(const EVP_MD* md, ByteSpan data, size_t len)
      : md_(md), data_(ByteSource::copy(data.data, data.size)), len_(len) {}
  ~DigestJob() override = default;

 protected:
  void run() override {
    out_ = ByteSource::allocate(len_);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    bool ok = ctx && EVP_DigestInit_ex(ctx, md_.get(), nullptr) == 1 &&
              (data_.size() == 0 || EVP_DigestUpdate(ctx, data_.data(), data_.size()) == 1) &&
              finish(ctx, md_.get(), out_.data(), len_);
    EVP_MD_CTX_free(ctx);
    if (!ok) fail();
  }
  Value result(JSContext* ctx) override {
    size_t n = out_.size();
    return adoptArrayBuffer(ctx, out_.release(), n);
  }

 private:
  MdRef md_;
  ByteSource data_;
  size_t len_;
  ByteSource out_;
};

// digestJob(algorithm, data, outputLength | undefined, callback?)
Value digestJob(Call& c) {
  JSContext* ctx = c.ctx();
  std::string name = c.string(0, "algorithm");
  const EVP_MD* md = digestByName(name.c_str());
  if (!md) unsupportedDigest(ctx);
  ByteSpan data;
  if (!viewBytes(c.raw(1), &data)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"data\" argument must be a buffer");
  size_t len = c.has(2) ? static_cast<size_t>(c.integer(2, "length")) : static_cast<size_t>(EVP_MD_get_size(md));
  return CryptoJob::start(c, 3, std::make_unique<DigestJob>(md, data, len));
}

// Node's list: every name (aliases included) the legacy table knows whose canonical name a
// provider can fetch.
struct NameList {
  JSContext* ctx;
  Value array;
  uint32_t n = 0;
};

void collectDigest(const EVP_MD*, const char* from, const char*, void* arg) {
  if (!from) return;
  auto* list = static_cast<NameList*>(arg);
  const EVP_MD* implicit = EVP_get_digestbyname(from);
  const char* canonical = implicit ? EVP_MD_get0_name(implicit) : nullptr;
  if (!canonical) return;
  EVP_MD* fetched = EVP_MD_fetch(nullptr, canonical, nullptr);
  if (!fetched) return;
  EVP_MD_free(fetched);
  list->array.set(list->n++, str(list->ctx, from));
}

Value getHashes(Call& c) {
  ensureOpenSSL();
  NameList list{c.ctx(), array(c.ctx())};
  EVP_MD_do_all_sorted(collectDigest, &list);
  ERR_clear_error();
  return list.array;
}

}  // namespace

void registerHash(JSContext* ctx, const Value& t) {
  t.set("Hash", NativeClass<Hash>::define<&Hash::make>(ctx, "Hash", 2,
                                                       {method<Hash, &Hash::update>("update", 2),
                                                        method<Hash, &Hash::digest>("digest", 1)}));
  setMethod<oneShotDigest>(ctx, t, "oneShotDigest", 4);
  setMethod<digestJob>(ctx, t, "digestJob", 4);
  setMethod<getHashes>(ctx, t, "getHashes", 0);
}

}  // namespace pjs::crypto

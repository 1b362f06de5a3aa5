// internalBinding('crypto'): key derivation (lib/internal/crypto/pbkdf2.js, hkdf.js, scrypt.js).
// Each function validates what only OpenSSL can judge, copies its inputs and runs as a
// CryptoJob — synchronously, or on libuv's thread pool when the last argument is a callback —
// producing an ArrayBuffer of `keylen` bytes.
//   pbkdf2(password, salt, iterations, keylen, digest, callback?)
//   hkdf(digest, key, salt, info, keylen, callback?)       key: a secret KeyObjectHandle or bytes
//   scrypt(password, salt, N, r, p, maxmem, keylen, callback?)
// Errors as Node's: an unknown digest throws ERR_CRYPTO_INVALID_DIGEST, an HKDF length over
// 255 hash lengths ERR_CRYPTO_INVALID_KEYLEN, scrypt parameters OpenSSL refuses
// ERR_CRYPTO_INVALID_SCRYPT_PARAMS; a derivation that fails reports OpenSSL's first error as
// a plain Error, or "Deriving bits failed".
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <climits>
#include "modules/crypto_keys.h"
#include "modules/crypto_util.h"
#include "modules/ssl_util.h"

namespace pjs::crypto {

namespace {

ByteSpan bytesArg(Call& c, int i, const char* name) {
  ByteSpan s;
  if (!viewBytes(c.raw(i), &s))
    throwTypeError(c.ctx(), "ERR_INVALID_ARG_TYPE", std::string("The \"") + name + "\" argument must be a buffer");
  return s;
}

const EVP_MD* digestArg(Call& c, int i) {
  std::string name = c.string(i, "digest");
  const EVP_MD* md = digestByName(name.c_str());
  if (!md) throwNative(c.ctx(), ErrorKind::TypeError, "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + name);
  return md;
}

// The common shape: derive `keylen` bytes into out_; a failure is a plain Error.
class DeriveJob : public CryptoJob {
 protected:
  explicit DeriveJob(size_t keylen) : keylen_(keylen) {}
  Value result(JSContext* ctx) override {
    size_t n = out_.size();
    return adoptArrayBuffer(ctx, out_.release(), n);
  }
  Value error(JSContext* ctx) override {
    if (opensslErr_ != 0) {
      char buf[256];
      ERR_error_string_n(opensslErr_, buf, sizeof(buf));
      return nativeError(ctx, ErrorKind::Error, nullptr, buf);
    }
    return nativeError(ctx, ErrorKind::Error, nullptr, "Deriving bits failed");
  }
  // Runs an EVP_KDF with `params` into out_.
  void deriveWith(EVP_KDF* kdf, OSSL_PARAM* params) {
    if (keylen_ == 0 || !kdf) return fail();
    out_ = ByteSource::allocate(keylen_);
    EVP_KDF_CTX* kctx = EVP_KDF_CTX_new(kdf);
    bool ok = kctx && EVP_KDF_derive(kctx, out_.data(), keylen_, params) == 1;
    EVP_KDF_CTX_free(kctx);
    if (!ok) {
      out_.reset();
      fail();
    }
  }

  size_t keylen_;
  ByteSource out_;
};

class Pbkdf2Job final : public DeriveJob {
 public:
  Pbkdf2Job(ByteSpan pass, ByteSpan salt, uint64_t iterations, size_t keylen, const EVP_MD* md)
      : DeriveJob(keylen), pass_(ByteSource::copy(pass.data, pass.size)),
        salt_(ByteSource::copy(salt.data, salt.size)), iterations_(iterations), md_(md) {}
  ~Pbkdf2Job() override = default;

 protected:
  void run() override {
    if (keylen_ == 0 || keylen_ > INT_MAX) return fail();
    out_ = ByteSource::allocate(keylen_);
    static const char kEmpty[1] = {0};
    int ok = PKCS5_PBKDF2_HMAC(pass_.size() ? reinterpret_cast<const char*>(pass_.data()) : kEmpty,
                               static_cast<int>(pass_.size()), salt_.size() ? salt_.data() : reinterpret_cast<const uint8_t*>(kEmpty),
                               static_cast<int>(salt_.size()), static_cast<int>(iterations_), md_.get(),
                               static_cast<int>(keylen_), out_.data());
    if (ok != 1) {
      out_.reset();
      fail();
    }
  }

 private:
  ByteSource pass_, salt_;
  uint64_t iterations_;
  MdRef md_;
};

// pbkdf2(password, salt, iterations, keylen, digest, callback?)
Value pbkdf2(Call& c) {
  ByteSpan pass = bytesArg(c, 0, "password"), salt = bytesArg(c, 1, "salt");
  int64_t iterations = c.integer(2, "iterations"), keylen = c.integer(3, "keylen");
  const EVP_MD* md = digestArg(c, 4);
  if (iterations < 1 || iterations > INT_MAX || keylen < 0 || keylen > INT_MAX)
    throwRangeError(c.ctx(), "ERR_OUT_OF_RANGE", "pbkdf2 parameters are out of range");
  return CryptoJob::start(c, 5, std::make_unique<Pbkdf2Job>(pass, salt, static_cast<uint64_t>(iterations),
                                                             static_cast<size_t>(keylen), md));
}

class HkdfJob final : public DeriveJob {
 public:
  HkdfJob(const EVP_MD* md, ByteSpan key, ByteSpan salt, ByteSpan info, size_t keylen)
      : DeriveJob(keylen), md_(md), key_(ByteSource::copy(key.data, key.size)),
        salt_(ByteSource::copy(salt.data, salt.size)), info_(ByteSource::copy(info.data, info.size)) {}

 protected:
  void run() override {
    // HKDF-Extract with an empty key is HMAC with a zero-length key; OpenSSL wants some key
    // buffer, so a zero-length one is passed as such.
    static uint8_t empty[1] = {0};
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char*>(EVP_MD_get0_name(md_.get())), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, key_.size() ? key_.data() : empty, key_.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt_.size() ? salt_.data() : empty, salt_.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info_.size() ? info_.data() : empty, info_.size()),
        OSSL_PARAM_construct_end()};
    deriveWith(kdfByName("HKDF"), params);
  }

 private:
  MdRef md_;
  ByteSource key_, salt_, info_;
};

// hkdf(digest, key, salt, info, keylen, callback?)
Value hkdf(Call& c) {
  JSContext* ctx = c.ctx();
  const EVP_MD* md = digestArg(c, 0);
  ByteSpan key;
  if (!secretKeyBytes(c.raw(1), &key)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"key\" argument must be a buffer or a secret KeyObject");
  ByteSpan salt = bytesArg(c, 2, "salt"), info = bytesArg(c, 3, "info");
  int64_t keylen = c.integer(4, "length");
  int size = EVP_MD_get_size(md);
  if (keylen < 0 || size <= 0 || keylen > 255LL * size)
    throwNative(ctx, ErrorKind::RangeError, "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
  return CryptoJob::start(c, 5, std::make_unique<HkdfJob>(md, key, salt, info, static_cast<size_t>(keylen)));
}

class ScryptJob final : public DeriveJob {
 public:
  ScryptJob(ByteSpan pass, ByteSpan salt, uint64_t N, uint64_t r, uint64_t p, uint64_t maxmem, size_t keylen)
      : DeriveJob(keylen), pass_(ByteSource::copy(pass.data, pass.size)),
        salt_(ByteSource::copy(salt.data, salt.size)), N_(N), r_(r), p_(p), maxmem_(maxmem) {}

 protected:
  void run() override {
    if (keylen_ == 0) {  // nothing to derive: Node returns an empty buffer
      out_ = ByteSource();
      return;
    }
    out_ = ByteSource::allocate(keylen_);
    int ok = EVP_PBE_scrypt(reinterpret_cast<const char*>(pass_.data()), pass_.size(), salt_.data(), salt_.size(),
                            N_, r_, p_, maxmem_, out_.data(), keylen_);
    if (ok != 1) {
      out_.reset();
      fail();
    }
  }

 private:
  ByteSource pass_, salt_;
  uint64_t N_, r_, p_, maxmem_;
};

uint64_t uint64Arg(Call& c, int i, const char* name) {
  double d = c.number(i, name);
  if (!(d >= 0)) return 0;
  if (d >= 18446744073709551616.0) return UINT64_MAX;
  return static_cast<uint64_t>(d);
}

// scrypt(password, salt, N, r, p, maxmem, keylen, callback?)
Value scrypt(Call& c) {
  JSContext* ctx = c.ctx();
  ByteSpan pass = bytesArg(c, 0, "password"), salt = bytesArg(c, 1, "salt");
  uint64_t N = uint64Arg(c, 2, "N"), r = uint64Arg(c, 3, "r"), p = uint64Arg(c, 4, "p");
  uint64_t maxmem = uint64Arg(c, 5, "maxmem");
  int64_t keylen = c.integer(6, "keylen");
  if (keylen < 0 || keylen > INT_MAX) throwRangeError(ctx, "ERR_OUT_OF_RANGE", "The value of \"keylen\" is out of range.");
  // A derivation without output checks the parameters (and the memory they need).
  ensureOpenSSL();
  ERR_clear_error();
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, N, r, p, maxmem, nullptr, 0) != 1) {
    unsigned long err = ERR_get_error();
    ERR_clear_error();
    std::string msg = "Invalid scrypt params";
    if (err != 0) {
      char buf[256];
      ERR_error_string_n(err, buf, sizeof(buf));
      msg += std::string(": ") + buf;
    }
    throwNative(ctx, ErrorKind::RangeError, "ERR_CRYPTO_INVALID_SCRYPT_PARAMS", msg);
  }
  return CryptoJob::start(c, 7, std::make_unique<ScryptJob>(pass, salt, N, r, p, maxmem, static_cast<size_t>(keylen)));
}

}  // namespace

void registerKdf(JSContext* ctx, const Value& t) {
  setMethod<pbkdf2>(ctx, t, "pbkdf2", 6);
  setMethod<hkdf>(ctx, t, "hkdf", 6);
  setMethod<scrypt>(ctx, t, "scrypt", 8);
}

}  // namespace pjs::crypto

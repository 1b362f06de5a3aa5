// internalBinding('crypto'): signatures (lib/internal/crypto/sig.js).
//   new Sign() / new Verify(); init(digest); update(data, encoding)   the streaming forms:
//       the data is hashed as it comes, the key is used once at the end
//   sign.sign(key, format, type, passphrase, padding, saltLength, dsaEncoding)  → ArrayBuffer
//   verify.verify(key, format, type, passphrase, signature, padding, saltLength, dsaEncoding) → bool
//   signOneShot(key, format, type, passphrase, data, digest | null, saltLength, padding,
//               dsaEncoding, callback?) → ArrayBuffer; verifyOneShot(…, signature, …) → bool
//       (EVP_DigestSign/Verify: also Ed25519/Ed448, which take no digest; on the thread pool with
//       a callback)
// key: a KeyObjectHandle or PEM/DER bytes with their format/type/passphrase (crypto_keys.h).
// padding/saltLength: RSA's (undefined = OpenSSL's default for the key); dsaEncoding 0 = DER,
// 1 = IEEE P1363 (r || s) for DSA and ECDSA.
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <vector>
#include "binding/native_object.h"
#include "modules/crypto_keys.h"

namespace pjs::crypto {

namespace {

enum DsaEncoding { kSigEncDER = 0, kSigEncP1363 = 1 };

struct SignOptions {
  bool hasPadding = false, hasSaltLength = false;
  int padding = 0, saltLength = 0;
  int dsaEncoding = kSigEncDER;
};

SignOptions optionsAt(Call& c, int padding, int saltLength, int dsaEncoding) {
  SignOptions o;
  if (c.has(padding)) { o.hasPadding = true; o.padding = static_cast<int>(c.integer(padding, "padding")); }
  if (c.has(saltLength)) { o.hasSaltLength = true; o.saltLength = static_cast<int>(c.integer(saltLength, "saltLength")); }
  if (c.has(dsaEncoding)) o.dsaEncoding = static_cast<int>(c.integer(dsaEncoding, "dsaEncoding"));
  return o;
}

bool isRsa(EVP_PKEY* key) { return EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS"); }
bool isDsaLike(EVP_PKEY* key) { return EVP_PKEY_is_a(key, "EC") || EVP_PKEY_is_a(key, "DSA"); }

// RSA padding and PSS salt length on a signing/verifying context, as Node applies them.
bool applyRsaOptions(EVP_PKEY_CTX* pctx, EVP_PKEY* key, const SignOptions& o, bool signing) {
  if (!isRsa(key)) return true;
  int padding = o.hasPadding ? o.padding : (EVP_PKEY_is_a(key, "RSA-PSS") ? RSA_PKCS1_PSS_PADDING : RSA_PKCS1_PADDING);
  if (EVP_PKEY_CTX_set_rsa_padding(pctx, padding) <= 0) return false;
  if (padding == RSA_PKCS1_PSS_PADDING) {
    int salt = o.hasSaltLength ? o.saltLength : (signing ? RSA_PSS_SALTLEN_MAX_SIGN : RSA_PSS_SALTLEN_AUTO);
    if (EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, salt) <= 0) return false;
  }
  return true;
}

// Bytes of each half of an IEEE P1363 signature for this key (0 when not DSA-like).
size_t p1363Half(EVP_PKEY* key) {
  if (EVP_PKEY_is_a(key, "EC")) return static_cast<size_t>((EVP_PKEY_get_bits(key) + 7) / 8);
  if (EVP_PKEY_is_a(key, "DSA")) {
    BIGNUM* q = nullptr;
    if (EVP_PKEY_get_bn_param(key, "q", &q) != 1) return 0;
    size_t n = static_cast<size_t>(BN_num_bytes(q));
    BN_free(q);
    return n;
  }
  return 0;
}

// DER SEQUENCE { r, s } → r || s, each padded to `half` bytes.
bool derToP1363(const std::vector<uint8_t>& der, size_t half, std::vector<uint8_t>* out) {
  const unsigned char* p = der.data();
  ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
  if (!sig) return false;
  const BIGNUM *r, *s;
  ECDSA_SIG_get0(sig, &r, &s);
  out->assign(2 * half, 0);
  bool ok = BN_bn2binpad(r, out->data(), static_cast<int>(half)) > 0 &&
            BN_bn2binpad(s, out->data() + half, static_cast<int>(half)) > 0;
  ECDSA_SIG_free(sig);
  return ok;
}

// r || s → DER; false when the length is not 2 × half.
bool p1363ToDer(const uint8_t* p, size_t n, size_t half, std::vector<uint8_t>* out) {
  if (half == 0 || n != 2 * half) return false;
  ECDSA_SIG* sig = ECDSA_SIG_new();
  BIGNUM* r = BN_bin2bn(p, static_cast<int>(half), nullptr);
  BIGNUM* s = BN_bin2bn(p + half, static_cast<int>(half), nullptr);
  if (!sig || !r || !s || ECDSA_SIG_set0(sig, r, s) != 1) {
    BN_free(r);
    BN_free(s);
    ECDSA_SIG_free(sig);
    return false;
  }
  unsigned char* der = nullptr;
  int len = i2d_ECDSA_SIG(sig, &der);
  ECDSA_SIG_free(sig);
  if (len <= 0) return false;
  out->assign(der, der + len);
  OPENSSL_free(der);
  return true;
}

Value bytesValue(JSContext* ctx, const std::vector<uint8_t>& v) {
  return encodeOutput(ctx, v.data(), v.size(), kEncodingBuffer);
}

// The streaming Sign/Verify: an EVP_MD_CTX fed by update(); the key signs the final digest.
class SignBase : public NativeObject {
 public:
  explicit SignBase(Environment& env) : NativeObject(env) {}
  ~SignBase() override { EVP_MD_CTX_free(mdctx_); }

  Value init(Call& c) {
    std::string name = c.string(0, "algorithm");
    md_ = digestByName(name.c_str());
    if (!md_) throwNative(c.ctx(), ErrorKind::TypeError, "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest");
    EVP_MD_CTX_free(mdctx_);
    mdctx_ = EVP_MD_CTX_new();
    if (!mdctx_ || EVP_DigestInit_ex(mdctx_, md_, nullptr) != 1) throwOpenSSLError(c.ctx(), ERR_get_error());
    return undefined(c.ctx());
  }

  Value update(Call& c) {
    checkState(c.ctx());
    int32_t enc = -1;  // strings default to UTF-8
    if (JS_IsNumber(c.raw(1)) && JS_ToInt32(c.ctx(), &enc, c.raw(1)) < 0) throw JsThrow{};
    InputBytes in(c.ctx(), c.raw(0), enc);
    if (in.size() && EVP_DigestUpdate(mdctx_, in.data(), in.size()) != 1) throwOpenSSLError(c.ctx(), ERR_get_error());
    return undefined(c.ctx());
  }

 protected:
  void checkState(JSContext* ctx) const {
    if (!mdctx_) throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_INVALID_STATE", "Not initialised");
  }
  // The digest of everything written; the context is spent.
  std::vector<uint8_t> finishDigest(JSContext* ctx) {
    checkState(ctx);
    std::vector<uint8_t> d(EVP_MAX_MD_SIZE);
    unsigned int n = 0;
    bool ok = EVP_DigestFinal_ex(mdctx_, d.data(), &n) == 1;
    EVP_MD_CTX_free(mdctx_);
    mdctx_ = nullptr;
    if (!ok) throwOpenSSLError(ctx, ERR_get_error());
    d.resize(n);
    return d;
  }
  // A sign/verify context for the digest, or throws Node's error.
  EVP_PKEY_CTX* keyContext(JSContext* ctx, EVP_PKEY* key, bool signing, const SignOptions& o) {
    if (EVP_PKEY_is_a(key, "ED25519") || EVP_PKEY_is_a(key, "ED448"))
      throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_UNSUPPORTED_OPERATION", "Unsupported crypto operation");
    EVP_PKEY_CTX* pctx = EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr);
    bool ok = pctx && (signing ? EVP_PKEY_sign_init(pctx) : EVP_PKEY_verify_init(pctx)) == 1 &&
              applyRsaOptions(pctx, key, o, signing) && EVP_PKEY_CTX_set_signature_md(pctx, md_) > 0;
    if (!ok) {
      EVP_PKEY_CTX_free(pctx);
      throwOpenSSLError(ctx, ERR_get_error());
    }
    return pctx;
  }

  EVP_MD_CTX* mdctx_ = nullptr;
  const EVP_MD* md_ = nullptr;
};

class Sign final : public SignBase {
 public:
  using SignBase::SignBase;
  static Sign* make(Call& c) { return new Sign(c.env()); }

  // sign(key, format, type, passphrase, padding, saltLength, dsaEncoding)
  Value sign(Call& c) {
    JSContext* ctx = c.ctx();
    checkState(ctx);
    PKey key = parseKeyArgs(c, 0, true);
    SignOptions o = optionsAt(c, 4, 5, 6);
    std::vector<uint8_t> digest = finishDigest(ctx);
    EVP_PKEY_CTX* pctx = keyContext(ctx, key.get(), true, o);
    size_t len = 0;
    std::vector<uint8_t> sig;
    bool ok = EVP_PKEY_sign(pctx, nullptr, &len, digest.data(), digest.size()) == 1;
    if (ok) {
      sig.resize(len);
      ok = EVP_PKEY_sign(pctx, sig.data(), &len, digest.data(), digest.size()) == 1;
      sig.resize(len);
    }
    EVP_PKEY_CTX_free(pctx);
    if (!ok) throwOpenSSLError(ctx, ERR_get_error());
    if (o.dsaEncoding == kSigEncP1363 && isDsaLike(key.get())) {
      std::vector<uint8_t> raw;
      if (!derToP1363(sig, p1363Half(key.get()), &raw)) throwOpenSSLError(ctx, ERR_get_error());
      return bytesValue(ctx, raw);
    }
    return bytesValue(ctx, sig);
  }
};

class Verify final : public SignBase {
 public:
  using SignBase::SignBase;
  static Verify* make(Call& c) { return new Verify(c.env()); }

  // verify(key, format, type, passphrase, signature, padding, saltLength, dsaEncoding)
  Value verify(Call& c) {
    JSContext* ctx = c.ctx();
    checkState(ctx);
    PKey key = parseKeyArgs(c, 0, false);
    ByteSpan sig;
    if (!viewBytes(c.raw(4), &sig)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"signature\" argument must be a buffer");
    SignOptions o = optionsAt(c, 5, 6, 7);
    std::vector<uint8_t> digest = finishDigest(ctx);
    std::vector<uint8_t> der;
    if (o.dsaEncoding == kSigEncP1363 && isDsaLike(key.get())) {
      if (!p1363ToDer(sig.data, sig.size, p1363Half(key.get()), &der)) return boolean(ctx, false);
      sig = {der.data(), der.size()};
    }
    EVP_PKEY_CTX* pctx = keyContext(ctx, key.get(), false, o);
    int r = EVP_PKEY_verify(pctx, sig.data, sig.size, digest.data(), digest.size());
    EVP_PKEY_CTX_free(pctx);
    ERR_clear_error();
    return boolean(ctx, r == 1);
  }
};

// One-shot signing and verification (EVP_DigestSign/Verify), as CryptoJobs.
class SignJob final : public CryptoJob {
 public:
  SignJob(bool signing, PKey key, const EVP_MD* md, ByteSpan data, ByteSpan sig, SignOptions o)
      : signing_(signing), key_(std::move(key)), md_(md), data_(ByteSource::copy(data.data, data.size)),
        signature_(ByteSource::copy(sig.data, sig.size)), options_(o) {}

 protected:
  void run() override {
    static const uint8_t kEmpty[1] = {0};
    const uint8_t* data = data_.size() ? data_.data() : kEmpty;
    EVP_MD_CTX* mdctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX* pctx = nullptr;  // owned by mdctx
    bool ok = mdctx && (signing_ ? EVP_DigestSignInit(mdctx, &pctx, md_.get(), nullptr, key_.get())
                                 : EVP_DigestVerifyInit(mdctx, &pctx, md_.get(), nullptr, key_.get())) == 1 &&
              applyRsaOptions(pctx, key_.get(), options_, signing_);
    bool p1363 = options_.dsaEncoding == kSigEncP1363 && isDsaLike(key_.get());
    if (ok && signing_) {
      size_t len = 0;
      ok = EVP_DigestSign(mdctx, nullptr, &len, data, data_.size()) == 1;
      if (ok) {
        out_.resize(len);
        ok = EVP_DigestSign(mdctx, out_.data(), &len, data, data_.size()) == 1;
        out_.resize(len);
      }
      if (ok && p1363) {
        std::vector<uint8_t> raw;
        ok = derToP1363(out_, p1363Half(key_.get()), &raw);
        out_.swap(raw);
      }
    } else if (ok) {
      std::vector<uint8_t> der;
      const uint8_t* sig = signature_.size() ? signature_.data() : kEmpty;
      size_t sigLen = signature_.size();
      if (p1363) {
        if (p1363ToDer(sig, sigLen, p1363Half(key_.get()), &der)) {
          sig = der.data();
          sigLen = der.size();
        } else {
          sigLen = 0;
        }
      }
      verified_ = EVP_DigestVerify(mdctx, sig, sigLen, data, data_.size()) == 1;
      ERR_clear_error();
    }
    EVP_MD_CTX_free(mdctx);
    if (!ok) fail();
  }
  Value result(JSContext* ctx) override {
    if (signing_) return bytesValue(ctx, out_);
    return boolean(ctx, verified_);
  }

 private:
  bool signing_;
  PKey key_;
  MdRef md_;
  ByteSource data_, signature_;
  SignOptions options_;
  std::vector<uint8_t> out_;
  bool verified_ = false;
};

const EVP_MD* digestOrNull(Call& c, int i) {
  if (c.arg(i).isNullish()) return nullptr;
  std::string name = c.string(i, "algorithm");
  const EVP_MD* md = digestByName(name.c_str());
  if (!md) throwNative(c.ctx(), ErrorKind::TypeError, "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + name);
  return md;
}

ByteSpan bytesAt(Call& c, int i, const char* name) {
  ByteSpan s;
  if (!viewBytes(c.raw(i), &s))
    throwTypeError(c.ctx(), "ERR_INVALID_ARG_TYPE", std::string("The \"") + name + "\" argument must be a buffer");
  return s;
}

// signOneShot(key, format, type, passphrase, data, digest, saltLength, padding, dsaEncoding, cb?)
Value signOneShot(Call& c) {
  const EVP_MD* md = digestOrNull(c, 5);
  PKey key = parseKeyArgs(c, 0, true);
  ByteSpan data = bytesAt(c, 4, "data");
  SignOptions o = optionsAt(c, 7, 6, 8);
  return CryptoJob::start(c, 9, std::make_unique<SignJob>(true, std::move(key), md, data, ByteSpan{}, o));
}

// verifyOneShot(key, format, type, passphrase, data, digest, signature, saltLength, padding,
//               dsaEncoding, cb?)
Value verifyOneShot(Call& c) {
  const EVP_MD* md = digestOrNull(c, 5);
  PKey key = parseKeyArgs(c, 0, false);
  ByteSpan data = bytesAt(c, 4, "data"), sig = bytesAt(c, 6, "signature");
  SignOptions o = optionsAt(c, 8, 7, 9);
  return CryptoJob::start(c, 10, std::make_unique<SignJob>(false, std::move(key), md, data, sig, o));
}

}  // namespace

void registerSign(JSContext* ctx, const Value& t) {
  t.set("Sign", NativeClass<Sign>::define<&Sign::make>(ctx, "Sign", 0,
      {method<Sign, &Sign::init>("init", 1), method<Sign, &Sign::update>("update", 2),
       method<Sign, &Sign::sign>("sign", 7)}));
  t.set("Verify", NativeClass<Verify>::define<&Verify::make>(ctx, "Verify", 0,
      {method<Verify, &Verify::init>("init", 1), method<Verify, &Verify::update>("update", 2),
       method<Verify, &Verify::verify>("verify", 8)}));
  setMethod<signOneShot>(ctx, t, "signOneShot", 10);
  setMethod<verifyOneShot>(ctx, t, "verifyOneShot", 11);
  t.set("kSigEncDER", i64(ctx, kSigEncDER));
  t.set("kSigEncP1363", i64(ctx, kSigEncP1363));
}

}  // namespace pjs::crypto

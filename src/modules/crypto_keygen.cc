// internalBinding('crypto'): key pair generation (lib/internal/crypto/keygen.js).
//   generateKeyPair(kind, a, b, c, d, pubFormat, pubType, privFormat, privType, cipher,
//                   passphrase, callback?) → [publicKey, privateKey]
// kind and its parameters a–d:
//   'rsa'      modulusLength, publicExponent
//   'rsa-pss'  modulusLength, publicExponent, hashAlgorithm?, mgf1HashAlgorithm?, saltLength? (e)
//   'dsa'      modulusLength, divisorLength (-1 = OpenSSL's default)
//   'ec'       curve name (NIST or OpenSSL), explicit parameters (bool)
//   'ed25519' 'ed448' 'x25519' 'x448'
// Each key comes back as a KeyObjectHandle (format undefined), a PEM string, a DER ArrayBuffer
// or a JWK object. Generation (and PEM/DER encoding) runs on libuv's thread pool with a
// callback. Invalid parameters OpenSSL refuses fail with OpenSSL's message, as in Node.
#include <openssl/bn.h>
#include <openssl/dsa.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/rsa.h>
#include "modules/crypto_keys.h"
#include "modules/ssl_util.h"

namespace pjs::crypto {

namespace {

struct KeyOutput {
  int format = -1;  // -1: a KeyObjectHandle
  int encoding = -1;
};

class KeyPairJob final : public CryptoJob {
 public:
  std::string kind;
  size_t bits = 0;
  uint32_t exponent = 0x10001;
  int divisorBits = -1;
  MdRef pssMdRef, pssMgf1MdRef;
  const EVP_MD* pssMd = nullptr;      // borrowed from the refs above
  const EVP_MD* pssMgf1Md = nullptr;
  int pssSaltLength = -1;
  std::string curve;
  bool explicitCurve = false;
  KeyOutput pub, priv;
  std::string cipher;
  bool encrypt = false;
  ByteSource passphrase;

 protected:
  void run() override {
    key_ = generate();
    if (!key_) return fail();
    if (!encode(pub, false, &pubEncoded_) || !encode(priv, true, &privEncoded_)) return fail();
  }

  Value error(JSContext* ctx) override {
    char buf[256];
    ERR_error_string_n(opensslErr_, buf, sizeof(buf));
    return nativeError(ctx, ErrorKind::Error, nullptr, buf);
  }

  Value result(JSContext* ctx) override {
    Value pair = array(ctx);
    pair.set(0u, output(ctx, pub, false, pubEncoded_));
    pair.set(1u, output(ctx, priv, true, privEncoded_));
    return pair;
  }

 private:
  EVP_PKEY_CTX* keygenContext() {
    if (kind == "dsa") {
      // DSA keys come from domain parameters generated first.
      EVP_PKEY_CTX* pctx = EVP_PKEY_CTX_new_from_name(nullptr, "DSA", nullptr);
      EVP_PKEY* params = nullptr;
      bool ok = pctx && EVP_PKEY_paramgen_init(pctx) == 1 &&
                EVP_PKEY_CTX_set_dsa_paramgen_bits(pctx, static_cast<int>(bits)) == 1 &&
                (divisorBits < 0 || EVP_PKEY_CTX_set_dsa_paramgen_q_bits(pctx, divisorBits) == 1) &&
                EVP_PKEY_paramgen(pctx, &params) == 1;
      EVP_PKEY_CTX_free(pctx);
      if (!ok) {
        EVP_PKEY_free(params);
        return nullptr;
      }
      EVP_PKEY_CTX* kctx = EVP_PKEY_CTX_new_from_pkey(nullptr, params, nullptr);
      EVP_PKEY_free(params);
      if (kctx && EVP_PKEY_keygen_init(kctx) != 1) {
        EVP_PKEY_CTX_free(kctx);
        return nullptr;
      }
      return kctx;
    }
    const char* name = kind == "rsa" ? "RSA" : kind == "rsa-pss" ? "RSA-PSS" : kind == "ec" ? "EC"
                     : kind == "ed25519" ? "ED25519" : kind == "ed448" ? "ED448" : kind == "x25519" ? "X25519" : "X448";
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, name, nullptr);
    if (!ctx || EVP_PKEY_keygen_init(ctx) != 1) {
      EVP_PKEY_CTX_free(ctx);
      return nullptr;
    }
    bool ok = true;
    if (kind == "rsa" || kind == "rsa-pss") {
      BIGNUM* e = BN_new();
      ok = e && BN_set_word(e, exponent) == 1 && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, static_cast<int>(bits)) == 1 &&
           EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx, e) == 1;
      BN_free(e);
      if (ok && kind == "rsa-pss") {
        if (pssMd) ok = EVP_PKEY_CTX_set_rsa_pss_keygen_md(ctx, pssMd) == 1;
        if (ok && (pssMgf1Md || pssMd)) ok = EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md(ctx, pssMgf1Md ? pssMgf1Md : pssMd) == 1;
        // Restricted keys get a salt as long as their digest unless told otherwise, as Node's.
        int salt = pssSaltLength;
        if (salt < 0 && (pssMd || pssMgf1Md)) salt = EVP_MD_get_size(pssMd ? pssMd : EVP_sha1());
        if (ok && salt >= 0) ok = EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(ctx, salt) == 1;
      }
    } else if (kind == "ec") {
      ok = EVP_PKEY_CTX_set_group_name(ctx, curve.c_str()) == 1 &&
           EVP_PKEY_CTX_set_ec_param_enc(ctx, explicitCurve ? OPENSSL_EC_EXPLICIT_CURVE : OPENSSL_EC_NAMED_CURVE) == 1;
    }
    if (!ok) {
      EVP_PKEY_CTX_free(ctx);
      return nullptr;
    }
    return ctx;
  }

  PKey generate() {
    EVP_PKEY_CTX* ctx = keygenContext();
    if (!ctx) return PKey();
    EVP_PKEY* key = nullptr;
    int ok = EVP_PKEY_generate(ctx, &key);
    EVP_PKEY_CTX_free(ctx);
    if (ok != 1) {
      EVP_PKEY_free(key);
      return PKey();
    }
    return PKey(key);
  }

  bool encode(const KeyOutput& out, bool isPrivate, std::string* into) {
    if (out.format != kKeyFormatPEM && out.format != kKeyFormatDER) return true;
    bool withCipher = isPrivate && encrypt;
    return encodeKey(key_.get(), isPrivate, out.format, out.encoding, withCipher ? cipher.c_str() : nullptr,
                     passphrase.span(), into);
  }

  Value output(JSContext* ctx, const KeyOutput& out, bool isPrivate, const std::string& encoded) {
    if (out.format == kKeyFormatPEM)
      return str(ctx, encoded);
    if (out.format == kKeyFormatDER)
      return encodeOutput(ctx, reinterpret_cast<const uint8_t*>(encoded.data()), encoded.size(), kEncodingBuffer);
    if (out.format == kKeyFormatJWK) {
      Value jwk = object(ctx);
      exportJwk(ctx, key_.get(), isPrivate, jwk);
      return jwk;
    }
    return newKeyObjectHandle(ctx, key_, isPrivate ? kKeyTypePrivate : kKeyTypePublic);
  }

  PKey key_;
  std::string pubEncoded_, privEncoded_;
};

const EVP_MD* optionalDigest(Call& c, int i) {
  if (c.arg(i).isNullish()) return nullptr;
  std::string name = c.string(i, "digest");
  const EVP_MD* md = digestByName(name.c_str());
  if (!md) throwNative(c.ctx(), ErrorKind::TypeError, "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + name);
  return md;
}

KeyOutput outputAt(Call& c, int i) {
  KeyOutput o;
  if (c.has(i)) o.format = static_cast<int>(c.integer(i, "format"));
  if (c.has(i + 1)) o.encoding = static_cast<int>(c.integer(i + 1, "type"));
  return o;
}

// generateKeyPair(kind, a, b, c, d, e, pubFormat, pubType, privFormat, privType, cipher,
//                 passphrase, callback?)
Value generateKeyPair(Call& c) {
  JSContext* ctx = c.ctx();
  ensureOpenSSL();
  auto job = std::make_unique<KeyPairJob>();
  job->kind = c.string(0, "type");
  const std::string& kind = job->kind;
  if (kind == "rsa" || kind == "rsa-pss") {
    job->bits = static_cast<size_t>(c.integer(1, "modulusLength"));
    job->exponent = static_cast<uint32_t>(c.integer(2, "publicExponent"));
    if (kind == "rsa-pss") {
      job->pssMdRef = MdRef(optionalDigest(c, 3));
      job->pssMgf1MdRef = MdRef(optionalDigest(c, 4));
      job->pssMd = job->pssMdRef.get();
      job->pssMgf1Md = job->pssMgf1MdRef.get();
      if (c.has(5)) job->pssSaltLength = static_cast<int>(c.integer(5, "saltLength"));
    }
  } else if (kind == "dsa") {
    job->bits = static_cast<size_t>(c.integer(1, "modulusLength"));
    job->divisorBits = static_cast<int>(c.integer(2, "divisorLength"));
  } else if (kind == "ec") {
    std::string name = c.string(1, "namedCurve");
    int nid = EC_curve_nist2nid(name.c_str());
    if (nid == NID_undef) nid = OBJ_sn2nid(name.c_str());
    EC_GROUP* group = nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid);
    ERR_clear_error();
    if (!group) throwNative(ctx, ErrorKind::TypeError, "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
    EC_GROUP_free(group);
    job->curve = OBJ_nid2sn(nid);
    job->explicitCurve = c.boolean(2);
  } else if (kind != "ed25519" && kind != "ed448" && kind != "x25519" && kind != "x448") {
    throwNative(ctx, ErrorKind::TypeError, "ERR_INVALID_ARG_VALUE", "Unsupported key type " + kind);
  }
  job->pub = outputAt(c, 6);
  job->priv = outputAt(c, 8);
  if (c.arg(10).isString()) {
    job->cipher = c.arg(10).toString();
    if (!EVP_get_cipherbyname(job->cipher.c_str())) {
      ERR_clear_error();
      throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
    }
    ByteSpan pass;
    if (!viewBytes(c.raw(11), &pass)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The passphrase must be a buffer");
    job->passphrase = ByteSource::copy(pass.data, pass.size);
    job->encrypt = true;
  }
  return CryptoJob::start(c, 12, std::move(job));
}

}  // namespace

void registerKeygen(JSContext* ctx, const Value& t) {
  setMethod<generateKeyPair>(ctx, t, "generateKeyPair", 13);
}

}  // namespace pjs::crypto

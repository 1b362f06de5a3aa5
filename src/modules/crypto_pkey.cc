// Asymmetric keys: see crypto_pkey.h.
#include "modules/crypto_pkey.h"
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <cstring>
#include <memory>
#include <vector>
#include "modules/buffer_codec.h"
#include "modules/buffer_string.h"
#include "modules/ssl_util.h"

namespace pjs::crypto {

namespace {

struct BnFree { void operator()(BIGNUM* b) const { BN_clear_free(b); } };
using Bn = std::unique_ptr<BIGNUM, BnFree>;

// Called when an encrypted key meets no passphrase: refuse (never prompt on a terminal).
int noPassphrase(char*, int, int, void* flag) {
  *static_cast<bool*>(flag) = true;
  return -1;
}

PKey decode(ByteSpan data, const char* inputType, const char* structure, const char* keytype,
            int selection, const KeyInput& in, ParsedKey* result) {
  EVP_PKEY* pkey = nullptr;
  OSSL_DECODER_CTX* dctx = OSSL_DECODER_CTX_new_for_pkey(&pkey, inputType, structure, keytype, selection,
                                                          nullptr, nullptr);
  if (!dctx) return PKey();
  static const unsigned char kEmpty[1] = {0};
  if (in.hasPassphrase) {
    OSSL_DECODER_CTX_set_passphrase(dctx, in.passphrase.size ? in.passphrase.data : kEmpty, in.passphrase.size);
  } else {
    OSSL_DECODER_CTX_set_pem_password_cb(dctx, noPassphrase, &result->needPassphrase);
  }
  const unsigned char* p = data.size ? data.data : kEmpty;
  size_t len = data.size;
  int ok = OSSL_DECODER_from_data(dctx, &p, &len);
  OSSL_DECODER_CTX_free(dctx);
  if (!ok || !pkey) {
    EVP_PKEY_free(pkey);
    return PKey();
  }
  return PKey(pkey);
}

// Records the first queued error of a failed attempt and clears the queue.
ParsedKey failed(ParsedKey r) {
  r.key = PKey();
  r.err = ERR_peek_error();
  ERR_clear_error();
  return r;
}

bool contains(ByteSpan data, const char* text) {
  size_t n = std::strlen(text);
  if (data.size < n) return false;
  const uint8_t* end = data.data + data.size - n;
  for (const uint8_t* p = data.data; p <= end; p++) {
    if (std::memcmp(p, text, n) == 0) return true;
  }
  return false;
}

PKey publicKeyOfCertificate(ByteSpan data, int format) {
  X509* cert = nullptr;
  if (format == kKeyFormatPEM) {
    BIO* bio = BIO_new_mem_buf(data.data, static_cast<int>(data.size));
    if (!bio) return PKey();
    cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
  } else {
    const unsigned char* p = data.data;
    cert = d2i_X509(nullptr, &p, static_cast<long>(data.size));
  }
  if (!cert) return PKey();
  EVP_PKEY* key = X509_get_pubkey(cert);
  X509_free(cert);
  return PKey(key);
}

}  // namespace

ParsedKey parsePrivateKey(const KeyInput& in) {
  ensureOpenSSL();
  ParsedKey r;
  ERR_clear_error();
  if (in.format == kKeyFormatPEM) {
    r.key = decode(in.data, "PEM", nullptr, nullptr, EVP_PKEY_KEYPAIR, in, &r);
  } else if (in.encoding == kKeyEncodingPKCS8) {
    r.key = decode(in.data, "DER", "PrivateKeyInfo", nullptr, EVP_PKEY_KEYPAIR, in, &r);
    if (!r.key) {
      ERR_clear_error();
      r.key = decode(in.data, "DER", "EncryptedPrivateKeyInfo", nullptr, EVP_PKEY_KEYPAIR, in, &r);
    }
  } else {
    const char* keytype = in.encoding == kKeyEncodingPKCS1 ? "RSA" : in.encoding == kKeyEncodingSEC1 ? "EC" : nullptr;
    r.key = decode(in.data, "DER", "type-specific", keytype, EVP_PKEY_KEYPAIR, in, &r);
  }
  if (!r.key) return failed(std::move(r));
  return r;
}

ParsedKey parsePublicKey(const KeyInput& in) {
  ensureOpenSSL();
  ParsedKey r;
  ERR_clear_error();
  if (in.format == kKeyFormatPEM) {
    r.key = decode(in.data, "PEM", nullptr, nullptr, EVP_PKEY_PUBLIC_KEY, in, &r);
    if (r.key) return r;
    if (contains(in.data, "-----BEGIN CERTIFICATE-----")) {
      ERR_clear_error();
      r.key = publicKeyOfCertificate(in.data, kKeyFormatPEM);
      if (r.key) return r;
      return failed(std::move(r));
    }
    ERR_clear_error();
    return parsePrivateKey(in);
  }
  if (in.encoding == kKeyEncodingSPKI || in.encoding == kKeyEncodingPKCS1) {
    r.key = in.encoding == kKeyEncodingSPKI
                ? decode(in.data, "DER", "SubjectPublicKeyInfo", nullptr, EVP_PKEY_PUBLIC_KEY, in, &r)
                : decode(in.data, "DER", "type-specific", "RSA", EVP_PKEY_PUBLIC_KEY, in, &r);
    if (!r.key) return failed(std::move(r));
    return r;
  }
  return parsePrivateKey(in);
}

bool encodeKey(EVP_PKEY* key, bool isPrivate, int format, int encoding, const char* cipher,
               ByteSpan passphrase, std::string* out) {
  const char* structure;
  switch (encoding) {
    case kKeyEncodingPKCS1: case kKeyEncodingSEC1: structure = "type-specific"; break;
    case kKeyEncodingPKCS8: structure = cipher ? "EncryptedPrivateKeyInfo" : "PrivateKeyInfo"; break;
    default: structure = "SubjectPublicKeyInfo"; break;
  }
  int selection = isPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY;
  OSSL_ENCODER_CTX* ectx = OSSL_ENCODER_CTX_new_for_pkey(key, selection | OSSL_KEYMGMT_SELECT_ALL_PARAMETERS,
                                                         format == kKeyFormatPEM ? "PEM" : "DER", structure, nullptr);
  if (!ectx) return false;
  if (OSSL_ENCODER_CTX_get_num_encoders(ectx) == 0) {
    OSSL_ENCODER_CTX_free(ectx);
    ERR_raise(ERR_LIB_OSSL_ENCODER, ERR_R_UNSUPPORTED);
    return false;
  }
  bool ok = true;
  if (cipher) {
    static const unsigned char kEmpty[1] = {0};
    ok = OSSL_ENCODER_CTX_set_cipher(ectx, cipher, nullptr) == 1 &&
         OSSL_ENCODER_CTX_set_passphrase(ectx, passphrase.size ? passphrase.data : kEmpty, passphrase.size) == 1;
  }
  unsigned char* data = nullptr;
  size_t len = 0;
  ok = ok && OSSL_ENCODER_to_data(ectx, &data, &len) == 1;
  OSSL_ENCODER_CTX_free(ectx);
  if (!ok) {
    OPENSSL_free(data);
    return false;
  }
  out->assign(reinterpret_cast<const char*>(data), len);
  OPENSSL_clear_free(data, len);
  return true;
}

const char* asymmetricKeyType(EVP_PKEY* key) {
  static const struct { const char* name; const char* type; } kTypes[] = {
      {"RSA-PSS", "rsa-pss"}, {"RSA", "rsa"}, {"DSA", "dsa"}, {"DHX", "dh"}, {"DH", "dh"}, {"EC", "ec"},
      {"ED25519", "ed25519"}, {"ED448", "ed448"}, {"X25519", "x25519"}, {"X448", "x448"},
  };
  for (const auto& t : kTypes) {
    if (EVP_PKEY_is_a(key, t.name)) return t.type;
  }
  return nullptr;
}

namespace {

Bn bnParam(EVP_PKEY* key, const char* name) {
  BIGNUM* bn = nullptr;
  if (EVP_PKEY_get_bn_param(key, name, &bn) != 1) {
    ERR_clear_error();
    return Bn();
  }
  return Bn(bn);
}

std::string utf8Param(EVP_PKEY* key, const char* name) {
  char buf[80];
  size_t len = 0;
  if (EVP_PKEY_get_utf8_string_param(key, name, buf, sizeof(buf), &len) != 1) {
    ERR_clear_error();
    return std::string();
  }
  return std::string(buf, len);
}

// A BIGNUM as base64url of its big-endian bytes, left-padded to `width` bytes when given.
Value bnBase64Url(JSContext* ctx, const BIGNUM* bn, int width = 0) {
  int n = width > 0 ? width : BN_num_bytes(bn);
  std::vector<uint8_t> bytes(static_cast<size_t>(n));
  if (width > 0) BN_bn2binpad(bn, bytes.data(), width);
  else BN_bn2bin(bn, bytes.data());
  return bytesToString(ctx, bytes.data(), bytes.size(), codec::BASE64URL);
}

// Node's name for a digest OpenSSL reports by name ("SHA256" → "sha256").
std::string digestLongName(const std::string& name) {
  const EVP_MD* md = EVP_get_digestbyname(name.c_str());
  const char* ln = md ? OBJ_nid2ln(EVP_MD_get_type(md)) : nullptr;
  return ln ? ln : name;
}

struct JwkCurve { const char* group; const char* crv; };
const JwkCurve kJwkCurves[] = {
    {"prime256v1", "P-256"}, {"secp384r1", "P-384"}, {"secp521r1", "P-521"}, {"secp256k1", "secp256k1"},
};

}  // namespace

void keyDetails(JSContext* ctx, EVP_PKEY* key, const Value& target) {
  const char* type = asymmetricKeyType(key);
  if (!type) return;
  std::string t = type;
  if (t == "rsa" || t == "rsa-pss") {
    target.set("modulusLength", i64(ctx, EVP_PKEY_get_bits(key)));
    if (Bn e = bnParam(key, OSSL_PKEY_PARAM_RSA_E)) {
      std::vector<uint8_t> bytes(static_cast<size_t>(BN_num_bytes(e.get())));
      BN_bn2bin(e.get(), bytes.data());
      target.set("publicExponent", Value(ctx, check(JS_NewArrayBufferCopy(ctx, bytes.data(), bytes.size()))));
    }
    if (t == "rsa-pss") {
      // A restricted RSA-PSS key reports its parameters; OpenSSL leaves out the ones that
      // keep their RFC 8017 defaults (SHA-1, MGF1 with SHA-1, 20-byte salt).
      std::string md = utf8Param(key, OSSL_PKEY_PARAM_RSA_DIGEST);
      std::string mgf = utf8Param(key, OSSL_PKEY_PARAM_RSA_MGF1_DIGEST);
      int salt = 0;
      bool hasSalt = EVP_PKEY_get_int_param(key, OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &salt) == 1;
      ERR_clear_error();
      if (!md.empty() || !mgf.empty() || hasSalt) {
        target.set("hashAlgorithm", str(ctx, md.empty() ? "sha1" : digestLongName(md)));
        target.set("mgf1HashAlgorithm", str(ctx, mgf.empty() ? "sha1" : digestLongName(mgf)));
        target.set("saltLength", i64(ctx, hasSalt ? salt : 20));
      }
    }
  } else if (t == "dsa") {
    target.set("modulusLength", i64(ctx, EVP_PKEY_get_bits(key)));
    if (Bn q = bnParam(key, OSSL_PKEY_PARAM_FFC_Q)) target.set("divisorLength", i64(ctx, BN_num_bits(q.get())));
  } else if (t == "ec") {
    std::string group = utf8Param(key, OSSL_PKEY_PARAM_GROUP_NAME);
    if (!group.empty()) target.set("namedCurve", str(ctx, group));
  }
}

void exportJwk(JSContext* ctx, EVP_PKEY* key, bool isPrivate, const Value& target) {
  const char* type = asymmetricKeyType(key);
  std::string t = type ? type : "";
  if (t == "rsa") {
    target.set("kty", str(ctx, "RSA"));
    const char* names[] = {OSSL_PKEY_PARAM_RSA_N, OSSL_PKEY_PARAM_RSA_E, OSSL_PKEY_PARAM_RSA_D,
                           OSSL_PKEY_PARAM_RSA_FACTOR1, OSSL_PKEY_PARAM_RSA_FACTOR2,
                           OSSL_PKEY_PARAM_RSA_EXPONENT1, OSSL_PKEY_PARAM_RSA_EXPONENT2,
                           OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    const char* members[] = {"n", "e", "d", "p", "q", "dp", "dq", "qi"};
    for (int i = 0; i < (isPrivate ? 8 : 2); i++) {
      Bn bn = bnParam(key, names[i]);
      if (!bn) throwOpenSSLError(ctx, ERR_get_error());
      target.set(members[i], bnBase64Url(ctx, bn.get()));
    }
    return;
  }
  if (t == "ec") {
    std::string group = utf8Param(key, OSSL_PKEY_PARAM_GROUP_NAME);
    const char* crv = nullptr;
    for (const auto& c : kJwkCurves) {
      if (group == c.group) crv = c.crv;
    }
    if (!crv) throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_JWK_UNSUPPORTED_CURVE", "Unsupported JWK EC curve: " + group + ".");
    int width = (EVP_PKEY_get_bits(key) + 7) / 8;
    Bn x = bnParam(key, OSSL_PKEY_PARAM_EC_PUB_X), y = bnParam(key, OSSL_PKEY_PARAM_EC_PUB_Y);
    if (!x || !y) throwOpenSSLError(ctx, ERR_get_error());
    target.set("kty", str(ctx, "EC"));
    target.set("x", bnBase64Url(ctx, x.get(), width));
    target.set("y", bnBase64Url(ctx, y.get(), width));
    target.set("crv", str(ctx, crv));
    if (isPrivate) {
      Bn d = bnParam(key, OSSL_PKEY_PARAM_PRIV_KEY);
      if (!d) throwOpenSSLError(ctx, ERR_get_error());
      target.set("d", bnBase64Url(ctx, d.get(), width));
    }
    return;
  }
  const char* okp = t == "ed25519" ? "Ed25519" : t == "ed448" ? "Ed448" : t == "x25519" ? "X25519" : t == "x448" ? "X448" : nullptr;
  if (!okp) throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE", "Unsupported JWK Key Type.");
  target.set("kty", str(ctx, "OKP"));
  target.set("crv", str(ctx, okp));
  uint8_t buf[128];
  size_t len = sizeof(buf);
  if (EVP_PKEY_get_raw_public_key(key, buf, &len) != 1) throwOpenSSLError(ctx, ERR_get_error());
  target.set("x", bytesToString(ctx, buf, len, codec::BASE64URL));
  if (isPrivate) {
    len = sizeof(buf);
    if (EVP_PKEY_get_raw_private_key(key, buf, &len) != 1) throwOpenSSLError(ctx, ERR_get_error());
    target.set("d", bytesToString(ctx, buf, len, codec::BASE64URL));
    OPENSSL_cleanse(buf, sizeof(buf));
  }
}

namespace {

Bn jwkNumber(JSContext* ctx, const Value& jwk, const char* member) {
  Value v = jwk.get(member);
  if (!v.isString()) return Bn();
  InputBytes bytes(ctx, v.get(), codec::BASE64URL);
  return Bn(BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr));
}

PKey fromData(const char* type, OSSL_PARAM_BLD* bld, int selection) {
  OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
  EVP_PKEY_CTX* pctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
  EVP_PKEY* key = nullptr;
  bool ok = params && pctx && EVP_PKEY_fromdata_init(pctx) == 1 && EVP_PKEY_fromdata(pctx, &key, selection, params) == 1;
  EVP_PKEY_CTX_free(pctx);
  OSSL_PARAM_free(params);
  if (!ok) {
    EVP_PKEY_free(key);
    ERR_clear_error();
    return PKey();
  }
  return PKey(key);
}

}  // namespace

PKey importJwk(JSContext* ctx, const Value& jwk, bool isPrivate) {
  ensureOpenSSL();
  Value ktyValue = jwk.get("kty");
  std::string kty = ktyValue.toString();
  auto invalid = [&](const std::string& msg) -> PKey {
    throwNative(ctx, ErrorKind::TypeError, "ERR_CRYPTO_INVALID_JWK", msg);
  };
  auto strings = [&](std::initializer_list<const char*> members) {
    for (const char* m : members) {
      if (!jwk.get(m).isString()) return false;
    }
    return true;
  };
  std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> bld(OSSL_PARAM_BLD_new(), OSSL_PARAM_BLD_free);
  if (!bld) throw std::bad_alloc();
  int selection = isPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY;
  if (kty == "RSA") {
    const char* members[] = {"n", "e", "d", "p", "q", "dp", "dq", "qi"};
    const char* names[] = {OSSL_PKEY_PARAM_RSA_N, OSSL_PKEY_PARAM_RSA_E, OSSL_PKEY_PARAM_RSA_D,
                           OSSL_PKEY_PARAM_RSA_FACTOR1, OSSL_PKEY_PARAM_RSA_FACTOR2,
                           OSSL_PKEY_PARAM_RSA_EXPONENT1, OSSL_PKEY_PARAM_RSA_EXPONENT2,
                           OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    int count = isPrivate ? 8 : 2;
    if (!strings({"n", "e"}) || (isPrivate && !strings({"d", "p", "q", "dp", "dq", "qi"}))) invalid("Invalid JWK RSA key");
    std::vector<Bn> bns;
    for (int i = 0; i < count; i++) {
      Bn bn = jwkNumber(ctx, jwk, members[i]);
      if (!bn || OSSL_PARAM_BLD_push_BN(bld.get(), names[i], bn.get()) != 1) invalid("Invalid JWK RSA key");
      bns.push_back(std::move(bn));
    }
    PKey key = fromData("RSA", bld.get(), selection);
    if (!key) invalid("Invalid JWK RSA key");
    return key;
  }
  if (kty == "EC") {
    if (!strings({"crv", "x", "y"}) || (isPrivate && !strings({"d"}))) invalid("Invalid JWK EC key");
    std::string crv = jwk.get("crv").toString();
    int nid = EC_curve_nist2nid(crv.c_str());
    if (nid == NID_undef) nid = OBJ_sn2nid(crv.c_str());
    EC_GROUP* group = nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid);
    if (!group) {
      ERR_clear_error();
      throwNative(ctx, ErrorKind::TypeError, "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
    }
    int width = (EC_GROUP_get_degree(group) + 7) / 8;
    EC_GROUP_free(group);
    Bn x = jwkNumber(ctx, jwk, "x"), y = jwkNumber(ctx, jwk, "y");
    if (!x || !y || BN_num_bytes(x.get()) > width || BN_num_bytes(y.get()) > width) invalid("Invalid JWK EC key");
    std::vector<uint8_t> point(1 + 2 * static_cast<size_t>(width));
    point[0] = 0x04;
    BN_bn2binpad(x.get(), point.data() + 1, width);
    BN_bn2binpad(y.get(), point.data() + 1 + width, width);
    Bn d;
    if (OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, OBJ_nid2sn(nid), 0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size()) != 1)
      invalid("Invalid JWK EC key");
    if (isPrivate) {
      d = jwkNumber(ctx, jwk, "d");
      if (!d || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.get()) != 1) invalid("Invalid JWK EC key");
    }
    PKey key = fromData("EC", bld.get(), selection);
    // The point must lie on the curve (and match the private key when there is one).
    EVP_PKEY_CTX* check = key ? EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr) : nullptr;
    bool valid = check && (isPrivate ? EVP_PKEY_pairwise_check(check) : EVP_PKEY_public_check(check)) == 1;
    EVP_PKEY_CTX_free(check);
    ERR_clear_error();
    if (!valid) invalid("Invalid JWK EC key");
    return key;
  }
  if (kty == "OKP") {
    std::string crv = jwk.get("crv").toString();
    const char* name = crv == "Ed25519" ? "ED25519" : crv == "Ed448" ? "ED448" : crv == "X25519" ? "X25519"
                     : crv == "X448" ? "X448" : nullptr;
    if (!name || !strings({"x"}) || (isPrivate && !strings({"d"}))) invalid("Invalid JWK OKP key");
    InputBytes raw(ctx, jwk.get(isPrivate ? "d" : "x").get(), codec::BASE64URL);
    EVP_PKEY* key = isPrivate ? EVP_PKEY_new_raw_private_key_ex(nullptr, name, nullptr, raw.data(), raw.size())
                              : EVP_PKEY_new_raw_public_key_ex(nullptr, name, nullptr, raw.data(), raw.size());
    if (!key) {
      ERR_clear_error();
      invalid("Invalid JWK OKP key");
    }
    return PKey(key);
  }
  throwNative(ctx, ErrorKind::TypeError, "ERR_CRYPTO_INVALID_JWK", kty + " is not a supported JWK key type");
}

}  // namespace pjs::crypto

// internalBinding('crypto'): elliptic-curve Diffie-Hellman (lib/internal/crypto/diffiehellman.js).
//   new ECDH(curve)                      curve: an OpenSSL curve short name
//   ecdh.generateKeys()                  a fresh key pair on the curve
//   ecdh.getPublicKey(format)            the point (POINT_CONVERSION_* format) as an ArrayBuffer
//   ecdh.getPrivateKey()                 the scalar, minimal big-endian bytes
//   ecdh.setPrivateKey(bytes), setPublicKey(bytes)
//   ecdh.computeSecret(peerPoint)        the shared secret, or undefined when the point is not
//                                        on the curve (no private key: ERR_CRYPTO_OPERATION_FAILED)
//   ECDHConvertKey(point, curve, format) the point re-encoded
//   getCurves()                          OpenSSL's built-in curve names
//   statelessDH(privateHandle, publicHandle, callback?)   crypto.diffieHellman(): EVP_PKEY_derive
// Keys are EVP_PKEYs built from parameters (OpenSSL 3); points go through EC_POINT only to
// change their encoding.
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <memory>
#include <vector>
#include "binding/native_object.h"
#include "modules/crypto_keys.h"
#include "modules/ssl_util.h"

namespace pjs::crypto {

namespace {

struct GroupFree { void operator()(EC_GROUP* g) const { EC_GROUP_free(g); } };
struct PointFree { void operator()(EC_POINT* p) const { EC_POINT_free(p); } };
struct BnFree { void operator()(BIGNUM* b) const { BN_clear_free(b); } };
using Group = std::unique_ptr<EC_GROUP, GroupFree>;
using Point = std::unique_ptr<EC_POINT, PointFree>;
using Bn = std::unique_ptr<BIGNUM, BnFree>;

// As Node's ECDH: OpenSSL short names only ("prime256v1", not "P-256").
int curveNid(const std::string& name) { return OBJ_sn2nid(name.c_str()); }

Group groupOf(int nid) {
  Group g(nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid));
  ERR_clear_error();
  return g;
}

[[noreturn]] void invalidCurve(JSContext* ctx) {
  throwNative(ctx, ErrorKind::TypeError, "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
}

// Encodes a point; empty when that fails.
std::vector<uint8_t> encodePoint(const EC_GROUP* group, const EC_POINT* point, int format) {
  auto form = static_cast<point_conversion_form_t>(format);
  size_t len = EC_POINT_point2oct(group, point, form, nullptr, 0, nullptr);
  std::vector<uint8_t> out(len);
  if (len == 0 || EC_POINT_point2oct(group, point, form, out.data(), len, nullptr) != len) out.clear();
  ERR_clear_error();
  return out;
}

Point decodePoint(const EC_GROUP* group, ByteSpan bytes) {
  Point p(EC_POINT_new(group));
  if (!p || EC_POINT_oct2point(group, p.get(), bytes.data, bytes.size, nullptr) != 1) p.reset();
  ERR_clear_error();
  return p;
}

// An EC key from a private scalar and/or a public point.
PKey ecKey(int nid, const BIGNUM* priv, const std::vector<uint8_t>& pub) {
  std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> bld(OSSL_PARAM_BLD_new(), OSSL_PARAM_BLD_free);
  if (!bld || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, OBJ_nid2sn(nid), 0) != 1) return PKey();
  if (!pub.empty() && OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, pub.data(), pub.size()) != 1)
    return PKey();
  if (priv && OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, priv) != 1) return PKey();
  OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld.get());
  EVP_PKEY_CTX* pctx = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
  EVP_PKEY* key = nullptr;
  int selection = priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY;
  bool ok = params && pctx && EVP_PKEY_fromdata_init(pctx) == 1 && EVP_PKEY_fromdata(pctx, &key, selection, params) == 1;
  EVP_PKEY_CTX_free(pctx);
  OSSL_PARAM_free(params);
  ERR_clear_error();
  if (!ok) {
    EVP_PKEY_free(key);
    return PKey();
  }
  return PKey(key);
}

// The shared secret of two keys; empty on failure.
std::vector<uint8_t> derive(EVP_PKEY* priv, EVP_PKEY* pub) {
  std::vector<uint8_t> out;
  EVP_PKEY_CTX* dctx = EVP_PKEY_CTX_new_from_pkey(nullptr, priv, nullptr);
  size_t len = 0;
  if (dctx && EVP_PKEY_derive_init(dctx) == 1 && EVP_PKEY_derive_set_peer(dctx, pub) == 1 &&
      EVP_PKEY_derive(dctx, nullptr, &len) == 1) {
    out.resize(len);
    if (EVP_PKEY_derive(dctx, out.data(), &len) == 1) out.resize(len);
    else out.clear();
  }
  EVP_PKEY_CTX_free(dctx);
  return out;
}

class ECDH final : public NativeObject {
 public:
  ECDH(Environment& env, int nid, Group group) : NativeObject(env), nid_(nid), group_(std::move(group)) {}

  static ECDH* make(Call& c) {
    ensureOpenSSL();
    int nid = curveNid(c.string(0, "curve"));
    Group group = groupOf(nid);
    if (!group) invalidCurve(c.ctx());
    return new ECDH(c.env(), nid, std::move(group));
  }

  Value generateKeys(Call& c) {
    EVP_PKEY_CTX* kctx = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY* key = nullptr;
    bool ok = kctx && EVP_PKEY_keygen_init(kctx) == 1 && EVP_PKEY_CTX_set_group_name(kctx, OBJ_nid2sn(nid_)) == 1 &&
              EVP_PKEY_generate(kctx, &key) == 1;
    EVP_PKEY_CTX_free(kctx);
    if (!ok) {
      EVP_PKEY_free(key);
      throwOpenSSLError(c.ctx(), ERR_get_error(), "Failed to generate key");
    }
    key_ = PKey(key);
    hasPrivate_ = true;
    return undefined(c.ctx());
  }

  Value getPublicKey(Call& c) {
    JSContext* ctx = c.ctx();
    Point p = publicPoint();
    if (!p) throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to get ECDH public key");
    std::vector<uint8_t> out = encodePoint(group_.get(), p.get(), static_cast<int>(c.integer(0, "format")));
    if (out.empty()) throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to get public key");
    return encodeOutput(ctx, out.data(), out.size(), kEncodingBuffer);
  }

  Value getPrivateKey(Call& c) {
    JSContext* ctx = c.ctx();
    BIGNUM* d = nullptr;
    if (!key_ || !hasPrivate_ || EVP_PKEY_get_bn_param(key_.get(), OSSL_PKEY_PARAM_PRIV_KEY, &d) != 1) {
      ERR_clear_error();
      throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to get ECDH private key");
    }
    Bn priv(d);
    std::vector<uint8_t> out(static_cast<size_t>(BN_num_bytes(priv.get())));
    BN_bn2bin(priv.get(), out.data());
    Value v = encodeOutput(ctx, out.data(), out.size(), kEncodingBuffer);
    OPENSSL_cleanse(out.data(), out.size());
    return v;
  }

  Value setPrivateKey(Call& c) {
    JSContext* ctx = c.ctx();
    ByteSpan bytes;
    if (!viewBytes(c.raw(0), &bytes)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"key\" argument must be a buffer");
    Bn d(BN_bin2bn(bytes.data, static_cast<int>(bytes.size), nullptr));
    const BIGNUM* order = EC_GROUP_get0_order(group_.get());
    // The scalar must lie in [1, order).
    if (!d || BN_is_zero(d.get()) || BN_cmp(d.get(), order) >= 0) invalidPrivate(ctx);
    Point pub(EC_POINT_new(group_.get()));
    if (!pub || EC_POINT_mul(group_.get(), pub.get(), d.get(), nullptr, nullptr, nullptr) != 1) invalidPrivate(ctx);
    PKey key = ecKey(nid_, d.get(), encodePoint(group_.get(), pub.get(), POINT_CONVERSION_UNCOMPRESSED));
    if (!key) invalidPrivate(ctx);
    key_ = std::move(key);
    hasPrivate_ = true;
    return undefined(ctx);
  }

  Value setPublicKey(Call& c) {
    JSContext* ctx = c.ctx();
    ByteSpan bytes;
    if (!viewBytes(c.raw(0), &bytes)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"key\" argument must be a buffer");
    Point p = decodePoint(group_.get(), bytes);
    if (!p) throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to convert Buffer to EC_POINT");
    std::vector<uint8_t> pub = encodePoint(group_.get(), p.get(), POINT_CONVERSION_UNCOMPRESSED);
    // Keeps the private key (if any) alongside the new public point, as Node's EC_KEY does.
    Bn d;
    if (hasPrivate_ && key_) {
      BIGNUM* raw = nullptr;
      if (EVP_PKEY_get_bn_param(key_.get(), OSSL_PKEY_PARAM_PRIV_KEY, &raw) == 1) d.reset(raw);
      ERR_clear_error();
    }
    PKey key = ecKey(nid_, d.get(), pub);
    if (!key) throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to set EC_POINT as the public key");
    key_ = std::move(key);
    hasPrivate_ = static_cast<bool>(d);
    return undefined(ctx);
  }

  Value computeSecret(Call& c) {
    JSContext* ctx = c.ctx();
    ByteSpan bytes;
    if (!viewBytes(c.raw(0), &bytes)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"key\" argument must be a buffer");
    Point p = decodePoint(group_.get(), bytes);
    if (!p) return undefined(ctx);
    PKey peer = ecKey(nid_, nullptr, encodePoint(group_.get(), p.get(), POINT_CONVERSION_UNCOMPRESSED));
    if (!peer) return undefined(ctx);
    std::vector<uint8_t> secret;
    if (key_ && hasPrivate_) secret = derive(key_.get(), peer.get());
    ERR_clear_error();
    if (secret.empty()) throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to compute ECDH key");
    Value v = encodeOutput(ctx, secret.data(), secret.size(), kEncodingBuffer);
    OPENSSL_cleanse(secret.data(), secret.size());
    return v;
  }

 private:
  [[noreturn]] static void invalidPrivate(JSContext* ctx) {
    ERR_clear_error();
    throwNative(ctx, ErrorKind::RangeError, "ERR_CRYPTO_INVALID_KEYTYPE", "Private key is not valid for specified curve.");
  }

  Point publicPoint() const {
    if (!key_) return Point();
    uint8_t buf[256];
    size_t len = 0;
    if (EVP_PKEY_get_octet_string_param(key_.get(), OSSL_PKEY_PARAM_PUB_KEY, buf, sizeof(buf), &len) != 1) {
      ERR_clear_error();
      return Point();
    }
    return decodePoint(group_.get(), {buf, len});
  }

  int nid_;
  Group group_;
  PKey key_;
  bool hasPrivate_ = false;
};

// ECDHConvertKey(point, curve, format)
Value convertKey(Call& c) {
  JSContext* ctx = c.ctx();
  ensureOpenSSL();
  ByteSpan bytes;
  if (!viewBytes(c.raw(0), &bytes)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"key\" argument must be a buffer");
  Group group = groupOf(curveNid(c.string(1, "curve")));
  if (!group) invalidCurve(ctx);
  Point p = decodePoint(group.get(), bytes);
  if (!p) throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to convert Buffer to EC_POINT");
  std::vector<uint8_t> out = encodePoint(group.get(), p.get(), static_cast<int>(c.integer(2, "format")));
  if (out.empty()) throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to get public key");
  return encodeOutput(ctx, out.data(), out.size(), kEncodingBuffer);
}

Value getCurves(Call& c) {
  ensureOpenSSL();
  size_t n = EC_get_builtin_curves(nullptr, 0);
  std::vector<EC_builtin_curve> curves(n);
  EC_get_builtin_curves(curves.data(), n);
  Value list = array(c.ctx());
  uint32_t i = 0;
  for (const auto& curve : curves) list.set(i++, str(c.ctx(), OBJ_nid2sn(curve.nid)));
  return list;
}

class DeriveSecretJob final : public CryptoJob {
 public:
  DeriveSecretJob(PKey priv, PKey pub) : priv_(std::move(priv)), pub_(std::move(pub)) {}

 protected:
  void run() override {
    secret_ = derive(priv_.get(), pub_.get());
    if (secret_.empty()) fail();
  }
  Value result(JSContext* ctx) override {
    Value v = encodeOutput(ctx, secret_.data(), secret_.size(), kEncodingBuffer);
    OPENSSL_cleanse(secret_.data(), secret_.size());
    return v;
  }

 private:
  PKey priv_, pub_;
  std::vector<uint8_t> secret_;
};

// statelessDH(privateHandle, publicHandle, callback?)
Value statelessDH(Call& c) {
  int privType = -1, pubType = -1;
  EVP_PKEY* priv = asymmetricKeyOf(c.raw(0), &privType);
  EVP_PKEY* pub = asymmetricKeyOf(c.raw(1), &pubType);
  if (!priv || !pub || privType != kKeyTypePrivate)
    throwTypeError(c.ctx(), "ERR_INVALID_ARG_TYPE", "diffieHellman needs a private and a public key handle");
  EVP_PKEY_up_ref(priv);
  EVP_PKEY_up_ref(pub);
  return CryptoJob::start(c, 2, std::make_unique<DeriveSecretJob>(PKey(priv), PKey(pub)));
}

}  // namespace

void registerEcdh(JSContext* ctx, const Value& t) {
  t.set("ECDH", NativeClass<ECDH>::define<&ECDH::make>(ctx, "ECDH", 1,
      {method<ECDH, &ECDH::generateKeys>("generateKeys", 0), method<ECDH, &ECDH::getPublicKey>("getPublicKey", 1),
       method<ECDH, &ECDH::getPrivateKey>("getPrivateKey", 0), method<ECDH, &ECDH::setPrivateKey>("setPrivateKey", 1),
       method<ECDH, &ECDH::setPublicKey>("setPublicKey", 1), method<ECDH, &ECDH::computeSecret>("computeSecret", 1)}));
  setMethod<convertKey>(ctx, t, "ECDHConvertKey", 3);
  setMethod<getCurves>(ctx, t, "getCurves", 0);
  setMethod<statelessDH>(ctx, t, "statelessDH", 3);
}

}  // namespace pjs::crypto

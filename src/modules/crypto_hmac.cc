// internalBinding('crypto').Hmac: HMAC over OpenSSL 3's EVP_MAC (lib/internal/crypto/hash.js).
//   new Hmac()
//   hmac.init(digestName, key)   key: a KeyObjectHandle (secret), any view or a string (UTF-8); an unknown digest
//                                throws ERR_CRYPTO_INVALID_DIGEST
//   hmac.update(data, encoding)  as Hash's
//   hmac.digest(encoding)        as Hash's (computed once)
// Each context is duplicated from a per-thread template for its digest (crypto_util.cc), so a
// new HMAC costs no algorithm fetch.
#include <openssl/err.h>
#include <openssl/evp.h>
#include <optional>
#include <vector>
#include "binding/native_object.h"
#include "modules/buffer_codec.h"
#include "modules/crypto_keys.h"
#include "modules/crypto_util.h"

namespace pjs::crypto {

namespace {

class Hmac final : public NativeObject {
 public:
  explicit Hmac(Environment& env) : NativeObject(env) {}
  ~Hmac() override { EVP_MAC_CTX_free(ctx_); }

  static Hmac* make(Call& c) { return new Hmac(c.env()); }

  Value init(Call& c) {
    JSContext* ctx = c.ctx();
    std::string name = c.string(0, "hmac");
    const EVP_MD* md = digestByName(name.c_str());
    if (!md) throwNative(ctx, ErrorKind::TypeError, "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + name);
    // The key: a secret KeyObjectHandle, bytes, or a string (UTF-8).
    std::optional<InputBytes> text;
    ByteSpan key;
    if (JS_IsString(c.raw(1))) {
      text.emplace(ctx, c.raw(1), codec::UTF8, "key");
      key = text->span();
    } else if (!secretKeyBytes(c.raw(1), &key)) {
      throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"key\" argument must be a buffer or a secret KeyObject");
    }
    EVP_MAC_CTX_free(ctx_);
    ctx_ = newHmacContext(md);
    // A zero-length key still has to be passed as a key (a null pointer means "keep the old one").
    static const uint8_t kEmpty[1] = {0};
    if (!ctx_ || EVP_MAC_init(ctx_, key.size ? key.data : kEmpty, key.size, nullptr) != 1) {
      EVP_MAC_CTX_free(ctx_);
      ctx_ = nullptr;
      throwOpenSSLError(ctx, ERR_get_error());
    }
    done_ = false;
    digest_.clear();
    return undefined(ctx);
  }

  Value update(Call& c) {
    if (!ctx_ || done_) return boolean(c.ctx(), false);
    InputBytes in(c.ctx(), c.raw(0), encodingOf(c, 1));
    return boolean(c.ctx(), in.size() == 0 || EVP_MAC_update(ctx_, in.data(), in.size()) == 1);
  }

  Value digest(Call& c) {
    JSContext* ctx = c.ctx();
    if (!done_) {
      if (ctx_) {
        digest_.resize(EVP_MAC_CTX_get_mac_size(ctx_));
        size_t n = 0;
        if (EVP_MAC_final(ctx_, digest_.data(), &n, digest_.size()) != 1) throwOpenSSLError(ctx, ERR_get_error());
        digest_.resize(n);
        EVP_MAC_CTX_free(ctx_);
        ctx_ = nullptr;
      }
      done_ = true;
    }
    return encodeOutput(ctx, digest_.data(), digest_.size(), encodingOf(c, 0));
  }

 private:
  static int encodingOf(Call& c, int i) {
    int32_t e = kEncodingBuffer;
    if (JS_IsNumber(c.raw(i)) && JS_ToInt32(c.ctx(), &e, c.raw(i)) < 0) throw JsThrow{};
    return e;
  }

  EVP_MAC_CTX* ctx_ = nullptr;
  bool done_ = false;
  std::vector<uint8_t> digest_;
};

}  // namespace

void registerHmac(JSContext* ctx, const Value& t) {
  t.set("Hmac", NativeClass<Hmac>::define<&Hmac::make>(ctx, "Hmac", 0,
                                                       {method<Hmac, &Hmac::init>("init", 2),
                                                        method<Hmac, &Hmac::update>("update", 2),
                                                        method<Hmac, &Hmac::digest>("digest", 1)}));
}

}  // namespace pjs::crypto

// internalBinding('crypto').KeyObjectHandle: the native half of KeyObject
// (lib/internal/crypto/keys.js): secret key material or an asymmetric key (EVP_PKEY).
//   new KeyObjectHandle()
//   init(kKeyTypeSecret, bytes)                      copies the material (wiped when freed)
//   init(kKeyTypePublic | kKeyTypePrivate, data, format, encoding, passphrase)
//        data: PEM/DER bytes, or (for a public key) a private KeyObjectHandle whose public half
//        it takes; format kKeyFormatPEM/DER, encoding kKeyEncoding* or -1
//   initJwk(jwk, isPrivate)     a key from a JWK object (Node's errors when it is invalid)
//   initEDRaw(curveName, bytes, type)   → true, or false when the bytes make no key
//   export()                                          secret: an ArrayBuffer copy
//   export(format, encoding, cipher?, passphrase?)    asymmetric: PEM string or DER ArrayBuffer
//   exportJwk(target)                                 fills a JWK object
//   getSymmetricKeySize(), getAsymmetricKeyType(), keyDetail(target), equals(other)
#include "modules/crypto_keys.h"
#include <openssl/crypto.h>
#include <openssl/err.h>
#include "binding/native_object.h"
#include "core/environment.h"
#include "modules/buffer_codec.h"
#include "modules/buffer_string.h"
#include "modules/ssl_util.h"

namespace pjs::crypto {

namespace {

class KeyObjectHandle final : public NativeObject {
 public:
  explicit KeyObjectHandle(Environment& env) : NativeObject(env) {}
  static KeyObjectHandle* make(Call& c) { return new KeyObjectHandle(c.env()); }

  static KeyObjectHandle* from(JSValueConst v) {
    return static_cast<KeyObjectHandle*>(
        static_cast<NativeObject*>(JS_GetOpaque(v, NativeClass<KeyObjectHandle>::id())));
  }

  Value init(Call& c) {
    JSContext* ctx = c.ctx();
    int64_t type = c.integer(0, "type");
    if (type == kKeyTypeSecret) {
      ByteSpan bytes;
      if (!viewBytes(c.raw(1), &bytes))
        throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"key\" argument must be a buffer");
      secret_ = ByteSource::copy(bytes.data, bytes.size);
    } else if (type == kKeyTypePublic || type == kKeyTypePrivate) {
      KeyObjectHandle* other = from(c.raw(1));
      if (other && other->initialized_ && other->type_ != kKeyTypeSecret) {
        pkey_ = other->pkey_;
      } else {
        pkey_ = parseKeyArgs(c, 1, type == kKeyTypePrivate);
      }
    } else {
      throwNative(ctx, ErrorKind::TypeError, "ERR_INVALID_ARG_VALUE", "Unsupported key type");
    }
    type_ = static_cast<int>(type);
    initialized_ = true;
    return undefined(ctx);
  }

  Value initJwk(Call& c) {
    bool isPrivate = c.boolean(1);
    pkey_ = importJwk(c.ctx(), c.arg(0), isPrivate);
    type_ = isPrivate ? kKeyTypePrivate : kKeyTypePublic;
    initialized_ = true;
    return boolean(c.ctx(), true);
  }

  Value initEDRaw(Call& c) {
    ensureOpenSSL();
    std::string curve = c.string(0, "curve");
    ByteSpan bytes;
    if (!viewBytes(c.raw(1), &bytes)) throwTypeError(c.ctx(), "ERR_INVALID_ARG_TYPE", "The \"keyData\" argument must be a buffer");
    int type = static_cast<int>(c.integer(2, "type"));
    const char* name = curve == "Ed25519" ? "ED25519" : curve == "Ed448" ? "ED448" : curve == "X25519" ? "X25519"
                     : curve == "X448" ? "X448" : nullptr;
    if (!name) return boolean(c.ctx(), false);
    EVP_PKEY* key = type == kKeyTypePrivate
                        ? EVP_PKEY_new_raw_private_key_ex(nullptr, name, nullptr, bytes.data, bytes.size)
                        : EVP_PKEY_new_raw_public_key_ex(nullptr, name, nullptr, bytes.data, bytes.size);
    if (!key) {
      ERR_clear_error();
      return boolean(c.ctx(), false);
    }
    pkey_ = PKey(key);
    type_ = type;
    initialized_ = true;
    return boolean(c.ctx(), true);
  }

  Value exportKey(Call& c) {
    JSContext* ctx = c.ctx();
    checkInit(ctx);
    if (type_ == kKeyTypeSecret) return encodeOutput(ctx, secret_.data(), secret_.size(), kEncodingBuffer);
    int format = static_cast<int>(c.integer(0, "format"));
    int encoding = c.has(1) ? static_cast<int>(c.integer(1, "type")) : (type_ == kKeyTypePrivate ? kKeyEncodingPKCS8 : kKeyEncodingSPKI);
    std::string cipherName;
    ByteSpan passphrase;
    bool encrypt = type_ == kKeyTypePrivate && c.arg(2).isString();
    if (encrypt) {
      cipherName = c.arg(2).toString();
      if (!EVP_get_cipherbyname(cipherName.c_str())) {
        ERR_clear_error();
        throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
      }
      if (!viewBytes(c.raw(3), &passphrase)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The passphrase must be a buffer");
    }
    std::string out;
    if (!encodeKey(pkey_.get(), type_ == kKeyTypePrivate, format, encoding, encrypt ? cipherName.c_str() : nullptr,
                   passphrase, &out))
      throwOpenSSLError(ctx, ERR_get_error());
    if (format == kKeyFormatPEM) return bytesToString(ctx, reinterpret_cast<const uint8_t*>(out.data()), out.size(), codec::LATIN1);
    return encodeOutput(ctx, reinterpret_cast<const uint8_t*>(out.data()), out.size(), kEncodingBuffer);
  }

  Value exportJwk(Call& c) {
    JSContext* ctx = c.ctx();
    checkInit(ctx);
    Value target = c.arg(0);
    if (type_ == kKeyTypeSecret) {
      target.set("kty", str(ctx, "oct"));
      target.set("k", bytesToString(ctx, secret_.data(), secret_.size(), codec::BASE64URL));
    } else {
      crypto::exportJwk(ctx, pkey_.get(), type_ == kKeyTypePrivate, target);
    }
    return target;
  }

  Value getSymmetricKeySize(Call& c) {
    checkInit(c.ctx());
    return i64(c.ctx(), static_cast<int64_t>(secret_.size()));
  }

  Value getAsymmetricKeyType(Call& c) {
    checkInit(c.ctx());
    const char* t = pkey_ ? asymmetricKeyType(pkey_.get()) : nullptr;
    return t ? str(c.ctx(), t) : undefined(c.ctx());
  }

  Value keyDetail(Call& c) {
    checkInit(c.ctx());
    Value target = c.arg(0);
    if (pkey_) keyDetails(c.ctx(), pkey_.get(), target);
    return target;
  }

  Value equals(Call& c) {
    checkInit(c.ctx());
    KeyObjectHandle* other = from(c.raw(0));
    if (!other || !other->initialized_)
      throwTypeError(c.ctx(), "ERR_INVALID_ARG_TYPE", "The \"otherKeyObject\" argument must be a KeyObjectHandle");
    bool same;
    if (type_ == kKeyTypeSecret || other->type_ == kKeyTypeSecret) {
      same = type_ == other->type_ && secret_.size() == other->secret_.size() &&
             (secret_.size() == 0 || CRYPTO_memcmp(secret_.data(), other->secret_.data(), secret_.size()) == 0);
    } else {
      same = EVP_PKEY_eq(pkey_.get(), other->pkey_.get()) == 1;
      ERR_clear_error();
    }
    return boolean(c.ctx(), same);
  }

  bool secretBytes(ByteSpan* out) const {
    if (!initialized_ || type_ != kKeyTypeSecret) return false;
    *out = secret_.span();
    return true;
  }

  int type() const { return initialized_ ? type_ : -1; }
  void set(const PKey& key, int type) {
    pkey_ = key;
    type_ = type;
    initialized_ = true;
  }
  const PKey& pkey() const { return pkey_; }

 private:
  void checkInit(JSContext* ctx) const {
    if (!initialized_) throwNative(ctx, ErrorKind::Error, "ERR_INVALID_STATE", "Key object is not initialized");
  }

  ByteSource secret_;
  PKey pkey_;
  int type_ = kKeyTypeSecret;
  bool initialized_ = false;
};

}  // namespace

bool secretKeyBytes(JSValueConst v, ByteSpan* out) {
  if (KeyObjectHandle* h = KeyObjectHandle::from(v)) return h->secretBytes(out);
  return viewBytes(v, out);
}

PKey parseKeyArgs(Call& c, int index, bool wantPrivate) {
  JSContext* ctx = c.ctx();
  if (KeyObjectHandle* h = KeyObjectHandle::from(c.raw(index))) {
    if (h->type() == kKeyTypeSecret || h->type() < 0 || (wantPrivate && h->type() != kKeyTypePrivate))
      throwNative(ctx, ErrorKind::TypeError, "ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE",
                  std::string("Invalid key object type ") + (h->type() == kKeyTypeSecret ? "secret" : "public") +
                      ", expected " + (wantPrivate ? "private." : "private or public."));
    return h->pkey();
  }
  KeyInput in;
  if (!viewBytes(c.raw(index), &in.data)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"key\" argument must be a buffer");
  in.format = c.has(index + 1) ? static_cast<int>(c.integer(index + 1, "format")) : kKeyFormatPEM;
  in.encoding = c.has(index + 2) ? static_cast<int>(c.integer(index + 2, "type")) : -1;
  if (c.has(index + 3)) {
    in.hasPassphrase = true;
    if (!viewBytes(c.raw(index + 3), &in.passphrase)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The passphrase must be a buffer");
  }
  ParsedKey parsed = wantPrivate ? parsePrivateKey(in) : parsePublicKey(in);
  if (!parsed.key) {
    throwOpenSSLError(ctx, parsed.err, wantPrivate ? "Failed to read private key" : "Failed to read public key");
  }
  return std::move(parsed.key);
}

Value newKeyObjectHandle(JSContext* ctx, const PKey& key, int type) {
  auto* handle = new KeyObjectHandle(Environment::from(ctx));
  handle->set(key, type);
  return NativeClass<KeyObjectHandle>::wrap(ctx, handle);
}

EVP_PKEY* asymmetricKeyOf(JSValueConst v, int* type) {
  KeyObjectHandle* h = KeyObjectHandle::from(v);
  if (!h || h->type() < 0 || h->type() == kKeyTypeSecret) return nullptr;
  if (type) *type = h->type();
  return h->pkey().get();
}

void registerKeys(JSContext* ctx, const Value& t) {
  using K = KeyObjectHandle;
  t.set("KeyObjectHandle", NativeClass<K>::define<&K::make>(ctx, "KeyObjectHandle", 0,
      {method<K, &K::init>("init", 5), method<K, &K::initJwk>("initJwk", 2),
       method<K, &K::initEDRaw>("initEDRaw", 3), method<K, &K::exportKey>("export", 4),
       method<K, &K::exportJwk>("exportJwk", 1), method<K, &K::getSymmetricKeySize>("getSymmetricKeySize", 0),
       method<K, &K::getAsymmetricKeyType>("getAsymmetricKeyType", 0), method<K, &K::keyDetail>("keyDetail", 1),
       method<K, &K::equals>("equals", 1)}));
  t.set("kKeyTypeSecret", i64(ctx, kKeyTypeSecret));
  t.set("kKeyTypePublic", i64(ctx, kKeyTypePublic));
  t.set("kKeyTypePrivate", i64(ctx, kKeyTypePrivate));
  t.set("kKeyFormatDER", i64(ctx, kKeyFormatDER));
  t.set("kKeyFormatPEM", i64(ctx, kKeyFormatPEM));
  t.set("kKeyFormatJWK", i64(ctx, kKeyFormatJWK));
  t.set("kKeyEncodingPKCS1", i64(ctx, kKeyEncodingPKCS1));
  t.set("kKeyEncodingPKCS8", i64(ctx, kKeyEncodingPKCS8));
  t.set("kKeyEncodingSPKI", i64(ctx, kKeyEncodingSPKI));
  t.set("kKeyEncodingSEC1", i64(ctx, kKeyEncodingSEC1));
}

}  // namespace pjs::crypto

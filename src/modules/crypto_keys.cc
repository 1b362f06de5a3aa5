// internalBinding('crypto').KeyObjectHandle: the native half of KeyObject
// (lib/internal/crypto/keys.js). Only secret keys exist so far (asymmetric keys are issue 6):
//   new KeyObjectHandle()
//   handle.init(kKeyTypeSecret, bytes)  copies the key material (wiped when freed)
//   handle.export()                     an ArrayBuffer copy of the material
//   handle.getSymmetricKeySize()        its length in bytes
//   handle.equals(otherHandle)          constant-time comparison of type and bytes
#include <openssl/crypto.h>
#include "binding/native_object.h"
#include "modules/crypto_keys.h"

namespace pjs::crypto {

namespace {

enum KeyType { kKeyTypeSecret = 0, kKeyTypePublic = 1, kKeyTypePrivate = 2 };

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
    if (type != kKeyTypeSecret)
      throwNative(ctx, ErrorKind::TypeError, "ERR_INVALID_ARG_VALUE", "Unsupported key type");
    ByteSpan bytes;
    if (!viewBytes(c.raw(1), &bytes))
      throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"key\" argument must be a buffer");
    secret_ = ByteSource::copy(bytes.data, bytes.size);
    type_ = kKeyTypeSecret;
    initialized_ = true;
    return undefined(ctx);
  }

  Value exportKey(Call& c) {
    checkInit(c.ctx());
    return encodeOutput(c.ctx(), secret_.data(), secret_.size(), kEncodingBuffer);
  }

  Value getSymmetricKeySize(Call& c) {
    checkInit(c.ctx());
    return i64(c.ctx(), static_cast<int64_t>(secret_.size()));
  }

  Value equals(Call& c) {
    checkInit(c.ctx());
    KeyObjectHandle* other = from(c.raw(0));
    if (!other || !other->initialized_)
      throwTypeError(c.ctx(), "ERR_INVALID_ARG_TYPE", "The \"otherKeyObject\" argument must be a KeyObjectHandle");
    bool same = type_ == other->type_ && secret_.size() == other->secret_.size() &&
                (secret_.size() == 0 || CRYPTO_memcmp(secret_.data(), other->secret_.data(), secret_.size()) == 0);
    return boolean(c.ctx(), same);
  }

  bool secretBytes(ByteSpan* out) const {
    if (!initialized_ || type_ != kKeyTypeSecret) return false;
    *out = secret_.span();
    return true;
  }

 private:
  void checkInit(JSContext* ctx) const {
    if (!initialized_) throwNative(ctx, ErrorKind::Error, "ERR_INVALID_STATE", "Key object is not initialized");
  }

  ByteSource secret_;
  int type_ = kKeyTypeSecret;
  bool initialized_ = false;
};

}  // namespace

bool secretKeyBytes(JSValueConst v, ByteSpan* out) {
  if (KeyObjectHandle* h = KeyObjectHandle::from(v)) return h->secretBytes(out);
  return viewBytes(v, out);
}

void registerKeys(JSContext* ctx, const Value& t) {
  using K = KeyObjectHandle;
  t.set("KeyObjectHandle", NativeClass<K>::define<&K::make>(ctx, "KeyObjectHandle", 0,
      {method<K, &K::init>("init", 2), method<K, &K::exportKey>("export", 0),
       method<K, &K::getSymmetricKeySize>("getSymmetricKeySize", 0), method<K, &K::equals>("equals", 1)}));
  t.set("kKeyTypeSecret", i64(ctx, kKeyTypeSecret));
  t.set("kKeyTypePublic", i64(ctx, kKeyTypePublic));
  t.set("kKeyTypePrivate", i64(ctx, kKeyTypePrivate));
}

}  // namespace pjs::crypto

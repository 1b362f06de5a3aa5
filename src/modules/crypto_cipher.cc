// internalBinding('crypto'): symmetric ciphers (lib/internal/crypto/cipher.js).
//   new CipherBase(encrypt)
//   cipher.initiv(name, key, iv | null, authTagLength | -1)  key: KeyObjectHandle or bytes
//   cipher.update(data, encoding) → ArrayBuffer     cipher.final() → ArrayBuffer
//   cipher.setAutoPadding(bool), setAAD(bytes, plaintextLength | -1), getAuthTag(),
//   setAuthTag(bytes) → false (or undefined for getAuthTag) when the state does not allow it
//   getCiphers()                       every cipher name OpenSSL lists that a provider implements
//   getCipherInfo(target, nameOrNid, keyLength?, ivLength?) → target filled, or undefined
// Ciphers are fetched once per thread (crypto_util.cc's caches); errors are Node's:
// ERR_CRYPTO_UNKNOWN_CIPHER, ERR_CRYPTO_INVALID_KEYLEN, ERR_CRYPTO_INVALID_IV,
// ERR_CRYPTO_INVALID_AUTH_TAG, and OpenSSL's own for failures inside it.
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <algorithm>
#include <cctype>
#include <climits>
#include <string>
#include <unordered_map>
#include <vector>
#include "binding/native_object.h"
#include "modules/crypto_keys.h"
#include "modules/ssl_util.h"

namespace pjs::crypto {

namespace {

// Fetched ciphers per thread, as digests (crypto_util.cc): the legacy table resolves aliases,
// the canonical name is fetched once. When no provider implements it (e.g. Blowfish without the
// legacy provider) the legacy object is kept, so that initialisation fails with OpenSSL's
// "unsupported" error, as in Node.
struct CipherCache {
  std::unordered_map<std::string, const EVP_CIPHER*> byName;
  std::vector<EVP_CIPHER*> owned;
  ~CipherCache() {
    for (EVP_CIPHER* c : owned) EVP_CIPHER_free(c);
  }
};

const EVP_CIPHER* cipherByName(const std::string& name) {
  ensureOpenSSL();
  static thread_local CipherCache cache;
  auto it = cache.byName.find(name);
  if (it != cache.byName.end()) return it->second;
  // Names only a provider knows (e.g. AES-SIV) are fetched as given.
  const EVP_CIPHER* legacy = EVP_get_cipherbyname(name.c_str());
  const EVP_CIPHER* result = legacy;
  if (EVP_CIPHER* fetched = EVP_CIPHER_fetch(nullptr, legacy ? EVP_CIPHER_get0_name(legacy) : name.c_str(), nullptr)) {
    cache.owned.push_back(fetched);
    result = fetched;
  }
  ERR_clear_error();
  if (!result) return nullptr;
  cache.byName.emplace(name, result);
  return result;
}

int modeOf(const EVP_CIPHER* c) { return EVP_CIPHER_get_mode(c); }

bool isChaChaPoly(const EVP_CIPHER* c) { return EVP_CIPHER_get_nid(c) == NID_chacha20_poly1305; }

bool isAuthenticated(const EVP_CIPHER* c) {
  int m = modeOf(c);
  return m == EVP_CIPH_GCM_MODE || m == EVP_CIPH_CCM_MODE || m == EVP_CIPH_OCB_MODE || isChaChaPoly(c);
}

class CipherBase final : public NativeObject {
 public:
  CipherBase(Environment& env, bool encrypt) : NativeObject(env), encrypt_(encrypt) {}
  ~CipherBase() override { EVP_CIPHER_CTX_free(ctx_); }

  static CipherBase* make(Call& c) { return new CipherBase(c.env(), c.boolean(0)); }

  // initiv(name, key, iv, authTagLength)
  Value initiv(Call& c) {
    JSContext* ctx = c.ctx();
    std::string name = c.string(0, "cipher");
    cipher_ = cipherByName(name);
    if (!cipher_) throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
    ByteSpan key;
    if (!secretKeyBytes(c.raw(1), &key)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"key\" argument must be a buffer or a secret KeyObject");
    ByteSpan iv;
    bool hasIv = !c.arg(2).isNull();
    if (hasIv && !viewBytes(c.raw(2), &iv)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"iv\" argument must be a buffer");
    int64_t tagLength = c.has(3) ? c.integer(3, "authTagLength") : -1;

    int expectedIv = EVP_CIPHER_get_iv_length(cipher_);
    bool authenticated = isAuthenticated(cipher_);
    int mode = modeOf(cipher_);
    if (authenticated) {
      if (!hasIv || iv.size == 0 || (mode == EVP_CIPH_CCM_MODE && (iv.size < 7 || iv.size > 13)) ||
          (mode == EVP_CIPH_OCB_MODE && iv.size > 15) || (isChaChaPoly(cipher_) && iv.size > 12))
        invalidIv(ctx);
    } else if ((hasIv ? static_cast<int>(iv.size) : 0) != expectedIv) {
      invalidIv(ctx);
    }

    EVP_CIPHER_CTX_free(ctx_);
    ctx_ = EVP_CIPHER_CTX_new();
    if (!ctx_) throw std::bad_alloc();
    if (EVP_CipherInit_ex(ctx_, cipher_, nullptr, nullptr, nullptr, encrypt_ ? 1 : 0) != 1) {
      EVP_CIPHER_CTX_free(ctx_);
      ctx_ = nullptr;
      throwOpenSSLError(ctx, ERR_get_error());
    }
    if (mode == EVP_CIPH_WRAP_MODE) EVP_CIPHER_CTX_set_flags(ctx_, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    if (authenticated) {
      // Always set: a context's default (CCM: 7 bytes) need not be the cipher's nominal length.
      if (EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_SET_IVLEN, static_cast<int>(iv.size), nullptr) != 1)
        invalidIv(ctx);
      initAuthenticated(ctx, name, tagLength);
    }
    if (EVP_CIPHER_CTX_set_key_length(ctx_, static_cast<int>(key.size)) != 1) {
      ERR_clear_error();
      EVP_CIPHER_CTX_free(ctx_);
      ctx_ = nullptr;
      throwNative(ctx, ErrorKind::RangeError, "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
    }
    if (EVP_CipherInit_ex(ctx_, nullptr, nullptr, key.data, hasIv && iv.size ? iv.data : nullptr, encrypt_ ? 1 : 0) != 1) {
      EVP_CIPHER_CTX_free(ctx_);
      ctx_ = nullptr;
      throwOpenSSLError(ctx, ERR_get_error());
    }
    return undefined(ctx);
  }

  Value update(Call& c) {
    JSContext* ctx = c.ctx();
    int32_t enc = -1;
    if (JS_IsNumber(c.raw(1)) && JS_ToInt32(ctx, &enc, c.raw(1)) < 0) throw JsThrow{};
    InputBytes in(ctx, c.raw(0), enc);
    if (!ctx_) unsupportedUpdate(ctx);
    int mode = modeOf(cipher_);
    // CCM decryption needs the tag before any data; CCM takes one update only.
    if (mode == EVP_CIPH_CCM_MODE && !encrypt_ && !tagSet_) unsupportedUpdate(ctx);
    if (mode == EVP_CIPH_CCM_MODE && !checkCcmLength(in.size())) unsupportedUpdate(ctx);
    if (!encrypt_ && tagSet_ && !tagApplied_ && !applyTag()) unsupportedUpdate(ctx);
    if (in.size() > static_cast<size_t>(INT32_MAX) - 64) unsupportedUpdate(ctx);
    int blockSize = EVP_CIPHER_CTX_get_block_size(ctx_);
    std::vector<uint8_t> out(in.size() + static_cast<size_t>(blockSize > 0 ? blockSize : 1) + 16);
    int outLen = 0;
    int r = EVP_CipherUpdate(ctx_, out.data(), &outLen, in.data(), static_cast<int>(in.size()));
    if (r != 1) {
      // CCM verifies the tag in its one update: a failure there is reported by final().
      if (mode == EVP_CIPH_CCM_MODE && !encrypt_) {
        ccmFailed_ = true;
        ERR_clear_error();
        outLen = 0;
      } else {
        throwOpenSSLError(ctx, ERR_get_error(), "Trying to add data in unsupported state");
      }
    }
    return encodeOutput(ctx, out.data(), static_cast<size_t>(outLen), kEncodingBuffer);
  }

  Value final(Call& c) {
    JSContext* ctx = c.ctx();
    if (!ctx_) throwNative(ctx, ErrorKind::Error, "ERR_CRYPTO_INVALID_STATE", "Invalid state");
    bool authenticated = isAuthenticated(cipher_);
    int mode = modeOf(cipher_);
    std::vector<uint8_t> out(static_cast<size_t>(std::max(EVP_CIPHER_CTX_get_block_size(ctx_), 1)) + 16);
    int outLen = 0;
    bool ok;
    if (!encrypt_ && authenticated && !tagSet_ && mode != EVP_CIPH_CCM_MODE) {
      ok = false;  // nothing to authenticate against
    } else if (mode == EVP_CIPH_CCM_MODE && !encrypt_) {
      ok = !ccmFailed_;  // CCM decryption finished (and verified) in update()
    } else {
      if (!encrypt_ && tagSet_ && !tagApplied_) applyTag();
      ok = EVP_CipherFinal_ex(ctx_, out.data(), &outLen) == 1;
    }
    if (ok && encrypt_ && authenticated) {
      tag_.resize(tagLength_);
      ok = EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_GET_TAG, static_cast<int>(tagLength_), tag_.data()) == 1;
      hasTag_ = ok;
    }
    EVP_CIPHER_CTX_free(ctx_);
    ctx_ = nullptr;
    if (!ok) {
      unsigned long err = ERR_get_error();
      throwOpenSSLError(ctx, err, authenticated ? "Unsupported state or unable to authenticate data" : "Unsupported state");
    }
    return encodeOutput(ctx, out.data(), static_cast<size_t>(outLen), kEncodingBuffer);
  }

  Value setAutoPadding(Call& c) {
    if (!ctx_) return boolean(c.ctx(), false);
    return boolean(c.ctx(), EVP_CIPHER_CTX_set_padding(ctx_, c.boolean(0) ? 1 : 0) == 1);
  }

  Value getAuthTag(Call& c) {
    if (ctx_ || !encrypt_ || !hasTag_) return undefined(c.ctx());
    return encodeOutput(c.ctx(), tag_.data(), tag_.size(), kEncodingBuffer);
  }

  Value setAuthTag(Call& c) {
    JSContext* ctx = c.ctx();
    if (!ctx_ || encrypt_ || !isAuthenticated(cipher_) || tagSet_) return boolean(ctx, false);
    ByteSpan tag;
    if (!viewBytes(c.raw(0), &tag)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"buffer\" argument must be a buffer");
    int mode = modeOf(cipher_);
    bool valid;
    if (tagLengthGiven_) {
      valid = tag.size == tagLength_;
    } else if (mode == EVP_CIPH_GCM_MODE) {
      valid = tag.size == 4 || tag.size == 8 || (tag.size >= 12 && tag.size <= 16);
    } else {
      valid = tag.size >= 1 && tag.size <= 16;
    }
    if (!valid)
      throwNative(ctx, ErrorKind::TypeError, "ERR_CRYPTO_INVALID_AUTH_TAG",
                  "Invalid authentication tag length: " + std::to_string(tag.size));
    tag_.assign(tag.data, tag.data + tag.size);
    tagLength_ = tag.size;
    tagSet_ = true;
    // CCM and OCB take the tag before the data; GCM and ChaCha20-Poly1305 any time before final.
    if (mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE) applyTag();
    return boolean(ctx, true);
  }

  // setAAD(bytes, plaintextLength)
  Value setAAD(Call& c) {
    JSContext* ctx = c.ctx();
    if (!ctx_ || !isAuthenticated(cipher_)) return boolean(ctx, false);
    ByteSpan aad;
    if (!viewBytes(c.raw(0), &aad)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"buffer\" argument must be a buffer");
    int64_t plaintextLength = c.has(1) ? c.integer(1, "plaintextLength") : -1;
    int outLen = 0;
    if (modeOf(cipher_) == EVP_CIPH_CCM_MODE) {
      if (plaintextLength < 0)
        throwNative(ctx, ErrorKind::TypeError, "ERR_MISSING_ARGS", "options.plaintextLength required for CCM mode with AAD");
      if (!checkCcmLength(static_cast<size_t>(plaintextLength))) return boolean(ctx, false);
      if (!encrypt_ && !tagSet_) return boolean(ctx, false);
      if (EVP_CipherUpdate(ctx_, nullptr, &outLen, nullptr, static_cast<int>(plaintextLength)) != 1) {
        ERR_clear_error();
        return boolean(ctx, false);
      }
    }
    bool ok = EVP_CipherUpdate(ctx_, nullptr, &outLen, aad.size ? aad.data : reinterpret_cast<const uint8_t*>(""),
                               static_cast<int>(aad.size)) == 1;
    ERR_clear_error();
    return boolean(ctx, ok);
  }

 private:
  [[noreturn]] void invalidIv(JSContext* ctx) {
    EVP_CIPHER_CTX_free(ctx_);
    ctx_ = nullptr;
    throwNative(ctx, ErrorKind::TypeError, "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector");
  }
  [[noreturn]] static void unsupportedUpdate(JSContext* ctx) {
    throwOpenSSLError(ctx, ERR_get_error(), "Trying to add data in unsupported state");
  }

  void initAuthenticated(JSContext* ctx, const std::string& name, int64_t tagLength) {
    int mode = modeOf(cipher_);
    if (tagLength < 0) {
      // GCM and ChaCha20-Poly1305 default to 16-byte tags; CCM and OCB need one named.
      if (mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE) {
        EVP_CIPHER_CTX_free(ctx_);
        ctx_ = nullptr;
        throwNative(ctx, ErrorKind::TypeError, "ERR_CRYPTO_INVALID_AUTH_TAG", "authTagLength required for " + name);
      }
      tagLength_ = 16;
      tagLengthGiven_ = false;
    } else {
      bool valid = mode == EVP_CIPH_GCM_MODE
                       ? (tagLength == 4 || tagLength == 8 || (tagLength >= 12 && tagLength <= 16))
                       : mode == EVP_CIPH_CCM_MODE ? (tagLength >= 4 && tagLength <= 16 && tagLength % 2 == 0)
                                                   : (tagLength >= 1 && tagLength <= 16);
      if (!valid) {
        EVP_CIPHER_CTX_free(ctx_);
        ctx_ = nullptr;
        throwNative(ctx, ErrorKind::TypeError, "ERR_CRYPTO_INVALID_AUTH_TAG",
                    "Invalid authentication tag length: " + std::to_string(tagLength));
      }
      tagLength_ = static_cast<size_t>(tagLength);
      tagLengthGiven_ = true;
    }
    // CCM, OCB and ChaCha20-Poly1305 fix the tag length before the key (CCM's first block
    // encodes it), in both directions.
    if (mode != EVP_CIPH_GCM_MODE &&
        EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(tagLength_), nullptr) != 1) {
      EVP_CIPHER_CTX_free(ctx_);
      ctx_ = nullptr;
      throwNative(ctx, ErrorKind::TypeError, "ERR_CRYPTO_INVALID_AUTH_TAG",
                  "Invalid authentication tag length: " + std::to_string(tagLength_));
    }
  }

  bool applyTag() {
    tagApplied_ = true;
    bool ok = EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(tag_.size()), tag_.data()) == 1;
    ERR_clear_error();
    return ok;
  }

  // CCM: one message, whose length must fit the nonce's length field (15 - IV length bytes).
  bool checkCcmLength(size_t length) {
    if (ccmLengthSet_) return length == ccmLength_;
    int ivLen = EVP_CIPHER_CTX_get_iv_length(ctx_);
    int lengthBytes = 15 - ivLen;
    if (lengthBytes < 8 && length >= (static_cast<uint64_t>(1) << (8 * lengthBytes))) return false;
    if (length > static_cast<size_t>(INT32_MAX)) return false;
    ccmLengthSet_ = true;
    ccmLength_ = length;
    if (!encrypt_ && tagSet_ && !tagApplied_) applyTag();
    return true;
  }

  bool encrypt_;
  const EVP_CIPHER* cipher_ = nullptr;
  EVP_CIPHER_CTX* ctx_ = nullptr;
  size_t tagLength_ = 16;
  bool tagLengthGiven_ = false;
  std::vector<uint8_t> tag_;
  bool hasTag_ = false, tagSet_ = false, tagApplied_ = false;
  bool ccmLengthSet_ = false, ccmFailed_ = false;
  size_t ccmLength_ = 0;
};

struct NameList {
  JSContext* ctx;
  Value array;
  uint32_t n = 0;
};

void collectCipher(const EVP_CIPHER*, const char* from, const char*, void* arg) {
  if (!from) return;
  auto* list = static_cast<NameList*>(arg);
  const EVP_CIPHER* legacy = EVP_get_cipherbyname(from);
  const char* canonical = legacy ? EVP_CIPHER_get0_name(legacy) : nullptr;
  if (!canonical) return;
  EVP_CIPHER* fetched = EVP_CIPHER_fetch(nullptr, canonical, nullptr);
  if (!fetched) return;
  EVP_CIPHER_free(fetched);
  list->array.set(list->n++, str(list->ctx, from));
}

Value getCiphers(Call& c) {
  ensureOpenSSL();
  NameList list{c.ctx(), array(c.ctx())};
  EVP_CIPHER_do_all_sorted(collectCipher, &list);
  ERR_clear_error();
  return list.array;
}

const char* modeName(const EVP_CIPHER* cipher) {
  if (EVP_CIPHER_get_flags(cipher) & EVP_CIPH_FLAG_AEAD_CIPHER && isChaChaPoly(cipher)) return "stream";
  switch (modeOf(cipher)) {
    case EVP_CIPH_CCM_MODE: return "ccm";
    case EVP_CIPH_CFB_MODE: return "cfb";
    case EVP_CIPH_CBC_MODE: return "cbc";
    case EVP_CIPH_CTR_MODE: return "ctr";
    case EVP_CIPH_ECB_MODE: return "ecb";
    case EVP_CIPH_GCM_MODE: return "gcm";
    case EVP_CIPH_OCB_MODE: return "ocb";
    case EVP_CIPH_OFB_MODE: return "ofb";
    case EVP_CIPH_STREAM_CIPHER: return "stream";
    case EVP_CIPH_WRAP_MODE: return "wrap";
    case EVP_CIPH_XTS_MODE: return "xts";
    case EVP_CIPH_SIV_MODE: return "siv";
    default: return nullptr;
  }
}

// getCipherInfo(target, nameOrNid, keyLength?, ivLength?)
Value getCipherInfo(Call& c) {
  JSContext* ctx = c.ctx();
  ensureOpenSSL();
  const EVP_CIPHER* cipher;
  if (c.arg(1).isString()) {
    cipher = cipherByName(c.string(1, "nameOrNid"));
  } else {
    cipher = EVP_get_cipherbynid(static_cast<int>(c.integer(1, "nameOrNid")));
    if (cipher) cipher = cipherByName(EVP_CIPHER_get0_name(cipher));
  }
  ERR_clear_error();
  if (!cipher) return undefined(ctx);
  int ivLength = EVP_CIPHER_get_iv_length(cipher);
  int keyLength = EVP_CIPHER_get_key_length(cipher);
  int mode = modeOf(cipher);
  if (c.has(2) || c.has(3)) {
    EVP_CIPHER_CTX* cctx = EVP_CIPHER_CTX_new();
    bool ok = cctx && EVP_CipherInit_ex(cctx, cipher, nullptr, nullptr, nullptr, 1) == 1;
    if (ok && c.has(2)) {
      int want = static_cast<int>(c.integer(2, "keyLength"));
      ok = want == keyLength || EVP_CIPHER_CTX_set_key_length(cctx, want) == 1;
      keyLength = want;
    }
    if (ok && c.has(3)) {
      int want = static_cast<int>(c.integer(3, "ivLength"));
      if (want != ivLength) {
        bool variable = mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_OCB_MODE;
        ok = variable && want > 0 && (mode != EVP_CIPH_CCM_MODE || (want >= 7 && want <= 13)) &&
             (mode != EVP_CIPH_OCB_MODE || want <= 15) &&
             EVP_CIPHER_CTX_ctrl(cctx, EVP_CTRL_AEAD_SET_IVLEN, want, nullptr) == 1;
      }
      ivLength = want;
    }
    EVP_CIPHER_CTX_free(cctx);
    ERR_clear_error();
    if (!ok) return undefined(ctx);
  }
  Value target = c.arg(0);
  if (const char* m = modeName(cipher)) target.set("mode", str(ctx, m));
  int nid = EVP_CIPHER_get_nid(cipher);
  const char* sn = nid != NID_undef ? OBJ_nid2sn(nid) : EVP_CIPHER_get0_name(cipher);
  std::string name = sn ? sn : "";
  for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  target.set("name", str(ctx, name));
  if (nid != NID_undef) target.set("nid", i64(ctx, nid));
  int block = EVP_CIPHER_get_block_size(cipher);
  if (mode != EVP_CIPH_STREAM_CIPHER && !isChaChaPoly(cipher)) target.set("blockSize", i64(ctx, block));
  if (ivLength != 0) target.set("ivLength", i64(ctx, ivLength));
  target.set("keyLength", i64(ctx, keyLength));
  return target;
}

}  // namespace

void registerCipher(JSContext* ctx, const Value& t) {
  using C = CipherBase;
  t.set("CipherBase", NativeClass<C>::define<&C::make>(ctx, "CipherBase", 1,
      {method<C, &C::initiv>("initiv", 4), method<C, &C::update>("update", 2), method<C, &C::final>("final", 0),
       method<C, &C::setAutoPadding>("setAutoPadding", 1), method<C, &C::getAuthTag>("getAuthTag", 0),
       method<C, &C::setAuthTag>("setAuthTag", 1), method<C, &C::setAAD>("setAAD", 2)}));
  setMethod<getCiphers>(ctx, t, "getCiphers", 0);
  setMethod<getCipherInfo>(ctx, t, "getCipherInfo", 4);
}

}  // namespace pjs::crypto

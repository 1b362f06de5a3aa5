// Asymmetric keys (EVP_PKEY) for the crypto binding: parsing PEM/DER (PKCS#1, PKCS#8 — also
// encrypted —, SPKI, SEC1, X.509 certificates for public keys), encoding them back, JWK import
// and export, and the facts KeyObject reports (type, details). All through OpenSSL 3's
// OSSL_DECODER/OSSL_ENCODER and key parameters; no deprecated per-algorithm API.
#pragma once
#include <openssl/evp.h>
#include <string>
#include "modules/crypto_util.h"

namespace pjs::crypto {

// Node's numbering (lib/internal/crypto/keys.js uses the same values).
enum KeyFormat { kKeyFormatDER = 0, kKeyFormatPEM = 1, kKeyFormatJWK = 2 };
enum KeyEncoding { kKeyEncodingPKCS1 = 0, kKeyEncodingPKCS8 = 1, kKeyEncodingSPKI = 2, kKeyEncodingSEC1 = 3 };

// An owned EVP_PKEY reference.
class PKey {
 public:
  PKey() = default;
  explicit PKey(EVP_PKEY* p) : p_(p) {}
  PKey(const PKey& o) : p_(o.p_) { if (p_) EVP_PKEY_up_ref(p_); }
  PKey(PKey&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
  PKey& operator=(PKey o) noexcept { std::swap(p_, o.p_); return *this; }
  ~PKey() { EVP_PKEY_free(p_); }
  EVP_PKEY* get() const { return p_; }
  explicit operator bool() const { return p_ != nullptr; }

 private:
  EVP_PKEY* p_ = nullptr;
};

// What a key argument says about its bytes.
struct KeyInput {
  ByteSpan data;
  int format = kKeyFormatPEM;
  int encoding = -1;           // KeyEncoding, or -1 when not given
  bool hasPassphrase = false;
  ByteSpan passphrase;
};

// Parse results: the key, or the OpenSSL error (0 when none was queued) to report.
struct ParsedKey {
  PKey key;
  unsigned long err = 0;
  bool needPassphrase = false;  // an encrypted key and no passphrase
};

ParsedKey parsePrivateKey(const KeyInput& in);
// A public key: SPKI or PKCS#1 public key, the key of an X.509 certificate (PEM), or the public
// half of a private key.
ParsedKey parsePublicKey(const KeyInput& in);

// Encodes `key` (its public half when !isPrivate) as PEM (text) or DER into `out`. `cipher`
// (may be null) and `passphrase` encrypt a private key. False with the OpenSSL error queued.
bool encodeKey(EVP_PKEY* key, bool isPrivate, int format, int encoding, const char* cipher,
               ByteSpan passphrase, std::string* out);

// "rsa", "rsa-pss", "dsa", "dh", "ec", "ed25519", "ed448", "x25519", "x448", or nullptr.
const char* asymmetricKeyType(EVP_PKEY* key);
// Fills `target` with KeyObject.asymmetricKeyDetails' fields (publicExponent as the bytes of
// the big-endian integer: lib/ makes the BigInt).
void keyDetails(JSContext* ctx, EVP_PKEY* key, const Value& target);
// JWK export into `target` (kty and the key's members, base64url); throws Node's
// ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE / _CURVE for what JWK cannot express.
void exportJwk(JSContext* ctx, EVP_PKEY* key, bool isPrivate, const Value& target);
// JWK import (RSA, EC, OKP); throws Node's ERR_CRYPTO_INVALID_JWK / ERR_CRYPTO_INVALID_CURVE
// when the members do not make a valid key.
PKey importJwk(JSContext* ctx, const Value& jwk, bool isPrivate);

}  // namespace pjs::crypto

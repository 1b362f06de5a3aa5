// internalBinding('crypto'): RSA encryption with a key (lib/internal/crypto/cipher.js's
// publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt).
//   publicEncrypt / publicDecrypt / privateEncrypt / privateDecrypt
//     (key, format, type, passphrase, buffer, padding, oaepHash?, oaepLabel?) → ArrayBuffer
// key: a KeyObjectHandle or PEM/DER bytes (crypto_keys.h). publicDecrypt and privateEncrypt are
// RSA's raw "sign"/"verify recover" primitives with the given padding, as in Node.
// PKCS#1 v1.5 private decryption needs OpenSSL's implicit rejection (3.2+); without it Node
// refuses the padding (the Marvin attack, CVE-2023-46809), and so do we.
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <vector>
#include "modules/crypto_keys.h"

namespace pjs::crypto {

namespace {

enum Operation { kPublicEncrypt, kPrivateDecrypt, kPrivateEncrypt, kPublicDecrypt };

template <Operation op>
Value rsaCipher(Call& c) {
  JSContext* ctx = c.ctx();
  bool needPrivate = op == kPrivateDecrypt || op == kPrivateEncrypt;
  PKey key = parseKeyArgs(c, 0, needPrivate);
  ByteSpan in;
  if (!viewBytes(c.raw(4), &in)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"buffer\" argument must be a buffer");
  int padding = static_cast<int>(c.integer(5, "padding"));
  const EVP_MD* oaepMd = nullptr;
  if (c.has(6)) {
    std::string name = c.string(6, "oaepHash");
    oaepMd = digestByName(name.c_str());
    if (!oaepMd) throwNative(ctx, ErrorKind::Error, "ERR_OSSL_EVP_INVALID_DIGEST", "Invalid digest used");
  }
  ByteSpan label;
  bool hasLabel = c.has(7) && viewBytes(c.raw(7), &label);

  EVP_PKEY_CTX* pctx = EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr);
  if (!pctx) throwOpenSSLError(ctx, ERR_get_error());
  struct Free { EVP_PKEY_CTX* p; ~Free() { EVP_PKEY_CTX_free(p); } } guard{pctx};
  int r;
  switch (op) {
    case kPublicEncrypt: r = EVP_PKEY_encrypt_init(pctx); break;
    case kPrivateDecrypt: r = EVP_PKEY_decrypt_init(pctx); break;
    case kPrivateEncrypt: r = EVP_PKEY_sign_init(pctx); break;
    default: r = EVP_PKEY_verify_recover_init(pctx); break;
  }
  if (r <= 0 || EVP_PKEY_CTX_set_rsa_padding(pctx, padding) <= 0) throwOpenSSLError(ctx, ERR_get_error());
  if (op == kPrivateDecrypt && padding == RSA_PKCS1_PADDING &&
      EVP_PKEY_CTX_ctrl_str(pctx, "rsa_pkcs1_implicit_rejection", "1") <= 0) {
    ERR_clear_error();
    throwNative(ctx, ErrorKind::TypeError, "ERR_INVALID_ARG_VALUE",
                "RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with "
                "--security-revert=CVE-2023-46809");
  }
  if (padding == RSA_PKCS1_OAEP_PADDING) {
    if (oaepMd && EVP_PKEY_CTX_set_rsa_oaep_md(pctx, oaepMd) <= 0) throwOpenSSLError(ctx, ERR_get_error());
    if (hasLabel && label.size > 0) {
      // OpenSSL takes ownership of the label.
      void* copy = OPENSSL_memdup(label.data, label.size);
      if (!copy || EVP_PKEY_CTX_set0_rsa_oaep_label(pctx, copy, static_cast<int>(label.size)) <= 0) {
        OPENSSL_free(copy);
        throwOpenSSLError(ctx, ERR_get_error());
      }
    }
  }
  static const uint8_t kEmpty[1] = {0};
  const uint8_t* data = in.size ? in.data : kEmpty;
  size_t outLen = 0;
  auto run = [&](uint8_t* out, size_t* len) {
    switch (op) {
      case kPublicEncrypt: return EVP_PKEY_encrypt(pctx, out, len, data, in.size);
      case kPrivateDecrypt: return EVP_PKEY_decrypt(pctx, out, len, data, in.size);
      case kPrivateEncrypt: return EVP_PKEY_sign(pctx, out, len, data, in.size);
      default: return EVP_PKEY_verify_recover(pctx, out, len, data, in.size);
    }
  };
  if (run(nullptr, &outLen) <= 0) throwOpenSSLError(ctx, ERR_get_error());
  std::vector<uint8_t> out(outLen ? outLen : 1);
  if (run(out.data(), &outLen) <= 0) throwOpenSSLError(ctx, ERR_get_error());
  return encodeOutput(ctx, out.data(), outLen, kEncodingBuffer);
}

}  // namespace

void registerRsaCipher(JSContext* ctx, const Value& t) {
  setMethod<rsaCipher<kPublicEncrypt>>(ctx, t, "publicEncrypt", 8);
  setMethod<rsaCipher<kPrivateDecrypt>>(ctx, t, "privateDecrypt", 8);
  setMethod<rsaCipher<kPrivateEncrypt>>(ctx, t, "privateEncrypt", 8);
  setMethod<rsaCipher<kPublicDecrypt>>(ctx, t, "publicDecrypt", 8);
}

}  // namespace pjs::crypto

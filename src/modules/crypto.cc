// internalBinding('crypto'): the native half of node:crypto on OpenSSL 3. Each concern lives
// in its own file — crypto_hash.cc, crypto_hmac.cc, crypto_cipher.cc, crypto_rsa.cc,
// crypto_random.cc, crypto_prime.cc, crypto_keys.cc with crypto_pkey.cc, crypto_sign.cc,
// crypto_keygen.cc, crypto_ecdh.cc, crypto_kdf.cc; shared pieces in crypto_util.* — and this one
// assembles the binding and holds crypto.constants. Loading the binding initialises nothing in
// OpenSSL: that happens on the first operation.
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/opensslv.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
#ifndef OPENSSL_NO_ENGINE
#include <openssl/engine.h>
#endif
#include "core/environment.h"
#include "modules/crypto_util.h"

#ifndef RSA_SSLV23_PADDING
#define RSA_SSLV23_PADDING 2  // gone from OpenSSL 3's headers; Node still lists it
#endif

namespace pjs {

// Node's default TLS cipher list (its --tls-cipher-list default).
static const char kDefaultCoreCipherList[] =
    "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:"
    "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:"
    "DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:"
    "DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA";

// crypto.constants in Node's order (lib/ adds the defaultCipherList accessor).
static Value cryptoConstants(JSContext* ctx) {
  Value c(ctx, JS_NewObjectProto(ctx, JS_NULL));
  auto n = [&](const char* name, double v) { c.set(name, num(ctx, v)); };
  n("OPENSSL_VERSION_NUMBER", static_cast<double>(OPENSSL_VERSION_NUMBER));
#define OP(name) n(#name, static_cast<double>(static_cast<uint64_t>(name)));
  OP(SSL_OP_ALL) OP(SSL_OP_ALLOW_NO_DHE_KEX) OP(SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION)
  OP(SSL_OP_CIPHER_SERVER_PREFERENCE) OP(SSL_OP_CISCO_ANYCONNECT) OP(SSL_OP_COOKIE_EXCHANGE)
  OP(SSL_OP_CRYPTOPRO_TLSEXT_BUG) OP(SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS) OP(SSL_OP_LEGACY_SERVER_CONNECT)
  OP(SSL_OP_NO_COMPRESSION) OP(SSL_OP_NO_ENCRYPT_THEN_MAC) OP(SSL_OP_NO_QUERY_MTU)
  OP(SSL_OP_NO_RENEGOTIATION) OP(SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION) OP(SSL_OP_NO_SSLv2)
  OP(SSL_OP_NO_SSLv3) OP(SSL_OP_NO_TICKET) OP(SSL_OP_NO_TLSv1) OP(SSL_OP_NO_TLSv1_1)
  OP(SSL_OP_NO_TLSv1_2) OP(SSL_OP_NO_TLSv1_3) OP(SSL_OP_PRIORITIZE_CHACHA) OP(SSL_OP_TLS_ROLLBACK_BUG)
#ifndef OPENSSL_NO_ENGINE
  OP(ENGINE_METHOD_RSA) OP(ENGINE_METHOD_DSA) OP(ENGINE_METHOD_DH) OP(ENGINE_METHOD_RAND)
  OP(ENGINE_METHOD_EC) OP(ENGINE_METHOD_CIPHERS) OP(ENGINE_METHOD_DIGESTS) OP(ENGINE_METHOD_PKEY_METHS)
  OP(ENGINE_METHOD_PKEY_ASN1_METHS) OP(ENGINE_METHOD_ALL) OP(ENGINE_METHOD_NONE)
#endif
  OP(DH_CHECK_P_NOT_SAFE_PRIME) OP(DH_CHECK_P_NOT_PRIME) OP(DH_UNABLE_TO_CHECK_GENERATOR)
  OP(DH_NOT_SUITABLE_GENERATOR)
  OP(RSA_PKCS1_PADDING) OP(RSA_SSLV23_PADDING) OP(RSA_NO_PADDING) OP(RSA_PKCS1_OAEP_PADDING)
  OP(RSA_X931_PADDING) OP(RSA_PKCS1_PSS_PADDING)
#undef OP
  n("RSA_PSS_SALTLEN_DIGEST", RSA_PSS_SALTLEN_DIGEST);
  n("RSA_PSS_SALTLEN_MAX_SIGN", RSA_PSS_SALTLEN_MAX_SIGN);
  n("RSA_PSS_SALTLEN_AUTO", RSA_PSS_SALTLEN_AUTO);
  c.set("defaultCoreCipherList", str(ctx, kDefaultCoreCipherList));
  n("TLS1_VERSION", TLS1_VERSION);
  n("TLS1_1_VERSION", TLS1_1_VERSION);
  n("TLS1_2_VERSION", TLS1_2_VERSION);
  n("TLS1_3_VERSION", TLS1_3_VERSION);
  n("POINT_CONVERSION_COMPRESSED", POINT_CONVERSION_COMPRESSED);
  n("POINT_CONVERSION_UNCOMPRESSED", POINT_CONVERSION_UNCOMPRESSED);
  n("POINT_CONVERSION_HYBRID", POINT_CONVERSION_HYBRID);
  return c;
}

void init_crypto_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  crypto::registerHash(ctx, t);
  crypto::registerHmac(ctx, t);
  crypto::registerRandom(ctx, t);
  crypto::registerKeys(ctx, t);
  crypto::registerKdf(ctx, t);
  crypto::registerSign(ctx, t);
  crypto::registerKeygen(ctx, t);
  crypto::registerCipher(ctx, t);
  crypto::registerRsaCipher(ctx, t);
  crypto::registerEcdh(ctx, t);
  crypto::registerPrime(ctx, t);
  t.set("constants", cryptoConstants(ctx));
  t.set("openSSLVersion", str(ctx, OPENSSL_VERSION_TEXT));
}

}  // namespace pjs

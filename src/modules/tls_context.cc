// SecureContext (see tls_context.h). Method names, arguments and errors follow Node's native
// SecureContext, which lib/internal/tls/secure_context.js drives as Node's JS does.
#include "modules/tls_context.h"
#include <arpa/inet.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>
#include <vector>
#include "core/environment.h"
#include "modules/ssl_util.h"
#include "modules/tls_wrap.h"

namespace pjs {

using namespace ossl;

namespace {

// Session ticket keys live with the SSL_CTX (ex_data), so a connection that outlives its JS
// SecureContext still finds them. 48 bytes as Node's: name, HMAC-SHA256 key, AES-128-CBC key.
struct TicketKeys { unsigned char name[16], hmac[16], aes[16]; };

void freeTicketKeys(void*, void* ptr, CRYPTO_EX_DATA*, int, long, void*) { delete static_cast<TicketKeys*>(ptr); }

int ticketKeysIndex() {
  static int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, freeTicketKeys);
  return index;
}

TicketKeys* ticketKeys(SSL_CTX* ctx) { return static_cast<TicketKeys*>(SSL_CTX_get_ex_data(ctx, ticketKeysIndex())); }

int ticketKeyCallback(SSL* ssl, unsigned char* name, unsigned char* iv, EVP_CIPHER_CTX* ectx,
                      EVP_MAC_CTX* hctx, int enc) {
  TicketKeys* keys = ticketKeys(SSL_get_SSL_CTX(ssl));
  if (!keys) return -1;
  OSSL_PARAM params[2] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>("sha256"), 0),
                          OSSL_PARAM_construct_end()};
  if (enc) {
    std::memcpy(name, keys->name, sizeof keys->name);
    if (RAND_bytes(iv, 16) <= 0 ||
        EVP_EncryptInit_ex(ectx, EVP_aes_128_cbc(), nullptr, keys->aes, iv) <= 0 ||
        EVP_MAC_init(hctx, keys->hmac, sizeof keys->hmac, params) <= 0)
      return -1;
    return 1;
  }
  if (std::memcmp(name, keys->name, sizeof keys->name) != 0) return 0;  // unknown key: full handshake
  if (EVP_DecryptInit_ex(ectx, EVP_aes_128_cbc(), nullptr, keys->aes, iv) <= 0 ||
      EVP_MAC_init(hctx, keys->hmac, sizeof keys->hmac, params) <= 0)
    return -1;
  return 1;
}

// ---- trust stores ----

struct X509Deleter { void operator()(X509* x) const { X509_free(x); } };
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

std::vector<X509Ptr> readPemCerts(BIO* bio) {
  std::vector<X509Ptr> certs;
  while (X509* x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) certs.emplace_back(x);
  ERR_clear_error();
  return certs;
}

std::string pemOf(X509* x) {
  BioPtr out(BIO_new(BIO_s_mem()));
  PEM_write_bio_X509(out.get(), x);
  char* data = nullptr;
  long len = BIO_get_mem_data(out.get(), &data);
  std::string s(data ? data : "", len > 0 ? static_cast<size_t>(len) : 0);
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

// NODE_EXTRA_CA_CERTS, read once per process; a file that cannot be read is reported once on
// stderr, with Node's words.
const std::vector<std::string>& extraCertPems() {
  static std::vector<std::string> pems;
  static std::once_flag once;
  std::call_once(once, [] {
    const char* file = std::getenv("NODE_EXTRA_CA_CERTS");
    if (!file || !*file) return;
    ensureOpenSSL();
    BioPtr bio(BIO_new_file(file, "r"));
    if (!bio) {
      char buf[256];
      ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
      std::fprintf(stderr, "Warning: Ignoring extra certs from `%s`, load failed: %s\n", file, buf);
      ERR_clear_error();
      return;
    }
    for (auto& x : readPemCerts(bio.get())) pems.push_back(pemOf(x.get()));
  });
  return pems;
}

void addPems(X509_STORE* store, const std::vector<std::string>& pems) {
  for (const auto& pem : pems) {
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    for (auto& x : readPemCerts(bio.get())) X509_STORE_add_cert(store, x.get());
  }
  ERR_clear_error();
}

X509_STORE* buildSystemStore() {
  X509_STORE* store = X509_STORE_new();
  if (!store) throw std::bad_alloc();
  const char* dir = std::getenv(X509_get_default_cert_dir_env());
  if (!dir || !*dir) dir = X509_get_default_cert_dir();
  X509_STORE_load_path(store, dir);  // looked up lazily, by subject hash
  if (const char* file = std::getenv(X509_get_default_cert_file_env()); file && *file)
    X509_STORE_load_file(store, file);
  addPems(store, extraCertPems());
  ERR_clear_error();
  return store;
}

X509_STORE* systemStore() {
  static X509_STORE* store = nullptr;
  static std::once_flag once;
  std::call_once(once, [] { store = buildSystemStore(); });
  return store;
}

// tls.setDefaultCACertificates() replaces the default store of this thread's Environment.
struct DefaultStoreOverride {
  X509_STORE* store = nullptr;
  std::vector<std::string> pems;
  ~DefaultStoreOverride() { X509_STORE_free(store); }
};
thread_local DefaultStoreOverride defaultOverride;

X509_STORE* rootStore() { return defaultOverride.store ? defaultOverride.store : systemStore(); }

// A fresh store holding what the root store holds (for a context that adds to it).
X509_STORE* copyOfRootStore() {
  if (!defaultOverride.store) return buildSystemStore();
  X509_STORE* store = X509_STORE_new();
  if (!store) throw std::bad_alloc();
  addPems(store, defaultOverride.pems);
  return store;
}

int passwordCallback(char* buf, int size, int, void* u) {
  const auto* pass = static_cast<const std::optional<std::string>*>(u);
  if (!pass->has_value()) return 0;
  size_t len = (*pass)->size();
  if (len > static_cast<size_t>(size)) return -1;
  std::memcpy(buf, (*pass)->data(), len);
  return static_cast<int>(len);
}

int noPasswordCallback(char*, int, int, void*) { return 0; }

}  // namespace

X509_STORE* newRootStoreReference() {
  ensureOpenSSL();
  X509_STORE* store = rootStore();
  X509_STORE_up_ref(store);
  return store;
}

SecureContext::~SecureContext() {
  if (ctx_) SSL_CTX_free(ctx_);
}

SecureContext* SecureContext::from(JSContext* ctx, JSValueConst v) {
  (void)ctx;
  return static_cast<SecureContext*>(static_cast<NativeObject*>(JS_GetOpaque(v, NativeClass<SecureContext>::id())));
}

SSL_CTX* SecureContext::checked(Call& c) {
  if (!ctx_) throwError(c.ctx(), ErrorKind::Error, "ERR_TLS_INVALID_CONTEXT", "context must be a SecureContext");
  return ctx_;
}

X509_STORE* SecureContext::ownStore() {
  X509_STORE* store = SSL_CTX_get_cert_store(ctx_);
  if (store == rootStore() || store == systemStore()) {
    store = copyOfRootStore();
    SSL_CTX_set_cert_store(ctx_, store);
  }
  return store;
}

// init(secureProtocol, minVersion, maxVersion)
Value SecureContext::init(Call& c) {
  JSContext* ctx = c.ctx();
  ensureOpenSSL();
  int minVersion = static_cast<int>(c.integer(1, "minVersion"));
  int maxVersion = static_cast<int>(c.integer(2, "maxVersion"));
  const SSL_METHOD* method = TLS_method();
  if (JS_IsString(c.raw(0))) {
    // Node's method names: "<protocol>_method", "<protocol>_server_method", "<protocol>_client_method".
    std::string m = c.string(0), base = m;
    auto strip = [&](const char* suffix, const SSL_METHOD* side) {
      size_t n = std::strlen(suffix);
      if (base.size() > n && base.compare(base.size() - n, n, suffix) == 0) {
        base = base.substr(0, base.size() - n) + "_method";
        method = side;
      }
    };
    strip("_server_method", TLS_server_method());
    strip("_client_method", TLS_client_method());
    if (base == "SSLv2_method")
      throwTypeError(ctx, "ERR_TLS_INVALID_PROTOCOL_METHOD", "SSLv2 methods disabled");
    else if (base == "SSLv3_method")
      throwTypeError(ctx, "ERR_TLS_INVALID_PROTOCOL_METHOD", "SSLv3 methods disabled");
    else if (base == "SSLv23_method") { minVersion = 0; maxVersion = TLS1_2_VERSION; }
    else if (base == "TLS_method") { minVersion = 0; maxVersion = TLS1_3_VERSION; }
    else if (base == "TLSv1_method") minVersion = maxVersion = TLS1_VERSION;
    else if (base == "TLSv1_1_method") minVersion = maxVersion = TLS1_1_VERSION;
    else if (base == "TLSv1_2_method") minVersion = maxVersion = TLS1_2_VERSION;
    else throwTypeError(ctx, "ERR_TLS_INVALID_PROTOCOL_METHOD", "Unknown method: " + m);
  }
  if (ctx_) SSL_CTX_free(ctx_);
  ctx_ = SSL_CTX_new(method);
  if (!ctx_) throwCryptoError(ctx, 0, "SSL_CTX_new");
  // Node 24's OpenSSL defaults to security level 2 (2048-bit keys at least, no SHA-1
  // signatures); Debian's 3.0 library defaults to 1 without its system configuration.
  SSL_CTX_set_security_level(ctx_, 2);
  SSL_CTX_set_options(ctx_, SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 | SSL_OP_ALLOW_CLIENT_RENEGOTIATION);
  SSL_CTX_clear_mode(ctx_, SSL_MODE_NO_AUTO_CHAIN);
  // Idle connections give their 34 KB of record buffers back.
  SSL_CTX_set_mode(ctx_, SSL_MODE_RELEASE_BUFFERS);
  SSL_CTX_set_session_cache_mode(ctx_, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_SERVER |
                                           SSL_SESS_CACHE_NO_INTERNAL | SSL_SESS_CACHE_NO_AUTO_CLEAR);
  SSL_CTX_set_min_proto_version(ctx_, minVersion);
  SSL_CTX_set_max_proto_version(ctx_, maxVersion);
  auto* keys = new TicketKeys;
  if (RAND_bytes(keys->name, 16) <= 0 || RAND_bytes(keys->hmac, 16) <= 0 || RAND_bytes(keys->aes, 16) <= 0) {
    delete keys;
    throwError(ctx, ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Error generating ticket keys");
  }
  SSL_CTX_set_ex_data(ctx_, ticketKeysIndex(), keys);
  SSL_CTX_set_tlsext_ticket_key_evp_cb(ctx_, ticketKeyCallback);
  installConnectionCallbacks(ctx_);
  return undefined(ctx);
}

// setKey(pem, passphrase?)
Value SecureContext::setKey(Call& c) {
  SSL_CTX* sctx = checked(c);
  BioPtr bio = bioFromArg(c, 0, "key");
  std::optional<std::string> pass;
  if (JS_IsString(c.raw(1))) pass = c.string(1);
  ERR_clear_error();
  EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, passwordCallback, &pass);
  if (!key) throwCryptoError(c.ctx(), ERR_get_error(), "PEM_read_bio_PrivateKey");
  int ok = SSL_CTX_use_PrivateKey(sctx, key);
  EVP_PKEY_free(key);
  if (!ok) throwCryptoError(c.ctx(), ERR_get_error(), "SSL_CTX_use_PrivateKey");
  return undefined(c.ctx());
}

// A certificate and the chain that follows it: the certificate becomes the context's current
// one (keyed by its key type), the rest its chain.
static bool useCertificateChain(SSL_CTX* sctx, X509* leaf, STACK_OF(X509)* extra) {
  if (SSL_CTX_use_certificate(sctx, leaf) != 1) return false;
  if (SSL_CTX_clear_chain_certs(sctx) != 1) return false;
  for (int i = 0; extra && i < sk_X509_num(extra); ++i)
    if (SSL_CTX_add1_chain_cert(sctx, sk_X509_value(extra, i)) != 1) return false;
  return true;
}

// setCert(pem): the certificate followed by its chain.
Value SecureContext::setCert(Call& c) {
  SSL_CTX* sctx = checked(c);
  BioPtr bio = bioFromArg(c, 0, "cert");
  ERR_clear_error();
  X509Ptr leaf(PEM_read_bio_X509_AUX(bio.get(), nullptr, noPasswordCallback, nullptr));
  if (!leaf) throwCryptoError(c.ctx(), ERR_get_error(), "SSL_CTX_use_certificate_chain");
  STACK_OF(X509)* extra = sk_X509_new_null();
  while (X509* x = PEM_read_bio_X509(bio.get(), nullptr, noPasswordCallback, nullptr)) sk_X509_push(extra, x);
  unsigned long last = ERR_peek_last_error();
  if (last && !(ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_NO_START_LINE)) {
    sk_X509_pop_free(extra, X509_free);
    throwCryptoError(c.ctx(), ERR_get_error(), "SSL_CTX_use_certificate_chain");
  }
  ERR_clear_error();
  bool ok = useCertificateChain(sctx, leaf.get(), extra);
  sk_X509_pop_free(extra, X509_free);
  if (!ok) throwCryptoError(c.ctx(), ERR_get_error(), "SSL_CTX_use_certificate_chain");
  return undefined(c.ctx());
}

// addCACert(pem): every certificate in it becomes trusted and is named to clients as an
// acceptable issuer. Text that holds no certificate is ignored, as Node does.
Value SecureContext::addCACert(Call& c) {
  SSL_CTX* sctx = checked(c);
  BioPtr bio = bioFromArg(c, 0, "cert");
  for (auto& x : readPemCerts(bio.get())) {
    X509_STORE_add_cert(ownStore(), x.get());
    SSL_CTX_add_client_CA(sctx, x.get());
  }
  ERR_clear_error();
  return undefined(c.ctx());
}

Value SecureContext::addCRL(Call& c) {
  checked(c);
  BioPtr bio = bioFromArg(c, 0, "crl");
  X509_CRL* crl = PEM_read_bio_X509_CRL(bio.get(), nullptr, noPasswordCallback, nullptr);
  if (!crl) {
    ERR_clear_error();
    throwError(c.ctx(), ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to parse CRL");
  }
  X509_STORE* store = ownStore();
  X509_STORE_add_crl(store, crl);
  X509_STORE_set_flags(store, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
  X509_CRL_free(crl);
  return undefined(c.ctx());
}

Value SecureContext::addRootCerts(Call& c) {
  SSL_CTX_set_cert_store(checked(c), newRootStoreReference());
  return undefined(c.ctx());
}

Value SecureContext::setAllowPartialTrustChain(Call& c) {
  checked(c);
  X509_STORE_set_flags(ownStore(), X509_V_FLAG_PARTIAL_CHAIN);
  return undefined(c.ctx());
}

Value SecureContext::setCiphers(Call& c) {
  SSL_CTX* sctx = checked(c);
  std::string list = c.string(0, "ciphers");
  ERR_clear_error();
  if (!SSL_CTX_set_cipher_list(sctx, list.c_str())) {
    unsigned long err = ERR_get_error();
    // An empty TLS 1.2 list is how TLS 1.3-only cipher settings arrive.
    if (list.empty() && ERR_GET_REASON(err) == SSL_R_NO_CIPHER_MATCH) { ERR_clear_error(); return undefined(c.ctx()); }
    throwCryptoError(c.ctx(), err, "Failed to set ciphers");
  }
  return undefined(c.ctx());
}

Value SecureContext::setCipherSuites(Call& c) {
  SSL_CTX* sctx = checked(c);
  std::string list = c.string(0, "ciphers");
  ERR_clear_error();
  if (!SSL_CTX_set_ciphersuites(sctx, list.c_str())) throwCryptoError(c.ctx(), ERR_get_error(), "Failed to set ciphers");
  return undefined(c.ctx());
}

Value SecureContext::setECDHCurve(Call& c) {
  SSL_CTX* sctx = checked(c);
  std::string curve = c.string(0, "curve");
  if (curve == "auto") return undefined(c.ctx());
  ERR_clear_error();
  if (!SSL_CTX_set1_groups_list(sctx, curve.c_str())) {
    ERR_clear_error();
    throwError(c.ctx(), ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to set ECDH curve");
  }
  return undefined(c.ctx());
}

// setDHParam(true | pem): 'auto' picks parameters by key size; invalid PEM is ignored, as
// Node does. Returns a warning for parameters under 2048 bits.
Value SecureContext::setDHParam(Call& c) {
  SSL_CTX* sctx = checked(c);
  JSContext* ctx = c.ctx();
  if (JS_IsBool(c.raw(0)) && c.boolean(0)) {
    SSL_CTX_set_dh_auto(sctx, 1);
    return undefined(ctx);
  }
  BioPtr bio = bioFromArg(c, 0, "dhparam");
  EVP_PKEY* dh = PEM_read_bio_Parameters(bio.get(), nullptr);
  ERR_clear_error();
  if (!dh) return undefined(ctx);
  if (EVP_PKEY_get_base_id(dh) != EVP_PKEY_DH) { EVP_PKEY_free(dh); return undefined(ctx); }
  int bits = EVP_PKEY_get_bits(dh);
  if (bits < 1024) {
    EVP_PKEY_free(dh);
    throwTypeError(ctx, "ERR_INVALID_ARG_VALUE", "DH parameter is less than 1024 bits");
  }
  Value warning = bits < 2048 ? str(ctx, "DH parameter is less than 2048 bits") : undefined(ctx);
  if (!SSL_CTX_set0_tmp_dh_pkey(sctx, dh)) {
    EVP_PKEY_free(dh);
    ERR_clear_error();
    throwError(ctx, ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Error setting temp DH parameter");
  }
  return warning;
}

Value SecureContext::setSigalgs(Call& c) {
  SSL_CTX* sctx = checked(c);
  std::string list = c.string(0, "sigalgs");
  ERR_clear_error();
  if (!SSL_CTX_set1_sigalgs_list(sctx, list.c_str())) throwCryptoError(c.ctx(), ERR_get_error());
  return undefined(c.ctx());
}

Value SecureContext::setOptions(Call& c) {
  SSL_CTX_set_options(checked(c), static_cast<uint64_t>(c.integer(0, "options")));
  return undefined(c.ctx());
}

Value SecureContext::setSessionIdContext(Call& c) {
  SSL_CTX* sctx = checked(c);
  std::string id = c.string(0, "sessionIdContext");
  ERR_clear_error();
  if (SSL_CTX_set_session_id_context(sctx, reinterpret_cast<const unsigned char*>(id.data()),
                                     static_cast<unsigned>(id.size())) == 1)
    return undefined(c.ctx());
  BioPtr bio(BIO_new(BIO_s_mem()));
  ERR_print_errors(bio.get());
  char* data = nullptr;
  long len = BIO_get_mem_data(bio.get(), &data);
  std::string message = len > 0 ? std::string(data, static_cast<size_t>(len)) : "SSL_CTX_set_session_id_context error";
  throwTypeError(c.ctx(), nullptr, message);
}

Value SecureContext::setSessionTimeout(Call& c) {
  SSL_CTX_set_timeout(checked(c), static_cast<long>(c.integer(0, "timeout")));
  return undefined(c.ctx());
}

// loadPKCS12(pfx, passphrase?): key, certificate and chain; the chain's certificates are also
// trusted, as Node does. Failures throw OpenSSL's reason as the message.
Value SecureContext::loadPKCS12(Call& c) {
  SSL_CTX* sctx = checked(c);
  JSContext* ctx = c.ctx();
  Bytes pfx = bytesArg(c, 0, "pfx");
  std::string pass;
  bool hasPass = c.has(1);
  if (hasPass) {
    Bytes p = bytesArg(c, 1, "passphrase");
    pass.assign(reinterpret_cast<const char*>(p.data), p.length);
  }
  ERR_clear_error();
  BioPtr bio(BIO_new_mem_buf(pfx.data, static_cast<int>(pfx.length)));
  PKCS12* p12 = d2i_PKCS12_bio(bio.get(), nullptr);
  EVP_PKEY* key = nullptr;
  X509* cert = nullptr;
  STACK_OF(X509)* extra = nullptr;
  bool ok = p12 && PKCS12_parse(p12, hasPass ? pass.c_str() : nullptr, &key, &cert, &extra) &&
            cert && useCertificateChain(sctx, cert, extra) && key && SSL_CTX_use_PrivateKey(sctx, key);
  if (ok) {
    for (int i = 0; extra && i < sk_X509_num(extra); ++i) {
      X509_STORE_add_cert(ownStore(), sk_X509_value(extra, i));
      SSL_CTX_add_client_CA(sctx, sk_X509_value(extra, i));
    }
  }
  unsigned long err = ok ? 0 : ERR_get_error();
  PKCS12_free(p12);
  EVP_PKEY_free(key);
  X509_free(cert);
  sk_X509_pop_free(extra, X509_free);
  ERR_clear_error();
  if (!ok) {
    const char* reason = ERR_reason_error_string(err);
    JS_Throw(ctx, makePlainError(ctx, reason ? reason : "Unknown error").release());
    throw JsThrow{};
  }
  return undefined(ctx);
}

Value SecureContext::getTicketKeys(Call& c) {
  TicketKeys* keys = ticketKeys(checked(c));
  if (!keys) return undefined(c.ctx());
  uint8_t out[48];
  std::memcpy(out, keys->name, 16);
  std::memcpy(out + 16, keys->hmac, 16);
  std::memcpy(out + 32, keys->aes, 16);
  return bytes(c.ctx(), out, sizeof out);
}

Value SecureContext::setTicketKeys(Call& c) {
  TicketKeys* keys = ticketKeys(checked(c));
  Bytes b = bytesArg(c, 0, "keys");
  if (!keys || b.length != 48)
    throwTypeError(c.ctx(), "ERR_INVALID_ARG_VALUE", "Session ticket keys must be a 48-byte buffer");
  std::memcpy(keys->name, b.data, 16);
  std::memcpy(keys->hmac, b.data + 16, 16);
  std::memcpy(keys->aes, b.data + 32, 16);
  return undefined(c.ctx());
}

Value SecureContext::setMinProto(Call& c) {
  SSL_CTX_set_min_proto_version(checked(c), static_cast<int>(c.integer(0, "version")));
  return undefined(c.ctx());
}

Value SecureContext::setMaxProto(Call& c) {
  SSL_CTX_set_max_proto_version(checked(c), static_cast<int>(c.integer(0, "version")));
  return undefined(c.ctx());
}

Value SecureContext::getMinProto(Call& c) { return num(c.ctx(), SSL_CTX_get_min_proto_version(checked(c))); }
Value SecureContext::getMaxProto(Call& c) { return num(c.ctx(), SSL_CTX_get_max_proto_version(checked(c))); }

// The current certificate (DER), or null.
Value SecureContext::getCertificate(Call& c) {
  X509* x = SSL_CTX_get0_certificate(checked(c));
  if (!x) return null(c.ctx());
  return derBytes(c.ctx(), x, [](X509* v, unsigned char** p) { return i2d_X509(v, p); });
}

// The issuer of the current certificate (DER) — from its chain or the trust store — or null.
Value SecureContext::getIssuer(Call& c) {
  SSL_CTX* sctx = checked(c);
  X509* cert = SSL_CTX_get0_certificate(sctx);
  if (!cert) return null(c.ctx());
  STACK_OF(X509)* chain = nullptr;
  SSL_CTX_get0_chain_certs(sctx, &chain);
  X509Ptr issuer;
  for (int i = 0; chain && i < sk_X509_num(chain) && !issuer; ++i) {
    X509* candidate = sk_X509_value(chain, i);
    if (X509_check_issued(candidate, cert) == X509_V_OK) {
      X509_up_ref(candidate);
      issuer.reset(candidate);
    }
  }
  if (!issuer) {
    X509_STORE_CTX* sc = X509_STORE_CTX_new();
    X509* found = nullptr;
    if (sc && X509_STORE_CTX_init(sc, SSL_CTX_get_cert_store(sctx), nullptr, nullptr) == 1 &&
        X509_STORE_CTX_get1_issuer(&found, sc, cert) == 1)
      issuer.reset(found);
    X509_STORE_CTX_free(sc);
  }
  ERR_clear_error();
  if (!issuer) return null(c.ctx());
  return derBytes(c.ctx(), issuer.get(), [](X509* v, unsigned char** p) { return i2d_X509(v, p); });
}

Value SecureContext::close(Call& c) {
  if (ctx_) SSL_CTX_free(ctx_);
  ctx_ = nullptr;
  return undefined(c.ctx());
}

static SecureContext* makeSecureContext(Call& c) { return new SecureContext(c.env()); }

void defineSecureContext(JSContext* ctx, const Value& target) {
  using S = SecureContext;
  target.set("SecureContext", NativeClass<S>::define<makeSecureContext>(ctx, "SecureContext", 0, {
      method<S, &S::init>("init", 3), method<S, &S::setKey>("setKey", 2),
      method<S, &S::setCert>("setCert", 1), method<S, &S::addCACert>("addCACert", 1),
      method<S, &S::addCRL>("addCRL", 1), method<S, &S::addRootCerts>("addRootCerts", 0),
      method<S, &S::setAllowPartialTrustChain>("setAllowPartialTrustChain", 0),
      method<S, &S::setCiphers>("setCiphers", 1), method<S, &S::setCipherSuites>("setCipherSuites", 1),
      method<S, &S::setECDHCurve>("setECDHCurve", 1), method<S, &S::setDHParam>("setDHParam", 1),
      method<S, &S::setSigalgs>("setSigalgs", 1), method<S, &S::setOptions>("setOptions", 1),
      method<S, &S::setSessionIdContext>("setSessionIdContext", 1),
      method<S, &S::setSessionTimeout>("setSessionTimeout", 1),
      method<S, &S::loadPKCS12>("loadPKCS12", 2), method<S, &S::getTicketKeys>("getTicketKeys", 0),
      method<S, &S::setTicketKeys>("setTicketKeys", 1), method<S, &S::setMinProto>("setMinProto", 1),
      method<S, &S::setMaxProto>("setMaxProto", 1), method<S, &S::getMinProto>("getMinProto", 0),
      method<S, &S::getMaxProto>("getMaxProto", 0), method<S, &S::getCertificate>("getCertificate", 0),
      method<S, &S::getIssuer>("getIssuer", 0),
      method<S, &S::close>("close", 0),
  }));
}

// ---- binding helpers ----

static Value pemArray(JSContext* ctx, const std::vector<std::string>& pems) {
  Value arr = array(ctx);
  for (uint32_t i = 0; i < pems.size(); ++i) arr.set(i, str(ctx, pems[i]));
  return arr;
}

// The certificates of the system bundle (SSL_CERT_FILE or OpenSSL's default file,
// /etc/ssl/certs/ca-certificates.crt on Debian) as PEM strings.
static Value getRootCertificates(Call& c) {
  ensureOpenSSL();
  const char* file = std::getenv(X509_get_default_cert_file_env());
  if (!file || !*file) file = X509_get_default_cert_file();
  std::vector<std::string> pems;
  if (BioPtr bio{BIO_new_file(file, "r")}) {
    for (auto& x : readPemCerts(bio.get())) pems.push_back(pemOf(x.get()));
  }
  ERR_clear_error();
  return pemArray(c.ctx(), pems);
}

static Value getExtraCACertificates(Call& c) { return pemArray(c.ctx(), extraCertPems()); }

// setDefaultCACertificates([pem | view, …]): the default store of this thread becomes exactly
// these certificates. Returns the PEM of each certificate kept.
static Value setDefaultCACertificates(Call& c) {
  ensureOpenSSL();
  JSContext* ctx = c.ctx();
  Value list = c.arg(0);
  int64_t n = list.get("length").toInt64(0);
  X509_STORE* store = X509_STORE_new();
  if (!store) throw std::bad_alloc();
  std::vector<std::string> pems;
  for (int64_t i = 0; i < n; ++i) {
    Value item = list.get(static_cast<uint32_t>(i));
    BioPtr bio;
    if (item.isString()) {
      std::string s = item.toString();
      bio.reset(BIO_new(BIO_s_mem()));
      BIO_write(bio.get(), s.data(), static_cast<int>(s.size()));
    } else {
      Bytes b = viewOf(ctx, item.get());
      bio.reset(BIO_new(BIO_s_mem()));
      if (b.length) BIO_write(bio.get(), b.data, static_cast<int>(b.length));
    }
    for (auto& x : readPemCerts(bio.get())) {
      X509_STORE_add_cert(store, x.get());
      pems.push_back(pemOf(x.get()));
    }
  }
  ERR_clear_error();
  X509_STORE_free(defaultOverride.store);
  defaultOverride.store = store;
  defaultOverride.pems = pems;
  return pemArray(ctx, pems);
}

// The cipher names of a default context (TLS 1.2 and below) and the TLS 1.3 suites, as Node
// lists them before lower-casing and sorting.
static Value getSSLCiphers(Call& c) {
  ensureOpenSSL();
  JSContext* ctx = c.ctx();
  Value arr = array(ctx);
  uint32_t n = 0;
  SSL_CTX* sctx = SSL_CTX_new(TLS_method());
  SSL* ssl = sctx ? SSL_new(sctx) : nullptr;
  if (ssl) {
    STACK_OF(SSL_CIPHER)* ciphers = SSL_get_ciphers(ssl);
    for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); ++i)
      arr.set(n++, str(ctx, SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i))));
  }
  SSL_free(ssl);
  SSL_CTX_free(sctx);
  for (const char* s : {"tls_aes_256_gcm_sha384", "tls_chacha20_poly1305_sha256", "tls_aes_128_gcm_sha256",
                        "tls_aes_128_ccm_8_sha256", "tls_aes_128_ccm_sha256"})
    arr.set(n++, str(ctx, s));
  ERR_clear_error();
  return arr;
}

// canonicalizeIP(text): the address in its canonical form ('::1', '127.0.0.1'), or undefined.
static Value canonicalizeIP(Call& c) {
  std::string ip = c.string(0, "ip");
  unsigned char buf[sizeof(struct in6_addr)];
  char out[INET6_ADDRSTRLEN];
  if (inet_pton(AF_INET, ip.c_str(), buf) == 1 && inet_ntop(AF_INET, buf, out, sizeof out))
    return str(c.ctx(), out);
  if (inet_pton(AF_INET6, ip.c_str(), buf) == 1 && inet_ntop(AF_INET6, buf, out, sizeof out))
    return str(c.ctx(), out);
  return undefined(c.ctx());
}

// digestHex(algorithm, string): the hex digest of the UTF-8 string (a server's default
// sessionIdContext is the SHA-1 of the command line, as Node's).
static Value digestHex(Call& c) {
  ensureOpenSSL();
  std::string algorithm = c.string(0, "algorithm");
  std::string data = c.string(1, "data");
  const EVP_MD* md = EVP_get_digestbyname(algorithm.c_str());
  if (!md) throwError(c.ctx(), ErrorKind::Error, "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + algorithm);
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (!EVP_Digest(data.data(), data.size(), out, &n, md, nullptr)) throwCryptoError(c.ctx());
  static const char hex[] = "0123456789abcdef";
  std::string s;
  for (unsigned i = 0; i < n; ++i) { s += hex[out[i] >> 4]; s += hex[out[i] & 15]; }
  return str(c.ctx(), s);
}

void defineTlsHelpers(JSContext* ctx, const Value& target) {
  setMethod<digestHex>(ctx, target, "digestHex", 2);
  setMethod<getRootCertificates>(ctx, target, "getRootCertificates", 0);
  setMethod<getExtraCACertificates>(ctx, target, "getExtraCACertificates", 0);
  setMethod<setDefaultCACertificates>(ctx, target, "setDefaultCACertificates", 1);
  setMethod<getSSLCiphers>(ctx, target, "getSSLCiphers", 0);
  setMethod<canonicalizeIP>(ctx, target, "canonicalizeIP", 1);
}

}  // namespace pjs

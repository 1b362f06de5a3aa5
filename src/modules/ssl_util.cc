#include "modules/ssl_util.h"
#include "engine/qjs_bytes.h"
#include <openssl/conf.h>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

namespace pjs {

void ensureOpenSSL() {
  static std::once_flag once;
  std::call_once(once, [] {
    OPENSSL_INIT_SETTINGS* settings = OPENSSL_INIT_new();
    OPENSSL_INIT_set_config_appname(settings, "nodejs_conf");
    OPENSSL_INIT_set_config_file_flags(settings, CONF_MFLAGS_IGNORE_MISSING_FILE);
    // No atexit cleanup: exit() must not free the library while libuv's pool threads may
    // still be running crypto jobs (a process.exit() during randomBytes/pbkdf2 …).
    OPENSSL_init_ssl(OPENSSL_INIT_LOAD_CONFIG | OPENSSL_INIT_NO_ATEXIT, settings);
    OPENSSL_INIT_free(settings);
    ERR_clear_error();
  });
}

Value makePlainError(JSContext* ctx, const std::string& message, const char* code) {
  Value global(ctx, JS_GetGlobalObject(ctx));
  Value ctor = global.get("Error");
  Value msg = str(ctx, message);
  JSValue argv[1] = {msg.get()};
  Value err(ctx, JS_CallConstructor(ctx, ctor.get(), 1, argv));
  if (err.isException()) throw JsThrow{};
  if (code) err.set("code", str(ctx, code));
  return err;
}

static const char* libCodePrefix(int lib) {
  switch (lib) {
#define PJS_LIB(name) case ERR_LIB_##name: return #name "_";
    PJS_LIB(SYS) PJS_LIB(BN) PJS_LIB(RSA) PJS_LIB(DH) PJS_LIB(EVP) PJS_LIB(BUF) PJS_LIB(OBJ)
    PJS_LIB(PEM) PJS_LIB(DSA) PJS_LIB(X509) PJS_LIB(ASN1) PJS_LIB(CONF) PJS_LIB(CRYPTO)
    PJS_LIB(EC) PJS_LIB(SSL) PJS_LIB(BIO) PJS_LIB(PKCS7) PJS_LIB(X509V3) PJS_LIB(PKCS12)
    PJS_LIB(RAND) PJS_LIB(DSO) PJS_LIB(ENGINE) PJS_LIB(OCSP) PJS_LIB(UI) PJS_LIB(COMP)
    PJS_LIB(ECDSA) PJS_LIB(ECDH) PJS_LIB(OSSL_STORE) PJS_LIB(FIPS) PJS_LIB(CMS) PJS_LIB(TS)
    PJS_LIB(HMAC) PJS_LIB(CT) PJS_LIB(ASYNC) PJS_LIB(KDF) PJS_LIB(SM2) PJS_LIB(USER)
#undef PJS_LIB
    default: return "";
  }
}

static std::string upperCode(const char* reason) {
  std::string code = reason;
  for (auto& ch : code) ch = ch == ' ' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return code;
}

static std::string errorString(unsigned long err) {
  char buf[256];
  ERR_error_string_n(err, buf, sizeof buf);
  return buf;
}

Value makeCryptoError(JSContext* ctx, unsigned long err, const char* fallback) {
  if (err == 0) err = ERR_get_error();
  std::vector<std::string> rest;
  while (unsigned long e = ERR_get_error()) rest.push_back(errorString(e));
  std::string message = err == 0 && fallback ? fallback : errorString(err);
  Value error = makePlainError(ctx, message);
  if (!rest.empty()) {
    Value stack = array(ctx);
    for (uint32_t i = 0; i < rest.size(); ++i) stack.set(i, str(ctx, rest[i]));
    error.set("opensslErrorStack", stack);
  }
  if (err != 0) {
    if (const char* lib = ERR_lib_error_string(err)) error.set("library", str(ctx, lib));
    if (const char* reason = ERR_reason_error_string(err)) {
      error.set("reason", str(ctx, reason));
      std::string prefix = libCodePrefix(ERR_GET_LIB(err));
      if (prefix == "SSL_") error.set("code", str(ctx, "ERR_SSL_" + upperCode(reason)));
      else error.set("code", str(ctx, "ERR_OSSL_" + prefix + upperCode(reason)));
    }
  }
  return error;
}

void throwCryptoError(JSContext* ctx, unsigned long err, const char* fallback) {
  Value e = makeCryptoError(ctx, err, fallback);
  JS_Throw(ctx, e.release());
  throw JsThrow{};
}

Value makeSslError(JSContext* ctx) {
  unsigned long first = ERR_peek_error();
  ossl::BioPtr bio(BIO_new(BIO_s_mem()));
  ERR_print_errors(bio.get());
  char* data = nullptr;
  long len = BIO_get_mem_data(bio.get(), &data);
  Value error = makePlainError(ctx, std::string(data ? data : "", len > 0 ? static_cast<size_t>(len) : 0));
  if (first != 0) {
    if (const char* lib = ERR_lib_error_string(first)) error.set("library", str(ctx, lib));
    if (const char* reason = ERR_reason_error_string(first)) {
      error.set("reason", str(ctx, reason));
      error.set("code", str(ctx, "ERR_SSL_" + upperCode(reason)));
    }
  }
  ERR_clear_error();
  return error;
}

namespace ossl {

Bytes viewOf(JSContext*, JSValueConst v) {
  uint8_t* p = nullptr;
  size_t n = 0;
  if (pjs_view_bytes(v, &p, &n) < 0) return {};
  static const uint8_t empty = 0;
  return {p ? p : &empty, p ? n : 0};
}

Bytes bytesArg(Call& c, int index, const char* name) {
  Bytes b = viewOf(c.ctx(), c.raw(index));
  if (!b.data)
    throwTypeError(c.ctx(), "ERR_INVALID_ARG_TYPE",
                   std::string("The \"") + name + "\" argument must be an instance of Buffer, TypedArray, or DataView.");
  return b;
}

BioPtr bioFromArg(Call& c, int index, const char* name) {
  JSContext* ctx = c.ctx();
  if (JS_IsString(c.raw(index))) {
    size_t len = 0;
    const char* s = JS_ToCStringLen(ctx, &len, c.raw(index));
    if (!s) throw JsThrow{};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (bio) BIO_write(bio.get(), s, static_cast<int>(len));
    JS_FreeCString(ctx, s);
    if (!bio) throw std::bad_alloc();
    return bio;
  }
  Bytes b = bytesArg(c, index, name);
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (!bio) throw std::bad_alloc();
  if (b.length) BIO_write(bio.get(), b.data, static_cast<int>(b.length));
  return bio;
}

uint8_t* ByteBuffer::reserve(size_t n) {
  if (capacity_ - size_ < n) {
    size_t cap = capacity_ ? capacity_ : 1024;
    while (cap - size_ < n) cap *= 2;
    auto* p = static_cast<uint8_t*>(std::realloc(data_, cap));
    if (!p) throw std::bad_alloc();
    data_ = p;
    capacity_ = cap;
  }
  return data_ + size_;
}

void ByteBuffer::append(const void* p, size_t n) {
  if (!n) return;
  std::memcpy(reserve(n), p, n);
  size_ += n;
}

Value ByteBuffer::take(JSContext* ctx) {
  uint8_t* d = data_;
  size_t n = size_;
  data_ = nullptr;
  size_ = capacity_ = 0;
  return adoptBytes(ctx, d, n);
}

static void freeAdopted(JSRuntime*, void*, void* ptr) { std::free(ptr); }

Value adoptBytes(JSContext* ctx, uint8_t* data, size_t len) {
  Value ab(ctx, JS_NewArrayBuffer(ctx, data, len, freeAdopted, nullptr, false));
  if (ab.isException()) { std::free(data); throw JsThrow{}; }
  JSValue args[3] = {ab.get(), JS_NewInt32(ctx, 0), JS_NewInt64(ctx, static_cast<int64_t>(len))};
  Value u8(ctx, JS_NewTypedArray(ctx, 3, args, JS_TYPED_ARRAY_UINT8));
  if (u8.isException()) throw JsThrow{};
  return u8;
}

}  // namespace ossl
}  // namespace pjs

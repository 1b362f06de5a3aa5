// internalBinding('crypto'): randomness and constant-time comparison (lib/internal/crypto/random.js).
//   randomFill(buffer, offset, size, callback?)  fills buffer[offset, offset + size) (bytes of any
//       ArrayBuffer or view) from OpenSSL's CSPRNG. Synchronously in place; with a callback the
//       bytes are drawn on libuv's thread pool into a separate block and copied in on the loop
//       (so a buffer detached meanwhile is never written), then callback(err | null).
//   timingSafeEqual(a, b)  CRYPTO_memcmp over two views of the same byte length
//   uuidString(bytes, offset, version)  stamps the version and the RFC 9562 variant into the 16
//       random bytes at `offset` of a Uint8Array and returns them as a UUID string
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include <climits>
#include <cstring>
#include "modules/crypto_util.h"
#include "modules/ssl_util.h"
#include "qjs_bytes.h"

namespace pjs::crypto {

namespace {

bool randomBytes(uint8_t* p, size_t n) {
  while (n > 0) {
    int chunk = n > INT_MAX ? INT_MAX : static_cast<int>(n);
    if (RAND_bytes(p, chunk) != 1) return false;
    p += chunk;
    n -= static_cast<size_t>(chunk);
  }
  return true;
}

struct Range {
  uint8_t* data;
  size_t offset, size;
};

Range rangeOf(Call& c) {
  JSContext* ctx = c.ctx();
  ByteSpan view;
  if (!viewBytes(c.raw(0), &view))
    throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"buf\" argument must be an instance of ArrayBuffer or ArrayBufferView.");
  int64_t offset = c.integer(1, "offset"), size = c.integer(2, "size");
  if (offset < 0 || size < 0 || static_cast<uint64_t>(offset) + static_cast<uint64_t>(size) > view.size)
    throwRangeError(ctx, "ERR_OUT_OF_RANGE", "The value of \"size + offset\" is out of range.");
  return {const_cast<uint8_t*>(view.data), static_cast<size_t>(offset), static_cast<size_t>(size)};
}

class RandomFillJob final : public CryptoJob {
 public:
  RandomFillJob(Value target, size_t offset, size_t size) : target_(std::move(target)), offset_(offset), size_(size) {}

 protected:
  void run() override {
    bytes_ = ByteSource::allocate(size_);
    if (!randomBytes(bytes_.data(), size_)) fail();
  }
  Value result(JSContext* ctx) override {
    ByteSpan view;
    if (viewBytes(target_.get(), &view) && offset_ + size_ <= view.size && size_ > 0)
      std::memcpy(const_cast<uint8_t*>(view.data) + offset_, bytes_.data(), size_);
    return undefined(ctx);
  }

 private:
  Value target_;
  size_t offset_, size_;
  ByteSource bytes_;
};

Value randomFill(Call& c) {
  JSContext* ctx = c.ctx();
  ensureOpenSSL();
  Range r = rangeOf(c);
  if (c.arg(3).isFunction()) return CryptoJob::start(c, 3, std::make_unique<RandomFillJob>(c.arg(0), r.offset, r.size));
  if (r.size && !randomBytes(r.data + r.offset, r.size)) throwOpenSSLError(ctx, ERR_get_error());
  return undefined(ctx);
}

Value timingSafeEqual(Call& c) {
  JSContext* ctx = c.ctx();
  ByteSpan a, b;
  if (!viewBytes(c.raw(0), &a))
    throwNative(ctx, ErrorKind::TypeError, "ERR_INVALID_ARG_TYPE",
                "The \"buf1\" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.");
  if (!viewBytes(c.raw(1), &b))
    throwNative(ctx, ErrorKind::TypeError, "ERR_INVALID_ARG_TYPE",
                "The \"buf2\" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.");
  if (a.size != b.size)
    throwNative(ctx, ErrorKind::RangeError, "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH",
                "Input buffers must have the same byte length");
  return boolean(ctx, a.size == 0 || CRYPTO_memcmp(a.data, b.data, a.size) == 0);
}

Value uuidString(Call& c) {
  JSContext* ctx = c.ctx();
  ByteSpan view;
  if (!viewBytes(c.raw(0), &view)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "bytes must be a buffer");
  int64_t offset = c.integer(1, "offset"), version = c.integer(2, "version");
  if (offset < 0 || static_cast<uint64_t>(offset) + 16 > view.size)
    throwRangeError(ctx, "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range.");
  uint8_t* b = const_cast<uint8_t*>(view.data) + offset;
  b[6] = static_cast<uint8_t>((b[6] & 0x0f) | ((version & 0x0f) << 4));
  b[8] = static_cast<uint8_t>((b[8] & 0x3f) | 0x80);
  static const char hex[] = "0123456789abcdef";
  uint8_t* out;
  Value s(ctx, pjs_new_string8(ctx, 36, &out));
  if (s.isException()) throw JsThrow{};
  for (int i = 0, o = 0; i < 16; i++) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out[o++] = '-';
    out[o++] = static_cast<uint8_t>(hex[b[i] >> 4]);
    out[o++] = static_cast<uint8_t>(hex[b[i] & 0x0f]);
  }
  return s;
}

}  // namespace

void registerRandom(JSContext* ctx, const Value& t) {
  setMethod<randomFill>(ctx, t, "randomFill", 4);
  setMethod<timingSafeEqual>(ctx, t, "timingSafeEqual", 2);
  setMethod<uuidString>(ctx, t, "uuidString", 3);
}

}  // namespace pjs::crypto

// internalBinding('crypto'): prime numbers (lib/internal/crypto/prime.js).
//   generatePrime(bits, safe, add?, rem?, callback?) → ArrayBuffer (big-endian, bits/8 rounded
//       up); add/rem: big-endian bytes; errors RangeError "invalid options.add/rem" as Node's
//   checkPrime(candidate, checks, callback?) → bool (big-endian bytes; Miller-Rabin through
//       BN_check_prime, which picks its own number of rounds, at least as many as asked)
// Both run on libuv's thread pool with a callback.
#include <openssl/bn.h>
#include <openssl/err.h>
#include <memory>
#include "modules/crypto_util.h"
#include "modules/ssl_util.h"

namespace pjs::crypto {

namespace {

struct BnFree { void operator()(BIGNUM* b) const { BN_clear_free(b); } };
using Bn = std::unique_ptr<BIGNUM, BnFree>;

Bn bnFrom(ByteSpan bytes) { return Bn(BN_bin2bn(bytes.data, static_cast<int>(bytes.size), nullptr)); }

class PrimeJob final : public CryptoJob {
 public:
  PrimeJob(int bits, bool safe, Bn add, Bn rem) : bits_(bits), safe_(safe), add_(std::move(add)), rem_(std::move(rem)) {}

 protected:
  void run() override {
    prime_.reset(BN_new());
    BN_CTX* bnctx = BN_CTX_new();
    bool ok = prime_ && bnctx &&
              BN_generate_prime_ex2(prime_.get(), bits_, safe_ ? 1 : 0, add_.get(), rem_.get(), nullptr, bnctx) == 1;
    BN_CTX_free(bnctx);
    if (!ok) fail();
  }
  Value error(JSContext* ctx) override {
    char buf[256];
    ERR_error_string_n(opensslErr_, buf, sizeof(buf));
    return nativeError(ctx, ErrorKind::Error, nullptr, buf);
  }
  Value result(JSContext* ctx) override {
    std::vector<uint8_t> out(static_cast<size_t>((bits_ + 7) / 8));
    BN_bn2binpad(prime_.get(), out.data(), static_cast<int>(out.size()));
    return encodeOutput(ctx, out.data(), out.size(), kEncodingBuffer);
  }

 private:
  int bits_;
  bool safe_;
  Bn add_, rem_, prime_;
};

// generatePrime(bits, safe, add, rem, callback?)
Value generatePrime(Call& c) {
  JSContext* ctx = c.ctx();
  ensureOpenSSL();
  int bits = static_cast<int>(c.integer(0, "size"));
  bool safe = c.boolean(1);
  Bn add, rem;
  ByteSpan bytes;
  if (!c.arg(2).isNullish()) {
    if (!viewBytes(c.raw(2), &bytes)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "add must be a buffer");
    add = bnFrom(bytes);
  }
  if (!c.arg(3).isNullish()) {
    if (!viewBytes(c.raw(3), &bytes)) throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "rem must be a buffer");
    rem = bnFrom(bytes);
  }
  if (add) {
    // As Node: add must fit in the prime's size and exceed rem.
    if (BN_num_bits(add.get()) > bits) throwNative(ctx, ErrorKind::RangeError, "ERR_OUT_OF_RANGE", "invalid options.add");
    if (rem && BN_cmp(add.get(), rem.get()) != 1)
      throwNative(ctx, ErrorKind::RangeError, "ERR_OUT_OF_RANGE", "invalid options.rem");
  }
  return CryptoJob::start(c, 4, std::make_unique<PrimeJob>(bits, safe, std::move(add), std::move(rem)));
}

class CheckPrimeJob final : public CryptoJob {
 public:
  explicit CheckPrimeJob(Bn candidate) : candidate_(std::move(candidate)) {}

 protected:
  void run() override {
    BN_CTX* bnctx = BN_CTX_new();
    int r = bnctx ? BN_check_prime(candidate_.get(), bnctx, nullptr) : -1;
    BN_CTX_free(bnctx);
    if (r < 0) return fail();
    prime_ = r == 1;
  }
  Value result(JSContext* ctx) override { return boolean(ctx, prime_); }

 private:
  Bn candidate_;
  bool prime_ = false;
};

// checkPrime(candidate, checks, callback?)
Value checkPrime(Call& c) {
  ensureOpenSSL();
  ByteSpan bytes;
  if (!viewBytes(c.raw(0), &bytes)) throwTypeError(c.ctx(), "ERR_INVALID_ARG_TYPE", "candidate must be a buffer");
  Bn candidate = bnFrom(bytes);
  if (!candidate) throw std::bad_alloc();
  return CryptoJob::start(c, 2, std::make_unique<CheckPrimeJob>(std::move(candidate)));
}

}  // namespace

void registerPrime(JSContext* ctx, const Value& t) {
  setMethod<generatePrime>(ctx, t, "generatePrime", 5);
  setMethod<checkPrime>(ctx, t, "checkPrime", 3);
}

}  // namespace pjs::crypto

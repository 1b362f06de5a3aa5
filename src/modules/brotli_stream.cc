// internalBinding('zlib').BrotliEncoder / BrotliDecoder over Debian's libbrotlienc/libbrotlidec.
//   new BrotliEncoder(mode) / new BrotliDecoder(mode)
//   init(params, writeResult, processCallback, dictionary?) → true, or false after onerror:
//     params is a Uint32Array indexed by BROTLI_PARAM_* / BROTLI_DECODER_PARAM_*, 0xFFFFFFFF =
//     unset. A custom dictionary needs brotli >= 1.1 (Debian has 1.0.9): init returns false.
//   params() (no-op, as Node), reset() (a fresh instance), close(), write/writeSync with a
//   BROTLI_OPERATION_* as the flush value.
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>
#include <string>
#include <vector>
#include "modules/zlib_compression.h"

namespace pjs {

class BrotliStream : public CompressionStream {
 public:
  using CompressionStream::CompressionStream;

  Value init(Call& c) {
    ByteView p = viewBytes(c, 0, "params");
    const auto* values = reinterpret_cast<const uint32_t*>(p.data);
    params_.assign(values, values + p.length / sizeof(uint32_t));
    setWriteTarget(c, 1, 2);
    if (c.has(3)) return boolean(c.ctx(), false);
    CompressionError e = create();
    if (e.isError()) { emitError(e, true); return boolean(c.ctx(), false); }
    return boolean(c.ctx(), true);
  }

  Value params(Call& c) { return undefined(c.ctx()); }

 protected:
  bool validFlush(uint32_t f) const override { return f <= BROTLI_OPERATION_EMIT_METADATA; }

  void setBuffers(uint32_t flush, const uint8_t* in, uint32_t inLen, uint8_t* out, uint32_t outLen) override {
    flush_ = flush;
    nextIn_ = in;
    availIn_ = inLen;
    nextOut_ = out;
    availOut_ = outLen;
  }

  void availability(uint32_t* availIn, uint32_t* availOut) const override {
    *availIn = static_cast<uint32_t>(availIn_);
    *availOut = static_cast<uint32_t>(availOut_);
  }

  CompressionError resetCodec() override { return create(); }

  // A new codec instance with the parameters given to init().
  virtual CompressionError create() = 0;

  static CompressionError failure(const char* message, const std::string& code, int err) {
    return {message, code, err};
  }

  std::vector<uint32_t> params_;
  uint32_t flush_ = 0;
  const uint8_t* nextIn_ = nullptr;
  size_t availIn_ = 0;
  uint8_t* nextOut_ = nullptr;
  size_t availOut_ = 0;
};

class BrotliEncoderStream final : public BrotliStream {
 public:
  using BrotliStream::BrotliStream;
  ~BrotliEncoderStream() override { closeCodec(); }

 protected:
  CompressionError create() override {
    closeCodec();
    state_ = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr);
    if (!state_) return failure("Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1);
    lastResult_ = true;
    for (size_t i = 0; i < params_.size(); i++) {
      if (params_[i] == UINT32_MAX) continue;
      if (!BrotliEncoderSetParameter(state_, static_cast<BrotliEncoderParameter>(i), params_[i]))
        return failure("Setting parameter failed", "ERR_BROTLI_PARAM_SET_FAILED", -1);
    }
    return {};
  }

  void work() override {
    if (!state_) { lastResult_ = false; return; }
    lastResult_ = BrotliEncoderCompressStream(state_, static_cast<BrotliEncoderOperation>(flush_),
                                              &availIn_, &nextIn_, &availOut_, &nextOut_, nullptr);
  }

  CompressionError checkError() override {
    if (!lastResult_) return failure("Compression failed", "ERR_BROTLI_COMPRESSION_FAILED", -1);
    return {};
  }

  void closeCodec() override {
    if (state_) BrotliEncoderDestroyInstance(state_);
    state_ = nullptr;
  }

 private:
  BrotliEncoderState* state_ = nullptr;
  bool lastResult_ = true;
};

// Node's code for a decoder error: "ERR_" + the error's name without "BROTLI_DECODER"
// (ERR__ERROR_FORMAT_PADDING_1). Built from brotli's own list, since BrotliDecoderErrorString()
// spells names differently across brotli versions.
static std::string errorName(BrotliDecoderErrorCode code) {
  switch (static_cast<int>(code)) {
#define PJS_BROTLI_CASE(prefix, name, value) case value: return "ERR_" #prefix #name;
#define PJS_BROTLI_SEPARATOR
    BROTLI_DECODER_ERROR_CODES_LIST(PJS_BROTLI_CASE, PJS_BROTLI_SEPARATOR)
#undef PJS_BROTLI_CASE
#undef PJS_BROTLI_SEPARATOR
    case -17: return "ERR__ERROR_FORMAT_BLOCK_SWITCH";  // brotli >= 1.1
    default: return std::string("ERR_") + BrotliDecoderErrorString(code);
  }
}

class BrotliDecoderStream final : public BrotliStream {
 public:
  using BrotliStream::BrotliStream;
  ~BrotliDecoderStream() override { closeCodec(); }

 protected:
  CompressionError create() override {
    closeCodec();
    state_ = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (!state_) return failure("Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1);
    error_ = BROTLI_DECODER_NO_ERROR;
    lastResult_ = BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT;
    for (size_t i = 0; i < params_.size(); i++) {
      if (params_[i] == UINT32_MAX) continue;
      if (!BrotliDecoderSetParameter(state_, static_cast<BrotliDecoderParameter>(i), params_[i]))
        return failure("Setting parameter failed", "ERR_BROTLI_PARAM_SET_FAILED", -1);
    }
    return {};
  }

  void work() override {
    if (!state_) { error_ = BROTLI_DECODER_ERROR_UNREACHABLE; errorName_ = "ERR_BROTLI_CLOSED"; return; }
    lastResult_ = BrotliDecoderDecompressStream(state_, &availIn_, &nextIn_, &availOut_, &nextOut_, nullptr);
    if (lastResult_ == BROTLI_DECODER_RESULT_ERROR) {
      error_ = BrotliDecoderGetErrorCode(state_);
      // Node's code is "ERR_" + brotli's name without its BROTLI_DECODER prefix.
      errorName_ = errorName(error_);
    }
  }

  CompressionError checkError() override {
    if (error_ != BROTLI_DECODER_NO_ERROR)
      return failure("Decompression failed", errorName_, static_cast<int>(error_));
    if (flush_ == BROTLI_OPERATION_FINISH && lastResult_ == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
      return failure("unexpected end of file", "Z_BUF_ERROR", Z_BUF_ERROR);
    return {};
  }

  void closeCodec() override {
    if (state_) BrotliDecoderDestroyInstance(state_);
    state_ = nullptr;
  }

 private:
  BrotliDecoderState* state_ = nullptr;
  BrotliDecoderResult lastResult_ = BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT;
  BrotliDecoderErrorCode error_ = BROTLI_DECODER_NO_ERROR;
  std::string errorName_;
};

static BrotliEncoderStream* makeEncoder(Call& c) { return new BrotliEncoderStream(c.env()); }
static BrotliDecoderStream* makeDecoder(Call& c) { return new BrotliDecoderStream(c.env()); }

void defineBrotliStreams(JSContext* ctx, const Value& target) {
  target.set("BrotliEncoder", NativeClass<BrotliEncoderStream>::define<makeEncoder>(ctx, "BrotliEncoder", 1, {
      method<BrotliEncoderStream, &BrotliEncoderStream::init>("init", 3),
      method<BrotliEncoderStream, &BrotliEncoderStream::params>("params", 0),
      PJS_COMPRESSION_METHODS(BrotliEncoderStream)}));
  target.set("BrotliDecoder", NativeClass<BrotliDecoderStream>::define<makeDecoder>(ctx, "BrotliDecoder", 1, {
      method<BrotliDecoderStream, &BrotliDecoderStream::init>("init", 3),
      method<BrotliDecoderStream, &BrotliDecoderStream::params>("params", 0),
      PJS_COMPRESSION_METHODS(BrotliDecoderStream)}));
}

}  // namespace pjs

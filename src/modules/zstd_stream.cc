// internalBinding('zlib').ZstdCompress / ZstdDecompress over Debian's libzstd.
//   new ZstdCompress() / new ZstdDecompress()
//   init(params, pledgedSrcSize, writeResult, processCallback): params is a Uint32Array indexed
//     by ZSTD_c_* / ZSTD_d_* (0xFFFFFFFF = unset); throws ERR_ZLIB_INITIALIZATION_FAILED when
//     the context cannot start or refuses a parameter
//   params() (no-op), reset(), close(), write/writeSync with a ZSTD_EndDirective as flush.
// Failures report zstd's own text ("Unknown frame descriptor"), its error number and the name
// `ZSTD_error_<name>`; input that ends inside a frame is "unexpected end of file" (Z_BUF_ERROR).
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>
#include <cmath>
#include <string>
#include <vector>
#include "modules/zlib_compression.h"

namespace pjs {

#define PJS_ZSTD_ERRORS(V)                                                                     \
  V(no_error) V(GENERIC) V(prefix_unknown) V(version_unsupported)                            \
  V(frameParameter_unsupported) V(frameParameter_windowTooLarge) V(corruption_detected)      \
  V(checksum_wrong) V(literals_headerWrong) V(dictionary_corrupted) V(dictionary_wrong)      \
  V(dictionaryCreation_failed) V(parameter_unsupported) V(parameter_combination_unsupported) \
  V(parameter_outOfBound) V(tableLog_tooLarge) V(maxSymbolValue_tooLarge)                    \
  V(maxSymbolValue_tooSmall) V(stabilityCondition_notRespected) V(stage_wrong)               \
  V(init_missing) V(memory_allocation) V(workSpace_tooSmall) V(dstSize_tooSmall)             \
  V(srcSize_wrong) V(dstBuffer_null) V(noForwardProgress_destFull)                           \
  V(noForwardProgress_inputEmpty)

static std::string zstdErrorName(ZSTD_ErrorCode code) {
  switch (code) {
#define CASE(name) case ZSTD_error_##name: return "ZSTD_error_" #name;
    PJS_ZSTD_ERRORS(CASE)
#undef CASE
    default: return "ZSTD_error_GENERIC";
  }
}

void setZstdConstants(const Value& k) {
  JSContext* ctx = k.ctx();
  auto set = [&](const char* name, double v) { k.set(name, num(ctx, v)); };
#define SET(name) set(#name, static_cast<double>(name));
  SET(ZSTD_e_continue) SET(ZSTD_e_flush) SET(ZSTD_e_end)
  SET(ZSTD_fast) SET(ZSTD_dfast) SET(ZSTD_greedy) SET(ZSTD_lazy) SET(ZSTD_lazy2)
  SET(ZSTD_btlazy2) SET(ZSTD_btopt) SET(ZSTD_btultra) SET(ZSTD_btultra2)
  SET(ZSTD_c_compressionLevel) SET(ZSTD_c_windowLog) SET(ZSTD_c_hashLog) SET(ZSTD_c_chainLog)
  SET(ZSTD_c_searchLog) SET(ZSTD_c_minMatch) SET(ZSTD_c_targetLength) SET(ZSTD_c_strategy)
  SET(ZSTD_c_enableLongDistanceMatching) SET(ZSTD_c_ldmHashLog) SET(ZSTD_c_ldmMinMatch)
  SET(ZSTD_c_ldmBucketSizeLog) SET(ZSTD_c_ldmHashRateLog) SET(ZSTD_c_contentSizeFlag)
  SET(ZSTD_c_checksumFlag) SET(ZSTD_c_dictIDFlag) SET(ZSTD_c_nbWorkers) SET(ZSTD_c_jobSize)
  SET(ZSTD_c_overlapLog) SET(ZSTD_d_windowLogMax) SET(ZSTD_CLEVEL_DEFAULT)
#undef SET
#define SET_ERR(name) set("ZSTD_error_" #name, static_cast<double>(ZSTD_error_##name));
  PJS_ZSTD_ERRORS(SET_ERR)
#undef SET_ERR
}

class ZstdStream : public CompressionStream {
 public:
  using CompressionStream::CompressionStream;

  Value init(Call& c) {
    ByteView p = viewBytes(c, 0, "params");
    const auto* values = reinterpret_cast<const uint32_t*>(p.data);
    params_.assign(values, values + p.length / sizeof(uint32_t));
    Value pledged = c.arg(1);
    if (!pledged.isUndefined()) {
      if (!pledged.isNumber()) throwTypeError(c.ctx(), "ERR_INVALID_ARG_TYPE", "pledgedSrcSize must be a number");
      double v = pledged.toNumber();
      pledgedSrcSize_ = v >= 0 && std::isfinite(v) ? static_cast<unsigned long long>(v) : ZSTD_CONTENTSIZE_UNKNOWN;
    }
    setWriteTarget(c, 2, 3);
    CompressionError e = create();
    if (e.isError()) throwError(c.ctx(), ErrorKind::Error, "ERR_ZLIB_INITIALIZATION_FAILED", e.message);
    return undefined(c.ctx());
  }

  Value params(Call& c) { return undefined(c.ctx()); }

 protected:
  bool validFlush(uint32_t f) const override { return f <= ZSTD_e_end; }

  void setBuffers(uint32_t flush, const uint8_t* in, uint32_t inLen, uint8_t* out, uint32_t outLen) override {
    flush_ = flush;
    in_ = {in, inLen, 0};
    out_ = {out, outLen, 0};
  }

  void availability(uint32_t* availIn, uint32_t* availOut) const override {
    *availIn = static_cast<uint32_t>(in_.size - in_.pos);
    *availOut = static_cast<uint32_t>(out_.size - out_.pos);
  }

  CompressionError resetCodec() override { return create(); }

  // Records a failed zstd call (result is a zstd error value).
  void fail(size_t result) {
    error_ = ZSTD_getErrorCode(result);
  }

  CompressionError checkError() override {
    if (error_ != ZSTD_error_no_error)
      return {ZSTD_getErrorString(error_), zstdErrorName(error_), static_cast<int>(error_)};
    return {};
  }

  virtual CompressionError create() = 0;

  std::vector<uint32_t> params_;
  unsigned long long pledgedSrcSize_ = ZSTD_CONTENTSIZE_UNKNOWN;
  uint32_t flush_ = ZSTD_e_continue;
  ZSTD_inBuffer in_{};
  ZSTD_outBuffer out_{};
  ZSTD_ErrorCode error_ = ZSTD_error_no_error;
};

class ZstdCompressStream final : public ZstdStream {
 public:
  using ZstdStream::ZstdStream;
  ~ZstdCompressStream() override { closeCodec(); }

 protected:
  CompressionError create() override {
    closeCodec();
    error_ = ZSTD_error_no_error;
    consumed_ = 0;
    cctx_ = ZSTD_createCCtx();
    if (!cctx_) return {"Could not initialize zstd instance", "ERR_ZLIB_INITIALIZATION_FAILED", -1};
    if (pledgedSrcSize_ != ZSTD_CONTENTSIZE_UNKNOWN &&
        ZSTD_isError(ZSTD_CCtx_setPledgedSrcSize(cctx_, pledgedSrcSize_)))
      return {"Could not set pledged src size", "ERR_ZLIB_INITIALIZATION_FAILED", -1};
    for (size_t i = 0; i < params_.size(); i++) {
      if (params_[i] == UINT32_MAX) continue;
      size_t r = ZSTD_CCtx_setParameter(cctx_, static_cast<ZSTD_cParameter>(i), static_cast<int>(params_[i]));
      if (ZSTD_isError(r)) return {"Setting parameter failed", "ERR_ZSTD_PARAM_SET_FAILED", -1};
    }
    return {};
  }

  void work() override {
    if (!cctx_) { error_ = ZSTD_error_init_missing; return; }
    // zstd 1.5.4 trusts a one-call ZSTD_e_end over pledgedSrcSize; newer zstd (Node's) checks.
    if (pledgedSrcSize_ != ZSTD_CONTENTSIZE_UNKNOWN && flush_ == ZSTD_e_end &&
        consumed_ + (in_.size - in_.pos) != pledgedSrcSize_) {
      error_ = ZSTD_error_srcSize_wrong;
      return;
    }
    size_t before = in_.pos;
    size_t r = ZSTD_compressStream2(cctx_, &out_, &in_, static_cast<ZSTD_EndDirective>(flush_));
    consumed_ += in_.pos - before;
    if (ZSTD_isError(r)) fail(r);
  }

  void closeCodec() override {
    if (cctx_) ZSTD_freeCCtx(cctx_);
    cctx_ = nullptr;
  }

 private:
  ZSTD_CCtx* cctx_ = nullptr;
  unsigned long long consumed_ = 0;
};

class ZstdDecompressStream final : public ZstdStream {
 public:
  using ZstdStream::ZstdStream;
  ~ZstdDecompressStream() override { closeCodec(); }

 protected:
  CompressionError create() override {
    closeCodec();
    error_ = ZSTD_error_no_error;
    remaining_ = 1;  // no frame yet: finishing now is a truncated (empty) input
    dctx_ = ZSTD_createDCtx();
    if (!dctx_) return {"Could not initialize zstd instance", "ERR_ZLIB_INITIALIZATION_FAILED", -1};
    for (size_t i = 0; i < params_.size(); i++) {
      if (params_[i] == UINT32_MAX) continue;
      size_t r = ZSTD_DCtx_setParameter(dctx_, static_cast<ZSTD_dParameter>(i), static_cast<int>(params_[i]));
      if (ZSTD_isError(r)) return {"Setting parameter failed", "ERR_ZSTD_PARAM_SET_FAILED", -1};
    }
    return {};
  }

  void work() override {
    if (!dctx_) { error_ = ZSTD_error_init_missing; return; }
    size_t inBefore = in_.pos, outBefore = out_.pos;
    size_t r = ZSTD_decompressStream(dctx_, &out_, &in_);
    if (ZSTD_isError(r)) fail(r);
    // A call that moved nothing (the final empty write) leaves the frame state as it was.
    else if (in_.pos != inBefore || out_.pos != outBefore) remaining_ = r;
  }

  CompressionError checkError() override {
    CompressionError e = ZstdStream::checkError();
    if (e.isError()) return e;
    // Finishing with output room left while zstd still expects frame bytes: truncated input.
    if (flush_ == ZSTD_e_end && remaining_ != 0 && out_.pos < out_.size)
      return {"unexpected end of file", "Z_BUF_ERROR", Z_BUF_ERROR};
    return {};
  }

  void closeCodec() override {
    if (dctx_) ZSTD_freeDCtx(dctx_);
    dctx_ = nullptr;
  }

 private:
  ZSTD_DCtx* dctx_ = nullptr;
  size_t remaining_ = 0;
};

static ZstdCompressStream* makeCompress(Call& c) { return new ZstdCompressStream(c.env()); }
static ZstdDecompressStream* makeDecompress(Call& c) { return new ZstdDecompressStream(c.env()); }

void defineZstdStreams(JSContext* ctx, const Value& target) {
  target.set("ZstdCompress", NativeClass<ZstdCompressStream>::define<makeCompress>(ctx, "ZstdCompress", 0, {
      method<ZstdCompressStream, &ZstdCompressStream::init>("init", 4),
      method<ZstdCompressStream, &ZstdCompressStream::params>("params", 0),
      PJS_COMPRESSION_METHODS(ZstdCompressStream)}));
  target.set("ZstdDecompress", NativeClass<ZstdDecompressStream>::define<makeDecompress>(ctx, "ZstdDecompress", 0, {
      method<ZstdDecompressStream, &ZstdDecompressStream::init>("init", 4),
      method<ZstdDecompressStream, &ZstdDecompressStream::params>("params", 0),
      PJS_COMPRESSION_METHODS(ZstdDecompressStream)}));
}

}  // namespace pjs

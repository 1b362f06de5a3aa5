// internalBinding('zlib').Zlib: a deflate/inflate context over Debian's zlib, in Node's modes
// (DEFLATE 1, INFLATE 2, GZIP 3, GUNZIP 4, DEFLATERAW 5, INFLATERAW 6, UNZIP 7).
//   new Zlib(mode)
//   init(windowBits, level, memLevel, strategy, writeResult, processCallback, dictionary?,
//        rejectGarbageAfterEnd?)
//   params(level, strategy), reset(), close(), write(...)/writeSync(...) (zlib_compression.h)
// The codec is set up lazily on the first write, reset or params, as Node does. GUNZIP reads
// every gzip member of its input (trailing zero bytes are padding) unless rejectGarbageAfterEnd
// (then lib/ reports any input left after the first member); UNZIP picks GUNZIP or
// INFLATE from the first two bytes.
#include <zlib.h>
#include <cstring>
#include <vector>
#include "modules/zlib_compression.h"

namespace pjs {

enum ZlibMode { NONE, DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP };

static const char* zlibCodeName(int err) {
  switch (err) {
    case Z_OK: return "Z_OK";
    case Z_STREAM_END: return "Z_STREAM_END";
    case Z_NEED_DICT: return "Z_NEED_DICT";
    case Z_ERRNO: return "Z_ERRNO";
    case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
    case Z_DATA_ERROR: return "Z_DATA_ERROR";
    case Z_MEM_ERROR: return "Z_MEM_ERROR";
    case Z_BUF_ERROR: return "Z_BUF_ERROR";
    case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    default: return "Z_UNKNOWN_ERROR";
  }
}

class ZlibStream final : public CompressionStream {
 public:
  ZlibStream(Environment& env, int mode) : CompressionStream(env), mode_(mode) {}
  ~ZlibStream() override { closeCodec(); }

  Value init(Call& c) {
    int windowBits = static_cast<int>(c.integer(0, "windowBits"));
    level_ = static_cast<int>(c.integer(1, "level"));
    memLevel_ = static_cast<int>(c.integer(2, "memLevel"));
    strategy_ = static_cast<int>(c.integer(3, "strategy"));
    bool inflateAny = windowBits == 0 && (mode_ == INFLATE || mode_ == GUNZIP || mode_ == UNZIP);
    if (!inflateAny && (windowBits < 8 || windowBits > 15))
      throwRangeError(c.ctx(), "ERR_OUT_OF_RANGE", "invalid windowBits");
    setWriteTarget(c, 4, 5);
    if (c.has(6)) {
      ByteView d = viewBytes(c, 6, "dictionary");
      dictionary_.assign(d.data, d.data + d.length);
    }
    singleMember_ = c.boolean(7);
    windowBits_ = windowBits;
    if (mode_ == GZIP || mode_ == GUNZIP) windowBits_ += 16;
    if (mode_ == UNZIP) windowBits_ += 32;
    if (mode_ == DEFLATERAW || mode_ == INFLATERAW) windowBits_ = -windowBits_;
    flush_ = Z_NO_FLUSH;
    err_ = Z_OK;
    return boolean(c.ctx(), true);
  }

  Value params(Call& c) {
    if (writeInProgress()) throwError(c.ctx(), ErrorKind::Error, "ERR_INVALID_STATE", "params during a write");
    // Any number is taken, as Node's Int32 conversion (lib/ validated the range).
    int32_t level = 0, strategy = 0;
    if (JS_ToInt32(c.ctx(), &level, c.raw(0)) < 0 || JS_ToInt32(c.ctx(), &strategy, c.raw(1)) < 0) throw JsThrow{};
    CompressionError e = setParams(level, strategy);
    if (e.isError()) emitError(e, true);
    return undefined(c.ctx());
  }

 protected:
  bool validFlush(uint32_t f) const override { return f <= Z_BLOCK; }

  void setBuffers(uint32_t flush, const uint8_t* in, uint32_t inLen, uint8_t* out, uint32_t outLen) override {
    flush_ = static_cast<int>(flush);
    strm_.next_in = const_cast<Bytef*>(in);
    strm_.avail_in = inLen;
    strm_.next_out = out;
    strm_.avail_out = outLen;
  }

  void availability(uint32_t* availIn, uint32_t* availOut) const override {
    *availIn = strm_.avail_in;
    *availOut = strm_.avail_out;
  }

  void work() override {
    if (!ensureInit()) return;
    switch (mode_) {
      case DEFLATE: case GZIP: case DEFLATERAW:
        err_ = deflate(&strm_, flush_);
        return;
      case UNZIP:
        detectFormat();
        [[fallthrough]];
      case INFLATE: case GUNZIP: case INFLATERAW:
        inflateStep();
        return;
      default:
        err_ = Z_STREAM_ERROR;
    }
  }

  CompressionError checkError() override {
    switch (err_) {
      case Z_OK:
      case Z_BUF_ERROR:
        if (strm_.avail_out != 0 && flush_ == Z_FINISH) return errorFor("unexpected end of file");
        return {};
      case Z_STREAM_END:
        return {};
      case Z_NEED_DICT:
        return errorFor(dictionary_.empty() ? "Missing dictionary" : "Bad dictionary");
      default:
        return errorFor("Zlib error");
    }
  }

  CompressionError resetCodec() override {
    bool first = !codecReady_;
    if (!ensureInit() && first) return errorFor("Failed to init stream before reset");
    return resetStream();
  }

  void closeCodec() override {
    if (!codecReady_) { dictionary_.clear(); mode_ = NONE; return; }
    if (mode_ == DEFLATE || mode_ == GZIP || mode_ == DEFLATERAW) deflateEnd(&strm_);
    else if (mode_ != NONE) inflateEnd(&strm_);
    codecReady_ = false;
    mode_ = NONE;
    dictionary_.clear();
  }

 private:
  CompressionError errorFor(const char* message) const {
    CompressionError e;
    e.message = strm_.msg ? strm_.msg : message;
    e.code = zlibCodeName(err_);
    e.err = err_;
    return e;
  }

  // Sets the codec up on first use; false if that failed (err_ says why).
  bool ensureInit() {
    if (codecReady_) return true;
    if (initFailed_) return false;
    switch (mode_) {
      case DEFLATE: case GZIP: case DEFLATERAW:
        err_ = deflateInit2(&strm_, level_, Z_DEFLATED, windowBits_, memLevel_, strategy_);
        break;
      case INFLATE: case GUNZIP: case INFLATERAW: case UNZIP:
        err_ = inflateInit2(&strm_, windowBits_);
        break;
      default:
        err_ = Z_STREAM_ERROR;
    }
    if (err_ != Z_OK) {
      initFailed_ = true;
      dictionary_.clear();
      mode_ = NONE;
      return false;
    }
    codecReady_ = true;
    setDictionary();
    return true;
  }

  // Deflate takes the dictionary up front, raw inflate too; zlib-wrapped inflate gets it
  // when the stream asks (Z_NEED_DICT).
  CompressionError setDictionary() {
    if (dictionary_.empty()) return {};
    err_ = Z_OK;
    if (mode_ == DEFLATE || mode_ == DEFLATERAW)
      err_ = deflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
    else if (mode_ == INFLATERAW)
      err_ = inflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
    if (err_ != Z_OK) return errorFor("Failed to set dictionary");
    return {};
  }

  CompressionError resetStream() {
    err_ = Z_OK;
    switch (mode_) {
      case DEFLATE: case DEFLATERAW: case GZIP: err_ = deflateReset(&strm_); break;
      case INFLATE: case INFLATERAW: case GUNZIP: err_ = inflateReset(&strm_); break;
      default: break;
    }
    if (err_ != Z_OK) return errorFor("Failed to reset stream");
    return setDictionary();
  }

  CompressionError setParams(int level, int strategy) {
    bool first = !codecReady_;
    if (!ensureInit() && first) return errorFor("Failed to init stream before set parameters");
    err_ = Z_OK;
    if (mode_ == DEFLATE || mode_ == DEFLATERAW) err_ = deflateParams(&strm_, level, strategy);
    if (err_ != Z_OK && err_ != Z_BUF_ERROR) return errorFor("Failed to set parameters");
    return {};
  }

  // UNZIP: gzip's magic bytes 1f 8b select GUNZIP, anything else INFLATE (zlib's automatic
  // header detection stays on through windowBits + 32 either way).
  void detectFormat() {
    if (strm_.avail_in == 0) return;
    const Bytef* next = strm_.next_in;
    if (gzipIdBytesRead_ == 0) {
      if (*next != 0x1f) { mode_ = INFLATE; return; }
      gzipIdBytesRead_ = 1;
      if (strm_.avail_in == 1) return;
      next++;
    }
    if (gzipIdBytesRead_ == 1) {
      if (*next == 0x8b) { gzipIdBytesRead_ = 2; mode_ = GUNZIP; }
      else mode_ = INFLATE;
    }
  }

  void inflateStep() {
    err_ = inflate(&strm_, flush_);
    if (mode_ != INFLATERAW && err_ == Z_NEED_DICT && !dictionary_.empty()) {
      err_ = inflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
      if (err_ == Z_OK) err_ = inflate(&strm_, flush_);
      else if (err_ == Z_DATA_ERROR) err_ = Z_NEED_DICT;  // the dictionary, not the data, is wrong
    }
    // More gzip members may follow; zero bytes after a member are padding.
    while (!singleMember_ && strm_.avail_in > 0 && mode_ == GUNZIP && err_ == Z_STREAM_END && strm_.next_in[0] != 0) {
      resetStream();
      err_ = inflate(&strm_, flush_);
    }
  }

  int mode_;
  z_stream strm_{};
  int level_ = Z_DEFAULT_COMPRESSION, windowBits_ = 15, memLevel_ = 8, strategy_ = Z_DEFAULT_STRATEGY;
  int flush_ = Z_NO_FLUSH;
  int err_ = Z_OK;
  int gzipIdBytesRead_ = 0;
  bool codecReady_ = false;
  bool initFailed_ = false;
  bool singleMember_ = false;
  std::vector<uint8_t> dictionary_;
};

static ZlibStream* makeZlib(Call& c) {
  int64_t mode = c.integer(0, "mode");
  if (mode < DEFLATE || mode > UNZIP) throwTypeError(c.ctx(), "ERR_INVALID_ARG_VALUE", "Bad argument");
  return new ZlibStream(c.env(), static_cast<int>(mode));
}

void defineZlibStream(JSContext* ctx, const Value& target) {
  target.set("Zlib", NativeClass<ZlibStream>::define<makeZlib>(ctx, "Zlib", 1, {
      method<ZlibStream, &ZlibStream::init>("init", 7),
      method<ZlibStream, &ZlibStream::params>("params", 2),
      PJS_COMPRESSION_METHODS(ZlibStream)}));
}

}  // namespace pjs

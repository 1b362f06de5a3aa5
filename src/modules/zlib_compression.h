// The shared half of internalBinding('zlib')'s stream contexts (Node's CompressionStream).
// One native object per JS zlib/brotli stream. write(flush, in, inOff, inLen, out, outOff,
// outLen) runs one step of the codec on libuv's thread pool and, back on the loop, stores
// [availOut, availIn] in the Uint32Array given to init() and calls the write callback given to
// init() (with `this` the context); writeSync(...) does the same step synchronously and
// returns after storing the result. A codec failure calls this.onerror(message, errno, code)
// instead, in both forms. close() ends the codec (deferred while a write is in flight).
// Callbacks from the thread pool run in the async context (AsyncLocalStorage) the context was
// created in, as Node's.
#pragma once
#include <uv.h>
#include <cstdint>
#include <string>
#include "binding/async_frame.h"
#include "binding/native_object.h"

namespace pjs {

struct CompressionError {
  std::string message;  // empty: no error
  std::string code;
  int err = 0;
  bool isError() const { return !message.empty(); }
};

// Bytes of a TypedArray argument (any element type; offsets and lengths are in bytes).
struct ByteView {
  uint8_t* data = nullptr;
  size_t length = 0;
};
ByteView viewBytes(Call& c, int index, const char* name);

class CompressionStream : public NativeObject {
 public:
  explicit CompressionStream(Environment& env);

  Value write(Call& c) { return doWrite(c, true); }
  Value writeSync(Call& c) { return doWrite(c, false); }
  Value reset(Call& c);
  Value close(Call& c);
  void teardown() override;

 protected:
  // The codec. setBuffers() and the results are used on the loop thread; work() may run on a
  // pool thread and touches nothing but the codec state and the two buffers.
  virtual void setBuffers(uint32_t flush, const uint8_t* in, uint32_t inLen, uint8_t* out,
                          uint32_t outLen) = 0;
  virtual void work() = 0;
  virtual CompressionError checkError() = 0;
  virtual void availability(uint32_t* availIn, uint32_t* availOut) const = 0;
  virtual CompressionError resetCodec() = 0;
  virtual void closeCodec() = 0;
  // Whether `flush` is a valid flush value for this codec's write().
  virtual bool validFlush(uint32_t flush) const = 0;

  // init()'s common arguments: the Uint32Array write result and the write callback.
  void setWriteTarget(Call& c, int stateIndex, int callbackIndex);
  // Calls this.onerror(message, errno, code). With `rethrow`, a JS exception propagates.
  void emitError(const CompressionError& e, bool rethrow);
  bool closed() const { return closed_; }
  bool writeInProgress() const { return writeInProgress_; }

 private:
  Value doWrite(Call& c, bool async);
  static void onWork(uv_work_t* req);
  static void afterWork(uv_work_t* req, int status);
  void storeWriteResult();
  void closeNow();
  void releaseWriteBuffers();

  uv_work_t work_{};
  AsyncFrame frame_;  // the async context the stream was created in: its callbacks run in it
  Value writeState_, writeCallback_, inRef_, outRef_;
  uint32_t* state_ = nullptr;
  bool initDone_ = false;
  bool writeInProgress_ = false;
  bool pendingClose_ = false;
  bool closed_ = false;
  bool tornDown_ = false;
};

// Registration of the concrete classes on the binding object (zlib_stream.cc, brotli_stream.cc,
// zstd_stream.cc).
void defineZlibStream(JSContext* ctx, const Value& target);
void defineBrotliStreams(JSContext* ctx, const Value& target);
void defineZstdStreams(JSContext* ctx, const Value& target);  // zstd_stream.cc
void setZstdConstants(const Value& constants);

// The methods every compression class exposes.
#define PJS_COMPRESSION_METHODS(T)                                                         \
  method<T, &T::write>("write", 7), method<T, &T::writeSync>("writeSync", 7),              \
      method<T, &T::reset>("reset", 0), method<T, &T::close>("close", 0)

}  // namespace pjs

// StreamWrap: the JS face of one libuv stream (uv_stream_t), shared by TTY, Pipe and — later —
// TCP handles. It is Node's LibuvStreamWrap in spirit (docs/BINDINGS.md, "stream_wrap"):
//   readStart() / readStop()           → 0 or a negative errno; input goes to
//   this.onread(nread, buf)            nread > 0: buf is a Uint8Array of nread bytes;
//                                      nread < 0: an errno (UV_EOF at end of input), buf undefined
//   writeBuffer(req, u8)               → 0 or a negative errno; writeString(req, s, enc);
//   writev(req, chunks, allBuffers)    req.async tells whether the write finished at once; if
//                                      not, req.oncomplete(status) runs when it has
//   shutdown(req)                      → errno; req.oncomplete(status) when done
//   setBlocking(flag), getBytesRead(), getBytesWritten(), getWriteQueueSize(), getFd(),
//   hasPendingRead()
// A subclass owns the concrete uv handle, initialises it and calls opened().
//
// Native consumers (e.g. an HTTP parser reading a TCP socket without a JS call per chunk):
//   StreamWrap* s = StreamWrap::fromObject(ctx, jsHandle);   // TCP, Pipe or TTY object, or null
//   s->stream();                                               // its uv_stream_t
//   s->setListener(&myListener);  // reads now go to myListener->onStreamRead, not to JS onread
// and s->startReading()/stopReading() (what JS readStart/readStop do). See docs/BINDINGS.md.
// A consumer that only reads takes any StreamSource: StreamSource::fromObject(ctx, jsHandle)
// also finds a TLS connection's cleartext (modules/tls_wrap.h) behind a TLS socket's handle.
#pragma once
#include <string>
#include "binding/handle_wrap.h"

namespace pjs {

// Receives a stream's input natively instead of its JS onread callback.
class StreamListener {
 public:
  virtual ~StreamListener() = default;
  // nread > 0: `data` holds nread bytes, valid only during the call. nread < 0: an errno (UV_EOF
  // at end of input, data null); reading has then stopped.
  virtual void onStreamRead(ssize_t nread, const char* data) = 0;
  // The source is being deleted while this listener is attached: forget it.
  virtual void onStreamDestroyed() {}
};

// A native source of stream input one StreamListener can take over from JS: a StreamWrap (a
// libuv stream's reads) or a TLSWrap (a TLS connection's cleartext).
class StreamSource {
 public:
  virtual ~StreamSource() {
    if (listener_) listener_->onStreamDestroyed();
  }
  void setListener(StreamListener* l) { listener_ = l; }
  StreamListener* listener() const { return listener_; }
  // The source behind a JS handle object: a StreamWrap, an object of a class registered with
  // registerClass, or the source an object names as its `_externalStream`; else nullptr.
  static StreamSource* fromObject(JSContext* ctx, JSValueConst obj);
  // Marks a NativeClass id (whose native objects derive from StreamSource) for fromObject.
  static void registerClass(JSClassID id);

 protected:
  StreamListener* listener_ = nullptr;
};

class StreamWrap : public HandleWrap, public StreamSource {
 public:
  StreamWrap(Environment& env, uv_stream_t* stream)
      : HandleWrap(env, reinterpret_cast<uv_handle_t*>(stream)), stream_(stream) {}

  // The StreamWrap behind a JS handle object of a registered stream class, else nullptr.
  static StreamWrap* fromObject(JSContext* ctx, JSValueConst obj);
  // Marks a NativeClass id as a StreamWrap subclass (for fromObject); idempotent.
  static void registerClass(JSClassID id);

  uv_stream_t* stream() const { return stream_; }
  int startReading();
  int stopReading();

  Value readStart(Call& c);
  Value readStop(Call& c);
  Value writeBuffer(Call& c);
  Value writeString(Call& c);
  Value writev(Call& c);
  Value shutdown(Call& c);
  Value setBlocking(Call& c);
  Value getBytesRead(Call& c);
  Value getBytesWritten(Call& c);
  Value getWriteQueueSize(Call& c);
  Value getFd(Call& c);
  Value hasPendingRead(Call& c);

 protected:
  // Holds the JS object while reading, listening or with requests in flight.
  void updateKeepAlive();
  int pending_ = 0;        // writes, shutdowns and connects in flight
  bool listening_ = false;

 private:
  struct WriteReq;
  struct ShutdownReq;
  // Writes bufs[0..n): synchronously as far as the kernel takes them, the rest copied and
  // queued. `owned` may hold the bytes already (moved into the queued request when possible).
  Value write(Call& c, const Value& req, uv_buf_t* bufs, size_t n, std::string* owned);
  static void onAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf);
  static void onRead(uv_stream_t* s, ssize_t nread, const uv_buf_t* buf);
  static void onWrite(uv_write_t* w, int status);
  static void onShutdown(uv_shutdown_t* r, int status);

  uv_stream_t* stream_;
  bool reading_ = false;
  uint64_t bytesRead_ = 0;
  uint64_t bytesWritten_ = 0;
};

// The methods every stream handle class exposes, for NativeClass<T>::define's list.
#define PJS_STREAM_METHODS(T)                                                                \
  method<T, &T::readStart>("readStart", 0), method<T, &T::readStop>("readStop", 0),          \
      method<T, &T::writeBuffer>("writeBuffer", 2),                                          \
      method<T, &T::writeString>("writeString", 3), method<T, &T::writev>("writev", 3),       \
      method<T, &T::shutdown>("shutdown", 1), method<T, &T::setBlocking>("setBlocking", 1),  \
      method<T, &T::getBytesRead>("getBytesRead", 0),                                        \
      method<T, &T::getBytesWritten>("getBytesWritten", 0),                                  \
      method<T, &T::getWriteQueueSize>("getWriteQueueSize", 0),                              \
      method<T, &T::getFd>("getFd", 0), method<T, &T::hasPendingRead>("hasPendingRead", 0), \
      PJS_HANDLE_METHODS(T)

}  // namespace pjs

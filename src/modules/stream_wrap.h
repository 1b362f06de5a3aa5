// StreamWrap: the JS face of one libuv stream (uv_stream_t), shared by TTY, Pipe and — later —
// TCP handles. It is Node's LibuvStreamWrap in spirit (docs/BINDINGS.md, "stream_wrap"):
//   readStart() / readStop()           → 0 or a negative errno; input goes to
//   this.onread(nread, buf)            nread > 0: buf is a Uint8Array of nread bytes;
//                                      nread < 0: an errno (UV_EOF at end of input), buf undefined
//   writeBuffer(req, u8)               → 0 or a negative errno; writeString(req, s, enc);
//   writev(req, chunks, allBuffers)    req.async tells whether the write finished at once; if
//                                      not, req.oncomplete(status) runs when it has
//   shutdown(req)                      → errno; req.oncomplete(status) when done
//   setBlocking(flag), getBytesRead(), getBytesWritten(), getWriteQueueSize(), getFd()
// A subclass owns the concrete uv handle, initialises it and calls opened().
#pragma once
#include <string>
#include "binding/handle_wrap.h"

namespace pjs {

class StreamWrap : public HandleWrap {
 public:
  StreamWrap(Environment& env, uv_stream_t* stream)
      : HandleWrap(env, reinterpret_cast<uv_handle_t*>(stream)), stream_(stream) {}

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

 protected:
  uv_stream_t* stream() const { return stream_; }

 private:
  struct WriteReq;
  struct ShutdownReq;
  // Writes `data` (already owned): synchronously when the kernel takes it all, else queued.
  Value write(Call& c, const Value& req, std::string data);
  void updateKeepAlive();
  static void onAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf);
  static void onRead(uv_stream_t* s, ssize_t nread, const uv_buf_t* buf);
  static void onWrite(uv_write_t* w, int status);
  static void onShutdown(uv_shutdown_t* r, int status);

  uv_stream_t* stream_;
  bool reading_ = false;
  int pending_ = 0;  // writes and shutdowns in flight
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
      method<T, &T::getFd>("getFd", 0), PJS_HANDLE_METHODS(T)

}  // namespace pjs

// The shared libuv stream binding (see stream_wrap.h for the JS contract). Writes are tried
// synchronously first (uv_try_write): what the kernel takes at once completes with
// req.async = false and no callback, as Node's StreamBase does; the rest is copied and queued.
#include "modules/stream_wrap.h"
#include <poll.h>
#include <cerrno>
#include <atomic>
#include <cstring>
#include <memory>
#include <vector>
#include "core/environment.h"
#include "binding/string_chars.h"

namespace pjs {

// Per-Environment state of the stream bindings (one Environment per thread): the prototype
// chunks read are given (Buffer's, set by JS), the shared write-result array, the onread atom.
class StreamState final : public NativeObject {
 public:
  explicit StreamState(Environment& env) : NativeObject(env) {
    onreadAtom = JS_NewAtom(ctx(), "onread");
    // The engine's constructor reads argv[0..2] unconditionally: pass all three.
    JSValue args[3] = {JS_NewInt32(ctx(), 2), JS_UNDEFINED, JS_UNDEFINED};
    writeStateArray = Value(ctx(), JS_NewTypedArray(ctx(), 3, args, JS_TYPED_ARRAY_INT32));
    size_t off, bytes, bpe;
    Value ab(ctx(), JS_GetTypedArrayBuffer(ctx(), writeStateArray.get(), &off, &bytes, &bpe));
    size_t size;
    uint8_t* p = JS_GetArrayBuffer(ctx(), &size, ab.get());
    writeState = p ? reinterpret_cast<int32_t*>(p + off) : nullptr;
  }
  void teardown() override {
    bufferProto = Value();
    writeStateArray = Value();
    writeState = nullptr;
    JS_FreeAtom(ctx(), onreadAtom);
    if (current == this) current = nullptr;
    NativeObject::teardown();
    delete this;
  }
  static StreamState* of(Environment& env) { return current && &current->env() == &env ? current : nullptr; }

  Value bufferProto;
  Value writeStateArray;  // Int32Array [bytes of the last write, whether it was queued]
  int32_t* writeState = nullptr;
  JSAtom onreadAtom;
  static thread_local StreamState* current;
};
thread_local StreamState* StreamState::current = nullptr;

struct StreamWrap::WriteReq {
  uv_write_t req{};
  StreamWrap* self;
  Value jsReq;
  std::string data;
};

struct StreamWrap::ShutdownReq {
  uv_shutdown_t req{};
  StreamWrap* self;
  Value jsReq;
};

void StreamWrap::updateKeepAlive() {
  // While closing, HandleWrap holds the object until its close callback.
  if (isOpen()) keepAlive(reading_ || listening_ || pending_ > 0);
}

// Classes whose objects are StreamWraps (TTY, Pipe, TCP …), for fromObject.
static constexpr int kMaxStreamClasses = 16;
static std::atomic<JSClassID> streamClasses[kMaxStreamClasses];

void StreamWrap::registerClass(JSClassID id) {
  for (auto& slot : streamClasses) {
    JSClassID cur = slot.load();
    if (cur == id) return;
    if (cur == 0) {
      JSClassID expected = 0;
      if (slot.compare_exchange_strong(expected, id) || expected == id) return;
    }
  }
}

StreamWrap* StreamWrap::fromObject(JSContext*, JSValueConst obj) {
  if (!JS_IsObject(obj)) return nullptr;
  JSClassID id = JS_GetClassID(obj);
  for (auto& slot : streamClasses) {
    JSClassID cur = slot.load();
    if (cur == 0) break;
    if (cur == id) {
      auto* native = static_cast<NativeObject*>(JS_GetOpaque(obj, id));
      return native ? static_cast<StreamWrap*>(native) : nullptr;
    }
  }
  return nullptr;
}

// Other StreamSource classes (TLSWrap), for StreamSource::fromObject.
static std::atomic<JSClassID> sourceClasses[kMaxStreamClasses];

void StreamSource::registerClass(JSClassID id) {
  for (auto& slot : sourceClasses) {
    JSClassID cur = slot.load();
    if (cur == id) return;
    if (cur == 0) {
      JSClassID expected = 0;
      if (slot.compare_exchange_strong(expected, id) || expected == id) return;
    }
  }
}

StreamSource* StreamSource::fromObject(JSContext* ctx, JSValueConst obj) {
  if (!JS_IsObject(obj)) return nullptr;
  if (StreamWrap* s = StreamWrap::fromObject(ctx, obj)) return s;
  JSClassID id = JS_GetClassID(obj);
  for (auto& slot : sourceClasses) {
    JSClassID cur = slot.load();
    if (cur == 0) break;
    if (cur == id) {
      auto* native = static_cast<NativeObject*>(JS_GetOpaque(obj, id));
      return native ? dynamic_cast<StreamSource*>(native) : nullptr;
    }
  }
  // A JS handle that fronts a native source (a TLS socket's handle and its TLSWrap).
  JSValue external = JS_GetPropertyStr(ctx, obj, "_externalStream");
  if (JS_IsException(external)) {
    JS_FreeValue(ctx, JS_GetException(ctx));
    return nullptr;
  }
  StreamSource* found = nullptr;
  if (JS_IsObject(external) && JS_GetClassID(external) != JS_GetClassID(obj)) {
    JSClassID eid = JS_GetClassID(external);
    for (auto& slot : sourceClasses) {
      JSClassID cur = slot.load();
      if (cur == 0) break;
      if (cur == eid) {
        auto* native = static_cast<NativeObject*>(JS_GetOpaque(external, eid));
        found = native ? dynamic_cast<StreamSource*>(native) : nullptr;
        break;
      }
    }
  }
  JS_FreeValue(ctx, external);
  return found;
}

// Reads land in one buffer per thread; onRead copies the bytes it got into a new Uint8Array
// before any JS runs, so the buffer is free again for the next read.
static constexpr size_t kReadBufferSize = 64 * 1024;
static thread_local std::unique_ptr<char[]> readBuffer;

void StreamWrap::onAlloc(uv_handle_t*, size_t, uv_buf_t* buf) {
  if (!readBuffer) readBuffer.reset(new (std::nothrow) char[kReadBufferSize]);
  buf->base = readBuffer.get();
  buf->len = readBuffer ? kReadBufferSize : 0;
}

void StreamWrap::onRead(uv_stream_t* s, ssize_t nread, const uv_buf_t* buf) {
  auto* self = static_cast<StreamWrap*>(s->data);
  if (nread == 0 || self->env().tearingDown) return;
  if (nread > 0) self->bytesRead_ += static_cast<uint64_t>(nread);
  else {
    uv_read_stop(s);  // end of input or an error: nothing more will come
    self->reading_ = false;
  }
  if (self->listener_) {
    self->listener_->onStreamRead(nread, nread > 0 ? buf->base : nullptr);
    if (nread < 0) self->updateKeepAlive();
    return;
  }
  JSContext* ctx = self->ctx();
  Value args[2] = {i64(ctx, nread), undefined(ctx)};
  StreamState* st = StreamState::of(self->env());
  if (nread > 0) {
    args[1] = bytes(ctx, buf->base, static_cast<size_t>(nread));
    if (st && st->bufferProto.isObject()) JS_SetPrototype(ctx, args[1].get(), st->bufferProto.get());
  }
  // While the callback runs the object is still held (reading_ was on); only afterwards may
  // it be released.
  if (st) {
    Value obj = Value::borrow(ctx, self->jsObject());
    Value fn(ctx, JS_GetProperty(ctx, obj.get(), st->onreadAtom));
    if (fn.isFunction()) self->env().makeCallback(fn, obj, 2, args);
  } else {
    self->callback("onread", 2, args);
  }
  if (nread < 0) self->updateKeepAlive();
}

int StreamWrap::startReading() {
  if (!isOpen()) return UV_EBADF;
  int r = uv_read_start(stream_, onAlloc, onRead);
  if (r == UV_EALREADY) r = 0;
  if (r == 0) { reading_ = true; updateKeepAlive(); }
  return r;
}

int StreamWrap::stopReading() {
  int r = isOpen() ? uv_read_stop(stream_) : 0;
  reading_ = false;
  updateKeepAlive();
  return r;
}

Value StreamWrap::readStart(Call& c) { return i64(c.ctx(), startReading()); }
Value StreamWrap::readStop(Call& c) { return i64(c.ctx(), stopReading()); }

// The outcome of a write: in the shared state array when JS has one (streamState), else on req.
static void setReqResult(const Value& req, bool async, size_t bytes) {
  JSContext* ctx = req.ctx();
  StreamState* st = StreamState::of(Environment::from(ctx));
  if (st && st->writeState) {
    st->writeState[0] = static_cast<int32_t>(bytes);
    st->writeState[1] = async ? 1 : 0;
    return;
  }
  req.set("async", boolean(ctx, async));
  req.set("bytes", i64(ctx, static_cast<int64_t>(bytes)));
}

Value StreamWrap::write(Call& c, const Value& req, uv_buf_t* bufs, size_t n, std::string* owned) {
  JSContext* ctx = c.ctx();
  if (!isOpen()) return i64(ctx, UV_EBADF);
  size_t total = 0, done = 0, idx = 0;
  for (size_t i = 0; i < n; i++) total += bufs[i].len;
  auto skipEmpty = [&] { while (idx < n && bufs[idx].len == 0) idx++; };
  skipEmpty();
  if (stream_->write_queue_size == 0) {
    while (idx < n) {
      int r = uv_try_write(stream_, bufs + idx, static_cast<unsigned>(n - idx));
      if (r == UV_EAGAIN || r == UV_ENOSYS) break;
      if (r < 0) { setReqResult(req, false, 0); return i64(ctx, r); }
      done += static_cast<size_t>(r);
      size_t k = static_cast<size_t>(r);
      while (idx < n && k >= bufs[idx].len) { k -= bufs[idx].len; idx++; }
      if (idx < n) { bufs[idx].base += k; bufs[idx].len -= k; }
      skipEmpty();
    }
  }
  bytesWritten_ += done;
  if (done == total) {
    setReqResult(req, false, total);
    return i64(ctx, 0);
  }
  auto* w = new WriteReq{{}, this, req, {}};
  if (owned && n == 1) {
    w->data = std::move(*owned);
    w->data.erase(0, done);
  } else {
    w->data.reserve(total - done);
    for (size_t i = idx; i < n; i++) w->data.append(bufs[i].base, bufs[i].len);
  }
  w->req.data = w;
  uv_buf_t b = uv_buf_init(w->data.data(), static_cast<unsigned>(w->data.size()));
  int r = uv_write(&w->req, stream_, &b, 1, onWrite);
  if (r != 0) { delete w; setReqResult(req, false, done); return i64(ctx, r); }
  pending_++;
  updateKeepAlive();
  setReqResult(req, true, total);
  return i64(ctx, 0);
}

void StreamWrap::onWrite(uv_write_t* uw, int status) {
  std::unique_ptr<WriteReq> w(static_cast<WriteReq*>(uw->data));
  StreamWrap* self = w->self;
  self->pending_--;
  if (status == 0) self->bytesWritten_ += w->data.size();
  if (!self->env().tearingDown) {
    Value fn = w->jsReq.get("oncomplete");
    if (fn.isFunction()) {
      Value arg = i64(self->ctx(), status);
      self->env().makeCallback(fn, w->jsReq, 1, &arg);
    }
  }
  self->updateKeepAlive();
}

// The bytes of a TypedArray/DataView, in place.
static uv_buf_t viewBytes(JSContext* ctx, JSValueConst v) {
  size_t off, len, bpe;
  Value ab(ctx, JS_GetTypedArrayBuffer(ctx, v, &off, &len, &bpe));
  if (ab.isException()) throw JsThrow{};
  size_t size;
  uint8_t* p = JS_GetArrayBuffer(ctx, &size, ab.get());
  if (!p && len) throw JsThrow{};
  return uv_buf_init(reinterpret_cast<char*>(p ? p + off : nullptr), static_cast<unsigned>(len));
}

// String → bytes in a Node encoding the handle writes itself: utf8 (lone surrogates become
// U+FFFD), latin1/binary, ascii, ucs2/utf16le — Buffer's codecs (buffer_codec.h) over the
// engine's own characters. Other encodings are converted in JS (stream_base_commons.js).
static bool handleEncoding(const std::string& enc, codec::Encoding* out) {
  if (enc.empty() || enc == "utf8" || enc == "utf-8" || enc == "buffer") *out = codec::UTF8;
  else if (enc == "latin1" || enc == "binary") *out = codec::LATIN1;
  else if (enc == "ascii") *out = codec::ASCII;
  else if (enc == "ucs2" || enc == "ucs-2" || enc == "utf16le" || enc == "utf-16le") *out = codec::UCS2;
  else return false;
  return true;
}

static void encodeChunk(JSContext* ctx, JSValueConst v, const std::string& enc, std::string& out) {
  codec::Encoding e;
  if (!handleEncoding(enc, &e)) throwTypeError(ctx, "ERR_UNKNOWN_ENCODING", "Unknown encoding: " + enc);
  Value str(ctx, JS_ToString(ctx, v));  // a string as it is; anything else as its conversion
  if (str.isException()) throw JsThrow{};
  StringChars s(ctx, str.get());
  out.resize(codec::byteLength(s.chars, e));
  out.resize(codec::write(s.chars, e, reinterpret_cast<uint8_t*>(out.data()), out.size()));
}

Value StreamWrap::writeBuffer(Call& c) {
  uv_buf_t b = viewBytes(c.ctx(), c.raw(1));
  return write(c, c.arg(0), &b, 1, nullptr);
}

Value StreamWrap::writeString(Call& c) {
  std::string data;
  encodeChunk(c.ctx(), c.raw(1), c.has(2) ? c.arg(2).toString() : "utf8", data);
  uv_buf_t b = uv_buf_init(data.data(), static_cast<unsigned>(data.size()));
  return write(c, c.arg(0), &b, 1, &data);
}

// writev(req, chunks, allBuffers): chunks is [buf, buf, …] when allBuffers, else
// [chunk, encoding, chunk, encoding, …] as Node's. Buffers are written from their own memory.
Value StreamWrap::writev(Call& c) {
  JSContext* ctx = c.ctx();
  Value chunks = c.arg(1);
  bool allBuffers = c.boolean(2);
  int64_t n = chunks.get("length").toInt64(0);
  size_t count = static_cast<size_t>(allBuffers ? n : (n + 1) / 2);
  std::vector<Value> held;
  held.reserve(count);
  std::vector<std::string> strings;  // encoded strings, indexed by chunk
  std::vector<int> stringIndex(count, -1);
  for (int64_t i = 0; i < n; i += allBuffers ? 1 : 2) {
    Value chunk = chunks.get(static_cast<uint32_t>(i));
    if (chunk.isString()) {
      std::string enc = allBuffers ? "utf8" : chunks.get(static_cast<uint32_t>(i + 1)).toString();
      stringIndex[held.size()] = static_cast<int>(strings.size());
      strings.emplace_back();
      encodeChunk(ctx, chunk.get(), enc, strings.back());
    }
    held.push_back(std::move(chunk));
  }
  std::vector<uv_buf_t> bufs(held.size());
  for (size_t i = 0; i < held.size(); i++) {
    if (stringIndex[i] >= 0) {
      std::string& s = strings[static_cast<size_t>(stringIndex[i])];
      bufs[i] = uv_buf_init(s.data(), static_cast<unsigned>(s.size()));
    } else {
      bufs[i] = viewBytes(ctx, held[i].get());
    }
  }
  return write(c, c.arg(0), bufs.data(), bufs.size(), nullptr);
}

Value StreamWrap::shutdown(Call& c) {
  if (!isOpen()) return i64(c.ctx(), UV_EBADF);
  auto* r = new ShutdownReq{{}, this, c.arg(0)};
  r->req.data = r;
  int err = uv_shutdown(&r->req, stream_, onShutdown);
  if (err != 0) { delete r; return i64(c.ctx(), err); }
  pending_++;
  updateKeepAlive();
  return i64(c.ctx(), 0);
}

void StreamWrap::onShutdown(uv_shutdown_t* ur, int status) {
  std::unique_ptr<ShutdownReq> r(static_cast<ShutdownReq*>(ur->data));
  StreamWrap* self = r->self;
  self->pending_--;
  if (!self->env().tearingDown) {
    Value fn = r->jsReq.get("oncomplete");
    if (fn.isFunction()) {
      Value arg = i64(self->ctx(), status);
      self->env().makeCallback(fn, r->jsReq, 1, &arg);
    }
  }
  self->updateKeepAlive();
}

Value StreamWrap::setBlocking(Call& c) {
  if (!isOpen()) return i64(c.ctx(), UV_EBADF);
  return i64(c.ctx(), uv_stream_set_blocking(stream_, c.boolean(0) ? 1 : 0));
}

Value StreamWrap::getBytesRead(Call& c) { return i64(c.ctx(), static_cast<int64_t>(bytesRead_)); }
Value StreamWrap::getBytesWritten(Call& c) { return i64(c.ctx(), static_cast<int64_t>(bytesWritten_)); }

Value StreamWrap::getWriteQueueSize(Call& c) {
  return i64(c.ctx(), isOpen() ? static_cast<int64_t>(stream_->write_queue_size) : 0);
}

Value StreamWrap::getFd(Call& c) {
  uv_os_fd_t fd;
  if (!isOpen() || uv_fileno(handle(), &fd) != 0) return i64(c.ctx(), -1);
  return i64(c.ctx(), fd);
}

// hasPendingRead() → whether bytes, an end of stream or an error wait to be read while the
// handle is not reading (http's Agent drops a pooled socket the server has closed meanwhile).
Value StreamWrap::hasPendingRead(Call& c) {
  uv_os_fd_t fd;
  if (!isOpen() || uv_fileno(handle(), &fd) != 0) return boolean(c.ctx(), false);
  struct pollfd p = {fd, POLLIN | POLLRDHUP, 0};
  int r;
  do r = ::poll(&p, 1, 0); while (r < 0 && errno == EINTR);
  return boolean(c.ctx(), r > 0 && (p.revents & (POLLIN | POLLRDHUP | POLLHUP | POLLERR)) != 0);
}

// setBufferPrototype(proto): chunks read are created with this prototype (Buffer's).
static Value setBufferPrototype(Call& c) {
  StreamState* st = StreamState::of(c.env());
  if (st && c.arg(0).isObject()) st->bufferProto = c.arg(0);
  return undefined(c.ctx());
}

// internalBinding('stream_wrap'): constants the JS side of every stream handle needs, the
// write-result array streamState ([bytes, async] of the last write) and setBufferPrototype.
void init_stream_wrap_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  t.set("UV_EOF", i64(ctx, UV_EOF));
  t.set("UV_EAGAIN", i64(ctx, UV_EAGAIN));
  t.set("UV_EPIPE", i64(ctx, UV_EPIPE));
  t.set("UV_ECANCELED", i64(ctx, UV_ECANCELED));
  if (!StreamState::of(env)) StreamState::current = new StreamState(env);
  t.set("streamState", StreamState::current->writeStateArray);
  setMethod<setBufferPrototype>(ctx, t, "setBufferPrototype", 1);
}

}  // namespace pjs

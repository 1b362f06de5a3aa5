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
#include "qjs_bytes.h"

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

// String → bytes in a Node encoding: utf8 (lone surrogates become U+FFFD), latin1/binary,
// ascii (low 8 bits, as Node), ucs2/utf16le. Other encodings are converted in JS. Works on the
// engine's own characters (8-bit Latin-1 or 16-bit UTF-16 storage), one pass, no per-character
// encoding checks. Returns false for an encoding it does not know.
enum class Enc { Utf8, Latin1, Ucs2, Other };

static Enc encodingOf(const std::string& enc) {
  if (enc.empty() || enc == "utf8" || enc == "utf-8" || enc == "buffer") return Enc::Utf8;
  if (enc == "latin1" || enc == "binary" || enc == "ascii") return Enc::Latin1;
  if (enc == "ucs2" || enc == "ucs-2" || enc == "utf16le" || enc == "utf-16le") return Enc::Ucs2;
  return Enc::Other;
}

static void utf16ToUtf8(const uint16_t* p, uint32_t n, std::string& out) {
  out.reserve(out.size() + n * 3);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t cp = p[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n && p[i + 1] >= 0xDC00 && p[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (p[++i] - 0xDC00);
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;  // a lone surrogate
    }
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
}

static bool encodeString(JSContext* ctx, JSValueConst v, Enc enc, std::string& out) {
  if (enc == Enc::Other) return false;
  JSValue holder = JS_UNDEFINED;
  const uint8_t* p8 = nullptr;
  const uint16_t* p16 = nullptr;
  uint32_t n = 0;
  if (pjs_string_chars(ctx, v, &holder, &p8, &p16, &n) < 0) {
    // Not a string: its string conversion is written (as the JS layer would pass it).
    Value str(ctx, JS_ToString(ctx, v));
    if (str.isException()) throw JsThrow{};
    return encodeString(ctx, str.get(), enc, out);
  }
  out.clear();
  switch (enc) {
    case Enc::Latin1:
      if (p8) {
        out.assign(reinterpret_cast<const char*>(p8), n);
      } else {
        out.resize(n);
        for (uint32_t i = 0; i < n; i++) out[i] = static_cast<char>(p16[i] & 0xFF);
      }
      break;
    case Enc::Ucs2:
      out.resize(size_t{n} * 2);
      for (uint32_t i = 0; i < n; i++) {
        uint16_t u = p8 ? p8[i] : p16[i];
        out[2 * i] = static_cast<char>(u & 0xFF);
        out[2 * i + 1] = static_cast<char>(u >> 8);
      }
      break;
    default:  // Utf8
      if (p8) {
        out.reserve(n + n / 2);
        for (uint32_t i = 0; i < n; i++) {
          uint8_t c = p8[i];
          if (c < 0x80) {
            out.push_back(static_cast<char>(c));
          } else {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
          }
        }
      } else {
        utf16ToUtf8(p16, n, out);
      }
      break;
  }
  JS_FreeValue(ctx, holder);
  return true;
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

// UTF-8 of a JS string. QuickJS gives WTF-8 (lone surrogates as ED A0–BF xx); only when such a
// sequence is present does the slower re-encoding (to U+FFFD) run.
static void encodeUtf8(JSContext* ctx, JSValueConst v, std::string& out) {
  size_t len;
  const char* s = JS_ToCStringLen(ctx, &len, v);
  if (!s) throw JsThrow{};
  bool lone = false;
  for (const char* p = s; (p = static_cast<const char*>(memchr(p, 0xED, len - (p - s)))); p++) {
    if (p + 1 < s + len && static_cast<unsigned char>(p[1]) >= 0xA0) { lone = true; break; }
  }
  out.assign(s, len);
  JS_FreeCString(ctx, s);
  if (lone) encodeString(ctx, v, Enc::Utf8, out);
}

static void encodeChunk(JSContext* ctx, JSValueConst v, const std::string& enc, std::string& out) {
  Enc kind = encodingOf(enc);
  if (kind == Enc::Utf8) return encodeUtf8(ctx, v, out);
  if (!encodeString(ctx, v, kind, out)) {
    throwTypeError(ctx, "ERR_UNKNOWN_ENCODING", "Unknown encoding: " + enc);
  }
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

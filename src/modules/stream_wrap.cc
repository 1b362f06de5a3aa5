// The shared libuv stream binding (see stream_wrap.h for the JS contract). Writes are tried
// synchronously first (uv_try_write): what the kernel takes at once completes with
// req.async = false and no callback, as Node's StreamBase does; the rest is copied and queued.
#include "modules/stream_wrap.h"
#include <memory>
#include <vector>
#include "core/environment.h"

namespace pjs {

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
  if (isOpen()) keepAlive(reading_ || pending_ > 0);
}

void StreamWrap::onAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf) {
  buf->base = new (std::nothrow) char[suggested];
  buf->len = buf->base ? suggested : 0;
}

void StreamWrap::onRead(uv_stream_t* s, ssize_t nread, const uv_buf_t* buf) {
  std::unique_ptr<char[]> data(buf->base);
  auto* self = static_cast<StreamWrap*>(s->data);
  if (nread == 0 || self->env().tearingDown) return;
  JSContext* ctx = self->ctx();
  Value args[2] = {i64(ctx, nread), undefined(ctx)};
  if (nread > 0) {
    self->bytesRead_ += static_cast<uint64_t>(nread);
    args[1] = bytes(ctx, data.get(), static_cast<size_t>(nread));
  } else {
    uv_read_stop(s);  // end of input or an error: nothing more will come
    self->reading_ = false;
  }
  // While the callback runs the object is still held (reading_ was on); only afterwards may
  // it be released.
  self->callback("onread", 2, args);
  if (nread < 0) self->updateKeepAlive();
}

Value StreamWrap::readStart(Call& c) {
  if (!isOpen()) return i64(c.ctx(), UV_EBADF);
  int r = uv_read_start(stream_, onAlloc, onRead);
  if (r == UV_EALREADY) r = 0;
  if (r == 0) { reading_ = true; updateKeepAlive(); }
  return i64(c.ctx(), r);
}

Value StreamWrap::readStop(Call& c) {
  int r = isOpen() ? uv_read_stop(stream_) : 0;
  reading_ = false;
  updateKeepAlive();
  return i64(c.ctx(), r);
}

static void setReqResult(const Value& req, bool async, size_t bytes) {
  req.set("async", boolean(req.ctx(), async));
  req.set("bytes", i64(req.ctx(), static_cast<int64_t>(bytes)));
}

Value StreamWrap::write(Call& c, const Value& req, std::string data) {
  JSContext* ctx = c.ctx();
  if (!isOpen()) return i64(ctx, UV_EBADF);
  size_t total = data.size(), done = 0;
  if (stream_->write_queue_size == 0) {
    while (done < total) {
      uv_buf_t b = uv_buf_init(data.data() + done, static_cast<unsigned>(total - done));
      int n = uv_try_write(stream_, &b, 1);
      if (n == UV_EAGAIN || n == UV_ENOSYS) break;
      if (n < 0) { setReqResult(req, false, 0); return i64(ctx, n); }
      done += static_cast<size_t>(n);
    }
  }
  bytesWritten_ += done;
  if (done == total) {
    setReqResult(req, false, total);
    return i64(ctx, 0);
  }
  auto* w = new WriteReq{{}, this, req, data.substr(done)};
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
// ascii (low 8 bits, as Node), ucs2/utf16le. Other encodings are converted in JS.
static bool encodeString(JSContext* ctx, JSValueConst v, const std::string& enc, std::string& out) {
  size_t len;
  const char* s = JS_ToCStringLen(ctx, &len, v);
  if (!s) throw JsThrow{};
  std::string utf8(s, len);
  JS_FreeCString(ctx, s);
  bool isUtf8 = enc == "utf8" || enc == "utf-8" || enc.empty();
  out.clear();
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    unsigned char b = static_cast<unsigned char>(utf8[i]);
    uint32_t cp; size_t n;
    if (b < 0x80) { cp = b; n = 1; }
    else if ((b >> 5) == 6 && i + 1 < utf8.size()) { cp = ((b & 0x1F) << 6) | (utf8[i + 1] & 0x3F); n = 2; }
    else if ((b >> 4) == 14 && i + 2 < utf8.size()) {
      cp = ((b & 0x0F) << 12) | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F); n = 3;
    } else if (i + 3 < utf8.size()) {
      cp = ((b & 0x07) << 18) | ((utf8[i + 1] & 0x3F) << 12) | ((utf8[i + 2] & 0x3F) << 6) |
           (utf8[i + 3] & 0x3F); n = 4;
    } else { cp = 0xFFFD; n = 1; }
    if (isUtf8) {
      if (cp >= 0xD800 && cp <= 0xDFFF) out.append("\xEF\xBF\xBD");
      else out.append(utf8, i, n);
    } else if (enc == "ucs2" || enc == "ucs-2" || enc == "utf16le" || enc == "utf-16le") {
      auto unit = [&](uint32_t u) { out.push_back(static_cast<char>(u & 0xFF)); out.push_back(static_cast<char>(u >> 8)); };
      if (cp >= 0x10000) { cp -= 0x10000; unit(0xD800 | (cp >> 10)); unit(0xDC00 | (cp & 0x3FF)); }
      else unit(cp);
    } else if (enc == "latin1" || enc == "binary" || enc == "ascii") {
      if (cp >= 0x10000) { cp -= 0x10000; out.push_back(static_cast<char>((0xD800 | (cp >> 10)) & 0xFF)); cp = 0xDC00 | (cp & 0x3FF); }
      out.push_back(static_cast<char>(cp & 0xFF));
    } else {
      return false;
    }
    i += n;
  }
  return true;
}

static void appendBytes(JSContext* ctx, JSValueConst v, std::string& out) {
  size_t off, len, bpe;
  Value ab(ctx, JS_GetTypedArrayBuffer(ctx, v, &off, &len, &bpe));
  if (ab.isException()) throw JsThrow{};
  size_t size;
  uint8_t* p = JS_GetArrayBuffer(ctx, &size, ab.get());
  if (!p && len) throw JsThrow{};
  out.append(reinterpret_cast<const char*>(p + off), len);
}

Value StreamWrap::writeBuffer(Call& c) {
  std::string data;
  appendBytes(c.ctx(), c.raw(1), data);
  return write(c, c.arg(0), std::move(data));
}

Value StreamWrap::writeString(Call& c) {
  std::string data;
  std::string enc = c.has(2) ? c.arg(2).toString() : "utf8";
  if (!encodeString(c.ctx(), c.raw(1), enc, data)) {
    throwTypeError(c.ctx(), "ERR_UNKNOWN_ENCODING", "Unknown encoding: " + enc);
  }
  return write(c, c.arg(0), std::move(data));
}

// writev(req, chunks, allBuffers): chunks is [buf, buf, …] when allBuffers, else
// [chunk, encoding, chunk, encoding, …] as Node's.
Value StreamWrap::writev(Call& c) {
  JSContext* ctx = c.ctx();
  Value chunks = c.arg(1);
  bool allBuffers = c.boolean(2);
  int64_t n = chunks.get("length").toInt64(0);
  std::string data, part;
  for (int64_t i = 0; i < n; i += allBuffers ? 1 : 2) {
    Value chunk = chunks.get(static_cast<uint32_t>(i));
    if (chunk.isString()) {
      std::string enc = allBuffers ? "utf8" : chunks.get(static_cast<uint32_t>(i + 1)).toString();
      if (!encodeString(ctx, chunk.get(), enc, part)) {
        throwTypeError(ctx, "ERR_UNKNOWN_ENCODING", "Unknown encoding: " + enc);
      }
      data += part;
    } else {
      appendBytes(ctx, chunk.get(), data);
    }
  }
  return write(c, c.arg(0), std::move(data));
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

// internalBinding('stream_wrap'): constants the JS side of every stream handle needs.
void init_stream_wrap_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  t.set("UV_EOF", i64(ctx, UV_EOF));
  t.set("UV_EAGAIN", i64(ctx, UV_EAGAIN));
  t.set("UV_EPIPE", i64(ctx, UV_EPIPE));
  t.set("UV_ECANCELED", i64(ctx, UV_ECANCELED));
}

}  // namespace pjs

// internalBinding('tty'): terminals. `new TTY(fd)` wraps a uv_tty_t: readStart/readStop deliver
// input to this.onread(chunk) — a Uint8Array, null at end of input, or a negative errno —,
// setRawMode(flag), getWindowSize() → [columns, rows]. isTTY(fd) tells whether fd is a terminal.
#include <memory>
#include "binding/handle_wrap.h"
#include "core/environment.h"

namespace pjs {

class TTYWrap : public HandleWrap {
 public:
  explicit TTYWrap(Environment& env) : HandleWrap(env, reinterpret_cast<uv_handle_t*>(&tty_)) {}

  int init(int fd) {
    int r = uv_tty_init(env().loop(), &tty_, fd, 0);
    if (r == 0) opened();
    return r;
  }

  Value readStart(Call& c) {
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    int r = uv_read_start(stream(), onAlloc, onRead);
    if (r == 0) keepAlive(true);
    return i64(c.ctx(), r);
  }

  Value readStop(Call& c) {
    int r = isOpen() ? uv_read_stop(stream()) : 0;
    keepAlive(false);
    return i64(c.ctx(), r);
  }

  Value setRawMode(Call& c) {
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    return i64(c.ctx(), uv_tty_set_mode(&tty_, c.boolean(0) ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
  }

  Value getWindowSize(Call& c) {
    int cols = 0, rows = 0;
    if (!isOpen() || uv_tty_get_winsize(&tty_, &cols, &rows) != 0) return undefined(c.ctx());
    Value out = array(c.ctx());
    out.set(0u, i64(c.ctx(), cols));
    out.set(1u, i64(c.ctx(), rows));
    return out;
  }

 private:
  uv_stream_t* stream() { return reinterpret_cast<uv_stream_t*>(&tty_); }

  static void onAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf) {
    buf->base = new (std::nothrow) char[suggested];
    buf->len = buf->base ? suggested : 0;
  }

  static void onRead(uv_stream_t* s, ssize_t nread, const uv_buf_t* buf) {
    std::unique_ptr<char[]> data(buf->base);
    auto* self = static_cast<TTYWrap*>(s->data);
    if (nread == 0 || self->env().tearingDown) return;
    JSContext* ctx = self->ctx();
    Value arg = nread > 0 ? bytes(ctx, data.get(), static_cast<size_t>(nread))
              : nread == UV_EOF ? null(ctx) : i64(ctx, nread);
    if (nread < 0) { uv_read_stop(s); self->keepAlive(false); }
    self->callback("onread", 1, &arg);
  }

  uv_tty_t tty_{};
};

static TTYWrap* makeTTY(Call& c) {
  int fd = static_cast<int>(c.integer(0, "fd"));
  if (fd < 0) throwRangeError(c.ctx(), "ERR_OUT_OF_RANGE", "The value of \"fd\" is out of range.");
  auto* tty = new TTYWrap(c.env());
  int r = tty->init(fd);
  if (r != 0) {
    delete tty;
    throwUvError(c.ctx(), r, "uv_tty_init");
  }
  return tty;
}

static Value isTTY(Call& c) {
  int fd = static_cast<int>(c.integer(0, "fd"));
  return boolean(c.ctx(), fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

void init_tty_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  t.set("TTY", NativeClass<TTYWrap>::define<makeTTY>(ctx, "TTY", 1, {
      method<TTYWrap, &TTYWrap::readStart>("readStart", 0),
      method<TTYWrap, &TTYWrap::readStop>("readStop", 0),
      method<TTYWrap, &TTYWrap::setRawMode>("setRawMode", 1),
      method<TTYWrap, &TTYWrap::getWindowSize>("getWindowSize", 0),
      PJS_HANDLE_METHODS(TTYWrap)}));
  setMethod<isTTY>(ctx, t, "isTTY", 1);
}

}  // namespace pjs

// internalBinding('tty'): terminals. `new TTY(fd)` wraps a uv_tty_t and is a stream handle
// (stream_wrap.h: readStart/readStop → onread(nread, buf), writeBuffer/writeString/writev,
// setBlocking …) with setRawMode(flag) and getWindowSize() → [columns, rows].
// isTTY(fd) tells whether fd is a terminal.
#include "core/environment.h"
#include "modules/stream_wrap.h"

namespace pjs {

class TTYWrap : public StreamWrap {
 public:
  explicit TTYWrap(Environment& env) : StreamWrap(env, reinterpret_cast<uv_stream_t*>(&tty_)) {}

  int init(int fd) {
    int r = uv_tty_init(env().loop(), &tty_, fd, 0);
    if (r == 0) opened();
    return r;
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
  StreamWrap::registerClass(NativeClass<TTYWrap>::id());
  t.set("TTY", NativeClass<TTYWrap>::define<makeTTY>(ctx, "TTY", 1, {
      method<TTYWrap, &TTYWrap::setRawMode>("setRawMode", 1),
      method<TTYWrap, &TTYWrap::getWindowSize>("getWindowSize", 0),
      PJS_STREAM_METHODS(TTYWrap)}));
  setMethod<isTTY>(ctx, t, "isTTY", 1);
}

}  // namespace pjs

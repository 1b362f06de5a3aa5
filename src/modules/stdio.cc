// internalBinding('stdio'): synchronous writes and reads on file descriptors for
// process.stdout/stderr/stdin (Node writes to files, pipes and TTYs synchronously on Linux).
#include <errno.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "binding/call.h"
#include "core/environment.h"

namespace pjs {

static void writeAll(JSContext* ctx, int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {  // non-blocking descriptor: wait until writable
        struct pollfd pfd = {fd, POLLOUT, 0};
        poll(&pfd, 1, -1);
        continue;
      }
      throwUvError(ctx, -errno, "write");
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
}

// writeString(fd, string) → bytes written
static Value writeString(Call& c) {
  int fd = static_cast<int>(c.integer(0, "fd"));
  size_t len;
  const char* s = JS_ToCStringLen(c.ctx(), &len, c.raw(1));
  if (!s) throw JsThrow{};
  try { writeAll(c.ctx(), fd, s, len); } catch (...) { JS_FreeCString(c.ctx(), s); throw; }
  JS_FreeCString(c.ctx(), s);
  return i64(c.ctx(), static_cast<int64_t>(len));
}

// writeBytes(fd, Uint8Array) → bytes written
static Value writeBytes(Call& c) {
  int fd = static_cast<int>(c.integer(0, "fd"));
  size_t off, len, bpe;
  Value ab(c.ctx(), JS_GetTypedArrayBuffer(c.ctx(), c.raw(1), &off, &len, &bpe));
  if (ab.isException()) throw JsThrow{};
  size_t size;
  uint8_t* p = JS_GetArrayBuffer(c.ctx(), &size, ab.get());
  if (!p && len) throw JsThrow{};
  writeAll(c.ctx(), fd, reinterpret_cast<const char*>(p + off), len);
  return i64(c.ctx(), static_cast<int64_t>(len));
}

static Value guessHandleType(Call& c) {
  int fd = static_cast<int>(c.integer(0, "fd"));
  switch (uv_guess_handle(fd)) {
    case UV_TTY: return str(c.ctx(), "TTY");
    case UV_FILE: return str(c.ctx(), "FILE");
    case UV_NAMED_PIPE: return str(c.ctx(), "PIPE");
    case UV_TCP: return str(c.ctx(), "TCP");
    case UV_UDP: return str(c.ctx(), "UDP");
    default: return str(c.ctx(), "UNKNOWN");
  }
}

static Value getWindowSize(Call& c) {
  int fd = static_cast<int>(c.integer(0, "fd"));
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) < 0) return undefined(c.ctx());
  Value a = array(c.ctx());
  a.set(0u, i64(c.ctx(), ws.ws_col));
  a.set(1u, i64(c.ctx(), ws.ws_row));
  return a;
}

// readAll(fd) → the rest of the descriptor's input as a UTF-8 string (program from stdin)
static Value readAll(Call& c) {
  int fd = static_cast<int>(c.integer(0, "fd"));
  std::string out;
  char buf[65536];
  for (;;) {
    ssize_t r = ::read(fd, buf, sizeof(buf));
    if (r < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) { struct pollfd pfd = {fd, POLLIN, 0}; poll(&pfd, 1, -1); continue; }
      throwUvError(c.ctx(), -errno, "read");
    }
    if (r == 0) break;
    out.append(buf, static_cast<size_t>(r));
  }
  return str(c.ctx(), out);
}

// readBytes(fd, size) → a Uint8Array of up to size bytes, or null at end of input (blocking;
// process.stdin when it is a regular file)
static Value readBytes(Call& c) {
  int fd = static_cast<int>(c.integer(0, "fd"));
  int64_t size = c.integer(1, "size");
  if (size <= 0) size = 65536;
  std::string buf(static_cast<size_t>(size), '\0');
  for (;;) {
    ssize_t r = ::read(fd, buf.data(), buf.size());
    if (r < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) { struct pollfd pfd = {fd, POLLIN, 0}; poll(&pfd, 1, -1); continue; }
      throwUvError(c.ctx(), -errno, "read");
    }
    if (r == 0) return null(c.ctx());
    return bytes(c.ctx(), buf.data(), static_cast<size_t>(r));
  }
}

// readLine(fd) → next line without its newline, or null at end of input (blocking; REPL only)
static Value readLine(Call& c) {
  int fd = static_cast<int>(c.integer(0, "fd"));
  std::string line;
  char ch;
  for (;;) {
    ssize_t r = ::read(fd, &ch, 1);
    if (r < 0) { if (errno == EINTR) continue; throwUvError(c.ctx(), -errno, "read"); }
    if (r == 0) { if (line.empty()) return null(c.ctx()); break; }
    if (ch == '\n') break;
    line.push_back(ch);
  }
  return str(c.ctx(), line);
}

void init_stdio_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<writeString>(ctx, t, "writeString", 2);
  setMethod<writeBytes>(ctx, t, "writeBytes", 2);
  setMethod<guessHandleType>(ctx, t, "guessHandleType", 1);
  setMethod<getWindowSize>(ctx, t, "getWindowSize", 1);
  setMethod<readAll>(ctx, t, "readAll", 1);
  setMethod<readLine>(ctx, t, "readLine", 1);
  setMethod<readBytes>(ctx, t, "readBytes", 2);
}

}  // namespace pjs

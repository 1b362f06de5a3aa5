// internalBinding('pipe_wrap'): `new Pipe(type)` wraps a uv_pipe_t (type constants.SOCKET,
// SERVER or IPC; `true` also means IPC) and is a stream handle (stream_wrap.h) that listens and
// connects (connection_wrap.h) on Unix-domain sockets:
//   open(fd), bind(path), listen(backlog), connect(req, path), fchmod(mode)
// all return 0 or a negative errno (a failed connect reports through req.oncomplete).
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include "core/environment.h"
#include "modules/connection_wrap.h"

namespace pjs {

class PipeWrap : public ConnectionWrap {
 public:
  PipeWrap(Environment& env, bool ipc)
      : ConnectionWrap(env, reinterpret_cast<uv_stream_t*>(&pipe_)), ipc_(ipc) {
    if (uv_pipe_init(env.loop(), &pipe_, ipc ? 1 : 0) == 0) opened();
  }

  Value open(Call& c) {
    int fd = static_cast<int>(c.integer(0, "fd"));
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    return i64(c.ctx(), uv_pipe_open(&pipe_, fd));
  }

  Value bind(Call& c) {
    std::string name = c.string(0, "name");
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    if (!fits(name)) return i64(c.ctx(), UV_EINVAL);
    if (isAbstract(name)) return i64(c.ctx(), bindAbstract(name));
    return i64(c.ctx(), uv_pipe_bind(&pipe_, name.c_str()));
  }

  Value connect(Call& c) {
    Value req = c.arg(0);
    std::string name = c.string(1, "name");
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    if (!fits(name)) return i64(c.ctx(), UV_EINVAL);
    ConnectReq* cr = newConnectReq(c, req);
    if (isAbstract(name)) {
      int status = connectAbstract(name);
      Value r = connectStarted(c, cr, 0);
      deferConnect(cr, status);
      return r;
    }
    uv_pipe_connect(&cr->req, &pipe_, name.c_str(), onConnect);  // errors come to onConnect
    return connectStarted(c, cr, 0);
  }

  // fchmod(mode): mode UV_READABLE | UV_WRITABLE (the socket file readable/writable by all).
  Value fchmod(Call& c) {
    int mode = static_cast<int>(c.integer(0, "mode"));
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    return i64(c.ctx(), uv_pipe_chmod(&pipe_, mode));
  }

 protected:
  Value newClient(StreamWrap** out) override {
    auto* client = new PipeWrap(env(), ipc_);
    Value obj = NativeClass<PipeWrap>::wrap(ctx(), client);
    *out = client;
    return obj;
  }

 private:
  // A path longer than sockaddr_un holds is EINVAL (libuv 1.44 would cut it short silently).
  static bool fits(const std::string& name) { return name.size() < sizeof(sockaddr_un::sun_path); }

  // Linux's abstract namespace: a name starting with NUL, its length part of the address.
  // libuv 1.44 measures names with strlen, so these sockets are made here.
  static bool isAbstract(const std::string& name) { return !name.empty() && name[0] == '\0'; }

  static socklen_t abstractAddress(const std::string& name, sockaddr_un& sa) {
    sa = {};
    sa.sun_family = AF_UNIX;
    memcpy(sa.sun_path, name.data(), name.size());
    return static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + name.size());
  }

  // A new socket bound (or connected) to `name`, adopted by the handle: 0 or a negative errno.
  int adoptAbstract(const std::string& name, bool connect) {
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return -errno;
    sockaddr_un sa;
    socklen_t len = abstractAddress(name, sa);
    int r = connect ? ::connect(fd, reinterpret_cast<sockaddr*>(&sa), len)
                    : ::bind(fd, reinterpret_cast<sockaddr*>(&sa), len);
    if (r != 0) r = -errno;
    if (r == 0) r = uv_pipe_open(&pipe_, fd);
    if (r != 0) ::close(fd);
    return r;
  }

  int bindAbstract(const std::string& name) { return adoptAbstract(name, false); }
  int connectAbstract(const std::string& name) { return adoptAbstract(name, true); }

  uv_pipe_t pipe_{};
  bool ipc_;
};

static PipeWrap* makePipe(Call& c) {
  Value type = c.arg(0);
  bool ipc = JS_IsBool(type.get()) ? type.toBool() : type.toInt64(0) == 2;
  return new PipeWrap(c.env(), ipc);
}

void init_pipe_wrap_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  StreamWrap::registerClass(NativeClass<PipeWrap>::id());
  t.set("Pipe", NativeClass<PipeWrap>::define<makePipe>(ctx, "Pipe", 1, {
      method<PipeWrap, &PipeWrap::open>("open", 1),
      method<PipeWrap, &PipeWrap::bind>("bind", 1),
      method<PipeWrap, &PipeWrap::connect>("connect", 2),
      method<PipeWrap, &PipeWrap::fchmod>("fchmod", 1),
      PJS_CONNECTION_METHODS(PipeWrap)}));
  Value constants = object(ctx);
  constants.set("SOCKET", i64(ctx, 0));
  constants.set("SERVER", i64(ctx, 1));
  constants.set("IPC", i64(ctx, 2));
  constants.set("UV_READABLE", i64(ctx, UV_READABLE));
  constants.set("UV_WRITABLE", i64(ctx, UV_WRITABLE));
  t.set("constants", constants);
}

}  // namespace pjs

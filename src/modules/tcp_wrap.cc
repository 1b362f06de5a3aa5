// internalBinding('tcp_wrap'): `new TCP(type)` (constants.SOCKET or constants.SERVER) wraps a
// uv_tcp_t; it is a stream handle (stream_wrap.h) that listens and connects (connection_wrap.h).
// Addresses are numeric IP strings (the JS side resolves names first). Methods return 0 or a
// negative errno. See docs/BINDINGS.md.
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include "core/environment.h"
#include "modules/connection_wrap.h"

namespace pjs {

// {address, family, port} of a socket address into `out`.
static void fillAddress(JSContext* ctx, const sockaddr_storage& ss, const Value& out) {
  char ip[INET6_ADDRSTRLEN] = "";
  int port = 0;
  const char* family = "IPv4";
  if (ss.ss_family == AF_INET6) {
    const auto* a = reinterpret_cast<const sockaddr_in6*>(&ss);
    uv_ip6_name(a, ip, sizeof ip);
    port = ntohs(a->sin6_port);
    family = "IPv6";
  } else if (ss.ss_family == AF_INET) {
    const auto* a = reinterpret_cast<const sockaddr_in*>(&ss);
    uv_ip4_name(a, ip, sizeof ip);
    port = ntohs(a->sin_port);
  } else {
    return;
  }
  out.set("address", str(ctx, ip));
  out.set("family", str(ctx, family));
  out.set("port", i64(ctx, port));
}

constexpr unsigned kTcpIPv6Only = UV_TCP_IPV6ONLY;
constexpr unsigned kTcpReusePort = 2;  // libuv ≥ 1.49's UV_TCP_REUSEPORT

class TCPWrap : public ConnectionWrap {
 public:
  explicit TCPWrap(Environment& env) : ConnectionWrap(env, reinterpret_cast<uv_stream_t*>(&tcp_)) {
    if (uv_tcp_init(env.loop(), &tcp_) == 0) opened();
  }

  Value open(Call& c) {
    int fd = static_cast<int>(c.integer(0, "fd"));
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    return i64(c.ctx(), uv_tcp_open(&tcp_, fd));
  }

  Value bind(Call& c) { return bindAs(c, false); }
  Value bind6(Call& c) { return bindAs(c, true); }
  Value connect(Call& c) { return connectAs(c, false); }
  Value connect6(Call& c) { return connectAs(c, true); }

  Value getsockname(Call& c) { return nameOf(c, uv_tcp_getsockname); }
  Value getpeername(Call& c) { return nameOf(c, uv_tcp_getpeername); }

  Value setNoDelay(Call& c) {
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    return i64(c.ctx(), uv_tcp_nodelay(&tcp_, c.boolean(0) ? 1 : 0));
  }

  // setKeepAlive(enable, delaySeconds[, intervalSeconds[, count]])
  Value setKeepAlive(Call& c) {
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    bool enable = c.boolean(0);
    unsigned delay = static_cast<unsigned>(c.has(1) ? c.arg(1).toInt64(0) : 0);
    int r = uv_tcp_keepalive(&tcp_, enable ? 1 : 0, delay);
    if (r != 0 || !enable) return i64(c.ctx(), r);
    uv_os_fd_t fd;
    if (uv_fileno(handle(), &fd) != 0) return i64(c.ctx(), 0);
    if (c.has(2)) {
      int interval = static_cast<int>(c.arg(2).toInt64(1));
      if (interval < 1) interval = 1;
      if (setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval) != 0) r = -errno;
    }
    if (r == 0 && c.has(3)) {
      int count = static_cast<int>(c.arg(3).toInt64(1));
      if (count < 1) count = 1;
      if (setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count) != 0) r = -errno;
    }
    return i64(c.ctx(), r);
  }

  // IP_TOS (IPv4) or IPV6_TCLASS (IPv6) of the socket: setTypeOfService(tos) → 0 or a
  // negative errno; getTypeOfService() → the value or a negative errno.
  Value setTypeOfService(Call& c) {
    int tos = static_cast<int>(c.integer(0, "tos"));
    int level = 0, name = 0, fd = tosTarget(level, name);
    if (fd < 0) return i64(c.ctx(), fd);
    return i64(c.ctx(), setsockopt(fd, level, name, &tos, sizeof tos) == 0 ? 0 : -errno);
  }

  Value getTypeOfService(Call& c) {
    int level = 0, name = 0, fd = tosTarget(level, name);
    if (fd < 0) return i64(c.ctx(), fd);
    int tos = 0;
    socklen_t len = sizeof tos;
    return i64(c.ctx(), getsockopt(fd, level, name, &tos, &len) == 0 ? tos : -errno);
  }

  // reset([cb]): closes with a TCP RST (SO_LINGER 0) instead of a FIN; cb as close()'s.
  Value reset(Call& c) {
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    int r = beginClose(c.arg(0), [](uv_handle_t* h, uv_close_cb cb) {
      return uv_tcp_close_reset(reinterpret_cast<uv_tcp_t*>(h), cb);
    });
    return i64(c.ctx(), r);
  }

 protected:
  Value newClient(StreamWrap** out) override {
    auto* client = new TCPWrap(env());
    Value obj = NativeClass<TCPWrap>::wrap(ctx(), client);
    *out = client;
    return obj;
  }

 private:
  // The descriptor and the option for the type of service, or a negative errno.
  int tosTarget(int& level, int& name) {
    uv_os_fd_t fd;
    if (!isOpen()) return UV_EBADF;
    int r = uv_fileno(handle(), &fd);
    if (r != 0) return r;
    sockaddr_storage ss{};
    int len = sizeof ss;
    r = uv_tcp_getsockname(&tcp_, reinterpret_cast<sockaddr*>(&ss), &len);
    if (r != 0) return r;
    if (ss.ss_family == AF_INET6) { level = IPPROTO_IPV6; name = IPV6_TCLASS; }
    else { level = IPPROTO_IP; name = IP_TOS; }
    return fd;
  }

  // flags: kTcpIPv6Only (bind6 only), kTcpReusePort (SO_REUSEPORT: several sockets share the
  // port; libuv 1.44 has no UV_TCP_REUSEPORT, so the socket is made here before binding).
  Value bindAs(Call& c, bool v6) {
    std::string ip = c.string(0, "address");
    // A missing port (connect with localAddress only) is 0, as Node's Int32Value.
    int port = c.has(1) ? static_cast<int>(c.integer(1, "port")) : 0;
    unsigned flags = static_cast<unsigned>(c.has(2) ? c.arg(2).toInt64(0) : 0);
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    sockaddr_storage ss{};
    int r = v6 ? uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(&ss))
               : uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(&ss));
    if (r == 0 && (flags & kTcpReusePort)) r = reusePort(v6 ? AF_INET6 : AF_INET);
    if (r == 0) r = uv_tcp_bind(&tcp_, reinterpret_cast<sockaddr*>(&ss), v6 ? (flags & kTcpIPv6Only) : 0);
    return i64(c.ctx(), r);
  }

  int reusePort(int family) {
    uv_os_fd_t fd;
    if (uv_fileno(handle(), &fd) != 0) {
      fd = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
      if (fd < 0) return -errno;
      int r = uv_tcp_open(&tcp_, fd);
      if (r != 0) { ::close(fd); return r; }
    }
    int one = 1;
    return setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) == 0 ? 0 : -errno;
  }

  Value connectAs(Call& c, bool v6) {
    Value req = c.arg(0);
    std::string ip = c.string(1, "address");
    int port = static_cast<int>(c.integer(2, "port"));
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    sockaddr_storage ss{};
    int r = v6 ? uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(&ss))
               : uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(&ss));
    if (r != 0) return i64(c.ctx(), r);
    ConnectReq* cr = newConnectReq(c, req);
    r = uv_tcp_connect(&cr->req, &tcp_, reinterpret_cast<sockaddr*>(&ss), onConnect);
    return connectStarted(c, cr, r);
  }

  Value nameOf(Call& c, int (*fn)(const uv_tcp_t*, sockaddr*, int*)) {
    Value out = c.arg(0);
    if (!out.isObject()) throwTypeError(c.ctx(), "ERR_INVALID_ARG_TYPE", "The \"out\" argument must be an object");
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    sockaddr_storage ss{};
    int len = sizeof ss;
    int r = fn(&tcp_, reinterpret_cast<sockaddr*>(&ss), &len);
    if (r == 0) fillAddress(c.ctx(), ss, out);
    return i64(c.ctx(), r);
  }

  uv_tcp_t tcp_{};
};

static TCPWrap* makeTCP(Call& c) { return new TCPWrap(c.env()); }

void init_tcp_wrap_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  StreamWrap::registerClass(NativeClass<TCPWrap>::id());
  t.set("TCP", NativeClass<TCPWrap>::define<makeTCP>(ctx, "TCP", 1, {
      method<TCPWrap, &TCPWrap::open>("open", 1),
      method<TCPWrap, &TCPWrap::bind>("bind", 3), method<TCPWrap, &TCPWrap::bind6>("bind6", 3),
      method<TCPWrap, &TCPWrap::connect>("connect", 3),
      method<TCPWrap, &TCPWrap::connect6>("connect6", 3),
      method<TCPWrap, &TCPWrap::getsockname>("getsockname", 1),
      method<TCPWrap, &TCPWrap::getpeername>("getpeername", 1),
      method<TCPWrap, &TCPWrap::setNoDelay>("setNoDelay", 1),
      method<TCPWrap, &TCPWrap::setKeepAlive>("setKeepAlive", 4),
      method<TCPWrap, &TCPWrap::setTypeOfService>("setTypeOfService", 1),
      method<TCPWrap, &TCPWrap::getTypeOfService>("getTypeOfService", 0),
      method<TCPWrap, &TCPWrap::reset>("reset", 1),
      PJS_CONNECTION_METHODS(TCPWrap)}));
  Value constants = object(ctx);
  constants.set("SOCKET", i64(ctx, 0));
  constants.set("SERVER", i64(ctx, 1));
  constants.set("UV_TCP_IPV6ONLY", i64(ctx, kTcpIPv6Only));
  constants.set("UV_TCP_REUSEPORT", i64(ctx, kTcpReusePort));
  t.set("constants", constants);
}

}  // namespace pjs

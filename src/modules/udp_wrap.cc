// internalBinding('udp_wrap'): `new UDP()` wraps one uv_udp_t (a HandleWrap). lib/dgram.js is
// its only user; the contract is in docs/BINDINGS.md. Methods return 0 or a negative errno
// unless said otherwise; addresses are numeric (JS resolves names first).
//   bind(ip, port, flags) / bind6      flags: UV_UDP_REUSEADDR, UV_UDP_IPV6ONLY, and our
//                                      UV_UDP_REUSEPORT (SO_REUSEPORT, set by hand: libuv 1.44
//                                      has no such flag)
//   connect(ip, port) / connect6, disconnect(), open(fd)
//   send(req, list, count, port, ip, hasCallback) / send6 — unconnected
//   send(req, list, count, hasCallback)                    — connected
//       → msg_size + 1 when the kernel took the datagram at once (uv_udp_try_send), 0 when it
//         was queued (req.oncomplete(status, msg_size) follows if hasCallback), or an errno
//   recvStart() / recvStop(): datagrams go to this.onmessage(nread, this, arrayBuffer, rinfo)
//   getsockname(out) / getpeername(out): out gets { address, family, port }
//   setBroadcast, setTTL, setMulticastTTL, setMulticastLoopback, setMulticastInterface,
//   addMembership/dropMembership(group, iface?),
//   addSourceSpecificMembership/dropSourceSpecificMembership(source, group, iface?)
//   bufferSize(size, isRecv, ctx) → the size, or undefined with ctx = { errno, code, message,
//       syscall } on failure (size 0 reads)
//   getSendQueueSize(), getSendQueueCount()
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cstring>
#include <memory>
#include <string>
#include <vector>
#include "binding/async_frame.h"
#include "binding/handle_wrap.h"
#include "core/environment.h"
#include "qjs_bytes.h"

namespace pjs {

// Not a libuv 1.44 flag: chosen outside libuv's bits, stripped before uv_udp_bind.
static constexpr unsigned kReusePort = 1u << 20;

// { address, family, port } as Node's AddressToJS (a link-local IPv6 address gets %scope).
static void addressToJS(JSContext* ctx, const sockaddr* sa, const Value& out) {
  char ip[INET6_ADDRSTRLEN + UV_IF_NAMESIZE + 2] = "";
  int port = 0;
  const char* family = "IPv4";
  if (sa->sa_family == AF_INET6) {
    auto* a6 = reinterpret_cast<const sockaddr_in6*>(sa);
    uv_inet_ntop(AF_INET6, &a6->sin6_addr, ip, sizeof ip);
    if (IN6_IS_ADDR_LINKLOCAL(&a6->sin6_addr) && a6->sin6_scope_id > 0) {
      size_t len = strlen(ip);
      size_t rest = sizeof(ip) - len - 1;
      ip[len] = '%';
      if (uv_if_indextoiid(a6->sin6_scope_id, ip + len + 1, &rest) != 0) ip[len] = '\0';
    }
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else if (sa->sa_family == AF_INET) {
    auto* a4 = reinterpret_cast<const sockaddr_in*>(sa);
    uv_inet_ntop(AF_INET, &a4->sin_addr, ip, sizeof ip);
    port = ntohs(a4->sin_port);
  }
  out.set("address", str(ctx, ip));
  out.set("family", str(ctx, family));
  out.set("port", i64(ctx, port));
}

class UDPWrap : public HandleWrap {
 public:
  explicit UDPWrap(Environment& env)
      : HandleWrap(env, reinterpret_cast<uv_handle_t*>(&udp_)), frame_(env.context()) {
    if (uv_udp_init(env.loop(), &udp_) == 0) opened();
  }

  Value open(Call& c) {
    int fd = static_cast<int>(c.integer(0, "fd"));
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    return i64(c.ctx(), uv_udp_open(&udp_, fd));
  }

  Value bind(Call& c) { return doBind(c, AF_INET); }
  Value bind6(Call& c) { return doBind(c, AF_INET6); }
  Value connect(Call& c) { return doConnect(c, AF_INET); }
  Value connect6(Call& c) { return doConnect(c, AF_INET6); }

  Value disconnect(Call& c) {
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    return i64(c.ctx(), uv_udp_connect(&udp_, nullptr));
  }

  Value send(Call& c) { return doSend(c, AF_INET); }
  Value send6(Call& c) { return doSend(c, AF_INET6); }

  Value recvStart(Call& c) {
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    int r = uv_udp_recv_start(&udp_, onAlloc, onRecv);
    if (r == UV_EALREADY) r = 0;
    if (r == 0) { receiving_ = true; updateKeepAlive(); }
    return i64(c.ctx(), r);
  }

  Value recvStop(Call& c) {
    int r = isOpen() ? uv_udp_recv_stop(&udp_) : 0;
    receiving_ = false;
    updateKeepAlive();
    return i64(c.ctx(), r);
  }

  Value getsockname(Call& c) { return sockName(c, false); }
  Value getpeername(Call& c) { return sockName(c, true); }

  Value setBroadcast(Call& c) {
    return option(c, [&](int v) { return uv_udp_set_broadcast(&udp_, v); });
  }
  Value setTTL(Call& c) {
    return option(c, [&](int v) { return uv_udp_set_ttl(&udp_, v); });
  }
  Value setMulticastTTL(Call& c) {
    return option(c, [&](int v) { return uv_udp_set_multicast_ttl(&udp_, v); });
  }
  Value setMulticastLoopback(Call& c) {
    return option(c, [&](int v) { return uv_udp_set_multicast_loop(&udp_, v); });
  }

  Value setMulticastInterface(Call& c) {
    std::string iface = c.arg(0).toString();
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    return i64(c.ctx(), uv_udp_set_multicast_interface(&udp_, iface.c_str()));
  }

  Value addMembership(Call& c) { return membership(c, UV_JOIN_GROUP); }
  Value dropMembership(Call& c) { return membership(c, UV_LEAVE_GROUP); }
  Value addSourceSpecificMembership(Call& c) { return sourceMembership(c, UV_JOIN_GROUP); }
  Value dropSourceSpecificMembership(Call& c) { return sourceMembership(c, UV_LEAVE_GROUP); }

  Value bufferSize(Call& c) {
    JSContext* ctx = c.ctx();
    bool recv = c.boolean(1);
    const char* syscall = recv ? "uv_recv_buffer_size" : "uv_send_buffer_size";
    double d = c.arg(0).toNumber(-1);
    int err = 0;
    int size = 0;
    if (!c.arg(0).isNumber() || d < 0 || d > 2147483647.0 || d != static_cast<int>(d)) {
      err = UV_EINVAL;
    } else if (!isOpen()) {
      err = UV_EBADF;
    } else {
      size = static_cast<int>(d);
      err = recv ? uv_recv_buffer_size(handle(), &size) : uv_send_buffer_size(handle(), &size);
    }
    if (err == 0) return i64(ctx, size);
    Value info = c.arg(2);
    if (info.isObject()) {
      info.set("errno", i64(ctx, err));
      info.set("code", str(ctx, uv_err_name(err)));
      info.set("message", str(ctx, uv_strerror(err)));
      info.set("syscall", str(ctx, syscall));
    }
    return undefined(ctx);
  }

  Value getSendQueueSize(Call& c) {
    return i64(c.ctx(), isOpen() ? static_cast<int64_t>(uv_udp_get_send_queue_size(&udp_)) : 0);
  }
  Value getSendQueueCount(Call& c) {
    return i64(c.ctx(), isOpen() ? static_cast<int64_t>(uv_udp_get_send_queue_count(&udp_)) : 0);
  }

  void teardown() override {
    frame_ = AsyncFrame();
    HandleWrap::teardown();
  }

 private:
  struct SendReq {
    uv_udp_send_t req{};
    UDPWrap* self;
    Value jsReq;
    std::string data;
    bool hasCallback;
    AsyncFrame frame;
  };

  void updateKeepAlive() {
    if (isOpen()) keepAlive(receiving_ || pendingSends_ > 0);
  }

  template <class F>
  Value option(Call& c, F set) {
    int v = static_cast<int>(c.arg(0).toInt64(0));
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    return i64(c.ctx(), set(v));
  }

  static int toAddr(int family, const std::string& ip, int port, sockaddr_storage* out) {
    if (family == AF_INET6) return uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(out));
    return uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(out));
  }

  Value doBind(Call& c, int family) {
    JSContext* ctx = c.ctx();
    std::string ip = c.arg(0).toString();
    int port = static_cast<int>(c.arg(1).toInt64(0));
    unsigned flags = static_cast<unsigned>(c.arg(2).toInt64(0));
    if (!isOpen()) return i64(ctx, UV_EBADF);
    sockaddr_storage addr{};
    int err = toAddr(family, ip, port, &addr);
    if (err) return i64(ctx, err);
    if (flags & kReusePort) return i64(ctx, bindReusePort(family, addr, flags));
    return i64(ctx, uv_udp_bind(&udp_, reinterpret_cast<sockaddr*>(&addr), flags));
  }

  // SO_REUSEPORT as Node 24's libuv sets it: on a socket of our own, bound, then adopted.
  int bindReusePort(int family, const sockaddr_storage& addr, unsigned flags) {
    uv_os_fd_t existing;
    if (uv_fileno(handle(), &existing) == 0) return UV_EINVAL;  // already has a socket
    int fd = ::socket(family, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) return -errno;
    int one = 1, v6only = (flags & UV_UDP_IPV6ONLY) ? 1 : 0;
    auto fail = [fd]() { int e = -errno; ::close(fd); return e; };
    if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one)) return fail();
    if ((flags & UV_UDP_REUSEADDR) && setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one))
      return fail();
    if (family == AF_INET6 && setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof v6only))
      return fail();
    socklen_t len = family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&addr), len)) return fail();
    int err = uv_udp_open(&udp_, fd);
    if (err) { ::close(fd); return err; }
    if (!(flags & UV_UDP_REUSEADDR)) {  // uv_udp_open turns SO_REUSEADDR on: undo it
      int zero = 0;
      setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &zero, sizeof zero);
    }
    return 0;
  }

  Value doConnect(Call& c, int family) {
    JSContext* ctx = c.ctx();
    std::string ip = c.arg(0).toString();
    int port = static_cast<int>(c.arg(1).toInt64(0));
    if (!isOpen()) return i64(ctx, UV_EBADF);
    sockaddr_storage addr{};
    int err = toAddr(family, ip, port, &addr);
    if (err) return i64(ctx, err);
    return i64(ctx, uv_udp_connect(&udp_, reinterpret_cast<sockaddr*>(&addr)));
  }

  Value doSend(Call& c, int family) {
    JSContext* ctx = c.ctx();
    bool sendto = c.length() == 6;
    Value list = c.arg(1);
    int64_t count = c.arg(2).toInt64(0);
    bool hasCallback = c.boolean(sendto ? 5 : 3);
    if (!isOpen()) return i64(ctx, UV_EBADF);

    std::vector<uv_buf_t> bufs;
    std::vector<Value> held;  // the buffers stay referenced while their bytes are read
    size_t msgSize = 0;
    for (int64_t i = 0; i < count; i++) {
      Value chunk = list.get(static_cast<uint32_t>(i));
      uint8_t* data = nullptr;
      size_t len = 0;
      if (pjs_view_bytes(chunk.get(), &data, &len) < 0) {
        throwTypeError(ctx, "ERR_INVALID_ARG_TYPE", "The \"list\" items must be buffers");
      }
      bufs.push_back(uv_buf_init(reinterpret_cast<char*>(data), static_cast<unsigned>(len)));
      held.push_back(std::move(chunk));
      msgSize += len;
    }

    sockaddr_storage storage{};
    const sockaddr* addr = nullptr;
    if (sendto) {
      int port = static_cast<int>(c.arg(3).toInt64(0));
      std::string ip = c.arg(4).toString();
      int err = toAddr(family, ip, port, &storage);
      if (err) return i64(ctx, err);
      addr = reinterpret_cast<const sockaddr*>(&storage);
    }

    // The kernel takes a datagram whole or not at all: try that first, as Node does.
    int r = uv_udp_try_send(&udp_, bufs.data(), static_cast<unsigned>(bufs.size()), addr);
    if (r >= 0) return i64(ctx, static_cast<int64_t>(msgSize) + 1);
    if (r != UV_EAGAIN && r != UV_ENOSYS) return i64(ctx, r);

    auto* s = new SendReq{{}, this, c.arg(0), std::string(), hasCallback, AsyncFrame(ctx)};
    s->data.reserve(msgSize);
    for (const uv_buf_t& b : bufs) s->data.append(b.base, b.len);
    s->req.data = s;
    uv_buf_t one = uv_buf_init(s->data.data(), static_cast<unsigned>(s->data.size()));
    r = uv_udp_send(&s->req, &udp_, &one, 1, addr, onSend);
    if (r) { delete s; return i64(ctx, r); }
    pendingSends_++;
    updateKeepAlive();
    return i64(ctx, 0);
  }

  static void onSend(uv_udp_send_t* req, int status) {
    std::unique_ptr<SendReq> s(static_cast<SendReq*>(req->data));
    UDPWrap* self = s->self;
    self->pendingSends_--;
    Environment& env = self->env();
    if (!env.tearingDown && s->hasCallback) {
      Value fn = s->jsReq.get("oncomplete");
      if (fn.isFunction()) {
        JSContext* ctx = self->ctx();
        Value args[2] = {i64(ctx, status), i64(ctx, static_cast<int64_t>(s->data.size()))};
        s->frame.makeCallback(env, fn, s->jsReq, 2, args);
      }
    }
    self->updateKeepAlive();
  }

  static void onAlloc(uv_handle_t* h, size_t, uv_buf_t* buf) {
    auto* self = static_cast<UDPWrap*>(h->data);
    if (!self->recvBuf_) self->recvBuf_.reset(new (std::nothrow) char[kRecvSize]);
    buf->base = self->recvBuf_.get();
    buf->len = self->recvBuf_ ? kRecvSize : 0;
  }

  static void onRecv(uv_udp_t* h, ssize_t nread, const uv_buf_t* buf, const sockaddr* addr,
                     unsigned flags) {
    auto* self = static_cast<UDPWrap*>(h->data);
    if (nread == 0 && addr == nullptr) return;  // nothing more to read for now
    Environment& env = self->env();
    if (env.tearingDown) return;
    JSContext* ctx = self->ctx();
    Value fn = self->property("onmessage");
    if (!fn.isFunction()) return;
    Value self_ = Value::borrow(ctx, self->jsObject());
    Value args[4] = {i64(ctx, nread), self_, undefined(ctx), undefined(ctx)};
    if (nread >= 0) {
      args[2] = Value(ctx, check(JS_NewArrayBufferCopy(ctx, reinterpret_cast<uint8_t*>(buf->base),
                                                       static_cast<size_t>(nread))));
      Value rinfo = object(ctx);
      addressToJS(ctx, addr, rinfo);
      args[3] = rinfo;
    }
    self->frame_.makeCallback(env, fn, self_, 4, args);
  }

  Value sockName(Call& c, bool peer) {
    JSContext* ctx = c.ctx();
    Value out = c.arg(0);
    if (!isOpen()) return i64(ctx, UV_EBADF);
    sockaddr_storage addr{};
    int len = sizeof addr;
    int err = peer ? uv_udp_getpeername(&udp_, reinterpret_cast<sockaddr*>(&addr), &len)
                   : uv_udp_getsockname(&udp_, reinterpret_cast<sockaddr*>(&addr), &len);
    if (err == 0 && out.isObject()) addressToJS(ctx, reinterpret_cast<sockaddr*>(&addr), out);
    return i64(ctx, err);
  }

  Value membership(Call& c, uv_membership op) {
    std::string group = c.arg(0).toString();
    bool hasIface = !c.arg(1).isNullish();
    std::string iface = hasIface ? c.arg(1).toString() : std::string();
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    return i64(c.ctx(), uv_udp_set_membership(&udp_, group.c_str(),
                                              hasIface ? iface.c_str() : nullptr, op));
  }

  Value sourceMembership(Call& c, uv_membership op) {
    std::string source = c.arg(0).toString();
    std::string group = c.arg(1).toString();
    bool hasIface = !c.arg(2).isNullish();
    std::string iface = hasIface ? c.arg(2).toString() : std::string();
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    return i64(c.ctx(), uv_udp_set_source_membership(&udp_, group.c_str(),
                                                     hasIface ? iface.c_str() : nullptr,
                                                     source.c_str(), op));
  }

  static constexpr size_t kRecvSize = 64 * 1024;
  uv_udp_t udp_{};
  AsyncFrame frame_;  // the async context the socket was made in: its events run in it
  std::unique_ptr<char[]> recvBuf_;
  bool receiving_ = false;
  int pendingSends_ = 0;
};

static UDPWrap* makeUDP(Call& c) { return new UDPWrap(c.env()); }

void init_udp_wrap_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  t.set("UDP", NativeClass<UDPWrap>::define<makeUDP>(ctx, "UDP", 0, {
      method<UDPWrap, &UDPWrap::open>("open", 1),
      method<UDPWrap, &UDPWrap::bind>("bind", 3),
      method<UDPWrap, &UDPWrap::bind6>("bind6", 3),
      method<UDPWrap, &UDPWrap::connect>("connect", 2),
      method<UDPWrap, &UDPWrap::connect6>("connect6", 2),
      method<UDPWrap, &UDPWrap::disconnect>("disconnect", 0),
      method<UDPWrap, &UDPWrap::send>("send", 6),
      method<UDPWrap, &UDPWrap::send6>("send6", 6),
      method<UDPWrap, &UDPWrap::recvStart>("recvStart", 0),
      method<UDPWrap, &UDPWrap::recvStop>("recvStop", 0),
      method<UDPWrap, &UDPWrap::getsockname>("getsockname", 1),
      method<UDPWrap, &UDPWrap::getpeername>("getpeername", 1),
      method<UDPWrap, &UDPWrap::setBroadcast>("setBroadcast", 1),
      method<UDPWrap, &UDPWrap::setTTL>("setTTL", 1),
      method<UDPWrap, &UDPWrap::setMulticastTTL>("setMulticastTTL", 1),
      method<UDPWrap, &UDPWrap::setMulticastLoopback>("setMulticastLoopback", 1),
      method<UDPWrap, &UDPWrap::setMulticastInterface>("setMulticastInterface", 1),
      method<UDPWrap, &UDPWrap::addMembership>("addMembership", 2),
      method<UDPWrap, &UDPWrap::dropMembership>("dropMembership", 2),
      method<UDPWrap, &UDPWrap::addSourceSpecificMembership>("addSourceSpecificMembership", 3),
      method<UDPWrap, &UDPWrap::dropSourceSpecificMembership>("dropSourceSpecificMembership", 3),
      method<UDPWrap, &UDPWrap::bufferSize>("bufferSize", 3),
      method<UDPWrap, &UDPWrap::getSendQueueSize>("getSendQueueSize", 0),
      method<UDPWrap, &UDPWrap::getSendQueueCount>("getSendQueueCount", 0),
      PJS_HANDLE_METHODS(UDPWrap)}));
  Value constants = object(ctx);
  constants.set("UV_UDP_IPV6ONLY", i64(ctx, UV_UDP_IPV6ONLY));
  constants.set("UV_UDP_REUSEADDR", i64(ctx, UV_UDP_REUSEADDR));
  constants.set("UV_UDP_REUSEPORT", i64(ctx, kReusePort));
  t.set("constants", constants);
}

}  // namespace pjs

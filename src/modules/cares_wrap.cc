// internalBinding('cares_wrap'): name resolution for node:dns (contract in docs/BINDINGS.md).
//   getaddrinfo(req, hostname, family, hints, order) → 0 or a negative errno; on the loop
//       req.oncomplete(status, addresses): libuv's uv_getaddrinfo (the system resolver:
//       /etc/hosts, nsswitch, DNS), addresses as strings in `order` (DNS_ORDER_*)
//   getnameinfo(req, ip, port) → 0 or errno; req.oncomplete(status, hostname, service)
//   strerror(aresStatus), ChannelWrap (dns_channel.cc), AI_* hints, DNS_ORDER_* constants
#include <netdb.h>
#include <netinet/in.h>
#include <uv.h>
#include <ares.h>
#include <memory>
#include "binding/async_frame.h"
#include "binding/call.h"
#include "core/environment.h"
#include "modules/dns_channel.h"
#include "modules/dns_reply.h"

namespace pjs {

namespace {

enum Order { kVerbatim = 0, kIpv4First = 1, kIpv6First = 2 };

struct AddrInfoReq {
  uv_getaddrinfo_t req{};
  Environment* env;
  Value jsReq;
  AsyncFrame frame;
  int order;
};

struct NameInfoReq {
  uv_getnameinfo_t req{};
  Environment* env;
  Value jsReq;
  AsyncFrame frame;
};

void afterGetAddrInfo(uv_getaddrinfo_t* r, int status, addrinfo* res) {
  std::unique_ptr<AddrInfoReq> req(static_cast<AddrInfoReq*>(r->data));
  struct Free { addrinfo* p; ~Free() { if (p) uv_freeaddrinfo(p); } } freeRes{res};
  Environment& env = *req->env;
  if (env.tearingDown) return;
  JSContext* ctx = env.context();
  Value args[2] = {i64(ctx, status), null(ctx)};
  if (status == 0) {
    Value list = array(ctx);
    uint32_t n = 0;
    auto add = [&](bool v4, bool v6) {
      for (addrinfo* p = res; p; p = p->ai_next) {
        const void* addr;
        if (v4 && p->ai_family == AF_INET) {
          addr = &reinterpret_cast<sockaddr_in*>(p->ai_addr)->sin_addr;
        } else if (v6 && p->ai_family == AF_INET6) {
          addr = &reinterpret_cast<sockaddr_in6*>(p->ai_addr)->sin6_addr;
        } else {
          continue;
        }
        char ip[INET6_ADDRSTRLEN];
        if (uv_inet_ntop(p->ai_family, addr, ip, sizeof ip) != 0) continue;
        list.set(n++, str(ctx, ip));
      }
    };
    if (req->order == kIpv4First) { add(true, false); add(false, true); }
    else if (req->order == kIpv6First) { add(false, true); add(true, false); }
    else add(true, true);
    if (n == 0) args[0] = i64(ctx, UV_EAI_NODATA);
    args[1] = list;
  }
  Value fn = req->jsReq.get("oncomplete");
  if (fn.isFunction()) req->frame.makeCallback(env, fn, req->jsReq, 2, args);
}

Value getaddrinfo(Call& c) {
  JSContext* ctx = c.ctx();
  std::string host = c.arg(1).toString();
  int family;
  switch (c.arg(2).toInt64(0)) {
    case 4: family = AF_INET; break;
    case 6: family = AF_INET6; break;
    default: family = AF_UNSPEC; break;
  }
  addrinfo hints{};
  hints.ai_family = family;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = static_cast<int>(c.arg(3).toInt64(0));
  auto* req = new AddrInfoReq{{}, &c.env(), c.arg(0), AsyncFrame(ctx),
                              static_cast<int>(c.arg(4).toInt64(kVerbatim))};
  req->req.data = req;
  int err = uv_getaddrinfo(c.env().loop(), &req->req, afterGetAddrInfo, host.c_str(), nullptr, &hints);
  if (err) delete req;
  return i64(ctx, err);
}

void afterGetNameInfo(uv_getnameinfo_t* r, int status, const char* hostname, const char* service) {
  std::unique_ptr<NameInfoReq> req(static_cast<NameInfoReq*>(r->data));
  Environment& env = *req->env;
  if (env.tearingDown) return;
  JSContext* ctx = env.context();
  Value args[3] = {i64(ctx, status), null(ctx), null(ctx)};
  if (status == 0) {
    args[1] = latin1(ctx, hostname);
    args[2] = latin1(ctx, service);
  }
  Value fn = req->jsReq.get("oncomplete");
  if (fn.isFunction()) req->frame.makeCallback(env, fn, req->jsReq, 3, args);
}

Value getnameinfo(Call& c) {
  JSContext* ctx = c.ctx();
  std::string ip = c.arg(1).toString();
  int port = static_cast<int>(c.arg(2).toInt64(0));
  sockaddr_storage addr{};
  if (uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(&addr)) != 0 &&
      uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(&addr)) != 0) {
    return i64(ctx, UV_EINVAL);
  }
  auto* req = new NameInfoReq{{}, &c.env(), c.arg(0), AsyncFrame(ctx)};
  req->req.data = req;
  int err = uv_getnameinfo(c.env().loop(), &req->req, afterGetNameInfo,
                           reinterpret_cast<sockaddr*>(&addr), NI_NAMEREQD);
  if (err) delete req;
  return i64(ctx, err);
}

Value strerror(Call& c) {
  int code = static_cast<int>(c.arg(0).toInt64(0));
  if (code == kPendingQueries) return str(c.ctx(), "There are pending queries.");
  return str(c.ctx(), ares_strerror(code));
}

}  // namespace

void init_cares_wrap_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  initAresLibrary();
  setMethod<getaddrinfo>(ctx, t, "getaddrinfo", 5);
  setMethod<getnameinfo>(ctx, t, "getnameinfo", 3);
  setMethod<strerror>(ctx, t, "strerror", 1);
  t.set("ChannelWrap", defineChannelWrap(ctx));
  t.set("AI_ADDRCONFIG", i64(ctx, AI_ADDRCONFIG));
  t.set("AI_ALL", i64(ctx, AI_ALL));
  t.set("AI_V4MAPPED", i64(ctx, AI_V4MAPPED));
  t.set("DNS_ORDER_VERBATIM", i64(ctx, kVerbatim));
  t.set("DNS_ORDER_IPV4_FIRST", i64(ctx, kIpv4First));
  t.set("DNS_ORDER_IPV6_FIRST", i64(ctx, kIpv6First));
}

}  // namespace pjs

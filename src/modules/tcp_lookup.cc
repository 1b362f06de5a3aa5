// Name resolution for node:net until node:dns exists (internalBinding('tcp_wrap')):
//   getaddrinfo(req, hostname, family, hints, order) → 0 or a negative errno; then
//   req.oncomplete(status, addresses) with addresses an array of numeric address strings
//   (status a UV_EAI_* code on failure). family 0/4/6; hints AI_* flags; order 0 as the
//   resolver returned them (verbatim), 1 IPv4 first, 2 IPv6 first.
// Also AI_ADDRCONFIG / AI_V4MAPPED / AI_ALL for the JS side.
#include <netdb.h>
#include <memory>
#include <string>
#include <vector>
#include "binding/async_frame.h"
#include "binding/call.h"
#include "core/environment.h"

namespace pjs {

namespace {

struct LookupReq {
  uv_getaddrinfo_t req{};
  Environment* env;
  Value jsReq;
  AsyncFrame frame;
  int order;
};

void onResolved(uv_getaddrinfo_t* ur, int status, addrinfo* res) {
  std::unique_ptr<LookupReq> r(static_cast<LookupReq*>(ur->data));
  std::vector<std::string> v4, v6, all;
  for (addrinfo* p = res; p; p = p->ai_next) {
    char ip[INET6_ADDRSTRLEN] = "";
    if (p->ai_family == AF_INET) {
      uv_ip4_name(reinterpret_cast<sockaddr_in*>(p->ai_addr), ip, sizeof ip);
      v4.push_back(ip);
    } else if (p->ai_family == AF_INET6) {
      uv_ip6_name(reinterpret_cast<sockaddr_in6*>(p->ai_addr), ip, sizeof ip);
      v6.push_back(ip);
    } else {
      continue;
    }
    all.push_back(ip);
  }
  if (res) uv_freeaddrinfo(res);
  Environment& env = *r->env;
  if (env.tearingDown) return;
  if (r->order == 1) { all = v4; all.insert(all.end(), v6.begin(), v6.end()); }
  if (r->order == 2) { all = v6; all.insert(all.end(), v4.begin(), v4.end()); }
  JSContext* ctx = env.context();
  Value list = array(ctx);
  for (size_t i = 0; i < all.size(); i++) list.set(static_cast<uint32_t>(i), str(ctx, all[i]));
  if (status == 0 && all.empty()) status = UV_EAI_NODATA;
  Value fn = r->jsReq.get("oncomplete");
  if (!fn.isFunction()) return;
  Value args[2] = {i64(ctx, status), list};
  r->frame.makeCallback(env, fn, r->jsReq, 2, args);
}

Value getaddrinfo(Call& c) {
  Value jsReq = c.arg(0);
  std::string host = c.string(1, "hostname");
  int family = static_cast<int>(c.has(2) ? c.arg(2).toInt64(0) : 0);
  int hints = static_cast<int>(c.has(3) ? c.arg(3).toInt64(0) : 0);
  int order = static_cast<int>(c.has(4) ? c.arg(4).toInt64(0) : 0);
  addrinfo h{};
  h.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  h.ai_socktype = SOCK_STREAM;
  h.ai_flags = hints;
  auto* r = new LookupReq{{}, &c.env(), jsReq, AsyncFrame(c.ctx()), order};
  r->req.data = r;
  int err = uv_getaddrinfo(c.env().loop(), &r->req, onResolved, host.c_str(), nullptr, &h);
  if (err != 0) delete r;
  return i64(c.ctx(), err);
}

}  // namespace

void addTcpLookup(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<getaddrinfo>(ctx, t, "getaddrinfo", 5);
  t.set("AI_ADDRCONFIG", i64(ctx, AI_ADDRCONFIG));
  t.set("AI_V4MAPPED", i64(ctx, AI_V4MAPPED));
  t.set("AI_ALL", i64(ctx, AI_ALL));
}

}  // namespace pjs

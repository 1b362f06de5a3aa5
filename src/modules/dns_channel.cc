// c-ares channels on the libuv loop (see dns_channel.h).
//   new ChannelWrap(timeout, tries, maxTimeout)   timeout in ms (-1: c-ares's default)
//   queryA(req, name) … queryTlsa, getHostByAddr(req, ip) → 0 or a negative errno; later
//       req.oncomplete(0, result[, ttls]) or req.oncomplete(code) with Node's code string
//   getServers() → [[ip, port], …]; setServers([[family, ip, port], …]) → c-ares status
//   setLocalAddress(ip[, ip]); cancel() → pending queries end with ECANCELLED
#include "modules/dns_channel.h"
#include <ares.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <uv.h>
#include <cstring>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>
#include "binding/async_frame.h"
#include "binding/native_object.h"
#include "core/environment.h"
#include "modules/dns_reply.h"

namespace pjs {

void initAresLibrary() {
  static std::once_flag once;
  std::call_once(once, [] { ares_library_init(ARES_LIB_INIT_ALL); });
}

// Node's DNS_ESETSRVPENDING: setServers() refused while queries are pending.
const int kPendingQueries = -1000;

namespace {

template <class H>
void closeAndDelete(H* h) {
  uv_close(reinterpret_cast<uv_handle_t*>(h), [](uv_handle_t* x) { delete reinterpret_cast<H*>(x); });
}

class ChannelWrap : public NativeObject {
 public:
  ChannelWrap(Environment& env, int timeout, int tries) : NativeObject(env) {
    initAresLibrary();
    timer_ = new uv_timer_t;
    check_ = new uv_check_t;
    idle_ = new uv_idle_t;
    uv_timer_init(env.loop(), timer_);
    uv_check_init(env.loop(), check_);
    uv_idle_init(env.loop(), idle_);
    timer_->data = check_->data = this;
    ares_options opts{};
    int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB | ARES_OPT_TRIES | ARES_OPT_EDNSPSZ;
    // EDNS0 with a 1232-byte payload: c-ares 1.18 otherwise retries over TCP every UDP answer
    // longer than 512 bytes, where Node 24's c-ares takes any untruncated UDP answer.
    opts.flags = ARES_FLAG_NOCHECKRESP | ARES_FLAG_EDNS;
    opts.ednspsz = 1232;
    opts.sock_state_cb = onSockState;
    opts.sock_state_cb_data = this;
    opts.tries = tries;
    if (timeout >= 0) {
      opts.timeout = timeout;
      mask |= ARES_OPT_TIMEOUTMS;
    }
    initStatus_ = ares_init_options(&channel_, &opts, mask);
    if (initStatus_ != ARES_SUCCESS) channel_ = nullptr;
  }

  ~ChannelWrap() override { shutdown(); }

  int initStatus() const { return initStatus_; }

  template <DnsQuery K>
  Value query(Call& c) {
    JSContext* ctx = c.ctx();
    Value req = c.arg(0);
    std::string name = c.arg(1).toString();
    if (!channel_) return i64(ctx, UV_EBADF);
    auto* q = new Query{this, req, AsyncFrame(ctx), K, false};
    begin();
    ares_query(channel_, name.c_str(), ns_c_in, typeOf(K), onAnswer, q);
    armTimer();
    return i64(ctx, 0);
  }

  Value getHostByAddr(Call& c) {
    JSContext* ctx = c.ctx();
    Value req = c.arg(0);
    std::string ip = c.arg(1).toString();
    unsigned char addr[sizeof(in6_addr)];
    int family, len;
    if (uv_inet_pton(AF_INET, ip.c_str(), addr) == 0) {
      family = AF_INET;
      len = sizeof(in_addr);
    } else if (uv_inet_pton(AF_INET6, ip.c_str(), addr) == 0) {
      family = AF_INET6;
      len = sizeof(in6_addr);
    } else {
      return i64(ctx, UV_EINVAL);
    }
    if (!channel_) return i64(ctx, UV_EBADF);
    auto* q = new Query{this, req, AsyncFrame(ctx), DnsQuery::Ptr, true};
    begin();
    ares_gethostbyaddr(channel_, addr, len, family, onHost, q);
    armTimer();
    return i64(ctx, 0);
  }

  Value getServers(Call& c) {
    JSContext* ctx = c.ctx();
    Value out = array(ctx);
    if (!channel_) return out;
    ares_addr_port_node* servers = nullptr;
    if (ares_get_servers_ports(channel_, &servers) != ARES_SUCCESS) return out;
    uint32_t i = 0;
    for (ares_addr_port_node* s = servers; s; s = s->next) {
      char ip[INET6_ADDRSTRLEN];
      if (uv_inet_ntop(s->family, &s->addr, ip, sizeof ip) != 0) continue;
      Value pair = array(ctx);
      pair.set(0u, str(ctx, ip));
      pair.set(1u, i64(ctx, s->udp_port));
      out.set(i++, pair);
    }
    ares_free_data(servers);
    return out;
  }

  Value setServers(Call& c) {
    JSContext* ctx = c.ctx();
    Value list = c.arg(0);
    if (!channel_) return i64(ctx, ARES_ENOTINITIALIZED);
    if (pending_ > 0) return i64(ctx, kPendingQueries);  // as Node: not while queries run
    uint32_t n = static_cast<uint32_t>(list.get("length").toInt64(0));
    if (n == 0) return i64(ctx, ares_set_servers_ports(channel_, nullptr));
    std::vector<ares_addr_port_node> servers(n);
    for (uint32_t i = 0; i < n; i++) {
      Value item = list.get(i);
      int family = static_cast<int>(item.get(0u).toInt64(0));
      std::string ip = item.get(1u).toString();
      int port = static_cast<int>(item.get(2u).toInt64(0));
      ares_addr_port_node& s = servers[i];
      s.udp_port = s.tcp_port = port;
      s.family = family == 6 ? AF_INET6 : AF_INET;
      if (uv_inet_pton(s.family, ip.c_str(), &s.addr) != 0) return i64(ctx, ARES_EBADSTR);
      s.next = i + 1 < n ? &servers[i + 1] : nullptr;
    }
    return i64(ctx, ares_set_servers_ports(channel_, servers.data()));
  }

  Value setLocalAddress(Call& c) {
    JSContext* ctx = c.ctx();
    std::string first = c.arg(0).toString();
    unsigned char a0[sizeof(in6_addr)], a1[sizeof(in6_addr)];
    int type0;
    if (!channel_) return undefined(ctx);
    if (uv_inet_pton(AF_INET, first.c_str(), a0) == 0) {
      type0 = 4;
    } else if (uv_inet_pton(AF_INET6, first.c_str(), a0) == 0) {
      type0 = 6;
    } else {
      throwTypeError(ctx, "ERR_INVALID_ARG_VALUE", "Invalid IP address.");
    }
    int type1 = 0;
    if (c.has(1)) {
      std::string second = c.arg(1).toString();
      if (uv_inet_pton(AF_INET, second.c_str(), a1) == 0) type1 = 4;
      else if (uv_inet_pton(AF_INET6, second.c_str(), a1) == 0) type1 = 6;
      else throwTypeError(ctx, "ERR_INVALID_ARG_VALUE", "Invalid IP address.");
      if (type1 == type0) {
        throwTypeError(ctx, "ERR_INVALID_ARG_VALUE",
                       type0 == 4 ? "Cannot specify two IPv4 addresses." : "Cannot specify two IPv6 addresses.");
      }
    }
    auto set = [&](int type, const unsigned char* a) {
      if (type == 4) ares_set_local_ip4(channel_, ntohl(*reinterpret_cast<const uint32_t*>(a)));
      else ares_set_local_ip6(channel_, a);
    };
    set(type0, a0);
    if (type1) {
      set(type1, a1);
    } else if (type0 == 4) {  // the other family goes back to "any"
      unsigned char zero[sizeof(in6_addr)] = {};
      ares_set_local_ip6(channel_, zero);
    } else {
      ares_set_local_ip4(channel_, 0);
    }
    return undefined(ctx);
  }

  // The channel's queries stop holding the event loop open (the lookup cache's TTL queries).
  Value unref(Call& c) {
    weak_ = true;
    setRef(false);
    return undefined(c.ctx());
  }

  Value cancel(Call& c) {
    if (channel_) {
      ares_cancel(channel_);
      armTimer();
    }
    return undefined(c.ctx());
  }

  void teardown() override {
    tornDown_ = true;
    shutdown();
    done_.clear();
    NativeObject::teardown();
  }

  void finalized() override {
    shutdown();
    delete this;
  }

 private:
  struct Query {
    ChannelWrap* channel;
    Value req;
    AsyncFrame frame;
    DnsQuery kind;
    bool host;  // getHostByAddr: names, not a raw answer
  };
  struct Done {
    Value req;
    AsyncFrame frame;
    DnsQuery kind;
    bool host;
    int status;
    std::string answer;
    std::vector<std::string> names;
  };
  struct Poll {
    uv_poll_t poll;
    ChannelWrap* owner;
    ares_socket_t sock;
  };

  static int typeOf(DnsQuery k) {
    switch (k) {
      case DnsQuery::Any: return ns_t_any;
      case DnsQuery::A: return ns_t_a;
      case DnsQuery::Aaaa: return ns_t_aaaa;
      case DnsQuery::Caa: return 257;
      case DnsQuery::Cname: return ns_t_cname;
      case DnsQuery::Mx: return ns_t_mx;
      case DnsQuery::Ns: return ns_t_ns;
      case DnsQuery::Tlsa: return 52;
      case DnsQuery::Txt: return ns_t_txt;
      case DnsQuery::Srv: return ns_t_srv;
      case DnsQuery::Ptr: return ns_t_ptr;
      case DnsQuery::Naptr: return ns_t_naptr;
      case DnsQuery::Soa: return ns_t_soa;
    }
    return ns_t_a;
  }

  // While queries are in flight the channel's handles keep the loop alive; while they are in
  // flight or their answers wait for delivery, the JS object is held.
  void begin() {
    pending_++;
    updateAlive();
  }

  void updateAlive() {
    setRef(pending_ > 0 && !weak_);
    keepAlive(pending_ > 0 || !done_.empty());  // may release the JS object: callers hold it
  }

  void setRef(bool on) {
    auto apply = [on](uv_handle_t* h) { if (on) uv_ref(h); else uv_unref(h); };
    if (timer_) apply(reinterpret_cast<uv_handle_t*>(timer_));
    for (auto& p : polls_) apply(reinterpret_cast<uv_handle_t*>(&p.second->poll));
  }

  void armTimer() {
    if (!channel_ || !timer_) return;
    timeval tv;
    timeval* t = ares_timeout(channel_, nullptr, &tv);
    if (!t) {
      uv_timer_stop(timer_);
      return;
    }
    uint64_t ms = static_cast<uint64_t>(t->tv_sec) * 1000 + (t->tv_usec + 999) / 1000;
    uv_timer_start(timer_, onTimer, ms, 0);
  }

  static void onTimer(uv_timer_t* t) {
    auto* self = static_cast<ChannelWrap*>(t->data);
    if (!self->channel_) return;
    ares_process_fd(self->channel_, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
    self->armTimer();
  }

  static void onSockState(void* data, ares_socket_t sock, int readable, int writable) {
    auto* self = static_cast<ChannelWrap*>(data);
    auto it = self->polls_.find(sock);
    if (readable || writable) {
      Poll* p;
      if (it == self->polls_.end()) {
        p = new Poll{{}, self, sock};
        if (uv_poll_init_socket(self->env().loop(), &p->poll, sock) != 0) {
          delete p;
          return;
        }
        p->poll.data = p;
        if (self->pending_ == 0 || self->weak_) uv_unref(reinterpret_cast<uv_handle_t*>(&p->poll));
        self->polls_[sock] = p;
      } else {
        p = it->second;
      }
      uv_poll_start(&p->poll, (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0), onPoll);
    } else if (it != self->polls_.end()) {
      Poll* p = it->second;
      self->polls_.erase(it);
      closePoll(p);
    }
  }

  static void closePoll(Poll* p) {
    uv_poll_stop(&p->poll);
    uv_close(reinterpret_cast<uv_handle_t*>(&p->poll),
             [](uv_handle_t* h) { delete static_cast<Poll*>(h->data); });
  }

  static void onPoll(uv_poll_t* h, int status, int events) {
    auto* p = static_cast<Poll*>(h->data);
    ChannelWrap* self = p->owner;
    if (!self->channel_) return;
    ares_socket_t sock = p->sock;  // ares_process_fd may close the socket and free p
    if (status < 0) {
      ares_process_fd(self->channel_, sock, sock);  // let c-ares see the error
    } else {
      ares_process_fd(self->channel_, (events & UV_READABLE) ? sock : ARES_SOCKET_BAD,
                      (events & UV_WRITABLE) ? sock : ARES_SOCKET_BAD);
    }
    self->armTimer();
  }

  void queue(Query* q, int status, std::string answer, std::vector<std::string> names) {
    std::unique_ptr<Query> owned(q);
    pending_--;  // as Node, no longer in flight once answered (setServers works again)
    if (status == ARES_EDESTRUCTION || tornDown_ || !check_) return;
    done_.push_back(Done{std::move(q->req), std::move(q->frame), q->kind, q->host, status,
                         std::move(answer), std::move(names)});
    if (!uv_is_active(reinterpret_cast<uv_handle_t*>(check_))) {
      uv_check_start(check_, onCheck);
      uv_idle_start(idle_, [](uv_idle_t*) {});  // no blocking poll while answers wait
      if (weak_) {
        uv_unref(reinterpret_cast<uv_handle_t*>(check_));
        uv_unref(reinterpret_cast<uv_handle_t*>(idle_));
      }
    }
    updateAlive();
  }

  static void onAnswer(void* arg, int status, int, unsigned char* buf, int len) {
    auto* q = static_cast<Query*>(arg);
    std::string answer;
    if (status == ARES_SUCCESS && buf) answer.assign(reinterpret_cast<char*>(buf), len);
    q->channel->queue(q, status, std::move(answer), {});
  }

  static void onHost(void* arg, int status, int, hostent* host) {
    auto* q = static_cast<Query*>(arg);
    std::vector<std::string> names;
    if (status == ARES_SUCCESS && host) {
      for (char** a = host->h_aliases; a && *a; a++) names.emplace_back(*a);
    }
    q->channel->queue(q, status, std::string(), std::move(names));
  }

  static void onCheck(uv_check_t* h) {
    auto* self = static_cast<ChannelWrap*>(h->data);
    uv_check_stop(self->check_);
    uv_idle_stop(self->idle_);
    std::deque<Done> batch;
    batch.swap(self->done_);
    // Hold the JS object over the batch: updateAlive() may release the last other reference.
    JSContext* ctx = self->ctx();
    Value holder = Value::borrow(ctx, self->jsObject());
    Environment& env = self->env();
    for (Done& d : batch) {
      self->deliver(d);
      if (env.tearingDown) return;
    }
    if (self->check_) self->updateAlive();
  }

  void deliver(Done& d) {
    JSContext* ctx = this->ctx();
    Value fn = d.req.get("oncomplete");
    if (!fn.isFunction()) return;
    Value args[3];
    int argc = 1;
    int status = d.status;
    Value result, ttls;
    if (status == ARES_SUCCESS) {
      if (d.host) {
        result = array(ctx);
        for (size_t i = 0; i < d.names.size(); i++) {
          result.set(static_cast<uint32_t>(i), latin1(ctx, d.names[i].data(), d.names[i].size()));
        }
      } else {
        status = parseDnsReply(ctx, d.kind, d.answer, &result, &ttls);
      }
    }
    if (status == ARES_SUCCESS) {
      args[0] = i64(ctx, 0);
      args[1] = result;
      args[2] = ttls.ctx() ? ttls : undefined(ctx);
      argc = ttls.ctx() ? 3 : 2;
    } else {
      args[0] = str(ctx, aresErrorCode(status));
    }
    d.frame.makeCallback(env(), fn, d.req, argc, args);
  }

  // Destroys the channel (its pending queries end with EDESTRUCTION and no callback) and
  // closes the loop handles.
  void shutdown() {
    if (channel_) {
      ares_channel ch = channel_;
      ares_destroy(ch);  // calls onSockState for every open socket first
      channel_ = nullptr;
    }
    for (auto& p : polls_) closePoll(p.second);
    polls_.clear();
    if (timer_) { closeAndDelete(timer_); timer_ = nullptr; }
    if (check_) { closeAndDelete(check_); check_ = nullptr; }
    if (idle_) { closeAndDelete(idle_); idle_ = nullptr; }
  }

  ares_channel channel_ = nullptr;
  int initStatus_ = ARES_SUCCESS;
  uv_timer_t* timer_ = nullptr;
  uv_check_t* check_ = nullptr;
  uv_idle_t* idle_ = nullptr;
  std::unordered_map<ares_socket_t, Poll*> polls_;
  std::deque<Done> done_;
  int pending_ = 0;
  bool tornDown_ = false;
  bool weak_ = false;
};

ChannelWrap* makeChannel(Call& c) {
  int timeout = static_cast<int>(c.arg(0).toInt64(-1));
  int tries = static_cast<int>(c.arg(1).toInt64(4));
  auto* ch = new ChannelWrap(c.env(), timeout, tries);
  if (ch->initStatus() != ARES_SUCCESS) {
    std::string msg = std::string("Failed to initialize c-ares channel: ") + ares_strerror(ch->initStatus());
    delete ch;
    throwError(c.ctx(), ErrorKind::Error, nullptr, msg);
  }
  return ch;
}

}  // namespace

Value defineChannelWrap(JSContext* ctx) {
  using C = ChannelWrap;
  return NativeClass<C>::define<makeChannel>(ctx, "ChannelWrap", 3, {
      method<C, &C::query<DnsQuery::Any>>("queryAny", 2),
      method<C, &C::query<DnsQuery::A>>("queryA", 2),
      method<C, &C::query<DnsQuery::Aaaa>>("queryAaaa", 2),
      method<C, &C::query<DnsQuery::Caa>>("queryCaa", 2),
      method<C, &C::query<DnsQuery::Cname>>("queryCname", 2),
      method<C, &C::query<DnsQuery::Mx>>("queryMx", 2),
      method<C, &C::query<DnsQuery::Ns>>("queryNs", 2),
      method<C, &C::query<DnsQuery::Tlsa>>("queryTlsa", 2),
      method<C, &C::query<DnsQuery::Txt>>("queryTxt", 2),
      method<C, &C::query<DnsQuery::Srv>>("querySrv", 2),
      method<C, &C::query<DnsQuery::Ptr>>("queryPtr", 2),
      method<C, &C::query<DnsQuery::Naptr>>("queryNaptr", 2),
      method<C, &C::query<DnsQuery::Soa>>("querySoa", 2),
      method<C, &C::getHostByAddr>("getHostByAddr", 2),
      method<C, &C::getServers>("getServers", 0),
      method<C, &C::setServers>("setServers", 1),
      method<C, &C::setLocalAddress>("setLocalAddress", 2),
      method<C, &C::cancel>("cancel", 0),
      method<C, &C::unref>("unref", 0),
  });
}

}  // namespace pjs

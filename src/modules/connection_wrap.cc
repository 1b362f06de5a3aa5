// Listening and connecting for TCP and Pipe handles (connection_wrap.h).
#include "modules/connection_wrap.h"
#include <memory>

namespace pjs {

Value ConnectionWrap::listen(Call& c) {
  if (!isOpen()) return i64(c.ctx(), UV_EBADF);
  int backlog = static_cast<int>(c.has(0) ? c.arg(0).toInt64(511) : 511);
  int r = uv_listen(stream(), backlog, onConnection);
  if (r == 0) { listening_ = true; updateKeepAlive(); }
  return i64(c.ctx(), r);
}

void ConnectionWrap::onConnection(uv_stream_t* server, int status) {
  auto* self = static_cast<ConnectionWrap*>(server->data);
  Environment& env = self->env();
  if (env.tearingDown) return;
  JSContext* ctx = self->ctx();
  Value args[2] = {i64(ctx, status), undefined(ctx)};
  if (status == 0) {
    StreamWrap* client = nullptr;
    Value obj;
    try {
      obj = self->newClient(&client);
    } catch (const JsThrow&) {
      Value ex(ctx, JS_GetException(ctx));  // out of memory: the connection stays unaccepted
      return;
    }
    int r = uv_accept(server, client->stream());
    if (r == 0) args[1] = std::move(obj);  // on failure the unused handle is closed by GC
    else args[0] = i64(ctx, r);
  }
  self->callback("onconnection", 2, args);
}

ConnectionWrap::ConnectReq* ConnectionWrap::newConnectReq(Call& c, const Value& jsReq) {
  auto* r = new ConnectReq{{}, this, jsReq, AsyncFrame(c.ctx())};
  r->req.data = r;
  return r;
}

Value ConnectionWrap::connectStarted(Call& c, ConnectReq* r, int err) {
  if (err != 0) { delete r; return i64(c.ctx(), err); }
  pending_++;
  updateKeepAlive();
  return i64(c.ctx(), 0);
}

void ConnectionWrap::onConnect(uv_connect_t* ur, int status) {
  finishConnect(static_cast<ConnectReq*>(ur->data), status);
}

// A connect completed without libuv (e.g. an abstract Unix socket): its outcome is reported on
// the next loop turn, as libuv reports its own. The JS handle is held until then.
struct ConnectionWrap::DeferredConnect {
  uv_timer_t timer{};
  ConnectReq* req;
  int status;
  Value handleRef;
};

void ConnectionWrap::deferConnect(ConnectReq* r, int status) {
  auto* d = new DeferredConnect{{}, r, status, Value::borrow(ctx(), jsObject())};
  uv_timer_init(env().loop(), &d->timer);
  d->timer.data = d;
  uv_timer_start(&d->timer, [](uv_timer_t* t) {
    auto* d = static_cast<DeferredConnect*>(t->data);
    finishConnect(d->req, d->status);
    uv_close(reinterpret_cast<uv_handle_t*>(t), [](uv_handle_t* h) {
      delete static_cast<DeferredConnect*>(h->data);
    });
  }, 0, 0);
}

void ConnectionWrap::finishConnect(ConnectReq* req, int status) {
  std::unique_ptr<ConnectReq> r(req);
  ConnectionWrap* self = r->self;
  self->pending_--;
  Environment& env = self->env();
  if (!env.tearingDown && self->isOpen()) {
    JSContext* ctx = self->ctx();
    Value fn = r->jsReq.get("oncomplete");
    if (fn.isFunction()) {
      bool ok = status == 0;
      Value args[5] = {i64(ctx, status), Value::borrow(ctx, self->jsObject()), r->jsReq,
                       boolean(ctx, ok && uv_is_readable(self->stream())),
                       boolean(ctx, ok && uv_is_writable(self->stream()))};
      r->frame.makeCallback(env, fn, r->jsReq, 5, args);
    }
  }
  self->updateKeepAlive();
}

}  // namespace pjs

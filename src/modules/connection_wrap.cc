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
  std::unique_ptr<ConnectReq> r(static_cast<ConnectReq*>(ur->data));
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

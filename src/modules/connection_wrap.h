// ConnectionWrap: what TCP and Pipe handles share on top of StreamWrap (Node's ConnectionWrap):
//   listen(backlog)  → 0 or a negative errno; each incoming connection (or accept failure)
//                      calls this.onconnection(status, clientHandle) — clientHandle a new handle
//                      of the same class, already accepted (undefined when status < 0)
//   connects         a subclass starts one with startConnect(); when it completes,
//                    req.oncomplete(status, handle, req, readable, writable) runs (this = req)
//                    in the AsyncLocalStorage context of the connect call
// While listening or connecting the handle keeps its JS object (and the loop) alive.
#pragma once
#include "binding/async_frame.h"
#include "modules/stream_wrap.h"

namespace pjs {

class ConnectionWrap : public StreamWrap {
 public:
  using StreamWrap::StreamWrap;

  Value listen(Call& c);

 protected:
  struct ConnectReq {
    uv_connect_t req{};
    ConnectionWrap* self;
    Value jsReq;
    AsyncFrame frame;
  };
  // A new JS handle of the subclass's kind, for an accepted connection; *out is its StreamWrap.
  virtual Value newClient(StreamWrap** out) = 0;
  // A request for one connect; pass &r->req to uv_*_connect with onConnect, then call
  // connectStarted(r, result) with what it returned.
  ConnectReq* newConnectReq(Call& c, const Value& jsReq);
  Value connectStarted(Call& c, ConnectReq* r, int err);
  static void onConnect(uv_connect_t* req, int status);
  // Reports a connect done outside libuv (after connectStarted) on the next loop turn.
  void deferConnect(ConnectReq* r, int status);

 private:
  struct DeferredConnect;
  static void finishConnect(ConnectReq* r, int status);
  static void onConnection(uv_stream_t* server, int status);
};

#define PJS_CONNECTION_METHODS(T) method<T, &T::listen>("listen", 1), PJS_STREAM_METHODS(T)

}  // namespace pjs

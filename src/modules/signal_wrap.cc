// internalBinding('signal_wrap'): `new Signal()` wraps a uv_signal_t (a HandleWrap:
// close/ref/unref/hasRef). start(signum) → 0 or a negative errno; each delivery calls
// this.onsignal(signum); stop().
#include "binding/handle_wrap.h"
#include "core/environment.h"

namespace pjs {

class SignalWrap : public HandleWrap {
 public:
  explicit SignalWrap(Environment& env) : HandleWrap(env, reinterpret_cast<uv_handle_t*>(&signal_)) {
    if (uv_signal_init(env.loop(), &signal_) == 0) opened();
  }

  Value start(Call& c) {
    int signum = static_cast<int>(c.integer(0, "signum"));
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    int r = uv_signal_start(&signal_, onSignal, signum);
    if (r == 0) keepAlive(true);
    return i64(c.ctx(), r);
  }

  Value stop(Call& c) {
    int r = isOpen() ? uv_signal_stop(&signal_) : 0;
    keepAlive(false);
    return i64(c.ctx(), r);
  }

 private:
  static void onSignal(uv_signal_t* s, int signum) {
    auto* self = static_cast<SignalWrap*>(s->data);
    Value arg = i64(self->ctx(), signum);
    self->callback("onsignal", 1, &arg);
  }
  uv_signal_t signal_{};
};

static SignalWrap* makeSignal(Call& c) { return new SignalWrap(c.env()); }

void init_signal_wrap_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  t.set("Signal", NativeClass<SignalWrap>::define<makeSignal>(ctx, "Signal", 0, {
      method<SignalWrap, &SignalWrap::start>("start", 1),
      method<SignalWrap, &SignalWrap::stop>("stop", 0),
      PJS_HANDLE_METHODS(SignalWrap)}));
}

}  // namespace pjs

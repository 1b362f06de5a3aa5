#include "binding/handle_wrap.h"
#include "core/environment.h"

namespace pjs {

void HandleWrap::closeHandle() {
  if (state_ != State::Open) return;
  state_ = State::Closing;
  uv_close(handle_, onClosed);
}

void HandleWrap::onClosed(uv_handle_t* h) {
  auto* self = static_cast<HandleWrap*>(h->data);
  self->state_ = State::Closed;
  if (self->jsGone_) { delete self; return; }
  Value cb = std::move(self->closeCallback_);
  Environment& env = self->env();
  // Dropping the self-reference may collect the JS object and delete `self` right away:
  // nothing below touches it.
  self->keepAlive(false);
  if (!env.tearingDown && cb.isFunction()) {
    env.makeCallback(cb, undefined(env.context()), 0, nullptr);
  }
}

Value HandleWrap::close(Call& c) {
  if (state_ == State::Open) {
    if (c.arg(0).isFunction()) closeCallback_ = c.arg(0);
    keepAlive(true);  // until the close callback has run
    closeHandle();
  }
  return undefined(c.ctx());
}

int HandleWrap::beginClose(const Value& cb, int (*closer)(uv_handle_t*, uv_close_cb)) {
  if (state_ != State::Open) return UV_EBADF;
  int r = closer(handle_, onClosed);
  if (r != 0) return r;
  state_ = State::Closing;
  if (cb.isFunction()) closeCallback_ = cb;
  keepAlive(true);  // until the close callback has run
  return 0;
}

Value HandleWrap::ref(Call& c) {
  if (state_ == State::Open) uv_ref(handle_);
  return undefined(c.ctx());
}

Value HandleWrap::unref(Call& c) {
  if (state_ == State::Open) uv_unref(handle_);
  return undefined(c.ctx());
}

Value HandleWrap::hasRef(Call& c) {
  return boolean(c.ctx(), state_ == State::Open && uv_has_ref(handle_));
}

void HandleWrap::teardown() {
  closeCallback_ = Value();
  closeHandle();
  NativeObject::teardown();
}

void HandleWrap::finalized() {
  jsGone_ = true;
  if (state_ == State::Unopened || state_ == State::Closed) { delete this; return; }
  closeHandle();  // deleted by onClosed
}

}  // namespace pjs

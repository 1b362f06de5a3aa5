// A NativeObject around one libuv handle, as Node's HandleWrap: close([callback]), ref(),
// unref(), hasRef(). The subclass owns the handle's memory, initialises it and then calls
// opened(). The object outlives its handle's close: it is deleted once both the handle is
// closed and the JS object is collected (or the Environment ends).
#pragma once
#include <uv.h>
#include "binding/native_object.h"

namespace pjs {

class HandleWrap : public NativeObject {
 public:
  HandleWrap(Environment& env, uv_handle_t* handle) : NativeObject(env), handle_(handle) {}

  Value close(Call& c);
  Value ref(Call& c);
  Value unref(Call& c);
  Value hasRef(Call& c);

  bool isOpen() const { return state_ == State::Open; }
  void teardown() override;
  void finalized() override;

 protected:
  // The subclass's handle is initialised: from now on it must be closed.
  void opened() { state_ = State::Open; handle_->data = this; }
  uv_handle_t* handle() const { return handle_; }
  // Closes the handle (no JS callback); safe to call in any state.
  void closeHandle();
  // close()'s work with another closer (e.g. uv_tcp_close_reset): 0, or closer's error (then
  // nothing changed), or UV_EBADF if not open. cb (if a function) runs when closed.
  int beginClose(const Value& cb, int (*closer)(uv_handle_t*, uv_close_cb));

 private:
  enum class State { Unopened, Open, Closing, Closed };
  static void onClosed(uv_handle_t* h);
  uv_handle_t* handle_;
  State state_ = State::Unopened;
  bool jsGone_ = false;
  Value closeCallback_;
};

// The methods every handle class exposes to JS, for NativeClass<T>::define's list.
#define PJS_HANDLE_METHODS(T)                                                            \
  method<T, &T::close>("close", 1), method<T, &T::ref>("ref", 0),                        \
      method<T, &T::unref>("unref", 0), method<T, &T::hasRef>("hasRef", 0)

}  // namespace pjs

// A JS string's characters as the engine stores them (8-bit Latin-1 or 16-bit UTF-16, see
// qjs_bytes.h), read in place by the encoders (Buffer, stream writes, HTTP header checks).
#pragma once
#include <cstdint>
#include "binding/errors.h"
#include "modules/buffer_codec.h"
#include "qjs_bytes.h"

namespace pjs {

// Keeps a flattened rope alive while its characters are in use. For a value that is not a
// string, isString() is false and chars is empty; an engine failure (out of memory while
// flattening) throws JsThrow.
class StringChars {
 public:
  StringChars(JSContext* ctx, JSValueConst v) : ctx_(ctx) {
    uint32_t len = 0;
    if (pjs_string_chars(ctx, v, &holder_, &chars.s8, &chars.s16, &len) < 0) {
      if (JS_HasException(ctx)) throw JsThrow{};
      return;
    }
    chars.len = len;
    isString_ = true;
  }
  ~StringChars() { JS_FreeValue(ctx_, holder_); }
  StringChars(const StringChars&) = delete;
  StringChars& operator=(const StringChars&) = delete;
  bool isString() const { return isString_; }
  codec::Chars chars;

 private:
  JSContext* ctx_;
  JSValue holder_ = JS_UNDEFINED;
  bool isString_ = false;
};

}  // namespace pjs

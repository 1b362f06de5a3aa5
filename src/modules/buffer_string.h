// Bytes to a JS string in one of Buffer's encodings, exactly as buf.toString(encoding) makes it
// (src/modules/buffer.cc), for other bindings that hand out encoded bytes (crypto digests …).
#pragma once
#include <cstddef>
#include <cstdint>
#include "binding/value.h"
#include "modules/buffer_codec.h"

namespace pjs {

// Throws JsThrow (ERR_STRING_TOO_LONG or out of memory) on failure.
Value bytesToString(JSContext* ctx, const uint8_t* p, size_t n, codec::Encoding e);

}  // namespace pjs

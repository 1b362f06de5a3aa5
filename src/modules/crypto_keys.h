// Key material shared by the crypto bindings (crypto_keys.cc): a KeyObjectHandle owns a key
// for lib/internal/crypto/keys.js; natives that take "a key" accept a handle or plain bytes.
#pragma once
#include "modules/crypto_util.h"

namespace pjs::crypto {

// The bytes of a secret key argument: a secret KeyObjectHandle's material or any typed array,
// DataView or ArrayBuffer (in place). False for anything else.
bool secretKeyBytes(JSValueConst v, ByteSpan* out);

}  // namespace pjs::crypto

// Key material shared by the crypto bindings (crypto_keys.cc): a KeyObjectHandle owns a secret
// key or an asymmetric key for lib/internal/crypto/keys.js; natives that take "a key" accept a
// handle or plain bytes.
#pragma once
#include "modules/crypto_pkey.h"
#include "modules/crypto_util.h"

namespace pjs::crypto {

enum KeyType { kKeyTypeSecret = 0, kKeyTypePublic = 1, kKeyTypePrivate = 2 };

// The bytes of a secret key argument: a secret KeyObjectHandle's material or any typed array,
// DataView or ArrayBuffer (in place). False for anything else.
bool secretKeyBytes(JSValueConst v, ByteSpan* out);

// An asymmetric key from arguments [index .. index + 3] = (KeyObjectHandle | bytes, format,
// encoding, passphrase), as lib/ prepares them (preparePrivateKey / preparePublicOrPrivateKey).
// Throws Node's error when the bytes are no key of the wanted kind.
PKey parseKeyArgs(Call& c, int index, bool wantPrivate);

// A new KeyObjectHandle (JS object) holding `key` as a public or private key.
Value newKeyObjectHandle(JSContext* ctx, const PKey& key, int type);

// The EVP_PKEY of a public or private KeyObjectHandle (borrowed), its type in *type; nullptr
// for anything else.
EVP_PKEY* asymmetricKeyOf(JSValueConst v, int* type);

}  // namespace pjs::crypto

// internalBinding('encoding'): UTF-8 encode/decode with WHATWG semantics (lone surrogates and
// invalid sequences become U+FFFD, maximal-subpart replacement).
#include <string>
#include "binding/call.h"
#include "core/environment.h"

namespace pjs {

// Replaces WTF-8 encoded lone surrogates (ED A0..BF xx) with U+FFFD.
static void replaceLoneSurrogates(std::string& s) {
  for (size_t i = 0; i + 2 < s.size(); i++) {
    if (static_cast<unsigned char>(s[i]) == 0xED && (static_cast<unsigned char>(s[i + 1]) & 0xE0) == 0xA0) {
      s[i] = static_cast<char>(0xEF); s[i + 1] = static_cast<char>(0xBF); s[i + 2] = static_cast<char>(0xBD);
      i += 2;
    }
  }
}

// Returns valid UTF-8 for `p[0..n)`, replacing each maximal invalid subpart by U+FFFD; sets
// *invalid when anything was replaced.
std::string sanitizeUtf8(const uint8_t* p, size_t n, bool* invalid) {
  std::string out;
  out.reserve(n);
  size_t i = 0;
  *invalid = false;
  while (i < n) {
    uint8_t b = p[i];
    if (b < 0x80) { out.push_back(static_cast<char>(b)); i++; continue; }
    size_t need; uint8_t lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) need = 1;
    else if (b >= 0xE0 && b <= 0xEF) { need = 2; if (b == 0xE0) lo = 0xA0; if (b == 0xED) hi = 0x9F; }
    else if (b >= 0xF0 && b <= 0xF4) { need = 3; if (b == 0xF0) lo = 0x90; if (b == 0xF4) hi = 0x8F; }
    else { out += "\xEF\xBF\xBD"; *invalid = true; i++; continue; }
    size_t j = 1;
    for (; j <= need; j++) {
      if (i + j >= n) break;
      uint8_t c = p[i + j];
      uint8_t l = j == 1 ? lo : 0x80, h = j == 1 ? hi : 0xBF;
      if (c < l || c > h) break;
    }
    if (j == need + 1) { out.append(reinterpret_cast<const char*>(p + i), need + 1); i += need + 1; }
    else { out += "\xEF\xBF\xBD"; *invalid = true; i += j; }
  }
  return out;
}

std::string toUtf8(JSContext* ctx, JSValueConst v) {
  size_t len;
  const char* s = JS_ToCStringLen(ctx, &len, v);
  if (!s) throw JsThrow{};
  std::string out(s, len);
  JS_FreeCString(ctx, s);
  replaceLoneSurrogates(out);
  return out;
}

static Value encodeUtf8(Call& c) {
  std::string s = toUtf8(c.ctx(), c.raw(0));
  return bytes(c.ctx(), s.data(), s.size());
}

// decodeUtf8(view, fatal, ignoreBOM)
static Value decodeUtf8(Call& c) {
  JSContext* ctx = c.ctx();
  size_t off = 0, len = 0, bpe = 0;
  const uint8_t* p = nullptr;
  Value ab(ctx, JS_GetTypedArrayBuffer(ctx, c.raw(0), &off, &len, &bpe));
  size_t size = 0;
  if (ab.isException()) {
    JS_FreeValue(ctx, JS_GetException(ctx));
    p = JS_GetArrayBuffer(ctx, &size, c.raw(0));  // a plain ArrayBuffer
    if (!p && size) throw JsThrow{};
    if (!p) JS_FreeValue(ctx, JS_GetException(ctx));
    len = size;
  } else {
    p = JS_GetArrayBuffer(ctx, &size, ab.get());
    if (p) p += off;
  }
  bool fatal = c.boolean(1), ignoreBOM = c.boolean(2);
  if (!ignoreBOM && len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) { p += 3; len -= 3; }
  bool invalid;
  std::string s = sanitizeUtf8(p, len, &invalid);
  if (invalid && fatal)
    throwTypeError(ctx, "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8");
  return str(ctx, s);
}

void init_encoding_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<encodeUtf8>(ctx, t, "encodeUtf8", 1);
  setMethod<decodeUtf8>(ctx, t, "decodeUtf8", 3);
}

}  // namespace pjs

// The header block of an outgoing message, built natively (OutgoingMessage._storeHeader's loop:
// Node's processHeader/storeHeader/matchHeader). lib/_http_outgoing.js calls
//   buildHeaderBlock(headers, mode, lenient, out) → "Name: value\r\n…" | undefined
// mode 0: the message's own header map ({ lowercase: [name, value] }, validated by setHeader),
//      1: an object of name → value, 2: a flat [name, value, …] array, 3: [[name, value], …]
//      (1–3 are validated here). Array values give one line per element, except two or more
// cookie values, which are joined with '; '. out.flags gets what matchHeader would record
// (kFlag* below), out.contentLength the last Content-Length value.
// undefined means "let JS do it": a value that is not a string, number or array of those, an
// invalid name or value (JS then throws Node's error), or anything else unusual.
#include <cstring>
#include <string>
#include "binding/call.h"
#include "core/environment.h"
#include "binding/string_chars.h"

namespace pjs {

namespace {

enum : int {
  kFlagConnection = 1,       // a Connection header
  kFlagConnectionClose = 2,  // … one whose value has the token `close` (the message is the last)
  kFlagConnectionOther = 4,  // … one without it (keep the connection alive)
  kFlagTE = 8,               // Transfer-Encoding
  kFlagTEChunked = 16,       // … with `chunked`
  kFlagContentLength = 32,
  kFlagDate = 64,
  kFlagExpect = 128,
  kFlagTrailer = 256,
  kFlagKeepAlive = 512,      // a Keep-Alive header of the user's
};

bool isTchar(uint8_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return c && strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}
bool isWordChar(uint8_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// /(?:^|\W)word(?:$|\W)/i over latin1 text.
bool hasToken(const std::string& v, const char* word) {
  size_t n = strlen(word);
  for (size_t i = 0; i + n <= v.size(); i++) {
    if (i > 0 && isWordChar(v[i - 1])) continue;
    if (i + n < v.size() && isWordChar(v[i + n])) continue;
    if (strncasecmp(v.data() + i, word, n) == 0) return true;
  }
  return false;
}

struct Builder {
  JSContext* ctx;
  bool validate;
  bool lenient;
  std::string out;
  int flags = 0;
  Value contentLength;

  // Latin1 characters of a string, false if not a string or a character is above 0xFF.
  bool latin1(JSValueConst v, std::string& dst) {
    StringChars s(ctx, v);
    if (!s.isString()) return false;
    const codec::Chars& ch = s.chars;
    if (ch.s8) {
      dst.assign(reinterpret_cast<const char*>(ch.s8), ch.len);
      return true;
    }
    dst.resize(ch.len);
    for (size_t i = 0; i < ch.len; i++) {
      if (ch.s16[i] > 0xFF) return false;
      dst[i] = static_cast<char>(ch.s16[i]);
    }
    return true;
  }

  bool validName(const std::string& name) {
    if (name.empty()) return false;
    for (unsigned char c : name) if (!isTchar(c)) return false;
    return true;
  }

  bool validValue(const std::string& v) {
    for (unsigned char c : v) {
      if (lenient ? (c == 0 || c == '\n' || c == '\r') : (c != '\t' && (c < 0x20 || c == 0x7F))) return false;
    }
    return true;
  }

  // The text of a value as `key + ': ' + value` would give it; strings and numbers only.
  bool valueText(JSValueConst v, std::string& dst) {
    if (JS_IsString(v)) return latin1(v, dst);
    if (JS_IsNumber(v)) {
      Value s(ctx, JS_ToString(ctx, v));
      return !s.isException() && latin1(s.get(), dst);
    }
    return false;
  }

  bool line(const std::string& name, JSValueConst value) {
    std::string text;
    if (!valueText(value, text)) return false;
    if (validate && !validValue(text)) return false;
    out += name;
    out += ": ";
    out += text;
    out += "\r\n";
    match(name, text, value);
    return true;
  }

  void match(const std::string& name, const std::string& text, JSValueConst value) {
    size_t n = name.size();
    if (n < 4 || n > 17) return;
    auto is = [&](const char* lower) { return n == strlen(lower) && strncasecmp(name.data(), lower, n) == 0; };
    if (is("connection")) {
      flags |= kFlagConnection | (hasToken(text, "close") ? kFlagConnectionClose : kFlagConnectionOther);
    } else if (is("transfer-encoding")) {
      flags |= kFlagTE | (hasToken(text, "chunked") ? kFlagTEChunked : 0);
    } else if (is("content-length")) {
      flags |= kFlagContentLength;
      contentLength = Value::borrow(ctx, value);
    } else if (is("date")) {
      flags |= kFlagDate;
    } else if (is("expect")) {
      flags |= kFlagExpect;
    } else if (is("trailer")) {
      flags |= kFlagTrailer;
    } else if (is("keep-alive")) {
      flags |= kFlagKeepAlive;
    }
  }

  // One header (processHeader): a name and a value or an array of values.
  bool header(JSValueConst key, JSValueConst value) {
    std::string name;
    if (!latin1(key, name)) return false;
    if (validate && !validName(name)) return false;
    if (name.size() == 19 && strncasecmp(name.data(), "content-disposition", 19) == 0) return false;
    if (!JS_IsArray(ctx, value)) return line(name, value);
    int64_t len = Value::borrow(ctx, value).get("length").toInt64(0);
    bool cookie = name.size() == 6 && strncasecmp(name.data(), "cookie", 6) == 0;
    if (len < 2 || !cookie) {
      for (int64_t i = 0; i < len; i++) {
        Value item(ctx, JS_GetPropertyUint32(ctx, value, static_cast<uint32_t>(i)));
        if (!line(name, item.get())) return false;
      }
      return true;
    }
    // Several cookie values: one line, joined with '; ' (as Array.prototype.join would).
    std::string joined, part;
    for (int64_t i = 0; i < len; i++) {
      Value item(ctx, JS_GetPropertyUint32(ctx, value, static_cast<uint32_t>(i)));
      if (!valueText(item.get(), part)) return false;
      if (i) joined += "; ";
      joined += part;
    }
    Value text = str(ctx, joined);
    return line(name, text.get());
  }
};

Value buildHeaderBlock(Call& c) {
  JSContext* ctx = c.ctx();
  Value headers = c.arg(0);
  int mode = static_cast<int>(c.arg(1).toInt64(-1));
  Builder b{ctx, mode != 0, c.boolean(2), {}};
  Value outObj = c.arg(3);
  if (!headers.isObject() || !outObj.isObject()) return undefined(ctx);
  if (mode == 0 || mode == 1) {
    JSPropertyEnum* props = nullptr;
    uint32_t count = 0;
    if (JS_GetOwnPropertyNames(ctx, &props, &count, headers.get(), JS_GPN_STRING_MASK | JS_GPN_ENUM_ONLY) < 0) {
      throw JsThrow{};
    }
    bool ok = true;
    for (uint32_t i = 0; i < count && ok; i++) {
      Value value(ctx, JS_GetProperty(ctx, headers.get(), props[i].atom));
      if (value.isException()) { ok = false; break; }
      if (mode == 0) {
        // [name, value] entries of the message's own map.
        Value name(ctx, JS_GetPropertyUint32(ctx, value.get(), 0));
        Value v(ctx, JS_GetPropertyUint32(ctx, value.get(), 1));
        ok = b.header(name.get(), v.get());
      } else {
        Value name(ctx, JS_AtomToString(ctx, props[i].atom));
        ok = b.header(name.get(), value.get());
      }
    }
    for (uint32_t i = 0; i < count; i++) JS_FreeAtom(ctx, props[i].atom);
    js_free(ctx, props);
    if (!ok) return undefined(ctx);
  } else if (mode == 2 || mode == 3) {
    int64_t len = headers.get("length").toInt64(0);
    for (int64_t i = 0; i < len; i += mode == 2 ? 2 : 1) {
      Value name, value;
      if (mode == 2) {
        name = Value(ctx, JS_GetPropertyUint32(ctx, headers.get(), static_cast<uint32_t>(i)));
        value = Value(ctx, JS_GetPropertyUint32(ctx, headers.get(), static_cast<uint32_t>(i + 1)));
      } else {
        Value entry(ctx, JS_GetPropertyUint32(ctx, headers.get(), static_cast<uint32_t>(i)));
        name = Value(ctx, JS_GetPropertyUint32(ctx, entry.get(), 0));
        value = Value(ctx, JS_GetPropertyUint32(ctx, entry.get(), 1));
      }
      if (!b.header(name.get(), value.get())) return undefined(ctx);
    }
  } else {
    return undefined(ctx);
  }
  outObj.set("flags", i64(ctx, b.flags));
  outObj.set("contentLength", b.contentLength.ctx() ? b.contentLength : undefined(ctx));
  uint8_t* dst = nullptr;
  JSValue s = pjs_new_string8(ctx, static_cast<uint32_t>(b.out.size()), &dst);
  if (JS_IsException(s)) throw JsThrow{};
  if (!b.out.empty()) memcpy(dst, b.out.data(), b.out.size());
  return Value(ctx, s);
}

}  // namespace

void addHttpHeaderFunctions(const Value& target) {
  setMethod<buildHeaderBlock>(target.ctx(), target, "buildHeaderBlock", 4);
}

}  // namespace pjs

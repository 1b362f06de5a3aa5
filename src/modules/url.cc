// internalBinding('url'): domain to ASCII with UTS #46 (the URL Standard's
// "domain to ASCII": non-transitional, CheckBidi, CheckJoiners, no STD3 rules, no hyphen or
// DNS length checks). The mapping and validation come from ICU's UTS #46 implementation,
// which agrees with Node's (ada's) tables where libidn2's IDNA2008 rules do not (emoji,
// symbols, Hangul Jamo, "--" labels). ICU is loaded with dlopen on the first non-ASCII
// domain, so programs that never see one do not pay for loading it at start-up.
#include <dlfcn.h>
#include <unicode/uidna.h>
#include <optional>
#include <stdexcept>
#include <string>
#include "binding/call.h"
#include "core/environment.h"
#include "modules/url_parser.h"

namespace pjs {

std::string toUtf8(JSContext* ctx, JSValueConst v);  // encoding.cc (lone surrogates → U+FFFD)

namespace {

#define PJS_STR2(x) #x
#define PJS_STR(x) PJS_STR2(x)

using OpenFn = UIDNA* (*)(uint32_t, UErrorCode*);
using ConvFn = int32_t (*)(const UIDNA*, const char*, int32_t, char*, int32_t, UIDNAInfo*, UErrorCode*);

struct Icu {
  UIDNA* idna = nullptr;
  ConvFn toAscii = nullptr;
};

// ICU's entry points carry the major version (uidna_openUTS46_72): the renaming macros of the
// headers we compiled against give the exact names, and the soname follows the same version.
const Icu* loadIcu() {
  static Icu icu;
  static bool tried = false;
  if (tried) return icu.idna ? &icu : nullptr;
  tried = true;
  void* lib = dlopen("libicuuc.so." U_ICU_VERSION_SHORT, RTLD_NOW | RTLD_LOCAL);
  if (!lib) return nullptr;
  auto open = reinterpret_cast<OpenFn>(dlsym(lib, PJS_STR(uidna_openUTS46)));
  icu.toAscii = reinterpret_cast<ConvFn>(dlsym(lib, PJS_STR(uidna_nameToASCII_UTF8)));
  if (!open || !icu.toAscii) return nullptr;
  UErrorCode st = U_ZERO_ERROR;
  UIDNA* idna = open(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII, &st);
  if (U_FAILURE(st)) return nullptr;
  icu.idna = idna;
  return &icu;
}

// Errors the URL Standard does not check (CheckHyphens and VerifyDnsLength are false).
constexpr uint32_t kIgnored = UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG |
                              UIDNA_ERROR_DOMAIN_NAME_TOO_LONG | UIDNA_ERROR_LEADING_HYPHEN |
                              UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4;

// UTS #46 changes since Unicode 15.0 (Debian 12's ICU) that Node 24's tables have: a few new
// mappings, and fillers that are now ignored (mapped to nothing). -1 = unchanged.
int32_t uts46Newer(uint32_t c) {
  if (c >= 0x10a0 && c <= 0x10c5) return static_cast<int32_t>(c - 0x10a0 + 0x2d00);
  switch (c) {
    case 0x10c7: return 0x2d27;
    case 0x10cd: return 0x2d2d;
    case 0x04c0: return 0x04cf;
    case 0x1e9e: return 0x00df;
    case 0x2132: return 0x214e;
    case 0x2183: return 0x2184;
    case 0xa7cb: return 0x0264;
    case 0x115f: case 0x1160: case 0x17b4: case 0x17b5: case 0x180e: case 0x2061: case 0x2062:
    case 0x2063: case 0x206a: case 0x206b: case 0x206c: case 0x206d: case 0x206e: case 0x206f:
    case 0x3164: case 0xffa0:
      return 0;
    default:
      return -1;
  }
}

void appendUtf8(std::string& out, uint32_t c) {
  if (c < 0x80) { out.push_back(static_cast<char>(c)); return; }
  if (c < 0x800) { out.push_back(static_cast<char>(0xc0 | (c >> 6))); }
  else if (c < 0x10000) { out.push_back(static_cast<char>(0xe0 | (c >> 12))); out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3f))); }
  else { out.push_back(static_cast<char>(0xf0 | (c >> 18))); out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3f))); out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3f))); }
  out.push_back(static_cast<char>(0x80 | (c & 0x3f)));
}

// Applies uts46Newer to well-formed UTF-8 (other bytes are copied).
std::string premap(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size();) {
    unsigned char b = static_cast<unsigned char>(in[i]);
    size_t n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (n == 1 || i + n > in.size()) { out.push_back(in[i]); i++; continue; }
    uint32_t c = b & (0xff >> (n + 1));
    for (size_t k = 1; k < n; k++) c = (c << 6) | (static_cast<unsigned char>(in[i + k]) & 0x3f);
    int32_t m = uts46Newer(c);
    if (m < 0) out.append(in.substr(i, n));
    else if (m > 0) appendUtf8(out, static_cast<uint32_t>(m));
    i += n;
  }
  return out;
}

}  // namespace

namespace url {

// UTS #46 ToASCII of a domain; nullopt on a validation error. Throws if ICU cannot be loaded.
std::optional<std::string> domainToASCIIUtf8(std::string_view domain) {
  const Icu* icu = loadIcu();
  if (!icu) throw std::runtime_error("ERR_NO_ICU");
  std::string in = premap(domain);
  std::string out(in.size() * 4 + 64, '\0');
  for (int attempt = 0; attempt < 2; attempt++) {
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = icu->toAscii(icu->idna, in.data(), static_cast<int32_t>(in.size()), out.data(),
                             static_cast<int32_t>(out.size()), &info, &st);
    if (st == U_BUFFER_OVERFLOW_ERROR) { out.resize(n + 1); continue; }
    if (U_FAILURE(st) || (info.errors & ~kIgnored)) return std::nullopt;
    out.resize(n);
    return out;
  }
  return std::nullopt;
}

}  // namespace url

namespace {

std::optional<std::string> icuOrThrow(JSContext* ctx, std::string_view d) {
  try {
    return url::domainToASCIIUtf8(d);
  } catch (const std::runtime_error&) {
    throwError(ctx, ErrorKind::Error, "ERR_NO_ICU",
               "Internationalized domain names need ICU (libicuuc." U_ICU_VERSION_SHORT ")");
  }
}

// domainToASCII(domain): the ASCII domain, or undefined on a validation error.
Value domainToASCII(Call& c) {
  auto r = icuOrThrow(c.ctx(), toUtf8(c.ctx(), c.raw(0)));
  return r ? str(c.ctx(), *r) : undefined(c.ctx());
}

Value optionalStr(JSContext* ctx, const std::optional<std::string>& s) {
  return s ? str(ctx, *s) : null(ctx);
}

std::string serializePath(const url::Record& r) {
  if (r.opaquePath) return r.opaque;
  std::string out;
  for (const auto& seg : r.path) { out.push_back('/'); out += seg; }
  return out;
}

std::string serialize(const url::Record& r, const std::string& path) {
  std::string out = r.scheme + ":";
  if (r.host) {
    out += "//";
    if (!r.username.empty() || !r.password.empty()) {
      out += r.username;
      if (!r.password.empty()) out += ":" + r.password;
      out += "@";
    }
    out += *r.host;
    if (r.port >= 0) out += ":" + std::to_string(r.port);
  } else if (!r.opaquePath && r.path.size() > 1 && r.path[0].empty()) {
    out += "/.";
  }
  out += path;
  if (r.query) out += "?" + *r.query;
  if (r.fragment) out += "#" + *r.fragment;
  return out;
}

// parse(input, base?) → undefined on failure, else
// [href, scheme, username, password, host|null, port (-1 none), path, opaque, query|null, fragment|null]
Value parse(Call& c) {
  JSContext* ctx = c.ctx();
  std::string input = toUtf8(ctx, c.raw(0));
  url::Record base, out;
  bool hasBase = c.has(1);
  try {
    if (hasBase && !url::parse(toUtf8(ctx, c.raw(1)), nullptr, base)) return undefined(ctx);
    if (!url::parse(input, hasBase ? &base : nullptr, out)) return undefined(ctx);
  } catch (const std::runtime_error&) {
    throwError(ctx, ErrorKind::Error, "ERR_NO_ICU",
               "Internationalized domain names need ICU (libicuuc." U_ICU_VERSION_SHORT ")");
  }
  std::string path = serializePath(out);
  Value arr = array(ctx);
  uint32_t i = 0;
  auto push = [&](Value v) { JS_SetPropertyUint32(ctx, arr.get(), i++, v.release()); };
  push(str(ctx, serialize(out, path)));
  push(str(ctx, out.scheme));
  push(str(ctx, out.username));
  push(str(ctx, out.password));
  push(optionalStr(ctx, out.host));
  push(num(ctx, out.port));
  push(str(ctx, path));
  push(boolean(ctx, out.opaquePath));
  push(optionalStr(ctx, out.query));
  push(optionalStr(ctx, out.fragment));
  return arr;
}

}  // namespace

void init_url_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<domainToASCII>(ctx, t, "domainToASCII", 1);
  setMethod<parse>(ctx, t, "parse", 2);
}

}  // namespace pjs

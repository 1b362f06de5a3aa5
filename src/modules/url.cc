// internalBinding('url'): domain to ASCII with UTS #46 (the URL Standard's
// "domain to ASCII": non-transitional, CheckBidi, CheckJoiners, no STD3 rules, no hyphen or
// DNS length checks). The mapping and validation come from ICU's UTS #46 implementation,
// which agrees with Node's (ada's) tables where libidn2's IDNA2008 rules do not (emoji,
// symbols, Hangul Jamo, "--" labels). ICU is loaded with dlopen on the first non-ASCII
// domain, so programs that never see one do not pay for loading it at start-up.
#include <dlfcn.h>
#include <unicode/uidna.h>
#include <string>
#include "binding/call.h"
#include "core/environment.h"

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

// domainToASCII(domain): the ASCII domain, or undefined on a validation error. Throws
// ERR_NO_ICU if ICU cannot be loaded. (To Unicode is done in JS: it only decodes Punycode.)
Value domainToASCII(Call& c) {
  JSContext* ctx = c.ctx();
  std::string in = toUtf8(ctx, c.raw(0));
  const Icu* icu = loadIcu();
  if (!icu) throwError(ctx, ErrorKind::Error, "ERR_NO_ICU",
                       "Internationalized domain names need ICU (libicuuc." U_ICU_VERSION_SHORT ")");
  std::string out(in.size() * 4 + 64, '\0');
  for (int attempt = 0; attempt < 2; attempt++) {
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = icu->toAscii(icu->idna, in.data(), static_cast<int32_t>(in.size()), out.data(),
                   static_cast<int32_t>(out.size()), &info, &st);
    if (st == U_BUFFER_OVERFLOW_ERROR) { out.resize(n + 1); continue; }
    if (U_FAILURE(st)) return undefined(ctx);
    if ((info.errors & ~kIgnored)) return undefined(ctx);
    return str(ctx, std::string_view(out.data(), n));
  }
  return undefined(ctx);
}


}  // namespace

void init_url_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<domainToASCII>(ctx, t, "domainToASCII", 1);
}

}  // namespace pjs

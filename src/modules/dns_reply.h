// DNS answers (raw messages from c-ares) turned into the JS values Node's resolve* functions
// give: arrays of addresses, { exchange, priority } objects, TXT chunk arrays, the SOA
// object, resolveAny's typed records … Parsing goes through c-ares's own ares_parse_*_reply,
// as Node's cares_wrap does, except TLSA, which c-ares 1.18 cannot parse (read here).
#pragma once
#include <cstring>
#include <string>
#include <vector>
#include "binding/value.h"

namespace pjs {

enum class DnsQuery {
  Any, A, Aaaa, Caa, Cname, Mx, Ns, Tlsa, Txt, Srv, Ptr, Naptr, Soa,
};

// Parses `answer` for the query kind. On success returns ARES_SUCCESS and sets *result (and,
// for A/AAAA, *ttls: one TTL per address); otherwise returns the c-ares status.
int parseDnsReply(JSContext* ctx, DnsQuery kind, const std::string& answer, Value* result,
                  Value* ttls);

// A string of bytes read as Latin-1, as Node's OneByteString makes them.
Value latin1(JSContext* ctx, const char* s, size_t len);
inline Value latin1(JSContext* ctx, const char* s) { return latin1(ctx, s, s ? strlen(s) : 0); }

// Node's code for a c-ares status ("ENOTFOUND", "ETIMEOUT" …).
const char* aresErrorCode(int status);

}  // namespace pjs

// DNS answer → JS values, in Node's shapes (see dns_reply.h).
#include "modules/dns_reply.h"
#include <ares.h>
#include <arpa/nameser.h>
#include <netdb.h>
#include <uv.h>
#include <cstring>
#include <memory>
#include "binding/errors.h"
#include "qjs_bytes.h"

namespace pjs {

Value latin1(JSContext* ctx, const char* s, size_t len) {
  uint8_t* out = nullptr;
  Value v(ctx, check(pjs_new_string8(ctx, static_cast<uint32_t>(len), &out)));
  if (len) memcpy(out, s, len);
  return v;
}

const char* aresErrorCode(int status) {
  switch (status) {
    case ARES_ENODATA: return "ENODATA";
    case ARES_EFORMERR: return "EFORMERR";
    case ARES_ESERVFAIL: return "ESERVFAIL";
    case ARES_ENOTFOUND: return "ENOTFOUND";
    case ARES_ENOTIMP: return "ENOTIMP";
    case ARES_EREFUSED: return "EREFUSED";
    case ARES_EBADQUERY: return "EBADQUERY";
    case ARES_EBADNAME: return "EBADNAME";
    case ARES_EBADFAMILY: return "EBADFAMILY";
    case ARES_EBADRESP: return "EBADRESP";
    case ARES_ECONNREFUSED: return "ECONNREFUSED";
    case ARES_ETIMEOUT: return "ETIMEOUT";
    case ARES_EOF: return "EOF";
    case ARES_EFILE: return "EFILE";
    case ARES_ENOMEM: return "ENOMEM";
    case ARES_EDESTRUCTION: return "EDESTRUCTION";
    case ARES_EBADSTR: return "EBADSTR";
    case ARES_EBADFLAGS: return "EBADFLAGS";
    case ARES_ENONAME: return "ENONAME";
    case ARES_EBADHINTS: return "EBADHINTS";
    case ARES_ENOTINITIALIZED: return "ENOTINITIALIZED";
    case ARES_ELOADIPHLPAPI: return "ELOADIPHLPAPI";
    case ARES_EADDRGETNETWORKPARAMS: return "EADDRGETNETWORKPARAMS";
    case ARES_ECANCELLED: return "ECANCELLED";
    default: return "UNKNOWN_ARES_ERROR";
  }
}

namespace {

struct HostentFree { void operator()(hostent* h) const { ares_free_hostent(h); } };
using HostentPtr = std::unique_ptr<hostent, HostentFree>;
struct DataFree { void operator()(void* p) const { ares_free_data(p); } };
template <class T> using DataPtr = std::unique_ptr<T, DataFree>;

const unsigned char* bytesOf(const std::string& s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

void push(const Value& arr, Value v) {
  uint32_t n = static_cast<uint32_t>(arr.get("length").toInt64(0));
  arr.set(n, std::move(v));
}

uint32_t length(const Value& arr) { return static_cast<uint32_t>(arr.get("length").toInt64(0)); }

constexpr int kMaxAddrs = 256;

// Node's ParseGeneralReply: A (or a CNAME for resolveAny), AAAA, NS and PTR answers, appended
// to `out`. For A/AAAA the TTLs go to `ttls` (may be null). *kind tells, for Any, whether the
// A-step found a CNAME (kind becomes Cname) or addresses (A).
int parseGeneral(JSContext* ctx, const std::string& answer, DnsQuery* kind, const Value& out,
                 std::vector<int>* ttls) {
  hostent* raw = nullptr;
  int status;
  int alen = static_cast<int>(answer.size());
  ares_addrttl a4[kMaxAddrs];
  ares_addr6ttl a6[kMaxAddrs];
  int n = kMaxAddrs;
  switch (*kind) {
    case DnsQuery::A: case DnsQuery::Cname: case DnsQuery::Any:
      status = ares_parse_a_reply(bytesOf(answer), alen, &raw, a4, &n);
      break;
    case DnsQuery::Aaaa:
      status = ares_parse_aaaa_reply(bytesOf(answer), alen, &raw, a6, &n);
      break;
    case DnsQuery::Ns:
      status = ares_parse_ns_reply(bytesOf(answer), alen, &raw);
      break;
    default:  // Ptr
      status = ares_parse_ptr_reply(bytesOf(answer), alen, nullptr, 0, AF_INET, &raw);
      break;
  }
  if (status != ARES_SUCCESS) return status;
  HostentPtr host(raw);
  if (!host) return ARES_ENODATA;
  if ((*kind == DnsQuery::Any && host->h_name && host->h_aliases && host->h_aliases[0]) ||
      *kind == DnsQuery::Cname) {
    push(out, latin1(ctx, host->h_name));
    *kind = DnsQuery::Cname;
    return ARES_SUCCESS;
  }
  if (*kind == DnsQuery::Any) *kind = DnsQuery::A;
  if (*kind == DnsQuery::Ns || *kind == DnsQuery::Ptr) {
    for (char** a = host->h_aliases; a && *a; a++) push(out, latin1(ctx, *a));
    return ARES_SUCCESS;
  }
  char ip[INET6_ADDRSTRLEN];
  for (char** p = host->h_addr_list; p && *p; p++) {
    if (uv_inet_ntop(host->h_addrtype, *p, ip, sizeof ip) == 0) push(out, str(ctx, ip));
  }
  if (ttls) {
    for (int i = 0; i < n; i++) ttls->push_back(*kind == DnsQuery::Aaaa ? a6[i].ttl : a4[i].ttl);
  }
  return ARES_SUCCESS;
}

int parseMx(JSContext* ctx, const std::string& answer, const Value& out) {
  ares_mx_reply* raw = nullptr;
  int status = ares_parse_mx_reply(bytesOf(answer), static_cast<int>(answer.size()), &raw);
  if (status != ARES_SUCCESS) return status;
  DataPtr<ares_mx_reply> list(raw);
  for (ares_mx_reply* r = raw; r; r = r->next) {
    Value o = object(ctx);
    o.set("exchange", latin1(ctx, r->host));
    o.set("priority", i64(ctx, r->priority));
    o.set("type", str(ctx, "MX"));  // Node 24 types MX answers of resolveMx too
    push(out, o);
  }
  return ARES_SUCCESS;
}

int parseTxt(JSContext* ctx, const std::string& answer, const Value& out, bool needType) {
  ares_txt_ext* raw = nullptr;
  int status = ares_parse_txt_reply_ext(bytesOf(answer), static_cast<int>(answer.size()), &raw);
  if (status != ARES_SUCCESS) return status;
  DataPtr<ares_txt_ext> list(raw);
  Value chunk;
  auto flush = [&]() {
    if (chunk.isUndefined()) return;
    if (needType) {
      Value o = object(ctx);
      o.set("entries", chunk);
      o.set("type", str(ctx, "TXT"));
      push(out, o);
    } else {
      push(out, chunk);
    }
  };
  for (ares_txt_ext* r = raw; r; r = r->next) {
    if (r->record_start) {
      flush();
      chunk = array(ctx);
    }
    if (chunk.isUndefined()) chunk = array(ctx);
    push(chunk, latin1(ctx, reinterpret_cast<const char*>(r->txt), r->length));
  }
  flush();
  return ARES_SUCCESS;
}

int parseSrv(JSContext* ctx, const std::string& answer, const Value& out) {
  ares_srv_reply* raw = nullptr;
  int status = ares_parse_srv_reply(bytesOf(answer), static_cast<int>(answer.size()), &raw);
  if (status != ARES_SUCCESS) return status;
  DataPtr<ares_srv_reply> list(raw);
  for (ares_srv_reply* r = raw; r; r = r->next) {
    Value o = object(ctx);
    o.set("name", latin1(ctx, r->host));
    o.set("port", i64(ctx, r->port));
    o.set("priority", i64(ctx, r->priority));
    o.set("weight", i64(ctx, r->weight));
    o.set("type", str(ctx, "SRV"));  // as Node 24, also outside resolveAny
    push(out, o);
  }
  return ARES_SUCCESS;
}

int parseNaptr(JSContext* ctx, const std::string& answer, const Value& out, bool needType) {
  ares_naptr_reply* raw = nullptr;
  int status = ares_parse_naptr_reply(bytesOf(answer), static_cast<int>(answer.size()), &raw);
  if (status != ARES_SUCCESS) return status;
  DataPtr<ares_naptr_reply> list(raw);
  for (ares_naptr_reply* r = raw; r; r = r->next) {
    Value o = object(ctx);
    o.set("flags", latin1(ctx, reinterpret_cast<const char*>(r->flags)));
    o.set("service", latin1(ctx, reinterpret_cast<const char*>(r->service)));
    o.set("regexp", latin1(ctx, reinterpret_cast<const char*>(r->regexp)));
    o.set("replacement", latin1(ctx, r->replacement));
    o.set("order", i64(ctx, r->order));
    o.set("preference", i64(ctx, r->preference));
    // Node 24 gives resolveNaptr's records an own `type: undefined` (resolveAny's say 'NAPTR').
    o.set("type", needType ? str(ctx, "NAPTR") : undefined(ctx));
    push(out, o);
  }
  return ARES_SUCCESS;
}

int parseCaa(JSContext* ctx, const std::string& answer, const Value& out) {
  ares_caa_reply* raw = nullptr;
  int status = ares_parse_caa_reply(bytesOf(answer), static_cast<int>(answer.size()), &raw);
  if (status != ARES_SUCCESS) return status;
  DataPtr<ares_caa_reply> list(raw);
  for (ares_caa_reply* r = raw; r; r = r->next) {
    Value o = object(ctx);
    o.set("critical", i64(ctx, r->critical));
    o.set("type", str(ctx, "CAA"));  // as Node 24: before the tag, also outside resolveAny
    std::string tag(reinterpret_cast<const char*>(r->property), r->plength);
    Value v = latin1(ctx, reinterpret_cast<const char*>(r->value), r->length);
    JS_SetPropertyStr(ctx, o.get(), tag.c_str(), v.release());
    push(out, o);
  }
  return ARES_SUCCESS;
}

Value soaObject(JSContext* ctx, const char* ns, const char* host, uint32_t serial, uint32_t refresh,
                uint32_t retry, uint32_t expire, uint32_t minttl) {
  Value o = object(ctx);
  o.set("nsname", latin1(ctx, ns));
  o.set("hostmaster", latin1(ctx, host));
  o.set("serial", i64(ctx, serial));
  o.set("refresh", i64(ctx, refresh));
  o.set("retry", i64(ctx, retry));
  o.set("expire", i64(ctx, expire));
  o.set("minttl", i64(ctx, minttl));
  return o;
}

int parseSoa(JSContext* ctx, const std::string& answer, Value* out) {
  ares_soa_reply* raw = nullptr;
  int status = ares_parse_soa_reply(bytesOf(answer), static_cast<int>(answer.size()), &raw);
  if (status != ARES_SUCCESS) return status;
  DataPtr<ares_soa_reply> soa(raw);
  *out = soaObject(ctx, soa->nsname, soa->hostmaster, soa->serial, soa->refresh, soa->retry,
                   soa->expire, soa->minttl);
  out->set("type", undefined(ctx));  // Node 24's resolveSoa result has an own `type: undefined`
  return ARES_SUCCESS;
}

// The answer section's records, walked by hand (for TLSA, and for resolveAny's SOA, which
// Node reads from the answer section only).
struct Record { int type; const unsigned char* data; int len; };

int answerRecords(const std::string& answer, std::vector<Record>* out) {
  const unsigned char* buf = bytesOf(answer);
  int alen = static_cast<int>(answer.size());
  if (alen < HFIXEDSZ) return ARES_EBADRESP;
  int qd = (buf[4] << 8) | buf[5];
  int an = (buf[6] << 8) | buf[7];
  const unsigned char* p = buf + HFIXEDSZ;
  auto skipName = [&](const unsigned char*& q) {
    char* name = nullptr;
    long len = 0;
    if (ares_expand_name(q, buf, alen, &name, &len) != ARES_SUCCESS) return false;
    ares_free_string(name);
    q += len;
    return true;
  };
  for (int i = 0; i < qd; i++) {
    if (!skipName(p) || p + QFIXEDSZ > buf + alen) return ARES_EBADRESP;
    p += QFIXEDSZ;
  }
  for (int i = 0; i < an; i++) {
    if (!skipName(p) || p + RRFIXEDSZ > buf + alen) return ARES_EBADRESP;
    int type = (p[0] << 8) | p[1];
    int len = (p[8] << 8) | p[9];
    p += RRFIXEDSZ;
    if (p + len > buf + alen) return ARES_EBADRESP;
    out->push_back({type, p, len});
    p += len;
  }
  return ARES_SUCCESS;
}

// As Node 24: record i of the answer section lands at index (length before + i), so other
// records before a TLSA one leave holes; no `type`, also inside resolveAny.
int parseTlsa(JSContext* ctx, const std::string& answer, const Value& out) {
  std::vector<Record> records;
  int status = answerRecords(answer, &records);
  if (status != ARES_SUCCESS) return status;
  uint32_t offset = length(out);
  for (size_t i = 0; i < records.size(); i++) {
    const Record& r = records[i];
    if (r.type != 52 || r.len <= 3) continue;
    Value o = object(ctx);
    o.set("certUsage", i64(ctx, r.data[0]));
    o.set("selector", i64(ctx, r.data[1]));
    o.set("match", i64(ctx, r.data[2]));
    o.set("data", Value(ctx, check(JS_NewArrayBufferCopy(ctx, r.data + 3, r.len - 3))));
    out.set(offset + static_cast<uint32_t>(i), o);
  }
  return ARES_SUCCESS;
}

// resolveAny's SOA: the first SOA record of the answer section, with its type.
int parseAnySoa(JSContext* ctx, const std::string& answer, const Value& out) {
  std::vector<Record> records;
  int status = answerRecords(answer, &records);
  if (status != ARES_SUCCESS) return status;
  const unsigned char* buf = bytesOf(answer);
  int alen = static_cast<int>(answer.size());
  for (const Record& r : records) {
    if (r.type != ns_t_soa) continue;
    const unsigned char* p = r.data;
    char* ns = nullptr;
    char* host = nullptr;
    long len = 0;
    if (ares_expand_name(p, buf, alen, &ns, &len) != ARES_SUCCESS) return ARES_EBADRESP;
    p += len;
    if (ares_expand_name(p, buf, alen, &host, &len) != ARES_SUCCESS) {
      ares_free_string(ns);
      return ARES_EBADRESP;
    }
    p += len;
    if (p + 20 > r.data + r.len) {
      ares_free_string(ns);
      ares_free_string(host);
      return ARES_EBADRESP;
    }
    auto u32 = [](const unsigned char* q) {
      return (uint32_t(q[0]) << 24) | (uint32_t(q[1]) << 16) | (uint32_t(q[2]) << 8) | q[3];
    };
    Value o = soaObject(ctx, ns, host, u32(p), u32(p + 4), u32(p + 8), u32(p + 12), u32(p + 16));
    ares_free_string(ns);
    ares_free_string(host);
    o.set("type", str(ctx, "SOA"));
    push(out, o);
    break;
  }
  return ARES_SUCCESS;
}

bool ok(int status) { return status == ARES_SUCCESS || status == ARES_ENODATA; }

// Node's AnyTraits::Parse: every record kind in turn, each appended with its type.
int parseAny(JSContext* ctx, const std::string& answer, Value* result) {
  Value out = array(ctx);
  std::vector<int> ttls;
  DnsQuery kind = DnsQuery::Any;
  int status = parseGeneral(ctx, answer, &kind, out, &ttls);
  if (!ok(status)) return status;
  uint32_t aCount = length(out);
  for (uint32_t i = 0; i < aCount; i++) {
    Value o = object(ctx);
    if (kind == DnsQuery::A) {
      o.set("address", out.get(i));
      o.set("ttl", i64(ctx, i < ttls.size() ? ttls[i] : 0));
      o.set("type", str(ctx, "A"));
    } else {
      o.set("value", out.get(i));
      o.set("type", str(ctx, "CNAME"));
    }
    out.set(i, o);
  }
  ttls.clear();
  kind = DnsQuery::Aaaa;
  status = parseGeneral(ctx, answer, &kind, out, &ttls);
  if (!ok(status)) return status;
  for (uint32_t i = aCount, n = length(out); i < n; i++) {
    Value o = object(ctx);
    o.set("address", out.get(i));
    o.set("ttl", i64(ctx, i - aCount < ttls.size() ? ttls[i - aCount] : 0));
    o.set("type", str(ctx, "AAAA"));
    out.set(i, o);
  }
  if (!ok(status = parseMx(ctx, answer, out))) return status;
  auto names = [&](DnsQuery k, const char* type) {
    uint32_t before = length(out);
    int s = parseGeneral(ctx, answer, &k, out, nullptr);
    for (uint32_t i = before, n = length(out); i < n; i++) {
      Value o = object(ctx);
      o.set("value", out.get(i));
      o.set("type", str(ctx, type));
      out.set(i, o);
    }
    return s;
  };
  if (!ok(status = names(DnsQuery::Ns, "NS"))) return status;
  if (!ok(status = parseTxt(ctx, answer, out, true))) return status;
  if (!ok(status = parseSrv(ctx, answer, out))) return status;
  if (!ok(status = names(DnsQuery::Ptr, "PTR"))) return status;
  if (!ok(status = parseNaptr(ctx, answer, out, true))) return status;
  if (!ok(status = parseAnySoa(ctx, answer, out))) return status;
  if (!ok(status = parseTlsa(ctx, answer, out))) return status;
  if (!ok(status = parseCaa(ctx, answer, out))) return status;
  *result = out;
  return ARES_SUCCESS;
}

}  // namespace

int parseDnsReply(JSContext* ctx, DnsQuery kind, const std::string& answer, Value* result,
                  Value* ttls) {
  Value out = array(ctx);
  int status;
  switch (kind) {
    case DnsQuery::Any:
      return parseAny(ctx, answer, result);
    case DnsQuery::A:
    case DnsQuery::Aaaa: {
      std::vector<int> t;
      status = parseGeneral(ctx, answer, &kind, out, &t);
      if (status != ARES_SUCCESS) return status;
      Value ta = array(ctx);
      for (size_t i = 0; i < t.size(); i++) ta.set(static_cast<uint32_t>(i), i64(ctx, t[i]));
      *ttls = ta;
      break;
    }
    case DnsQuery::Cname:
    case DnsQuery::Ns:
    case DnsQuery::Ptr:
      status = parseGeneral(ctx, answer, &kind, out, nullptr);
      break;
    case DnsQuery::Mx: status = parseMx(ctx, answer, out); break;
    case DnsQuery::Txt: status = parseTxt(ctx, answer, out, false); break;
    case DnsQuery::Srv: status = parseSrv(ctx, answer, out); break;
    case DnsQuery::Naptr: status = parseNaptr(ctx, answer, out, false); break;
    case DnsQuery::Caa: status = parseCaa(ctx, answer, out); break;
    case DnsQuery::Tlsa: status = parseTlsa(ctx, answer, out); break;
    case DnsQuery::Soa: return parseSoa(ctx, answer, result);
    default: return ARES_ENOTIMP;
  }
  if (status != ARES_SUCCESS) return status;
  *result = out;
  return ARES_SUCCESS;
}

}  // namespace pjs

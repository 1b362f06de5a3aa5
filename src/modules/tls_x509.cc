// Certificates as Node's TLS API shows them (see tls_x509.h). Alternative names are printed
// as Node prints them: names that could be confused with the list's separators, or that hold
// control characters, are written as JSON strings.
#include "modules/tls_x509.h"
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509v3.h>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>
#include "modules/ssl_util.h"

namespace pjs {

using namespace ossl;

namespace {

struct X509Deleter { void operator()(X509* x) const { X509_free(x); } };
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

std::string bioString(BIO* bio) {
  char* data = nullptr;
  long len = BIO_get_mem_data(bio, &data);
  return std::string(data ? data : "", len > 0 ? static_cast<size_t>(len) : 0);
}

bool isSafeAltName(const char* name, size_t length, bool utf8) {
  for (size_t i = 0; i < length; ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c == '"' || c == '\\' || c == ',' || c == '\'') return false;
    if (utf8) {
      if (c < ' ' || c == 0x7f) return false;
    } else if (c < ' ' || c > '~') {
      return false;
    }
  }
  return true;
}

void printAltName(std::string& out, const char* name, size_t length, bool utf8 = false,
                  const char* prefix = nullptr) {
  if (isSafeAltName(name, length, utf8)) {
    if (prefix) { out += prefix; out += ':'; }
    out.append(name, length);
    return;
  }
  out += '"';
  if (prefix) { out += prefix; out += ':'; }
  for (size_t j = 0; j < length; ++j) {
    unsigned char c = static_cast<unsigned char>(name[j]);
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if ((c >= ' ' && c != ',' && c <= '~') || (utf8 && (c & 0x80))) out += static_cast<char>(c);
    else {
      switch (c) {
        case '\b': out += "\\b"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\f': out += "\\f"; break;
        case '\r': out += "\\r"; break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        }
      }
    }
  }
  out += '"';
}

// X509_NAME_print_ex flags for a DirName inside the JSON-safe list (RFC 2253, UTF-8 kept).
constexpr unsigned long kNameFlagsForAltNames =
    XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB & ~ASN1_STRFLGS_ESC_CTRL;

bool printGeneralName(std::string& out, const GENERAL_NAME* gen) {
  switch (gen->type) {
    case GEN_DNS:
      out += "DNS:";
      printAltName(out, reinterpret_cast<const char*>(gen->d.dNSName->data), gen->d.dNSName->length);
      return true;
    case GEN_EMAIL:
      out += "email:";
      printAltName(out, reinterpret_cast<const char*>(gen->d.rfc822Name->data), gen->d.rfc822Name->length);
      return true;
    case GEN_URI:
      out += "URI:";
      printAltName(out, reinterpret_cast<const char*>(gen->d.uniformResourceIdentifier->data),
                   gen->d.uniformResourceIdentifier->length);
      return true;
    case GEN_DIRNAME: {
      out += "DirName:";
      BioPtr tmp(BIO_new(BIO_s_mem()));
      if (X509_NAME_print_ex(tmp.get(), gen->d.dirn, 0, kNameFlagsForAltNames) < 0) return false;
      std::string s = bioString(tmp.get());
      printAltName(out, s.data(), s.size(), true);
      return true;
    }
    case GEN_IPADD: {
      out += "IP Address:";
      const unsigned char* b = gen->d.ip->data;
      char buf[64];
      if (gen->d.ip->length == 4) {
        std::snprintf(buf, sizeof buf, "%d.%d.%d.%d", b[0], b[1], b[2], b[3]);
        out += buf;
      } else if (gen->d.ip->length == 16) {
        for (int j = 0; j < 8; ++j) {
          unsigned pair = (static_cast<unsigned>(b[2 * j]) << 8) | b[2 * j + 1];
          std::snprintf(buf, sizeof buf, j == 0 ? "%X" : ":%X", pair);
          out += buf;
        }
      } else {
        out += "<invalid>";
      }
      return true;
    }
    case GEN_RID: {
      char oid[256];
      OBJ_obj2txt(oid, sizeof oid, gen->d.rid, 1);
      out += "Registered ID:";
      out += oid;
      return true;
    }
    case GEN_OTHERNAME: {
      bool unicode = true;
      const char* prefix = nullptr;
      switch (OBJ_obj2nid(gen->d.otherName->type_id)) {
        case NID_id_on_SmtpUTF8Mailbox: prefix = "SmtpUTF8Mailbox"; break;
        case NID_XmppAddr: prefix = "XmppAddr"; break;
        case NID_SRVName: prefix = "SRVName"; unicode = false; break;
        case NID_ms_upn: prefix = "UPN"; break;
        case NID_NAIRealm: prefix = "NAIRealm"; break;
        default: break;
      }
      int type = gen->d.otherName->value->type;
      if (!prefix || (unicode && type != V_ASN1_UTF8STRING) || (!unicode && type != V_ASN1_IA5STRING)) {
        out += "othername:<unsupported>";
      } else {
        out += "othername:";
        const ASN1_STRING* s = unicode ? gen->d.otherName->value->value.utf8string
                                       : gen->d.otherName->value->value.ia5string;
        printAltName(out, reinterpret_cast<const char*>(s->data), s->length, unicode, prefix);
      }
      return true;
    }
    case GEN_X400: out += "X400Name:<unsupported>"; return true;
    case GEN_EDIPARTY: out += "EdiPartyName:<unsupported>"; return true;
    default: return false;
  }
}

Value altNames(JSContext* ctx, X509* cert) {
  auto* names = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
  if (!names) return undefined(ctx);
  std::string out;
  bool ok = true;
  for (int i = 0; i < sk_GENERAL_NAME_num(names) && ok; ++i) {
    if (i) out += ", ";
    ok = printGeneralName(out, sk_GENERAL_NAME_value(names, i));
  }
  GENERAL_NAMES_free(names);
  return ok ? str(ctx, out) : undefined(ctx);
}

Value infoAccess(JSContext* ctx, X509* cert) {
  auto* descs = static_cast<AUTHORITY_INFO_ACCESS*>(X509_get_ext_d2i(cert, NID_info_access, nullptr, nullptr));
  if (!descs) return undefined(ctx);
  std::string out;
  bool ok = true;
  for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(descs) && ok; ++i) {
    ACCESS_DESCRIPTION* d = sk_ACCESS_DESCRIPTION_value(descs, i);
    if (i) out += '\n';
    char method[80];
    i2t_ASN1_OBJECT(method, sizeof method, d->method);
    out += method;
    out += " - ";
    ok = printGeneralName(out, d->location);
  }
  AUTHORITY_INFO_ACCESS_free(descs);
  return ok ? str(ctx, out) : undefined(ctx);
}

// Node's name object: short names (or OIDs) as keys, UTF-8 values; a key seen twice holds an
// array. No prototype, as Node's.
Value nameObject(JSContext* ctx, const X509_NAME* name) {
  Value obj(ctx, JS_NewObjectProto(ctx, JS_NULL));
  int count = X509_NAME_entry_count(name);
  for (int i = 0; i < count; ++i) {
    const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
    const ASN1_OBJECT* o = X509_NAME_ENTRY_get_object(entry);
    char key[80];
    int nid = OBJ_obj2nid(o);
    if (nid != NID_undef) std::snprintf(key, sizeof key, "%s", OBJ_nid2sn(nid));
    else OBJ_obj2txt(key, sizeof key, o, 1);
    unsigned char* utf8 = nullptr;
    int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
    Value value = n >= 0 ? str(ctx, std::string_view(reinterpret_cast<char*>(utf8), static_cast<size_t>(n)))
                         : str(ctx, "");
    OPENSSL_free(utf8);
    Value existing = obj.get(key);
    if (existing.isUndefined()) {
      obj.set(key, value);
    } else if (JS_IsArray(ctx, existing.get())) {
      existing.set(static_cast<uint32_t>(existing.get("length").toInt64(0)), value);
    } else {
      Value arr = array(ctx);
      arr.set(0u, existing);
      arr.set(1u, value);
      obj.set(key, arr);
    }
  }
  return obj;
}

std::string hexDigest(const unsigned char* md, unsigned int n) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned int i = 0; i < n; ++i) {
    if (i) out += ':';
    out += hex[md[i] >> 4];
    out += hex[md[i] & 15];
  }
  return out;
}

Value fingerprint(JSContext* ctx, X509* cert, const EVP_MD* md) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (!X509_digest(cert, md, buf, &n)) return undefined(ctx);
  return str(ctx, hexDigest(buf, n));
}

Value timeString(JSContext* ctx, const ASN1_TIME* t) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  ASN1_TIME_print(bio.get(), t);
  return str(ctx, bioString(bio.get()));
}

Value bnHex(JSContext* ctx, BIGNUM* bn) {
  if (!bn) return undefined(ctx);
  char* hex = BN_bn2hex(bn);
  Value v = hex ? str(ctx, hex) : undefined(ctx);
  OPENSSL_free(hex);
  return v;
}

}  // namespace

Value x509ToObject(JSContext* ctx, X509* cert) {
  Value o = object(ctx);
  o.set("subject", nameObject(ctx, X509_get_subject_name(cert)));
  o.set("issuer", nameObject(ctx, X509_get_issuer_name(cert)));
  o.set("subjectaltname", altNames(ctx, cert));
  o.set("infoAccess", infoAccess(ctx, cert));
  o.set("ca", boolean(ctx, X509_check_ca(cert) == 1));

  Value modulus = undefined(ctx), exponent = undefined(ctx), pubkey = undefined(ctx), bits = undefined(ctx);
  Value asn1Curve = undefined(ctx), nistCurve = undefined(ctx);
  EVP_PKEY* pkey = X509_get0_pubkey(cert);
  int type = pkey ? EVP_PKEY_get_base_id(pkey) : NID_undef;
  if (type == EVP_PKEY_RSA || type == EVP_PKEY_RSA_PSS) {
    BIGNUM *n = nullptr, *e = nullptr;
    EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_N, &n);
    EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &e);
    modulus = bnHex(ctx, n);
    if (e) {
      char* hex = BN_bn2hex(e);
      std::string h = hex ? hex : "0";
      OPENSSL_free(hex);
      size_t z = h.find_first_not_of('0');
      h = z == std::string::npos ? "0" : h.substr(z);
      for (auto& ch : h) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      exponent = str(ctx, "0x" + h);
    }
    BN_free(n);
    BN_free(e);
    pubkey = derBytes(ctx, pkey, [](EVP_PKEY* k, unsigned char** p) { return i2d_PUBKEY(k, p); });
    bits = num(ctx, EVP_PKEY_get_bits(pkey));
  } else if (type == EVP_PKEY_EC) {
    bits = num(ctx, EVP_PKEY_get_bits(pkey));
    size_t len = 0;
    if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, nullptr, 0, &len) && len) {
      auto* buf = static_cast<uint8_t*>(std::malloc(len));
      if (!buf) throw std::bad_alloc();
      EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, buf, len, &len);
      pubkey = adoptBytes(ctx, buf, len);
    }
    char group[80];
    size_t glen = 0;
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &glen)) {
      int nid = OBJ_txt2nid(group);
      if (nid == NID_undef) nid = EC_curve_nist2nid(group);
      if (nid != NID_undef) {
        if (const char* sn = OBJ_nid2sn(nid)) asn1Curve = str(ctx, sn);
        if (const char* nist = EC_curve_nid2nist(nid)) nistCurve = str(ctx, nist);
      }
    }
  }
  ERR_clear_error();
  o.set("modulus", modulus);
  o.set("exponent", exponent);
  o.set("pubkey", pubkey);
  o.set("bits", bits);
  o.set("valid_from", timeString(ctx, X509_get0_notBefore(cert)));
  o.set("valid_to", timeString(ctx, X509_get0_notAfter(cert)));
  o.set("fingerprint", fingerprint(ctx, cert, EVP_sha1()));
  o.set("fingerprint256", fingerprint(ctx, cert, EVP_sha256()));
  o.set("fingerprint512", fingerprint(ctx, cert, EVP_sha512()));

  Value eku = undefined(ctx);
  if (auto* usages = static_cast<STACK_OF(ASN1_OBJECT)*>(X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr))) {
    eku = array(ctx);
    uint32_t j = 0;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usages); ++i) {
      char oid[256];
      if (OBJ_obj2txt(oid, sizeof oid, sk_ASN1_OBJECT_value(usages, i), 1) >= 0) eku.set(j++, str(ctx, oid));
    }
    sk_ASN1_OBJECT_pop_free(usages, ASN1_OBJECT_free);
  }
  o.set("ext_key_usage", eku);

  Value serial = undefined(ctx);
  if (BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr)) {
    serial = bnHex(ctx, bn);
    BN_free(bn);
  }
  o.set("serialNumber", serial);
  o.set("raw", derBytes(ctx, cert, [](X509* x, unsigned char** p) { return i2d_X509(x, p); }));
  o.set("asn1Curve", asn1Curve);
  o.set("nistCurve", nistCurve);
  return o;
}

// The issuer of `cert` in the context's trust store (a new reference), or null.
static X509* storeIssuer(SSL* ssl, X509* cert) {
  X509_STORE* store = SSL_CTX_get_cert_store(SSL_get_SSL_CTX(ssl));
  X509_STORE_CTX* sctx = X509_STORE_CTX_new();
  X509* issuer = nullptr;
  if (sctx && X509_STORE_CTX_init(sctx, store, nullptr, nullptr) == 1) {
    if (X509_STORE_CTX_get1_issuer(&issuer, sctx, cert) != 1) issuer = nullptr;
  }
  X509_STORE_CTX_free(sctx);
  ERR_clear_error();
  return issuer;
}

Value peerCertificate(JSContext* ctx, SSL* ssl, bool isServer, bool detailed) {
  // The client's chain holds the peer's leaf; the server's does not.
  X509Ptr leaf(isServer ? SSL_get1_peer_certificate(ssl) : nullptr);
  STACK_OF(X509)* chain = SSL_get_peer_cert_chain(ssl);
  if (!leaf && (!chain || sk_X509_num(chain) == 0)) return undefined(ctx);
  if (!leaf) leaf.reset(X509_dup(sk_X509_value(chain, 0)));
  if (!leaf) throw std::bad_alloc();
  Value result = x509ToObject(ctx, leaf.get());
  if (!detailed) return result;

  std::vector<X509Ptr> rest;
  if (chain) {
    for (int i = isServer ? 0 : 1; i < sk_X509_num(chain); ++i) {
      X509* c = sk_X509_value(chain, i);
      X509_up_ref(c);
      rest.emplace_back(c);
    }
  }
  Value current = result;
  X509Ptr cert = std::move(leaf);
  // First the certificates the peer sent, in issuing order.
  for (bool found = true; found;) {
    found = false;
    for (size_t i = 0; i < rest.size(); ++i) {
      if (X509_check_issued(rest[i].get(), cert.get()) != X509_V_OK) continue;
      if (X509_cmp(rest[i].get(), cert.get()) == 0) break;  // self-issued: handled below
      Value next = x509ToObject(ctx, rest[i].get());
      current.set("issuerCertificate", next);
      current = next;
      cert = std::move(rest[i]);
      rest.erase(rest.begin() + static_cast<long>(i));
      found = true;
      break;
    }
  }
  // Then the local trust store, up to a self-issued certificate.
  while (X509_check_issued(cert.get(), cert.get()) != X509_V_OK) {
    X509Ptr issuer(storeIssuer(ssl, cert.get()));
    if (!issuer) break;
    Value next = x509ToObject(ctx, issuer.get());
    current.set("issuerCertificate", next);
    current = next;
    bool same = X509_cmp(issuer.get(), cert.get()) == 0;
    cert = std::move(issuer);
    if (same) break;
  }
  if (X509_check_issued(cert.get(), cert.get()) == X509_V_OK) current.set("issuerCertificate", current);
  ERR_clear_error();
  return result;
}

const char* x509ErrorCode(long err) {
  switch (err) {
#define PJS_X509_ERR(name) case X509_V_ERR_##name: return #name;
    PJS_X509_ERR(UNABLE_TO_GET_ISSUER_CERT) PJS_X509_ERR(UNABLE_TO_GET_CRL)
    PJS_X509_ERR(UNABLE_TO_DECRYPT_CERT_SIGNATURE) PJS_X509_ERR(UNABLE_TO_DECRYPT_CRL_SIGNATURE)
    PJS_X509_ERR(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY) PJS_X509_ERR(CERT_SIGNATURE_FAILURE)
    PJS_X509_ERR(CRL_SIGNATURE_FAILURE) PJS_X509_ERR(CERT_NOT_YET_VALID)
    PJS_X509_ERR(CERT_HAS_EXPIRED) PJS_X509_ERR(CRL_NOT_YET_VALID) PJS_X509_ERR(CRL_HAS_EXPIRED)
    PJS_X509_ERR(ERROR_IN_CERT_NOT_BEFORE_FIELD) PJS_X509_ERR(ERROR_IN_CERT_NOT_AFTER_FIELD)
    PJS_X509_ERR(ERROR_IN_CRL_LAST_UPDATE_FIELD) PJS_X509_ERR(ERROR_IN_CRL_NEXT_UPDATE_FIELD)
    PJS_X509_ERR(OUT_OF_MEM) PJS_X509_ERR(DEPTH_ZERO_SELF_SIGNED_CERT)
    PJS_X509_ERR(SELF_SIGNED_CERT_IN_CHAIN) PJS_X509_ERR(UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
    PJS_X509_ERR(UNABLE_TO_VERIFY_LEAF_SIGNATURE) PJS_X509_ERR(CERT_CHAIN_TOO_LONG)
    PJS_X509_ERR(CERT_REVOKED) PJS_X509_ERR(INVALID_CA) PJS_X509_ERR(PATH_LENGTH_EXCEEDED)
    PJS_X509_ERR(INVALID_PURPOSE) PJS_X509_ERR(CERT_UNTRUSTED) PJS_X509_ERR(CERT_REJECTED)
    PJS_X509_ERR(HOSTNAME_MISMATCH)
#undef PJS_X509_ERR
    default: return "UNSPECIFIED";
  }
}

long peerVerifyResult(SSL* ssl, long missing) {
  if (X509* peer = SSL_get0_peer_certificate(ssl)) {
    (void)peer;
    return SSL_get_verify_result(ssl);
  }
  const SSL_CIPHER* cipher = SSL_get_current_cipher(ssl);
  const SSL_SESSION* sess = SSL_get_session(ssl);
  if ((cipher && SSL_CIPHER_get_auth_nid(cipher) == NID_auth_psk) ||
      (sess && SSL_SESSION_get_protocol_version(sess) == TLS1_3_VERSION && SSL_session_reused(ssl)))
    return X509_V_OK;
  return missing;
}

}  // namespace pjs

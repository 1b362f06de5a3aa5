// The URL Standard's basic URL parser and host parser, natively (see url_parser.h).
#include "modules/url_parser.h"
#include <cmath>
#include <cstdint>
#include <cstring>

namespace pjs::url {
namespace {

// Percent-encode sets as 128-bit tables of ASCII code points to encode (bytes >= 0x80 always).
struct EncodeSet {
  bool bits[128];
  constexpr EncodeSet(const EncodeSet* base, const char* extra) : bits{} {
    for (int i = 0; i < 128; i++) bits[i] = base ? base->bits[i] : (i < 0x20 || i == 0x7f);
    for (const char* p = extra; *p; p++) bits[static_cast<unsigned char>(*p)] = true;
  }
  bool has(unsigned char c) const { return c >= 0x80 || bits[c]; }
};
constexpr EncodeSet kC0(nullptr, "");
constexpr EncodeSet kFragment(&kC0, " \"<>`");
constexpr EncodeSet kQuery(&kC0, " \"#<>");
constexpr EncodeSet kSpecialQuery(&kQuery, "'");
constexpr EncodeSet kPath(&kQuery, "?^`{}");
constexpr EncodeSet kUserinfo(&kPath, "/:;=@[\\]|");

const char kHex[] = "0123456789ABCDEF";

void encodeInto(std::string& out, std::string_view s, const EncodeSet& set) {
  for (unsigned char c : s) {
    if (set.has(c)) {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
}

bool isAlpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(int c) { return c >= '0' && c <= '9'; }
bool isHex(int c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int hexVal(int c) { return isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

int defaultPort(std::string_view s) {
  if (s == "http" || s == "ws") return 80;
  if (s == "https" || s == "wss") return 443;
  if (s == "ftp") return 21;
  return -1;
}
bool isSpecial(std::string_view s) {
  return s == "http" || s == "https" || s == "ws" || s == "wss" || s == "ftp" || s == "file";
}

bool isWindowsDriveLetter(std::string_view s, bool normalizedOnly) {
  return s.size() == 2 && isAlpha(static_cast<unsigned char>(s[0])) &&
         (s[1] == ':' || (!normalizedOnly && s[1] == '|'));
}
bool startsWithWindowsDriveLetter(std::string_view in, size_t p) {
  if (in.size() - p < 2 || !isWindowsDriveLetter(in.substr(p, 2), false)) return false;
  if (in.size() - p == 2) return true;
  char c = in[p + 2];
  return c == '/' || c == '\\' || c == '?' || c == '#';
}
bool ieq(std::string_view a, const char* b) {
  size_t n = strlen(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; i++) if (lower(a[i]) != b[i]) return false;
  return true;
}
bool isSingleDot(std::string_view s) { return s == "." || ieq(s, "%2e"); }
bool isDoubleDot(std::string_view s) {
  return s == ".." || ieq(s, ".%2e") || ieq(s, "%2e.") || ieq(s, "%2e%2e");
}

void shortenPath(Record& u) {
  if (u.scheme == "file" && u.path.size() == 1 && isWindowsDriveLetter(u.path[0], true)) return;
  if (!u.path.empty()) u.path.pop_back();
}

// ---- hosts ----

std::string percentDecode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); i++) {
    if (s[i] == '%' && i + 2 < s.size() && isHex(s[i + 1]) && isHex(s[i + 2])) {
      out.push_back(static_cast<char>(hexVal(s[i + 1]) * 16 + hexVal(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// IPv4 number parser: -1 on failure (values above 2^32 saturate, which still fails later).
double parseIPv4Number(std::string_view s) {
  if (s.empty()) return -1;
  int radix = 10;
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) { radix = 16; s.remove_prefix(2); }
  else if (s.size() >= 2 && s[0] == '0') { radix = 8; s.remove_prefix(1); }
  if (s.empty()) return 0;
  double v = 0;
  for (char ch : s) {
    int c = static_cast<unsigned char>(ch);
    int d;
    if (radix == 16) { if (!isHex(c)) return -1; d = hexVal(c); }
    else { if (!isDigit(c) || c - '0' >= radix) return -1; d = c - '0'; }
    v = v * radix + d;
    if (v > 1e15) v = 1e15;  // far beyond 2^32: keeps failing without overflow
  }
  return v;
}

std::vector<std::string_view> splitDots(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t dot = s.find('.', start);
    if (dot == std::string_view::npos) { parts.push_back(s.substr(start)); break; }
    parts.push_back(s.substr(start, dot - start));
    start = dot + 1;
  }
  return parts;
}

bool endsInANumber(std::string_view s) {
  auto parts = splitDots(s);
  if (parts.back().empty()) {
    if (parts.size() == 1) return false;
    parts.pop_back();
  }
  std::string_view last = parts.back();
  if (!last.empty()) {
    bool digits = true;
    for (char c : last) if (!isDigit(static_cast<unsigned char>(c))) { digits = false; break; }
    if (digits) return true;
  }
  return parseIPv4Number(last) >= 0;
}

std::optional<std::string> parseIPv4(std::string_view s) {
  auto parts = splitDots(s);
  if (parts.back().empty() && parts.size() > 1) parts.pop_back();
  if (parts.size() > 4) return std::nullopt;
  std::vector<double> nums;
  for (auto p : parts) {
    double n = parseIPv4Number(p);
    if (n < 0) return std::nullopt;
    nums.push_back(n);
  }
  for (size_t i = 0; i + 1 < nums.size(); i++) if (nums[i] > 255) return std::nullopt;
  if (nums.back() >= std::pow(256.0, static_cast<double>(5 - nums.size()))) return std::nullopt;
  double v = nums.back();
  for (size_t i = 0; i + 1 < nums.size(); i++) v += nums[i] * std::pow(256.0, static_cast<double>(3 - i));
  uint32_t a = static_cast<uint32_t>(v);
  return std::to_string(a >> 24) + "." + std::to_string((a >> 16) & 255) + "." +
         std::to_string((a >> 8) & 255) + "." + std::to_string(a & 255);
}

std::optional<std::string> parseIPv6(std::string_view s) {
  uint16_t address[8] = {};
  int pieceIndex = 0, compress = -1;
  size_t p = 0, n = s.size();
  auto at = [&](size_t i) -> int { return i < n ? static_cast<unsigned char>(s[i]) : -1; };
  if (at(p) == ':') {
    if (at(p + 1) != ':') return std::nullopt;
    p += 2;
    compress = ++pieceIndex;
  }
  while (p < n) {
    if (pieceIndex == 8) return std::nullopt;
    if (at(p) == ':') {
      if (compress != -1) return std::nullopt;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    int value = 0, length = 0;
    while (length < 4 && isHex(at(p))) { value = value * 16 + hexVal(at(p)); p++; length++; }
    if (at(p) == '.') {
      if (length == 0) return std::nullopt;
      p -= length;
      if (pieceIndex > 6) return std::nullopt;
      int numbersSeen = 0;
      while (p < n) {
        int piece = -1;
        if (numbersSeen > 0) {
          if (at(p) == '.' && numbersSeen < 4) p++;
          else return std::nullopt;
        }
        if (!isDigit(at(p))) return std::nullopt;
        while (isDigit(at(p))) {
          int number = at(p) - '0';
          if (piece == -1) piece = number;
          else if (piece == 0) return std::nullopt;
          else piece = piece * 10 + number;
          if (piece > 255) return std::nullopt;
          p++;
        }
        address[pieceIndex] = static_cast<uint16_t>(address[pieceIndex] * 0x100 + piece);
        numbersSeen++;
        if (numbersSeen == 2 || numbersSeen == 4) pieceIndex++;
      }
      if (numbersSeen != 4) return std::nullopt;
      break;
    } else if (at(p) == ':') {
      p++;
      if (p >= n) return std::nullopt;
    } else if (p < n) {
      return std::nullopt;
    }
    address[pieceIndex++] = static_cast<uint16_t>(value);
  }
  if (compress != -1) {
    int swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex != 0 && swaps > 0) {
      std::swap(address[pieceIndex], address[compress + swaps - 1]);
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex != 8) {
    return std::nullopt;
  }
  int best = -1, bestLen = 1;
  for (int i = 0; i < 8;) {
    if (address[i] != 0) { i++; continue; }
    int j = i;
    while (j < 8 && address[j] == 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  std::string out = "[";
  char buf[8];
  for (int i = 0; i < 8; i++) {
    if (i == best) {
      out += i == 0 ? "::" : ":";
      i += bestLen - 1;
      continue;
    }
    snprintf(buf, sizeof buf, "%x", address[i]);
    out += buf;
    if (i != 7) out += ':';
  }
  return out + "]";
}

bool isForbiddenHost(unsigned char c) {
  switch (c) {
    case 0: case '\t': case '\n': case '\r': case ' ': case '#': case '/': case ':': case '<':
    case '>': case '?': case '@': case '[': case '\\': case ']': case '^': case '|':
      return true;
    default:
      return false;
  }
}
bool isForbiddenDomain(unsigned char c) {
  return isForbiddenHost(c) || c <= 0x1f || c == '%' || c == 0x7f;
}

bool lastLabelStartsWithDigit(std::string_view s) {
  size_t end = s.size();
  if (end && s[end - 1] == '.') end--;
  size_t dot = end ? s.rfind('.', end - 1) : std::string_view::npos;
  size_t first = dot == std::string_view::npos ? 0 : dot + 1;
  return first < s.size() && isDigit(static_cast<unsigned char>(s[first]));
}

}  // namespace

std::optional<std::string> parseHost(std::string_view input, bool special) {
  if (!input.empty() && input[0] == '[') {
    if (input.back() != ']') return std::nullopt;
    return parseIPv6(input.substr(1, input.size() - 2));
  }
  if (!special) {
    for (unsigned char c : input) if (isForbiddenHost(c)) return std::nullopt;
    std::string out;
    encodeInto(out, input, kC0);
    return out;
  }
  std::string domain = percentDecode(input);
  bool ascii = true;
  for (unsigned char c : domain) if (c >= 0x80) { ascii = false; break; }
  std::string result;
  if (ascii) {
    if (domain.empty()) return std::nullopt;
    result = std::move(domain);
    for (auto& c : result) c = lower(c);
  } else {
    auto r = domainToASCIIUtf8(domain);
    if (!r || r->empty()) return std::nullopt;
    result = std::move(*r);
  }
  for (unsigned char c : result) if (isForbiddenDomain(c)) return std::nullopt;
  if (lastLabelStartsWithDigit(result) && endsInANumber(result)) return parseIPv4(result);
  return result;
}

namespace {

enum State {
  SCHEME_START, SCHEME, NO_SCHEME, SPECIAL_RELATIVE_OR_AUTHORITY, PATH_OR_AUTHORITY, RELATIVE,
  RELATIVE_SLASH, SPECIAL_AUTHORITY_SLASHES, SPECIAL_AUTHORITY_IGNORE_SLASHES, AUTHORITY, HOST,
  PORT, FILE_, FILE_SLASH, FILE_HOST, PATH_START, PATH, OPAQUE_PATH, QUERY, FRAGMENT,
};

}  // namespace

bool parse(std::string_view raw, const Record* base, Record& url) {
  // Trim C0 controls and spaces; drop tabs and newlines.
  size_t b = 0, e = raw.size();
  while (b < e && static_cast<unsigned char>(raw[b]) <= 0x20) b++;
  while (e > b && static_cast<unsigned char>(raw[e - 1]) <= 0x20) e--;
  std::string cleaned;
  std::string_view input = raw.substr(b, e - b);
  if (input.find_first_of("\t\n\r") != std::string_view::npos) {
    cleaned.reserve(input.size());
    for (char c : input) if (c != '\t' && c != '\n' && c != '\r') cleaned.push_back(c);
    input = cleaned;
  }

  State state = SCHEME_START;
  std::string buffer;
  bool atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
  const ptrdiff_t len = static_cast<ptrdiff_t>(input.size());
  bool special = false;

  for (ptrdiff_t p = 0;; p++) {
    const int c = p < len ? static_cast<unsigned char>(input[p]) : -1;
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          buffer.push_back(lower(static_cast<char>(c)));
          state = SCHEME;
        } else {
          state = NO_SCHEME;
          p--;
        }
        break;

      case SCHEME:
        if (isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.') {
          buffer.push_back(lower(static_cast<char>(c)));
        } else if (c == ':') {
          url.scheme = buffer;
          special = isSpecial(url.scheme);
          buffer.clear();
          if (url.scheme == "file") {
            state = FILE_;
          } else if (special && base && base->scheme == url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (p + 1 < len && input[p + 1] == '/') {
            state = PATH_OR_AUTHORITY;
            p++;
          } else {
            url.opaquePath = true;
            state = OPAQUE_PATH;
          }
        } else {
          buffer.clear();
          state = NO_SCHEME;
          p = -1;
        }
        break;

      case NO_SCHEME:
        if (!base || (base->opaquePath && c != '#')) return false;
        if (base->opaquePath && c == '#') {
          url.scheme = base->scheme;
          special = isSpecial(url.scheme);
          url.opaquePath = true;
          url.opaque = base->opaque;
          url.query = base->query;
          url.fragment = "";
          state = FRAGMENT;
        } else if (base->scheme != "file") {
          state = RELATIVE;
          p--;
        } else {
          state = FILE_;
          p--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c == '/' && p + 1 < len && input[p + 1] == '/') {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = RELATIVE;
          p--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c == '/') {
          state = AUTHORITY;
        } else {
          state = PATH;
          p--;
        }
        break;

      case RELATIVE:
        url.scheme = base->scheme;
        special = isSpecial(url.scheme);
        if (c == '/' || (special && c == '\\')) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base->username;
          url.password = base->password;
          url.host = base->host;
          url.port = base->port;
          url.path = base->path;
          url.query = base->query;
          if (c == '?') {
            url.query = "";
            state = QUERY;
          } else if (c == '#') {
            url.fragment = "";
            state = FRAGMENT;
          } else if (c != -1) {
            url.query.reset();
            shortenPath(url);
            state = PATH;
            p--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (special && (c == '/' || c == '\\')) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c == '/') {
          state = AUTHORITY;
        } else {
          url.username = base->username;
          url.password = base->password;
          url.host = base->host;
          url.port = base->port;
          state = PATH;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c == '/' && p + 1 < len && input[p + 1] == '/') p++;
        else p--;
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c != '/' && c != '\\') {
          state = AUTHORITY;
          p--;
        }
        break;

      case AUTHORITY:
        if (c == '@') {
          if (atSignSeen) buffer.insert(0, "%40");
          atSignSeen = true;
          std::string_view buf(buffer);
          if (!passwordTokenSeen) {
            size_t k = buf.find(':');
            if (k == std::string_view::npos) {
              encodeInto(url.username, buf, kUserinfo);
            } else {
              passwordTokenSeen = true;
              encodeInto(url.username, buf.substr(0, k), kUserinfo);
              encodeInto(url.password, buf.substr(k + 1), kUserinfo);
            }
          } else {
            encodeInto(url.password, buf, kUserinfo);
          }
          buffer.clear();
        } else if (c == -1 || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
          if (atSignSeen && buffer.empty()) return false;
          p -= static_cast<ptrdiff_t>(buffer.size()) + 1;
          buffer.clear();
          state = HOST;
        } else {
          buffer.push_back(static_cast<char>(c));
        }
        break;

      case HOST:
        if (c == ':' && !insideBrackets) {
          if (buffer.empty()) return false;
          auto host = parseHost(buffer, special);
          if (!host) return false;
          url.host = std::move(*host);
          buffer.clear();
          state = PORT;
        } else if (c == -1 || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
          p--;
          if (special && buffer.empty()) return false;
          auto host = parseHost(buffer, special);
          if (!host) return false;
          url.host = std::move(*host);
          buffer.clear();
          state = PATH_START;
        } else {
          if (c == '[') insideBrackets = true;
          if (c == ']') insideBrackets = false;
          buffer.push_back(static_cast<char>(c));
        }
        break;

      case PORT:
        if (isDigit(c)) {
          buffer.push_back(static_cast<char>(c));
        } else if (c == -1 || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
          if (!buffer.empty()) {
            size_t i = 0;
            while (i + 1 < buffer.size() && buffer[i] == '0') i++;
            if (buffer.size() - i > 5) return false;
            int port = std::stoi(buffer.substr(i));
            if (port > 65535) return false;
            url.port = port == defaultPort(url.scheme) ? -1 : port;
            buffer.clear();
          }
          state = PATH_START;
          p--;
        } else {
          return false;
        }
        break;

      case FILE_:
        url.scheme = "file";
        special = true;
        url.host = "";
        if (c == '/' || c == '\\') {
          state = FILE_SLASH;
        } else if (base && base->scheme == "file") {
          url.host = base->host;
          url.path = base->path;
          url.query = base->query;
          if (c == '?') {
            url.query = "";
            state = QUERY;
          } else if (c == '#') {
            url.fragment = "";
            state = FRAGMENT;
          } else if (c != -1) {
            url.query.reset();
            if (!startsWithWindowsDriveLetter(input, p)) shortenPath(url);
            else url.path.clear();
            state = PATH;
            p--;
          }
        } else {
          state = PATH;
          p--;
        }
        break;

      case FILE_SLASH:
        if (c == '/' || c == '\\') {
          state = FILE_HOST;
        } else {
          if (base && base->scheme == "file") {
            url.host = base->host;
            if (!startsWithWindowsDriveLetter(input, p) && !base->path.empty() &&
                isWindowsDriveLetter(base->path[0], true)) {
              url.path.push_back(base->path[0]);
            }
          }
          state = PATH;
          p--;
        }
        break;

      case FILE_HOST:
        if (c == -1 || c == '/' || c == '\\' || c == '?' || c == '#') {
          p--;
          if (isWindowsDriveLetter(buffer, false)) {
            state = PATH;
          } else if (buffer.empty()) {
            url.host = "";
            state = PATH_START;
          } else {
            auto host = parseHost(buffer, true);
            if (!host) return false;
            if (*host == "localhost") host = "";
            url.host = std::move(*host);
            buffer.clear();
            state = PATH_START;
          }
        } else {
          buffer.push_back(static_cast<char>(c));
        }
        break;

      case PATH_START:
        if (special) {
          state = PATH;
          if (c != '/' && c != '\\') p--;
        } else if (c == '?') {
          url.query = "";
          state = QUERY;
        } else if (c == '#') {
          url.fragment = "";
          state = FRAGMENT;
        } else if (c != -1) {
          state = PATH;
          if (c != '/') p--;
        }
        break;

      case PATH: {
        ptrdiff_t end = p;
        while (end < len) {
          char d = input[end];
          if (d == '/' || (special && d == '\\') || d == '?' || d == '#') break;
          end++;
        }
        if (end > p) encodeInto(buffer, input.substr(p, end - p), kPath);
        p = end;
        int d = p < len ? static_cast<unsigned char>(input[p]) : -1;
        bool slash = d == '/' || (special && d == '\\');
        if (isDoubleDot(buffer)) {
          shortenPath(url);
          if (!slash) url.path.emplace_back();
        } else if (isSingleDot(buffer)) {
          if (!slash) url.path.emplace_back();
        } else {
          if (url.scheme == "file" && url.path.empty() && isWindowsDriveLetter(buffer, false)) buffer[1] = ':';
          url.path.push_back(buffer);
        }
        buffer.clear();
        if (d == '?') {
          url.query = "";
          state = QUERY;
        } else if (d == '#') {
          url.fragment = "";
          state = FRAGMENT;
        }
        break;
      }

      case OPAQUE_PATH: {
        ptrdiff_t end = p;
        while (end < len && input[end] != '?' && input[end] != '#') end++;
        std::string_view seg = input.substr(p, end - p);
        p = end;
        // A space right before '?' or '#' is percent-encoded so it survives their removal.
        bool spaceEnd = p < len && !seg.empty() && seg.back() == ' ';
        if (spaceEnd) seg.remove_suffix(1);
        encodeInto(url.opaque, seg, kC0);
        if (spaceEnd) url.opaque += "%20";
        if (p < len) {
          if (input[p] == '?') {
            url.query = "";
            state = QUERY;
          } else {
            url.fragment = "";
            state = FRAGMENT;
          }
        }
        break;
      }

      case QUERY: {
        ptrdiff_t end = p;
        while (end < len && input[end] != '#') end++;
        encodeInto(*url.query, input.substr(p, end - p), special ? kSpecialQuery : kQuery);
        p = end;
        if (p < len) {
          url.fragment = "";
          state = FRAGMENT;
        }
        break;
      }

      case FRAGMENT:
        if (p < len) {
          encodeInto(*url.fragment, input.substr(p), kFragment);
          p = len;
        }
        break;
    }
    if (p >= len) break;
  }
  return true;
}

}  // namespace pjs::url

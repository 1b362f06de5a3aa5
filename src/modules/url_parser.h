// The URL Standard's basic URL parser (without state overrides: the setters stay in JS) over
// UTF-8 input, and the host parser. lib/internal/url_parser.js is the same algorithm in JS
// (it also serves the setters); tests/diff/url-whatwg-*.js compare both with Node.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pjs::url {

struct Record {
  std::string scheme, username, password;
  std::optional<std::string> host;  // serialised (IPv6 in brackets)
  int port = -1;                    // -1: null
  bool opaquePath = false;
  std::string opaque;               // the path when opaquePath
  std::vector<std::string> path;    // the segments otherwise
  std::optional<std::string> query, fragment;
};

// Parses `input` (UTF-8, lone surrogates already replaced) against `base` (may be null).
bool parse(std::string_view input, const Record* base, Record& out);

// Host parser (special = not opaque): serialised host, or nullopt on failure.
std::optional<std::string> parseHost(std::string_view input, bool special);

// UTS #46 ToASCII of a non-ASCII domain (src/modules/url.cc); nullopt on failure.
std::optional<std::string> domainToASCIIUtf8(std::string_view domain);

}  // namespace pjs::url

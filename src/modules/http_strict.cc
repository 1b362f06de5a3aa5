// Strict HTTP/1 framing checks (see http_strict.h). The grammar is RFC 9112's, with the choices
// Node 24's llhttp makes in its default (non-lenient) mode: empty lines before a request line
// are skipped, a header line may not start with whitespace (no obsolete folding), every line
// ends in CRLF, names are tokens followed directly by ':', values are HTAB / SP / VCHAR /
// obs-text, the request target is visible ASCII, chunk sizes are hex digits followed by ';'
// (extensions) or CRLF, and chunk data is followed by CRLF.
#include "modules/http_strict.h"

namespace pjs::http {

namespace {

// tchar (RFC 9110 5.6.2): ALPHA DIGIT and !#$%&'*+-.^_`|~
constexpr bool isTchar(uint8_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
      return true;
    default:
      return false;
  }
}

constexpr bool isVchar(uint8_t c) { return c >= 0x21 && c <= 0x7E; }
// field-value and reason-phrase characters: HTAB, SP, VCHAR, obs-text.
constexpr bool isTextChar(uint8_t c) { return c == '\t' || c == ' ' || isVchar(c) || c >= 0x80; }
constexpr bool isHex(uint8_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

}  // namespace

void FramingChecker::begin(Section s) {
  section_ = s;
  done_ = false;
  error_ = {};
  methodBytes_ = leadingBytes_ = 0;
  methodEnded_ = false;
  switch (s) {
    case Section::RequestHead:
    case Section::ResponseHead:
      state_ = St::LeadCR;
      extBytes_ = 0;
      firstLine_ = true;
      break;
    case Section::ChunkLine:
      state_ = St::ChunkSizeStart;
      chunkDigits_ = 0;
      break;
    case Section::ChunkDataEnd:
      state_ = St::DataCR;
      break;
    case Section::Trailers:
      state_ = St::LineStart;
      firstLine_ = false;
      break;
  }
}

size_t FramingChecker::fail(size_t at, const char* code, const char* reason) {
  state_ = St::Failed;
  error_ = {code, reason};
  return at;
}

size_t FramingChecker::scan(const uint8_t* p, size_t len) {
  methodBytes_ = leadingBytes_ = 0;
  methodEnded_ = false;
  if (state_ == St::Failed) return 0;
  for (size_t i = 0; i < len; i++) {
    const uint8_t c = p[i];
    switch (state_) {
      // ---- start line ----
      case St::LeadCR:
        if (c == '\r') { state_ = St::LeadLF; leadingBytes_++; break; }
        if (section_ == Section::ResponseHead) { state_ = St::StatusLine; i--; break; }
        if (!isTchar(c)) return fail(i, "HPE_INVALID_METHOD", "Invalid method encountered");
        state_ = St::Method;
        methodBytes_++;
        break;
      case St::LeadLF:
        if (c != '\n') return fail(i, "HPE_LF_EXPECTED", "Missing expected LF after CR");
        leadingBytes_++;
        state_ = St::LeadCR;
        break;
      case St::Method:
        if (c == ' ') { state_ = St::TargetStart; methodEnded_ = true; break; }
        if (!isTchar(c)) return fail(i, "HPE_INVALID_METHOD", "Invalid method encountered");
        methodBytes_++;
        break;
      case St::TargetStart:
        if (c == ' ') break;  // llhttp accepts several spaces after the method
        inQuery_ = false;
        [[fallthrough]];
      case St::Target:
        if (c == ' ') { state_ = St::Version; versionBytes_ = 0; break; }
        if (c == '\r') { state_ = St::StartLF; break; }  // HTTP/0.9 request line
        if (c == '?') inQuery_ = true;
        if (!isVchar(c)) {
          if (c == '\t' || c == '\f') return fail(i, "HPE_INVALID_URL", "Invalid characters in url");
          return fail(i, "HPE_INVALID_URL", inQuery_ ? "Invalid char in url query" : "Invalid char in url path");
        }
        state_ = St::Target;
        break;
      case St::Version:
        if (c == '\r') { state_ = St::StartLF; break; }
        if (versionBytes_ < 5 && c != static_cast<uint8_t>("HTTP/"[versionBytes_])) {
          return fail(i, "HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/");
        }
        versionBytes_++;
        if (!isVchar(c)) return fail(i, "HPE_INVALID_VERSION", "Expected CRLF after version");
        break;
      case St::StatusLine:
        if (c == '\r') { state_ = St::StartLF; break; }
        if (c == '\n') return fail(i, "HPE_CR_EXPECTED", "Missing expected CR after response line");
        if (!isTextChar(c)) return fail(i, "HPE_INVALID_STATUS", "Invalid response status");
        break;
      case St::StartLF:
        if (c != '\n') return fail(i, "HPE_LF_EXPECTED", "Missing expected LF after start line");
        state_ = St::LineStart;
        break;

      // ---- header and trailer lines ----
      case St::LineStart:
        if (c == '\r') { state_ = St::EndLF; break; }
        if (c == '\n' && lenient_) { state_ = St::Done; done_ = true; return i + 1; }
        if (c == ' ' || c == '\t') {
          if (firstLine_) return fail(i, "HPE_UNEXPECTED_SPACE", "Unexpected space after start line");
          return fail(i, "HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value");
        }
        if (c == '\n') return fail(i, "HPE_CR_EXPECTED", "Missing expected CR after header value");
        if (!isTchar(c)) return fail(i, "HPE_INVALID_HEADER_TOKEN", "Invalid header token");
        firstLine_ = false;
        state_ = St::Name;
        break;
      case St::Name:
        if (c == ':') { state_ = St::Value; break; }
        if (!isTchar(c)) return fail(i, "HPE_INVALID_HEADER_TOKEN", "Invalid header token");
        break;
      case St::Value:
        if (c == '\r') { state_ = St::ValueLF; break; }
        if (lenient_) {
          if (c == '\n') state_ = St::LineStart;
          break;
        }
        if (c == '\n') return fail(i, "HPE_CR_EXPECTED", "Missing expected CR after header value");
        if (!isTextChar(c)) return fail(i, "HPE_INVALID_HEADER_TOKEN", "Invalid header value char");
        break;
      case St::ValueLF:
        if (c != '\n') return fail(i, "HPE_LF_EXPECTED", "Missing expected LF after header value");
        state_ = St::LineStart;
        break;
      case St::EndLF:
        if (c != '\n') return fail(i, "HPE_LF_EXPECTED", "Missing expected LF after headers");
        state_ = St::Done;
        done_ = true;
        return i + 1;

      // ---- chunked framing ----
      case St::ChunkSizeStart:
        if (!isHex(c)) return fail(i, "HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size");
        state_ = St::ChunkSize;
        chunkDigits_ = c == '0' ? 0 : 1;
        break;
      case St::ChunkSize:
        if (isHex(c)) {
          if (chunkDigits_ > 0 || c != '0') chunkDigits_++;
          if (chunkDigits_ > 16) return fail(i, "HPE_INVALID_CHUNK_SIZE", "Chunk size overflow");
          break;
        }
        if (c == ';') { state_ = St::ChunkExt; extValue_ = false; break; }
        if (c == '\r') { state_ = St::ChunkLF; break; }
        if (c == '\n') return fail(i, "HPE_CR_EXPECTED", "Missing expected CR after chunk size");
        return fail(i, "HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size");
      case St::ChunkExt:
        if (c == '\r') { state_ = St::ChunkLF; break; }
        if (c == ';') extValue_ = false;
        if (c == '=') extValue_ = true;
        if (c == '\n') {
          return fail(i, "HPE_CR_EXPECTED", extValue_ ? "Missing expected CR after chunk extension value"
                                                     : "Missing expected CR after chunk extension name");
        }
        if (!isTextChar(c)) return fail(i, "HPE_STRICT", "Invalid character in chunk extensions");
        if (++extBytes_ > kMaxChunkExtensions) {
          return fail(i, "HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow");
        }
        break;
      case St::ChunkLF:
        if (c != '\n') return fail(i, "HPE_LF_EXPECTED", "Missing expected LF after chunk size");
        state_ = St::Done;
        done_ = true;
        return i + 1;
      case St::DataCR:
        if (c != '\r') return fail(i, "HPE_STRICT", "Expected LF after chunk data");
        state_ = St::DataLF;
        break;
      case St::DataLF:
        if (c != '\n') return fail(i, "HPE_STRICT", "Expected LF after chunk data");
        state_ = St::Done;
        done_ = true;
        return i + 1;
      case St::Done:
        return i;
      case St::Failed:
        return i;
    }
  }
  return len;
}

}  // namespace pjs::http

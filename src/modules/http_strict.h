// Strict framing checks for HTTP/1 messages, run on the bytes before http-parser sees them.
//
// Debian's libhttp_parser is built with HTTP_PARSER_STRICT=0: it lets pass spaces in header
// names ("Host : x"), obsolete line folding, bare LF or any byte where CRLF belongs after chunk
// data, tabs and bytes >= 0x80 in the request target, newlines inside chunk extensions … —
// each a request-smuggling vector that Node 24's llhttp rejects. The checker validates, byte by
// byte, every part of a message whose framing http-parser decides on: the head (start line and
// header lines), each chunk-size line, the CRLF after each chunk's data and the trailer
// section. Bodies are not scanned (http-parser counts them). The parser (http_parser.cc) feeds
// http-parser exactly the bytes the checker accepted, section by section, so both stay in step.
#pragma once
#include <cstddef>
#include <cstdint>

namespace pjs::http {

// An error as Node's HTTPParser reports it: code 'HPE_…' and llhttp's reason text.
struct ParseError {
  const char* code = nullptr;
  const char* reason = nullptr;
  explicit operator bool() const { return code != nullptr; }
};

class FramingChecker {
 public:
  enum class Section { RequestHead, ResponseHead, ChunkLine, ChunkDataEnd, Trailers };

  // Starts checking a new section. Chunk-extension bytes are counted per message: beginning a
  // head resets that count.
  void begin(Section s);
  Section section() const { return section_; }

  // Checks up to len bytes of the current section. Returns how many belong to it (through its
  // final LF when done() becomes true). On a violation returns the offset of the offending byte
  // and error() is set; the checker then stays failed.
  size_t scan(const uint8_t* p, size_t len);
  bool done() const { return done_; }
  // Bytes of the section were seen (beyond empty lines before a start line).
  bool midSection() const { return state_ != St::LeadCR && state_ != St::LeadLF && state_ != St::Done; }
  // insecureHTTPParser: header values may hold any byte but CR and LF, and a line may end in a
  // bare LF (llhttp's lenient headers); the start line and chunked framing stay strict.
  void setLenient(bool on) { lenient_ = on; }
  const ParseError& error() const { return error_; }

  // Request heads: bytes of the method in the last scan() (from the start of that scan, after
  // any leading empty lines `leading` bytes long) and whether the method ended in it.
  size_t methodBytes() const { return methodBytes_; }
  size_t leadingBytes() const { return leadingBytes_; }
  bool methodEnded() const { return methodEnded_; }
  bool inMethod() const { return state_ == St::LeadCR || state_ == St::LeadLF || state_ == St::Method; }

  // Total chunk-extension bytes allowed per message (Node's kMaxChunkExtensionsSize).
  static constexpr size_t kMaxChunkExtensions = 16 * 1024;

 private:
  enum class St : uint8_t {
    LeadCR, LeadLF, Method, TargetStart, Target, Version, StartLF, StatusLine,
    LineStart, Name, Value, ValueLF, EndLF,
    ChunkSizeStart, ChunkSize, ChunkExt, ChunkLF, DataCR, DataLF, Done, Failed,
  };
  size_t fail(size_t at, const char* code, const char* reason);

  Section section_ = Section::RequestHead;
  St state_ = St::LeadCR;
  bool done_ = false;
  bool lenient_ = false;
  bool firstLine_ = true;  // the next header line is the first after the start line
  unsigned chunkDigits_ = 0;
  unsigned versionBytes_ = 0;  // of the request line's "HTTP/x.y"
  bool inQuery_ = false;       // the request target has a query
  bool extValue_ = false;      // in a chunk extension's value
  size_t extBytes_ = 0;
  size_t methodBytes_ = 0, leadingBytes_ = 0;
  bool methodEnded_ = false;
  ParseError error_;
};

}  // namespace pjs::http

// internalBinding('http_parser'): Node's HTTPParser over http-parser 2.9.4 (docs/BINDINGS.md).
//
// One HTTPParser parses one connection's messages (requests or responses). Bytes reach it either
// from JS (`execute(buf)`) or, once `consume(handle)` attached it to a stream handle, straight
// from libuv's reads (no JS call and no Buffer per read); either way it reports to JS through
// the callbacks stored on the parser object at Node's indices (kOnHeadersComplete …).
//
// http-parser does the parsing; the FramingChecker (http_strict.h) validates each head,
// chunk-size line, chunk terminator and trailer section first, and the parser feeds
// http-parser exactly the bytes it accepted, section by section. So a message that Node's
// llhttp rejects is rejected here too, before any of it reaches JS.
#pragma once
#include <http_parser.h>
#include <set>
#include <string>
#include <vector>
#include "binding/native_object.h"
#include "modules/http_strict.h"
#include "modules/stream_wrap.h"

namespace pjs {

class ConnectionsList;

class HTTPParser : public NativeObject, public StreamListener {
 public:
  // JS callback slots on the parser object (Node's numbering).
  enum Slot { kOnMessageBegin = 0, kOnHeaders, kOnHeadersComplete, kOnBody, kOnMessageComplete,
              kOnExecute, kOnTimeout };

  explicit HTTPParser(Environment& env);
  ~HTTPParser() override;

  Value initialize(Call& c);  // (type, resource, maxHeaderSize, lenient, connectionsList?)
  Value execute(Call& c);     // (buffer) → bytes parsed | Error
  Value finish(Call& c);      // end of input → undefined | Error
  Value pause(Call& c);
  Value resume(Call& c);
  Value consume(Call& c);     // (streamHandle)
  Value unconsume(Call& c);
  Value getCurrentBuffer(Call& c);
  Value remove(Call& c);      // leaves its ConnectionsList
  Value free(Call& c);
  Value close(Call& c);
  Value setKeepAliveTimeout(Call& c);  // (ms): kOnTimeout after ms unless a message begins

  // StreamListener: reads of the consumed stream (end of input and errors are passed on to the
  // handle's JS onread, as Node's parser passes them to the previous listener).
  void onStreamRead(ssize_t nread, const char* data) override;
  void onStreamDestroyed() override { stream_ = nullptr; }

  void teardown() override;

  // For ConnectionsList (Node's semantics: hrtime of the current message's start, 0 = idle).
  uint64_t lastMessageStart = 0;
  bool headersCompleted = false;
  bool expired = false;  // already reported by expired() for this message
  ConnectionsList* list = nullptr;

 private:
  enum class Sec : uint8_t { Head, Body, BodyEof, ChunkLine, ChunkData, ChunkDataEnd, Trailers, Upgraded };

  static int onMessageBegin(http_parser* p);
  static int onUrl(http_parser* p, const char* at, size_t n);
  static int onStatus(http_parser* p, const char* at, size_t n);
  static int onHeaderField(http_parser* p, const char* at, size_t n);
  static int onHeaderValue(http_parser* p, const char* at, size_t n);
  static int onHeadersComplete(http_parser* p);
  static int onBody(http_parser* p, const char* at, size_t n);
  static int onMessageComplete(http_parser* p);
  static const http_parser_settings kSettings;

  // Parses data; returns the bytes consumed or an Error object; undefined when a callback threw
  // (the exception is pending when fromJs_, else it was reported as uncaught).
  Value run(const uint8_t* data, size_t len);
  // Gives http-parser n checked bytes; false on a parse error (set in error_) or a JS exception.
  bool feed(const uint8_t* data, size_t n, size_t pos);
  bool feedRequestHead(const uint8_t* data, size_t n, size_t pos);
  void afterSection();
  void startMessage();
  void reset(http_parser_type type);
  bool trackHeader(size_t n);
  bool checkTransferEncoding();
  bool firstHeaderIs(const char* a, const char* b) const;
  void setError(const char* code, const char* reason, size_t at);
  Value makeError();
  Value latin1(const char* p, size_t n);
  Value buffer(const uint8_t* p, size_t n);
  Value headersArray();
  // Calls the JS callback in slot; false if it threw. Missing callbacks succeed.
  bool callSlot(Slot slot, int argc, Value* argv, Value* result = nullptr);
  void detachStream();
  void stopKeepAlive();
  bool needExecuteCallback(const Value& ret);
  static void onKeepAliveTimer(uv_timer_t* t);

  http_parser p_{};
  http::FramingChecker checker_;
  Sec sec_ = Sec::Head;
  uint64_t remaining_ = 0;
  size_t consumedEnd_ = 0;     // where http-parser stopped in the last feed (run's offsets)
  bool messageDone_ = false;   // on_message_complete ran since the section began
  bool closeAfter_ = false;    // the last message was not keep-alive: more data is an error
  bool upgraded_ = false;
  bool isQuery_ = false;       // the request method is QUERY, fed to http-parser as PATCH
  bool completedInJs_ = false; // kOnHeadersComplete did the message-complete work (bit 4)
  std::string heldMethod_;     // request method bytes not yet given to http-parser

  // The message being parsed.
  std::string url_, status_, hbuf_;
  std::vector<uint32_t> hends_;  // end offsets in hbuf_: field, value, field, value …
  size_t headerBytes_ = 0;
  size_t maxHeaderSize_ = 16 * 1024;
  size_t maxHeaderFields_ = 0;  // 0: no limit
  bool lenient_ = false;

  // Execution state.
  int depth_ = 0;
  unsigned epoch_ = 0;         // bumped by initialize/close: a running execute stops
  bool fromJs_ = false;
  bool gotException_ = false;
  bool paused_ = false, pendingPause_ = false, pendingPauseValue_ = false;
  bool failed_ = false;
  http::ParseError error_;
  size_t errorPos_ = 0;
  const uint8_t* currentData_ = nullptr;
  size_t currentLen_ = 0;

  uv_timer_t* keepAliveTimer_ = nullptr;  // made on first use; closed with the parser
  StreamSource* stream_ = nullptr;
  Value streamObj_;
  Value bufferProto_;
};

// Node's ConnectionsList: the server's parsers, for headersTimeout/requestTimeout and
// closeIdleConnections/closeAllConnections.
class ConnectionsList : public NativeObject {
 public:
  explicit ConnectionsList(Environment& env) : NativeObject(env) {}
  ~ConnectionsList() override;
  void add(HTTPParser* p) { all_.insert(p); }
  void erase(HTTPParser* p) { all_.erase(p); }

  Value all(Call& c);
  Value idle(Call& c);
  Value active(Call& c);
  Value expired(Call& c);  // (headersTimeout, requestTimeout) in ms

 private:
  std::set<HTTPParser*> all_;
};

}  // namespace pjs
